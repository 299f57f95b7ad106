//! Who sees what: a pure function of a role and an incident, kept apart from the handlers so
//! that it is tested as data.

use truce_store::StoredIncident;

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// Runs the mission's record: everything.
    Admin,
    /// Reviews and publishes: everything.
    Monitor,
    /// Speaks for a party (its registry id): files reports and allegations, sees its own
    /// side's incidents, the incidents it reported and everything published.
    Liaison {
        /// The party's registry id.
        party: String,
        /// The liaison's user name (its filed reports are `report:NAME.KEY`).
        user: String,
    },
    /// Anyone without a login: published incidents only.
    Public,
}

impl Role {
    /// The role a stored user has.
    pub fn of_user(user: &truce_store::User) -> Option<Self> {
        match (user.role.as_str(), &user.party) {
            ("admin", _) => Some(Self::Admin),
            ("monitor", _) => Some(Self::Monitor),
            ("liaison", Some(p)) => Some(Self::Liaison {
                party: p.clone(),
                user: user.name.clone(),
            }),
            _ => None,
        }
    }

    /// Whether this role sees sources' identities and exact places of protected reports, the
    /// review history and the queue.
    pub fn is_staff(&self) -> bool {
        matches!(self, Self::Admin | Self::Monitor)
    }

    /// Whether this role may file reports and allegations.
    pub fn may_file(&self) -> bool {
        !matches!(self, Self::Public)
    }
}

/// Whether `role` may see `incident` at all.
pub fn sees(role: &Role, incident: &StoredIncident) -> bool {
    match role {
        Role::Admin | Role::Monitor => true,
        Role::Public => incident.published,
        Role::Liaison { party, user } => {
            incident.published || involves(incident, party) || reported_by(incident, user)
        }
    }
}

/// Whether `user` filed one of the incident's reports.
fn reported_by(incident: &StoredIncident, user: &str) -> bool {
    let prefix = format!("report:{user}.");
    incident
        .reports
        .iter()
        .any(|r| r.record.id.starts_with(&prefix))
}

/// Whether a party is named in any report of the incident.
fn involves(incident: &StoredIncident, party: &str) -> bool {
    incident
        .reports
        .iter()
        .flat_map(|r| &r.record.actors)
        .any(|a| a.actor_id.as_deref() == Some(party) || a.members.iter().any(|m| m == party))
}
