//! Merging reports into incidents.
//!
//! The same air strike reaches a task force from a monitor, two wires, a party hotline and a
//! dataset. A report joins an incident when its days overlap the incident's (each widened as
//! its precision says), the places are compatible (within a distance that grows with geo
//! precision, or the same admin area or place name when one side has no coordinates), the
//! event types are compatible and the actors do not contradict; otherwise it founds an
//! incident of its own. Two rows of one event dataset are never merged: a dataset codes
//! each event once, so its rows are distinct events by construction.
//!
//! Every merge keeps its [`Evidence`]: the score and each feature that matched, so a reviewer
//! can see why, and split what should not have been joined.

use std::collections::HashMap;

use geo::Coord;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::event::{EventType, SubEventType};
use crate::geometry::km_between;
use crate::normalize::place_key;
use crate::record::IncidentRecord;
use crate::registry::{ActorIdx, ActorKind, Registry};
use crate::when::DatePrecision;

/// A score at or above which a compatible report joins an incident.
pub const JOIN_SCORE: f64 = 4.0;
/// A merge scoring below this is low-confidence and goes to the review queue.
pub const CONFIDENT_SCORE: f64 = 7.0;
/// A runner-up scoring within this of the chosen incident makes a merge ambiguous.
pub const AMBIGUITY_MARGIN: f64 = 1.0;
/// The candidates of a report kept for assignment: the best this many.
const MAX_OPTIONS: usize = 8;
/// Windows longer than this many days are too vague to merge automatically.
const MAX_WINDOW_DAYS: i32 = 31;

/// What the merger compares of one report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportFeatures {
    /// The report's id (`ucdp:123`, `doc:…#10-80`).
    pub id: String,
    /// The event dataset the report is a row of (its name's [`Key`]); rows of one dataset
    /// never merge.
    pub dataset: Option<Key>,
    /// First and last possible day (day numbers), widened as the precision says.
    pub days: Option<(i32, i32)>,
    /// First and last day as reported (before widening).
    pub reported: (i32, i32),
    /// Coordinates.
    pub point: Option<Coord<f64>>,
    /// ACLED geo precision (1 the place, 2 near it, 3 a region); 3 when not given.
    pub geo_precision: u8,
    /// Admin 1, 2, 3 p-codes.
    pub admin: [Option<Key>; 3],
    /// The place name's key (articles and kind words dropped).
    pub place_key: Option<Key>,
    /// ACLED sub-event type.
    pub sub_event_type: SubEventType,
    /// Registry actors named, with what they belong to and what covers them (sorted).
    pub actors: Vec<ActorIdx>,
    /// Those of `actors` that are identified armed actors — not civilians, not "unknown
    /// gunmen" (sorted): only they can contradict another report's.
    pub armed: Vec<ActorIdx>,
    /// Best estimate of deaths.
    pub best: Option<u32>,
    /// How precisely it is known: lower is better (used to pick an incident's lead report).
    pub vagueness: u8,
}

impl ReportFeatures {
    /// The features of a stored report; `registry` relates the actors named.
    pub fn of(record: &IncidentRecord, registry: &Registry) -> Self {
        let reported = record.day_span().map_or((0, 0), |span| {
            (day_number(span.start), day_number(span.end))
        });
        let days = record.day_span().and_then(|span| {
            let (start, end) = widen(span.start, span.end, span.precision);
            (end - start < MAX_WINDOW_DAYS).then_some((start, end))
        });
        let loc = &record.location;
        let point = loc.lat.zip(loc.lon).map(|(y, x)| Coord { x, y });
        let geo_precision = loc.geo_precision.unwrap_or(3).clamp(1, 3);
        let mut actors = Vec::new();
        for a in &record.actors {
            let ids = a.actor_id.iter().chain(&a.members);
            for idx in ids.filter_map(|id| registry.by_id(id)) {
                related(registry, idx, &mut actors);
            }
        }
        actors.sort_unstable();
        actors.dedup();
        let armed = actors
            .iter()
            .copied()
            .filter(|&idx| {
                !matches!(
                    registry.actor(idx).kind,
                    ActorKind::Civilians | ActorKind::Unidentified
                )
            })
            .collect();
        Self {
            id: record.id.clone(),
            dataset: dataset_of(&record.id).map(Key::of),
            days,
            reported,
            point,
            geo_precision,
            admin: [&loc.admin1, &loc.admin2, &loc.admin3].map(|a| a.as_deref().map(Key::of)),
            place_key: loc
                .name
                .as_deref()
                .map(place_key)
                .filter(|k| !k.is_empty())
                .map(|k| Key::of(&k)),
            sub_event_type: record.sub_event_type,
            actors,
            armed,
            best: record.fatalities.best,
            vagueness: vagueness(record),
        }
    }
}

