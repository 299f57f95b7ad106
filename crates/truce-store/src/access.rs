//! Who may use a server on the record, and what is published: users, API tokens and
//! publications, each a ledger entry like any other change.

use sqlx::{AssertSqlSafe, Row};

use crate::ledger::{Change, Publication, TokenIssued, User};
use crate::write::Writer;
use crate::{Store, StoreError};

impl Store {
    /// Adds a user, or changes one (role, party, password hash).
    pub async fn save_user(&self, actor: &str, user: User) -> Result<(), StoreError> {
        let mut w = Writer::begin(self, actor).await?;
        w.append(&Change::UserSaved(user)).await?;
        w.commit().await
    }

    /// A user by name.
    pub async fn user(&self, name: &str) -> Result<Option<User>, StoreError> {
        self.one_user(
            "SELECT name, role, party, password_hash FROM users WHERE name = ",
            name,
        )
        .await
    }

    /// The user a token (by its SHA-256) acts for.
    pub async fn user_by_token(&self, digest: &str) -> Result<Option<User>, StoreError> {
        self.one_user(
            "SELECT u.name, u.role, u.party, u.password_hash FROM tokens t JOIN users u ON u.name = t.user_name WHERE t.revoked = 0 AND t.digest = ",
            digest,
        )
        .await
    }

    async fn one_user(&self, sql: &str, value: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(AssertSqlSafe(format!(
            "{sql}{}",
            self.backend.placeholder(1)
        )))
        .bind(value.to_owned())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| User {
            name: r.get(0),
            role: r.get(1),
            party: r.get(2),
            password_hash: r.get(3),
        }))
    }

    /// Records a token issued to `user` (its SHA-256 only). Returns the token's id.
    pub async fn issue_token(
        &self,
        actor: &str,
        user: &str,
        digest: &str,
    ) -> Result<String, StoreError> {
        if self.user(user).await?.is_none() {
            return Err(StoreError::Missing(format!(
                "no user `{user}`: add one first (`truce user add {user} --role …`)"
            )));
        }
        let id = digest.chars().take(16).collect::<String>();
        let mut w = Writer::begin(self, actor).await?;
        w.append(&Change::TokenIssued(TokenIssued {
            id: id.clone(),
            user: user.to_owned(),
            digest: digest.to_owned(),
            revoked: false,
        }))
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Withdraws a token, named by its id (the digest's first 16 hex digits) or its full
    /// digest. Returns whether there was a live token to withdraw.
    pub async fn revoke_token(&self, actor: &str, id_or_digest: &str) -> Result<bool, StoreError> {
        let id: String = id_or_digest.chars().take(16).collect();
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT user_name, digest FROM tokens WHERE revoked = 0 AND id = {}",
            self.backend.placeholder(1)
        )))
        .bind(id.clone())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(false) };
        let mut w = Writer::begin(self, actor).await?;
        w.append(&Change::TokenIssued(TokenIssued {
            id,
            user: row.get(0),
            digest: row.get(1),
            revoked: true,
        }))
        .await?;
        w.commit().await?;
        Ok(true)
    }

    /// Publishes an incident (or withdraws it).
    pub async fn publish(
        &self,
        actor: &str,
        incident_id: &str,
        published: bool,
    ) -> Result<(), StoreError> {
        let filter = crate::IncidentFilter {
            id: Some(incident_id.to_owned()),
            ..Default::default()
        };
        let Some(incident) = self.incidents(&filter).await?.into_iter().next() else {
            return Err(StoreError::Missing(format!(
                "no incident or report `{incident_id}` in the record"
            )));
        };
        let mut w = Writer::begin(self, actor).await?;
        w.append(&Change::Published(Publication {
            incident_id: incident.id().to_owned(),
            published,
        }))
        .await?;
        w.commit().await
    }
}
