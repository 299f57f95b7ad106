//! What the extraction tests share: the scenario's registry and the shipped gazetteer, made
//! once, and a text read as written on 24 February 2016.

use std::sync::LazyLock;

use truce_core::{Registry, SourceText};
use truce_extract::{Candidate, Document, Extractor};

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    Registry::parse(SourceText::new(
        "actors.toml",
        include_str!("../../../../scenarios/syria-2016/actors.toml"),
    ))
    .unwrap()
});
static EXTRACTOR: LazyLock<Extractor<'static>> =
    LazyLock::new(|| Extractor::new(&REGISTRY, &truce_places::shipped().gazetteer));

/// The candidates `text` yields, read as written on 24 February 2016.
pub fn read(text: &str) -> Vec<Candidate> {
    read_on(text, "2016-02-24".parse().unwrap())
}

/// The candidates `text` yields, read as written on `date`.
#[allow(dead_code, reason = "not every test binary reads texts of other days")]
pub fn read_on(text: &str, date: jiff::civil::Date) -> Vec<Candidate> {
    EXTRACTOR.extract(&Document {
        text,
        date,
        source: None,
    })
}
