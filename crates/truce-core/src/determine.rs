//! The determination engine: did an incident break the terms, by which clause, and why.
//!
//! [`determine`] is a pure function of the agreement (compiled against the actor registry,
//! with its acceptance registry) and one incident. It allocates nothing: the reasons are
//! small values, turned into sentences only when someone reads them
//! ([`Determination::explain`]).
//!
//! The rules, in the order they are applied (the first that decides, decides):
//! 1. no date → `insufficient_information`; no version of the terms in force yet →
//!    `not_covered`;
//! 2. no place → `insufficient_information`; outside the scope's countries or areas →
//!    `not_covered`; scope given as areas and the incident's area unknown or coarser than
//!    them → `insufficient_information`;
//! 3. entirely before commencement or after expiry → `not_covered`; a span that straddles
//!    commencement or expiry → `needs_review`; coordinates outside the country's boundaries
//!    (flagged when the place was checked) → `needs_review`;
//! 4. no clause governs the act → `not_covered`;
//! 5. the parties decide. With a named perpetrator: perpetrator unidentified →
//!    `insufficient_information`; not a party (excluded, never bound, civilians) →
//!    `not_covered`; mixed or unknown standing → `needs_review`; bound → by the target: bound →
//!    `violation` of every clause forbidding the act against bound parties (with a self-defence
//!    claim → `needs_review`); excluded → `permitted` by a continuing-operations clause; civilians
//!    → `violation` where a clause protects civilians, else the ground decides; unspecified or a
//!    composite side → the ground decides; unidentified, mixed or unknown → `needs_review`; not
//!    bound → `not_covered`. Without a named perpetrator (UCDP and ACLED sides): two bound sides
//!    → `violation` with the direction left open; one bound side → as if it acted against the
//!    others; an excluded side against a side not known to be bound → `not_covered`; otherwise
//!    mixed or unknown → `needs_review`, unidentified → `insufficient_information`, none bound →
//!    `not_covered`.
//! 6. "The ground decides": the control layers say who held the place over the incident's days.
//!    Held by a bound party → as if the act were against it; by an excluded group → as against
//!    it; by the acting side itself, by holders of different standing, contested, changing
//!    hands, or unknown → `needs_review`, naming the control record used.

use std::fmt::Write as _;

use arrayvec::ArrayVec;
use serde::{Deserialize, Serialize};

use crate::control::{ControlMap, GroundFact};
use crate::incident::{Incident, Role};
use crate::registry::{ActorIdx, Registry, Resolution};
use crate::status::{Class, Link, Standing};
use crate::terms::{Agreement, ClauseKind, ExclusionBasis, PartyClass, TermsVersion};
use crate::when::Relation;

/// The answer to "which clause does it break?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A clause was broken (clause ids cited).
    Violation,
    /// Allowed by the terms (e.g. action against an excluded group).
    Permitted,
    /// The terms do not reach it.
    NotCovered,
    /// A person must decide; the reasons say why.
    NeedsReview,
    /// Too little is known to apply the terms.
    InsufficientInformation,
}

impl Outcome {
    /// Every outcome, in report order.
    pub const ALL: [Outcome; 5] = [
        Outcome::Violation,
        Outcome::Permitted,
        Outcome::NotCovered,
        Outcome::NeedsReview,
        Outcome::InsufficientInformation,
    ];

    /// The outcome as written in files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Violation => "violation",
            Self::Permitted => "permitted",
            Self::NotCovered => "not_covered",
            Self::NeedsReview => "needs_review",
            Self::InsufficientInformation => "insufficient_information",
        }
    }
}