/// A text compared only for equality (a p-code, a place key, a dataset), kept as its 64-bit
/// FNV-1a hash: a merger holding a million incidents keeps numbers, not strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(u64);

impl Key {
    /// The key of a text.
    pub fn of(text: &str) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Self(h)
    }
}

/// How vaguely a report places and dates its event (lower is more precise): the report an
/// incident's place and date are taken from is its least vague.
pub fn vagueness(record: &IncidentRecord) -> u8 {
    let loc = &record.location;
    let geo = loc.geo_precision.unwrap_or(3).clamp(1, 3);
    let date: u8 = match record.date_precision {
        Some(DatePrecision::Day) => 0,
        Some(DatePrecision::Days) => 1,
        Some(DatePrecision::Week) => 2,
        Some(DatePrecision::Month) => 3,
        Some(DatePrecision::Longer) | None => 4,
    };
    let unplaced = u8::from(loc.lat.is_none() || loc.lon.is_none());
    geo * 16 + unplaced * 8 + date
}

/// The event dataset a report id names: the prefix before `:` (`ucdp:`, `acled:`), except
/// for candidates read from documents (`news:`, `doc:`) and reports filed by people
/// (`report:`), which may well repeat an event.
pub fn dataset_of(id: &str) -> Option<&str> {
    let (prefix, _) = id.split_once(':')?;
    (!matches!(prefix, "news" | "doc" | "report")).then_some(prefix)
}

/// An actor, what it belongs to (umbrella, the side it fights for) and, for a composite, the
/// actors the name covers: two reports naming related actors do not contradict.
fn related(registry: &Registry, idx: ActorIdx, out: &mut Vec<ActorIdx>) {
    let mut next = Some(idx);
    while let Some(i) = next {
        if out.contains(&i) {
            break;
        }
        out.push(i);
        let actor = registry.actor(i);
        out.extend(actor.members.iter().copied());
        if let Some(a) = actor.affiliation {
            out.push(a);
        }
        next = actor.parent;
    }
}

/// Days since 1970-01-01 (a proleptic Gregorian day number).
pub fn day_number(date: Date) -> i32 {
    // Howard Hinnant's days_from_civil.
    let (y, m, d) = (
        i32::from(date.year()),
        i32::from(date.month()),
        i32::from(date.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A window widened as its precision says: ACLED dates an event known to the week on one day
/// of it, and one known to the month on one day of the month.
fn widen(start: Date, end: Date, precision: DatePrecision) -> (i32, i32) {
    let (s, e) = (day_number(start), day_number(end));
    match precision {
        DatePrecision::Week if e - s < 6 => (s - 3, e + 3),
        DatePrecision::Month if e - s < 27 => {
            let first = start.first_of_month();
            (day_number(first), day_number(first.last_of_month()))
        }
        _ => (s, e),
    }
}

/// How far from its coordinates a report of this geo precision may place the event, in km.
fn radius_km(geo_precision: u8) -> f64 {
    match geo_precision {
        1 => 6.0,
        2 => 20.0,
        _ => 60.0,
    }
}

/// Why two reports cannot be one incident.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "mismatch")]
pub enum Mismatch {
    /// Both are rows of one event dataset, which codes each event once.
    SameDataset,
    /// One of them has no usable days (none, or a window longer than a month).
    Undated,
    /// Their days do not overlap.
    DaysApart {
        /// Days between the windows.
        days: i32,
    },
    /// Their places are too far apart for their precisions.
    PlacesApart {
        /// Distance in km.
        km: f64,
    },
    /// Different admin areas at the finest level both know.
    DifferentAreas,
    /// Nothing places one of them (or what places them is not comparable).
    PlaceUnknown,
    /// Event types that one event cannot be both of (a protest and a battle).
    EventTypes,
    /// Each names identified armed actors, and none of one's is related to any of the
    /// other's (victims and "unknown gunmen" contradict no one).
    ActorsContradict,
}

/// How the places matched.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum PlaceMatch {
    /// Coordinates within reach of each other.
    Distance {
        /// Distance in km.
        km: f64,
    },
    /// The same admin area (1 governorate, 2 district, 3 sub-district).
    SameArea {
        /// Admin level.
        level: u8,
    },
    /// The same place name.
    SameName,
}

/// How the event types matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventMatch {
    /// Same sub-event type.
    SameSubEvent,
    /// Same event type.
    SameEventType,
    /// Types one event can be coded as (an air strike on civilians: a remote-violence event
    /// for one source, violence against civilians for another).
    Compatible,
}

/// Why a report joined an incident: the score and each matching feature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sum of the features' weights.
    pub score: f64,
    /// Days the windows (widened as their precisions say) have in common.
    pub common_days: i32,
    /// Days between the windows as reported (0 when they overlap).
    pub days_apart: i32,
    /// How the places matched.
    pub place: PlaceMatch,
    /// How the event types matched.
    pub event: EventMatch,
    /// Registry actors (or their umbrellas) both name.
    pub shared_actors: u32,
    /// Smaller over larger death toll (+1 each), when both give one.
    pub toll_agreement: Option<f64>,
    /// The score of the next-best incident the report could have joined, if any.
    pub runner_up: Option<f64>,
}

