//! The gazetteer: place names (with their transliterations and Arabic forms) to coordinates
//! and p-codes, best candidate first.
//!
//! Matching is by key, never by free similarity: a name matches a place when their
//! [`place_key`]s are equal (score 1.0) or, failing that, their consonant
//! [`place_skeleton`]s are (score 0.8). A place in the admin area the caller names scores
//! higher; within one score a place comes before an area, a name written exactly as the
//! entry's before a variant, GeoNames before report names, then the better-known place
//! (population, or how often reports name it). Areas nested in one another (a district and
//! its sub-district of one name) are one place, not an ambiguity. Two places of one name more than [`AMBIGUOUS_KM`] apart make the answer
//! ambiguous, and the answer says so.

use geo::Coord;

use crate::admin::AdminAreas;
use crate::geometry::km_between;
use crate::normalize::{name_key, place_key, place_key_of, place_kind, place_skeleton};

/// Two candidates of one name further apart than this are two places, not one.
pub const AMBIGUOUS_KM: f64 = 10.0;

/// Candidates nearer than this to a better one are the same place named by another source.
const SAME_PLACE_KM: f64 = 5.0;

/// Where a gazetteer entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceSource {
    /// An OCHA administrative area (its centroid).
    Admin,
    /// GeoNames populated places.
    GeoNames,
    /// A place name as UCDP wrote it, with UCDP's coordinates.
    Ucdp,
}

impl PlaceSource {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "ocha",
            Self::GeoNames => "geonames",
            Self::Ucdp => "ucdp",
        }
    }
}

/// One place as a source describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceEntry {
    /// The name shown.
    pub name: String,
    /// Other names (transliterations, Arabic).
    pub alternate_names: Vec<String>,
    /// Longitude (x) and latitude (y).
    pub at: Coord<f64>,
    /// Where the entry comes from.
    pub source: PlaceSource,
    /// For an administrative area: its level and p-code.
    pub admin_level: Option<(u8, String)>,
    /// How well known the place is: population, or the number of reports naming it.
    pub weight: f64,
    /// ACLED geo precision of a report placed here: 1 a town or village, 2 near it or a part
    /// of a region (a district, a sub-district), 3 a larger region (a governorate).
    pub precision: u8,
    /// The OCHA p-codes of the point (admin 1, 2, 3), filled when the gazetteer is built.
    pub pcodes: Option<[String; 3]>,
}

impl PlaceEntry {
    /// ACLED geo precision of a report placed here.
    pub fn geo_precision(&self) -> u8 {
        self.precision
    }
}

/// How a name matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// Same consonant skeleton (a transliteration variant).
    Skeleton,
    /// Same place key (spelling, case, diacritics, article).
    Exact,
}

/// A candidate place for a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate<'a> {
    /// The place.
    pub entry: &'a PlaceEntry,
    /// How the name matched.
    pub matched: MatchKind,
    /// 1.0 exact, 0.8 skeleton; +0.1 inside the hinted admin area, −0.1 outside it; ±0.05
    /// when the name's kind word (village, district, governorate) fits the entry or not.
    pub score: f64,
    /// Other sources' entries for the same place (within a few km), folded into this one.
    pub also: usize,
    /// The entry's own name has the searched name's key (written as the entry writes it).
    verbatim: bool,
}

/// The answer to a search.
#[derive(Debug, Clone, PartialEq)]
pub struct Search<'a> {
    /// Best first.
    pub candidates: Vec<Candidate<'a>>,
    /// Whether the best match names more than one place (two villages of one name).
    pub ambiguous: bool,
}

impl<'a> Search<'a> {
    /// The best candidate.
    pub fn best(&self) -> Option<&Candidate<'a>> {
        self.candidates.first()
    }
}

/// Entries by a key of their names. Probed for every capitalised phrase a text holds, so it
/// hashes with foldhash (fixed seed: the keys come from shipped data, and lookups are
/// deterministic) rather than SipHash.
type NameIndex = std::collections::HashMap<String, Vec<u32>, foldhash::fast::FixedState>;