/// One step of the reasoning; rendered to a sentence by [`Determination::explain`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The incident has no date.
    TimeUnknown,
    /// The incident has no place.
    PlaceUnknown,
    /// No version of the terms was in force on the incident's first day.
    NoVersionInForce,
    /// Which version applies.
    VersionInForce,
    /// The incident's country is outside the scope.
    OutsideCountries,
    /// The incident's area is outside the scope's areas.
    OutsideAreas,
    /// The scope is a set of areas and the incident has no p-code.
    AreaUnknown,
    /// Entirely before commencement.
    BeforeCommencement,
    /// The date span contains commencement.
    StraddlesCommencement,
    /// After commencement.
    AfterCommencement,
    /// Entirely after expiry.
    AfterExpiry,
    /// The date span contains expiry.
    StraddlesExpiry,
    /// The coordinates fall outside the country's boundaries although the source places the
    /// event in a country in scope.
    CoordinatesOutsideBoundaries,
    /// No clause governs this kind of act.
    NoClauseGoverns,
    /// The name of actor entry `entry` is not in the registry.
    Unresolved {
        /// Index into the incident's actors.
        entry: u8,
    },
    /// The standing of actor entry `entry` on the incident's day.
    Standing {
        /// Index into the incident's actors.
        entry: u8,
        /// Its standing.
        standing: Standing,
    },
    /// No actor is named as taking part.
    NoActors,
    /// The perpetrator is not identified.
    PerpetratorUnidentified,
    /// The perpetrator is not a party (civilians, excluded, or never bound).
    PerpetratorNotBound,
    /// The perpetrator's side mixes footings or its acceptance is unknown.
    PerpetratorUnclear,
    /// No target is named.
    TargetUnspecified,
    /// The target is not identified.
    TargetUnidentified,
    /// The target's side mixes footings or its acceptance is unknown.
    TargetUnclear,
    /// The target is not a party to the terms.
    TargetNotBound,
    /// Civilians were the target and the terms protect parties, not civilians as such.
    CiviliansNeedControl,
    /// Who held the ground at the time, by control record `record`, and its standing.
    GroundHeld {
        /// Index of the control record in the map.
        record: u32,
        /// The holder's standing (holders combined).
        standing: Standing,
    },
    /// The ground was contested or changed hands at the time (control record `record`).
    GroundContested {
        /// Index of a control record involved.
        record: u32,
    },
    /// No control record covers the place at the time (or the place has no coordinates).
    GroundUnknown,
    /// The ground was held by the acting side itself (bound through the same acceptance): it
    /// does not say whom the act was against.
    GroundHeldByActingSide,
    /// The other side mixes parties of different standing: the ground decides whom the act
    /// was against.
    TargetComposite,
    /// Both sides are bound; who attacked whom is not stated.
    DirectionUnknown,
    /// No side is bound by the terms.
    NoBoundParty,
    /// An excluded group fought a side that is not bound (or not known to be): at most
    /// permitted, never a violation.
    ExcludedAgainstUnbound,
    /// The act breaks this clause.
    Breaks {
        /// Index into the version's clauses.
        clause: u16,
    },
    /// The act is permitted by this clause.
    PermittedBy {
        /// Index into the version's clauses.
        clause: u16,
    },
    /// Acts against excluded groups are not addressed by these terms.
    AgainstExcludedUnaddressed,
    /// Self-defence is claimed: proportionality needs a person.
    SelfDefenceClaimed {
        /// The self-defence clause, if the terms have one.
        clause: Option<u16>,
    },
    /// More reasons than fit were found; the rest are left out.
    Truncated,
}

const MAX_REASONS: usize = 12;
const MAX_CLAUSES: usize = 6;

/// A determination: outcome, clauses involved, and the reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Determination {
    /// The outcome.
    pub outcome: Outcome,
    /// Index of the terms version applied, when one was in force.
    pub version: Option<u16>,
    /// Indices of the clauses involved (into that version's clauses).
    pub clauses: ArrayVec<u16, MAX_CLAUSES>,
    /// The reasoning trace.
    pub reasons: ArrayVec<Reason, MAX_REASONS>,
}

impl Determination {
    fn new() -> Self {
        Self {
            outcome: Outcome::NeedsReview,
            version: None,
            clauses: ArrayVec::new(),
            reasons: ArrayVec::new(),
        }
    }

    fn because(&mut self, reason: Reason) {
        if self.reasons.try_push(reason).is_err() {
            *self.reasons.last_mut().expect("capacity is not zero") = Reason::Truncated;
        }
    }

    fn cite(&mut self, clause: usize) {
        let _ = self.clauses.try_push(clause as u16);
    }

    /// Left to a person, for the reasons already given.
    fn review(mut self) -> Self {
        self.outcome = Outcome::NeedsReview;
        self
    }

    fn decide(mut self, outcome: Outcome, reason: Reason) -> Self {
        self.because(reason);
        self.outcome = outcome;
        self
    }

    /// The ids of the clauses involved.
    pub fn clause_ids<'a>(
        &'a self,
        agreement: &'a Agreement,
    ) -> impl Iterator<Item = &'a str> + 'a {
        let version = self.version.map(|v| &agreement.versions[v as usize]);
        self.clauses
            .iter()
            .filter_map(move |c| version.map(|v| v.clauses[*c as usize].id.as_str()))
    }

    /// The id of the terms version applied.
    pub fn version_id<'a>(&self, agreement: &'a Agreement) -> Option<&'a str> {
        self.version
            .map(|v| agreement.versions[v as usize].id.as_str())
    }

    /// The reasoning trace as sentences a monitor can check.
    pub fn explain(
        &self,
        agreement: &Agreement,
        registry: &Registry,
        control: &ControlMap,
        incident: &Incident,
    ) -> Vec<String> {
        let cx = Explainer {
            agreement,
            registry,
            control,
            incident,
            version: self.version.map(|v| &agreement.versions[v as usize]),
        };
        self.reasons.iter().map(|r| cx.sentence(r)).collect()
    }
}

