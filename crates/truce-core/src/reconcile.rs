//! One incident from its reports: the casualty figures reconciled without double counting,
//! the verification grade (after Airwars), and the combined record the engine determines.
//!
//! Each source's figures stay on its report; what is computed here is the incident's view.
//!
//! **Independence.** A report's origins are the original sources it cites (see
//! [`SourceReliability::origins`]): two wires quoting one SOHR statement, or UCDP and ACLED
//! rows both citing SOHR, are one source, not two.
//!
//! **Figures.** Reports are grouped by their first origin; an origin's figure is the largest it gave (counts grow as the
//! dead are found). Then, over credible origins: `low` is the largest lower bound, `high`
//! the largest figure, and `best` the median of the origins' best estimates (the lower
//! median for an even count), kept within `[low, high]`. The same dead reported by two
//! sources are never added. Denials count no one. When the best estimates differ by more
//! than half of the larger and by at least [`TOLL_CONFLICT_MIN`], the incident is flagged.

use serde::{Deserialize, Serialize};

use crate::diagnostic::{Diagnostics, SourceText};
use crate::incident::{Attribution, Fatalities, Role};
use crate::normalize::name_key;
use crate::record::{ActorRecord, IncidentRecord};
use crate::toml_file;

/// Best estimates closer than this never conflict (3 against 1 is not a dispute).
pub const TOLL_CONFLICT_MIN: u32 = 5;

/// How far a source is trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    /// Counts toward figures and grades.
    Credible,
    /// Kept and shown, but counts toward nothing while a credible source speaks.
    Unreliable,
}

/// Reliability per source, configured by the mission (`sources.toml`); a source not listed
/// is credible.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceReliability {
    /// (name key of a name or alias, the canonical name, reliability)
    entries: Vec<(String, String, Reliability)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    format: u32,
    #[serde(default)]
    source: Vec<SourceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    reliability: Reliability,
    #[serde(default)]
    #[allow(dead_code, reason = "documentation for the people who keep the file")]
    note: Option<String>,
}

impl SourceReliability {
    /// Parses a `sources.toml` text:
    ///
    /// ```toml
    /// format = 1
    /// [[source]]
    /// name = "SANA"
    /// aliases = ["Syrian Arab News Agency"]
    /// reliability = "unreliable"     # or "credible"
    /// note = "state media; a party's own outlet"
    /// ```
    pub fn parse(src: SourceText<'_>) -> Result<Self, Diagnostics> {
        let file: SourcesFile = toml_file::parse_toml(src)?;
        if file.format != 1 {
            return Err(Diagnostics(vec![src.diagnostic(
                None,
                format!("format {} is not supported (expected 1)", file.format),
            )]));
        }
        let entries = file
            .source
            .into_iter()
            .flat_map(|s| {
                let (r, canonical) = (s.reliability, s.name.clone());
                std::iter::once(s.name)
                    .chain(s.aliases)
                    .map(move |n| (name_key(&n), canonical.clone(), r))
            })
            .collect();
        Ok(Self { entries })
    }

    /// How far `origin` (a source name) is trusted.
    pub fn of(&self, origin: &str) -> Reliability {
        let key = name_key(origin);
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map_or(Reliability::Credible, |(_, _, r)| *r)
    }

    /// The name the file gives a source written under one of its aliases.
    fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        let key = name_key(name);
        self.entries
            .iter()
            .find(|(k, _, _)| *k == key)
            .map_or(name, |(_, c, _)| c.as_str())
    }

    /// The independent origins of a report: the original sources it cites — each `;`-part
    /// of a dataset's source list, the first link of a chain ("SOHR via AFP" is SOHR's) —
    /// under the names this file gives them; a report citing no one is its own origin (its
    /// dataset, or its document).
    pub fn origins(&self, report: &IncidentRecord) -> Vec<String> {
        // Each origin with its key, computed once (an incident's reports are read often).
        let mut found: Vec<(String, String)> = Vec::new();
        let cited = report
            .sources
            .iter()
            .filter_map(|s| s.name.as_deref())
            .flat_map(|n| n.split(';'))
            .map(|n| n.split(" via ").next().unwrap_or(n).trim())
            .filter(|n| !n.is_empty());
        for name in cited {
            let name = self.canonical(name);
            let key = name_key(name);
            if !found.iter().any(|(k, _)| *k == key) {
                found.push((key, name.to_owned()));
            }
        }
        let mut found: Vec<String> = found.into_iter().map(|(_, name)| name).collect();
        if found.is_empty() {
            found.push(match crate::merge::dataset_of(&report.id) {
                Some(dataset) => dataset.to_owned(),
                // A document's own id (`doc:…#from-to` names the document and the characters).
                None => report.sources.first().map_or(report.id.clone(), |s| {
                    s.external_id
                        .split('#')
                        .next()
                        .unwrap_or(&s.external_id)
                        .to_owned()
                }),
            });
        }
        found
    }
}

