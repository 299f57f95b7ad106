//! Agreement terms as data: versions, instants, scope, exclusions, clauses, acceptances.
//!
//! The file format is documented in `docs/terms-format.md`. Parsing checks everything that
//! can be checked without other files: keys, types, times, and references to actors (in the
//! registry given) and to clauses and zones (in the file itself).

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;
use serde_spanned::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceText};
use crate::event::ActSet;
use crate::registry::{ActorIdx, Registry};
use crate::status::StatusTable;
use crate::toml_file::{InstantText, check_id, parse_toml};
use crate::when::{DayBoundary, StatedInstant};

// ---------------------------------------------------------------------------------------
// The file as written.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TermsFile {
    format: Spanned<u32>,
    registry: Spanned<String>,
    agreement: AgreementFile,
    version: Vec<VersionFile>,
    #[serde(default)]
    acceptance: Vec<AcceptanceFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgreementFile {
    id: Spanned<String>,
    title: String,
    time_zone: Spanned<String>,
    #[serde(default)]
    co_chairs: Vec<Spanned<String>>,
    #[serde(default)]
    signatories: Vec<Spanned<String>>,
    #[serde(default)]
    monitoring_bodies: Vec<String>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VersionFile {
    id: Spanned<String>,
    #[serde(default)]
    amends: Option<Spanned<String>>,
    #[serde(default)]
    in_force_from: Option<Spanned<InstantText>>,
    #[serde(default)]
    adopted: Option<Spanned<InstantText>>,
    #[serde(default)]
    acceptance_deadline: Option<Spanned<InstantText>>,
    #[serde(default)]
    commencement: Option<Spanned<InstantText>>,
    #[serde(default)]
    expiry: Option<Spanned<InstantText>>,
    #[serde(default)]
    scope: Option<ScopeFile>,
    #[serde(default)]
    zone: Option<Vec<ZoneFile>>,
    #[serde(default)]
    exclusion: Option<Vec<ExclusionFile>>,
    #[serde(default)]
    clause: Option<Vec<ClauseFile>>,
    #[serde(default)]
    sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScopeFile {
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    #[serde(default)]
    areas: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ZoneFile {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    pcodes: Vec<Spanned<String>>,
    #[serde(default)]
    geojson: Option<Spanned<String>>,
    #[serde(default)]
    buffer_km: Option<Spanned<f64>>,
    #[serde(default)]
    description: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExclusionFile {
    #[serde(default)]
    actor: Option<Spanned<String>>,
    #[serde(default)]
    designation: Option<Spanned<String>>,
    #[serde(default)]
    listed_on_or_before: Option<crate::toml_file::FileDate>,
    #[serde(default)]
    reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClauseFile {
    id: Spanned<String>,
    kind: Spanned<ClauseKind>,
    paraphrase: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    acts: Vec<Spanned<String>>,
    #[serde(default)]
    by: Vec<Spanned<PartyClass>>,
    #[serde(default)]
    against: Vec<Spanned<PartyClass>>,
    #[serde(default)]
    zone: Option<Spanned<String>>,
    #[serde(default)]
    qualifies: Vec<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceptanceFile {
    actor: Spanned<String>,
    status: AcceptanceStatus,
    #[serde(default)]
    on: Option<Spanned<InstantText>>,
    #[serde(default)]
    through: Option<Spanned<String>>,
    #[serde(default)]
    withdrawn: Option<Spanned<InstantText>>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    notes: Option<String>,
}

// ---------------------------------------------------------------------------------------
// The compiled model.

/// What a clause does; the rule engine knows these kinds, the terms say what they cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseKind {
    /// Acts the bound parties must not commit (attacks, bombardment…).
    ProhibitedAct,
    /// No acquisition of territory from another party.
    Territory,
    /// Humanitarian access owed; acts listed are those that deny it.
    HumanitarianAccess,
    /// Force in self-defence must be proportionate: a claim of it sends an incident to review.
    SelfDefence,
    /// Operations against excluded groups continue and are permitted.
    ContinuingOperations,
    /// A commitment no incident can be checked against automatically (e.g. join talks).
    Commitment,
}

impl ClauseKind {
    /// Whether the clause forbids the acts it lists.
    pub fn forbids_acts(self) -> bool {
        matches!(
            self,
            Self::ProhibitedAct | Self::Territory | Self::HumanitarianAccess
        )
    }
}

/// Classes of party a clause speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyClass {
    /// Parties bound by the terms at the time.
    Bound,
    /// Civilians.
    Civilians,
    /// Groups the terms exclude.
    Excluded,
}

/// What an acceptance record says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AcceptanceStatus {
    /// The actor accepted (from `on`).
    Accepted,
    /// The actor refused.
    Declined,
    /// No source says whether it accepted: recorded rather than guessed.
    Unknown,
}

/// One clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Stable id cited in determinations.
    pub id: String,
    /// What the clause does.
    pub kind: ClauseKind,
    /// The text it paraphrases.
    pub paraphrase: String,
    /// Where the text comes from.
    pub source: Option<String>,
    /// The acts it governs.
    pub acts: ActSet,
    /// Against whom the acts are forbidden (or, for continuing operations, permitted).
    pub against: Vec<PartyClass>,
    /// The zone it is limited to, if any.
    pub zone: Option<usize>,
    /// For a self-defence clause: the clauses whose breach a self-defence claim puts in
    /// question (indices into the version's clauses; empty: all that forbid acts).
    pub qualifies: Vec<usize>,
}

/// A named area in the terms (a security corridor, a buffer zone).
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    /// Stable id.
    pub id: String,
    /// Human title.
    pub title: String,
    /// OCHA p-codes the zone is made of.
    pub pcodes: Vec<String>,
    /// A GeoJSON file (relative to the terms file), evaluated where geometry is loaded.
    pub geojson: Option<FileRef>,
    /// Width, in kilometres, added on either side of the geometry (a corridor along a road).
    pub buffer_km: Option<f64>,
    /// Words describing it.
    pub description: Option<String>,
    /// The geometry read from `geojson`, once attached ([`Agreement::attach_zone_files`]).
    pub shape: Option<ZoneShape>,
}

/// A zone's geometry: lines (widened by `buffer_km`) and polygons.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneShape {
    /// Lines, e.g. a highway.
    pub lines: Vec<geo::LineString<f64>>,
    /// Polygons.
    pub polygons: Vec<geo::Polygon<f64>>,
}

