//! `truce review`: the queue of what needs a person, and a person's decisions — an outcome,
//! a split, a merge. Every decision is attributed (`--as NAME` or `TRUCE_USER`) and lands in
//! the ledger; the automatic determination stays beside it.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::Subcommand;

use crate::Global;
use crate::record::{open, stored_scenario};

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Lists what needs a person, oldest in the record first, with why.
    Queue {
        /// The queue as it stood at this instant.
        #[arg(long)]
        as_of: Option<jiff::Timestamp>,
    },
    /// Shows the oldest incident waiting for a person, in full.
    Next,
    /// Decides an incident's outcome.
    Decide {
        /// The incident (or one of its reports).
        id: String,
        /// violation, permitted, not_covered, needs_review or insufficient_information.
        #[arg(long)]
        outcome: String,
        /// Why, in words another reviewer can check.
        #[arg(long)]
        reason: String,
        /// A clause the decision rests on (repeatable), as the terms number it.
        #[arg(long = "clause")]
        clauses: Vec<String>,
    },
    /// Moves a report out of its incident into one of its own.
    Split {
        /// The report.
        report: String,
        /// Why they are different incidents.
        #[arg(long)]
        reason: String,
    },
    /// Merges the second incident into the first.
    Merge {
        /// The incident that stays.
        into: String,
        /// The incident whose reports join it.
        from: String,
        /// Why they are one incident.
        #[arg(long)]
        reason: String,
    },
}

pub async fn run(global: &Global, command: &ReviewCommand) -> anyhow::Result<ExitCode> {
    let (store, _) = open(global).await?;
    let person = || -> anyhow::Result<&str> {
        if global.user == truce_store::SYSTEM {
            anyhow::bail!(
                "a review is a person's decision: say who you are with --as NAME (or TRUCE_USER)"
            );
        }
        Ok(&global.user)
    };
    match command {
        ReviewCommand::Queue { as_of } => {
            let queue = store.review_queue(*as_of, None).await?;
            let mut listing = String::new();
            for (incident, why) in &queue {
                let why: Vec<String> = why.iter().map(ToString::to_string).collect();
                let _ = writeln!(
                    listing,
                    "{:<22} {:<10} {:<22} {:<10} {}",
                    incident.id(),
                    incident
                        .record
                        .date_start
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                    incident.outcome().unwrap_or("undetermined"),
                    incident.verification.grade.as_str(),
                    why.join("; ")
                );
            }
            let _ = writeln!(listing, "{} incident(s) wait for a person", queue.len());
            crate::emit(&listing)?;
        }
        ReviewCommand::Next => match store.review_queue(None, Some(1)).await?.into_iter().next() {
            Some((incident, why)) => {
                for w in why {
                    println!("needs a person: {w}");
                }
                crate::emit(&crate::output::detail(&incident))?;
            }
            None => println!("the review queue is empty"),
        },
        ReviewCommand::Decide {
            id,
            outcome,
            reason,
            clauses,
        } => {
            let reviewer = person()?;
            let scenario = stored_scenario(&store).await?;
            let review = truce_store::Review {
                incident_id: id.clone(),
                reviewer: reviewer.to_owned(),
                outcome: outcome.clone(),
                clauses: clauses.clone(),
                reason: reason.clone(),
                automatic_outcome: None,
            };
            review
                .check(&scenario.agreement)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            store.review(review).await?;
            let filter = truce_store::IncidentFilter {
                id: Some(id.clone()),
                ..Default::default()
            };
            if let Some(i) = store.incidents(&filter).await?.first() {
                println!(
                    "{}: {reviewer} decided {outcome}; the outcome that stands is {}{}",
                    i.id(),
                    i.outcome().unwrap_or("undetermined"),
                    match i.review_state() {
                        truce_store::ReviewState::Disputed =>
                            " (reviewers disagree: it stays in the queue)",
                        _ => "",
                    }
                );
            }
        }
        ReviewCommand::Split { report, reason } => {
            let moved = store.split(person()?, report, reason).await?;
            for m in moved {
                println!("{} now in incident {}", m.report_id, m.incident_id);
            }
        }
        ReviewCommand::Merge { into, from, reason } => {
            let moved = store.merge_incidents(person()?, into, from, reason).await?;
            for m in moved {
                println!("{} now in incident {}", m.report_id, m.incident_id);
            }
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}
