//! `truce serve`, `truce user`, `truce token`: the mission server and who may use it.

use std::io::BufRead;
use std::process::ExitCode;

use clap::Subcommand;

use crate::Global;
use crate::record::open;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Adds a user (or changes one): `admin`, `monitor` (reviews and publishes) or `liaison`
    /// of a party (files reports, sees its side's incidents and everything published).
    Add {
        /// The login name.
        name: String,
        /// admin, monitor or liaison.
        #[arg(long)]
        role: String,
        /// For a liaison: the party (any name the registry knows).
        #[arg(long)]
        party: Option<String>,
        /// Read a password for the dashboard's login from standard input (one line); without
        /// it the user works with API tokens only.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issues an API token to a user and prints it — once: only its SHA-256 is kept.
    Create {
        /// The user.
        name: String,
    },
    /// Withdraws a token: it opens nothing any more.
    Revoke {
        /// The token's id (as `create` printed it), or the token itself.
        id: String,
    },
}

pub async fn serve(global: &Global, addr: std::net::SocketAddr) -> anyhow::Result<ExitCode> {
    let (store, shown) = open(global).await?;
    eprintln!("truce: serving {shown} on http://{addr} (API description at /openapi.json)");
    truce_server::serve(store, addr).await?;
    Ok(ExitCode::SUCCESS)
}

pub async fn user(global: &Global, command: &UserCommand) -> anyhow::Result<ExitCode> {
    let UserCommand::Add {
        name,
        role,
        party,
        password_stdin,
    } = command;
    let (store, _) = open(global).await?;
    // A filed report is `report:NAME.KEY`: a dot in a name would let one user pass for another.
    if name.is_empty()
        || name == truce_store::SYSTEM
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        anyhow::bail!(
            "{name:?}: a user name is one word of letters, digits, `-` and `_`, and not `system`"
        );
    }
    let party = match (role.as_str(), party) {
        ("admin" | "monitor", None) => None,
        ("admin" | "monitor", Some(_)) => {
            anyhow::bail!("--party is for liaisons; a {role} speaks for no party")
        }
        ("liaison", None) => anyhow::bail!("a liaison speaks for a party: give --party NAME"),
        ("liaison", Some(p)) => {
            let scenario = crate::record::stored_scenario(&store).await?;
            match scenario.registry.resolve(p) {
                truce_core::Resolution::Actor(idx) => Some(scenario.registry.actor(idx).id.clone()),
                _ => anyhow::bail!(
                    "--party {p:?}: no single actor of the registry has that name (try `truce resolve {p:?}`)"
                ),
            }
        }
        (other, _) => anyhow::bail!("--role {other:?}: expected admin, monitor or liaison"),
    };
    let password_hash = if *password_stdin {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        let password = line.trim_end_matches(['\n', '\r']);
        if password.chars().count() < 12 {
            anyhow::bail!("the password is shorter than 12 characters");
        }
        Some(truce_server::hash_password(password))
    } else {
        None
    };
    store
        .save_user(
            &global.user,
            truce_store::User {
                name: name.clone(),
                role: role.clone(),
                party: party.clone(),
                password_hash,
            },
        )
        .await?;
    println!(
        "user {name}: {role}{}",
        party.map(|p| format!(" of {p}")).unwrap_or_default()
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

pub async fn token(global: &Global, command: &TokenCommand) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let name = match command {
        TokenCommand::Create { name } => name,
        TokenCommand::Revoke { id } => {
            // A token itself is 64 hex digits; an id is the first 16 of its digest.
            let id = if id.len() == 64 {
                truce_store::ledger::digest(id)
            } else {
                id.clone()
            };
            if !store.revoke_token(&global.user, &id).await? {
                anyhow::bail!("no live token {id}");
            }
            println!("token {} revoked", &id[..16.min(id.len())]);
            store.close().await;
            return Ok(ExitCode::SUCCESS);
        }
    };
    let token = truce_server::new_token();
    let id = store
        .issue_token(&global.user, name, &truce_store::ledger::digest(&token))
        .await?;
    println!("{token}");
    eprintln!(
        "token {id} for {name}: shown once, keep it safe (send it as `Authorization: Bearer …`)"
    );
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