/// Determines one incident under the terms, with the control layers (possibly empty) saying
/// who held the ground.
pub fn determine(
    agreement: &Agreement,
    incident: &Incident,
    control: &ControlMap,
) -> Determination {
    let d = Determination::new();
    let Some(span) = incident.time else {
        return d.decide(Outcome::InsufficientInformation, Reason::TimeUnknown);
    };
    let Some(version_idx) = agreement.version_on(span.start) else {
        return d.decide(Outcome::NotCovered, Reason::NoVersionInForce);
    };
    let mut d = d;
    d.version = Some(version_idx as u16);
    d.because(Reason::VersionInForce);
    let version = &agreement.versions[version_idx];
    if !incident.place.is_known() {
        return d.decide(Outcome::InsufficientInformation, Reason::PlaceUnknown);
    }
    if let Some(country) = &incident.place.country
        && !version.scope.countries.is_empty()
        && !version.scope.countries.contains(country)
    {
        return d.decide(Outcome::NotCovered, Reason::OutsideCountries);
    }
    if !version.scope.areas.is_empty() {
        match area_relation(&incident.place, &version.scope.areas) {
            AreaRelation::Inside => {}
            AreaRelation::Outside => return d.decide(Outcome::NotCovered, Reason::OutsideAreas),
            AreaRelation::Unknown => {
                return d.decide(Outcome::InsufficientInformation, Reason::AreaUnknown);
            }
        }
    }
    match version.commencement_boundary.relate(&span) {
        Relation::Before => return d.decide(Outcome::NotCovered, Reason::BeforeCommencement),
        Relation::Straddles => {
            return d.decide(Outcome::NeedsReview, Reason::StraddlesCommencement);
        }
        Relation::After => d.because(Reason::AfterCommencement),
    }
    if let Some(expiry) = &version.expiry_boundary {
        match expiry.relate(&span) {
            Relation::After => return d.decide(Outcome::NotCovered, Reason::AfterExpiry),
            Relation::Straddles => return d.decide(Outcome::NeedsReview, Reason::StraddlesExpiry),
            Relation::Before => {}
        }
    }
    if incident.place.geo_check == Some(crate::incident::GeoCheck::OutsideBoundaries) {
        return d.decide(Outcome::NeedsReview, Reason::CoordinatesOutsideBoundaries);
    }
    let governs = |kind_ok: fn(ClauseKind) -> bool| {
        version.clauses.iter().enumerate().filter(move |(_, c)| {
            kind_ok(c.kind)
                && (c.acts.is_empty() || c.acts.contains(incident.sub_event_type))
                && c.zone
                    .is_none_or(|z| version.zones[z].contains(&incident.place) == Some(true))
        })
    };
    if governs(ClauseKind::forbids_acts).next().is_none() {
        return d.decide(Outcome::NotCovered, Reason::NoClauseGoverns);
    }
    let ground = Ground {
        control,
        window: day_window(agreement, span.start, span.end),
    };
    parties(d, version, incident, span.start, &ground)
}

/// The allegations the control layers make under the terms: every change of hands, after
/// commencement, from one bound party to another, as an incident to be determined like any
/// other (the new holder suspected of taking the ground from the old one). Changes involving
/// a party that is not bound are operations the terms treat elsewhere, and yield nothing here.
pub fn territorial_allegations(
    agreement: &Agreement,
    registry: &Registry,
    control: &ControlMap,
) -> Vec<Incident> {
    use crate::control::ControlArea;
    use crate::incident::{Attribution, IncidentActor, Place, SourceRef};
    use crate::registry::ActorKind;

    let mut found = Vec::new();
    for change in control.holder_changes() {
        let (before, after) = (control.record(change.before), control.record(change.after));
        let day = agreement.time_zone.to_datetime(change.at).date();
        let Some(version) = agreement.version_on(day).map(|v| &agreement.versions[v]) else {
            continue;
        };
        if !version.commencement_boundary.reached_by(day) {
            continue;
        }
        let standing = |holders: &[ActorIdx]| {
            Standing::combine(holders.iter().map(|h| (*h, version.status.get(*h, day))))
                .map(|s| s.class())
        };
        if standing(&before.holders) != Some(Class::Bound)
            || standing(&after.holders) != Some(Class::Bound)
        {
            continue;
        }
        let state_takes = after
            .holders
            .iter()
            .all(|h| registry.actor(*h).kind == ActorKind::StateForce);
        let sub_event_type = if state_takes {
            crate::event::SubEventType::GovernmentRegainsTerritory
        } else {
            crate::event::SubEventType::NonStateActorOvertakesTerritory
        };
        let place = match &before.area {
            ControlArea::Pcode(pcode) => {
                let unit = control.admin().and_then(|a| a.get(pcode));
                Place {
                    name: unit.map(|u| u.name.clone()),
                    lat: unit.map(|u| u.centroid.y),
                    lon: unit.map(|u| u.centroid.x),
                    admin1: pcode.get(..4).map(str::to_owned),
                    admin2: pcode
                        .get(..6)
                        .filter(|_| pcode.len() >= 6)
                        .map(str::to_owned),
                    admin3: pcode
                        .get(..8)
                        .filter(|_| pcode.len() >= 8)
                        .map(str::to_owned),
                    geo_precision: Some(2),
                    ..Place::default()
                }
            }
            ControlArea::Circle { place, center, .. } => Place {
                name: Some(place.clone()),
                lat: Some(center.y),
                lon: Some(center.x),
                geo_precision: Some(1),
                ..Place::default()
            },
            ControlArea::Shape => continue,
        };
        let actors = |holders: &[ActorIdx], role, attribution| {
            holders
                .iter()
                .map(|h| IncidentActor {
                    name: registry.actor(*h).name.clone(),
                    resolved: Resolution::Actor(*h),
                    role,
                    attribution,
                })
                .collect::<Vec<_>>()
        };
        let mut people = actors(&after.holders, Role::Perpetrator, Attribution::Suspected);
        people.extend(actors(&before.holders, Role::Target, Attribution::Known));
        found.push(Incident {
            id: format!("control:{}:{}>{}", before.layer, before.id, after.id),
            sub_event_type,
            actors: people,
            place,
            time: Some(crate::when::DaySpan::day(day)),
            fatalities: Default::default(),
            sources: [before, after]
                .iter()
                .map(|r| SourceRef {
                    external_id: format!("control:{}/{}", r.layer, r.id),
                    name: Some(r.source.clone()),
                })
                .collect(),
            self_defence_claimed: false,
        });
    }
    found
}