impl Zone {
    /// Whether a place lies in the zone: by geometry when the zone has one and the place has
    /// coordinates, else by p-code. `None` when neither can tell.
    pub fn contains(&self, place: &crate::incident::Place) -> Option<bool> {
        if let (Some(shape), Some(lat), Some(lon)) = (&self.shape, place.lat, place.lon) {
            let p = geo::Coord { x: lon, y: lat };
            let buffer = self.buffer_km.unwrap_or(0.0);
            let near_line = shape
                .lines
                .iter()
                .any(|l| crate::geometry::km_to_line(p, l) <= buffer);
            let in_polygon = shape.polygons.iter().any(|poly| {
                use geo::Contains;
                poly.contains(&geo::Point(p))
                    || (buffer > 0.0 && crate::geometry::km_to_line(p, poly.exterior()) <= buffer)
            });
            return Some(near_line || in_polygon);
        }
        if self.pcodes.is_empty() {
            return None;
        }
        Some(crate::determine::place_in_areas(place, &self.pcodes))
    }
}

/// A reference from a data file to another file, with where it was written (so that a
/// loader can report a missing or broken file at the reference).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRef {
    /// The path as written, relative to the referring file.
    pub path: String,
    /// Where it was written (the message is empty; fill it when reporting).
    pub at: Diagnostic,
}

impl FileRef {
    /// A located diagnostic about the referenced file.
    pub fn problem(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            ..self.at.clone()
        }
    }
}

/// What places the terms cover.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// ISO 3166-1 alpha-2 codes.
    pub countries: Vec<String>,
    /// OCHA p-codes (any admin level); an incident is inside when one of its p-codes starts with one.
    pub areas: Vec<String>,
}

/// On what ground an actor is excluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExclusionBasis {
    /// Named in the terms' exclusions (index into [`TermsVersion::exclusions`]).
    Listed(u16),
    /// Designated on a list the terms exclude: the exclusion, and the index of the designation
    /// in the actor's [`crate::registry::Actor::designations`].
    Designated {
        /// Index into [`TermsVersion::exclusions`].
        exclusion: u16,
        /// Index into the designated actor's designations.
        designation: u16,
    },
}

/// One exclusion from the terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exclusion {
    /// A named actor.
    Actor {
        /// Which actor.
        actor: ActorIdx,
        /// Why, in the terms' words.
        reason: Option<String>,
    },
    /// Every actor designated on a list (optionally only those listed by a date).
    Designation {
        /// Which list.
        list: crate::registry::ListIdx,
        /// Only designations made on or before this day count, if given.
        listed_on_or_before: Option<Date>,
        /// Why, in the terms' words.
        reason: Option<String>,
    },
}

