//! The places Truce ships, built into the binary so that it works offline: the OCHA
//! sub-districts of Syria (with their districts and governorates) and a gazetteer of GeoNames
//! populated places (with alternate names, Arabic among them), the place names UCDP writes,
//! and the administrative areas themselves.
//!
//! Pure: the data are compiled in and parsed on first use; nothing is read from disk.
#![forbid(unsafe_code)]

use std::sync::{Arc, LazyLock};

use geo::Coord;
use truce_core::SourceText;
use truce_core::admin::AdminAreas;
use truce_core::gazetteer::{Gazetteer, PlaceEntry, PlaceSource};
use truce_core::incident::{GeoCheck, Place};
use truce_core::normalize::place_key;

const ADMIN3: &str = include_str!("../../../data/geo/syr_admin3_ocha_20160905.geojson");
const ADMIN3_NAME: &str = "data/geo/syr_admin3_ocha_20160905.geojson";
const GEONAMES: &str = include_str!("../../../data/geo/geonames_cities500_SY.csv");
const UCDP_PLACES: &str = include_str!("../../../data/geo/ucdp_syria_event_places.csv");

/// The country the shipped boundaries and gazetteer cover (ISO 3166-1 alpha-2).
pub const COUNTRY: &str = "SY";

/// Boundaries and gazetteer together.
#[derive(Debug)]
pub struct Places {
    /// The administrative areas.
    pub admin: Arc<AdminAreas>,
    /// The gazetteer.
    pub gazetteer: Gazetteer,
}

/// Which sources the gazetteer is built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GazetteerSources {
    /// GeoNames, UCDP place names and the administrative areas: what Truce uses.
    All,
    /// Without the UCDP place names: to measure how far GeoNames alone carries.
    WithoutUcdp,
}

/// The OCHA sub-district boundaries as shipped (GeoJSON text): the base layer of maps.
pub const ADMIN_AREAS_GEOJSON: &str = ADMIN3;

static SHIPPED: LazyLock<Places> = LazyLock::new(|| Places::build(GazetteerSources::All));

/// The shipped places, parsed on first use.
pub fn shipped() -> &'static Places {
    &SHIPPED
}

impl Places {
    /// Builds the places from the shipped data.
    pub fn build(sources: GazetteerSources) -> Self {
        let admin = Arc::new(
            AdminAreas::from_geojson(SourceText::new(ADMIN3_NAME, ADMIN3))
                .expect("the shipped boundaries are valid (checked by the tests)"),
        );
        let mut entries = geonames(GEONAMES);
        if sources == GazetteerSources::All {
            let mut ucdp = ucdp_places(UCDP_PLACES);
            // A UCDP place's second name that another place already bears stays that place's
            // ("Al Eis/Ash Shaykh Isa town" south of Aleppo does not take "Ash Shaykh Isa" from
            // the village near Azaz).
            let named: std::collections::HashSet<String> = entries
                .iter()
                .chain(&ucdp)
                .flat_map(|e| std::iter::once(&e.name).chain(&e.alternate_names))
                .map(|name| place_key(name))
                .collect();
            for entry in &mut ucdp {
                entry.alternate_names = other_names(&entry.name)
                    .into_iter()
                    .filter(|name| !named.contains(&place_key(name)))
                    .collect();
            }
            entries.extend(ucdp);
        }
        let gazetteer = Gazetteer::new(entries, &admin);
        Self { admin, gazetteer }
    }

    /// Gives a place its admin p-codes from its coordinates, and flags coordinates outside
    /// the boundaries or an admin area that disagrees with the source's. A place without
    /// coordinates but with a name gets the best gazetteer match (within the source's
    /// governorate when it gave one), with the precision that match achieves.
    pub fn locate(&self, place: &mut Place) {
        if place.country.as_deref().is_some_and(|c| c != COUNTRY) {
            return;
        }
        match (place.lat, place.lon) {
            (Some(lat), Some(lon)) => match self.admin.codes_at(Coord { x: lon, y: lat }) {
                Some(codes) => {
                    if let Some(stated) = place.admin1.as_deref()
                        && stated != codes.admin1
                    {
                        place.geo_check = Some(GeoCheck::SourceAdminDiffers {
                            stated: stated.to_owned(),
                        });
                    }
                    place.admin1 = Some(codes.admin1.to_owned());
                    place.admin2 = Some(codes.admin2.to_owned());
                    place.admin3 = Some(codes.admin3.to_owned());
                }
                None => place.geo_check = Some(GeoCheck::OutsideBoundaries),
            },
            _ => {
                let Some(name) = place.name.as_deref() else {
                    return;
                };
                let search = self.gazetteer.search(name, place.admin1.as_deref());
                let Some(best) = search.best() else { return };
                let entry = best.entry;
                place.lat = Some(entry.at.y);
                place.lon = Some(entry.at.x);
                place.geo_precision =
                    Some(place.geo_precision.unwrap_or(1).max(entry.geo_precision()));
                if let Some([a1, a2, a3]) = &entry.pcodes {
                    place.admin1 = Some(a1.clone());
                    // A governorate's centroid says nothing of the district.
                    if entry.geo_precision() < 3 {
                        place.admin2 = Some(a2.clone());
                    }
                    if entry.geo_precision() == 1 {
                        place.admin3 = Some(a3.clone());
                    }
                }
                place.geo_check = Some(GeoCheck::FromGazetteer {
                    matched: entry.name.clone(),
                    ambiguous: search.ambiguous,
                });
            }
        }
    }
}

