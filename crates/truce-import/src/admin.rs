//! Governorate names as datasets write them, mapped to OCHA admin-1 p-codes.
//!
//! A stop-gap until places are resolved by point-in-polygon against the OCHA boundaries:
//! it reads the governorate a source names, it does not locate coordinates.

use std::collections::HashMap;
use std::sync::LazyLock;

use truce_core::normalize::name_key;

/// (p-code, spellings) for Syria's fourteen governorates (OCHA, UCDP and GeoNames forms).
const GOVERNORATES: &[(&str, &[&str])] = &[
    ("SY01", &["Damascus", "Damascus Governorate", "Dimashq"]),
    ("SY02", &["Aleppo", "Aleppo Governorate", "Halab"]),
    (
        "SY03",
        &[
            "Rural Damascus",
            "Rif Dimashq",
            "Rif Dimashq Governorate",
            "Damascus Countryside",
            "Reef Damascus",
            // State media's English name.
            "Damascus Suburbs",
        ],
    ),
    ("SY04", &["Homs", "Homs Governorate", "Hims"]),
    (
        "SY05",
        &["Hama", "Hamah", "Hamah Governorate", "Hama Governorate"],
    ),
    (
        "SY06",
        &[
            "Lattakia",
            "Latakia",
            "Latakia Governorate",
            "Al Ladhiqiyah",
        ],
    ),
    ("SY07", &["Idleb", "Idlib", "Idlib Governorate"]),
    (
        "SY08",
        &[
            "Al-Hasakeh",
            "Al Hasakah",
            "Al Hasakah Governorate",
            "Hasakah",
            "Al-Hasakah",
        ],
    ),
    (
        "SY09",
        &[
            "Deir-ez-Zor",
            "Deir ez Zor",
            "Deir ez Zor Governorate",
            "Dayr az Zawr",
            "Deir ez-Zor",
            "Deir Ezzor",
        ],
    ),
    ("SY10", &["Tartous", "Tartus", "Tartus Governorate"]),
    (
        "SY11",
        &[
            "Ar-Raqqa",
            "Ar Raqqa",
            "Ar Raqqah",
            "Ar Raqqah Governorate",
            "Raqqa",
        ],
    ),
    ("SY12", &["Dar'a", "Daraa", "Daraa Governorate", "Deraa"]),
    (
        "SY13",
        &[
            "As-Sweida",
            "As Suwayda",
            "As Suwayda Governorate",
            "As Sweida",
            "Sweida",
            "Suwayda",
        ],
    ),
    (
        "SY14",
        &["Quneitra", "Quneitra Governorate", "Al Qunaytirah"],
    ),
];

/// The admin-1 p-code for a governorate name, if it is one.
pub fn governorate_pcode(name: &str) -> Option<&'static str> {
    // Built once: importers ask for every row, mostly in a spelling listed here verbatim.
    static BY_SPELLING: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        GOVERNORATES
            .iter()
            .flat_map(|(pcode, names)| names.iter().map(|n| (*n, *pcode)))
            .collect()
    });
    static BY_KEY: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
        GOVERNORATES
            .iter()
            .flat_map(|(pcode, names)| names.iter().map(|n| (name_key(n), *pcode)))
            .collect()
    });
    BY_SPELLING
        .get(name)
        .or_else(|| BY_KEY.get(&name_key(name)))
        .copied()
}

/// The governorate's English name for a p-code.
pub fn governorate_name(pcode: &str) -> Option<&'static str> {
    GOVERNORATES
        .iter()
        .find(|(p, _)| *p == pcode)
        .map(|(_, names)| names[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ucdp_governorate_names_map_to_pcodes() {
        assert_eq!(governorate_pcode("Rif Dimashq Governorate"), Some("SY03"));
        assert_eq!(governorate_pcode("Deir ez Zor Governorate"), Some("SY09"));
        assert_eq!(governorate_pcode("Hamah Governorate"), Some("SY05"));
        assert_eq!(governorate_pcode("suwayda"), Some("SY13"));
        assert_eq!(governorate_pcode("damascus suburbs"), Some("SY03"));
        assert_eq!(governorate_pcode("Gotham"), None);
        assert_eq!(governorate_name("SY12"), Some("Dar'a"));
    }

    #[test]
    fn acled_governorate_names_map_to_pcodes() {
        for (name, pcode) in [
            ("Damascus", "SY01"),
            ("Aleppo", "SY02"),
            ("Rural Damascus", "SY03"),
            ("Homs", "SY04"),
            ("Hama", "SY05"),
            ("Lattakia", "SY06"),
            ("Idleb", "SY07"),
            ("Al-Hasakeh", "SY08"),
            ("Al Hasakeh", "SY08"),
            ("Deir-ez-Zor", "SY09"),
            ("Tartous", "SY10"),
            ("Ar-Raqqa", "SY11"),
            ("Ar Raqqa", "SY11"),
            ("Dar'a", "SY12"),
            ("As-Sweida", "SY13"),
            ("As Sweida", "SY13"),
            ("Quneitra", "SY14"),
        ] {
            assert_eq!(governorate_pcode(name), Some(pcode), "{name}");
        }
    }
}
