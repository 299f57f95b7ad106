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
    EXTRACTOR.extract(&Document {
        text,
        date: "2016-02-24".parse().unwrap(),
        source: None,
    })
}
