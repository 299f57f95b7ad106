//! Who sees what: a role and the audience it belongs to (the store answers for an audience,
//! in SQL over the index and for an assembled incident alike).

use truce_store::Audience;

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

/// What `role` may read of the record.
pub fn audience(role: &Role) -> Audience {
    match role {
        Role::Admin | Role::Monitor => Audience::Everything,
        Role::Public => Audience::Published {
            party: None,
            filer: None,
        },
        Role::Liaison { party, user } => Audience::Published {
            party: Some(party.clone()),
            filer: Some(user.clone()),
        },
    }
}