impl Evidence {
    /// Whether the merge is confident enough to stand without a reviewer: a high score, and
    /// no other incident nearly as good (a daily series of clashes at one place looks alike).
    pub fn is_confident(&self) -> bool {
        self.score >= CONFIDENT_SCORE
            && self
                .runner_up
                .is_none_or(|r| self.score - r >= AMBIGUITY_MARGIN)
    }
}

fn events_compatible(a: EventType, b: EventType) -> bool {
    use EventType::*;
    let pair = if a <= b { (a, b) } else { (b, a) };
    matches!(
        pair,
        (Battles, Explosions)
            | (Battles, ViolenceAgainstCivilians)
            | (Explosions, ViolenceAgainstCivilians)
            | (Protests, Riots)
    )
}

/// Rounds a score or a distance for the record (stable across platforms' last bits).
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Whether `report` can be the same incident as `lead`, and how well they match.
pub fn compare(lead: &ReportFeatures, report: &ReportFeatures) -> Result<Evidence, Mismatch> {
    if lead.dataset.is_some() && lead.dataset == report.dataset {
        return Err(Mismatch::SameDataset);
    }
    let (Some((s1, e1)), Some((s2, e2))) = (lead.days, report.days) else {
        return Err(Mismatch::Undated);
    };
    let common_days = e1.min(e2) - s1.max(s2) + 1;
    if common_days <= 0 {
        return Err(Mismatch::DaysApart {
            days: 1 - common_days,
        });
    }
    let (t1, t2) = (
        lead.sub_event_type.event_type(),
        report.sub_event_type.event_type(),
    );
    let event = if lead.sub_event_type == report.sub_event_type {
        EventMatch::SameSubEvent
    } else if t1 == t2 {
        EventMatch::SameEventType
    } else if events_compatible(t1, t2) {
        EventMatch::Compatible
    } else {
        return Err(Mismatch::EventTypes);
    };
    let place = place_match(lead, report)?;
    let shared_actors = shared(&lead.actors, &report.actors);
    if !lead.armed.is_empty() && !report.armed.is_empty() && shared(&lead.armed, &report.armed) == 0
    {
        return Err(Mismatch::ActorsContradict);
    }
    let toll_agreement = lead
        .best
        .zip(report.best)
        .map(|(a, b)| f64::from(a.min(b) + 1) / f64::from(a.max(b) + 1));

    // Within a window a source does not prefer a day; between windows, nearer is likelier.
    let ((a1, b1), (a2, b2)) = (lead.reported, report.reported);
    let days_apart = (a1.max(a2) - b1.min(b2)).max(0);
    let mut score = 1.0 + 2.0 * (1.0 - f64::from(days_apart) / 4.0).max(0.0);
    score += match place {
        PlaceMatch::Distance { km } => {
            let reach = radius_km(lead.geo_precision) + radius_km(report.geo_precision);
            1.0 + 3.5 * (1.0 - km / reach)
        }
        PlaceMatch::SameArea { level } => 1.0 + 0.5 * f64::from(level),
        PlaceMatch::SameName => 2.0,
    };
    if lead.admin[2].is_some() && lead.admin[2] == report.admin[2] {
        score += 0.5;
    }
    score += match event {
        EventMatch::SameSubEvent => 2.0,
        EventMatch::SameEventType => 1.0,
        EventMatch::Compatible => 0.0,
    };
    score += 1.5 * f64::from(shared_actors.min(2));
    score += 2.0 * toll_agreement.unwrap_or(0.0);
    Ok(Evidence {
        score: round2(score),
        common_days,
        days_apart,
        place,
        event,
        shared_actors,
        toll_agreement: toll_agreement.map(round2),
        runner_up: None,
    })
}

