//! Name normalisation for actor (and later place) resolution.
//!
//! Two spellings of one name must normalise to the same key; two different names must not.
//! The key is therefore conservative: it folds case, diacritics, Arabic letter variants,
//! punctuation, the Arabic article and a few transliteration habits — and nothing else.
//! Resolution is an exact match on keys, never a similarity score, so that "Tahrir al-Sham
//! Army" can never be taken for "Hay'at Tahrir al-Sham".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Transliterated forms of the Arabic article when written as a separate word or a
/// hyphenated prefix (`al-`, `el-`, and the assimilated `ad-`, `ash-`, `ar-` …).
const ARTICLES: &[&str] = &[
    "al", "el", "il", "l", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en",
    "er", "es", "esh", "et", "ez",
];

/// Articles that are dropped even when standing alone as a word ("Jaysh al Islam").
/// The assimilated forms are only dropped when hyphenated, since "as", "an" and "at" are also
/// English words.
const STANDALONE_ARTICLES: &[&str] = &["al", "el"];

/// Bytes in the longest article: a longer word is not compared with the lists.
const LONGEST_ARTICLE: usize = 3;

/// The normalised key of a name.
pub fn name_key(name: &str) -> String {
    // Built in one string, word by word: names are keyed for every capitalised phrase of
    // every text read, so this is the extractor's hottest path.
    let mut key = String::with_capacity(name.len());
    // ASCII has nothing to decompose: skip the Unicode pass (most names in English texts).
    let decomposed: std::borrow::Cow<'_, str> = if name.is_ascii() {
        name.into()
    } else {
        name.nfkd()
            .filter(|c| !is_combining_mark(*c))
            .collect::<String>()
            .into()
    };
    for raw_word in decomposed.split(|c: char| c.is_whitespace() || is_separator(c)) {
        let mut parts = raw_word.split('-').filter(|p| !p.is_empty()).peekable();
        while let Some(part) = parts.next() {
            // The word is folded in place after a separating space, and taken back if it is
            // empty or an article.
            let before = key.len();
            if before > 0 {
                key.push(' ');
            }
            let start = key.len();
            fold_word_onto(&mut key, part);
            let folded = &key[start..];
            let hyphenated_prefix = parts.peek().is_some();
            let is_article = folded.len() <= LONGEST_ARTICLE
                && ((hyphenated_prefix && ARTICLES.contains(&folded))
                    || STANDALONE_ARTICLES.contains(&folded));
            if folded.is_empty() || is_article {
                key.truncate(before);
            }
        }
    }
    key
}

/// Words that say what kind of place a name is ("Kafr Nubl village", "Idlib Governorate")
/// rather than which, with the ACLED geo precision they imply.
const PLACE_KIND_WORDS: &[(&str, u8)] = &[
    ("village", 1),
    ("town", 1),
    ("city", 1),
    ("suburb", 1),
    ("locality", 1),
    ("hill", 1),
    ("neighbourhood", 1),
    ("neighborhood", 1),
    ("area", 2),
    ("mountain", 2),
    ("mountains", 2),
    ("district", 2),
    ("subdistrict", 2),
    ("nahiyah", 2),
    ("region", 3),
    ("governorate", 3),
    ("province", 3),
    ("muhafazah", 3),
];

/// The precision a kind word asks for, given the word as [`name_key`] folds it.
pub fn place_kind(key_word: &str) -> Option<u8> {
    static KEYS: std::sync::LazyLock<Vec<(String, u8)>> = std::sync::LazyLock::new(|| {
        PLACE_KIND_WORDS
            .iter()
            .map(|(w, p)| (name_key(w), *p))
            .collect()
    });
    KEYS.iter().find(|(k, _)| k == key_word).map(|(_, p)| *p)
}

/// The key of a place name: [`name_key`], then every article dropped (place names hold no
/// English "as" or "an" to protect) and a trailing word naming the kind of place.
pub fn place_key(name: &str) -> String {
    place_key_of(&name_key(name))
}