/// One version of the terms; a later one supersedes from its `in_force_from`.
#[derive(Debug, Clone)]
pub struct TermsVersion {
    /// Stable id, cited in determinations.
    pub id: String,
    /// From when this version governs (None: from the start).
    pub in_force_from: Option<StatedInstant>,
    pub(crate) in_force_boundary: Option<DayBoundary>,
    /// Adoption.
    pub adopted: Option<StatedInstant>,
    /// Deadline for parties to accept.
    pub acceptance_deadline: Option<StatedInstant>,
    /// When the obligations start.
    pub commencement: StatedInstant,
    pub(crate) commencement_boundary: DayBoundary,
    /// When they end, if stated.
    pub expiry: Option<StatedInstant>,
    pub(crate) expiry_boundary: Option<DayBoundary>,
    /// Where the terms apply.
    pub scope: Scope,
    /// Named areas.
    pub zones: Vec<Zone>,
    /// Who is excluded.
    pub exclusions: Vec<Exclusion>,
    /// The clauses.
    pub clauses: Vec<Clause>,
    /// Sources for this version.
    pub sources: Vec<String>,
    pub(crate) status: StatusTable,
}

/// An acceptance record: who accepted, when, through whom, and withdrawals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acceptance {
    /// The accepting actor.
    pub actor: ActorIdx,
    /// Accepted, declined, or unknown.
    pub status: AcceptanceStatus,
    /// When (required for accepted and declined).
    pub on: Option<StatedInstant>,
    /// Through whom it was communicated (a co-chair, an umbrella body).
    pub through: Option<ActorIdx>,
    /// When it was withdrawn.
    pub withdrawn: Option<StatedInstant>,
    /// Source.
    pub source: Option<String>,
    /// Notes.
    pub notes: Option<String>,
}

/// An agreement: identity, versions and the acceptance registry.
#[derive(Debug, Clone)]
pub struct Agreement {
    /// The registry file the terms refer to, relative to the terms file.
    pub registry_path: String,
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// The zone its instants are read and shown in.
    pub time_zone: TimeZone,
    /// Co-chairs (guarantors).
    pub co_chairs: Vec<ActorIdx>,
    /// Signatories.
    pub signatories: Vec<ActorIdx>,
    /// Bodies that monitor it.
    pub monitoring_bodies: Vec<String>,
    /// Sources.
    pub sources: Vec<String>,
    /// Versions, in force order.
    pub versions: Vec<TermsVersion>,
    /// Who accepted.
    pub acceptances: Vec<Acceptance>,
}

/// The registry path a terms file names, read before the registry is loaded.
pub fn registry_reference(src: SourceText<'_>) -> Result<String, Diagnostics> {
    #[derive(Deserialize)]
    struct Head {
        registry: Option<String>,
    }
    let head: Head = toml::from_str(src.text).map_err(|e| {
        Diagnostics(vec![
            src.diagnostic(e.span(), e.message().trim_end().to_owned()),
        ])
    })?;
    head.registry.ok_or_else(|| {
        Diagnostics(vec![src.diagnostic(
            None,
            "missing `registry`: expected the path of the actor registry, relative to this file",
        )])
    })
}

impl Agreement {
    /// Reads the geometry of every zone that names a GeoJSON file. `read` returns the text of
    /// a path as written in the terms (relative to them), or a message saying why it cannot.
    pub fn attach_zone_files(
        &mut self,
        mut read: impl FnMut(&str) -> Result<String, String>,
    ) -> Result<(), Diagnostics> {
        let mut errors = Vec::new();
        for zone in self.versions.iter_mut().flat_map(|v| v.zones.iter_mut()) {
            let Some(file) = &zone.geojson else { continue };
            let text = match read(&file.path) {
                Ok(text) => text,
                Err(why) => {
                    errors.push(file.problem(format!(
                        "zone `{}`: cannot read `{}`: {why}",
                        zone.id, file.path
                    )));
                    continue;
                }
            };
            match zone_shape(&text) {
                Ok(shape) if !shape.lines.is_empty() && zone.buffer_km.is_none() => errors.push(file.problem(format!(
                    "zone `{}`: `{}` holds lines, which enclose nothing: give `buffer_km`, the width on either side",
                    zone.id, file.path
                ))),
                Ok(shape) if shape.lines.is_empty() && shape.polygons.is_empty() => errors.push(file.problem(format!(
                    "zone `{}`: `{}` holds no LineString or Polygon geometry",
                    zone.id, file.path
                ))),
                Ok(shape) => zone.shape = Some(shape),
                Err(why) => errors.push(file.problem(format!("zone `{}`: `{}` is not GeoJSON: {why}", zone.id, file.path))),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Diagnostics(errors))
        }
    }