/// The incident's figures and how they were reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    /// Reconciled deaths.
    pub fatalities: Fatalities,
    /// Credible origins that gave a figure.
    pub origins_counted: u32,
    /// Whether the best estimates conflict beyond the threshold (for review).
    pub conflict: bool,
}

/// Reconciles the figures of an incident's reports (see the module's rule).
pub fn figures(reports: &[IncidentRecord], reliability: &SourceReliability) -> Figures {
    let counted: Vec<(String, Fatalities)> = {
        let mut by_origin: Vec<(String, Fatalities)> = Vec::new();
        // A report's figures belong to the first source it cites.
        let origin = |r: &IncidentRecord| reliability.origins(r).swap_remove(0);
        let credible_exists = reports
            .iter()
            .any(|r| reliability.of(&origin(r)) == Reliability::Credible);
        for r in reports.iter().filter(|r| !r.denial) {
            let o = origin(r);
            if credible_exists && reliability.of(&o) == Reliability::Unreliable {
                continue;
            }
            let f = r.fatalities;
            let Some(best) = f.best.or(f.low).or(f.high) else {
                continue;
            };
            let f = Fatalities {
                low: Some(f.low.unwrap_or(best).min(best)),
                best: Some(best),
                high: Some(f.high.unwrap_or(best).max(best)),
            };
            match by_origin.iter_mut().find(|(k, _)| *k == o) {
                Some((_, g)) => {
                    g.low = g.low.max(f.low);
                    g.best = g.best.max(f.best);
                    g.high = g.high.max(f.high);
                }
                None => by_origin.push((o, f)),
            }
        }
        by_origin
    };
    if counted.is_empty() {
        return Figures {
            fatalities: Fatalities::default(),
            origins_counted: 0,
            conflict: false,
        };
    }
    let low = counted.iter().filter_map(|(_, f)| f.low).max();
    let high = counted.iter().filter_map(|(_, f)| f.high).max();
    let mut bests: Vec<u32> = counted.iter().filter_map(|(_, f)| f.best).collect();
    bests.sort_unstable();
    let median = bests[(bests.len() - 1) / 2];
    let best = median.clamp(low.unwrap_or(0), high.unwrap_or(u32::MAX));
    let (min, max) = (bests[0], bests[bests.len() - 1]);
    Figures {
        fatalities: Fatalities {
            low,
            best: Some(best),
            high,
        },
        origins_counted: counted.len() as u32,
        conflict: max - min >= TOLL_CONFLICT_MIN && min * 2 < max,
    }
}

/// The verification grade of an incident (Airwars' scale, BRIEF.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// A belligerent accepted responsibility.
    Confirmed,
    /// Two or more independent credible sources.
    Fair,
    /// A single source.
    Weak,
    /// Competing claims of responsibility, or a denial.
    Contested,
    /// Not credible (the reason is given).
    Discounted,
}

impl Grade {
    /// Every grade, strongest first.
    pub const ALL: [Grade; 5] = [
        Grade::Confirmed,
        Grade::Fair,
        Grade::Weak,
        Grade::Contested,
        Grade::Discounted,
    ];

    /// The grade as written.
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Confirmed => "confirmed",
            Grade::Fair => "fair",
            Grade::Weak => "weak",
            Grade::Contested => "contested",
            Grade::Discounted => "discounted",
        }
    }
}

impl std::str::FromStr for Grade {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Grade::ALL
            .into_iter()
            .find(|g| g.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "`{s}` is not a grade (expected confirmed, fair, weak, contested or discounted)"
                )
            })
    }
}

/// A grade with the reason a reader is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    /// The grade.
    pub grade: Grade,
    /// Why, in a sentence.
    pub reason: String,
    /// The independent origins, in the order first reported.
    pub origins: Vec<String>,
}

fn actor_label(a: &ActorRecord) -> &str {
    a.actor_id.as_deref().unwrap_or(&a.name)
}

