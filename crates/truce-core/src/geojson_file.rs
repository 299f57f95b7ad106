//! GeoJSON feature collections read with located errors.

use geojson::{Feature, FeatureCollection, JsonObject, JsonValue};

use crate::diagnostic::{Diagnostic, Diagnostics, SourceText};

/// Parses a GeoJSON `FeatureCollection`; a syntax or structure error is located.
pub(crate) fn parse_collection(src: SourceText<'_>) -> Result<FeatureCollection, Diagnostics> {
    serde_json::from_str::<FeatureCollection>(src.text).map_err(|e| {
        // serde_json counts columns in bytes; good enough to find the spot.
        let line_start: usize = src
            .text
            .split_inclusive('\n')
            .take(e.line().saturating_sub(1))
            .map(str::len)
            .sum();
        let at = line_start + e.column().saturating_sub(1);
        Diagnostics(vec![src.diagnostic(
            Some(at..at),
            format!("not a GeoJSON FeatureCollection: {e}"),
        )])
    })
}

/// Where feature `index` (0-based) starts in the text: the `n`-th `"Feature"` type tag.
pub(crate) fn feature_offset(src: SourceText<'_>, index: usize) -> Option<usize> {
    src.text
        .match_indices("\"Feature\"")
        .nth(index)
        .map(|(at, _)| src.text[..at].rfind('{').unwrap_or(at))
}

/// A diagnostic about one feature, at the feature (or at `key` inside it when found there).
pub(crate) fn feature_problem(
    src: SourceText<'_>,
    index: usize,
    key: Option<&str>,
    message: impl Into<String>,
) -> Diagnostic {
    let start = feature_offset(src, index);
    let at = start.map(|start| {
        let end = feature_offset(src, index + 1).unwrap_or(src.text.len());
        key.and_then(|k| src.text[start..end].find(&format!("\"{k}\"")))
            .map_or(start, |i| start + i)
    });
    src.diagnostic(at.map(|a| a..a), message)
}

/// A string property, if present and a string.
pub(crate) fn text<'a>(properties: &'a JsonObject, key: &str) -> Option<&'a str> {
    properties
        .get(key)
        .and_then(JsonValue::as_str)
        .filter(|s| !s.trim().is_empty())
}

/// The feature's properties (empty when absent).
pub(crate) fn properties(feature: &Feature) -> JsonObject {
    feature.properties.clone().unwrap_or_default()
}