    /// Parses and checks a terms file against `registry`.
    pub fn parse(src: SourceText<'_>, registry: &Registry) -> Result<Self, Diagnostics> {
        let file: TermsFile = parse_toml(src)?;
        let mut errors = Vec::new();
        let cx = Checker { src, registry };
        if *file.format.get_ref() != 1 {
            errors
                .push(src.diagnostic(Some(file.format.span()), "unsupported `format`: expected 1"));
        }
        check_id(src, &file.agreement.id, &mut errors);
        let time_zone = match TimeZone::get(file.agreement.time_zone.get_ref()) {
            Ok(tz) => tz,
            Err(_) => {
                errors.push(src.diagnostic(
                    Some(file.agreement.time_zone.span()),
                    format!(
                        "unknown time zone `{}`: expected an IANA name such as `Asia/Damascus`",
                        file.agreement.time_zone.get_ref()
                    ),
                ));
                TimeZone::UTC
            }
        };
        let actors = |list: &[Spanned<String>], errors: &mut Vec<Diagnostic>| -> Vec<ActorIdx> {
            list.iter().filter_map(|r| cx.actor(r, errors)).collect()
        };
        let co_chairs = actors(&file.agreement.co_chairs, &mut errors);
        let signatories = actors(&file.agreement.signatories, &mut errors);

        let acceptances = file
            .acceptance
            .iter()
            .filter_map(|a| cx.acceptance(a, &time_zone, &mut errors))
            .collect::<Vec<_>>();
        let mut seen_acceptors = HashSet::new();
        for (a, raw) in acceptances.iter().zip(&file.acceptance) {
            if !seen_acceptors.insert(a.actor) {
                errors.push(src.diagnostic(
                    Some(raw.actor.span()),
                    format!(
                        "actor `{}` has two acceptance records: keep one per actor and agreement",
                        raw.actor.get_ref()
                    ),
                ));
            }
        }

        let versions = cx.versions(&file.version, &time_zone, &acceptances, &mut errors);
        if errors.is_empty() {
            Ok(Self {
                registry_path: file.registry.into_inner(),
                id: file.agreement.id.into_inner(),
                title: file.agreement.title,
                time_zone,
                co_chairs,
                signatories,
                monitoring_bodies: file.agreement.monitoring_bodies,
                sources: file.agreement.sources,
                versions,
                acceptances,
            })
        } else {
            Err(Diagnostics(errors))
        }
    }

    /// The version in force on `day`, if any (none before the first version takes force).
    pub fn version_on(&self, day: Date) -> Option<usize> {
        self.versions
            .iter()
            .rposition(|v| v.in_force_boundary.is_none_or(|b| b.reached_by(day)))
    }

    /// The latest version (the one in force now, if the agreement still is).
    pub fn current_version(&self) -> &TermsVersion {
        self.versions
            .last()
            .expect("a parsed agreement has at least one version")
    }
}

struct Checker<'a> {
    src: SourceText<'a>,
    registry: &'a Registry,
}

