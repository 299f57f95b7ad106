//! The actor registry: who is who, under which names, inside which umbrella, since when.
//!
//! The file format is documented in `docs/terms-format.md` ("The actor registry").

use std::collections::HashMap;
use std::fmt;

use jiff::civil::Date;
use serde::Deserialize;
use serde_spanned::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceText};
use crate::normalize::name_key;
use crate::toml_file::{FileDate, check_id, parse_toml};

/// Index of an actor in its [`Registry`]; only meaningful with that registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ActorIdx(pub u32);

/// Index of a designation list in its [`Registry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ListIdx(pub u32);

/// What sort of actor this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A state's armed forces, police or intelligence services.
    StateForce,
    /// A non-state armed opposition group.
    RebelGroup,
    /// A pro-government, communal, tribal or ethnic militia.
    Militia,
    /// A group that ceasefires commonly exclude (designated terrorist). Whether it is excluded
    /// from a given agreement is said by that agreement's terms, not by this kind.
    ExcludedGroup,
    /// Civilians (never a party).
    Civilians,
    /// An unidentified armed group or force.
    Unidentified,
    /// A political body or umbrella that speaks for armed groups (e.g. the HNC).
    PoliticalBody,
    /// A name that covers several actors at once (UCDP's "Syrian insurgents").
    Composite,
}

impl ActorKind {
    /// The kind as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::StateForce => "state_force",
            Self::RebelGroup => "rebel_group",
            Self::Militia => "militia",
            Self::ExcludedGroup => "excluded_group",
            Self::Civilians => "civilians",
            Self::Unidentified => "unidentified",
            Self::PoliticalBody => "political_body",
            Self::Composite => "composite",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RegistryFile {
    format: Spanned<u32>,
    #[serde(default)]
    designation_list: Vec<DesignationListFile>,
    #[serde(default)]
    actor: Vec<ActorFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DesignationListFile {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorFile {
    id: Spanned<String>,
    name: String,
    kind: ActorKind,
    #[serde(default)]
    arabic: Option<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    names: Vec<DatedNameFile>,
    #[serde(default)]
    affiliation: Option<Spanned<String>>,
    #[serde(default)]
    parent: Option<Spanned<String>>,
    #[serde(default)]
    members: Vec<Spanned<String>>,
    #[serde(default)]
    designations: Vec<DesignationFile>,
    #[serde(default)]
    sources: Vec<String>,
    #[serde(default)]
    notes: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatedNameFile {
    name: Spanned<String>,
    #[serde(default)]
    from: Option<FileDate>,
    #[serde(default)]
    until: Option<FileDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DesignationFile {
    list: Spanned<String>,
    reference: String,
    since: FileDate,
    #[serde(default)]
    until: Option<FileDate>,
}

/// A name an actor bore during an interval (rebrands).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedName {
    /// The name.
    pub name: String,
    /// First day the name was in use, if known.
    pub from: Option<Date>,
    /// First day the name was no longer in use, if it ended.
    pub until: Option<Date>,
}

/// A list of designated organisations (e.g. the UN Security Council's ISIL and Al-Qaida list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignationList {
    /// Stable id, e.g. `unsc-1267`.
    pub id: String,
    /// Human title.
    pub title: String,
    /// Where the list comes from.
    pub source: Option<String>,
}

/// An actor's entry on a designation list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Designation {
    /// Which list.
    pub list: ListIdx,
    /// First day of the designation.
    pub since: Date,
    /// Delisting date, if any.
    pub until: Option<Date>,
}

impl Designation {
    /// Whether the designation holds on `day`.
    pub fn holds_on(&self, day: Date) -> bool {
        self.since <= day && self.until.is_none_or(|u| day < u)
    }
}

/// One actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable id used in files and in the record.
    pub id: String,
    /// Canonical English name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Arabic name, if known.
    pub arabic: Option<String>,
    /// Other spellings and the forms ACLED and UCDP use.
    pub aliases: Vec<String>,
    /// Names with validity intervals (rebrands).
    pub names: Vec<DatedName>,
    /// The actor it fights for and whose acceptance binds it.
    pub affiliation: Option<ActorIdx>,
    /// The umbrella it belongs to.
    pub parent: Option<ActorIdx>,
    /// For composites: the actors the name covers.
    pub members: Vec<ActorIdx>,
    /// Designations, with the list reference (e.g. `QDe.137`) beside each.
    pub designations: Vec<(Designation, String)>,
    /// Sources for the entry.
    pub sources: Vec<String>,
    /// Free notes (what is uncertain, what was left out).
    pub notes: Option<String>,
}

impl Actor {
    /// The name in use on `day` (a rebranded group under the name it bore then).
    pub fn name_on(&self, day: Date) -> &str {
        self.names
            .iter()
            .find(|n| n.from.is_none_or(|f| f <= day) && n.until.is_none_or(|u| day < u))
            .map_or(&self.name, |n| &n.name)
    }
}

/// What a name resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// One registry actor.
    Actor(ActorIdx),
    /// A comma-joined coalition (UCDP writes sides as "A, B, C"), each part resolved.
    Coalition(Vec<ActorIdx>),
    /// Not in the registry. The caller keeps the name verbatim and flags it.
    Unresolved,
}