/// [`place_key`] of a name whose [`name_key`] is already known.
pub fn place_key_of(key: &str) -> String {
    // Built in one string (every capitalised phrase of a text read is keyed so).
    let words = || key.split(' ').filter(|w| !w.is_empty());
    let count = words().count();
    let kind_word = count > 1 && words().next_back().is_some_and(|w| place_kind(w).is_some());
    let kept = if kind_word { count - 1 } else { count };
    let mut out = String::with_capacity(key.len());
    for (i, word) in words().take(kept).enumerate() {
        // Articles go, but never the last word.
        if i + 1 < kept && ARTICLES.contains(&word) {
            continue;
        }
        // A final -h after a vowel is a spelling of the same ending (Hamah, Hama; Raqqah, Raqqa),
        // and so is -eh (Sarjeh, Sarjah; Talbiseh, Talbisah): the one Arabic ending, ta
        // marbuta.
        let (word, eh) = match word.strip_suffix('h') {
            Some(stem) if stem.len() > 2 && stem.ends_with(['a', 'e']) => {
                (stem, stem.ends_with('e'))
            }
            _ => (word, false),
        };
        if !out.is_empty() {
            out.push(' ');
        }
        if eh {
            out.push_str(&word[..word.len() - 1]);
            out.push('a');
        } else {
            out.push_str(word);
        }
    }
    out
}

/// The consonant skeleton of a place key: what survives the vowel and digraph habits of
/// different transliterations ("Deir ez-Zor" and "Dayr az Zawr" → `drzr`; "Maarat al-Numan"
/// and "Ma'arrat an-Nu'man" → `mrtnmn`). A weaker match than the key: two places can share a
/// skeleton, so it only ever ranks below an exact key.
pub fn place_skeleton(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let (mut previous, mut kept): (Option<char>, Option<char>) = (None, None);
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            'q' => 'k',
            // Dhal is written "dh" or "th" ("Dhiban", "Thiban"): one letter (its "h" goes
            // below, as after any letter).
            'd' if chars.peek() == Some(&'h') => 't',
            c => c,
        };
        let drop = match c {
            ' ' | 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' => true,
            // kh, sh, th, dh, gh → k, s, t, d, g; a final or vowel-following h is a spelling.
            'h' => previous.is_some_and(|p| p.is_ascii_alphabetic()),
            _ => false,
        };
        // A letter doubled in the skeleton is kept once.
        if !drop && kept != Some(c) {
            out.push(c);
            kept = Some(c);
        }
        previous = Some(c);
    }
    out
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '.'
            | '('
            | ')'
            | '['
            | ']'
            | '/'
            | '"'
            | '“'
            | '”'
            | '«'
            | '»'
            | '_'
            | '–'
            | '—'
    )
}