/// The Kurdish names the north-east's own outlets write (Hawar News, North Press, Rudaw) for
/// towns whose GeoNames row lacks them ("Qamishlo –", "Serêkaniyê and the border gate"), by
/// the row's name.
const KURDISH_NAMES: &[(&str, &[&str])] = &[
    ("Al Qāmishlī", &["Qamishlo"]),
    ("Ra’s al ‘Ayn", &["Serêkaniyê", "Serekaniye"]),
    ("Ad Darbāsīyah", &["Dirbêsiyê", "Dirbesiye"]),
    ("Tall Abyaḑ", &["Girê Spî", "Gire Spi"]),
    ("Tall Tamr", &["Til Temir"]),
    ("Al Qaḩţānīyah", &["Tirbespiyê", "Tirbespiye"]),
];

/// The districts of the three great cities that monitors and outlets name alone ("Clashes on
/// the edge of Bab Amr", "mortar rounds hit al-Waer", "barrel bombs on Sukkari"), by the
/// city's row: GeoNames holds no row for them, and an act in a city's district is coded at
/// the city, as ACLED codes it. Only names no other Syrian place bears ("al-Zahraa" is also
/// a town north of Aleppo, "Jobar" a district of Homs and of Damascus, "Midan" of Damascus
/// and of Aleppo, "al-Qusour" of Homs, Deir ez-Zor and Baniyas): those are left to the words
/// around them ("al-Zahraa in Homs").
const CITY_DISTRICTS: &[(&str, &[&str])] = &[
    (
        "Homs",
        &[
            "Baba Amr",
            "Bab Amr",
            "Baba Amro",
            "al-Waer",
            "Waer",
            "al-Wa'er",
            "al-Bayada",
            "Bayada",
            "Karm al-Zeitoun",
            "Jouret al-Shayah",
            "Jourat al-Shayah",
            "Akrama",
            "Inshaat",
            "al-Inshaat",
            "Bab Sbaa",
            "Bab al-Sebaa",
            "Bab Tadmur",
            "Bab Dreib",
            "Qarabis",
            "Deir Baalba",
        ],
    ),
    (
        "Damascus",
        &[
            "Qaboun",
            "al-Qaboun",
            "Barzeh",
            "Tadamon",
            "al-Tadamon",
            "Mezzeh",
            "Mazzeh",
            "Rukn al-Din",
            "Rukn ad-Din",
            "Bab Touma",
            "Qassaa",
            "al-Qassaa",
            "Abbasiyin",
            "Abbassiyin",
            "Kafr Sousa",
            "Kafr Souseh",
        ],
    ),
    (
        "Aleppo",
        &[
            "Salaheddine",
            "Salah al-Din",
            "Saif al-Dawla",
            "Seif al-Dawla",
            "Sheikh Maqsoud",
            "Sheikh Maqsood",
            "Bustan al-Qasr",
            "Sukkari",
            "al-Sukkari",
            "Ansari",
            "al-Ansari",
            "al-Shaar",
            "Hanano",
            "Masaken Hanano",
            "Bab al-Nairab",
            "Kalasa",
            "al-Kalasa",
            "al-Firdous",
            "al-Maadi",
            "Karm al-Jabal",
            "Hamdaniyeh",
            "al-Hamdaniya",
            "Ramouseh",
            "al-Ramouseh",
            "Layramoun",
            "Bani Zeid",
            "Bani Zaid",
            "Bustan al-Basha",
            "al-Sakhour",
            "Tariq al-Bab",
            "Qadi Askar",
            "Jamiliyeh",
        ],
    ),
];

