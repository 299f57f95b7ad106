//! Who is bound, excluded or outside the terms, on which day — precomputed per terms version.
//!
//! An actor's standing follows from its own acceptance record, the exclusions, its
//! designations, and the actors it fights for (`affiliation`) or belongs to (`parent`). All of
//! that changes only on a handful of days (acceptances, withdrawals, designations), so each
//! version tabulates every actor's standing between those days once; a determination then
//! costs one binary search and one table read per actor.

use jiff::civil::Date;

use crate::registry::{ActorIdx, ActorKind, Registry};
use crate::terms::{Acceptance, AcceptanceStatus, Exclusion, ExclusionBasis, TermsVersion};

/// How an actor comes to stand where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Its own record.
    Own,
    /// Through the actor it fights for.
    Affiliated(ActorIdx),
    /// Through the umbrella it belongs to.
    Member(ActorIdx),
}

/// An actor's standing under one terms version on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Bound by the terms, through `acceptor`'s acceptance on `since`.
    Bound {
        /// The actor whose acceptance binds.
        acceptor: ActorIdx,
        /// The day it accepted.
        since: Date,
        /// How the acceptance reaches this actor.
        link: Link,
    },
    /// Excluded from the terms.
    Excluded {
        /// The actor the exclusion names (this one, or the umbrella it belongs to).
        excluded: ActorIdx,
        /// On what ground.
        basis: ExclusionBasis,
        /// How the exclusion reaches this actor.
        link: Link,
    },
    /// Not a party: never accepted, declined, or withdrew.
    NotBound {
        /// The actor whose record (or absence of one) decides.
        actor: ActorIdx,
        /// Set when it had accepted and withdrew on that day.
        withdrew: Option<Date>,
        /// Set when it accepts only later, on that day.
        accepts_later: Option<Date>,
        /// Whether it explicitly declined.
        declined: bool,
    },
    /// No source says whether it accepted.
    Unknown {
        /// The actor with the unknown record.
        actor: ActorIdx,
    },
    /// A composite or a side whose members stand differently.
    Mixed {
        /// A member on one footing.
        first: ActorIdx,
        /// A member on another.
        second: ActorIdx,
    },
    /// Civilians: never a party.
    Civilians,
    /// Unidentified: cannot be placed.
    Unidentified,
}

/// The coarse class of a standing, which the rules read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Bound.
    Bound,
    /// Excluded.
    Excluded,
    /// Not bound.
    NotBound,
    /// Acceptance unknown.
    Unknown,
    /// Mixed.
    Mixed,
    /// Civilians.
    Civilians,
    /// Unidentified.
    Unidentified,
}

impl Standing {
    /// The class the rules read.
    pub fn class(&self) -> Class {
        match self {
            Self::Bound { .. } => Class::Bound,
            Self::Excluded { .. } => Class::Excluded,
            Self::NotBound { .. } => Class::NotBound,
            Self::Unknown { .. } => Class::Unknown,
            Self::Mixed { .. } => Class::Mixed,
            Self::Civilians => Class::Civilians,
            Self::Unidentified => Class::Unidentified,
        }
    }

    /// Combines the standings of actors named together (a composite's members, a side of
    /// several actors): one footing if they share it, else `Mixed` naming two that differ.
    /// An unidentified co-belligerent adds nothing known and does not mix a side.
    pub fn combine(members: impl IntoIterator<Item = (ActorIdx, Standing)>) -> Option<Standing> {
        let mut first: Option<(ActorIdx, Standing)> = None;
        for (idx, standing) in members {
            match first {
                None => first = Some((idx, standing)),
                Some((_, f)) if f.class() == Class::Unidentified => first = Some((idx, standing)),
                Some((_, _)) if standing.class() == Class::Unidentified => {}
                Some((_, Standing::Mixed { .. })) => {}
                Some((_, _)) if matches!(standing, Standing::Mixed { .. }) => {
                    first = Some((idx, standing))
                }
                Some((f_idx, f)) if f.class() != standing.class() => {
                    first = Some((
                        f_idx,
                        Standing::Mixed {
                            first: f_idx,
                            second: idx,
                        },
                    ));
                }
                Some(_) => {}
            }
        }
        first.map(|(_, s)| s)
    }
}

/// Every actor's standing between the days on which standings change.
#[derive(Debug, Clone, Default)]
pub(crate) struct StatusTable {
    /// Days on which some standing changes, ascending; interval `i + 1` starts at `changes[i]`.
    changes: Vec<Date>,
    /// `standings[interval * actors + actor]`.
    standings: Vec<Standing>,
    actors: usize,
}