/// The control layers and the instants `[from, to)` covering the incident's days.
struct Ground<'a> {
    control: &'a ControlMap,
    window: Option<(jiff::Timestamp, jiff::Timestamp)>,
}

fn day_window(
    agreement: &Agreement,
    first: jiff::civil::Date,
    last: jiff::civil::Date,
) -> Option<(jiff::Timestamp, jiff::Timestamp)> {
    let start = first.to_zoned_datetime(agreement.time_zone.clone()).ok()?;
    let end = last
        .tomorrow()
        .ok()?
        .to_zoned_datetime(agreement.time_zone.clone())
        .ok()?;
    Some((start.timestamp(), end.timestamp()))
}

/// Where a place lies relative to a set of areas given by p-code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AreaRelation {
    /// One of the place's p-codes lies within one of the areas.
    Inside,
    /// The place's p-codes lie outside every area.
    Outside,
    /// The place is known only coarsely (e.g. its governorate, where the areas are districts
    /// of it), or not at all.
    Unknown,
}

fn area_relation(place: &crate::incident::Place, areas: &[String]) -> AreaRelation {
    // The most detailed p-code decides: the coarser ones are its prefixes.
    let Some(pcode) = place.pcodes().next() else {
        return AreaRelation::Unknown;
    };
    if areas.iter().any(|a| pcode.starts_with(a.as_str())) {
        AreaRelation::Inside
    } else if areas.iter().any(|a| a.starts_with(pcode)) {
        AreaRelation::Unknown
    } else {
        AreaRelation::Outside
    }
}

/// Whether one of the place's p-codes lies within one of the areas.
pub(crate) fn place_in_areas(place: &crate::incident::Place, areas: &[String]) -> bool {
    area_relation(place, areas) == AreaRelation::Inside
}

/// Stands for "a side" where [`Standing::combine`] asks for a member index: sides are
/// combined for their class only and never rendered.
const SIDE: ActorIdx = ActorIdx(u32::MAX);

fn parties(
    mut d: Determination,
    version: &TermsVersion,
    incident: &Incident,
    day: jiff::civil::Date,
    ground: &Ground<'_>,
) -> Determination {
    // Standing of each named actor; an unresolved name counts as unidentified.
    let mut entries: ArrayVec<(Role, Standing), 16> = ArrayVec::new();
    for (i, actor) in incident.actors.iter().enumerate() {
        let standing = match &actor.resolved {
            Resolution::Actor(idx) => Some(version.status.get(*idx, day)),
            Resolution::Coalition(members) => {
                Standing::combine(members.iter().map(|m| (*m, version.status.get(*m, day))))
            }
            Resolution::Unresolved => None,
        };
        match standing {
            Some(standing) => d.because(Reason::Standing {
                entry: i as u8,
                standing,
            }),
            None => d.because(Reason::Unresolved { entry: i as u8 }),
        }
        let _ = entries.try_push((actor.role, standing.unwrap_or(Standing::Unidentified)));
    }
    let side = |role: Role| {
        Standing::combine(
            entries
                .iter()
                .filter(|(r, _)| *r == role)
                .map(|(_, s)| (SIDE, *s)),
        )
    };
    if let Some(perpetrator) = side(Role::Perpetrator) {
        return directed(
            d,
            version,
            incident,
            perpetrator,
            side(Role::Target),
            ground,
        );
    }
    // Undirected: each participant is a side of its own (UCDP side_a, side_b).
    let sides: ArrayVec<Standing, 16> = entries
        .iter()
        .filter(|(r, _)| *r != Role::Target)
        .map(|(_, s)| *s)
        .collect();
    let target = side(Role::Target);
    match (sides.as_slice(), target) {
        ([], None) => d.decide(Outcome::InsufficientInformation, Reason::NoActors),
        ([], Some(_)) => d.decide(
            Outcome::InsufficientInformation,
            Reason::PerpetratorUnidentified,
        ),
        ([only], target) => directed(d, version, incident, *only, target, ground),
        (many, _) => {
            let bound: ArrayVec<usize, 16> = many
                .iter()
                .enumerate()
                .filter(|(_, s)| s.class() == Class::Bound)
                .map(|(i, _)| i)
                .collect();
            if bound.len() >= 2 {
                d.because(Reason::DirectionUnknown);
                let target = many[bound[1]];
                return directed(d, version, incident, many[bound[0]], Some(target), ground);
            }
            if let [actor] = bound.as_slice() {
                let others = many
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i != actor)
                    .map(|(_, s)| (SIDE, *s));
                let other = Standing::combine(others);
                return directed(d, version, incident, many[*actor], other, ground);
            }
            // Two sides, one excluded and the other not bound: nothing the terms forbid.
            if let [a, b] = many
                && (a.class() == Class::Excluded) != (b.class() == Class::Excluded)
                && !matches!(a.class(), Class::Mixed | Class::Unidentified)
                && !matches!(b.class(), Class::Mixed | Class::Unidentified)
            {
                return d.decide(Outcome::NotCovered, Reason::ExcludedAgainstUnbound);
            }
            let classes = || many.iter().map(Standing::class);
            if classes().any(|c| matches!(c, Class::Mixed | Class::Unknown)) {
                d.decide(Outcome::NeedsReview, Reason::PerpetratorUnclear)
            } else if classes().any(|c| c == Class::Unidentified) {
                d.decide(
                    Outcome::InsufficientInformation,
                    Reason::PerpetratorUnidentified,
                )
            } else {
                d.decide(Outcome::NotCovered, Reason::NoBoundParty)
            }
        }
    }
}

