//! Shared helpers for the TOML data files: parsing with located errors, id syntax.

use serde::de::DeserializeOwned;
use serde_spanned::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceText};

/// Parses a TOML file into `T`; syntax errors, unknown keys and wrong types come back located.
pub(crate) fn parse_toml<T: DeserializeOwned>(src: SourceText<'_>) -> Result<T, Diagnostics> {
    toml::from_str(src.text).map_err(|e| {
        let message = e.message().trim_end().replace('\n', " ");
        Diagnostics(vec![src.diagnostic(e.span(), message)])
    })
}

/// Checks that a stable id is lower-case ASCII letters, digits and `-`.
pub(crate) fn check_id(src: SourceText<'_>, id: &Spanned<String>, errors: &mut Vec<Diagnostic>) {
    let text = id.get_ref();
    let valid = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && !text.starts_with('-');
    if !valid {
        errors.push(src.diagnostic(
            Some(id.span()),
            format!("id `{text}` is not valid: expected lower-case letters, digits, `-` and `.` (e.g. `jabhat-al-nusra`)"),
        ));
    }
}

/// A civil date in a data file, written either as a TOML date (`2016-02-23`) or a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FileDate(pub jiff::civil::Date);

impl<'de> serde::Deserialize<'de> for FileDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = match toml::Value::deserialize(d)? {
            toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.to_string(),
            toml::Value::String(s) => s,
            other => {
                return Err(serde::de::Error::custom(format!(
                    "expected a date written YYYY-MM-DD, found a {}",
                    other.type_str()
                )));
            }
        };
        text.parse().map(FileDate).map_err(|e| {
            serde::de::Error::custom(format!(
                "`{text}` is not a valid date (expected YYYY-MM-DD): {e}"
            ))
        })
    }
}

/// An instant in a data file, as text: a string (`"2016-02-27T00:00:00[Asia/Damascus]"`,
/// `"2016-02-23"`) or a TOML date or offset date-time written without quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstantText(pub String);

impl<'de> serde::Deserialize<'de> for InstantText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match toml::Value::deserialize(d)? {
            toml::Value::String(s) => Ok(Self(s)),
            toml::Value::Datetime(dt) => Ok(Self(dt.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "expected an instant such as \"2016-02-27T00:00:00[Asia/Damascus]\" or a date, found a value of type {}",
                other.type_str()
            ))),
        }
    }
}
