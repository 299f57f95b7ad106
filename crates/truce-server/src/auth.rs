//! Who is calling: an API token or a session cookie (both issued tokens, stored as their
//! SHA-256), or no one (the public). Passwords are argon2 hashes; failed logins are limited.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::AppState;
use crate::api::ApiError;
use crate::policy::Role;

/// The session cookie's name.
pub(crate) const SESSION_COOKIE: &str = "truce_session";

/// The caller of a request.
#[derive(Debug, Clone)]
pub(crate) struct Caller {
    /// The user's name (`None` for the public).
    pub name: Option<String>,
    /// What the caller may see and do.
    pub role: Role,
}

impl Caller {
    /// The name changes are attributed to; the public changes nothing.
    pub fn actor(&self) -> Result<&str, ApiError> {
        self.name.as_deref().ok_or_else(ApiError::login_required)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let bearer = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let Some(token) = bearer.or(session_token(&parts.headers)) else {
            return Ok(Self {
                name: None,
                role: Role::Public,
            });
        };
        let digest = truce_store::ledger::digest(token.trim());
        let user = state
            .store
            .user_by_token(&digest)
            .await?
            .ok_or_else(|| ApiError::unauthorized("the token or session is not valid"))?;
        let role = Role::of_user(&user).ok_or_else(|| {
            ApiError::unauthorized("this user's role is not one the server knows")
        })?;
        Ok(Self {
            name: Some(user.name),
            role,
        })
    }
}

/// The session token a request's cookie carries, if any.
pub(crate) fn session_token(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().strip_prefix(SESSION_COOKIE)?.strip_prefix('='))
        .find(|t| !t.is_empty())
}

/// A new random token (256 bits, hex): shown once, stored as its SHA-256.
pub fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The argon2 hash (PHC string) of a password, with a fresh salt.
pub fn hash_password(password: &str) -> String {
    let salt: [u8; 16] = rand::random();
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a salt");
    argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashes any password")
        .to_string()
}

/// Whether `password` matches `hash`.
pub(crate) fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Failed logins per name: five a minute, then refused until the minute is over.
#[derive(Debug, Default)]
pub(crate) struct LoginLimiter {
    failures: Mutex<HashMap<String, (u32, Instant)>>,
}

const LOGIN_WINDOW: Duration = Duration::from_secs(60);
const LOGIN_FAILURES: u32 = 5;

impl LoginLimiter {
    /// Whether `name` may try now.
    pub fn allows(&self, name: &str) -> bool {
        let failures = self.failures.lock().expect("not poisoned");
        failures
            .get(name)
            .is_none_or(|(n, since)| *n < LOGIN_FAILURES || since.elapsed() > LOGIN_WINDOW)
    }

    /// Records a failed attempt.
    pub fn failed(&self, name: &str) {
        let mut failures = self.failures.lock().expect("not poisoned");
        let entry = failures
            .entry(name.to_owned())
            .or_insert((0, Instant::now()));
        if entry.1.elapsed() > LOGIN_WINDOW {
            *entry = (0, Instant::now());
        }
        entry.0 += 1;
    }

    /// Forgets the failures of a name that logged in.
    pub fn succeeded(&self, name: &str) {
        self.failures.lock().expect("not poisoned").remove(name);
    }
}