/// The gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<PlaceEntry>,
    /// [`name_key`] of each entry's name, computed once.
    name_keys: Vec<String>,
    by_key: NameIndex,
    by_skeleton: NameIndex,
}

impl Gazetteer {
    /// Builds the gazetteer; each entry gets the p-codes of its point from `admin`, and every
    /// administrative area becomes an entry of its own.
    pub fn new(entries: impl IntoIterator<Item = PlaceEntry>, admin: &AdminAreas) -> Self {
        const COAST_KM: f64 = 2.0;
        let areas = admin.units().iter().map(|u| PlaceEntry {
            name: u.name.clone(),
            alternate_names: u.name_ar.iter().cloned().collect(),
            at: u.centroid,
            source: PlaceSource::Admin,
            admin_level: Some((u.level, u.pcode.clone())),
            weight: 0.0,
            precision: if u.level == 1 { 3 } else { 2 },
            pcodes: None,
        });
        let mut g = Self::default();
        for mut entry in areas.chain(entries) {
            // (A coastal town's point may lie just offshore of the simplified coastline.)
            entry.pcodes = admin.codes_near(entry.at, COAST_KM).map(|c| {
                [
                    c.admin1.to_owned(),
                    c.admin2.to_owned(),
                    c.admin3.to_owned(),
                ]
            });
            let idx = g.entries.len() as u32;
            for name in std::iter::once(&entry.name).chain(&entry.alternate_names) {
                let key = place_key(name);
                if key.is_empty() {
                    continue;
                }
                let skeleton = place_skeleton(&key);
                for (map, k) in [(&mut g.by_key, key), (&mut g.by_skeleton, skeleton)] {
                    let list = map.entry(k).or_default();
                    if list.last() != Some(&idx) {
                        list.push(idx);
                    }
                }
            }
            g.name_keys.push(name_key(&entry.name));
            g.entries.push(entry);
        }
        g
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the gazetteer is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The best candidate for a name: the first that [`Gazetteer::search`] gives, without
    /// folding the rest or judging ambiguity (what a reader of free text needs, for every
    /// capitalised phrase).
    pub fn best(&self, name: &str, within: Option<&str>) -> Option<Candidate<'_>> {
        self.best_keyed(&name_key(name), within)
    }

