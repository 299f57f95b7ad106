//! Readers for event datasets (UCDP GED and ACLED), turning rows into incidents.
//!
//! Readers stream: they yield one incident at a time, so a file of any size is read in
//! constant memory. They resolve actor names through the registry and keep every name
//! verbatim, resolved or not.
#![forbid(unsafe_code)]

pub mod acled;
pub mod admin;
pub mod country;
pub mod ucdp;

use std::fmt;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use truce_core::{Incident, Registry, Resolution};

/// Resolves names through the registry, remembering each distinct name: a file names the same
/// few dozen actors hundreds of thousands of times.
pub(crate) struct Resolver<'a> {
    registry: &'a Registry,
    seen: RefCell<HashMap<String, Resolution>>,
}

impl<'a> Resolver<'a> {
    pub(crate) fn new(registry: &'a Registry) -> Self {
        Self {
            registry,
            seen: RefCell::new(HashMap::new()),
        }
    }

    pub(crate) fn resolve(&self, name: &str) -> Resolution {
        if let Some(known) = self.seen.borrow().get(name) {
            return known.clone();
        }
        let resolved = self.registry.resolve(name);
        self.seen
            .borrow_mut()
            .insert(name.to_owned(), resolved.clone());
        resolved
    }
}

/// One row of a source file: the incident read from it, and every column as written.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceRow {
    /// The incident.
    pub incident: Incident,
    /// Every column of the row, in file order, as (header, value): nothing a source said is
    /// dropped, whatever the incident model keeps.
    pub raw: Vec<(Arc<str>, String)>,
}

/// A file's column names, shared by every row read from it.
pub(crate) fn column_names(header: &csv::StringRecord) -> Vec<Arc<str>> {
    header.iter().map(Arc::from).collect()
}

impl SourceRow {
    fn new(incident: Incident, header: &[Arc<str>], record: &csv::StringRecord) -> Self {
        let raw = header
            .iter()
            .zip(record.iter())
            .map(|(h, v)| (Arc::clone(h), v.to_owned()))
            .collect();
        Self { incident, raw }
    }
}

/// A problem in an input file, located by line and column (the CSV field number).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ImportError {
    /// The file as named by the caller.
    pub file: String,
    /// 1-based line.
    pub line: u64,
    /// 1-based field number, when one field is at fault.
    pub column: Option<usize>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file,
            self.line,
            self.column.unwrap_or(1),
            self.message
        )
    }
}

/// An error of the CSV layer (field count, encoding), located by line.
pub(crate) fn csv_error(file: &str, e: &csv::Error) -> ImportError {
    let line = e.position().map_or(0, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("this row has {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "the row is not valid UTF-8".to_owned(),
        _ => e.to_string(),
    };
    ImportError {
        file: file.to_owned(),
        line,
        column: None,
        message,
    }
}