/// A perpetrator side acting against a target side (None: target not named).
fn directed(
    mut d: Determination,
    version: &TermsVersion,
    incident: &Incident,
    perpetrator: Standing,
    target: Option<Standing>,
    ground: &Ground<'_>,
) -> Determination {
    match perpetrator.class() {
        Class::Unidentified => {
            return d.decide(
                Outcome::InsufficientInformation,
                Reason::PerpetratorUnidentified,
            );
        }
        Class::Civilians | Class::Excluded | Class::NotBound => {
            return d.decide(Outcome::NotCovered, Reason::PerpetratorNotBound);
        }
        Class::Mixed | Class::Unknown => {
            return d.decide(Outcome::NeedsReview, Reason::PerpetratorUnclear);
        }
        Class::Bound => {}
    }
    // An unnamed target or a composite side: whose ground it was decides.
    let target_class = match target.map(|t| t.class()) {
        None => {
            d.because(Reason::TargetUnspecified);
            match holder_of_ground(&mut d, version, incident, ground, perpetrator) {
                Some(class) => class,
                None => return d.review(),
            }
        }
        Some(Class::Mixed) => {
            d.because(Reason::TargetComposite);
            match holder_of_ground(&mut d, version, incident, ground, perpetrator) {
                Some(class) => class,
                None => return d.review(),
            }
        }
        Some(class) => class,
    };
    let Some(against) = against_class(&mut d, version, incident, target_class) else {
        return d;
    };
    let mut d = breaches(d, version, incident, against);
    if d.clauses.is_empty() && target_class == Class::Civilians {
        // The terms protect the parties: civilians hit on a party's ground are an attack on it.
        d.because(Reason::CiviliansNeedControl);
        let Some(class) = holder_of_ground(&mut d, version, incident, ground, perpetrator) else {
            return d.review();
        };
        let Some(against) = against_class(&mut d, version, incident, class) else {
            return d;
        };
        d = breaches(d, version, incident, against);
    }
    conclude(d, version, incident)
}

/// Who held the ground at the time, as a class; `None` (with the reason recorded) when the
/// layers cannot tell, the ground was contested, or it was the acting side's own ground.
fn holder_of_ground(
    d: &mut Determination,
    version: &TermsVersion,
    incident: &Incident,
    ground: &Ground<'_>,
    perpetrator: Standing,
) -> Option<Class> {
    let (Some(lat), Some(lon), Some((from, to))) =
        (incident.place.lat, incident.place.lon, ground.window)
    else {
        d.because(Reason::GroundUnknown);
        return None;
    };
    match ground
        .control
        .ground(geo::Coord { x: lon, y: lat }, from, to)
    {
        GroundFact::Unknown => {
            d.because(Reason::GroundUnknown);
            None
        }
        GroundFact::Contested { record } => {
            d.because(Reason::GroundContested { record });
            None
        }
        GroundFact::Held { record } => {
            let day = incident.time.map(|t| t.start)?;
            let holders = &ground.control.record(record).holders;
            let standing =
                Standing::combine(holders.iter().map(|h| (*h, version.status.get(*h, day))))
                    .unwrap_or(Standing::Unidentified);
            d.because(Reason::GroundHeld { record, standing });
            if let (
                Standing::Bound {
                    acceptor: acting, ..
                },
                Standing::Bound {
                    acceptor: holding, ..
                },
            ) = (perpetrator, standing)
                && acting == holding
            {
                d.because(Reason::GroundHeldByActingSide);
                return None;
            }
            match standing.class() {
                Class::Mixed | Class::Unknown | Class::Unidentified => None,
                class => Some(class),
            }
        }
    }
}

