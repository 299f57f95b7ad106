//! Incidents, after the ACLED and UCDP conventions.

use serde::{Deserialize, Serialize};

use crate::event::{EventType, SubEventType};
use crate::registry::Resolution;
use crate::when::DaySpan;

/// What an actor did in an incident. ACLED and UCDP sides carry no direction, so
/// `Participant` is the honest role when a source does not say who attacked whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Carried out the act.
    Perpetrator,
    /// Was acted against.
    Target,
    /// Took part; direction not stated.
    Participant,
}

/// How the perpetrator is known (the BRIEF's second question).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// The actor claimed it.
    Claimed,
    /// Established by the sources.
    Known,
    /// Suspected (the sources do not name the actor with certainty).
    Suspected,
    /// Accused by someone (a party, a monitor) of a pattern or an act.
    Accused,
    /// Not known.
    Unknown,
}

/// An actor as named by the sources, with what the registry made of the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentActor {
    /// The name as written (kept verbatim, also when unresolved).
    pub name: String,
    /// What the registry resolved it to.
    pub resolved: Resolution,
    /// Role in the incident.
    pub role: Role,
    /// How the role is known.
    pub attribution: Attribution,
}

/// Where it happened.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The place name as written.
    pub name: Option<String>,
    /// WGS84 latitude.
    pub lat: Option<f64>,
    /// WGS84 longitude.
    pub lon: Option<f64>,
    /// ISO 3166-1 alpha-2 country code.
    pub country: Option<String>,
    /// OCHA p-code of the governorate (admin 1).
    pub admin1: Option<String>,
    /// OCHA p-code of the district (admin 2).
    pub admin2: Option<String>,
    /// OCHA p-code of the sub-district (admin 3).
    pub admin3: Option<String>,
    /// ACLED geo precision: 1 the place itself, 2 near it / a part of a region, 3 a larger region.
    pub geo_precision: Option<u8>,
    /// What checking the place against the boundaries and the gazetteer found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub geo_check: Option<GeoCheck>,
}

/// A finding about a place's coordinates, kept with it so that nothing is silently changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "check")]
pub enum GeoCheck {
    /// The coordinates fall outside the country's boundaries (kept as reported).
    OutsideBoundaries,
    /// The boundaries put the coordinates in another governorate than the source named
    /// (`stated`); the p-codes follow the coordinates.
    SourceAdminDiffers {
        /// The governorate p-code the source's own admin name gave.
        stated: String,
    },
    /// The source gave no coordinates; they come from this gazetteer entry.
    FromGazetteer {
        /// The gazetteer name matched.
        matched: String,
        /// Whether the name fits more than one place.
        ambiguous: bool,
    },
}

impl Place {
    /// Whether anything locates the incident at all.
    pub fn is_known(&self) -> bool {
        (self.lat.is_some() && self.lon.is_some()) || self.admin1.is_some() || self.name.is_some()
    }

    /// The p-codes known for the place, most detailed first.
    pub fn pcodes(&self) -> impl Iterator<Item = &str> {
        [&self.admin3, &self.admin2, &self.admin1]
            .into_iter()
            .flatten()
            .map(String::as_str)
    }
}

/// Deaths, after UCDP's low/best/high (deaths only; injuries are not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fatalities {
    /// Lowest credible count.
    pub low: Option<u32>,
    /// Best estimate.
    pub best: Option<u32>,
    /// Highest credible count.
    pub high: Option<u32>,
}

/// A source of the incident, with its reference in an external dataset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// `ucdp:313373`, `acled:SYR12345`.
    pub external_id: String,
    /// Who reported (e.g. SOHR).
    pub name: Option<String>,
}

/// One incident.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    /// Identifier within the record.
    pub id: String,
    /// ACLED sub-event type (the event type follows from it).
    pub sub_event_type: SubEventType,
    /// Actors with roles.
    pub actors: Vec<IncidentActor>,
    /// Place.
    pub place: Place,
    /// Days it may have happened on, in the local calendar; None when unknown.
    pub time: Option<DaySpan>,
    /// Deaths.
    pub fatalities: Fatalities,
    /// Sources.
    pub sources: Vec<SourceRef>,
    /// Whether the acting party claims it acted in self-defence.
    pub self_defence_claimed: bool,
}

impl Incident {
    /// ACLED event type.
    pub fn event_type(&self) -> EventType {
        self.sub_event_type.event_type()
    }
}
