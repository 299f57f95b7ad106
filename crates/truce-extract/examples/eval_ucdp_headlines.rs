//! A dev set from UCDP itself: each event's `source_headline`, read with its `source_date`,
//! against the event's coded fields (`data/ucdp/ged_syria_2016-02_to_2016-03.csv`, shipped).
//!
//! `cargo run --release -p truce-extract --example eval_ucdp_headlines`
//!
//! Headlines are short and often cover more than the coded event ("Syria Daily Report
//! 19/03/2016"), so the figures are read per field where the headline speaks to it: a
//! candidate found; its governorate against `adm_1` (where the candidate has a place); its
//! first day against `date_start` (where the candidate has a date); its sub-event family
//! against UCDP's type of violence (3, one-sided violence, is ACLED's violence against
//! civilians; 1 and 2 are battles or explosions/remote violence).

use truce_core::{Registry, SourceText};
use truce_extract::{Document, Extractor, Kind};
use truce_import::admin::governorate_pcode;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/ucdp/ged_syria_2016-02_to_2016-03.csv"
    );
    let mut reader = csv::Reader::from_path(path).expect("the shipped UCDP file");
    let registry_text = include_str!("../../../scenarios/syria-2016/actors.toml");
    let registry =
        Registry::parse(SourceText::new("actors.toml", registry_text)).expect("the registry");
    let places = truce_places::shipped();
    let extractor = Extractor::new(&registry, &places.gazetteer);
    let header = reader.headers().expect("a header").clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .expect("a UCDP column")
    };
    let (headline, source_date, adm1, start, kind) = (
        col("source_headline"),
        col("source_date"),
        col("adm_1"),
        col("date_start"),
        col("type_of_violence"),
    );
    let (mut n, mut found) = (0, 0);
    // Headlines that name no event ("Syria Daily Report 19/03/2016", a bare web address): no
    // reader could find one there.
    let mut blank = 0;
    let (mut placed, mut place_ok, mut dated, mut date_ok, mut typed, mut type_ok) =
        (0, 0, 0, 0, 0, 0);
    for row in reader.records() {
        let row = row.expect("a CSV row");
        // Several headlines or dates may be joined by `;`: the first pairs with the first.
        let text = row[headline].split(';').next().unwrap_or("").trim();
        let Some(date) = row[source_date]
            .split(';')
            .next()
            .and_then(|d| d.trim().parse().ok())
        else {
            continue;
        };
        n += 1;
        let names_none = text.contains("Daily Report") || text.starts_with("http");
        blank += usize::from(names_none);
        let candidates = extractor.extract(&Document {
            text,
            date,
            source: None,
        });
        let Some(c) = candidates
            .iter()
            .find(|c| matches!(c.kind, Kind::Incident | Kind::AggregateToll))
        else {
            continue;
        };
        found += 1;
        if let Some(ours) = c.location.as_ref().and_then(|l| l.admin1.as_deref()) {
            placed += 1;
            place_ok += usize::from(governorate_pcode(&row[adm1]) == Some(ours));
        }
        if let Some(ours) = c.date_start {
            dated += 1;
            date_ok += usize::from(ours.to_string() == row[start]);
        }
        if let Some(event) = c.event_type {
            typed += 1;
            let one_sided = &row[kind] == "3";
            type_ok += usize::from((event == "Violence against civilians") == one_sided);
        }
    }
    let pct = |k: usize, of: usize| 100.0 * k as f64 / of.max(1) as f64;
    println!("UCDP headlines (Feb–Mar 2016): {n} events");
    println!(
        "  candidate found          {:5.1}% ({:.1}% of the {} headlines that name an event)",
        pct(found, n),
        pct(found, n - blank),
        n - blank
    );
    println!(
        "  governorate = adm_1      {:5.1}% of {placed} placed",
        pct(place_ok, placed)
    );
    println!(
        "  first day = date_start   {:5.1}% of {dated} dated",
        pct(date_ok, dated)
    );
    println!(
        "  one-sided or not         {:5.1}% of {typed} typed",
        pct(type_ok, typed)
    );
}