/// The class of party the act was against; `None` when the target alone decides (the
/// outcome is then set).
fn against_class(
    d: &mut Determination,
    version: &TermsVersion,
    incident: &Incident,
    target: Class,
) -> Option<PartyClass> {
    let (outcome, reason) = match target {
        Class::Bound => return Some(PartyClass::Bound),
        Class::Civilians => return Some(PartyClass::Civilians),
        Class::Excluded => {
            let permitting = version.clauses.iter().position(|c| {
                c.kind == ClauseKind::ContinuingOperations
                    && (c.acts.is_empty() || c.acts.contains(incident.sub_event_type))
                    && c.against.contains(&PartyClass::Excluded)
            });
            match permitting {
                Some(c) => {
                    d.cite(c);
                    (Outcome::Permitted, Reason::PermittedBy { clause: c as u16 })
                }
                None => (Outcome::NotCovered, Reason::AgainstExcludedUnaddressed),
            }
        }
        Class::NotBound => (Outcome::NotCovered, Reason::TargetNotBound),
        Class::Mixed | Class::Unknown => (Outcome::NeedsReview, Reason::TargetUnclear),
        Class::Unidentified => (Outcome::NeedsReview, Reason::TargetUnidentified),
    };
    d.because(reason);
    d.outcome = outcome;
    None
}

/// Cites every clause forbidding the act against `against` (in its zone, if it has one).
fn breaches(
    mut d: Determination,
    version: &TermsVersion,
    incident: &Incident,
    against: PartyClass,
) -> Determination {
    for (i, clause) in version.clauses.iter().enumerate() {
        if clause.kind.forbids_acts()
            && clause.acts.contains(incident.sub_event_type)
            && clause.against.contains(&against)
            && clause
                .zone
                .is_none_or(|z| version.zones[z].contains(&incident.place) == Some(true))
        {
            d.cite(i);
            d.because(Reason::Breaks { clause: i as u16 });
        }
    }
    d
}

/// The outcome once the breached clauses are known.
fn conclude(d: Determination, version: &TermsVersion, incident: &Incident) -> Determination {
    let mut d = d;
    if d.clauses.is_empty() {
        return if d.reasons.contains(&Reason::CiviliansNeedControl) {
            d.review()
        } else {
            d.decide(Outcome::NotCovered, Reason::NoClauseGoverns)
        };
    }
    if incident.self_defence_claimed {
        let clause = version.clauses.iter().position(|c| {
            c.kind == ClauseKind::SelfDefence
                && (c.qualifies.is_empty()
                    || c.qualifies.iter().any(|q| d.clauses.contains(&(*q as u16))))
        });
        if let Some(c) = clause {
            d.cite(c);
        }
        return d.decide(
            Outcome::NeedsReview,
            Reason::SelfDefenceClaimed {
                clause: clause.map(|c| c as u16),
            },
        );
    }
    d.outcome = Outcome::Violation;
    d
}

struct Explainer<'a> {
    agreement: &'a Agreement,
    registry: &'a Registry,
    control: &'a ControlMap,
    incident: &'a Incident,
    version: Option<&'a crate::terms::TermsVersion>,
}