fn shared(a: &[ActorIdx], b: &[ActorIdx]) -> u32 {
    // Both sorted.
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn place_match(a: &ReportFeatures, b: &ReportFeatures) -> Result<PlaceMatch, Mismatch> {
    let coarse = a.geo_precision == 3 || b.geo_precision == 3;
    // Regions compare by the governorate when both know it.
    if coarse && a.admin[0].is_some() && b.admin[0].is_some() {
        return if a.admin[0] == b.admin[0] {
            Ok(PlaceMatch::SameArea { level: 1 })
        } else {
            Err(Mismatch::DifferentAreas)
        };
    }
    if let (Some(p), Some(q)) = (a.point, b.point) {
        let reach = radius_km(a.geo_precision) + radius_km(b.geo_precision);
        // A cheap bound first: a degree of latitude is 111 km, of longitude at least 80 here.
        if (p.y - q.y).abs() * 111.0 > reach || (p.x - q.x).abs() * 80.0 > reach {
            return Err(Mismatch::PlacesApart {
                km: round2(km_between(p, q)),
            });
        }
        let km = km_between(p, q);
        return if km <= reach {
            Ok(PlaceMatch::Distance { km: round2(km) })
        } else {
            Err(Mismatch::PlacesApart { km: round2(km) })
        };
    }
    if a.place_key.is_some() && a.place_key == b.place_key {
        return Ok(PlaceMatch::SameName);
    }
    for level in (0..3).rev() {
        if let (Some(x), Some(y)) = (a.admin[level], b.admin[level]) {
            return if x == y {
                Ok(PlaceMatch::SameArea {
                    level: level as u8 + 1,
                })
            } else {
                Err(Mismatch::DifferentAreas)
            };
        }
    }
    Err(Mismatch::PlaceUnknown)
}

/// What the merger decided for one report.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// It joins the incident with this id.
    Join {
        /// The incident.
        incident: String,
        /// Why.
        evidence: Evidence,
    },
    /// It founds an incident of its own (whose id is the report's).
    Found,
}

/// An incident as the merger knows it: its lead report (the most precisely known) and the
/// datasets already among its reports.
#[derive(Debug)]
struct Cluster {
    id: String,
    lead: ReportFeatures,
    /// Interned dataset names (see `Merger::dataset_ids`).
    datasets: Vec<u16>,
}

/// Assigns reports to incidents, one at a time, against every incident it has seen; indexed
/// by day so that a report is compared only with incidents of its days.
#[derive(Debug, Default)]
pub struct Merger {
    clusters: Vec<Cluster>,
    by_id: HashMap<String, u32>,
    by_day: HashMap<i32, Vec<u32>>,
    /// Datasets as small numbers: a report is checked against every dataset of every
    /// candidate incident.
    dataset_ids: HashMap<Key, u16>,
    /// A dataset whose reports that found incidents are not remembered (see
    /// [`Merger::forget_founded`]).
    forget: Option<Key>,
}

impl Merger {
    /// An empty merger.
    pub fn new() -> Self {
        Self::default()
    }

    /// The number of incidents known.
    pub fn len(&self) -> usize {
        self.clusters.len()
    }

    /// Whether no incident is known.
    pub fn is_empty(&self) -> bool {
        self.clusters.is_empty()
    }

