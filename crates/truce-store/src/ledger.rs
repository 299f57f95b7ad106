//! The ledger's changes, their canonical encoding, and the hash chain.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use truce_core::record::IncidentRecord;

/// Version of the canonical encoding written in each entry's `format`.
pub const FORMAT: i64 = 1;

/// The hash that precedes the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One change to the record. Its canonical encoding (format 1) is serde_json over these
/// types: struct fields in declaration order, no maps, so equal changes encode equally.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// An agreement's terms and their registry were loaded (replacing the previous load).
    ScenarioLoaded(ScenarioFiles),
    /// A source file's column names were read: the reports taken in from it after this entry
    /// hold their rows' values, and name this entry for the columns.
    ColumnsRead(ColumnsRead),
    /// A report was taken in (or a new revision of it).
    ReportTaken(Box<ReportTaken>),
    /// An automatic determination was made (or changed).
    Determined(DeterminedChange),
    /// A territorial-control layer was loaded (replacing the previous version of that name).
    ControlLoaded(ControlFile),
    /// A document (a news story, a monitor's note) was read; its incident candidates are
    /// taken in as reports in the same transaction.
    DocumentTaken(DocumentTaken),
    /// A report was placed in an incident: by the merger when it was taken in, or by a
    /// reviewer splitting or merging incidents.
    Merged(Membership),
    /// A person decided an incident's outcome (beside the automatic determination, which
    /// stays on record).
    Reviewed(Review),
    /// A user of the server was added or changed (role, party, password).
    UserSaved(User),
    /// An API token was issued to a user (only its SHA-256 is kept).
    TokenIssued(TokenIssued),
    /// A monitor published an incident (or withdrew it from publication).
    Published(Publication),
}

impl Review {
    /// What is wrong with this decision under `agreement`: an outcome the engine does not
    /// know, no reason, or a clause the terms do not have.
    pub fn check(&self, agreement: &truce_core::Agreement) -> Result<(), String> {
        if !truce_core::Outcome::ALL
            .iter()
            .any(|o| o.as_str() == self.outcome)
        {
            return Err(format!(
                "outcome `{}`: expected violation, permitted, not_covered, needs_review or insufficient_information",
                self.outcome
            ));
        }
        if self.reason.trim().is_empty() {
            return Err(
                "the reason is empty: say why, so that another reviewer can check it".into(),
            );
        }
        let known: Vec<&str> = agreement
            .versions
            .iter()
            .flat_map(|v| &v.clauses)
            .map(|c| c.id.as_str())
            .collect();
        match self.clauses.iter().find(|c| !known.contains(&c.as_str())) {
            Some(c) => Err(format!(
                "clause `{c}`: the terms of {} have no such clause (they have {})",
                agreement.id,
                known.join(", ")
            )),
            None => Ok(()),
        }
    }
}

/// A user of the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// The login name.
    pub name: String,
    /// `admin`, `monitor` or `liaison`.
    pub role: String,
    /// For a liaison: the registry id of the party it speaks for.
    pub party: Option<String>,
    /// The password's argon2 hash (PHC string), if the user logs in with one.
    pub password_hash: Option<String>,
}

/// An API token issued to a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenIssued {
    /// The first 16 hex digits of the digest: how the token is named.
    pub id: String,
    /// The user it acts for.
    pub user: String,
    /// SHA-256 of the token (the token itself is shown once, never stored).
    pub digest: String,
    /// Withdrawn (a logout, or `truce token revoke`): it opens nothing any more.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub revoked: bool,
}

/// Whether an incident is published (visible to the public and to every party).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publication {
    /// The incident.
    pub incident_id: String,
    /// Published, or withdrawn.
    pub published: bool,
}

