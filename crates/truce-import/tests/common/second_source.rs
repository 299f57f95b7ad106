//! A second source, simulated: the UCDP rows rewritten as another dataset would code the same
//! events — other spellings of place and actor names, coordinates moved by up to 5 km, the
//! date shifted by a day with ACLED's week precision (2), tolls that differ, and some
//! one-sided attacks coded as the strike or shelling that did it. Deterministic for a seed.
//!
//! Shared by `tests/merge.rs` (pairing accuracy) and `examples/merge_million.rs` (speed).

use geo::{Destination, Haversine, Point};
use jiff::ToSpan;
use truce_core::event::SubEventType;
use truce_core::record::IncidentRecord;
use truce_core::registry::{Registry, Resolution};
use truce_core::when::DatePrecision;

/// splitmix64: small, seedable, good enough to perturb with.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

/// Another transliteration of a place name, as a second coder might write it.
fn respell(name: &str, rng: &mut Rng) -> String {
    const SWAPS: &[(&str, &str)] = &[
        ("Al-", "El "),
        ("al-", "el-"),
        ("ou", "u"),
        ("ee", "i"),
        ("Deir", "Dayr"),
        ("q", "k"),
        ("Q", "K"),
        ("y", "i"),
        ("ah", "a"),
        ("ei", "ai"),
    ];
    let mut out = name.to_owned();
    for (from, to) in SWAPS {
        if out.contains(from) && rng.chance(0.6) {
            out = out.replacen(from, to, 1);
        }
    }
    out
}

/// The record of the same event as the second source writes it, under `dataset`; the date
/// is shifted in `date_shift_share` of the rows (every other perturbation applies to all).
pub fn rewrite(
    original: &IncidentRecord,
    dataset: &str,
    date_shift_share: f64,
    registry: &Registry,
    rng: &mut Rng,
) -> IncidentRecord {
    let mut r = original.clone();
    let number = original.id.split_once(':').map_or("", |(_, n)| n);
    r.id = format!("{dataset}:{number}");
    r.sources = vec![truce_core::SourceRef {
        external_id: r.id.clone(),
        name: Some(dataset.to_owned()),
    }];

    // Place: another spelling, and coordinates moved up to 5 km in any direction; the
    // p-codes follow the new coordinates, as they would for any source.
    let loc = &mut r.location;
    loc.name = loc.name.as_deref().map(|n| respell(n, rng));
    if let (Some(lat), Some(lon)) = (loc.lat, loc.lon) {
        let bearing = rng.unit() * 360.0;
        let metres = rng.unit() * 5000.0;
        let moved = Haversine.destination(Point::new(lon, lat), bearing, metres);
        let round = |x: f64| (x * 1e5).round() / 1e5;
        loc.lat = Some(round(moved.y()));
        loc.lon = Some(round(moved.x()));
        loc.admin1 = None;
        loc.admin2 = None;
        loc.admin3 = None;
        loc.geo_check = None;
        truce_places::shipped().locate(loc);
    }

    // Date (in a share of rows): a day off, with UCDP's precision 2 (a span of days): the
    // second source's day, give or take one.
    if rng.chance(date_shift_share) {
        let shift = if rng.chance(0.5) { 1 } else { -1 };
        r.date_start = r.date_start.map(|d| d.saturating_add((shift - 1).days()));
        r.date_end = r.date_end.map(|d| d.saturating_add((shift + 1).days()));
        if matches!(r.date_precision, Some(DatePrecision::Day)) {
            r.date_precision = Some(DatePrecision::Days);
        }
    }

    // Actors: another name the registry knows for the same actor, or (one in six) a spelling
    // it does not know, kept verbatim and unresolved.
    for a in &mut r.actors {
        let Some(idx) = a.actor_id.as_deref().and_then(|id| registry.by_id(id)) else {
            continue;
        };
        if rng.chance(1.0 / 6.0) {
            a.name = format!("{} (as reported)", a.name.to_uppercase());
            a.actor_id = None;
            continue;
        }
        let actor = registry.actor(idx);
        let names: Vec<&String> = std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .filter(|n| **n != a.name)
            .collect();
        if names.is_empty() {
            continue;
        }
        let name = names[(rng.next_u64() % names.len() as u64) as usize];
        if registry.resolve(name) == Resolution::Actor(idx) {
            a.name = name.clone();
        }
    }

    // Tolls: the second source counts differently.
    if let Some(best) = original.fatalities.best {
        if rng.chance(0.1) {
            r.fatalities = truce_core::Fatalities::default();
        } else {
            let factor = 0.6 + rng.unit() * 0.9;
            let best = (f64::from(best) * factor).round() as u32;
            r.fatalities.best = Some(best);
            r.fatalities.low = Some(best.saturating_sub(best / 5));
            r.fatalities.high = Some(best + best / 3);
        }
    }

    // A one-sided attack is, to another coder, often the strike or shelling that did it.
    if r.sub_event_type == SubEventType::Attack && rng.chance(0.2) {
        r.sub_event_type = if rng.chance(0.5) {
            SubEventType::AirDroneStrike
        } else {
            SubEventType::ShellingArtilleryMissile
        };
        r.event_type = r.sub_event_type.event_type().name().to_owned();
    }
    r
}