impl Checker<'_> {
    fn actor(&self, r: &Spanned<String>, errors: &mut Vec<Diagnostic>) -> Option<ActorIdx> {
        let found = self.registry.by_id(r.get_ref());
        if found.is_none() {
            errors.push(self.src.diagnostic(
                Some(r.span()),
                format!(
                    "unknown actor `{}`: expected the `id` of an actor in the registry",
                    r.get_ref()
                ),
            ));
        }
        found
    }

    fn instant(
        &self,
        text: &Spanned<InstantText>,
        zone: &TimeZone,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<StatedInstant> {
        StatedInstant::parse(&text.get_ref().0, zone)
            .map_err(|e| errors.push(self.src.diagnostic(Some(text.span()), e)))
            .ok()
    }

    fn acceptance(
        &self,
        a: &AcceptanceFile,
        zone: &TimeZone,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<Acceptance> {
        let actor = self.actor(&a.actor, errors);
        let through = a.through.as_ref().and_then(|t| self.actor(t, errors));
        let on = a.on.as_ref().and_then(|t| self.instant(t, zone, errors));
        let withdrawn = a
            .withdrawn
            .as_ref()
            .and_then(|t| self.instant(t, zone, errors));
        if a.status != AcceptanceStatus::Unknown && a.on.is_none() {
            errors.push(self.src.diagnostic(
                Some(a.actor.span()),
                "acceptance without `on`: give the date (or instant) it was accepted or declined, or use status = \"unknown\"",
            ));
        }
        if let (Some(on), Some(w), Some(raw)) = (&on, &withdrawn, &a.withdrawn)
            && w.instant < on.instant
        {
            errors.push(self.src.diagnostic(
                Some(raw.span()),
                format!("withdrawal ({w}) before acceptance ({on})"),
            ));
        }
        Some(Acceptance {
            actor: actor?,
            status: a.status,
            on,
            through,
            withdrawn,
            source: a.source.clone(),
            notes: a.notes.clone(),
        })
    }

    fn versions(
        &self,
        raw: &[VersionFile],
        zone: &TimeZone,
        acceptances: &[Acceptance],
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<TermsVersion> {
        let src = self.src;
        if raw.is_empty() {
            errors.push(src.diagnostic(
                None,
                "no `[[version]]`: expected at least one version of the terms",
            ));
        }
        let mut by_id: HashMap<&str, usize> = HashMap::new();
        let mut versions: Vec<TermsVersion> = Vec::new();
        // Each version's sections as written, or as inherited through `amends`.
        let mut sections: Vec<Sections> = Vec::new();
        for (i, v) in raw.iter().enumerate() {
            check_id(src, &v.id, errors);
            if by_id.insert(v.id.get_ref(), i).is_some() {
                errors.push(src.diagnostic(
                    Some(v.id.span()),
                    format!("version `{}` is defined twice", v.id.get_ref()),
                ));
            }
            let base = match &v.amends {
                Some(a) => {
                    match by_id.get(a.get_ref().as_str()) {
                        Some(&b) if b < i => Some(b),
                        _ => {
                            errors.push(src.diagnostic(Some(a.span()), format!("`amends = \"{}\"`: expected the id of an earlier `[[version]]`", a.get_ref())));
                            None
                        }
                    }
                }
                None => None,
            };
            if i > 0 && v.in_force_from.is_none() {
                errors.push(src.diagnostic(Some(v.id.span()), format!("version `{}` needs `in_force_from`: the instant from which it supersedes the previous version", v.id.get_ref())));
            }
            let inherited = base.map(|b| sections[b].clone()).unwrap_or_default();
            let own = Sections {
                adopted: v.adopted.clone().or(inherited.adopted),
                acceptance_deadline: v
                    .acceptance_deadline
                    .clone()
                    .or(inherited.acceptance_deadline),
                commencement: v.commencement.clone().or(inherited.commencement),
                expiry: v.expiry.clone().or(inherited.expiry),
                scope: v.scope.clone().or(inherited.scope),
                zones: v.zone.clone().or(inherited.zones),
                exclusions: v.exclusion.clone().or(inherited.exclusions),
                clauses: v.clause.clone().or(inherited.clauses),
            };
            if let Some(version) = self.version(v, &own, zone, acceptances, errors) {
                if let (Some(prev), Some(this)) = (
                    versions
                        .last()
                        .and_then(|p: &TermsVersion| p.in_force_from.as_ref()),
                    &version.in_force_from,
                ) && this.instant <= prev.instant
                {
                    errors.push(src.diagnostic(v.in_force_from.as_ref().map(|s| s.span()), format!("`in_force_from` ({this}) must be later than the previous version's ({prev})")));
                }
                versions.push(version);
            }
            sections.push(own);
        }
        versions
    }

    fn version(
        &self,
        v: &VersionFile,
        s: &Sections,
        zone: &TimeZone,
        acceptances: &[Acceptance],
        errors: &mut Vec<Diagnostic>,
    ) -> Option<TermsVersion> {
        let src = self.src;
        let errors_before = errors.len();
        let instant = |t: &Option<Spanned<InstantText>>, errors: &mut Vec<Diagnostic>| {
            t.as_ref().and_then(|t| self.instant(t, zone, errors))
        };
        let in_force_from = instant(&v.in_force_from, errors);
        let adopted = instant(&s.adopted, errors);
        let acceptance_deadline = instant(&s.acceptance_deadline, errors);
        let commencement = instant(&s.commencement, errors);
        let expiry = instant(&s.expiry, errors);
        if s.commencement.is_none() {
            errors.push(src.diagnostic(Some(v.id.span()), format!("version `{}` has no `commencement`: expected e.g. `commencement = \"2016-02-27T00:00:00[Asia/Damascus]\"`", v.id.get_ref())));
            return None;
        }
        // Times must come in the order an agreement lives them.
        let order = [
            ("adopted", &adopted, &s.adopted),
            (
                "acceptance_deadline",
                &acceptance_deadline,
                &s.acceptance_deadline,
            ),
            ("commencement", &commencement, &s.commencement),
            ("expiry", &expiry, &s.expiry),
        ];
        for (i, (later_name, later, later_raw)) in order.iter().enumerate() {
            for (earlier_name, earlier, _) in &order[..i] {
                if let (Some(e), Some(l), Some(raw)) = (earlier, later, later_raw)
                    && l.instant < e.instant
                {
                    errors.push(src.diagnostic(Some(raw.span()), format!("`{later_name}` ({l}) is before `{earlier_name}` ({e}): expected {later_name} at or after {earlier_name}")));
                }
            }
        }
        let scope = s
            .scope
            .as_ref()
            .map(|sc| self.scope(sc, errors))
            .unwrap_or_default();
        let mut zone_ids = HashSet::new();
        for z in s.zones.iter().flatten() {
            if !zone_ids.insert(z.id.get_ref()) {
                errors.push(src.diagnostic(
                    Some(z.id.span()),
                    format!("zone `{}` is defined twice in this version", z.id.get_ref()),
                ));
            }
        }
        let zones: Vec<Zone> = s.zones.iter().flatten().map(|z| {
            check_id(src, &z.id, errors);
            for p in &z.pcodes {
                self.pcode(p, errors);
            }
            if z.pcodes.is_empty() && z.geojson.is_none() {
                errors.push(src.diagnostic(Some(z.id.span()), format!("zone `{}` has neither `pcodes` nor `geojson`: expected one of them", z.id.get_ref())));
            }
            if let Some(g) = &z.geojson && !g.get_ref().ends_with(".geojson") && !g.get_ref().ends_with(".json") {
                errors.push(src.diagnostic(Some(g.span()), format!("`geojson = \"{}\"`: expected a path to a .geojson or .json file", g.get_ref())));
            }
            if let Some(b) = &z.buffer_km
                && z.geojson.is_none()
            {
                errors.push(src.diagnostic(Some(b.span()), "`buffer_km` widens a `geojson` geometry: give the geometry, or drop `buffer_km`"));
            }
            if let Some(b) = &z.buffer_km
                && !(*b.get_ref() > 0.0 && *b.get_ref() <= 500.0)
            {
                errors.push(src.diagnostic(Some(b.span()), format!("`buffer_km = {}`: expected a width in kilometres, above 0 and at most 500", b.get_ref())));
            }
            Zone {
                id: z.id.get_ref().clone(),
                title: z.title.clone(),
                pcodes: z.pcodes.iter().map(|p| p.get_ref().clone()).collect(),
                geojson: z.geojson.as_ref().map(|g| FileRef { path: g.get_ref().clone(), at: src.diagnostic(Some(g.span()), String::new()) }),
                buffer_km: z.buffer_km.as_ref().map(|b| *b.get_ref()),
                description: z.description.clone(),
                shape: None,
            }
        }).collect();
        let exclusions = s
            .exclusions
            .iter()
            .flatten()
            .filter_map(|e| self.exclusion(e, errors))
            .collect::<Vec<_>>();
        let clauses = self.clauses(s.clauses.as_deref().unwrap_or_default(), &zones, v, errors);
        if errors.len() > errors_before {
            return None;
        }
        let commencement = commencement?;
        let mut version = TermsVersion {
            id: v.id.get_ref().clone(),
            in_force_boundary: in_force_from.as_ref().map(DayBoundary::new),
            in_force_from,
            adopted,
            acceptance_deadline,
            commencement_boundary: DayBoundary::new(&commencement),
            commencement,
            expiry_boundary: expiry.as_ref().map(DayBoundary::new),
            expiry,
            scope,
            zones,
            exclusions,
            clauses,
            sources: v.sources.clone(),
            status: StatusTable::default(),
        };
        version.status = StatusTable::build(self.registry, &version, acceptances);
        Some(version)
    }

    fn scope(&self, sc: &ScopeFile, errors: &mut Vec<Diagnostic>) -> Scope {
        for c in &sc.countries {
            let code = c.get_ref();
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                errors.push(self.src.diagnostic(
                    Some(c.span()),
                    format!("country `{code}`: expected an ISO 3166-1 alpha-2 code such as `SY`"),
                ));
            }
        }
        for a in &sc.areas {
            self.pcode(a, errors);
        }
        Scope {
            countries: sc.countries.iter().map(|c| c.get_ref().clone()).collect(),
            areas: sc.areas.iter().map(|a| a.get_ref().clone()).collect(),
        }
    }

    fn pcode(&self, p: &Spanned<String>, errors: &mut Vec<Diagnostic>) {
        let code = p.get_ref();
        let valid = code.len() >= 4
            && code.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
            && code.as_bytes()[2..].iter().all(u8::is_ascii_digit);
        if !valid {
            errors.push(self.src.diagnostic(
                Some(p.span()),
                format!("p-code `{code}`: expected an OCHA p-code such as `SY07` or `SY0700`"),
            ));
        }
    }

    fn exclusion(&self, e: &ExclusionFile, errors: &mut Vec<Diagnostic>) -> Option<Exclusion> {
        match (&e.actor, &e.designation) {
            (Some(actor), None) => {
                if e.listed_on_or_before.is_some() {
                    errors.push(self.src.diagnostic(
                        Some(actor.span()),
                        "`listed_on_or_before` applies to a `designation` list, not to an excluded `actor`",
                    ));
                }
                Some(Exclusion::Actor {
                    actor: self.actor(actor, errors)?,
                    reason: e.reason.clone(),
                })
            }
            (None, Some(list)) => match self.registry.list_by_id(list.get_ref()) {
                Some(idx) => Some(Exclusion::Designation {
                    list: idx,
                    listed_on_or_before: e.listed_on_or_before.map(|d| d.0),
                    reason: e.reason.clone(),
                }),
                None => {
                    errors.push(self.src.diagnostic(Some(list.span()), format!("unknown designation list `{}`: expected the `id` of a `[[designation_list]]` in the registry", list.get_ref())));
                    None
                }
            },
            (Some(a), Some(_)) => {
                errors.push(self.src.diagnostic(
                    Some(a.span()),
                    "an exclusion names either an `actor` or a `designation` list, not both",
                ));
                None
            }
            (None, None) => {
                errors.push(self.src.diagnostic(
                    None,
                    "an `[[version.exclusion]]` needs `actor = \"…\"` or `designation = \"…\"`",
                ));
                None
            }
        }
    }

    fn clauses(
        &self,
        raw: &[ClauseFile],
        zones: &[Zone],
        v: &VersionFile,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<Clause> {
        let src = self.src;
        let mut ids = HashSet::new();
        if raw.is_empty() {
            errors.push(src.diagnostic(
                Some(v.id.span()),
                format!(
                    "version `{}` has no `[[version.clause]]`: expected at least one clause",
                    v.id.get_ref()
                ),
            ));
        }
        raw.iter()
            .map(|c| {
                if c.id.get_ref().is_empty() {
                    errors.push(src.diagnostic(Some(c.id.span()), "empty clause id"));
                }
                if !ids.insert(c.id.get_ref().clone()) {
                    errors.push(src.diagnostic(Some(c.id.span()), format!("clause `{}` is defined twice in this version", c.id.get_ref())));
                }
                let kind = *c.kind.get_ref();
                let mut acts = ActSet::default();
                for act in &c.acts {
                    if let Err(e) = acts.insert_named(act.get_ref()) {
                        errors.push(src.diagnostic(Some(act.span()), format!("{e}: expected e.g. \"Battles\" or \"Explosions/Remote violence/Air/drone strike\"")));
                    }
                }
                if kind.forbids_acts() && c.acts.is_empty() {
                    errors.push(src.diagnostic(Some(c.kind.span()), format!("clause `{}` of kind `{}` needs `acts`: the ACLED event or sub-event types it forbids", c.id.get_ref(), kind_name(kind))));
                }
                if !kind.forbids_acts() && kind != ClauseKind::ContinuingOperations && !c.acts.is_empty() {
                    errors.push(src.diagnostic(Some(c.acts[0].span()), format!("clause kind `{}` takes no `acts`", kind_name(kind))));
                }
                for b in &c.by {
                    if *b.get_ref() != PartyClass::Bound {
                        errors.push(src.diagnostic(Some(b.span()), "`by` accepts only \"bound\": only parties bound by the terms owe anything under them"));
                    }
                }
                if matches!(kind, ClauseKind::SelfDefence | ClauseKind::Commitment)
                    && let Some(first) = c.against.first()
                {
                    errors.push(src.diagnostic(Some(first.span()), format!("clause kind `{}` takes no `against`", kind_name(kind))));
                }
                if kind == ClauseKind::ContinuingOperations
                    && let Some(bad) = c.against.iter().find(|a| *a.get_ref() != PartyClass::Excluded)
                {
                    errors.push(src.diagnostic(Some(bad.span()), "a `continuing_operations` clause permits acts against excluded groups only: `against = [\"excluded\"]`"));
                }
                let mut against: Vec<PartyClass> = c.against.iter().map(|a| *a.get_ref()).collect();
                if kind == ClauseKind::ContinuingOperations && against.is_empty() {
                    against.push(PartyClass::Excluded);
                }
                if kind.forbids_acts() && against.is_empty() {
                    against.push(PartyClass::Bound);
                }
                if kind.forbids_acts()
                    && let Some(bad) = c.against.iter().find(|a| *a.get_ref() == PartyClass::Excluded)
                {
                    errors.push(src.diagnostic(Some(bad.span()), "acts against excluded groups are not forbidden: use a `continuing_operations` clause"));
                }
                let zone = c.zone.as_ref().and_then(|z| {
                    let found = zones.iter().position(|zone| zone.id == *z.get_ref());
                    if found.is_none() {
                        errors.push(src.diagnostic(Some(z.span()), format!("unknown zone `{}`: expected the `id` of a `[[version.zone]]` of this version", z.get_ref())));
                    }
                    found
                });
                if kind != ClauseKind::SelfDefence && !c.qualifies.is_empty() {
                    errors.push(src.diagnostic(Some(c.qualifies[0].span()), "only a `self_defence` clause takes `qualifies`"));
                }
                let qualifies = c
                    .qualifies
                    .iter()
                    .filter_map(|q| {
                        let found = raw.iter().position(|other| other.id.get_ref() == q.get_ref());
                        match found {
                            Some(i) if raw[i].kind.get_ref().forbids_acts() => Some(i),
                            Some(_) => {
                                errors.push(src.diagnostic(Some(q.span()), format!("clause `{}` forbids no acts: `qualifies` names clauses of kind prohibited_act, territory or humanitarian_access", q.get_ref())));
                                None
                            }
                            None => {
                                errors.push(src.diagnostic(Some(q.span()), format!("unknown clause `{}`: expected the `id` of a clause of this version", q.get_ref())));
                                None
                            }
                        }
                    })
                    .collect();
                Clause { id: c.id.get_ref().clone(), kind, paraphrase: c.paraphrase.clone(), source: c.source.clone(), acts, against, zone, qualifies }
            })
            .collect()
    }
}

/// The sections a version may inherit from the version it amends.
#[derive(Debug, Clone, Default)]
struct Sections {
    adopted: Option<Spanned<InstantText>>,
    acceptance_deadline: Option<Spanned<InstantText>>,
    commencement: Option<Spanned<InstantText>>,
    expiry: Option<Spanned<InstantText>>,
    scope: Option<ScopeFile>,
    zones: Option<Vec<ZoneFile>>,
    exclusions: Option<Vec<ExclusionFile>>,
    clauses: Option<Vec<ClauseFile>>,
}

/// The kind as written in files.
pub fn kind_name(kind: ClauseKind) -> &'static str {
    match kind {
        ClauseKind::ProhibitedAct => "prohibited_act",
        ClauseKind::Territory => "territory",
        ClauseKind::HumanitarianAccess => "humanitarian_access",
        ClauseKind::SelfDefence => "self_defence",
        ClauseKind::ContinuingOperations => "continuing_operations",
        ClauseKind::Commitment => "commitment",
    }
}

/// The lines and polygons of a GeoJSON text (a FeatureCollection, a Feature or a geometry).
fn zone_shape(text: &str) -> Result<ZoneShape, String> {
    let json: geojson::GeoJson = text.parse().map_err(|e: geojson::Error| e.to_string())?;
    let collection: geo::GeometryCollection<f64> =
        geo::GeometryCollection::try_from(&json).map_err(|e| e.to_string())?;
    let mut shape = ZoneShape {
        lines: Vec::new(),
        polygons: Vec::new(),
    };
    fn take(g: geo::Geometry<f64>, shape: &mut ZoneShape) {
        match g {
            geo::Geometry::LineString(l) => shape.lines.push(l),
            geo::Geometry::MultiLineString(m) => shape.lines.extend(m.0),
            geo::Geometry::Polygon(p) => shape.polygons.push(p),
            geo::Geometry::MultiPolygon(m) => shape.polygons.extend(m.0),
            geo::Geometry::GeometryCollection(c) => c.0.into_iter().for_each(|g| take(g, shape)),
            _ => {}
        }
    }
    collection.0.into_iter().for_each(|g| take(g, &mut shape));
    Ok(shape)
}