/// Grades an incident from its reports.
pub fn grade(reports: &[IncidentRecord], reliability: &SourceReliability) -> Verification {
    let mut origins: Vec<String> = Vec::new();
    for o in reports.iter().flat_map(|r| reliability.origins(r)) {
        if !origins.contains(&o) {
            origins.push(o);
        }
    }
    let credible: Vec<&String> = origins
        .iter()
        .filter(|o| reliability.of(o) == Reliability::Credible)
        .collect();
    let verdict = |grade, reason: String| Verification {
        grade,
        reason,
        origins: origins.clone(),
    };
    if let Some(denial) = reports.iter().find(|r| r.denial) {
        let who: Vec<&str> = denial.actors.iter().map(actor_label).collect();
        return verdict(
            Grade::Contested,
            format!(
                "denied by {} ({})",
                who.join(", "),
                reliability.origins(denial).join(", ")
            ),
        );
    }
    let perpetrators = |attribution: Attribution| -> Vec<&str> {
        let mut v: Vec<&str> = reports
            .iter()
            .flat_map(|r| &r.actors)
            .filter(|a| a.role == Role::Perpetrator && a.attribution == attribution)
            .map(actor_label)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let claimed = perpetrators(Attribution::Claimed);
    let accused = perpetrators(Attribution::Accused);
    if claimed.len() > 1 {
        return verdict(
            Grade::Contested,
            format!(
                "responsibility claimed by more than one: {}",
                claimed.join(", ")
            ),
        );
    }
    let named_elsewhere: Vec<&str> = accused
        .iter()
        .chain(&perpetrators(Attribution::Known))
        .filter(|a| !claimed.contains(a))
        .copied()
        .collect();
    if let Some(c) = claimed.first() {
        if !named_elsewhere.is_empty() {
            return verdict(
                Grade::Contested,
                format!(
                    "{c} claimed it, other sources name {}",
                    named_elsewhere.join(", ")
                ),
            );
        }
        return verdict(Grade::Confirmed, format!("{c} accepted responsibility"));
    }
    // A party's own outlet confirms its own claim (above), but nothing else.
    if credible.is_empty() {
        return verdict(
            Grade::Discounted,
            format!("only sources rated unreliable: {}", origins.join(", ")),
        );
    }

    if credible.len() >= 2 {
        let names: Vec<&str> = credible.iter().map(|s| s.as_str()).collect();
        return verdict(
            Grade::Fair,
            format!(
                "{} independent credible sources: {}",
                credible.len(),
                names.join(", ")
            ),
        );
    }
    verdict(Grade::Weak, format!("a single source: {}", credible[0]))
}

/// The incident as the engine sees it: the most precisely known report's date, place and
/// type; every actor any report names (the strongest attribution kept; a denial's actors are
/// the deniers, not perpetrators, so they are left out); the reconciled figures; every source.
pub fn combine(
    incident_id: &str,
    reports: &[IncidentRecord],
    reliability: &SourceReliability,
) -> IncidentRecord {
    let lead = reports
        .iter()
        .filter(|r| !r.denial)
        .min_by_key(|r| (crate::merge::vagueness(r), r.id.as_str()))
        .or_else(|| reports.first())
        .expect("an incident has at least one report");
    let mut actors: Vec<ActorRecord> = Vec::new();
    for a in reports.iter().filter(|r| !r.denial).flat_map(|r| &r.actors) {
        let same = |b: &&mut ActorRecord| {
            b.role == a.role
                && match (&a.actor_id, &b.actor_id) {
                    (Some(x), Some(y)) => x == y,
                    (None, None) => {
                        a.members == b.members && (!a.members.is_empty() || a.name == b.name)
                    }
                    _ => false,
                }
        };
        match actors.iter_mut().find(same) {
            Some(b) => {
                if strength(a.attribution) > strength(b.attribution) {
                    b.attribution = a.attribution;
                }
            }
            None => actors.push(a.clone()),
        }
    }
    IncidentRecord {
        id: incident_id.to_owned(),
        actors,
        fatalities: figures(reports, reliability).fatalities,
        sources: reports.iter().flat_map(|r| r.sources.clone()).collect(),
        self_defence_claimed: reports.iter().any(|r| r.self_defence_claimed),
        denial: false,
        protected: reports.iter().any(|r| r.protected),
        ..lead.clone()
    }
}

fn strength(a: Attribution) -> u8 {
    match a {
        Attribution::Claimed => 4,
        Attribution::Known => 3,
        Attribution::Suspected => 2,
        Attribution::Accused => 1,
        Attribution::Unknown => 0,
    }
}