/// Folds one word onto the end of `out`: lower case, Arabic letter variants, apostrophes and
/// ʿayn/hamza marks dropped, and transliteration habits (doubled letters, ee/oo/ou, ai/ei)
/// evened out.
fn fold_word_onto(out: &mut String, word: &str) {
    let start = out.len();
    for c in word.chars() {
        // Most letters of most names: ASCII, none of the special cases below.
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            // Apostrophes, ʿayn and hamza transliterations carry no identity.
            '\'' | '’' | '‘' | '`' | 'ʿ' | 'ʾ' | 'ʼ' | 'ʻ' => {}
            // Arabic: alef variants, taa marbuta, alef maqsura, hamza carriers, tatweel.
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' => out.push('ي'),
            'ؤ' => out.push('و'),
            'ئ' => out.push('ي'),
            'ـ' => {}
            // Turkish dotless i, which no decomposition folds ("Tel Rıfat", "Resulayn").
            'ı' => out.push('i'),
            c if c.is_alphanumeric() => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    let folded = &out[start..];
    if folded.chars().next().is_some_and(is_arabic) {
        // The Arabic article is written attached: "الشام" → "شام".
        if folded.starts_with("ال") && folded.chars().count() > 3 {
            out.drain(start..start + "ال".len());
        }
    } else if folds_further(folded) {
        let latin = fold_latin(folded.to_owned());
        out.truncate(start);
        out.push_str(&latin);
    }
}

fn is_arabic(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

fn fold_latin(word: String) -> String {
    // Repeated until nothing changes, so that a key normalises to itself; most words need no
    // pass at all, and are found so without allocating.
    let mut current = word;
    while folds_further(&current) {
        current = fold_latin_once(&current);
    }
    current
}

/// Whether [`fold_latin_once`] would change the word: it holds one of the digraphs it
/// replaces, or a doubled letter (every replacement shortens the word or turns an `i` into a
/// `y`, which nothing turns back, so a present digraph always changes it).
fn folds_further(word: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in word.chars() {
        if let Some(p) = previous {
            let digraph = matches!(
                (p, c),
                ('e', 'e') | ('o', 'o') | ('o', 'u') | ('a', 'i') | ('e', 'i')
            );
            if digraph || (p == c && !c.is_ascii_digit()) {
                return true;
            }
        }
        previous = Some(c);
    }
    false
}

fn fold_latin_once(word: &str) -> String {
    let mut replaced = std::borrow::Cow::Borrowed(word);
    for (digraph, with) in [
        ("ee", "i"),
        ("oo", "u"),
        ("ou", "u"),
        ("ai", "ay"),
        ("ei", "ay"),
    ] {
        // A byte test first: most words hold none, and a string search costs its set-up.
        let present = replaced
            .as_bytes()
            .windows(2)
            .any(|pair| pair == digraph.as_bytes());
        if present {
            replaced = replaced.replace(digraph, with).into();
        }
    }
    let mut out = String::with_capacity(replaced.len());
    let mut previous = None;
    for c in replaced.chars() {
        if Some(c) != previous || c.is_ascii_digit() {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{fold_latin_once, folds_further, name_key, place_key, place_skeleton};
    use proptest::prelude::*;

    #[test]
    fn transliterations_of_one_place_share_a_skeleton() {
        let groups: &[&[&str]] = &[
            &[
                "Maarat al-Numan",
                "Ma'arrat an-Nu'man",
                "Maarrat An Nu'man",
                "Maarat al Numan town",
            ],
            &[
                "Deir ez-Zor",
                "Deir-ez-Zor",
                "Dayr az Zawr",
                "Deir ez Zor Governorate",
            ],
            &["Idlib", "Edlib", "Idleb"],
            &["Hama", "Hamah", "Hamā"],
            &["Qamishli", "Al-Qamishli", "Kamishli"],
            &["Dhiban", "Thiban", "Dhībān", "Theban"],
        ];
        for group in groups {
            let skeleton = place_skeleton(&place_key(group[0]));
            for other in &group[1..] {
                assert_eq!(
                    place_skeleton(&place_key(other)),
                    skeleton,
                    "{other:?} vs {:?}",
                    group[0]
                );
            }
        }
        assert_eq!(place_key("Kafr Nubl village"), place_key("Kafr Nubl"));
        // UCDP's ranges and hills, as stories write them.
        assert_eq!(
            place_key("Jabal al Akrad mountain"),
            place_key("Jabal al-Akrad")
        );
        assert_eq!(place_key("Tall Bazzam hill"), place_key("Tall Bazzam"));
        assert_eq!(place_key("Hamah"), place_key("Hama"));
        assert_eq!(place_key("Ar Raqqah"), place_key("Raqqa"));
        assert_eq!(place_key("Sarjeh"), place_key("Sarjah"));
        assert_eq!(
            place_key("Talbiseh"),
            place_key("Tallbisah").replace("ll", "l")
        );
        assert_ne!(
            place_key("Sarje"),
            place_key("Sarja"),
            "only a final -eh is folded"
        );
        assert_eq!(place_key("معرة النعمان"), place_key("معره النعمان"));
        assert_ne!(
            place_skeleton(&place_key("Homs")),
            place_skeleton(&place_key("Hama"))
        );
    }

    #[test]
    fn spellings_of_one_name_share_a_key() {
        let groups: &[&[&str]] = &[
            &[
                "Ahrar al-Sham",
                "Ahrar ash-Sham",
                "AHRAR AL SHAM",
                "Ahrar el-Sham",
                "Ahrâr al-Shâm",
            ],
            &[
                "Hay'at Tahrir al-Sham",
                "Hayat Tahrir al Sham",
                "Hay’at Tahrir al-Sham",
                "Hayaat Tahrir al-Sham",
            ],
            &["Jaysh al-Islam", "Jaish al-Islam", "Jaysh al Islam"],
            // Turkish spellings: a dotless i.
            &["Tel Rifat", "Tel Rıfat"],
            &["Hurras ad-Din", "Hurras al Deen"],
            &["جبهة النصرة", "جبهه نصره"],
            &["هيئة تحرير الشام", "هيئه تحرير شام"],
            &[
                "Nour al-Din al-Zenki",
                "Nur al-Din al-Zenki",
                "Nour al Din al Zenki",
            ],
        ];
        for group in groups {
            let key = name_key(group[0]);
            for other in &group[1..] {
                assert_eq!(name_key(other), key, "{other:?} vs {:?}", group[0]);
            }
        }
    }

    #[test]
    fn distinct_names_keep_distinct_keys() {
        let pairs = [
            ("Tahrir al-Sham Army", "Hay'at Tahrir al-Sham"),
            ("Tahrir al- Sham Army", "Hayat Tahrir al Sham"),
            ("Jaysh al-Islam", "Jaysh al-Sham"),
            ("Ahrar al-Sham", "Ahrar al-Sharqiya"),
            (
                "Military Forces of Syria (2000-)",
                "Military Forces of Turkey (2016-)",
            ),
            ("Civilians (Syria)", "Civilians (Iraq)"),
        ];
        for (a, b) in pairs {
            assert_ne!(name_key(a), name_key(b), "{a:?} and {b:?} must differ");
        }
    }

    #[test]
    fn no_article_is_longer_than_the_longest() {
        for article in super::ARTICLES.iter().chain(super::STANDALONE_ARTICLES) {
            assert!(article.len() <= super::LONGEST_ARTICLE, "{article}");
        }
    }

    proptest! {
        #[test]
        fn normalising_is_idempotent(name in "\\PC{0,40}") {
            let once = name_key(&name);
            prop_assert_eq!(name_key(&once), once.clone());
        }

        #[test]
        fn case_never_matters(name in "[A-Za-z' -]{0,30}") {
            prop_assert_eq!(name_key(&name.to_uppercase()), name_key(&name.to_lowercase()));
        }

        /// A phrase's key is its words' keys joined by spaces (a reader keys each word once).
        #[test]
        fn a_phrase_is_keyed_word_by_word(
            words in prop::collection::vec("[A-Za-zé'’-]{1,8}|Al|al-Bab|as|ال[ا-ي]{1,4}", 1..5),
        ) {
            let joined = words
                .iter()
                .map(|w| name_key(w))
                .filter(|k| !k.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            prop_assert_eq!(name_key(&words.join(" ")), joined);
        }

        /// One pass is the five replacements in their order, then doubled letters made single.
        #[test]
        fn a_pass_replaces_digraphs_in_order_then_undoubles(word in "[aeiouyh12é]{0,12}") {
            let replaced = word
                .replace("ee", "i")
                .replace("oo", "u")
                .replace("ou", "u")
                .replace("ai", "ay")
                .replace("ei", "ay");
            let mut expected = String::new();
            for c in replaced.chars() {
                if !expected.ends_with(c) || c.is_ascii_digit() {
                    expected.push(c);
                }
            }
            prop_assert_eq!(fold_latin_once(&word), expected);
        }

        /// The shortcut that skips a folding pass is exact: it says "changes" whenever a pass
        /// would change the word, and only then.
        #[test]
        fn a_pass_is_skipped_only_when_it_would_change_nothing(word in "[aeiouyh12ßé]{0,12}") {
            prop_assert_eq!(folds_further(&word), fold_latin_once(&word) != word);
        }
    }
}