    /// [`Gazetteer::best`] for a name whose [`name_key`] is known (a reader keys each word of
    /// a run of names once; a phrase's key is its words' keys joined by spaces).
    pub fn best_keyed(&self, key: &str, within: Option<&str>) -> Option<Candidate<'_>> {
        self.best_keyed_where(key, within, |_| true)
    }

    /// The best candidate whose entry `keep` accepts: the first such in
    /// [`Gazetteer::search`]'s answer (folding only ever removes a candidate behind a better
    /// one of its own level).
    pub fn best_where(
        &self,
        name: &str,
        within: Option<&str>,
        keep: impl Fn(&PlaceEntry) -> bool,
    ) -> Option<Candidate<'_>> {
        self.best_keyed_where(&name_key(name), within, keep)
    }

    /// [`Gazetteer::best_where`] for a name whose [`name_key`] is known: the candidate, of
    /// those whose entry `keep` accepts, that [`Gazetteer::search`]'s sort would put first —
    /// without collecting the others.
    pub fn best_keyed_where(
        &self,
        verbatim: &str,
        within: Option<&str>,
        keep: impl Fn(&PlaceEntry) -> bool,
    ) -> Option<Candidate<'_>> {
        let mut best: Option<Candidate<'_>> = None;
        self.each_match(verbatim, within, keep, |c| {
            // Only a better one replaces the best: the first of equals stays, as the stable
            // sort keeps it.
            if best.as_ref().is_none_or(|b| self.rank(&c, b).is_lt()) {
                best = Some(c);
            }
        });
        best
    }

    /// Every entry whose key or skeleton is that of the name keyed `verbatim`, scored: exact
    /// matches first.
    fn matches(&self, verbatim: &str, within: Option<&str>) -> Vec<Candidate<'_>> {
        let mut found = Vec::new();
        self.each_match(verbatim, within, |_| true, |c| found.push(c));
        found
    }

    /// [`Gazetteer::matches`], one at a time, of the entries `keep` accepts (the others are
    /// not scored).
    fn each_match<'g>(
        &'g self,
        verbatim: &str,
        within: Option<&str>,
        keep: impl Fn(&PlaceEntry) -> bool,
        mut found: impl FnMut(Candidate<'g>),
    ) {
        let key = place_key_of(verbatim);
        if key.is_empty() {
            return;
        }
        // Every key's skeleton is indexed too: no skeleton, no match (most phrases of a text).
        let Some(skeleton) = self.by_skeleton.get(&place_skeleton(&key)) else {
            return;
        };
        let kind = verbatim.rsplit(' ').next().and_then(place_kind);
        // Exact matches first, then the rest of the skeleton's (each list holds an entry once,
        // and every exact match is also a skeleton match).
        let exact: &[u32] = self.by_key.get(&key).map_or(&[], Vec::as_slice);
        for (&idx, matched) in exact.iter().map(|i| (i, MatchKind::Exact)).chain(
            skeleton
                .iter()
                .filter(|i| !exact.contains(i))
                .map(|i| (i, MatchKind::Skeleton)),
        ) {
            let entry = &self.entries[idx as usize];
            if !keep(entry) {
                continue;
            }
            let base = match matched {
                MatchKind::Exact => 1.0,
                MatchKind::Skeleton => 0.8,
            };
            let hint = match (within, &entry.pcodes, &entry.admin_level) {
                (Some(area), _, Some((_, own))) if own.starts_with(area) => 0.1,
                (Some(area), Some(codes), _) if codes[2].starts_with(area) => 0.1,
                (Some(_), _, _) => -0.1,
                (None, _, _) => 0.0,
            };
            // The name's own kind word ("… Governorate", "… village") says what is meant;
            // a name written exactly as the entry's (kind word and all) is the strongest match.
            let kind_fit = match kind {
                Some(p) if p == entry.precision => 0.05,
                Some(_) => -0.05,
                None => 0.0,
            };
            found(Candidate {
                entry,
                matched,
                score: base + hint + kind_fit,
                also: 0,
                verbatim: self.name_keys[idx as usize] == verbatim,
            });
        }
    }

    /// The order of candidates: score; then a place before an area of the same name ("Idlib"
    /// the city, not the governorate); a name written as the entry's; GeoNames' populated
    /// places before names as reports wrote them; the better known.
    fn rank(&self, a: &Candidate<'_>, b: &Candidate<'_>) -> std::cmp::Ordering {
        b.score
            .total_cmp(&a.score)
            .then(a.entry.geo_precision().cmp(&b.entry.geo_precision()))
            .then(b.verbatim.cmp(&a.verbatim))
            .then(a.entry.source.cmp(&b.entry.source))
            .then(b.entry.weight.total_cmp(&a.entry.weight))
    }

    /// Candidates for a name, best first. `within` is the p-code of an admin area the same
    /// record names (any level): places inside it rank first, places outside it last.
    pub fn search(&self, name: &str, within: Option<&str>) -> Search<'_> {
        let mut found = self.matches(&name_key(name), within);
        found.sort_by(|a, b| self.rank(a, b));
        // Fold the same place named by several sources into the best-ranked entry.
        let mut candidates: Vec<Candidate<'_>> = Vec::new();
        for c in found {
            match candidates.iter_mut().find(|kept| {
                kept.entry.admin_level == c.entry.admin_level
                    && km_between(kept.entry.at, c.entry.at) < SAME_PLACE_KM
            }) {
                Some(kept) => kept.also += 1,
                None => candidates.push(c),
            }
        }
        let ambiguous = candidates.split_first().is_some_and(|(first, rest)| {
            rest.iter().any(|c| {
                let nested = match (&first.entry.admin_level, &c.entry.admin_level) {
                    (Some((_, a)), Some((_, b))) => {
                        a.starts_with(b.as_str()) || b.starts_with(a.as_str())
                    }
                    _ => false,
                };
                c.matched == first.matched
                    && c.entry.precision == first.entry.precision
                    && !nested
                    && km_between(first.entry.at, c.entry.at) > AMBIGUOUS_KM
            })
        });
        Search {
            candidates,
            ambiguous,
        }
    }
}