    /// Tells the merger that `report` belongs to `incident` (an existing membership, or one a
    /// reviewer decided); the incident is created if new.
    pub fn place(&mut self, incident: &str, report: ReportFeatures) {
        let dataset = self.dataset_id(report.dataset);
        let (idx, created) = match self.by_id.get(incident) {
            Some(&i) => (i, false),
            None => {
                let i = self.clusters.len() as u32;
                self.by_id.insert(incident.to_owned(), i);
                self.clusters.push(Cluster {
                    id: incident.to_owned(),
                    lead: report.clone(),
                    datasets: Vec::new(),
                });
                (i, true)
            }
        };
        let cluster = &mut self.clusters[idx as usize];
        if let Some(ds) = dataset
            && !cluster.datasets.contains(&ds)
        {
            cluster.datasets.push(ds);
        }
        if created || report.vagueness < cluster.lead.vagueness {
            // A report joins an incident by its lead's days, so the incident is found under
            // those (a former lead's days stay listed: a comparison rules them out).
            if let Some((s, e)) = report.days {
                for d in s..=e {
                    let list = self.by_day.entry(d).or_default();
                    if list.last() != Some(&idx) {
                        list.push(idx);
                    }
                }
            }
            cluster.lead = report;
        }
    }

    /// While one dataset's file is taken in, nothing else arrives that could join an incident
    /// one of its rows founds (rows of one dataset never merge): such incidents need not be
    /// remembered, which keeps a million-row import's merger to the incidents already in
    /// the record.
    pub fn forget_founded(&mut self, dataset: Key) {
        self.forget = Some(dataset);
    }

    /// The small number standing for a dataset.
    fn dataset_id(&mut self, dataset: Option<Key>) -> Option<u16> {
        let key = dataset?;
        let next = u16::try_from(self.dataset_ids.len()).expect("fewer than 65,536 datasets");
        Some(*self.dataset_ids.entry(key).or_insert(next))
    }

    /// Decides where `report` belongs — the best-scoring compatible incident at or above
    /// [`JOIN_SCORE`] (ties to the incident known first), or a new incident — and records it.
    pub fn offer(&mut self, report: ReportFeatures) -> Decision {
        let decision = self.best_match(&report);
        let incident = match &decision {
            Decision::Join { incident, .. } => incident.clone(),
            Decision::Found if self.forget.is_some() && self.forget == report.dataset => {
                return decision;
            }
            Decision::Found => report.id.clone(),
        };
        self.place(&incident, report);
        decision
    }

    /// Decides for a batch of reports at once. Reports of one dataset compete for incidents
    /// (a dataset codes each event once, so an incident takes one row of it): they are
    /// assigned so that the scores of their joins sum highest — exactly, not best pair
    /// first, which in a daily series of look-alike events lets one report take another's
    /// match and leaves that one to the wrong twin. Reports that join no existing incident
    /// are then offered one by one, so that they can join each other.
    pub fn offer_batch(&mut self, reports: Vec<ReportFeatures>) -> Vec<Decision> {
        let datasets: Vec<Option<u16>> =
            reports.iter().map(|r| self.dataset_id(r.dataset)).collect();
        let options = self.all_candidates(&reports, &datasets);
        // choice[i]: the index into options[i] of the incident report i joins.
        let mut choice: Vec<Option<usize>> = vec![None; reports.len()];
        // A report of a dataset competes with the others of its dataset for (incident,
        // dataset) slots: the assignment that scores most in total wins, each slot taken
        // once. A join costs minus its score; each report also has a column of its own,
        // joining nothing, at no cost.
        let mut slot_column: HashMap<(u32, u16), u32> = HashMap::new();
        let mut rows: Vec<Vec<(u32, f64)>> = Vec::new();
        let mut row_report: Vec<usize> = Vec::new();
        for (i, list) in options.iter().enumerate() {
            let Some(ds) = datasets[i] else {
                choice[i] = best_option(list);
                continue;
            };
            if list.is_empty() {
                continue;
            }
            let row = list
                .iter()
                .map(|(idx, evidence)| {
                    let next = slot_column.len() as u32;
                    (
                        *slot_column.entry((*idx, ds)).or_insert(next),
                        -evidence.score,
                    )
                })
                .collect();
            rows.push(row);
            row_report.push(i);
        }
        let slots = slot_column.len();
        for (r, row) in rows.iter_mut().enumerate() {
            row.push(((slots + r) as u32, 0.0));
        }
        let assigned = crate::assignment::least_cost(&rows, slots + rows.len())
            .expect("every report may join nothing");
        for ((row, column), i) in rows.iter().zip(assigned).zip(row_report) {
            if (column as usize) < slots {
                choice[i] = row.iter().position(|(c, _)| *c == column);
            }
        }
        let mut decisions: Vec<Option<Decision>> = choice
            .iter()
            .zip(&options)
            .map(|(k, list)| {
                k.map(|k| {
                    let (idx, evidence) = &list[k];
                    Decision::Join {
                        incident: self.clusters[*idx as usize].id.clone(),
                        evidence: with_runner_up(evidence, list.iter().map(|(_, e)| e)),
                    }
                })
            })
            .collect();
        let mut rest = Vec::new();
        for (report, decision) in reports.into_iter().zip(&decisions) {
            match decision {
                Some(Decision::Join { incident, .. }) => self.place(&incident.clone(), report),
                _ => rest.push(report),
            }
        }
        let mut rest = rest.into_iter();
        for d in &mut decisions {
            if d.is_none() {
                *d = Some(self.offer(rest.next().expect("one left per undecided report")));
            }
        }
        decisions.into_iter().map(|d| d.expect("decided")).collect()
    }

