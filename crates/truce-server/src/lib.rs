//! The Truce mission server: an HTTP API over the record, where each caller sees exactly what
//! its role allows (`policy`), and every change is attributed and lands in the ledger.
//!
//! Callers authenticate with an API token (`Authorization: Bearer …`, issued by `truce token
//! create`) or a session cookie from `POST /api/login`; without either they are the public.
//! Errors are JSON (`{"code", "message"}`); bodies over 1 MiB are refused. The OpenAPI 3
//! description is at `/openapi.json`, a browsable page at `/api-docs`.
#![forbid(unsafe_code)]

mod api;
mod auth;
mod dashboard;
pub mod policy;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use truce_core::{Agreement, Registry};
use truce_store::Store;

pub use api::ApiDoc;
pub use auth::{hash_password, new_token};

/// What every request needs: the record, and the terms and registry loaded in it.
#[derive(Debug, Clone)]
pub struct AppState {
    store: Store,
    /// The terms and registry, with the ledger entry that loaded them.
    scenario: Arc<std::sync::Mutex<(i64, Terms)>>,
    logins: Arc<auth::LoginLimiter>,
}

/// The registry and the terms checked against it.
type Terms = Arc<(Registry, Agreement)>;

/// Errors starting the server.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The record could not be read.
    #[error(transparent)]
    Store(#[from] truce_store::StoreError),
    /// No terms loaded yet.
    #[error("no terms in the record: load a scenario first (`truce load scenarios/syria-2016`)")]
    NoScenario,
    /// The stored terms do not compile (they did when loaded: the record was changed).
    #[error("the stored terms are unreadable: {0}")]
    Scenario(truce_core::Diagnostics),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The server stopped on an I/O error.
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
}

impl AppState {
    /// The terms and registry in force: read again when a `truce load` replaced them.
    pub(crate) async fn terms(&self) -> Result<Terms, truce_store::StoreError> {
        let loaded = self.store.scenario_seq().await?;
        {
            let current = self.scenario.lock().expect("not poisoned");
            if Some(current.0) == loaded {
                return Ok(Arc::clone(&current.1));
            }
        }
        let (seq, files) = self
            .store
            .scenario_entry()
            .await?
            .ok_or_else(|| truce_store::StoreError::Missing("no terms in the record".into()))?;
        let terms = Arc::new(
            files
                .compile()
                .map_err(|d| truce_store::StoreError::Corrupt(format!("the stored terms: {d}")))?,
        );
        *self.scenario.lock().expect("not poisoned") = (seq, Arc::clone(&terms));
        Ok(terms)
    }

    /// The terms as last read (for what is only shown, such as Arabic names).
    pub(crate) fn shown_terms(&self) -> Terms {
        Arc::clone(&self.scenario.lock().expect("not poisoned").1)
    }

    /// The state for a record with terms loaded.
    pub async fn new(store: Store) -> Result<Self, ServeError> {
        let (seq, files) = store
            .scenario_entry()
            .await?
            .ok_or(ServeError::NoScenario)?;
        let scenario = files.compile().map_err(ServeError::Scenario)?;
        Ok(Self {
            store,
            scenario: Arc::new(std::sync::Mutex::new((seq, Arc::new(scenario)))),
            logins: Arc::new(auth::LoginLimiter::default()),
        })
    }
}

/// The application: every route, with its limits.
pub fn app(state: AppState) -> Router {
    api::router(state)
}

/// Serves `store` on `addr` until the process is stopped.
pub async fn serve(store: Store, addr: SocketAddr) -> Result<(), ServeError> {
    let state = AppState::new(store).await?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    axum::serve(
        listener,
        app(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await?;
    Ok(())
}
