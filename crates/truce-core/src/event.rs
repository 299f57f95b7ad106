//! The ACLED event taxonomy: 6 event types and 25 sub-event types.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

macro_rules! taxonomy {
    ($( $event:ident = $event_name:literal { $( $sub:ident = $sub_name:literal ),+ $(,)? } )+) => {
        /// ACLED's event types.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum EventType { $( #[doc = $event_name] $event, )+ }

        /// ACLED's sub-event types; each belongs to one event type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum SubEventType { $( $( #[doc = $sub_name] $sub, )+ )+ }

        impl EventType {
            /// Every event type, in ACLED's order.
            pub const ALL: &[EventType] = &[ $( EventType::$event, )+ ];

            /// ACLED's spelling.
            pub fn name(self) -> &'static str {
                match self { $( EventType::$event => $event_name, )+ }
            }

            /// The sub-event types of this event type.
            pub fn sub_event_types(self) -> &'static [SubEventType] {
                match self { $( EventType::$event => &[ $( SubEventType::$sub, )+ ], )+ }
            }
        }

        impl SubEventType {
            /// Every sub-event type, in ACLED's order.
            pub const ALL: &[SubEventType] = &[ $( $( SubEventType::$sub, )+ )+ ];

            /// ACLED's spelling.
            pub fn name(self) -> &'static str {
                match self { $( $( SubEventType::$sub => $sub_name, )+ )+ }
            }

            /// The event type this sub-event type belongs to.
            pub fn event_type(self) -> EventType {
                match self { $( $( SubEventType::$sub => EventType::$event, )+ )+ }
            }
        }
    };
}

taxonomy! {
    Battles = "Battles" {
        ArmedClash = "Armed clash",
        GovernmentRegainsTerritory = "Government regains territory",
        NonStateActorOvertakesTerritory = "Non-state actor overtakes territory",
    }
    Explosions = "Explosions/Remote violence" {
        ChemicalWeapon = "Chemical weapon",
        AirDroneStrike = "Air/drone strike",
        SuicideBomb = "Suicide bomb",
        ShellingArtilleryMissile = "Shelling/artillery/missile attack",
        RemoteExplosive = "Remote explosive/landmine/IED",
        Grenade = "Grenade",
    }
    ViolenceAgainstCivilians = "Violence against civilians" {
        SexualViolence = "Sexual violence",
        Attack = "Attack",
        Abduction = "Abduction/forced disappearance",
    }
    Protests = "Protests" {
        PeacefulProtest = "Peaceful protest",
        ProtestWithIntervention = "Protest with intervention",
        ExcessiveForceAgainstProtesters = "Excessive force against protesters",
    }
    Riots = "Riots" {
        ViolentDemonstration = "Violent demonstration",
        MobViolence = "Mob violence",
    }
    StrategicDevelopments = "Strategic developments" {
        Agreement = "Agreement",
        Arrests = "Arrests",
        ChangeToGroupActivity = "Change to group/activity",
        DisruptedWeaponsUse = "Disrupted weapons use",
        HeadquartersOrBaseEstablished = "Headquarters or base established",
        LootingPropertyDestruction = "Looting/property destruction",
        NonViolentTransferOfTerritory = "Non-violent transfer of territory",
        Other = "Other",
    }
}

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A name that is not an ACLED event or sub-event type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an ACLED event type or sub-event type")]
pub struct UnknownEventName(pub String);

impl FromStr for EventType {
    type Err = UnknownEventName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = key(s);
        Self::ALL
            .iter()
            .copied()
            .find(|t| key(t.name()) == k)
            .ok_or_else(|| UnknownEventName(s.to_owned()))
    }
}

impl FromStr for SubEventType {
    type Err = UnknownEventName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = key(s);
        Self::ALL
            .iter()
            .copied()
            .find(|t| key(t.name()) == k)
            .ok_or_else(|| UnknownEventName(s.to_owned()))
    }
}

impl fmt::Display for SubEventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.event_type().name(), self.name())
    }
}

impl Serialize for SubEventType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for SubEventType {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A set of sub-event types, as a clause lists the acts it governs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ActSet(u32);

impl ActSet {
    /// Adds one sub-event type.
    pub fn insert(&mut self, sub: SubEventType) {
        self.0 |= 1 << sub as u8;
    }

    /// Whether the set holds `sub`.
    pub fn contains(self, sub: SubEventType) -> bool {
        self.0 & (1 << sub as u8) != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Parses one entry of a clause's `acts` list: an event type (`"Battles"`, all of its
    /// sub-event types) or `"Event type/Sub-event type"`; a sub-event type's name alone is
    /// accepted when it is unambiguous.
    pub fn insert_named(&mut self, entry: &str) -> Result<(), UnknownEventName> {
        if let Ok(event) = entry.parse::<EventType>() {
            event.sub_event_types().iter().for_each(|s| self.insert(*s));
            return Ok(());
        }
        // Event type names contain '/', so try every split point.
        for (i, _) in entry.match_indices('/') {
            let (event, sub) = (&entry[..i], &entry[i + 1..]);
            if let (Ok(event), Ok(sub)) = (event.parse::<EventType>(), sub.parse::<SubEventType>())
                && sub.event_type() == event
            {
                self.insert(sub);
                return Ok(());
            }
        }
        self.insert(entry.parse::<SubEventType>()?);
        Ok(())
    }

    /// The sub-event types in the set, in ACLED order.
    pub fn iter(self) -> impl Iterator<Item = SubEventType> {
        SubEventType::ALL
            .iter()
            .copied()
            .filter(move |s| self.contains(*s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acled_has_six_event_types_and_twenty_five_sub_event_types() {
        assert_eq!(EventType::ALL.len(), 6);
        assert_eq!(SubEventType::ALL.len(), 25);
        for sub in SubEventType::ALL {
            assert!(sub.event_type().sub_event_types().contains(sub));
        }
    }

    #[test]
    fn act_sets_parse_types_and_sub_types() {
        let mut set = ActSet::default();
        set.insert_named("Explosions/Remote violence").unwrap();
        set.insert_named("Battles/Armed clash").unwrap();
        set.insert_named("Explosions/Remote violence/Air/drone strike")
            .unwrap();
        assert!(set.contains(SubEventType::AirDroneStrike));
        assert!(set.contains(SubEventType::Grenade));
        assert!(set.contains(SubEventType::ArmedClash));
        assert!(!set.contains(SubEventType::GovernmentRegainsTerritory));
        assert_eq!(set.iter().count(), 7);
        assert!(set.insert_named("Battles/Air/drone strike").is_err());
        assert!(set.insert_named("Skirmish").is_err());
    }
}