impl StatusTable {
    pub(crate) fn build(
        registry: &Registry,
        version: &TermsVersion,
        acceptances: &[Acceptance],
    ) -> Self {
        let mut changes: Vec<Date> = Vec::new();
        for a in acceptances {
            changes.extend(a.on.as_ref().map(|on| on.local_day().0));
            changes.extend(a.withdrawn.as_ref().map(|w| w.local_day().0));
        }
        for (_, actor) in registry.actors() {
            for (d, _) in &actor.designations {
                changes.push(d.since);
                changes.extend(d.until);
            }
        }
        changes.sort_unstable();
        changes.dedup();
        let mut record = vec![None; registry.len()];
        for a in acceptances {
            record[a.actor.0 as usize] = Some(a);
        }
        let n = registry.len();
        let mut standings = Vec::with_capacity((changes.len() + 1) * n);
        // The first interval is everything before the first change.
        let days = std::iter::once(Date::MIN).chain(changes.iter().copied());
        for day in days {
            let mut memo: Vec<Option<Standing>> = vec![None; n];
            for i in 0..n {
                let s = standing(
                    registry,
                    version,
                    &record,
                    ActorIdx(i as u32),
                    day,
                    &mut memo,
                );
                standings.push(s);
            }
        }
        Self {
            changes,
            standings,
            actors: n,
        }
    }

    /// The standing of `actor` on `day`.
    #[inline]
    pub(crate) fn get(&self, actor: ActorIdx, day: Date) -> Standing {
        let interval = self.changes.partition_point(|c| *c <= day);
        self.standings[interval * self.actors + actor.0 as usize]
    }
}

fn standing(
    registry: &Registry,
    version: &TermsVersion,
    record: &[Option<&Acceptance>],
    idx: ActorIdx,
    day: Date,
    memo: &mut Vec<Option<Standing>>,
) -> Standing {
    if let Some(s) = memo[idx.0 as usize] {
        return s;
    }
    let s = compute(registry, version, record, idx, day, memo);
    memo[idx.0 as usize] = Some(s);
    s
}

fn compute(
    registry: &Registry,
    version: &TermsVersion,
    record: &[Option<&Acceptance>],
    idx: ActorIdx,
    day: Date,
    memo: &mut Vec<Option<Standing>>,
) -> Standing {
    let actor = registry.actor(idx);
    if let Some(basis) = exclusion(registry, version, idx, day) {
        return Standing::Excluded {
            excluded: idx,
            basis,
            link: Link::Own,
        };
    }
    match actor.kind {
        ActorKind::Civilians => return Standing::Civilians,
        ActorKind::Unidentified => return Standing::Unidentified,
        ActorKind::Composite => {
            let members = actor
                .members
                .iter()
                .map(|m| (*m, standing(registry, version, record, *m, day, memo)));
            return Standing::combine(members).unwrap_or(Standing::Unidentified);
        }
        _ => {}
    }
    if let Some(rec) = record[idx.0 as usize] {
        return own_record(rec, day);
    }
    let inherited = actor
        .affiliation
        .map(|a| (a, Link::Affiliated(a)))
        .or(actor.parent.map(|p| (p, Link::Member(p))));
    match inherited {
        Some((through, link)) => match standing(registry, version, record, through, day, memo) {
            Standing::Bound {
                acceptor, since, ..
            } => Standing::Bound {
                acceptor,
                since,
                link,
            },
            Standing::Excluded {
                excluded, basis, ..
            } => Standing::Excluded {
                excluded,
                basis,
                link,
            },
            other => other,
        },
        None => Standing::NotBound {
            actor: idx,
            withdrew: None,
            accepts_later: None,
            declined: false,
        },
    }
}

fn own_record(rec: &Acceptance, day: Date) -> Standing {
    let on_day = |i: &crate::when::StatedInstant| i.local_day().0;
    match rec.status {
        AcceptanceStatus::Unknown => Standing::Unknown { actor: rec.actor },
        AcceptanceStatus::Declined => Standing::NotBound {
            actor: rec.actor,
            withdrew: None,
            accepts_later: None,
            declined: true,
        },
        AcceptanceStatus::Accepted => {
            let since = rec.on.as_ref().map_or(Date::MIN, on_day);
            let withdrawn = rec.withdrawn.as_ref().map(on_day);
            if day < since {
                Standing::NotBound {
                    actor: rec.actor,
                    withdrew: None,
                    accepts_later: Some(since),
                    declined: false,
                }
            } else if let Some(w) = withdrawn.filter(|w| *w <= day) {
                Standing::NotBound {
                    actor: rec.actor,
                    withdrew: Some(w),
                    accepts_later: None,
                    declined: false,
                }
            } else {
                Standing::Bound {
                    acceptor: rec.actor,
                    since,
                    link: Link::Own,
                }
            }
        }
    }
}

fn exclusion(
    registry: &Registry,
    version: &TermsVersion,
    idx: ActorIdx,
    day: Date,
) -> Option<ExclusionBasis> {
    let actor = registry.actor(idx);
    version
        .exclusions
        .iter()
        .enumerate()
        .find_map(|(i, e)| match e {
            Exclusion::Actor { actor: a, .. } => {
                (*a == idx).then_some(ExclusionBasis::Listed(i as u16))
            }
            Exclusion::Designation {
                list,
                listed_on_or_before,
                ..
            } => actor
                .designations
                .iter()
                .enumerate()
                .find_map(|(j, (d, _))| {
                    let counts = d.list == *list
                        && d.holds_on(day)
                        && listed_on_or_before.is_none_or(|cutoff| d.since <= cutoff);
                    counts.then_some(ExclusionBasis::Designated {
                        exclusion: i as u16,
                        designation: j as u16,
                    })
                }),
        })
}
