//! Whatever the text, the reader answers: no panic, and every evidence span lies inside the
//! text it points into (spans count characters) — checked on texts made of the words the rules
//! read (names with particles, figures, acts, dates, punctuation) and on arbitrary Unicode.

mod common;

use proptest::prelude::*;

const WORDS: &[&str] = &[
    "al-Sabaa",
    "Rasm",
    "Tal",
    "Daraa",
    "Syria",
    "Idlib",
    "al-Rastan",
    "of",
    "Hama",
    "Province",
    "killed",
    "killing",
    "kills",
    "7",
    "three",
    "a",
    "and",
    "including",
    "civilians",
    "rebel-held",
    "were",
    "the",
    "body",
    "bodies",
    "lives",
    "claimed",
    "more than",
    "at least",
    "between",
    "March",
    "2016",
    "last year",
    "air strikes",
    "shelled",
    "blast",
    "Russian",
    "warplanes",
    "in",
    "near",
    "countryside",
    ",",
    ".",
    ";",
    "-",
    "\"",
    "aircraft",
    "coalition’s",
    "left",
    "dead",
    "was shot dead",
    "attacked",
    "villagers",
    "Square",
    "11-12",
    "12/06/2016",
    "05 NOV 20,",
    "23/11",
    "1115 hrs:",
    "KIA",
    "vic.",
    "Fatalities:",
    "supported by",
    "from",
    "demonstrating",
    "tear gas",
    "accusing",
    "Council",
    "Alep’po",
    "دمشق",
    "Ḥimṣ",
    "é",
];

fn check(text: &str) {
    let chars = text.chars().count();
    for c in common::read(text) {
        let e = &c.evidence;
        let spans = [Some(e.clause), e.event, e.date, e.fatalities]
            .into_iter()
            .flatten()
            .chain(c.location.iter().map(|l| l.evidence))
            .chain(c.actors.iter().map(|a| a.evidence));
        for [start, end] in spans {
            assert!(
                start <= end && end <= chars,
                "{start}..{end} of {chars} in {text:?}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn texts_of_the_words_read_are_read_without_fault(
        words in proptest::collection::vec(proptest::sample::select(WORDS), 0..40)
    ) {
        check(&words.join(" "));
    }

    #[test]
    fn arbitrary_text_is_read_without_fault(text in "\\PC{0,200}") {
        check(&text);
    }
}
