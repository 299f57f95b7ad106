//! What the extraction tests share: the scenario's registry and the shipped gazetteer, and a
//! text read as written on 24 February 2016.

use truce_core::{Registry, SourceText};
use truce_extract::{Candidate, Document, Extractor};

/// The candidates `text` yields, read as written on 24 February 2016.
pub fn read(text: &str) -> Vec<Candidate> {
    let registry = Registry::parse(SourceText::new(
        "actors.toml",
        include_str!("../../../../scenarios/syria-2016/actors.toml"),
    ))
    .unwrap();
    let places = truce_places::shipped();
    Extractor::new(&registry, &places.gazetteer).extract(&Document {
        text,
        date: "2016-02-24".parse().unwrap(),
        source: None,
    })
}
