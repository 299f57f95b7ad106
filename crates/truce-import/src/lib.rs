//! Readers for event datasets (UCDP GED and ACLED), turning rows into incidents, and for
//! reports filed by people (JSON lines; `filed`).
//!
//! Readers stream: they yield one incident at a time, so a file of any size is read in
//! constant memory. They resolve actor names through the registry and keep every name
//! verbatim, resolved or not.
#![forbid(unsafe_code)]

pub mod acled;
pub mod admin;
pub mod country;
pub mod filed;
pub mod ucdp;

use std::fmt;

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::sync::Arc;

use truce_core::{Incident, Registry, Resolution};

/// Resolves names through the registry, remembering each distinct name: a file names the same
/// few dozen actors hundreds of thousands of times.
#[derive(Debug)]
pub struct Resolver<'a> {
    registry: &'a Registry,
    seen: RefCell<HashMap<String, Resolution>>,
}

impl<'a> Resolver<'a> {
    fn new(registry: &'a Registry) -> Self {
        Self {
            registry,
            seen: RefCell::new(HashMap::new()),
        }
    }

    /// What the registry makes of `name`.
    pub fn resolve(&self, name: &str) -> Resolution {
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

/// A dataset format: the columns it needs, and how one of its rows becomes an incident.
pub trait Format: Sized {
    /// Finds the columns in the header; a missing one is an error at line 1.
    fn find(header: &csv::StringRecord, file: &str) -> Result<Self, ImportError>;

    /// Reads one row of `file`, resolving actor names with `names`.
    fn incident(
        &self,
        file: &str,
        names: &Resolver<'_>,
        record: &csv::StringRecord,
    ) -> Result<Incident, ImportError>;
}

/// Streams [`SourceRow`]s from a CSV file in format `F`, in constant memory.
pub struct DatasetReader<'a, R: Read, F: Format> {
    file: String,
    rows: csv::StringRecordsIntoIter<R>,
    /// Column names, shared by every row read.
    header: Vec<Arc<str>>,
    format: F,
    names: Resolver<'a>,
}

impl<R: Read, F: Format> fmt::Debug for DatasetReader<'_, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatasetReader")
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

impl<'a, R: Read, F: Format> DatasetReader<'a, R, F> {
    /// Reads the header of `input` (reported as `file`) and finds the columns.
    pub fn new(input: R, file: &str, registry: &'a Registry) -> Result<Self, ImportError> {
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(input);
        let header = reader.headers().map_err(|e| csv_error(file, &e))?.clone();
        Ok(Self {
            file: file.to_owned(),
            format: F::find(&header, file)?,
            header: header.iter().map(Arc::from).collect(),
            rows: reader.into_records(),
            names: Resolver::new(registry),
        })
    }
}

impl<R: Read, F: Format> Iterator for DatasetReader<'_, R, F> {
    type Item = Result<SourceRow, ImportError>;

    fn next(&mut self) -> Option<Self::Item> {
        let record = self.rows.next()?;
        Some(record.map_err(|e| csv_error(&self.file, &e)).and_then(|r| {
            let mut incident = self.format.incident(&self.file, &self.names, &r)?;
            truce_places::shipped().locate(&mut incident.place);
            Ok(SourceRow::new(incident, &self.header, &r))
        }))
    }
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
