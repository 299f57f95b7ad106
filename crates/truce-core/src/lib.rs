//! The Truce domain: agreement terms, the actor registry, incidents and the determination
//! engine.
//!
//! This crate does no I/O: it parses texts it is given and computes. Files, databases and the
//! network belong to the crates around it (see ARCHITECTURE.md).
#![forbid(unsafe_code)]

pub mod admin;
pub mod assignment;
pub mod control;
pub mod diagnostic;
pub mod event;
pub mod gazetteer;
mod geojson_file;
pub mod geometry;
pub mod normalize;
pub mod record;
pub mod registry;
mod toml_file;
pub mod when;

pub use diagnostic::{Diagnostic, Diagnostics, SourceText};
pub use registry::{Actor, ActorIdx, ActorKind, Registry, Resolution};
pub mod determine;
pub mod incident;
pub mod merge;
pub mod reconcile;
pub mod status;
pub mod terms;

pub use determine::{Determination, Outcome, Reason, determine};
pub use incident::{Attribution, Fatalities, Incident, IncidentActor, Place, Role, SourceRef};
pub use terms::Agreement;