/// The actor registry, compiled and indexed.
#[derive(Debug, Clone)]
pub struct Registry {
    actors: Vec<Actor>,
    lists: Vec<DesignationList>,
    by_id: HashMap<String, ActorIdx>,
    by_key: HashMap<String, ActorIdx>,
}

impl Registry {
    /// Parses and checks a registry file.
    pub fn parse(src: SourceText<'_>) -> Result<Self, Diagnostics> {
        let file: RegistryFile = parse_toml(src)?;
        let mut errors = Vec::new();
        if *file.format.get_ref() != 1 {
            errors
                .push(src.diagnostic(Some(file.format.span()), "unsupported `format`: expected 1"));
        }

        let mut lists = Vec::new();
        let mut list_ids = HashMap::new();
        for list in &file.designation_list {
            check_id(src, &list.id, &mut errors);
            if list_ids
                .insert(list.id.get_ref().clone(), ListIdx(lists.len() as u32))
                .is_some()
            {
                errors.push(src.diagnostic(
                    Some(list.id.span()),
                    format!("designation list `{}` is defined twice", list.id.get_ref()),
                ));
            }
            lists.push(DesignationList {
                id: list.id.get_ref().clone(),
                title: list.title.clone(),
                source: list.source.clone(),
            });
        }

        let mut by_id = HashMap::new();
        for (i, actor) in file.actor.iter().enumerate() {
            check_id(src, &actor.id, &mut errors);
            if by_id
                .insert(actor.id.get_ref().clone(), ActorIdx(i as u32))
                .is_some()
            {
                errors.push(src.diagnostic(
                    Some(actor.id.span()),
                    format!("actor `{}` is defined twice", actor.id.get_ref()),
                ));
            }
        }
        let lookup = |r: &Spanned<String>, errors: &mut Vec<Diagnostic>| -> Option<ActorIdx> {
            let found = by_id.get(r.get_ref()).copied();
            if found.is_none() {
                errors.push(src.diagnostic(
                    Some(r.span()),
                    format!(
                        "unknown actor `{}`: expected the `id` of an `[[actor]]` in this registry",
                        r.get_ref()
                    ),
                ));
            }
            found
        };

        let mut actors = Vec::with_capacity(file.actor.len());
        let mut by_key: HashMap<String, ActorIdx> = HashMap::new();
        for (i, a) in file.actor.iter().enumerate() {
            let idx = ActorIdx(i as u32);
            let affiliation = a.affiliation.as_ref().and_then(|r| lookup(r, &mut errors));
            let parent = a.parent.as_ref().and_then(|r| lookup(r, &mut errors));
            let members: Vec<ActorIdx> = a
                .members
                .iter()
                .filter_map(|r| lookup(r, &mut errors))
                .collect();
            if (a.kind == ActorKind::Composite) == a.members.is_empty() {
                errors.push(src.diagnostic(
                    Some(a.id.span()),
                    format!("actor `{}`: `members` are required for kind `composite` and allowed for no other kind", a.id.get_ref()),
                ));
            }
            let mut designations = Vec::new();
            for d in &a.designations {
                match list_ids.get(d.list.get_ref()) {
                    Some(list) => designations.push((Designation { list: *list, since: d.since.0, until: d.until.map(|u| u.0) }, d.reference.clone())),
                    None => errors.push(src.diagnostic(Some(d.list.span()), format!("unknown designation list `{}`: expected the `id` of a `[[designation_list]]`", d.list.get_ref()))),
                }
            }
            for n in &a.names {
                if let (Some(FileDate(f)), Some(FileDate(u))) = (n.from, n.until)
                    && u <= f
                {
                    errors.push(src.diagnostic(
                        Some(n.name.span()),
                        format!(
                            "name `{}` ends ({u}) before it starts ({f})",
                            n.name.get_ref()
                        ),
                    ));
                }
            }
            // Every way of writing the actor, with the span to blame on a clash.
            let own_spelling = [(a.name.as_str(), a.id.span())];
            let spellings = own_spelling
                .into_iter()
                .chain(a.aliases.iter().map(|s| (s.get_ref().as_str(), s.span())))
                .chain(
                    a.names
                        .iter()
                        .map(|n| (n.name.get_ref().as_str(), n.name.span())),
                )
                .chain(a.arabic.iter().map(|s| (s.as_str(), a.id.span())));
            for (spelling, span) in spellings {
                let key = name_key(spelling);
                if key.is_empty() {
                    errors.push(src.diagnostic(
                        Some(span),
                        format!("`{spelling}` has no letters to match on"),
                    ));
                    continue;
                }
                match by_key.get(&key) {
                    Some(other) if *other != idx => errors.push(src.diagnostic(
                        Some(span),
                        format!(
                            "`{spelling}` of actor `{}` is already a name of actor `{}`: a name must identify one actor",
                            a.id.get_ref(),
                            file.actor[other.0 as usize].id.get_ref()
                        ),
                    )),
                    _ => {
                        by_key.insert(key, idx);
                    }
                }
            }
            actors.push(Actor {
                id: a.id.get_ref().clone(),
                name: a.name.clone(),
                kind: a.kind,
                arabic: a.arabic.clone(),
                aliases: a.aliases.iter().map(|s| s.get_ref().clone()).collect(),
                names: a
                    .names
                    .iter()
                    .map(|n| DatedName {
                        name: n.name.get_ref().clone(),
                        from: n.from.map(|d| d.0),
                        until: n.until.map(|d| d.0),
                    })
                    .collect(),
                affiliation,
                parent,
                members,
                designations,
                sources: a.sources.clone(),
                notes: a.notes.clone(),
            });
        }

        let registry = Self {
            actors,
            lists,
            by_id,
            by_key,
        };
        if errors.is_empty() {
            for (i, a) in file.actor.iter().enumerate() {
                if registry.in_cycle(ActorIdx(i as u32)) {
                    errors.push(src.diagnostic(
                        Some(a.id.span()),
                        format!("actor `{}` is its own ancestor through `affiliation`, `parent` or `members`", a.id.get_ref()),
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(registry)
        } else {
            Err(Diagnostics(errors))
        }
    }

    fn in_cycle(&self, start: ActorIdx) -> bool {
        let mut stack: Vec<ActorIdx> = self.links(start).collect();
        let mut seen = vec![false; self.actors.len()];
        while let Some(next) = stack.pop() {
            if next == start {
                return true;
            }
            if !std::mem::replace(&mut seen[next.0 as usize], true) {
                stack.extend(self.links(next));
            }
        }
        false
    }

    fn links(&self, idx: ActorIdx) -> impl Iterator<Item = ActorIdx> + '_ {
        let a = self.actor(idx);
        a.affiliation
            .into_iter()
            .chain(a.parent)
            .chain(a.members.iter().copied())
    }

    /// The actor at `idx`.
    pub fn actor(&self, idx: ActorIdx) -> &Actor {
        &self.actors[idx.0 as usize]
    }

    /// All actors, in file order.
    pub fn actors(&self) -> impl ExactSizeIterator<Item = (ActorIdx, &Actor)> {
        self.actors
            .iter()
            .enumerate()
            .map(|(i, a)| (ActorIdx(i as u32), a))
    }

    /// The number of actors.
    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// Whether the registry is empty.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// The actor with stable id `id`.
    pub fn by_id(&self, id: &str) -> Option<ActorIdx> {
        self.by_id.get(id).copied()
    }

    /// The designation list at `idx`.
    pub fn list(&self, idx: ListIdx) -> &DesignationList {
        &self.lists[idx.0 as usize]
    }

    /// The designation list with stable id `id`.
    pub fn list_by_id(&self, id: &str) -> Option<ListIdx> {
        self.lists
            .iter()
            .position(|l| l.id == id)
            .map(|i| ListIdx(i as u32))
    }

    /// Resolves a name as a source wrote it: an exact match of normalised names (see
    /// [`name_key`]), else, for a comma-joined name, every part resolved on its own.
    pub fn resolve(&self, name: &str) -> Resolution {
        if let Some(idx) = self.by_key.get(&name_key(name)) {
            return Resolution::Actor(*idx);
        }
        if name.contains(',') {
            let parts: Option<Vec<ActorIdx>> = name
                .split(',')
                .filter(|p| !p.trim().is_empty())
                .map(|part| self.by_key.get(&name_key(part)).copied())
                .collect();
            if let Some(parts) = parts.filter(|p| p.len() > 1) {
                return Resolution::Coalition(parts);
            }
        }
        Resolution::Unresolved
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
format = 1

[[designation_list]]
id = "unsc-1267"
title = "UN Security Council ISIL (Da'esh) and Al-Qaida sanctions list"

[[actor]]
id = "nusra"
name = "Jabhat al-Nusra"
kind = "excluded_group"
arabic = "جبهة النصرة"
aliases = ["Al-Nusrah Front", "HTS: Hayat Tahrir al Sham"]
names = [
  { name = "Jabhat al-Nusra", until = 2016-07-28 },
  { name = "Jabhat Fateh al-Sham", from = 2016-07-28, until = 2017-01-28 },
  { name = "Hay'at Tahrir al-Sham", from = 2017-01-28 },
]
designations = [{ list = "unsc-1267", reference = "QDe.137", since = 2013-05-14 }]

[[actor]]
id = "tahrir-al-sham-army"
name = "Jaysh Tahrir al-Sham"
kind = "rebel_group"
aliases = ["Tahrir al-Sham Army"]

[[actor]]
id = "ahrar"
name = "Ahrar al-Sham"
kind = "rebel_group"

[[actor]]
id = "southern-front"
name = "Southern Front"
kind = "rebel_group"
"#;

    fn small() -> Registry {
        Registry::parse(SourceText::new("actors.toml", SMALL)).unwrap()
    }

    #[test]
    fn rebrands_resolve_to_one_actor_and_show_the_name_of_the_day() {
        let r = small();
        let nusra = r.by_id("nusra").unwrap();
        for name in [
            "Jabhat Fateh al-Sham",
            "Hay'at Tahrir al-Sham",
            "HTS: Hayat Tahrir al Sham",
            "جبهة النصرة",
        ] {
            assert_eq!(r.resolve(name), Resolution::Actor(nusra), "{name}");
        }
        let a = r.actor(nusra);
        assert_eq!(a.name_on(jiff::civil::date(2016, 3, 1)), "Jabhat al-Nusra");
        assert_eq!(
            a.name_on(jiff::civil::date(2016, 8, 1)),
            "Jabhat Fateh al-Sham"
        );
        assert_eq!(
            a.name_on(jiff::civil::date(2018, 1, 1)),
            "Hay'at Tahrir al-Sham"
        );
    }

    #[test]
    fn similar_names_of_distinct_groups_stay_distinct() {
        let r = small();
        assert_eq!(
            r.resolve("Tahrir al- Sham Army"),
            Resolution::Actor(r.by_id("tahrir-al-sham-army").unwrap())
        );
        assert_eq!(r.resolve("Tahrir al-Sham"), Resolution::Unresolved);
    }

    #[test]
    fn comma_joined_sides_resolve_part_by_part() {
        let r = small();
        let expected = ["ahrar", "nusra", "southern-front"]
            .map(|id| r.by_id(id).unwrap())
            .to_vec();
        assert_eq!(
            r.resolve("Ahrar al-Sham, Jabhat Fateh al-Sham, Southern Front"),
            Resolution::Coalition(expected)
        );
        assert_eq!(
            r.resolve("Ahrar al-Sham, Nobody Brigade"),
            Resolution::Unresolved
        );
    }

    #[test]
    fn broken_registries_name_the_place_and_the_fix() {
        let cases: &[(&str, &str)] = &[
            (
                "format = 1\n[[actor]]\nid = \"a\"\nname = \"A\"\nkind = \"warlord\"\n",
                "f.toml:5:8: unknown variant `warlord`",
            ),
            (
                "format = 1\n[[actor]]\nid = \"a\"\nname = \"A\"\nkind = \"militia\"\nparent = \"b\"\n",
                "f.toml:6:10: unknown actor `b`",
            ),
            (
                "format = 1\n[[actor]]\nid = \"a\"\nname = \"A\"\nkind = \"militia\"\ncolour = 1\n",
                "f.toml:6:1: unknown field `colour`",
            ),
            (
                "format = 1\n[[actor]]\nid = \"a\"\nname = \"Ahrar al-Sham\"\nkind = \"militia\"\n[[actor]]\nid = \"b\"\nname = \"B\"\nkind = \"militia\"\naliases = [\"Ahrar ash-Sham\"]\n",
                "f.toml:10:12: `Ahrar ash-Sham` of actor `b` is already a name of actor `a`",
            ),
            (
                "format = 1\n[[actor]]\nid = \"a\"\nname = \"A\"\nkind = \"militia\"\nparent = \"b\"\n[[actor]]\nid = \"b\"\nname = \"B\"\nkind = \"militia\"\nparent = \"a\"\n",
                "f.toml:3:6: actor `a` is its own ancestor",
            ),
            (
                "format = 1\n[[actor]]\nid = \"A b\"\nname = \"A\"\nkind = \"militia\"\n",
                "f.toml:3:6: id `A b`",
            ),
        ];
        for (text, expected) in cases {
            let err = Registry::parse(SourceText::new("f.toml", text))
                .unwrap_err()
                .to_string();
            assert!(
                err.starts_with(expected),
                "expected {expected:?}, got {err:?}"
            );
        }
    }
}