impl Explainer<'_> {
    fn day(&self) -> jiff::civil::Date {
        self.incident
            .time
            .map_or(jiff::civil::Date::MIN, |t| t.start)
    }

    fn name(&self, idx: ActorIdx) -> &str {
        self.registry.actor(idx).name_on(self.day())
    }

    fn version(&self) -> &crate::terms::TermsVersion {
        self.version
            .expect("reasons after version selection have a version")
    }

    fn clause(&self, idx: u16) -> &crate::terms::Clause {
        &self.version().clauses[idx as usize]
    }

    fn span_text(&self) -> String {
        match self.incident.time {
            Some(t) if t.start == t.end => format!("event on {}", t.start),
            Some(t) => format!("event dated {} to {}", t.start, t.end),
            None => "event of unknown date".to_owned(),
        }
    }

    fn sentence(&self, reason: &Reason) -> String {
        let place = || {
            self.incident
                .place
                .name
                .as_deref()
                .unwrap_or("the place")
                .to_owned()
        };
        match *reason {
            Reason::TimeUnknown => "the date of the event is unknown".to_owned(),
            Reason::PlaceUnknown => "the place of the event is unknown".to_owned(),
            Reason::NoVersionInForce => format!("{} is before any version of {} was in force", self.span_text(), self.agreement.id),
            Reason::VersionInForce => format!("terms version {} of {} applies", self.version().id, self.agreement.id),
            Reason::OutsideCountries => format!(
                "{} is in country {}, outside the scope ({})",
                place(),
                self.incident.place.country.as_deref().unwrap_or("?"),
                self.version().scope.countries.join(", ")
            ),
            Reason::OutsideAreas => format!("{} is outside the areas in scope ({})", place(), self.version().scope.areas.join(", ")),
            Reason::AreaUnknown => format!(
                "the terms cover only some areas ({}) and the event's administrative area is unknown or too coarse to tell",
                self.version().scope.areas.join(", ")
            ),
            Reason::BeforeCommencement => format!("{} is before commencement {}", self.span_text(), self.version().commencement),
            Reason::StraddlesCommencement => {
                format!("{} straddles commencement {}: it may have happened before or after", self.span_text(), self.version().commencement)
            }
            Reason::AfterCommencement => format!("{} is after commencement {}", self.span_text(), self.version().commencement),
            Reason::AfterExpiry => format!("{} is after expiry {}", self.span_text(), self.version().expiry.as_ref().map(|e| e.to_string()).unwrap_or_default()),
            Reason::StraddlesExpiry => format!("{} straddles expiry {}", self.span_text(), self.version().expiry.as_ref().map(|e| e.to_string()).unwrap_or_default()),
            Reason::CoordinatesOutsideBoundaries => format!(
                "the coordinates of {} fall outside the country's boundaries: a person must check where it happened",
                place()
            ),
            Reason::NoClauseGoverns => format!("no clause of the terms governs {}", self.incident.sub_event_type),
            Reason::Unresolved { entry } => format!("{:?} is not in the actor registry", self.entry_name(entry)),
            Reason::Standing { entry, standing } => self.standing(entry, &standing),
            Reason::NoActors => "no actor is named".to_owned(),
            Reason::PerpetratorUnidentified => "the perpetrator is not identified".to_owned(),
            Reason::PerpetratorNotBound => "the perpetrator is not a party bound by the terms".to_owned(),
            Reason::PerpetratorUnclear => "the acting side's standing is mixed or unknown: a person must attribute it".to_owned(),
            Reason::TargetUnspecified => "no target is named: whose ground or forces were hit decides it".to_owned(),
            Reason::TargetUnidentified => "the target is not identified".to_owned(),
            Reason::TargetUnclear => "the target side's standing is mixed or unknown: a person must decide".to_owned(),
            Reason::TargetNotBound => "the other side is not a party to the terms".to_owned(),
            Reason::CiviliansNeedControl => {
                "civilians were hit: the terms protect the parties, so who held the ground decides it".to_owned()
            }
            Reason::GroundHeld { record, standing } => {
                let r = self.control.record(record);
                let holders: Vec<&str> = r.holders.iter().map(|h| self.name(*h)).collect();
                let class = match standing.class() {
                    Class::Bound => "bound by the terms",
                    Class::Excluded => "excluded from the terms",
                    Class::NotBound => "not a party",
                    Class::Unknown => "of unknown standing",
                    Class::Mixed => "of mixed standing",
                    Class::Civilians => "civilian",
                    Class::Unidentified => "unidentified",
                };
                format!(
                    "{} was held by {} ({class}) per control record `{}` of layer `{}` ({})",
                    place(),
                    holders.join(" and "),
                    r.id,
                    r.layer,
                    r.source
                )
            }
            Reason::GroundContested { record } => {
                let r = self.control.record(record);
                format!(
                    "{} was contested or changed hands at the time per control record `{}` of layer `{}` ({}): a person must decide whose ground it was",
                    place(),
                    r.id,
                    r.layer,
                    r.source
                )
            }
            Reason::GroundHeldByActingSide => {
                "that is the acting side's own ground, so it does not say whom the act was against: a person must decide".to_owned()
            }
            Reason::TargetComposite => {
                "the other side mixes parties of different standing: who held the ground decides whom the act was against".to_owned()
            }
            Reason::GroundUnknown => {
                format!("no control record says who held {} at the time", place())
            }
            Reason::DirectionUnknown => "both sides are bound; who attacked whom is not stated, so attribution stays open".to_owned(),
            Reason::NoBoundParty => "no side is a party bound by the terms".to_owned(),
            Reason::ExcludedAgainstUnbound => {
                "an excluded group fought a side not known to be bound: the terms forbid nothing here".to_owned()
            }
            Reason::Breaks { clause } => {
                let c = self.clause(clause);
                format!("{} between bound parties breaks clause {} ({})", self.incident.sub_event_type, c.id, c.paraphrase)
            }
            Reason::PermittedBy { clause } => {
                let c = self.clause(clause);
                format!("action against an excluded group is permitted by clause {} ({})", c.id, c.paraphrase)
            }
            Reason::AgainstExcludedUnaddressed => "the target is excluded and the terms say nothing of operations against it".to_owned(),
            Reason::SelfDefenceClaimed { clause } => match clause {
                Some(c) => format!("self-defence is claimed: clause {} allows only proportionate force, which a person must judge", self.clause(c).id),
                None => "self-defence is claimed: a person must judge it".to_owned(),
            },
            Reason::Truncated => "further reasons left out".to_owned(),
        }
    }

    fn class_words(&self, idx: ActorIdx) -> &'static str {
        let version = self.version();
        match version.status.get(idx, self.day()).class() {
            Class::Bound => "bound",
            Class::Excluded => "excluded",
            Class::NotBound => "not bound",
            Class::Unknown => "of unknown standing",
            Class::Mixed => "mixed",
            Class::Civilians => "civilian",
            Class::Unidentified => "unidentified",
        }
    }

    fn entry_name(&self, entry: u8) -> &str {
        &self.incident.actors[entry as usize].name
    }

    fn standing(&self, entry: u8, standing: &Standing) -> String {
        let written = self.entry_name(entry);
        let who = match &self.incident.actors[entry as usize].resolved {
            Resolution::Actor(idx) if self.name(*idx) != written => {
                format!("{written} ({})", self.name(*idx))
            }
            _ => written.to_owned(),
        };
        let mut s = who;
        match *standing {
            Standing::Bound {
                acceptor,
                since,
                link,
            } => {
                let _ = match link {
                    Link::Own => write!(s, " is bound: accepted on {since}"),
                    Link::Affiliated(a) if a == acceptor => write!(
                        s,
                        " is bound: affiliated with {}, which accepted on {since}",
                        self.name(a)
                    ),
                    Link::Member(p) if p == acceptor => write!(
                        s,
                        " is bound: part of {}, which accepted on {since}",
                        self.name(p)
                    ),
                    Link::Affiliated(a) => write!(
                        s,
                        " is bound: affiliated with {}, bound through {}, which accepted on {since}",
                        self.name(a),
                        self.name(acceptor)
                    ),
                    Link::Member(p) => write!(
                        s,
                        " is bound: part of {}, bound through {}, which accepted on {since}",
                        self.name(p),
                        self.name(acceptor)
                    ),
                };
                if let Some(rec) = self
                    .agreement
                    .acceptances
                    .iter()
                    .find(|a| a.actor == acceptor)
                    && let Some(through) = rec.through
                {
                    let _ = write!(s, " (through {})", self.name(through));
                }
            }
            Standing::Excluded {
                excluded,
                basis,
                link,
            } => {
                s.push_str(" is excluded");
                match link {
                    Link::Own => {}
                    Link::Affiliated(a) | Link::Member(a) => {
                        let _ = write!(s, " as part of {}", self.name(a));
                    }
                }
                let _ = match basis {
                    ExclusionBasis::Listed(_) => {
                        write!(s, ": the terms exclude {} by name", self.name(excluded))
                    }
                    ExclusionBasis::Designated { designation, .. } => {
                        let (d, reference) =
                            &self.registry.actor(excluded).designations[designation as usize];
                        write!(
                            s,
                            ": {} is designated on {} ({reference}) since {}",
                            self.name(excluded),
                            self.registry.list(d.list).title,
                            d.since
                        )
                    }
                };
            }
            Standing::NotBound {
                actor,
                withdrew,
                accepts_later,
                declined,
            } => {
                let _ = match (withdrew, accepts_later, declined) {
                    (Some(w), _, _) => write!(
                        s,
                        " is not bound: {} withdrew its acceptance on {w}",
                        self.name(actor)
                    ),
                    (_, Some(l), _) => write!(
                        s,
                        " is not bound yet: {} accepted only on {l}",
                        self.name(actor)
                    ),
                    (_, _, true) => {
                        write!(s, " is not bound: {} declined the terms", self.name(actor))
                    }
                    _ => write!(
                        s,
                        " is not bound: {} never accepted the terms",
                        self.name(actor)
                    ),
                };
            }
            Standing::Unknown { actor } => {
                let _ = write!(
                    s,
                    " has unknown standing: whether {} accepted is not recorded",
                    self.name(actor)
                );
            }
            Standing::Mixed { first, second } => {
                let _ = write!(
                    s,
                    " mixes parties of different standing: {} is {} and {} is {}",
                    self.name(first),
                    self.class_words(first),
                    self.name(second),
                    self.class_words(second)
                );
            }
            Standing::Civilians => s.push_str(" are civilians, not a party"),
            Standing::Unidentified => s.push_str(" is unidentified"),
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::{AreaRelation, area_relation};
    use crate::incident::Place;

    #[test]
    fn places_relate_to_areas_by_pcode_prefix_and_coarseness() {
        let areas = ["SY07".to_owned(), "SY0200".to_owned()];
        let place = |a1: &str, a2: Option<&str>| Place {
            admin1: Some(a1.to_owned()),
            admin2: a2.map(str::to_owned),
            ..Place::default()
        };
        let cases = [
            (place("SY07", None), AreaRelation::Inside),
            (place("SY07", Some("SY0703")), AreaRelation::Inside),
            (place("SY02", Some("SY0200")), AreaRelation::Inside),
            (place("SY02", Some("SY0201")), AreaRelation::Outside),
            (place("SY02", None), AreaRelation::Unknown),
            (place("SY12", None), AreaRelation::Outside),
            (Place::default(), AreaRelation::Unknown),
        ];
        for (p, expected) in cases {
            assert_eq!(area_relation(&p, &areas), expected, "{p:?}");
        }
    }
}
