//! The record's serialisable forms: an incident as stored and exported, independent of any
//! registry's indices (actors are named by their stable ids).
//!
//! Serialising these with serde_json gives a canonical text: struct fields in declaration
//! order, no maps, integers as integers and floats in shortest round-trip form — the same
//! value always encodes to the same bytes.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::event::SubEventType;
use crate::incident::{Attribution, Fatalities, Incident, IncidentActor, Place, Role, SourceRef};
use crate::registry::{Registry, Resolution};
use crate::when::{DatePrecision, DaySpan};

/// An actor of an incident, by stable registry ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// The name as the source wrote it.
    pub name: String,
    /// The registry actor it resolved to (None for a coalition or an unresolved name).
    pub actor_id: Option<String>,
    /// For a comma-joined coalition: the members' ids.
    pub members: Vec<String>,
    /// Role.
    pub role: Role,
    /// Attribution.
    pub attribution: Attribution,
}

/// An incident as stored: what the sources said, resolved names as stable ids.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentRecord {
    /// Identifier (the external id of its report for now).
    pub id: String,
    /// ACLED event type.
    pub event_type: String,
    /// ACLED sub-event type.
    pub sub_event_type: SubEventType,
    /// First possible day.
    pub date_start: Option<Date>,
    /// Last possible day.
    pub date_end: Option<Date>,
    /// Date precision.
    pub date_precision: Option<DatePrecision>,
    /// Place.
    pub location: Place,
    /// Actors.
    pub actors: Vec<ActorRecord>,
    /// Deaths.
    pub fatalities: Fatalities,
    /// Sources with external references.
    pub sources: Vec<SourceRef>,
    /// Whether self-defence is claimed.
    pub self_defence_claimed: bool,
    /// A counter-claim: the actors named deny the act this report describes (a party's
    /// denial is a report like any other, joined to the incident it answers).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denial: bool,
    /// Source protection: the source's identity and the exact place are for monitors only;
    /// everyone else sees the district and the day.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub protected: bool,
}

impl IncidentRecord {
    /// The record of an incident resolved against `registry`.
    pub fn from_incident(incident: &Incident, registry: &Registry) -> Self {
        let id_of = |idx| registry.actor(idx).id.clone();
        Self {
            id: incident.id.clone(),
            event_type: incident.event_type().name().to_owned(),
            sub_event_type: incident.sub_event_type,
            date_start: incident.time.map(|t| t.start),
            date_end: incident.time.map(|t| t.end),
            date_precision: incident.time.map(|t| t.precision),
            location: incident.place.clone(),
            actors: incident
                .actors
                .iter()
                .map(|a| {
                    let (actor_id, members) = match &a.resolved {
                        Resolution::Actor(idx) => (Some(id_of(*idx)), vec![]),
                        Resolution::Coalition(m) => (None, m.iter().map(|i| id_of(*i)).collect()),
                        Resolution::Unresolved => (None, vec![]),
                    };
                    ActorRecord {
                        name: a.name.clone(),
                        actor_id,
                        members,
                        role: a.role,
                        attribution: a.attribution,
                    }
                })
                .collect(),
            fatalities: incident.fatalities,
            sources: incident.sources.clone(),
            self_defence_claimed: incident.self_defence_claimed,
            denial: false,
            protected: false,
        }
    }

    /// The days the incident may have happened on, when dated.
    pub fn day_span(&self) -> Option<DaySpan> {
        match (self.date_start, self.date_end) {
            (Some(start), Some(end)) => Some(DaySpan {
                start,
                end,
                precision: self.date_precision.unwrap_or(DatePrecision::Day),
            }),
            _ => None,
        }
    }

    /// The incident, with actor ids looked up in `registry`; an id the registry no longer
    /// knows is resolved again from the name as written.
    pub fn to_incident(&self, registry: &Registry) -> Incident {
        Incident {
            id: self.id.clone(),
            sub_event_type: self.sub_event_type,
            actors: self
                .actors
                .iter()
                .map(|a| {
                    let by_ids = match (&a.actor_id, a.members.as_slice()) {
                        (Some(id), _) => registry.by_id(id).map(Resolution::Actor),
                        (None, []) => None,
                        (None, members) => members
                            .iter()
                            .map(|m| registry.by_id(m))
                            .collect::<Option<Vec<_>>>()
                            .map(Resolution::Coalition),
                    };
                    IncidentActor {
                        name: a.name.clone(),
                        resolved: by_ids.unwrap_or_else(|| registry.resolve(&a.name)),
                        role: a.role,
                        attribution: a.attribution,
                    }
                })
                .collect(),
            place: self.location.clone(),
            time: self.day_span(),
            fatalities: self.fatalities,
            sources: self.sources.clone(),
            self_defence_claimed: self.self_defence_claimed,
        }
    }
}