/// Which incident a report belongs to, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    /// The report.
    pub report_id: String,
    /// The incident (the id of the report that founded it).
    pub incident_id: String,
    /// Why the merger joined it there (none when it founded the incident, or a person
    /// placed it).
    pub evidence: Option<truce_core::merge::Evidence>,
    /// `system` for the merger, else the reviewer.
    pub decided_by: String,
    /// The reviewer's reason, for a split or a merge by hand.
    pub reason: Option<String>,
}

impl Membership {
    /// Whether a person should look at this placement: the merger joined it on a score
    /// below confidence, or beside a runner-up nearly as good.
    pub fn is_doubtful(&self) -> bool {
        self.decided_by == crate::SYSTEM
            && self.evidence.as_ref().is_some_and(|e| !e.is_confident())
    }
}

/// A person's decision on an incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// The incident.
    pub incident_id: String,
    /// Who decided.
    pub reviewer: String,
    /// The outcome decided.
    pub outcome: String,
    /// The clauses it rests on.
    pub clauses: Vec<String>,
    /// Why, in the reviewer's words.
    pub reason: String,
    /// The automatic outcome when the decision was made (kept beside it).
    pub automatic_outcome: Option<String>,
}

/// A document as read by the extractor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentTaken {
    /// `doc:` and the first 16 hex digits of the text's SHA-256.
    pub id: String,
    /// Where it was read from (a file, or a batch file and the document's own id).
    pub name: String,
    /// Who published it.
    pub source: Option<String>,
    /// The day it was written (`YYYY-MM-DD`).
    pub date: String,
    /// SHA-256 of the text.
    pub digest: String,
    /// What it says that is not an incident: diplomatic facts, allegations without an act,
    /// aggregate tolls — the timeline.
    pub timeline: Vec<TimelineFact>,
    /// The text, only when the operator asked to keep it (articles belong to their outlets).
    pub text: Option<String>,
}

/// One fact of the timeline, by its kind, days and where in the text it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineFact {
    /// `diplomatic`, `aggregate_toll`, `allegation`.
    pub kind: String,
    /// First day.
    pub date_start: Option<String>,
    /// Last day.
    pub date_end: Option<String>,
    /// Character range in the text.
    pub evidence: [u64; 2],
}

/// A control layer as loaded: a GeoJSON text (see docs/control-format.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlFile {
    /// The layer's name.
    pub name: String,
    /// Where it was read from.
    pub path: String,
    /// The GeoJSON text.
    pub text: String,
    /// How many records it holds.
    pub records: i64,
}

/// The texts of a scenario as loaded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioFiles {
    /// The agreement's id.
    pub agreement_id: String,
    /// Where the terms were read from.
    pub terms_path: String,
    /// The terms file's text.
    pub terms_text: String,
    /// Where the registry was read from.
    pub registry_path: String,
    /// The registry file's text.
    pub registry_text: String,
    /// The GeoJSON files the terms' zones name, as (path as written in the terms, text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zone_files: Vec<(String, String)>,
    /// The mission's source reliability file (`sources.toml`), as (path, text), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<(String, String)>,
}

impl ScenarioFiles {
    /// The registry and the terms checked against it, with the zones' geometry attached and
    /// the sources file checked: what the texts mean, or every problem, located.
    pub fn compile(
        &self,
    ) -> Result<(truce_core::Registry, truce_core::Agreement), truce_core::Diagnostics> {
        use truce_core::SourceText;
        let registry =
            truce_core::Registry::parse(SourceText::new(&self.registry_path, &self.registry_text))?;
        let mut agreement = truce_core::Agreement::parse(
            SourceText::new(&self.terms_path, &self.terms_text),
            &registry,
        )?;
        agreement.attach_zone_files(|path| {
            self.zone_files
                .iter()
                .find(|(p, _)| p == path)
                .map(|(_, text)| text.clone())
                .ok_or_else(|| "the file was not loaded with the terms".to_owned())
        })?;
        self.reliability()?;
        Ok((registry, agreement))
    }

