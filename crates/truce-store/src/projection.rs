//! The projection tables: the rows each change writes. One function serves the write path and
//! `verify`, so a stored row is by construction what replaying its ledger entry gives.

use std::sync::Arc;

use truce_core::record::IncidentRecord;

use crate::ledger::{Change, Digester, ReportTaken};

/// A column value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Int(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
}

impl Value {
    fn text(s: impl Into<String>) -> Self {
        Self::Text(Some(s.into()))
    }

    /// The text of a key column (every table's key is text).
    pub(crate) fn as_key(&self) -> &str {
        match self {
            Value::Text(Some(k)) => k,
            _ => "",
        }
    }
}

/// A projection table: its name, key column and columns (the key first).
#[derive(Debug)]
pub(crate) struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Kind)],
    /// Prefix of the ledger subjects that write this table.
    pub subject_prefix: &'static str,
}

/// A column's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Int,
    Real,
    Text,
}

pub(crate) const SCENARIOS: Table = Table {
    name: "scenarios",
    subject_prefix: "scenario:",
    columns: &[
        ("name", Kind::Text),
        ("seq", Kind::Int),
        ("agreement_id", Kind::Text),
        ("terms_path", Kind::Text),
        ("terms_text", Kind::Text),
        ("registry_path", Kind::Text),
        ("registry_text", Kind::Text),
    ],
};

pub(crate) const REPORTS: Table = Table {
    name: "reports",
    subject_prefix: "report:",
    columns: &[
        ("id", Kind::Text),
        ("seq", Kind::Int),
        ("revision", Kind::Int),
        ("digest", Kind::Text),
        ("source_file", Kind::Text),
        ("date_start", Kind::Text),
        ("date_end", Kind::Text),
        ("event_type", Kind::Text),
        ("sub_event_type", Kind::Text),
        ("admin1", Kind::Text),
        ("lat", Kind::Real),
        ("lon", Kind::Real),
        ("best", Kind::Int),
        ("actor_ids", Kind::Text),
    ],
};

pub(crate) const DETERMINATIONS: Table = Table {
    name: "determinations",
    subject_prefix: "determination:",
    columns: &[
        ("incident_id", Kind::Text),
        ("seq", Kind::Int),
        ("agreement_id", Kind::Text),
        ("terms_version", Kind::Text),
        ("outcome", Kind::Text),
        ("clauses", Kind::Text),
        ("decided_by", Kind::Text),
        ("basis", Kind::Text),
    ],
};

pub(crate) const CONTROL_LAYERS: Table = Table {
    name: "control_layers",
    subject_prefix: "control:",
    columns: &[
        ("name", Kind::Text),
        ("seq", Kind::Int),
        ("path", Kind::Text),
        ("digest", Kind::Text),
        ("records", Kind::Int),
    ],
};

pub(crate) const DOCUMENTS: Table = Table {
    name: "documents",
    subject_prefix: "document:",
    columns: &[
        ("id", Kind::Text),
        ("seq", Kind::Int),
        ("name", Kind::Text),
        ("source", Kind::Text),
        ("date", Kind::Text),
        ("digest", Kind::Text),
        ("text_kept", Kind::Int),
    ],
};

pub(crate) const MEMBERSHIPS: Table = Table {
    name: "memberships",
    subject_prefix: "member:",
    columns: &[
        ("report_id", Kind::Text),
        ("seq", Kind::Int),
        ("incident_id", Kind::Text),
        ("score", Kind::Real),
        ("doubtful", Kind::Int),
        ("decided_by", Kind::Text),
    ],
};

pub(crate) const REVIEWS: Table = Table {
    name: "reviews",
    subject_prefix: "review:",
    columns: &[
        ("key", Kind::Text),
        ("seq", Kind::Int),
        ("incident_id", Kind::Text),
        ("reviewer", Kind::Text),
        ("outcome", Kind::Text),
        ("clauses", Kind::Text),
    ],
};

pub(crate) const USERS: Table = Table {
    name: "users",
    subject_prefix: "user:",
    columns: &[
        ("name", Kind::Text),
        ("seq", Kind::Int),
        ("role", Kind::Text),
        ("party", Kind::Text),
        ("password_hash", Kind::Text),
    ],
};

pub(crate) const TOKENS: Table = Table {
    name: "tokens",
    subject_prefix: "token:",
    columns: &[
        ("id", Kind::Text),
        ("seq", Kind::Int),
        ("user_name", Kind::Text),
        ("digest", Kind::Text),
        ("revoked", Kind::Int),
    ],
};