    /// Every incident `report` (of interned `dataset`) may join, and why, in the order the
    /// incidents became known.
    fn candidates(&self, report: &ReportFeatures, dataset: Option<u16>) -> Vec<(u32, Evidence)> {
        let Some((s, e)) = report.days else {
            return Vec::new();
        };
        let mut near: Vec<u32> = (s..=e)
            .filter_map(|d| self.by_day.get(&d))
            .flatten()
            .copied()
            .collect();
        near.sort_unstable();
        near.dedup();
        let mut found: Vec<(u32, Evidence)> = near
            .into_iter()
            .filter_map(|idx| {
                let cluster = &self.clusters[idx as usize];
                if dataset.is_some_and(|ds| cluster.datasets.contains(&ds)) {
                    return None;
                }
                compare(&cluster.lead, report)
                    .ok()
                    .filter(|e| e.score >= JOIN_SCORE)
                    .map(|e| (idx, e))
            })
            .collect();
        // The best few are all an assignment ever reaches for (kept in incident order).
        if found.len() > MAX_OPTIONS {
            found.sort_by(|a, b| b.1.score.total_cmp(&a.1.score).then(a.0.cmp(&b.0)));
            found.truncate(MAX_OPTIONS);
            found.sort_by_key(|(idx, _)| *idx);
        }
        found
    }

    /// The candidates of many reports, on both cores when there are many: the comparisons
    /// are most of the work and only read the merger.
    fn all_candidates(
        &self,
        reports: &[ReportFeatures],
        datasets: &[Option<u16>],
    ) -> Vec<Vec<(u32, Evidence)>> {
        let one = |(r, d): (&ReportFeatures, &Option<u16>)| self.candidates(r, *d);
        if reports.len() < 2048 {
            return reports.iter().zip(datasets).map(one).collect();
        }
        let half = reports.len() / 2;
        std::thread::scope(|scope| {
            let first = scope.spawn(|| {
                reports[..half]
                    .iter()
                    .zip(&datasets[..half])
                    .map(one)
                    .collect::<Vec<_>>()
            });
            let second: Vec<_> = reports[half..]
                .iter()
                .zip(&datasets[half..])
                .map(one)
                .collect();
            let mut all = first.join().expect("comparisons do not panic");
            all.extend(second);
            all
        })
    }

    fn best_match(&mut self, report: &ReportFeatures) -> Decision {
        let dataset = self.dataset_id(report.dataset);
        let found = self.candidates(report, dataset);
        match best_option(&found).map(|k| &found[k]) {
            Some((idx, evidence)) => Decision::Join {
                incident: self.clusters[*idx as usize].id.clone(),
                evidence: with_runner_up(evidence, found.iter().map(|(_, e)| e)),
            },
            None => Decision::Found,
        }
    }
}

/// The option that scores most (ties to the incident known first).
fn best_option(options: &[(u32, Evidence)]) -> Option<usize> {
    options
        .iter()
        .enumerate()
        .max_by(|(_, (a, x)), (_, (b, y))| x.score.total_cmp(&y.score).then(b.cmp(a)))
        .map(|(k, _)| k)
}

/// `chosen`, with the best score among the other options.
fn with_runner_up<'a>(chosen: &Evidence, options: impl Iterator<Item = &'a Evidence>) -> Evidence {
    let mut skipped = false;
    let runner_up = options
        .filter(|e| {
            // Skip the chosen one once (another option may score the same).
            if !skipped && *e == chosen {
                skipped = true;
                return false;
            }
            true
        })
        .map(|e| e.score)
        .max_by(f64::total_cmp);
    Evidence {
        runner_up,
        ..chosen.clone()
    }
}