    /// The source reliability the scenario configures (every source credible without a file).
    pub fn reliability(
        &self,
    ) -> Result<truce_core::reconcile::SourceReliability, truce_core::Diagnostics> {
        match &self.sources {
            Some((path, text)) => truce_core::reconcile::SourceReliability::parse(
                truce_core::SourceText::new(path, text),
            ),
            None => Ok(Default::default()),
        }
    }
}

/// Column names of source files, written once for the reports read under them (the same
/// names in another file, or another import, name the same entry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnsRead {
    /// The file they were first read from.
    pub source_file: String,
    /// The columns, in file order.
    pub columns: Vec<Arc<str>>,
}

impl ColumnsRead {
    /// The key of its projection row: the columns, digested.
    pub fn key(&self) -> String {
        Digester::default().value(&self.columns).finish()[..16].to_owned()
    }
}

/// A report taken in from a source file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportTaken {
    /// 1 for the first version of this external id, then 2, 3…
    pub revision: i64,
    /// The file it came from.
    pub source_file: String,
    /// SHA-256 of the record and the row: what makes a re-import a no-op or a new revision.
    pub digest: String,
    /// The incident as read.
    pub record: IncidentRecord,
    /// Every column of the source row, in file order, as (header, value): how entries
    /// written before `columns` existed keep the row (empty since).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raw: Vec<(Arc<str>, String)>,
    /// The ledger entry (a [`ColumnsRead`]) that names the columns of `values`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub columns: i64,
    /// Every value of the source row, in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// An automatic determination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeterminedChange {
    /// The incident.
    pub incident_id: String,
    /// The agreement.
    pub agreement_id: String,
    /// The terms version applied.
    pub terms_version: String,
    /// The outcome.
    pub outcome: String,
    /// Clause ids.
    pub clauses: Vec<String>,
    /// The reasoning trace.
    pub reasons: Vec<String>,
    /// Who decided (`system` for the engine).
    pub decided_by: String,
    /// What it was computed from, as a digest (see `write::basis_of`): the scenario and
    /// control layers of the record, the engine's version, and the incident's reports as
    /// they stood. Empty in entries written before it was kept.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub basis: String,
}

impl Change {
    /// The kind written in the ledger's `kind` column.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::ScenarioLoaded(_) => "scenario_loaded",
            Self::ColumnsRead(_) => "columns_read",
            Self::ReportTaken(_) => "report_taken",
            Self::Determined(_) => "determined",
            Self::ControlLoaded(_) => "control_loaded",
            Self::DocumentTaken(_) => "document_taken",
            Self::Merged(_) => "merged",
            Self::Reviewed(_) => "reviewed",
            Self::UserSaved(_) => "user_saved",
            Self::TokenIssued(_) => "token_issued",
            Self::Published(_) => "published",
        }
    }

    /// The projection row this change writes.
    pub fn subject(&self) -> String {
        match self {
            Self::ScenarioLoaded(_) => "scenario:current".to_owned(),
            Self::ColumnsRead(c) => format!("columns:{}", c.key()),
            Self::ReportTaken(r) => format!("report:{}", r.record.id),
            Self::Determined(d) => format!("determination:{}", d.incident_id),
            Self::ControlLoaded(c) => format!("control:{}", c.name),
            Self::DocumentTaken(d) => format!("document:{}", d.id),
            Self::Merged(m) => format!("member:{}", m.report_id),
            Self::Reviewed(r) => format!("review:{}", review_key(&r.incident_id, &r.reviewer)),
            Self::UserSaved(u) => format!("user:{}", u.name),
            Self::TokenIssued(t) => format!("token:{}", t.id),
            Self::Published(p) => format!("publication:{}", p.incident_id),
        }
    }

    /// The canonical encoding.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("changes always serialise")
    }

    /// Decodes a payload of format 1.
    pub fn decode(payload: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(payload)
    }
}

/// The key of one reviewer's decision on one incident (each reviewer's latest decision
/// stands beside the others').
pub fn review_key(incident_id: &str, reviewer: &str) -> String {
    format!("{incident_id}|{reviewer}")
}