pub(crate) const PUBLICATIONS: Table = Table {
    name: "publications",
    subject_prefix: "publication:",
    columns: &[
        ("incident_id", Kind::Text),
        ("seq", Kind::Int),
        ("published", Kind::Int),
    ],
};

pub(crate) const SOURCE_COLUMNS: Table = Table {
    name: "source_columns",
    subject_prefix: "columns:",
    columns: &[
        ("key", Kind::Text),
        ("seq", Kind::Int),
        ("source_file", Kind::Text),
        ("columns", Kind::Text),
    ],
};

pub(crate) const TABLES: [&Table; 11] = [
    &SCENARIOS,
    &SOURCE_COLUMNS,
    &REPORTS,
    &DETERMINATIONS,
    &CONTROL_LAYERS,
    &DOCUMENTS,
    &MEMBERSHIPS,
    &REVIEWS,
    &USERS,
    &TOKENS,
    &PUBLICATIONS,
];

/// The digest of a report's content: what makes a re-import a no-op or a new revision.
pub(crate) fn report_digest(record: &IncidentRecord, raw: &[(Arc<str>, String)]) -> String {
    Digester::default().value(record).value(raw).finish()
}

/// The digest a report taken in should carry; `columns` names its values (the entry its
/// `columns` field points to), for entries that hold values rather than (column, value) pairs.
pub(crate) fn report_digest_of(r: &ReportTaken, columns: Option<&[Arc<str>]>) -> Option<String> {
    if r.columns == 0 {
        return Some(report_digest(&r.record, &r.raw));
    }
    let columns = columns.filter(|c| c.len() == r.values.len())?;
    let raw: Vec<(Arc<str>, String)> = columns
        .iter()
        .cloned()
        .zip(r.values.iter().cloned())
        .collect();
    Some(report_digest(&r.record, &raw))
}

