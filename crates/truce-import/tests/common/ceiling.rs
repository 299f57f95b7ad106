//! The best any merger could do on the second source's rows: each rewritten row paired with
//! the original that most likely produced it, knowing the generator's noise exactly (how far
//! a point moves, how a toll is scaled or dropped, how an actor is renamed, how an attack is
//! recoded) — everything except the one thing no real merger may assume, that a shifted
//! date's true day sits on the edge of its window: a row dated "this day, give or take one"
//! is taken at its word, every day of its window alike. One original per rewritten row
//! (a dataset codes each event once): the likeliest assignment, exactly.

use std::collections::HashMap;

use truce_core::event::SubEventType;
use truce_core::geometry::km_between;
use truce_core::record::IncidentRecord;

/// How many rewritten rows the likeliest assignment pairs with their own original.
pub fn recovered(originals: &[IncidentRecord], rewritten: &[IncidentRecord]) -> usize {
    let number = |id: &str| id.split_once(':').map(|(_, n)| n.to_owned());
    let truth: HashMap<String, usize> = originals
        .iter()
        .enumerate()
        .filter_map(|(i, o)| Some((number(&o.id)?, i)))
        .collect();
    // Each rewritten row may come from the originals it is consistent with; the likeliest
    // whole assignment is the one whose log-likelihoods sum highest.
    let rows: Vec<Vec<(u32, f64)>> = rewritten
        .iter()
        .map(|b| {
            originals
                .iter()
                .enumerate()
                .filter_map(|(a, o)| log_likelihood(o, b).map(|l| (a as u32, -l)))
                .collect()
        })
        .collect();
    let assigned = truce_core::assignment::least_cost(&rows, originals.len())
        .expect("each row's own original is among its candidates");
    rewritten
        .iter()
        .zip(assigned)
        .filter(|(b, a)| number(&b.id).and_then(|n| truth.get(&n)) == Some(&(*a as usize)))
        .count()
}

/// The log-likelihood that `original`, rewritten by the generator, gives `row` (None when it
/// cannot).
fn log_likelihood(original: &IncidentRecord, row: &IncidentRecord) -> Option<f64> {
    let mut l = 0.0;
    // The day: anywhere in the row's window, alike.
    let day = original.date_start?;
    if day < row.date_start? || day > row.date_end? {
        return None;
    }
    // The point moved a uniform distance up to 5 km in a uniform direction: density ∝ 1/r.
    let (p, q) = (
        original.location.lat.zip(original.location.lon),
        row.location.lat.zip(row.location.lon),
    );
    if let (Some((y1, x1)), Some((y2, x2))) = (p, q) {
        let km = km_between(geo::Coord { x: x1, y: y1 }, geo::Coord { x: x2, y: y2 });
        if km > 5.01 {
            return None;
        }
        l -= km.max(0.002).ln();
    } else if p.is_some() != q.is_some() {
        return None;
    }
    // An attack is recoded as a strike or shelling one time in five.
    l += match (original.sub_event_type, row.sub_event_type) {
        (a, b) if a == b && a == SubEventType::Attack => 0.8f64.ln(),
        (a, b) if a == b => 0.0,
        (
            SubEventType::Attack,
            SubEventType::AirDroneStrike | SubEventType::ShellingArtilleryMissile,
        ) => 0.1f64.ln(),
        _ => return None,
    };
    // Each actor: another name for the same one (5 in 6) or an unknown spelling (1 in 6).
    if original.actors.len() != row.actors.len() {
        return None;
    }
    for (a, b) in original.actors.iter().zip(&row.actors) {
        match (&a.actor_id, &b.actor_id) {
            (Some(x), Some(y)) if x == y => l += (5.0f64 / 6.0).ln(),
            (Some(_), None) => l += (1.0f64 / 6.0).ln(),
            (None, None) if a.name == b.name => {}
            _ => return None,
        }
    }
    // The toll: dropped one time in ten, else scaled by a uniform factor in [0.6, 1.5] and
    // rounded.
    l += match (original.fatalities.best, row.fatalities.best) {
        (None, None) => 0.0,
        (Some(_), None) => 0.1f64.ln(),
        (Some(0), Some(0)) => 0.9f64.ln(),
        (Some(a), Some(b)) if a > 0 => {
            let (lo, hi) = (
                (f64::from(b) - 0.5) / f64::from(a),
                (f64::from(b) + 0.5) / f64::from(a),
            );
            let width = hi.min(1.5) - lo.max(0.6);
            if width <= 0.0 {
                return None;
            }
            // density 1/0.9 over the factor, times the 0.9 of a toll kept
            width.ln()
        }
        _ => return None,
    };
    Some(l)
}