/// GeoNames cities500 rows: `geonameid,name,latitude,longitude,countrycode,admin1code,
/// population,timezone,alternatenames` (alternate names joined by `|`), with
/// [`KURDISH_NAMES`] and [`CITY_DISTRICTS`].
fn geonames(text: &str) -> Vec<PlaceEntry> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            Some(PlaceEntry {
                name: r.get(1)?.to_owned(),
                alternate_names: r
                    .get(8)
                    .unwrap_or("")
                    .split('|')
                    .filter(|n| !n.is_empty())
                    .chain(
                        KURDISH_NAMES
                            .iter()
                            .chain(CITY_DISTRICTS)
                            .filter(|(name, _)| Some(*name) == r.get(1))
                            .flat_map(|(_, others)| others.iter().copied()),
                    )
                    .map(str::to_owned)
                    .collect(),
                at: Coord {
                    x: r.get(3)?.parse().ok()?,
                    y: r.get(2)?.parse().ok()?,
                },
                source: PlaceSource::GeoNames,
                admin_level: None,
                weight: r.get(6)?.parse().unwrap_or(0.0),
                precision: 1,
                pcodes: None,
            })
        })
        .collect()
}

/// The names a UCDP place is written with side by side ("Maar Tahroma/Maarat Hurmah village"),
/// each a name of the place — only where every side is a name (its words capitalised, or a
/// kind word), not a description ("Silos east of Palmyra/Tadmur", "Water
/// treatment/pumping station …"); and only the names of two words or more: a single word may
/// be anything else ("Dahiet Elasad/Al Assad suburb" would make the president's name a place,
/// "Has/Hassef town" an English word).
fn other_names(name: &str) -> Vec<String> {
    use truce_core::normalize::{name_key, place_kind};
    let is_kind = |word: &str| place_kind(&name_key(word)).is_some();
    let sides: Vec<&str> = name.split('/').map(str::trim).collect();
    let is_name = |side: &&str| {
        !side.is_empty()
            && side
                .split_whitespace()
                .all(|word| word.starts_with(|c: char| c.is_uppercase()) || is_kind(word))
    };
    if sides.len() < 2 || !sides.iter().all(is_name) {
        return Vec::new();
    }
    let words = |side: &str| {
        side.split_whitespace()
            .filter(|w| !is_kind(w) && !name_key(w).is_empty())
            .count()
    };
    sides
        .into_iter()
        .filter(|side| words(side) >= 2)
        .map(str::to_owned)
        .collect()
}

/// UCDP place rows: `where_coordinates,adm_1,adm_2,latitude,longitude,where_prec,n_events`.
/// UCDP's `where_prec` becomes ACLED's geo precision: 1 the place (1), 2 within 25 km or 3 a
/// district (2), 4–5 a governorate or a named region (3); 6–7 (the country) place nothing.
fn ucdp_places(text: &str) -> Vec<PlaceEntry> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            let precision: u8 = match r.get(5)? {
                "1" => 1,
                "2" | "3" => 2,
                "4" | "5" => 3,
                _ => return None,
            };
            // A name that says it is an area ("Jabal al Akrad mountain", "… district") is one,
            // whatever precision an event there was coded with.
            let name = r.get(0)?;
            let kind = name.rsplit(' ').next().and_then(|word| {
                truce_core::normalize::place_kind(&truce_core::normalize::name_key(word))
            });
            let precision = precision.max(kind.unwrap_or(1));
            Some(PlaceEntry {
                name: name.to_owned(),
                alternate_names: Vec::new(),
                at: Coord {
                    x: r.get(4)?.parse().ok()?,
                    y: r.get(3)?.parse().ok()?,
                },
                source: PlaceSource::Ucdp,
                admin_level: None,
                weight: r.get(6)?.parse().unwrap_or(0.0),
                precision,
                pcodes: None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::other_names;

    #[test]
    fn a_ucdp_place_written_two_ways_has_each_name_of_two_words_or_more() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Maar Tahroma/Maarat Hurmah village",
                &["Maar Tahroma", "Maarat Hurmah village"],
            ),
            (
                "Sharanli / Khirbat Sharan village",
                &["Khirbat Sharan village"],
            ),
            // A single word may be anything: the president's name, an English word.
            ("Dahiet Elasad/Al Assad suburb", &["Dahiet Elasad"]),
            ("Has/Hassef town", &[]),
            // A description is no name.
            ("Silos east of Palmyra/Tadmur", &[]),
            ("Water treatment/pumping station Jazirah area", &[]),
            ("Tadmur town", &[]),
        ];
        for &(name, expected) in cases {
            assert_eq!(other_names(name), expected, "{name:?}");
        }
    }
}