/// The table a change writes and the row it writes there.
pub(crate) fn project(seq: i64, change: &Change) -> (&'static Table, Vec<Value>) {
    match change {
        Change::ScenarioLoaded(s) => (
            &SCENARIOS,
            vec![
                Value::text("current"),
                Value::Int(Some(seq)),
                Value::text(&s.agreement_id),
                Value::text(&s.terms_path),
                Value::text(&s.terms_text),
                Value::text(&s.registry_path),
                Value::text(&s.registry_text),
            ],
        ),
        Change::ColumnsRead(c) => (
            &SOURCE_COLUMNS,
            vec![
                Value::text(c.key()),
                Value::Int(Some(seq)),
                Value::text(&c.source_file),
                Value::text(serde_json::to_string(&c.columns).expect("strings serialise")),
            ],
        ),
        Change::ReportTaken(r) => {
            let rec = &r.record;
            // `|id|id|` so that a filter can match a whole id.
            let mut ids: Vec<&str> = rec
                .actors
                .iter()
                .flat_map(|a| a.actor_id.iter().chain(a.members.iter()))
                .map(String::as_str)
                .collect();
            ids.sort_unstable();
            ids.dedup();
            let actor_ids = if ids.is_empty() {
                String::new()
            } else {
                format!("|{}|", ids.join("|"))
            };
            (
                &REPORTS,
                vec![
                    Value::text(&rec.id),
                    Value::Int(Some(seq)),
                    Value::Int(Some(r.revision)),
                    Value::text(&r.digest),
                    Value::text(&r.source_file),
                    Value::Text(rec.date_start.map(|d| d.to_string())),
                    Value::Text(rec.date_end.map(|d| d.to_string())),
                    Value::text(&rec.event_type),
                    Value::text(rec.sub_event_type.name()),
                    Value::Text(rec.location.admin1.clone()),
                    Value::Real(rec.location.lat),
                    Value::Real(rec.location.lon),
                    Value::Int(rec.fatalities.best.map(i64::from)),
                    Value::text(actor_ids),
                ],
            )
        }
        Change::ControlLoaded(c) => (
            &CONTROL_LAYERS,
            vec![
                Value::text(&c.name),
                Value::Int(Some(seq)),
                Value::text(&c.path),
                Value::text(crate::ledger::digest(&c.text)),
                Value::Int(Some(c.records)),
            ],
        ),
        Change::DocumentTaken(d) => (
            &DOCUMENTS,
            vec![
                Value::text(&d.id),
                Value::Int(Some(seq)),
                Value::text(&d.name),
                Value::Text(d.source.clone()),
                Value::text(&d.date),
                Value::text(&d.digest),
                Value::Int(Some(i64::from(d.text.is_some()))),
            ],
        ),
        Change::Merged(m) => (
            &MEMBERSHIPS,
            vec![
                Value::text(&m.report_id),
                Value::Int(Some(seq)),
                Value::text(&m.incident_id),
                Value::Real(m.evidence.as_ref().map(|e| e.score)),
                Value::Int(Some(i64::from(m.is_doubtful()))),
                Value::text(&m.decided_by),
            ],
        ),
        Change::Reviewed(r) => (
            &REVIEWS,
            vec![
                Value::text(crate::ledger::review_key(&r.incident_id, &r.reviewer)),
                Value::Int(Some(seq)),
                Value::text(&r.incident_id),
                Value::text(&r.reviewer),
                Value::text(&r.outcome),
                Value::text(serde_json::to_string(&r.clauses).expect("strings serialise")),
            ],
        ),
        Change::UserSaved(u) => (
            &USERS,
            vec![
                Value::text(&u.name),
                Value::Int(Some(seq)),
                Value::text(&u.role),
                Value::Text(u.party.clone()),
                Value::Text(u.password_hash.clone()),
            ],
        ),
        Change::TokenIssued(t) => (
            &TOKENS,
            vec![
                Value::text(&t.id),
                Value::Int(Some(seq)),
                Value::text(&t.user),
                Value::text(&t.digest),
                Value::Int(Some(i64::from(t.revoked))),
            ],
        ),
        Change::Published(p) => (
            &PUBLICATIONS,
            vec![
                Value::text(&p.incident_id),
                Value::Int(Some(seq)),
                Value::Int(Some(i64::from(p.published))),
            ],
        ),
        Change::Determined(d) => (
            &DETERMINATIONS,
            vec![
                Value::text(&d.incident_id),
                Value::Int(Some(seq)),
                Value::text(&d.agreement_id),
                Value::text(&d.terms_version),
                Value::text(&d.outcome),
                Value::text(serde_json::to_string(&d.clauses).expect("strings serialise")),
                Value::text(&d.decided_by),
                Value::Text(Some(d.basis.clone()).filter(|b| !b.is_empty())),
            ],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report entry as written before columns were declared once: (column, value) pairs.
    const PAIRS: &str = r#"{"change":"report_taken","revision":1,"source_file":"ged.csv","digest":"","record":{"id":"ucdp:214797","event_type":"Battles","sub_event_type":"Armed clash","date_start":"2016-01-01","date_end":"2016-01-01","date_precision":"day","location":{"name":"Teir Maaleh village","lat":34.802462,"lon":36.707602,"country":"SY","admin1":"SY04","admin2":"SY0401","admin3":"SY040100","geo_precision":1},"actors":[],"fatalities":{"low":4,"best":4,"high":4},"sources":[],"self_defence_claimed":false},"raw":[["id","214797"],["best","4"]]}"#;

    #[test]
    fn both_forms_of_a_row_give_one_digest_and_old_entries_encode_as_written() {
        let Ok(Change::ReportTaken(old)) = Change::decode(PAIRS) else {
            panic!("an old entry decodes")
        };
        assert_eq!(Change::ReportTaken(old.clone()).encode(), PAIRS);
        let digest = report_digest_of(&old, None).expect("pairs need no columns");
        let columns: Vec<Arc<str>> = vec![Arc::from("id"), Arc::from("best")];
        let new = ReportTaken {
            raw: Vec::new(),
            columns: 7,
            values: vec!["214797".into(), "4".into()],
            ..(*old).clone()
        };
        assert_eq!(report_digest_of(&new, Some(&columns)), Some(digest));
        let encoded = Change::ReportTaken(Box::new(new.clone())).encode();
        assert!(
            encoded.ends_with(r#""columns":7,"values":["214797","4"]}"#),
            "{encoded}"
        );
        // Values under other columns, or without their entry, are not the same row.
        assert_eq!(report_digest_of(&new, Some(&columns[..1])), None);
        assert_eq!(report_digest_of(&new, None), None);
        let renamed: Vec<Arc<str>> = vec![Arc::from("id"), Arc::from("low")];
        assert_ne!(
            report_digest_of(&new, Some(&renamed)),
            report_digest_of(&new, Some(&columns))
        );
    }
}
