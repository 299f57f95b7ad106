//! Readers for event datasets (UCDP GED; ACLED to come), turning rows into incidents.
//!
//! Readers stream: they yield one incident at a time, so a file of any size is read in
//! constant memory. They resolve actor names through the registry and keep every name
//! verbatim, resolved or not.
#![forbid(unsafe_code)]

pub mod admin;
pub mod ucdp;

use std::fmt;

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
