//! Country codes as datasets write them, mapped to ISO 3166-1 alpha-2.
//!
//! A small table of Syria and its neighbours, enough for the scenarios at hand; a country not
//! in it is left unset rather than guessed.

/// (alpha-2, numeric, alpha-3, English names as UCDP and ACLED write them).
const COUNTRIES: &[(&str, u16, &str, &[&str])] = &[
    ("SY", 760, "SYR", &["Syria", "Syrian Arab Republic"]),
    ("IQ", 368, "IRQ", &["Iraq"]),
    ("TR", 792, "TUR", &["Turkey", "Türkiye", "Turkiye"]),
    ("LB", 422, "LBN", &["Lebanon"]),
    ("JO", 400, "JOR", &["Jordan"]),
    ("IL", 376, "ISR", &["Israel"]),
    ("PS", 275, "PSE", &["Palestine", "State of Palestine"]),
];

/// The alpha-2 code for an ISO 3166-1 numeric code (ACLED's `iso`: 760 for Syria).
pub fn from_numeric(code: u16) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(_, n, _, _)| *n == code)
        .map(|(a2, ..)| *a2)
}

/// The alpha-2 code for an ISO 3166-1 alpha-3 code (older ACLED exports' `iso3`: SYR).
pub fn from_alpha3(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(_, _, a3, _)| a3.eq_ignore_ascii_case(code.trim()))
        .map(|(a2, ..)| *a2)
}

/// The alpha-2 code for a country's English name (case-insensitive).
pub fn from_name(name: &str) -> Option<&'static str> {
    let name = name.trim();
    COUNTRIES
        .iter()
        .find(|(_, _, _, names)| names.iter().any(|n| n.eq_ignore_ascii_case(name)))
        .map(|(a2, ..)| *a2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_agree() {
        for (numeric, alpha3, name, alpha2) in [
            (760, "SYR", "Syria", "SY"),
            (368, "IRQ", "Iraq", "IQ"),
            (792, "TUR", "Turkey", "TR"),
            (422, "LBN", "Lebanon", "LB"),
            (400, "JOR", "Jordan", "JO"),
            (376, "ISR", "Israel", "IL"),
        ] {
            assert_eq!(from_numeric(numeric), Some(alpha2), "{numeric}");
            assert_eq!(from_alpha3(alpha3), Some(alpha2), "{alpha3}");
            assert_eq!(from_name(name), Some(alpha2), "{name}");
        }
        assert_eq!(from_numeric(4), None);
        assert_eq!(from_name("syria"), Some("SY"));
        assert_eq!(from_name("Gotham"), None);
    }
}