/// The fields of an entry that its hash covers.
#[derive(Debug, Clone, Copy)]
pub struct EntryFields<'a> {
    /// Sequence number.
    pub seq: i64,
    /// UTC instant.
    pub at: &'a str,
    /// Who.
    pub actor: &'a str,
    /// Kind.
    pub kind: &'a str,
    /// Encoding version.
    pub format: i64,
    /// Subject.
    pub subject: &'a str,
    /// Payload.
    pub payload: &'a str,
}

/// SHA-256 over the previous hash and every field of the entry, each length-prefixed so
/// that no two different entries hash the same input.
pub fn entry_hash(prev_hash: &str, e: &EntryFields<'_>) -> String {
    let mut h = Sha256::new();
    for part in [
        prev_hash,
        &e.seq.to_string(),
        e.at,
        e.actor,
        e.kind,
        &e.format.to_string(),
        e.subject,
        e.payload,
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex(&h.finalize())
}

/// SHA-256 of a text, hex-encoded.
pub fn digest(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// SHA-256 over values' canonical encodings, separated by newlines, hex-encoded; each value
/// is hashed as it is encoded, never held as text.
#[derive(Debug)]
pub struct Digester {
    hash: Sha256,
    values: usize,
}

impl std::io::Write for Digester {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.hash.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Default for Digester {
    fn default() -> Self {
        Self {
            hash: Sha256::new(),
            values: 0,
        }
    }
}

impl Digester {
    /// Adds one value.
    pub fn value<T: Serialize + ?Sized>(mut self, value: &T) -> Self {
        if self.values > 0 {
            self.hash.update(b"\n");
        }
        serde_json::to_writer(&mut self, value).expect("values serialise");
        self.values += 1;
        self
    }

    /// The hex-encoded digest.
    pub fn finish(self) -> String {
        hex(&self.hash.finalize())
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(payload: &str) -> EntryFields<'_> {
        EntryFields {
            seq: 1,
            at: "2016-02-27T00:00:00Z",
            actor: "system",
            kind: "k",
            format: 1,
            subject: "s",
            payload,
        }
    }

    #[test]
    fn hashes_cover_every_field_and_the_chain() {
        let base = entry_hash(GENESIS, &fields("x"));
        assert_eq!(base.len(), 64);
        assert_ne!(entry_hash(GENESIS, &fields("y")), base);
        assert_ne!(entry_hash(&base, &fields("x")), base);
        let moved = EntryFields {
            actor: "systemk",
            kind: "",
            ..fields("x")
        };
        assert_ne!(
            entry_hash(GENESIS, &moved),
            base,
            "field boundaries are part of the hash"
        );
    }

    #[test]
    fn digests_of_values_equal_digests_of_their_text() {
        let (a, b) = (vec!["x", "y"], ("z", 1));
        let text = format!(
            "{}\n{}",
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&b).unwrap()
        );
        assert_eq!(
            Digester::default().value(&a).value(&b).finish(),
            digest(&text)
        );
    }

    #[test]
    fn encoding_is_canonical_and_round_trips() {
        let change = Change::Determined(DeterminedChange {
            incident_id: "ucdp:1".into(),
            agreement_id: "a".into(),
            terms_version: "v1".into(),
            outcome: "violation".into(),
            clauses: vec!["coh.2".into()],
            reasons: vec!["because".into()],
            decided_by: "system".into(),
            basis: String::new(),
        });
        let text = change.encode();
        assert_eq!(
            text,
            r#"{"change":"determined","incident_id":"ucdp:1","agreement_id":"a","terms_version":"v1","outcome":"violation","clauses":["coh.2"],"reasons":["because"],"decided_by":"system"}"#
        );
        assert_eq!(Change::decode(&text).unwrap(), change);
        assert_eq!(Change::decode(&text).unwrap().encode(), text);
    }
}
