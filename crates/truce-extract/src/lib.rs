//! Incident candidates from text: wire stories and monitors' notes.
//!
//! The method is a reading by rules, deterministic and explainable: the text is cut into
//! sentences and clauses; event words (ACLED's sub-event types), dates (resolved against the
//! document's date), places (the gazetteer), actors (the registry, and generic phrases mapped
//! to classes or composites), tolls and sources are found in each clause, and every field of a
//! candidate points back to the characters it was read from (`evidence`). A clause that
//! reports an act is an `incident`; one that accuses a party of a pattern is an `allegation`;
//! a toll spread over a whole country is an `aggregate_toll`; talks, deals and meetings are
//! `diplomatic`. A definite back-reference ("The bombings near the shrine … said the
//! Observatory") adds to the candidate it refers to instead of founding a new one.
//!
//! Pure: it reads the text it is given and the dictionaries (registry, gazetteer); it writes
//! nothing.
#![forbid(unsafe_code)]

mod dates;
mod lexicon;
mod tolls;

pub use tolls::Victims;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use jiff::civil::Date;
use serde::Serialize;
use truce_core::event::{EventType, SubEventType};
use truce_core::gazetteer::{Gazetteer, MatchKind as PlaceMatch};
use truce_core::registry::{ActorIdx, Registry};
use truce_core::when::{DatePrecision, DaySpan};
use truce_core::{Attribution, Fatalities, Role};

/// A document to read.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// The text.
    pub text: &'a str,
    /// The day it was written: relative dates ("yesterday") are read against it.
    pub date: Date,
    /// Who published it (the last link of every candidate's source chain).
    pub source: Option<&'a str>,
}

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A report of an act at a place and time.
    Incident,
    /// An accusation of an act or a pattern ("has been accused of bombing …").
    Allegation,
    /// A toll over a whole country or period, not one incident.
    AggregateToll,
    /// Talks, agreements, meetings, announcements: the timeline. One that says an agreement
    /// was reached carries ACLED's "Agreement" as its sub-event type; the others none.
    Diplomatic,
}

/// A character range `[start, end)` into the document.
pub type Evidence = [usize; 2];

/// A place as found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Location {
    /// As written.
    pub written: String,
    /// The gazetteer's name for it.
    pub name: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Governorate p-code.
    pub admin1: Option<String>,
    /// District p-code.
    pub admin2: Option<String>,
    /// Sub-district p-code.
    pub admin3: Option<String>,
    /// ACLED geo precision: 1 the place, 2 near it or part of a region, 3 a region.
    pub geo_precision: u8,
    /// Whether the name fits more than one place.
    pub ambiguous: bool,
    /// Where it is written.
    pub evidence: Evidence,
}

/// An actor as found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorMention {
    /// As written.
    pub written: String,
    /// The registry id it stands for (a class or composite for a generic phrase).
    pub actor_id: String,
    /// Whether the text names a class ("rebels", "unknown gunmen") rather than a group.
    pub generic: bool,
    /// Its part in the act.
    pub role: Role,
    /// How the text attributes the act.
    pub attribution: Attribution,
    /// Where it is written.
    pub evidence: Evidence,
}

/// A source in the chain ("said the Syrian Observatory for Human Rights", then the outlet).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceMention {
    /// The source's name.
    pub name: String,
    /// Where it is written (absent for the document's own outlet).
    pub evidence: Option<Evidence>,
}

/// One candidate read from the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// What it is.
    pub kind: Kind,
    /// ACLED event type, when an event word was found.
    pub event_type: Option<&'static str>,
    /// ACLED sub-event type.
    pub sub_event_type: Option<&'static str>,
    /// First possible day.
    pub date_start: Option<Date>,
    /// Last possible day.
    pub date_end: Option<Date>,
    /// How precisely the days are known.
    pub date_precision: Option<DatePrecision>,
    /// The main place.
    pub location: Option<Location>,
    /// Further places the same words name ("near the shrine … and in Homs").
    pub other_locations: Vec<Location>,
    /// For an incident whose own sentence names no place: the story's setting,
    /// the first place named in its first three sentences (the dateline and the lead). Where
    /// the story is, not a claim that the act was there: `location` stays empty, and the
    /// record takes none.
    pub setting: Option<Location>,
    /// Actors with roles.
    pub actors: Vec<ActorMention>,
    /// Deaths.
    pub fatalities: Option<Fatalities>,
    /// Who the dead were, as the toll's words say.
    pub victims: Option<Victims>,
    /// How many of the dead were civilians, where the toll's words say (all, none, or a count:
    /// "seven civilians and two members of HTS were killed").
    pub civilians: Option<u32>,
    /// The source chain, innermost first.
    pub sources: Vec<SourceMention>,
    /// The words read, as one snippet (the clause).
    pub text: String,
    /// Where each field was read.
    pub evidence: CandidateEvidence,
}

/// Character ranges for the fields read from the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CandidateEvidence {
    /// The clause.
    pub clause: Evidence,
    /// The event words.
    pub event: Option<Evidence>,
    /// The date words.
    pub date: Option<Evidence>,
    /// The toll words.
    pub fatalities: Option<Evidence>,
}

/// The word lists that say what a sentence or clause is (an allegation, a toll for the whole
/// country, a modal, diplomacy, a source speaking), found as whole words in any case — and the
/// words of death a toll needs, found inside words too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Allegation = 1,
    Aggregate = 2,
    Modal = 4,
    Diplomatic = 8,
    Source = 16,
    /// A word of death, found inside words too ("kill" in "killed").
    Death = 32,
    /// A landmark's words ("umayyad mosque"), anywhere: where there are none, the clause is not
    /// searched for landmarks.
    Landmark = 64,
    /// A claim of responsibility, found inside words too.
    Claim = 128,
    /// Aircraft ("warplanes", "drones"): what struck, where a clause names no weapon.
    Aircraft = 256,
    /// A verb of a blow that names no weapon ("struck", "hit").
    Strike = 512,
    /// Words that make the act named right after them support for another ("supported by").
    Support = 1024,
    /// Casualties, found inside words too ("casualties"): with the words of death, where a
    /// note may say that none were reported.
    Casualty = 2048,
    /// An agreement reached ("agreed to", "signed"): a diplomatic fact that is ACLED's
    /// "Agreement" event.
    Agreed = 4096,
}

/// What a word found in a sentence is: the cue lists it is in (a bit per [`Cue`]), the act it
/// names, whether it divides clauses, the actor it names (an index into the extractor's actor
/// patterns).
#[derive(Clone, Copy, Default)]
struct WordRole {
    lists: u16,
    event: Option<SubEventType>,
    breaks: bool,
    actor: Option<u32>,
}

/// A word found in a sentence, and where.
#[derive(Clone)]
struct Hit {
    role: WordRole,
    at: Range<usize>,
}

/// Every cue list, the event words, the clause breaks and the actors' names (all matched in
/// any case) in one automaton: a sentence is searched once (a pass over the text costs about
/// the same for one list or many), and each clause or part of it then asks which words lie
/// within it.
struct SentenceWords {
    automaton: AhoCorasick,
    /// Per pattern, what it is.
    roles: Vec<WordRole>,
}

impl SentenceWords {
    fn new(
        lists: &[(Cue, &[&str])],
        events: &[(&str, SubEventType)],
        breaks: &[&str],
        actors: &[String],
    ) -> Self {
        let mut table = WordTable::default();
        for &(cue, words) in lists {
            for word in words {
                table.role(word).lists |= cue as u16;
            }
        }
        // A word in a list twice is what it is first listed as, as a leftmost-longest search
        // of that list alone would find it.
        for &(word, event) in events {
            table.role(word).event.get_or_insert(event);
        }
        for word in breaks {
            table.role(word).breaks = true;
        }
        for (i, name) in (0..).zip(actors) {
            table.role(name).actor.get_or_insert(i);
        }
        let WordTable {
            patterns, roles, ..
        } = table;
        Self {
            // (A contiguous NFA, not a DFA: a thousand words make a 6 MB DFA, whose cache
            // misses cost more than the NFA's 0.3 MB takes in extra steps.)
            automaton: AhoCorasickBuilder::new()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&patterns)
                .expect("the words build"),
            roles,
        }
    }

    /// Every occurrence in the text, overlapping ones too, with what it is, in the order of
    /// their ends. (One pass over a whole document, not one per sentence: the automaton stays
    /// in the cache while it reads, and [`within`] gives each sentence its words.) The words
    /// are lower case and so is the text it reads (same offsets): an automaton matching in any
    /// case carries two transitions per letter.
    fn find(&self, text: &str) -> Vec<Hit> {
        let lower = text.to_ascii_lowercase();
        self.automaton
            .find_overlapping_iter(&lower)
            .map(|m| Hit {
                role: self.roles[m.pattern().as_usize()],
                at: m.range(),
            })
            .collect()
    }
}

/// The words of `hits` (in the order of their ends, as [`SentenceWords::find`] gives them)
/// that lie inside `part`: what a search of `part` alone would find.
fn within(hits: &[Hit], part: &Range<usize>) -> Vec<Hit> {
    let from = hits.partition_point(|h| h.at.end <= part.start);
    let to = hits.partition_point(|h| h.at.end <= part.end);
    hits[from..to]
        .iter()
        .filter(|h| h.at.start >= part.start)
        .cloned()
        .collect()
}

/// The words of [`SentenceWords`], each once (matched in any case), with what each is.
#[derive(Default)]
struct WordTable {
    patterns: Vec<String>,
    roles: Vec<WordRole>,
    index: HashMap<String, usize>,
}

impl WordTable {
    fn role(&mut self, word: &str) -> &mut WordRole {
        let word = word.to_ascii_lowercase();
        let i = *self.index.entry(word.clone()).or_insert_with(|| {
            self.patterns.push(word);
            self.roles.push(WordRole::default());
            self.patterns.len() - 1
        });
        &mut self.roles[i]
    }
}

/// The hits `keep` accepts inside `part`, as a leftmost-longest search of their words alone
/// would find them there: at each point the longest of those that begin first, then on after
/// its end.
fn leftmost_longest<'h>(
    hits: &'h [Hit],
    part: &Range<usize>,
    keep: impl Fn(&WordRole) -> bool,
) -> Vec<&'h Hit> {
    let mut inside: Vec<&Hit> = hits
        .iter()
        .filter(|h| part.start <= h.at.start && h.at.end <= part.end && keep(&h.role))
        .collect();
    inside.sort_by_key(|h| (h.at.start, std::cmp::Reverse(h.at.end)));
    let mut from = part.start;
    inside.retain(|h| {
        let next = h.at.start >= from;
        if next {
            from = h.at.end;
        }
        next
    });
    inside
}

/// An act typed by whom it struck, as the six words after it name them: an assault on
/// civilians (and no armed people) is an attack, not a clash ("ISIS cells attacked a group of
/// truffle collectors"); fire opened on armed people is a clash, not an attack.
fn typed_by_target(event: SubEventType, word: &str, before: &str, after: &str) -> SubEventType {
    let assault = || {
        lexicon::ASSAULTS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word))
    };
    // (Fire "with small arms and heavy machine guns on checkpoints of the army": the target
    // follows the weapons.)
    // (Or the place it came from: "opened fire yesterday from their positions on farmers".)
    // (Within the few words after the act: the rest of a long clause is not searched.)
    let head = after.get(..64).unwrap_or(after);
    let target = match head.find(" on ") {
        Some(at) if ["with ", "from "].iter().any(|w| head[..at].contains(w)) => &after[at..],
        _ => after,
    };
    let fire = || {
        lexicon::FIRE_ON
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word))
    };
    // "attacked with heavy weapons and mortars the town": an assault by artillery is shelling.
    let artillery_in = |words: &str| names_any(words, ARTILLERY);
    // (So is fire by guns named right before it: "Turkish army howitzers fired on the
    // militants"; not "supported by tanks and artillery, attacked".)
    let by_artillery = || {
        let after = first_words(after, 6);
        after.trim_start().to_ascii_lowercase().starts_with("with ") && artillery_in(after)
            || fire() && fired_by_guns(before)
    };
    // ("An SDF patrol came under fire": those struck are named before.)
    let armed_struck_before = || {
        lexicon::UNDER_FIRE
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            && tolls::victims(last_words(before, 6)) == tolls::Victims::Combatants
    };
    let explosive = event == SubEventType::RemoteExplosive;
    // "blew up 4 houses belonging to families of …", "blew up the main sanctuary of the
    // Temple of Bel": property destroyed, not a bomb at people.
    let houses_blown_up = || {
        ["blew up", "blown up"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            && names_any(
                first_words(after, 3),
                &[
                    "house",
                    "houses",
                    "home",
                    "homes",
                    "sanctuary",
                    "temple",
                    "shrine",
                    "tomb",
                    "mausoleum",
                    "church",
                    "monument",
                ],
            )
    };
    // "removed 40 mines and unexploded ordnance": mines cleared, not a blast.
    let cleared = || {
        names_any(
            last_words(before, 5),
            &[
                "removed",
                "removing",
                "cleared",
                "clearing",
                "defused",
                "defusing",
                "dismantled",
            ],
        )
    };
    // "crowds in Azaz attacked Turkish-plated trucks": a crowd's assault is mob violence.
    // (So is a beating to death by residents: "angry residents of Al Qusayr city beat to death
    // a man they accused of kidnapping a child".)
    let by_a_crowd = || {
        const CROWDS: &[&str] = &["crowd", "crowds", "mob", "mobs", "rioters"];
        assault() && names_any(last_words(before, 4), CROWDS)
            || word.len() > 4
                && word
                    .get(..4)
                    .is_some_and(|w| w.eq_ignore_ascii_case("beat"))
                // (However long what they did first: "residents of Binnish (Idlib) caught a
                // young man accused of stealing a motorcycle and beat him severely".)
                && names_any(
                    last_words(before, 16),
                    &["residents", "villagers", "locals", "crowd"],
                )
    };
    // "45 peacekeepers … were detained by members of an armed group", "masked gunmen detained
    // …": held by those who are no authority, an abduction (ACLED's arrests are a state's or a
    // governing authority's).
    let held_by_gunmen = || {
        const ARMED_MEN: &[&str] = &["gunmen", "militants", "masked", "unidentified", "unknown"];
        let after = first_words(after, 6).to_ascii_lowercase();
        let by = after
            .trim_start()
            .strip_prefix("by ")
            .is_some_and(|doer| doer.contains("armed group") || names_any(doer, ARMED_MEN));
        // (Or those held are no suspects of a state: "Jabhat al Nusra fighters detained 45
        // Fijian UN peacekeepers".)
        by || names_any(last_words(before, 2), ARMED_MEN)
            || names_any(&after, &["peacekeepers", "hostages"])
    };
    // (So is fire by artillery: "was fired upon with mortars".)
    if event == SubEventType::Arrests && held_by_gunmen() {
        SubEventType::Abduction
    } else if by_a_crowd() {
        SubEventType::MobViolence
    } else if explosive && houses_blown_up() {
        SubEventType::LootingPropertyDestruction
    } else if explosive && cleared() {
        SubEventType::DisruptedWeaponsUse
    } else if event == SubEventType::Attack && armed_struck_before() {
        SubEventType::ArmedClash
    } else if (event == SubEventType::ArmedClash && assault()
        || event == SubEventType::Attack && fire())
        && by_artillery()
    {
        SubEventType::ShellingArtilleryMissile
    } else if event == SubEventType::ArmedClash
        && assault()
        && tolls::victims(first_words(after, 6)) == tolls::Victims::Civilians
    {
        SubEventType::Attack
    } else if event == SubEventType::Attack
        && fire()
        && tolls::victims(first_words(target, 6)) == tolls::Victims::Combatants
        // "shot dead a former opposition commander": one who no longer fights; "opened fire on
        // a civilian at a checkpoint": a civilian; "was shot dead yesterday by border guards",
        // "sniper fire from regime positions": the words after are the shooters.
        && !["former", "civilian"]
            .iter()
            .any(|w| first_words(target, 6).to_ascii_lowercase().contains(w))
        && !first_words(target, 6).split_whitespace().any(|w| w == "by")
        && !after.trim_start().starts_with("from ")
        // ("was shot dead at a security checkpoint": where, not whom.)
        && !(word.eq_ignore_ascii_case("shot dead") && after.trim_start().starts_with("at "))
    {
        // "IS militants opened fire on an SDF checkpoint": armed men on both sides.
        SubEventType::ArmedClash
    } else {
        event
    }
}

/// The dates of `dates` told within `r`.
fn dates_within(dates: &[Found<DaySpan>], r: &Range<usize>) -> Vec<Found<DaySpan>> {
    dates
        .iter()
        .filter(|d| r.start <= d.at.start && d.at.end <= r.end)
        .cloned()
        .collect()
}

/// Whether `words` name one of `list` (lower-case words), whatever their case and the
/// punctuation around them.
fn names_any(words: &str, list: &[&str]) -> bool {
    words
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| list.contains(&w))
}

/// A regex whose lazy DFA may keep 8 MB of states instead of the default 2 MB. The toll
/// patterns' long alternations (people, verbs, qualifiers) filled the default cache, which
/// the search then cleared and rebuilt: on 34 MB of documents the determinizer took 9% of the
/// time, and 4% of the run's wall time went with the larger cache (about 22 MB more memory,
/// two threads).
pub(crate) fn regex_with_room(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(8 << 20)
        .build()
}

/// Whether the words after a place tell it as a district of the city named next: ", an
/// Alawite-majority neighbourhood of Homs", ", central Damascus".
fn district_of_the_city_after(after: &str) -> bool {
    let Some(apposition) = after.strip_prefix(", ") else {
        return false;
    };
    let lower = apposition.to_ascii_lowercase();
    ["central ", "downtown "]
        .iter()
        .any(|w| lower.starts_with(w))
        || (lower.starts_with("a ") || lower.starts_with("an "))
            && ["neighbourhood of ", "neighborhood of ", "district of "]
                .iter()
                .any(|w| {
                    lower.find(w).is_some_and(|at| {
                        lower[..at].split_whitespace().count() <= 3 && !lower[..at].contains(',')
                    })
                })
}

/// Whether the words after a verb count the people it took: "took at least 90 of our
/// Assyrian people", "seized around 150 Kurdish schoolboys".
fn people_counted(after: &str) -> bool {
    let next = first_words(after, 8);
    let first = next.split_whitespace().next();
    let counted = first.is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || [
                "at", "more", "over", "about", "around", "dozens", "hundreds",
            ]
            .contains(&w)
    });
    // (Or one or a few, by what they were: "took a man and his 17-year-old son from their
    // home", "took a grain trader from Daraa", "took two shepherds".)
    let few = first.is_some_and(|w| ["a", "an", "two", "three", "four", "five"].contains(&w));
    counted
        && names_any(
            next,
            &[
                "people",
                "residents",
                "civilians",
                "villagers",
                "women",
                "men",
                "children",
                "schoolboys",
                "students",
            ],
        )
        || few
            && names_any(
                first_words(after, 4),
                &[
                    "man",
                    "men",
                    "woman",
                    "women",
                    "boy",
                    "boys",
                    "girl",
                    "girls",
                    "trader",
                    "merchant",
                    "doctor",
                    "farmer",
                    "farmers",
                    "shepherd",
                    "shepherds",
                    "driver",
                    "civilian",
                    "civilians",
                    "teacher",
                    "activist",
                    "journalist",
                ],
            )
}

/// Whether the words after an act's verb begin with a name ("Kassab", "al-Rastan"): ground,
/// not people or things ("took the wounded to hospital").
fn names_next(after: &str) -> bool {
    let after = after.trim_start();
    // ("entered the village of Ain al-Fijeh".)
    let after = ["the village of ", "the town of ", "the city of "]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    after.starts_with(|c: char| c.is_uppercase())
        || ["al-", "ar-", "as-", "ad-", "el-"]
            .iter()
            .any(|article| after.starts_with(article))
}

/// Whether the words before an act's word tell the dead killed in it, named as already told:
/// "killed in the ", "killed in the evening ".
fn killed_in_the(before: &str) -> bool {
    let rest = before.trim_end();
    let rest = [
        " morning",
        " evening",
        " night",
        " afternoon",
        " first",
        " second",
        " latest",
        " final",
        " last",
    ]
    .iter()
    .find_map(|when| rest.strip_suffix(when))
    .unwrap_or(rest);
    ["killed in the", "died in the", "martyred in the"]
        .iter()
        .any(|w| rest.ends_with(w))
}

/// Whether a clause names the act told before it by what it was ("on the night of the
/// attack", "in the massacre").
fn names_the_act_before(clause: &str) -> bool {
    let lower = clause.to_ascii_lowercase();
    [
        "of the attack",
        "in the attack",
        "of the massacre",
        "in the massacre",
    ]
    .iter()
    .any(|w| {
        lower
            .match_indices(w)
            .any(|(at, _)| bounded(&lower, at..at + w.len()))
    })
}

/// Whether `text` tells something done under a deal: "under an agreement", "under the deal",
/// "under a surrender deal", "under the evacuation agreement", "under an SDF-Damascus
/// arrangement brokered by Russia", "under a US-brokered understanding".
fn under_a_deal(text: &str) -> bool {
    const DEALS: &[&str] = &[
        "deal",
        "agreement",
        "arrangement",
        "understanding",
        "accord",
    ];
    let any_of = |word: &str, list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    text.match_indices("under ").any(|(at, w)| {
        let mut words = text[at + w.len()..].split_whitespace();
        words.next().is_some_and(|a| any_of(a, &["a", "an", "the"]))
            && words
                .take(3)
                .any(|w| any_of(w.trim_end_matches([',', '.', ';']), DEALS))
    })
}

/// The first `n` words of `text`.
fn first_words(text: &str, n: usize) -> &str {
    let end = text.split_whitespace().nth(n - 1).map_or(text.len(), |w| {
        w.as_ptr() as usize - text.as_ptr() as usize + w.len()
    });
    &text[..end]
}

/// The last `n` words of `text`.
fn last_words(text: &str, n: usize) -> &str {
    let start = text
        .split_whitespace()
        .rev()
        .nth(n - 1)
        .map_or(0, |w| w.as_ptr() as usize - text.as_ptr() as usize);
    &text[start..]
}

/// Whether fire told after `before` came from guns, named right before it ("Turkish army
/// howitzers fired on the militants") or as where they stood ("Israeli army tanks stationed on
/// Tal Abu al-Nada in the occupied Golan fired on a Syrian army post").
fn fired_by_guns(before: &str) -> bool {
    let last = last_words(before, 1).trim_end();
    !last.ends_with(',') && names_any(last, ARTILLERY) || {
        let lower = last_words(before, 12).to_ascii_lowercase();
        let mut words = lower.split_whitespace().peekable();
        std::iter::from_fn(|| words.next().map(|w| (w, words.peek().copied()))).any(|(w, next)| {
            ARTILLERY.contains(&w)
                && next.is_some_and(|n| ["stationed", "positioned", "deployed"].contains(&n))
        }) && !before.contains(',')
    }
}

/// The weapons an assault "with" them makes shelling.
const ARTILLERY: &[&str] = &[
    "mortars",
    "mortar",
    "artillery",
    "shells",
    "rockets",
    "missiles",
    "howitzers",
    "tanks",
];

/// Verbs that, between words of support and an act's word, make the act the sentence's own.
const AUXILIARIES: &[&str] = &["has", "have", "had", "is", "are", "was", "were", "will"];

/// A protest met with force: live fire makes it excessive force against protesters, other
/// force (tear gas, batons, arrests) a protest with intervention.
fn met_with_force(event: SubEventType, clause: &str) -> SubEventType {
    if event != SubEventType::PeacefulProtest {
        return event;
    }
    let clause = clause.to_ascii_lowercase();
    // ("demanding the release of detained fighters" names no force the protest met, nor does
    // "passed off without any security intervention".)
    let told = |words: &[&str]| {
        words.iter().any(|w| {
            clause.match_indices(w).any(|(at, _)| {
                bounded(&clause, at..at + w.len())
                    && !clause[..at].ends_with("release of ")
                    && !last_words(&clause[..at], 3)
                        .split_whitespace()
                        .any(|before| before == "without" || before == "no")
                    // (Not forces that stormed where protesters were: "security forces stormed
                    // the Omari mosque, where protesters had kept a sit-in".)
                    && (*w != "stormed"
                        || !names_any(
                            last_words(&clause[..at], 2),
                            &["forces", "troops", "police", "army", "shabiha"],
                        ))
            })
        })
    };
    // (Shots "into the air" disperse; they are not fired on the crowd.)
    let in_the_air = clause.contains("in the air") || clause.contains("into the air");
    if told(lexicon::PROTESTERS_VIOLENCE) {
        SubEventType::ViolentDemonstration
    } else if told(lexicon::LETHAL_FORCE) && !in_the_air {
        SubEventType::ExcessiveForceAgainstProtesters
    } else if told(lexicon::INTERVENTION) || in_the_air {
        SubEventType::ProtestWithIntervention
    } else {
        event
    }
}

/// Whether the modal words at `modal` tell force that ended an act, not a wish to end it:
/// "security forces intervened to end a sit-in" (not "calls to end the shelling").
fn ended_by_force(text: &str, modal: &Range<usize>) -> bool {
    text[modal.clone()]
        .get(..3)
        .is_some_and(|to| to.eq_ignore_ascii_case("to "))
        && lexicon::FORCE_TO_END
            .iter()
            .any(|verb| ends_with_ignoring_case(text[..modal.start].trim_end(), verb))
}

/// Whether a cue of the list is found inside `part` as a whole word of it (a word may end
/// where the part ends) — or anywhere inside it, for [`Cue::Death`] and [`Cue::Landmark`].
fn cue_within(found: &[Hit], text: &str, cue: Cue, part: &Range<usize>) -> bool {
    found.iter().any(|hit| is_cue(hit, text, cue, part))
}

/// The first word of the list found inside `part`, as [`cue_within`] finds them.
fn cue_hit<'h>(found: &'h [Hit], text: &str, cue: Cue, part: &Range<usize>) -> Option<&'h Hit> {
    found
        .iter()
        .filter(|hit| is_cue(hit, text, cue, part))
        .min_by_key(|h| h.at.start)
}

/// Whether `hit` is a word of the list inside `part`, whole where the list must be.
fn is_cue(Hit { role, at }: &Hit, text: &str, cue: Cue, part: &Range<usize>) -> bool {
    role.lists & cue as u16 != 0
        && part.start <= at.start
        && at.end <= part.end
        && (matches!(cue, Cue::Death | Cue::Landmark | Cue::Claim | Cue::Casualty)
            || bounded(
                &text[part.clone()],
                at.start - part.start..at.end - part.start,
            ))
}

struct ActorPattern {
    actor: ActorIdx,
    generic: bool,
}

/// The extractor: dictionaries compiled once, then any number of documents.
pub struct Extractor<'a> {
    registry: &'a Registry,
    gazetteer: &'a Gazetteer,
    actor_patterns: Vec<ActorPattern>,
    acronyms: AhoCorasick,
    acronym_patterns: Vec<ActorPattern>,
    sources: AhoCorasick,
    sentence_words: SentenceWords,
    landmarks: AhoCorasick,
    /// The keys of [`lexicon::ABROAD`]'s names.
    abroad: HashSet<String>,
}

impl std::fmt::Debug for Extractor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

/// The forms of a whole document that change how its incidents are read: a log's "Location:"
/// field (pattern 0), a daily report's most notable incident (the others).
static DOCUMENT_FORMS: std::sync::LazyLock<AhoCorasick> = std::sync::LazyLock::new(|| {
    automaton(
        &[
            "Location:",
            "Loc:",
            "Place:",
            "most notable incident",
            "most prominent incident",
        ],
        false,
    )
});

fn automaton(patterns: &[&str], case_insensitive: bool) -> AhoCorasick {
    // A full DFA: more memory once, the fastest scan over every clause of every document.
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(case_insensitive)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .match_kind(MatchKind::LeftmostLongest)
        .build(patterns)
        .expect("the patterns build")
}

/// A short all-capitals name ("IS", "HNC") is matched only as written.
fn is_acronym(name: &str) -> bool {
    name.len() <= 5 && name.chars().all(|c| c.is_ascii_uppercase() || c == '-')
}

impl<'a> Extractor<'a> {
    /// Compiles the dictionaries: the registry's names and aliases, the generic phrases, the
    /// event words and the sources.
    pub fn new(registry: &'a Registry, gazetteer: &'a Gazetteer) -> Self {
        let mut names: Vec<String> = Vec::new();
        let mut actor_patterns = Vec::new();
        let mut acronyms: Vec<String> = Vec::new();
        let mut acronym_patterns = Vec::new();
        for (phrase, id) in lexicon::GENERIC_ACTORS {
            if let Some(actor) = registry.by_id(id) {
                names.push((*phrase).to_owned());
                actor_patterns.push(ActorPattern {
                    actor,
                    generic: true,
                });
            }
        }
        for (idx, actor) in registry.actors() {
            let all = std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .chain(actor.names.iter().map(|n| &n.name));
            for name in all {
                if is_acronym(name) {
                    acronyms.push(name.clone());
                    acronym_patterns.push(ActorPattern {
                        actor: idx,
                        generic: false,
                    });
                } else if name.chars().count() >= 4 && !name.contains('(') {
                    names.push(name.clone());
                    actor_patterns.push(ActorPattern {
                        actor: idx,
                        generic: false,
                    });
                }
            }
        }
        let sources: Vec<&str> = lexicon::SOURCES.iter().map(|(w, _)| *w).collect();
        let landmarks: Vec<&str> = lexicon::LANDMARKS.iter().map(|(p, _, _)| *p).collect();
        Self {
            registry,
            gazetteer,
            actor_patterns,
            acronyms: automaton(
                &acronyms.iter().map(String::as_str).collect::<Vec<_>>(),
                false,
            ),
            acronym_patterns,
            sources: automaton(&sources, false),
            sentence_words: SentenceWords::new(
                &[
                    (Cue::Allegation, lexicon::ALLEGATION),
                    (Cue::Aggregate, lexicon::AGGREGATE),
                    (Cue::Modal, lexicon::MODAL),
                    (Cue::Diplomatic, lexicon::DIPLOMATIC),
                    (Cue::Source, lexicon::SOURCE_CUES),
                    (Cue::Death, tolls::DEATH_WORDS),
                    (Cue::Landmark, &landmarks),
                    (Cue::Claim, lexicon::CLAIMS),
                    (Cue::Aircraft, lexicon::AIRCRAFT),
                    (Cue::Strike, lexicon::STRIKE_VERBS),
                    (Cue::Support, lexicon::SUPPORT),
                    (Cue::Casualty, tolls::CASUALTY_WORDS),
                    (Cue::Agreed, lexicon::AGREED),
                ],
                lexicon::EVENTS,
                &CLAUSE_BREAKS
                    .iter()
                    .copied()
                    .chain(EARLIER_ACT.iter().map(|(words, _)| *words))
                    .collect::<Vec<_>>(),
                &names,
            ),
            landmarks: automaton(&landmarks, true),
            abroad: lexicon::ABROAD
                .iter()
                .map(|name| truce_core::normalize::name_key(name))
                .collect(),
        }
    }

    /// Ground taken is the government regaining territory when the government or a force
    /// fighting for it (not a foreign state's) took it, and a non-state actor overtaking it
    /// when anyone else did (ACLED's definitions): the verb ("captured", "recaptured") only
    /// says which where the text names no perpetrator.
    fn taken_by(&self, event: SubEventType, actors: &[ActorMention]) -> SubEventType {
        use SubEventType::{GovernmentRegainsTerritory, NonStateActorOvertakesTerritory};
        if !matches!(
            event,
            GovernmentRegainsTerritory | NonStateActorOvertakesTerritory
        ) {
            return event;
        }
        let government = self.registry.by_id(lexicon::GOVERNMENT);
        let perpetrator = actors
            .iter()
            .filter(|a| a.role == Role::Perpetrator)
            .find_map(|a| self.registry.by_id(&a.actor_id));
        match (perpetrator, government) {
            (Some(actor), Some(government)) => {
                if self.fights_for(actor, government) {
                    GovernmentRegainsTerritory
                } else {
                    NonStateActorOvertakesTerritory
                }
            }
            _ => event,
        }
    }

    /// Whether `actor` is `government` or, not being a state's forces itself, belongs to it or
    /// fights for it (through `parent` and `affiliation`).
    fn fights_for(&self, actor: ActorIdx, government: ActorIdx) -> bool {
        let mut next = Some(actor);
        // The registry rejects cycles; the bound only guards the walk.
        for _ in 0..self.registry.len() {
            let Some(idx) = next else { break };
            if idx == government {
                return true;
            }
            let a = self.registry.actor(idx);
            if a.kind == truce_core::registry::ActorKind::StateForce {
                return false;
            }
            next = a.affiliation.or(a.parent);
        }
        false
    }

    /// Reads one document.
    pub fn extract(&self, doc: &Document<'_>) -> Vec<Candidate> {
        let sentences = sentences(doc.text);
        let mut reader = Reading {
            x: self,
            doc,
            written: day_of_writing(doc, sentences.first()),
            chars: CharIndex::new(doc.text),
            out: Vec::new(),
            last_incident: None,
            governorates: RefCell::new(Vec::new()),
            first_places: Vec::new(),
            none_reported: Vec::new(),
            of_the_dead: Vec::new(),
            sentences,
            words: self.sentence_words.find(doc.text),
            clocks: std::cell::OnceCell::new(),
            lent_places: Vec::new(),
        };
        let sentences = reader.sentences.clone();
        for (n, sentence) in sentences.iter().enumerate() {
            reader.sentence(n, sentence.clone());
        }
        // Each sentence's first character: which sentence a candidate was read in.
        let starts: Vec<usize> = sentences
            .iter()
            .map(|s| reader.chars.char_at(s.start))
            .collect();
        // (How many of a toll's dead were civilians is said of the toll where it was told,
        // before other mentions of its act take it.)
        reader.of_the_dead(&starts);
        reader.causes_after_tolls(&starts);
        reader.tolls_told_apart(&starts);
        reader.none_reported(&starts);
        let day_retold = reader.lead_retold(&starts);
        reader.protests_met_with_force(&sentences, &starts);
        reader.day_told_before(&sentences, &starts);
        reader.date_field_after(&sentences, &starts);
        if let Some(mentions) = day_retold {
            reader.day_retold(mentions);
        }
        reader.earlier_acts_dated();
        reader.next_day_told();
        // A daily report's "most notable incident", a log's "Location:" field: found in one
        // scan of the story (most stories have neither).
        let mut notable = None;
        let mut location_fields = false;
        for m in DOCUMENT_FORMS.find_iter(doc.text) {
            match m.pattern().as_usize() {
                0..=2 => location_fields = true,
                _ => notable = Some(notable.unwrap_or(m.start()).min(m.start())),
            }
        }
        if let Some(at) = notable {
            reader.most_notable(at);
        }
        // A register's row is of the day it opens with, however many fields on ("#0188 |
        // 2016-03-09 | Latakia | sector: … | ground clashes, mortars | KIA: 4 SAA").
        if let (_, Some(day)) = reader.register_opening(&sentences) {
            for i in 0..reader.out.len() {
                if reader.out[i].kind == Kind::Incident && reader.out[i].date_start.is_none() {
                    reader.date(i, &day);
                }
            }
        }
        // A post or an item that names no day at all ("Daraa: Unknown gunmen assassinated a
        // former FSA commander in Jasim") tells of the day it was written, as ACLED codes a
        // report's date (no span: the day is the document's).
        // (Nor does a cumulative toll "since 3 January" date one: "ISIS took full control of
        // Raqqa city … more than 1,000 people have been killed … since 3 January".)
        let since = |c: &Candidate| {
            c.evidence.date.is_some_and(|[start, _]| {
                doc.text[reader.chars.byte_at(start)..].starts_with("since ")
            })
        };
        if reader
            .out
            .iter()
            .all(|c| c.date_start.is_none() || since(c))
        {
            for c in reader
                .out
                .iter_mut()
                .filter(|c| c.kind == Kind::Incident && c.date_start.is_none())
            {
                c.date_start = Some(doc.date);
                c.date_end = Some(doc.date);
                c.date_precision = Some(DatePrecision::Day);
            }
        }
        reader.named_later(&sentences, &starts);
        if location_fields {
            reader.location_field(&sentences, &starts);
        }
        // (An allegation of a pattern is as wide as it says; it takes no setting.)
        let unplaced = |c: &Candidate| c.kind == Kind::Incident && c.location.is_none();
        if reader.out.iter().any(unplaced)
            && let Some(heading) = reader.heading(&sentences, &starts)
        {
            for c in reader.out.iter_mut().filter(|c| unplaced(c)) {
                c.location = Some(heading.clone());
            }
        }
        if reader.out.iter().any(unplaced) {
            reader.town_told_before(&sentences, &starts);
            reader.scene_told_after(&sentences, &starts);
        }
        // (In a note, not a story: a story's earlier sentences tell other acts, and its
        // setting stands for an unplaced one.)
        if sentences.len() <= NOTE_SENTENCES {
            reader.place_told_before(&sentences, &starts);
            reader.scene_of_the_pattern();
            reader.year_told_before();
        }
        if reader.out.iter().any(unplaced)
            && let Some(setting) = reader.setting(&sentences)
        {
            for c in reader.out.iter_mut().filter(|c| unplaced(c)) {
                c.setting = Some(setting.clone());
            }
        }
        reader.out
    }
}

/// Byte offsets to character offsets.
struct CharIndex {
    /// Byte offset of each char boundary, in order.
    starts: Vec<usize>,
    ascii: bool,
    /// The text's length in bytes.
    len: usize,
}

impl CharIndex {
    fn new(text: &str) -> Self {
        let ascii = text.is_ascii();
        Self {
            starts: if ascii {
                Vec::new()
            } else {
                text.char_indices().map(|(i, _)| i).collect()
            },
            ascii,
            len: text.len(),
        }
    }

    fn char_at(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.starts.partition_point(|&b| b < byte)
        }
    }

    fn byte_at(&self, char: usize) -> usize {
        if self.ascii {
            char
        } else {
            self.starts.get(char).copied().unwrap_or(self.len)
        }
    }

    fn evidence(&self, r: &Range<usize>) -> Evidence {
        [self.char_at(r.start), self.char_at(r.end)]
    }
}

/// Sentence ranges: ends at `.`, `!` or `?` before a space and a capital, a digit or a quote,
/// at a line break, or at a post's `|`; abbreviations ("U.S.", "Mr.") do not end one.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next byte that can end a sentence.
        let Some(skip) = bytes[i..]
            .iter()
            .position(|b| matches!(b, b'\n' | b'|' | b'.' | b'!' | b'?' | b';'))
        else {
            break;
        };
        i += skip;
        let b = bytes[i];
        let end_here = match b {
            // (A line, or a post's heading: "#Daraa | Tafas: …", "Til Temir | Yesterday …".)
            b'\n' | b'|' => true,
            // (A record's fields: "Loc: Saraqeb, E side; Type: airstrike; Victims: 3" — not a
            // note's "x1 killed; updated per LC: x2 dead".)
            b';' => field_label(&text[start..i]).is_some() && field_label(&text[i + 1..]).is_some(),
            b'.' | b'!' | b'?' => {
                let next = text[i + 1..].chars().next();
                let after = text[i + 1..]
                    .trim_start_matches([' ', '"', '\'', ')'])
                    .chars()
                    .next();
                let word = text[start..i]
                    .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
                    .next()
                    .unwrap_or("");
                let abbreviation = matches!(
                    word,
                    "Mr" | "Mrs"
                        | "Dr"
                        | "St"
                        | "Gen"
                        | "Col"
                        | "Lt"
                        | "Sgt"
                        | "Capt"
                        | "Maj"
                        | "Brig"
                        | "No"
                        | "vs"
                        | "approx"
                        | "Approx"
                        | "ca"
                        | "incl"
                        // A military log's shorthand: "vic. Kafr Nabl", "VBIED det.", "cas.".
                        | "vic"
                        | "det"
                        | "cas"
                        | "engrs"
                        | "hwy"
                        | "Rd"
                ) || (word.len() <= 3 && word.contains('.'))
                    || (word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()))
                    // (A month shortened before its day, told as a date: "on Aug. 27",
                    // "Syria, 2014 — Aug. 28: …"; a dateline's ends its sentence: "DAMASCUS,
                    // Oct. 4 (Xinhua) --".)
                    || after.is_some_and(|c| c.is_ascii_digit())
                        && matches!(
                            word,
                            "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep"
                                | "Sept" | "Oct" | "Nov" | "Dec"
                        )
                        && {
                            let before = text[start..i - word.len()].trim_end();
                            before.is_empty()
                                || before.ends_with(['—', '–'])
                                || ["on", "since", "by", "until", "from", "after", "before"]
                                    .iter()
                                    .any(|w| {
                                        // (At a sentence's start too: "On Sept. 3, 2015, …".)
                                        let before = before.to_ascii_lowercase();
                                        before == *w
                                            || before.ends_with(w)
                                                && before[..before.len() - w.len()]
                                                    .ends_with(' ')
                                    })
                        };
                !abbreviation
                    && next.is_none_or(|c| c.is_whitespace() || c == '"')
                    && after.is_none_or(|c| {
                        c.is_uppercase() || c.is_ascii_digit() || c == '"' || !c.is_ascii()
                    })
            }
            _ => false,
        };
        if end_here {
            let end = if matches!(b, b'\n' | b'|' | b';') {
                i
            } else {
                i + 1
            };
            push_trimmed(text, start..end, &mut found);
            start = i + 1;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut found);
    found
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if r.start + lead < r.end - trail {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Where a sentence divides into clauses that can report different things.
const CLAUSE_BREAKS: &[&str] = &[";", " but ", ", as ", " and after ", ", while ", ", after "];
/// Clause breaks after which an earlier act is told, for context, with its own toll and place
/// ("… were killed in Saraqib on Friday, a day after an air strike on Ariha killed 33"): no
/// cause for the deaths told before; and how many days earlier it was, where the words count
/// them.
const EARLIER_ACT: &[(&str, Option<i8>)] = &[
    (", a day after ", Some(1)),
    (", one day after ", Some(1)),
    (", two days after ", Some(2)),
    (", three days after ", Some(3)),
    (", days after ", None),
    (", hours after ", Some(0)),
    (", a week after ", None),
];

/// The year a run of digits is, if it is one a report would date an act by (four digits,
/// 1990–2049).
fn year_in(digits: &str) -> Option<i16> {
    (digits.len() == 4)
        .then(|| digits.parse::<i16>().ok())
        .flatten()
        .filter(|year| (1990..2050).contains(year))
}

/// Places that say which act a definite back-reference is of ("the hospital bombing").
const WHICH_ACT: &[&str] = &[
    "hospital",
    "market",
    "school",
    "mosque",
    "church",
    "bakery",
    "checkpoint",
    "convoy",
];

/// Words that open a clause told on the day after the last day told before it.
const NEXT_DAY: &[&str] = &[
    "the next day",
    "the following day",
    "the next morning",
    "the following morning",
    "the next evening",
    "the following evening",
];

/// Which of [`EARLIER_ACT`] a clause opens with, if one (the clause keeps its "a day after":
/// "On 6 October, a day after the drone attack on the college, …" is a context that opens
/// the clause, and is read as one).
fn earlier_act(text: &str, clause: usize) -> Option<Option<i8>> {
    // (Asked of every clause break: past a ";" that ends the text, there is no clause.)
    if !text
        .get(..clause)
        .is_some_and(|before| before.ends_with(", "))
    {
        return None;
    }
    EARLIER_ACT
        .iter()
        .find(|(words, _)| begins_with_any(text, clause, &[&words[", ".len()..]]))
        .map(|(_, days)| *days)
}

fn clauses(hits: &[Hit], text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = sentence.start;
    for m in leftmost_longest(hits, &sentence, |role| role.breaks) {
        // (", as well as 3 civilians", ", as were 3 civilians" add to the clause's toll: no
        // break.)
        if begins_with_any(text, m.at.end, &["well as ", "were "]) {
            continue;
        }
        // (The words of an earlier act's context stay in its clause, after the comma; "…
        // were found, a week after they were kidnapped" tells of the same victims: no break.)
        let context = earlier_act(text, m.at.start + ", ".len()).is_some();
        if context && begins_with_any(text, m.at.end, &["they ", "he ", "she "]) {
            continue;
        }
        if m.at.start > from {
            out.push(from..m.at.start);
        }
        from = if context {
            m.at.start + ", ".len()
        } else {
            m.at.end
        };
    }
    out.push(from..sentence.end);
    out.retain(|r| !text[r.clone()].trim().is_empty());
    out
}

/// Whether a match stands as whole words: no letter, digit or hyphen on either side.
fn bounded(text: &str, r: Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    before.is_none_or(|c| !word(c)) && after.is_none_or(|c| !word(c))
}

/// Words after an actor's name that make it the doer ("jihadist attack", "Russian air strikes").
const DOER_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "assault",
    "offensive",
    "bombing",
    "bombings",
    "strike",
    "strikes",
    "air",
    "shelling",
    "raid",
    "raids",
    "warplanes",
    "jets",
    "aircraft",
    "fighters",
    "forces",
    "troops",
];

/// Words before an actor's name that make it the target.
const TARGET_CUES: &[&str] = &[
    "against",
    "targeting",
    "targeted",
    "on",
    "at",
    "hit",
    "hitting",
    "struck",
    "bombing",
    "shelling",
    "attacked",
    "killing",
];

/// What is seized that is no ground: goods a seizure takes ("quantities of captagon were
/// seized").
const SEIZED_GOODS: &[&str] = &[
    "captagon",
    "drugs",
    "hashish",
    "narcotics",
    "pills",
    "quantities",
    "quantity",
    "ammunition",
    "weapons",
    "rifles",
    "arms",
    "vehicle",
    "vehicles",
    "cigarettes",
    "goods",
    "fuel",
];

/// Acts that kill no one by what they are: a toll is never theirs.
const HARMLESS: &[SubEventType] = &[
    SubEventType::Abduction,
    SubEventType::Agreement,
    SubEventType::Arrests,
    SubEventType::ChangeToGroupActivity,
    SubEventType::DisruptedWeaponsUse,
    SubEventType::HeadquartersOrBaseEstablished,
    SubEventType::LootingPropertyDestruction,
    SubEventType::NonViolentTransferOfTerritory,
    SubEventType::Other,
    SubEventType::PeacefulProtest,
];

/// The sentences where a story says where it is: the dateline and the lead.
const LEAD_SENTENCES: usize = 3;
/// How many sentences back an undated incident looks for the day it happened.
const DAY_TOLD_BEFORE: usize = 2;
/// The most sentences a monitor's note runs to (a Commission paragraph, a log entry); a longer
/// text is a story.
const NOTE_SENTENCES: usize = 6;
/// The most words a log's heading holds ("Deir ez-Zor city (govt enclave).").
const HEADING_WORDS: usize = 8;

struct Reading<'x, 'd> {
    x: &'x Extractor<'x>,
    doc: &'d Document<'d>,
    /// The day the days a text tells are counted from: the document's, unless its heading
    /// says another ([`day_of_writing`]).
    written: Date,
    chars: CharIndex,
    out: Vec<Candidate>,
    /// Index in `out` and sentence number of the last incident-like candidate.
    last_incident: Option<(usize, usize)>,
    /// The governorate of each name asked about ("Idlib" → Idlib Governorate): a story names
    /// its places again and again, and each lookup keys and matches the name anew.
    governorates: RefCell<Vec<(&'d str, Option<truce_core::gazetteer::Candidate<'x>>)>>,
    /// The first place read in each sentence whose clauses were searched for places, by
    /// sentence number (`Some(None)`: searched, and none found).
    first_places: Vec<Option<Option<Found<PlaceHit<'x>>>>>,
    /// Where a sentence says no deaths were reported, by sentence number (see
    /// [`tolls::none_reported`]).
    none_reported: Vec<(usize, Range<usize>, Fatalities)>,
    /// Sentences that say how many of the dead were civilians or fighters, and how many.
    of_the_dead: Vec<(usize, tolls::OfTheDead)>,
    /// The document's sentences.
    sentences: Vec<Range<usize>>,
    /// The document's words (see [`SentenceWords`]).
    words: Vec<Hit>,
    /// A live blog's clock, read when a toll first asks (see [`dates::EntryClocks`]).
    clocks: std::cell::OnceCell<dates::EntryClocks>,
    /// Candidates (indices in `out`) placed by another clause of their sentence, not their own:
    /// the act told again with a place of its own says better where it was.
    lent_places: Vec<usize>,
}

/// The few dozen bytes before `at` (on a character boundary): what cue words are read from.
fn window_before(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(48);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

/// Whether the act named at `at` is counted, not told: "23 shelling incidents", "7 ceasefire
/// violations", "14 shelling attacks … were registered".
fn counted(text: &str, at: &Range<usize>) -> bool {
    let after = window_after(text, at.end).trim_start();
    ["incident", "violation", "attack"]
        .iter()
        .any(|w| after.starts_with(w))
        && window_before(text, at.start)
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `after` (the words after a day) says who revised a toll on that day: "on 30 May
/// SOHR updated the toll to 13" dates the revision, not an act.
fn toll_revised_after(after: &str) -> bool {
    let lower = after.to_ascii_lowercase();
    ["updated the", "revised the", "raised the"]
        .iter()
        .find_map(|w| lower.find(w).map(|at| (at, &lower[at + w.len()..])))
        .is_some_and(|(at, rest)| {
            lower[..at].split_whitespace().count() <= 3
                && (rest.starts_with(" toll") || rest.starts_with(" death toll"))
        })
}

/// The few dozen bytes after `at`.
fn window_after(text: &str, at: usize) -> &str {
    let mut end = (at + 48).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

#[derive(Clone)]
struct Found<T> {
    value: T,
    at: Range<usize>,
}

/// A place found: the gazetteer's candidate and the precision the words give it.
#[derive(Clone)]
struct PlaceHit<'g> {
    candidate: truce_core::gazetteer::Candidate<'g>,
    precision: u8,
}

/// A toll read apart from the act it is joined to: its figures, who died, how many civilians,
/// and where it was read.
struct ToldToll {
    fatalities: Fatalities,
    victims: Option<Victims>,
    civilians: Option<u32>,
    evidence: Option<Evidence>,
}

impl ToldToll {
    /// The toll candidate `c` was read with, if any.
    fn of(c: &Candidate) -> Option<Self> {
        c.fatalities.map(|fatalities| Self {
            fatalities,
            victims: c.victims,
            civilians: c.civilians,
            evidence: c.evidence.fatalities,
        })
    }

    /// Gives `c` this toll in place of its own.
    fn set_on(&self, c: &mut Candidate) {
        c.fatalities = Some(self.fatalities);
        c.victims = self.victims;
        c.civilians = self.civilians;
        c.evidence.fatalities = self.evidence;
    }

    /// Joins this toll to `c`: its own where it has none, the sum where the toll adds to the
    /// one it has (exact figures only: "an unknown number … were also killed" is not added),
    /// the new one where it updates it (keeping the civilians unless recounted).
    fn join_to(&self, c: &mut Candidate, joining: tolls::Joining) {
        let Some(before) = c.fatalities else {
            return self.set_on(c);
        };
        match joining {
            tolls::Joining::Told => {}
            tolls::Joining::Updates => {
                let civilians = c.civilians;
                self.set_on(c);
                c.civilians = c.civilians.or(civilians);
            }
            // ("Dozens of mercenaries were killed, while 3 of our fighters attained
            // martyrdom": a figure adds to a vague toll as ACLED codes them, 12 and 3; a vague
            // toll adds nothing to a figure — "at least 30 … An unknown number of jihadists
            // were also killed".)
            tolls::Joining::Disputes if exact(Some(before)) && exact(Some(self.fatalities)) => {
                let toll = tolls::disputed(before, self.fatalities);
                c.fatalities = Some(toll);
                // (Civilians no more than the dead the lower count holds.)
                c.civilians = c.civilians.zip(toll.best).map(|(n, dead)| n.min(dead));
            }
            // (A figure stands over a vague word: "Dozens … were killed. SOHR put the death
            // toll at 58".)
            tolls::Joining::Disputes if !exact(Some(before)) => self.set_on(c),
            tolls::Joining::Disputes => {}
            tolls::Joining::Adds if !exact(Some(self.fatalities)) => {}
            tolls::Joining::Adds => {
                c.fatalities = Some(tolls::added(before, self.fatalities));
                if c.victims != self.victims {
                    c.victims = Some(Victims::Unspecified);
                }
                c.civilians = c.civilians.zip(self.civilians).map(|(a, b)| a + b);
                if let (Some(e), Some(added)) = (&mut c.evidence.fatalities, self.evidence) {
                    *e = [e[0].min(added[0]), e[1].max(added[1])];
                }
            }
        }
    }
}

/// Whether a day `then` is within the week after `first` (either unknown: nothing says not).
fn within_week_after(first: Option<Date>, then: Option<Date>) -> bool {
    match (first, then) {
        (Some(first), Some(then)) => {
            first <= then && then <= first.saturating_add(jiff::ToSpan::days(7))
        }
        _ => true,
    }
}

/// Whether `area` is a wider place (a district, a governorate) that holds `town`.
fn area_holds(area: &Location, town: &Location) -> bool {
    area.geo_precision > town.geo_precision && area.admin1.is_some() && area.admin1 == town.admin1
}

/// Whether a toll is a figure, not a vague word ("dozens") or an unknown: it has its low end.
fn exact(f: Option<Fatalities>) -> bool {
    f.is_some_and(|f| f.low.is_some())
}

/// The number of the sentence candidate `c` was read in, counted from 1, given each
/// sentence's first character.
fn sentence_of(starts: &[usize], c: &Candidate) -> usize {
    starts.partition_point(|&s| s <= c.evidence.clause[0])
}

impl<'x, 'd> Reading<'x, 'd> {
    fn text(&self, r: &Range<usize>) -> &str {
        &self.doc.text[r.clone()]
    }

    /// A toll told without its act takes, as its cause, the first act told in the sentence
    /// after it even where that sentence has a place or a day of its own ("At least 45 people
    /// have been killed in Aleppo in the last 24 hours. Regime warplanes bombed the eastern
    /// districts on Sunday."); two sentences apart, nothing ties them. Bodies found take the
    /// day of the act told after them too, where it came before ("Yesterday, residents
    /// recovered the bodies of two Syrian men … Relatives say both … were shot by Turkish
    /// border guards on Tuesday night").
    fn causes_after_tolls(&mut self, starts: &[usize]) {
        let sentence_of = |c: &Candidate| sentence_of(starts, c);
        for i in 0..self.out.len() {
            let told = &self.out[i];
            if told.kind != Kind::Incident || told.event_type.is_some() || told.fatalities.is_none()
            {
                continue;
            }
            let at = sentence_of(told);
            let act = self.out[i + 1..]
                .iter()
                .take_while(|c| sentence_of(c) <= at + 1)
                .find(|c| c.kind == Kind::Incident && c.event_type.is_some())
                .filter(|c| {
                    earlier_act(self.doc.text, self.chars.byte_at(c.evidence.clause[0])).is_none()
                })
                .map(|c| {
                    let day = (c.date_start, c.date_end, c.date_precision, c.evidence.date);
                    (c.event_type, c.sub_event_type, c.evidence.event, day)
                });
            if let Some((event_type, sub_event_type, evidence, day)) = act {
                let bodies = told.evidence.fatalities.is_some_and(|e| {
                    let words = self.doc.text[self.chars.byte_at(e[0])..self.chars.byte_at(e[1])]
                        .to_ascii_lowercase();
                    words.contains("bodies") || words.contains("body of")
                });
                let c = &mut self.out[i];
                c.event_type = event_type;
                c.sub_event_type = sub_event_type;
                c.evidence.event = evidence;
                if bodies
                    && day.0.is_some()
                    && c.date_start.is_some_and(|found| day.0 < Some(found))
                {
                    (c.date_start, c.date_end, c.date_precision, c.evidence.date) = day;
                }
            }
        }
    }

    /// "13 of the dead were civilians": the incident told in one of the two sentences before,
    /// with at least that many dead, had that many civilians among them.
    fn of_the_dead(&mut self, starts: &[usize]) {
        for (n, of_the_dead) in std::mem::take(&mut self.of_the_dead) {
            let some = match of_the_dead {
                tolls::OfTheDead::Civilians(k) | tolls::OfTheDead::Combatants(k) => k,
            };
            // (A toll alone counts too: "The observatory has raised its toll to 126 dead. Of
            // the dead, 13 were rebel fighters".)
            // (Up to three sentences on: "… killing 27 people. The explosions went off minutes
            // apart … The second blast hit as rescuers gathered … Of the dead, 18 were
            // civilians".)
            let told = self.out.iter().rposition(|c| {
                let m = sentence_of(starts, c) - 1;
                matches!(c.kind, Kind::Incident | Kind::AggregateToll)
                    && n.saturating_sub(3) <= m
                    && m < n
                    && c.fatalities
                        .and_then(|f| f.best)
                        .is_some_and(|dead| dead >= some)
            });
            if let Some(i) = told {
                let c = &mut self.out[i];
                c.civilians = match of_the_dead {
                    tolls::OfTheDead::Civilians(k) => Some(k),
                    // (Fighters among fighters leave no civilians: "twenty-three fighters …
                    // Fourteen of the dead were members of the Islamic factions".)
                    tolls::OfTheDead::Combatants(_) if c.victims == Some(Victims::Combatants) => {
                        c.civilians
                    }
                    tolls::OfTheDead::Combatants(k) => {
                        c.fatalities.and_then(|f| f.best).map(|dead| dead - k)
                    }
                };
            }
        }
    }

    /// A protest whose next clauses or next sentence tell the force it met ("Residents
    /// protested in Jarablus … SNA military police fired into the air to disperse the
    /// protesters.", "… protested in Tartous city; GS forces fired into the air to disperse
    /// them") is typed by that force, as one told in its own clause is.
    fn protests_met_with_force(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        for i in 0..self.out.len() {
            let c = &self.out[i];
            if c.sub_event_type != Some(SubEventType::PeacefulProtest.name()) {
                continue;
            }
            // (`sentence_of` counts from 1: it is the index of the sentence after.)
            let after = sentence_of(starts, c);
            let Some(own) = sentences.get(after.wrapping_sub(1)) else {
                continue;
            };
            // (The evidence counts characters: the clause is found by its words.)
            let sentence = &self.doc.text[own.clone()];
            let rest = sentence
                .find(c.text.as_str())
                .map_or("", |at| &sentence[at + c.text.len()..]);
            let next = sentences
                .get(after)
                .map_or("", |r| &self.doc.text[r.clone()]);
            let typed = [rest, next]
                .into_iter()
                .map(|words| met_with_force(SubEventType::PeacefulProtest, words))
                .find(|typed| *typed != SubEventType::PeacefulProtest)
                .unwrap_or(SubEventType::PeacefulProtest);
            if typed != SubEventType::PeacefulProtest {
                let c = &mut self.out[i];
                c.event_type = Some(typed.event_type().name());
                c.sub_event_type = Some(typed.name());
            }
        }
    }

    /// A story tells its first act roughly, then again in detail ("Dozens killed as air
    /// strikes hit Douma" … "Warplanes struck the town's centre … at least 32 people were
    /// killed"): the first incident takes, from later mentions of the same kind of act at no
    /// other place and on no other day, the place it lacks and an exact toll where its own is
    /// vague or missing, and the toll of a later update. The later mentions stay as they are.
    /// Returns the lead and the first later mention that tells the day the lead lacks: its day
    /// is the lead's if nothing else dates it (see [`Self::day_retold`]).
    fn lead_retold(&mut self, starts: &[usize]) -> Option<(usize, usize)> {
        // A later toll alone that updates the first ("Later on Tuesday the Observatory raised
        // the toll to 23": the same dead counted again, so more, but not tenfold — a country's
        // toll is not an update of a village's) or adds to it ("A fifth truffle hunter died of
        // his wounds on 8 March"), told that day or in the week after.
        fn joins(
            later: &Candidate,
            lead: &Candidate,
            told_in: &str,
            newer_entry: Option<bool>,
            starts: &[usize],
        ) -> Option<tolls::Joining> {
            let (Some(new), Some(old)) = (
                later.fatalities.and_then(|f| f.best),
                lead.fatalities.and_then(|f| f.best),
            ) else {
                return None;
            };
            let soon = within_week_after(lead.date_start, later.date_start);
            // (A toll told right after the act carries the act's type: see `sentence`.)
            // (So does a live blog's later entry at the act's own place: "Updated: SOHR says
            // 14 civilians were killed in today's strikes on Arbin".)
            let same_place = match (&later.location, &lead.location) {
                (None, _) => later.other_locations.is_empty(),
                (Some(a), Some(b)) => a.name == b.name,
                (Some(_), None) => false,
            };
            let alone = matches!(later.kind, Kind::Incident | Kind::AggregateToll)
                && (later.event_type.is_none() || later.sub_event_type == lead.sub_event_type)
                && same_place;
            // (The words are read only of a toll that could join: most cannot.)
            if !(alone && soon) {
                return None;
            }
            // A live blog's later entry tells the newer toll of the same dead, in whatever
            // words ("17:30 GMT: The Observatory now says 34 civilians … were killed"); an
            // earlier entry told below it (a blog that runs backwards) updates nothing.
            // (Another count of the same dead: not the same, but not tenfold either way.)
            let recount =
                new != old && new < old.saturating_mul(10) && old < new.saturating_mul(10);
            if let Some(newer) = newer_entry {
                return (newer && recount).then_some(tolls::Joining::Updates);
            }
            // An investigation's own finding stands over the figures it weighed, higher or
            // lower ("could confirm the names of 19 civilians killed").
            if recount && tolls::finding(told_in) {
                return Some(tolls::Joining::Updates);
            }
            match tolls::joining(told_in) {
                tolls::Joining::Updates if old < new && new < old.saturating_mul(10) => {
                    Some(tolls::Joining::Updates)
                }
                // (More dead only where told right after: "also killed" paragraphs later is
                // another place's more often than not.)
                tolls::Joining::Adds
                    if exact(later.fatalities)
                        && exact(lead.fatalities)
                        && sentence_of(starts, later) <= sentence_of(starts, lead) + 2 =>
                {
                    Some(tolls::Joining::Adds)
                }
                _ => None,
            }
        }
        let first = self
            .out
            .iter()
            .position(|c| c.kind == Kind::Incident && c.sub_event_type.is_some())?;
        let (text, chars, sentences) = (self.doc.text, &self.chars, &self.sentences);
        let clocks = &self.clocks;
        let (head, rest) = self.out.split_at_mut(first + 1);
        let lead = &mut head[first];
        let mut day_from = None;
        let mut toll_told = false;
        for (j, later) in rest.iter().enumerate() {
            // A feature tells its act, then paragraphs later its toll, on the day it was
            // counted ("The bombing struck on Wednesday morning in … Qamishli" … "By Thursday
            // afternoon, Kurdish health officials said 48 people had been killed"): a lead
            // without a toll takes the first toll told after it, a figure told alone (no act of its
            // own), at its place, in its area or at none, within the week after — not a toll
            // spread over a country or a war.
            if later.fatalities.is_some() && !std::mem::replace(&mut toll_told, true) {
                let at_place = match (&later.location, &lead.location) {
                    (None, _) => later.other_locations.is_empty(),
                    (Some(a), Some(b)) => a.name == b.name || area_holds(a, b),
                    (Some(_), None) => false,
                };
                if lead.fatalities.is_none()
                    && exact(later.fatalities)
                    && later.event_type.is_none()
                    && matches!(later.kind, Kind::Incident | Kind::AggregateToll)
                    && within_week_after(lead.date_start, later.date_start)
                    && at_place
                    && !spread_wide(&later.text)
                    && let Some(toll) = ToldToll::of(later)
                {
                    toll.set_on(lead);
                    continue;
                }
            }
            // The words a toll is told in: its clause's, or the sentence it was taken from ("a
            // shopkeeper whose store was damaged in the blast. … the death toll had risen to
            // 17": an act told just before a toll alone takes it).
            let told_in = later
                .evidence
                .fatalities
                .map(|[start, _]| chars.byte_at(start))
                .and_then(|at| sentences.iter().find(|s| s.contains(&at)))
                .filter(|s| {
                    let clause = &later.evidence.clause;
                    !(chars.byte_at(clause[0]) >= s.start && chars.byte_at(clause[1]) <= s.end)
                })
                .map_or(later.text.as_str(), |s| &text[s.clone()]);
            // (Or a day within the lead's days: "pounded the enclave … since Sunday night" and
            // "38 civilians were killed on Tuesday".)
            // (A mention dated only by its time of day tells no day: "The Mission recorded
            // heavy shelling on Wednesday evening. At 21:30, around 15 artillery rounds
            // impacted in … Ariha".)
            let by_time = later.evidence.date.is_some_and(|[start, end]| {
                dates::is_time(&text[chars.byte_at(start)..chars.byte_at(end)])
            });
            let same_day = match (lead.date_start, lead.date_end, later.date_start) {
                _ if by_time => true,
                (Some(first), Some(last), Some(day)) => first <= day && day <= last,
                (Some(first), None, Some(day)) => first == day,
                _ => true,
            };
            // (A bombing told again as the car bomb and the suicide attacks it was is the same
            // act, where the lead says where: "the twin bombings in Sayyida Zaynab" … "a car
            // bomb and a suicide attack targeted the Sayyida Zaynab area".)
            let bombing = |c: &Candidate| {
                [SubEventType::RemoteExplosive, SubEventType::SuicideBomb]
                    .iter()
                    .any(|e| c.sub_event_type == Some(e.name()))
            };
            let same_act = later.kind == Kind::Incident
                && (later.sub_event_type == lead.sub_event_type
                    || lead.location.is_some() && bombing(lead) && bombing(later));
            // (Whether a live blog's entry is newer than the lead's: see `joins`.)
            let toll_at = |c: &Candidate| Some(chars.byte_at(c.evidence.fatalities?[0]));
            let newer_entry = toll_at(lead).zip(toll_at(later)).and_then(|(then, now)| {
                clocks
                    .get_or_init(|| dates::EntryClocks::of(text))
                    .newer(then, now)
            });
            let joining = joins(later, lead, told_in, newer_entry, starts);
            if !(same_day && same_act) && joining.is_none() {
                continue;
            }
            // (A town within the area the lead named is the same place, told closer: "Dozens
            // killed as bombardment of Eastern Ghouta intensifies" … "killed at least 23
            // civilians in the besieged town of Kafr Batna".)
            let (same_place, closer) = match (&lead.location, &later.location) {
                (Some(a), Some(b)) => (a.name == b.name || area_holds(a, b), area_holds(a, b)),
                (None, Some(_)) => (true, true),
                _ => (true, false),
            };
            if !same_place {
                continue;
            }
            if closer {
                lead.location = later.location.clone();
            }
            // (And the day it lacks, from a mention of the same act: "Shelling and air strikes
            // continued across East Ghouta … In Duma, … shelling hit residential areas in the
            // morning of 21 February". An update's day is the update's.)
            if day_from.is_none()
                && lead.date_start.is_none()
                && same_act
                && joining.is_none()
                && later.date_precision == Some(DatePrecision::Day)
                // (Told in its own words, not a toll that took the lead's act.)
                && later.evidence.event != lead.evidence.event
            {
                day_from = Some((first, first + 1 + j));
            }
            let told = || ToldToll::of(later);
            if let Some(joining) = joining {
                if let Some(toll) = told() {
                    // (A live blog's newer count of dead who were all civilians counts
                    // civilians still, unless it says otherwise: "MSF says 14 patients and
                    // staff were killed" … "The toll has risen to 27".)
                    let all_civilians = lead.civilians.is_some()
                        && lead.civilians == lead.fatalities.and_then(|f| f.best);
                    toll.join_to(lead, joining);
                    if newer_entry == Some(true) && all_civilians && toll.civilians.is_none() {
                        lead.civilians = lead.fatalities.and_then(|f| f.best);
                    }
                }
            } else if !exact(lead.fatalities)
                && exact(later.fatalities)
                && let Some(toll) = told()
            {
                toll.set_on(lead);
            }
        }
        day_from
    }

    /// "No casualties were reported", "Fatalities unknown": an incident read in that sentence
    /// or one of the two before it, still without a toll, has none reported — 0, as ACLED
    /// codes it (its low and high too where the words say none, not unknown).
    fn none_reported(&mut self, starts: &[usize]) {
        for (n, at, fatalities) in std::mem::take(&mut self.none_reported) {
            let told = self.out.iter().rposition(|c| {
                let m = sentence_of(starts, c) - 1;
                c.kind == Kind::Incident && n.saturating_sub(2) <= m && m <= n
            });
            if let Some(i) = told
                && self.out[i].fatalities.is_none()
            {
                let evidence = self.chars.evidence(&at);
                let c = &mut self.out[i];
                c.fatalities = Some(fatalities);
                c.evidence.fatalities = Some(evidence);
            }
        }
    }

    /// An incident told without a toll takes the toll of another mention of the same act:
    /// a later incident of the same kind of act (or of none), at the same place, on a day that
    /// does not differ ("Turkish shelling hit Kafr Safra on Saturday. … 9 civilians were killed
    /// in Kafr Safra"), or the unplaced toll told just before it in the same sentence ("SOHR
    /// documented the death of 9 civilians, as a result of the Turkish artillery shelling which
    /// targeted the village of Kafr Safra"). The other mention keeps its own.
    fn tolls_told_apart(&mut self, starts: &[usize]) {
        let sentence_of = |c: &Candidate| sentence_of(starts, c);
        let same_act = |a: &Candidate, b: &Candidate| {
            a.kind == Kind::Incident
                && b.fatalities.is_some()
                && (a.event_type.is_none()
                    || b.event_type.is_none()
                    || a.event_type == b.event_type)
                && (a.date_start.is_none()
                    || b.date_start.is_none()
                    || a.date_start == b.date_start)
        };
        for i in 0..self.out.len() {
            let told = &self.out[i];
            let Some(place) = told.location.as_ref().map(|l| &l.name) else {
                continue;
            };
            if told.fatalities.is_some() {
                continue;
            }
            let before = i.checked_sub(1).map(|j| &self.out[j]).filter(|b| {
                b.kind == Kind::Incident
                    && b.location.is_none()
                    && sentence_of(b) == sentence_of(told)
                    && same_act(told, b)
            });
            let later = || {
                self.out[i + 1..].iter().find(|c| {
                    c.kind == Kind::Incident
                        && c.location.as_ref().is_some_and(|l| &l.name == place)
                        && same_act(told, c)
                })
            };
            if let Some(other) = before.or_else(later) {
                let (fatalities, victims, civilians, evidence) = (
                    other.fatalities,
                    other.victims,
                    other.civilians,
                    other.evidence.fatalities,
                );
                let c = &mut self.out[i];
                c.fatalities = fatalities;
                c.victims = victims;
                c.civilians = civilians;
                c.evidence.fatalities = evidence;
            }
        }
    }

    /// An incident whose words tell no day happened on the day told last in the two sentences
    /// before it ("Fri 04/03. Biggest demos in years …", "Evacuation … completed this
    /// afternoon: … SAA units entered the town"): a note goes on in the day it set.
    fn day_told_before(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        // The last day each sentence tells, read once (the candidates of one paragraph look
        // back to the same sentences).
        let mut last_day: Vec<Option<Option<Found<DaySpan>>>> = vec![None; sentences.len()];
        let undated =
            self.incidents_lacking(starts, |c| c.date_start.is_none() || self.dated_by_time(c));
        for (i, own) in undated {
            // (A log's fields — "Location: …", "Reporting party: …" — are no sentences of
            // their own here: "#058 — 05/03/2016, 10:45. Location: … Description: …".)
            let mut told = 0;
            let Some(day) = sentences[..own]
                .iter()
                .zip(&mut last_day)
                .rev()
                .find_map(|(s, last)| {
                    if field_label(self.text(s)).is_none() {
                        told += 1;
                    }
                    if told > DAY_TOLD_BEFORE {
                        return Some(None);
                    }
                    // (A day, not a time of day — "at dawn" is the day of writing's, not
                    // the day the note set: "Raqqa, 30 May 2021. SDF military police raided
                    // houses … at dawn".)
                    last.get_or_insert_with(|| {
                        self.dates(s)
                            .into_iter()
                            .rfind(|d| !self.time_of_day(&d.at))
                    })
                    .clone()
                    .map(Some)
                })
                .flatten()
            else {
                continue;
            };
            self.date(i, &day);
        }
    }

    /// The incidents `lacks` holds for, each with the number (from 0) of the sentence it was
    /// read in: what the passes that complete a candidate from the sentences around it go
    /// through (each completes only its own candidate, so the list stays true as they go).
    /// (Agreements reached too, events of their own: "10 March 2025. Interim President Ahmed
    /// al-Sharaa and SDF commander Mazloum Abdi signed an agreement in Damascus …".)
    fn incidents_lacking(
        &self,
        starts: &[usize],
        lacks: impl Fn(&Candidate) -> bool,
    ) -> Vec<(usize, usize)> {
        self.out
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                (c.kind == Kind::Incident
                    || c.kind == Kind::Diplomatic
                        && c.sub_event_type == Some(SubEventType::Agreement.name()))
                    && lacks(c)
            })
            .map(|(i, c)| (i, sentence_of(starts, c) - 1))
            .collect()
    }

    /// Whether only a time of day dated the candidate (the day of writing): a day told in
    /// the sentences before is the act's ("47. On 25 July, … ISIL fighters launched attacks on
    /// As-Suwayda city. At approximately 7:15 a.m., a suicide bomber …").
    fn dated_by_time(&self, c: &Candidate) -> bool {
        c.evidence.date.is_some_and(|[start, end]| {
            self.time_of_day(&(self.chars.byte_at(start)..self.chars.byte_at(end)))
        })
    }

    /// Whether the words at `at` are a time of day ("6:00 pm", "at dawn"), which dates by the
    /// day of writing, not a day told.
    fn time_of_day(&self, at: &Range<usize>) -> bool {
        dates::is_time(&self.doc.text[at.clone()])
    }

    /// A log's "Date of incident:" or "Time:" field told after an undated act, before the
    /// next, is its day ("Type: artillery fire | Location: … | Date of incident: 12/04/2016").
    fn date_field_after(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        for (i, own) in self.incidents_lacking(starts, |c| c.date_start.is_none()) {
            let next = self.out[i + 1..]
                .iter()
                .find(|c| c.kind == Kind::Incident)
                .map_or(sentences.len(), |c| sentence_of(starts, c) - 1);
            // (The next act's own sentence may be the field: "Date of incident: 01/04/2016,
            // fighting continued into 02/04.")
            let fields = &sentences[(own + 1).min(next)..(next + 1).min(sentences.len())];
            let day = fields.iter().find_map(|s| {
                let label = field_label(self.text(s))?.to_ascii_lowercase();
                (label.starts_with("date") || label == "time")
                    .then(|| self.dates(s).into_iter().next())
                    .flatten()
            });
            if let Some(day) = day {
                self.date(i, &day);
            }
        }
    }

    /// The lead takes the day of a later mention of its act (see [`Self::lead_retold`]) where
    /// nothing else dated it.
    /// An act told "a day after" another ("two days", "three days"; "hours after") that names
    /// no day of its own took the day of the act it explains: it happened that many days
    /// before.
    fn earlier_acts_dated(&mut self) {
        for c in &mut self.out {
            let clause = c.evidence.clause;
            let Some(Some(days)) = earlier_act(self.doc.text, self.chars.byte_at(clause[0])) else {
                continue;
            };
            let own_day = c
                .evidence
                .date
                .is_some_and(|d| clause[0] <= d[0] && d[1] <= clause[1]);
            if own_day || c.date_precision != Some(DatePrecision::Day) {
                continue;
            }
            let back = jiff::ToSpan::days(-i64::from(days));
            c.date_start = c.date_start.and_then(|d| d.checked_add(back).ok());
            c.date_end = c.date_start;
        }
    }

    fn day_retold(&mut self, (lead, later): (usize, usize)) {
        if self.out[lead].date_start.is_none() {
            let told = &self.out[later];
            let (start, end, precision, evidence) = (
                told.date_start,
                told.date_end,
                told.date_precision,
                told.evidence.date,
            );
            let c = &mut self.out[lead];
            c.date_start = start;
            c.date_end = end;
            c.date_precision = precision;
            c.evidence.date = evidence;
        }
    }

    /// Gives the candidate at `idx` the day `day` read.
    fn date(&mut self, idx: usize, day: &Found<DaySpan>) {
        let evidence = self.chars.evidence(&day.at);
        let c = &mut self.out[idx];
        c.date_start = Some(day.value.start);
        c.date_end = Some(day.value.end);
        c.date_precision = Some(day.value.precision);
        c.evidence.date = Some(evidence);
    }

    /// A daily report that names its "most notable incident" ("SNHR documented the killing of
    /// 11 civilians … in Syria yesterday. The most notable incident: Russian warplanes …")
    /// tells the day's total before it: a toll across incidents, not one.
    fn most_notable(&mut self, at: usize) {
        let at = self.chars.char_at(at);
        for c in self.out.iter_mut() {
            if c.kind == Kind::Incident && c.evidence.clause[1] <= at {
                c.kind = Kind::AggregateToll;
            }
        }
    }

    /// A log's "Location:" field places the incidents told after it (up to the next such
    /// field), or an act told just before it where none came before, unless one's own words name a more precise place ("Location: SAA checkpoint at
    /// the N entrance of Izraa (Daraa). … Description: 6 men … detained at the checkpoint
    /// while travelling to Damascus").
    fn location_field(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        let fields: Vec<(usize, Location)> = sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                // ("Location:", a record's "Loc:", a form's "Place:".)
                field_label(self.text(s)).is_some_and(|l| {
                    ["location", "loc", "place"]
                        .iter()
                        .any(|w| l.eq_ignore_ascii_case(w))
                })
            })
            .filter_map(|(n, s)| {
                let place = self
                    .places_searched(s)
                    .1
                    .into_iter()
                    .min_by_key(|p| p.value.precision)?;
                Some((n, self.location(place)))
            })
            .collect();
        let incidents: Vec<usize> = self
            .out
            .iter()
            .filter(|c| c.kind == Kind::Incident)
            .map(|c| sentence_of(starts, c) - 1)
            .collect();
        for (i, c) in self
            .out
            .iter_mut()
            .filter(|c| c.kind == Kind::Incident)
            .enumerate()
        {
            let own = incidents[i];
            // The field before the act, or else the one after it, before the next act ("Type:
            // mortar fire. Location: Jaramana, Rif Dimashq.").
            let next = incidents.get(i + 1).copied().unwrap_or(usize::MAX);
            let Some((_, field)) = fields
                .iter()
                .rev()
                .find(|(n, _)| *n <= own)
                .or_else(|| fields.iter().find(|(n, _)| own < *n && *n < next))
            else {
                continue;
            };
            if c.location
                .as_ref()
                .is_none_or(|l| l.geo_precision >= field.geo_precision)
            {
                c.location = Some(field.clone());
            }
        }
    }

    /// A log's heading: a note that opens on a few words naming a place and telling no act
    /// ("Talbiseh, N Homs countryside.", "Qamishli.") is about that place, and its incidents
    /// that name none happened there. (A news dateline runs on into its lead: no sentence of
    /// its own.) The most precise place it names: "S Aleppo, Al-Hader area." is Al-Hader.
    fn heading(&self, sentences: &[Range<usize>], starts: &[usize]) -> Option<Location> {
        // (After a line that is only its day, "17 Oct 19 | TAL ABYAD (Ar-Raqqa gov.) | …", or a
        // register's entry number: "EO acc. #0212 | IDL / Ariha dist. / Ehsem | 14.02.2023 |
        // …".)
        let (n, _) = self.register_opening(sentences);
        let first = sentences.get(n)?;
        // (A register's place is what follows its last "/": "HMS / Tadmur dist. / Palmyra, ~8
        // km NE on Al-Amiriya track".)
        let named = self.text(first).rsplit(" / ").next().unwrap_or_default();
        if named.split_whitespace().count() > HEADING_WORDS
            || self.out.iter().any(|c| sentence_of(starts, c) <= n + 1)
        {
            return None;
        }
        let (hits, mut places) = self.places_searched(first);
        if hits.iter().any(|h| h.role.event.is_some()) {
            return None;
        }
        // A post headed by its author, a body named for its town ("Douma Local Council | …",
        // "Ariha Civil Defence Centre | …"), is about that town.
        if places.is_empty() {
            places.extend(self.author_town(first));
        }
        // It opens on its place, on a compass point and its place ("S Aleppo, …"), or on the
        // place's name in another language with this one in brackets ("Serêkaniyê (Ras
        // al-Ain)"); a sentence that opens otherwise ("Activists in Idlib reported …") tells
        // something.
        // (A register's "IDL / Ariha dist. / Ehsem": governorate, district, place — the
        // district's town is not the place, the last one named is.)
        let heading_text = self.text(first);
        places.retain(|p| {
            let after = &self.doc.text[p.at.end..first.end];
            !after.starts_with(" dist.") && !after.starts_with(" district")
        });
        if let Some(slash) = heading_text.rfind(" / ").map(|i| first.start + i)
            && places.iter().any(|p| p.at.start > slash)
        {
            places.retain(|p| p.at.start > slash);
        }
        let opening = places.iter().map(|p| p.at.start).min()?;
        let before = self
            .text(&(first.start..opening))
            .trim()
            .trim_start_matches('#');
        // (After the governorate's code and the district: "IDL / Ariha dist. /".)
        let filed_under = before.ends_with('/')
            && before.split('/').next().is_some_and(|code| {
                (2..=4).contains(&code.trim().len())
                    && code.trim().bytes().all(|b| b.is_ascii_uppercase())
            });
        let other_name = before.strip_suffix('(').is_some_and(|name| {
            let words = name.split_whitespace().count();
            (1..=2).contains(&words) && !name.contains(|c: char| c.is_ascii_punctuation())
        });
        if !(before.is_empty()
            || other_name
            || filed_under
            || before.len() <= 2 && before.bytes().all(|b| b"NSEW".contains(&b)))
        {
            return None;
        }
        let place = places.into_iter().min_by_key(|p| p.value.precision)?;
        // (A tracker's row files its place under its governorate: "#0188 | 2016-03-09 |
        // Latakia | sector: Jabal al-Akrad | Kinsibba | SAA/NDF vs. JaN | ground clashes".)
        let governorate = self
            .governorate_named(&self.doc.text[place.at.clone()])
            .is_some();
        let town = governorate
            .then(|| {
                sentences[n + 1..].iter().take(3).find_map(|s| {
                    let text = self.text(s);
                    if field_label(text).is_some()
                        || text.split_whitespace().count() > HEADING_WORDS
                    {
                        return None;
                    }
                    let (hits, places) = self.places_searched(s);
                    if hits.iter().any(|h| h.role.event.is_some()) {
                        return None;
                    }
                    places.into_iter().min_by_key(|p| p.value.precision)
                })
            })
            .flatten();
        Some(self.location(town.unwrap_or(place)))
    }

    /// How many of the first two sentences are a register's entry number or its day ("#0188 |
    /// 2016-03-09 | …", "17 Oct 19 | …"), and the day.
    fn register_opening(&self, sentences: &[Range<usize>]) -> (usize, Option<Found<DaySpan>>) {
        let mut day = None;
        let n = sentences
            .iter()
            .take(2)
            .take_while(|s| {
                self.entry_number(s) || self.day_only(s).map(|d| day = Some(d)).is_some()
            })
            .count();
        (n, day)
    }

    /// The day a sentence is, if it is only a day ("17 Oct 19", "04.09.2020 10:30": a year or
    /// a time may follow).
    fn day_only(&self, s: &Range<usize>) -> Option<Found<DaySpan>> {
        let text = self.text(s).trim_end_matches(['|', '.', ' ']);
        if !(1..=4).contains(&text.split_whitespace().count()) {
            return None;
        }
        let d = dates::find(text, self.doc.date).into_iter().next()?;
        (text[..d.at.start].trim().is_empty()
            && text[d.at.end..]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b' '))
        .then(|| Found {
            value: d.span,
            at: s.start + d.at.start..s.start + d.at.end,
        })
    }

    /// Whether a sentence is a register's entry number ("EO acc. #0212", "#0188").
    fn entry_number(&self, s: &Range<usize>) -> bool {
        let text = self.text(s);
        text.split_whitespace().count() <= 4
            && text
                .split_once('#')
                .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// An incident told in "a village" (or a town, a camp …) without its name takes the name
    /// one of the next three sentences gives "the village" ("Air strikes killed nine civilians
    /// in a village in Syria's rebel-held northwest … The village, Ihsim, lies in …").
    fn named_later(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        // (Each told roughly, then definitely: the rough mention is searched as written, in
        // the middle of a sentence, sparing most sentences a lower-cased copy.)
        const PLACES: &[(&str, &str)] = &[
            ("a village", "the village"),
            ("a town", "the town"),
            ("a city", "the city"),
            ("a neighbourhood", "the neighbourhood"),
            ("a neighborhood", "the neighborhood"),
            ("a camp", "the camp"),
        ];
        for (idx, n) in self.incidents_lacking(starts, |c| c.location.is_none()) {
            let told = self.text(&sentences[n]);
            let Some(definite) = PLACES.iter().find_map(|(rough, definite)| {
                told.match_indices(rough)
                    .any(|(i, _)| bounded(told, i..i + rough.len()))
                    .then_some(definite)
            }) else {
                continue;
            };
            let named = sentences.iter().skip(n + 1).take(3).find_map(|later| {
                let lower = self.text(later).to_ascii_lowercase();
                let end = later.start + lower.find(definite)? + definite.len();
                // ("The village, Ihsim, …", "the town of Azaz".)
                let (_, places) = self.places_searched(later);
                places
                    .into_iter()
                    .find(|p| p.at.start >= end && p.at.start - end <= 5)
            });
            if let Some(place) = named {
                self.out[idx].location = Some(self.location(place));
            }
        }
    }

    /// An incident whose sentence names no place happened where the sentence before it, in
    /// the same paragraph, set the note ("58. On 12 June, a woman from Afrin district was
    /// stopped at a checkpoint at the southern entrance to 'Afrin city … She told the
    /// Commission that … she was repeatedly raped"): the first place it names.
    /// "The following morning, government helicopters dropped …", "The next day, the same
    /// forces moved into …": an act told as on the day after the last day told before it (in
    /// the same story) happened on that day.
    fn next_day_told(&mut self) {
        for idx in 0..self.out.len() {
            let clause = self.chars.byte_at(self.out[idx].evidence.clause[0]);
            let opening = window_after(self.doc.text, clause);
            let Some(words) = NEXT_DAY.iter().find(|w| {
                opening
                    .get(..w.len())
                    .is_some_and(|o| o.eq_ignore_ascii_case(w))
            }) else {
                continue;
            };
            let Some(day_before) = self
                .dates(&(0..clause))
                .into_iter()
                .rfind(|d| d.value.precision == DatePrecision::Day)
            else {
                continue;
            };
            let Ok(day) = day_before.value.start.tomorrow() else {
                continue;
            };
            let at = clause..clause + words.len();
            self.date(
                idx,
                &Found {
                    value: DaySpan::day(day),
                    at,
                },
            );
        }
    }

    /// In a note, a day told without its year ("On the evening of 7 April") where the note
    /// wrote a year before it ("… in Douma, in 2018. … On the evening of 7 April") is of that
    /// year, unless that puts it after the note was written: an investigator's paragraph is
    /// written long after, and the year the document's date gives is not the act's.
    fn year_told_before(&mut self) {
        let text = self.doc.text;
        for c in &mut self.out {
            let (Some(at), Some(DatePrecision::Day), Some(day)) =
                (c.evidence.date, c.date_precision, c.date_start)
            else {
                continue;
            };
            let (start, end) = (self.chars.byte_at(at[0]), self.chars.byte_at(at[1]));
            let written = &text[start..end];
            let day_and_month = written
                .split(|ch: char| !ch.is_ascii_alphabetic())
                .any(|word| truce_core::when::month_number(word).is_some())
                && written.bytes().any(|b| b.is_ascii_digit());
            // (Not the years of an ACLED actor's name: "Military Forces of Syria (2000-)",
            // "(2000-2024)"; nor a year that names a thing: "who had joined the 2018
            // settlement".)
            let years = |text: &'d str| {
                text.split(|ch: char| !ch.is_ascii_digit())
                    .filter(|digits| {
                        let at = digits.as_ptr() as usize - text.as_ptr() as usize;
                        let after = &text[at + digits.len()..];
                        !(text[..at].ends_with('(') && after.starts_with('-')
                            || text[..at].ends_with('-') && after.starts_with(')')
                            || after
                                .strip_prefix(' ')
                                .is_some_and(|a| a.starts_with(|ch: char| ch.is_ascii_lowercase())))
                    })
                    .filter_map(year_in)
            };
            if !day_and_month || years(written).next().is_some() {
                continue;
            }
            let Some(year) = years(&text[..start]).next_back() else {
                continue;
            };
            if let Ok(told) = Date::new(year, day.month(), day.day())
                && told != day
                && told <= self.doc.date
            {
                c.date_start = Some(told);
                c.date_end = Some(told);
            }
        }
    }

    /// In a note, a place told first as enduring a pattern of acts ("The Baba Amr neighbourhood
    /// of Homs city was subjected to sustained shelling from early February") is the scene of
    /// an unplaced act told after it ("On 22 February, artillery rounds struck a house used as
    /// a media centre").
    fn scene_of_the_pattern(&mut self) {
        let mut scene = None;
        for c in &mut self.out {
            match c.kind {
                Kind::Allegation if c.location.is_some() => scene = c.location.clone(),
                Kind::Incident if c.location.is_none() => c.location = scene.clone(),
                _ => {}
            }
        }
    }

    fn place_told_before(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        for (idx, own) in self.incidents_lacking(starts, |c| c.location.is_none()) {
            let Some(before) = own.checked_sub(1).map(|b| &sentences[b]) else {
                continue;
            };
            if self.doc.text[before.end..sentences[own].start].contains('\n') {
                continue;
            }
            // (Only a sentence that tells nothing of its own: a story's earlier act, placed or
            // not, is no scene for the next.)
            if self
                .out
                .iter()
                .any(|other| sentence_of(starts, other) == own)
            {
                continue;
            }
            // (Nor where it places who speaks: "Activists in Idlib province reported heavy
            // bombardment overnight" places the activists, and the story's setting stands;
            // "Security incidents continue to be reported in Al Hol camp" places the acts.)
            let (hits, places) = self.places_searched(before);
            if let Some(place) = places.into_iter().next()
                && cue_hit(
                    &hits,
                    self.doc.text,
                    Cue::Source,
                    &(place.at.end..before.end),
                )
                .is_none()
            {
                self.out[idx].location = Some(self.location(place));
            }
        }
    }

    /// An incident whose clause names no place but "the town" (the city, the village) happened
    /// at the town the sentence before named so ("… to retake the town of Qara, on the highway
    /// linking Damascus and Homs. Air raids on the town on Saturday killed six civilians").
    fn town_told_before(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        for (idx, own) in self.incidents_lacking(starts, |c| c.location.is_none()) {
            let Some(before) = own.checked_sub(1).map(|b| &sentences[b]) else {
                continue;
            };
            let Some(kind) = ["town", "city", "village"]
                .into_iter()
                .find(|kind| refers_back(&self.out[idx].text, kind))
            else {
                continue;
            };
            let named_so = format!("the {kind} of ");
            let (_, places) = self.places_searched(before);
            if let Some(place) = places
                .into_iter()
                .rfind(|p| ends_with_ignoring_case(&self.doc.text[..p.at.start], &named_so))
            {
                self.out[idx].location = Some(self.location(place));
            }
        }
    }

    /// A feature tells its act, then where it was in a sentence of its own ("Then came the
    /// first explosion. … The attack happened on Wednesday in Hass, a village in the south of
    /// Idlib province"): an incident without a place takes the place of such a sentence among
    /// the next three.
    fn scene_told_after(&mut self, sentences: &[Range<usize>], starts: &[usize]) {
        for (idx, own) in self.incidents_lacking(starts, |c| c.location.is_none()) {
            // (Or where the scene the act struck is named back, anywhere after: "a strike on a
            // crowded vegetable market" … "The market we located is the covered vegetable
            // market in Ariha".)
            let clause = &self.out[idx].text.to_ascii_lowercase();
            let scene = WHICH_ACT.iter().find(|w| clause.contains(*w));
            // (A byte comparison per sentence: most incidents name no scene, and a story's
            // sentences are many.)
            let named_back = |scene: &str, s: &Range<usize>| {
                self.text(s).strip_prefix("The ").is_some_and(|rest| {
                    rest.get(..scene.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(scene))
                        && rest.as_bytes().get(scene.len()) == Some(&b' ')
                })
            };
            if let Some(scene) = scene
                && let Some(told) = sentences[own + 1..].iter().find(|s| named_back(scene, s))
                && let Some(place) = self.places_searched(told).1.into_iter().next()
            {
                self.out[idx].location = Some(self.location(place));
                continue;
            }
            let told = sentences.iter().skip(own + 1).take(3).find(|s| {
                let text = self.text(s).trim_start();
                // ("The attack happened …", "The massacre took place …": the act named back,
                // then where it was.)
                let mut words = text.split_whitespace();
                matches!(words.next(), Some("The" | "This"))
                    && words.next().is_some_and(|act| {
                        let act = act.to_ascii_lowercase();
                        lexicon::ACTS_NAMED_BACK.contains(&act.as_str())
                    })
                    && ["happened", "took place", "occurred"]
                        .iter()
                        .any(|w| first_words(text, 5).contains(w))
            });
            if let Some(told) = told
                && let Some(place) = self.places_searched(told).1.into_iter().next()
            {
                self.out[idx].location = Some(self.location(place));
            }
        }
    }

    /// The story's setting: the first place named in its first sentences (the dateline and
    /// the lead), as read there already, else searched for now.
    fn setting(&self, sentences: &[Range<usize>]) -> Option<Location> {
        sentences
            .iter()
            .take(LEAD_SENTENCES)
            .enumerate()
            .find_map(|(n, sentence)| {
                let first = match self.first_places.get(n) {
                    Some(Some(read)) => read.clone(),
                    _ => self.places_searched(sentence).1.into_iter().next(),
                }?;
                Some(self.location(first))
            })
    }

    /// A sentence's words and places, searched for afresh (for a sentence no clause of which
    /// was read for places).
    fn places_searched(&self, sentence: &Range<usize>) -> (Vec<Hit>, Vec<Found<PlaceHit<'x>>>) {
        let hits = within(&self.words, sentence);
        let source_cue = cue_within(&hits, self.doc.text, Cue::Source, sentence);
        let sources = self.sources(sentence, source_cue);
        let places = self.sentence_places(&hits, sentence, &sources);
        (hits, places)
    }

    /// The places a whole sentence names, with the actors it names (not places) and its
    /// sources.
    fn sentence_places(
        &self,
        hits: &[Hit],
        sentence: &Range<usize>,
        sources: &[SourceMention],
    ) -> Vec<Found<PlaceHit<'x>>> {
        let actors = self.actors(hits, sentence);
        let landmarks = cue_within(hits, self.doc.text, Cue::Landmark, sentence);
        self.places(sentence, &actors, sources, landmarks)
    }

    /// Keeps the first place read in sentence `n` (or that none was), for the story's
    /// setting: only the lead's sentences are asked for it.
    fn note_first_place(&mut self, n: usize, places: &[Found<PlaceHit<'x>>]) {
        if n >= LEAD_SENTENCES {
            return;
        }
        if self.first_places.len() <= n {
            self.first_places.resize(n + 1, None);
        }
        let kept = self.first_places[n].get_or_insert(None);
        if let Some(first) = places.first()
            && kept.as_ref().is_none_or(|k| first.at.start < k.at.start)
        {
            *kept = Some(first.clone());
        }
    }

    /// The governorate a place's name names, if one does ("Idlib Governorate").
    fn governorate_named(&self, name: &'d str) -> Option<truce_core::gazetteer::Candidate<'x>> {
        if let Some((_, known)) = self.governorates.borrow().iter().find(|(n, _)| *n == name) {
            return known.clone();
        }
        let found =
            self.x
                .gazetteer
                .best_where(&format!("{name} Governorate"), None, is_governorate);
        self.governorates.borrow_mut().push((name, found.clone()));
        found
    }

    fn sentence(&mut self, n: usize, sentence: Range<usize>) {
        if box_title(self.text(&sentence)) {
            return;
        }
        let hits = within(&self.words, &sentence);
        let cue = |cue: Cue, part: &Range<usize>| cue_within(&hits, self.doc.text, cue, part);
        // (Not only a sentence of death: "The other six victims were civilians", "Eight of
        // them were fighters, while the remaining 12 were civilians".)
        if let Some(of_the_dead) = tolls::of_the_dead(self.text(&sentence)) {
            self.of_the_dead.push((n, of_the_dead));
        }
        if (cue(Cue::Death, &sentence) || cue(Cue::Casualty, &sentence))
            && let Some((fatalities, at)) = tolls::none_reported(self.text(&sentence))
        {
            self.none_reported.push((
                n,
                sentence.start + at.start..sentence.start + at.end,
                fatalities,
            ));
        }
        // An accusation is of the acts told after it ("… but has been accused of bombing
        // rebel forces"), not of what those arrested in an act told before it are accused of
        // ("rounded up seven people …, accusing them of membership").
        let allegation =
            cue_hit(&hits, self.doc.text, Cue::Allegation, &sentence).is_some_and(|accusation| {
                let mut acts = hits.iter().filter(|h| h.role.event.is_some()).peekable();
                // ("executed 14 men … after accusing them of spying for the coalition that is
                // bombing the group": the victims' charge, after the act.)
                let after = self.doc.text[accusation.at.end..].trim_start();
                let of_victims = ["them ", "him ", "her "]
                    .iter()
                    .any(|w| after.starts_with(w))
                    && acts
                        .peek()
                        .is_some_and(|act| act.at.end <= accusation.at.start);
                !of_victims
                    && (acts.peek().is_none() || acts.any(|act| act.at.start >= accusation.at.end))
            });
        let parts = if allegation {
            vec![sentence.clone()]
        } else {
            clauses(&hits, self.doc.text, sentence.clone())
        };
        let single = parts.len() == 1;
        // (A coder's remark in the next sentence may say which source's figure was coded.)
        // (Read once, at the sentence's first toll: whether a remark's figure was taken.)
        let mut remark_taken: Option<bool> = None;
        let remark_figure = || {
            let remark = self.text(self.sentences.get(n + 1)?);
            // (A byte search first: most sentences make no remark.)
            remark
                .contains("oded as per")
                .then(|| tolls::coded_as_per(self.text(&sentence), remark))
                .flatten()
        };
        // Whether the clause before told an act.
        let mut told_before = false;
        // Only an act, a toll or diplomacy makes a clause worth its dates, sources, actors and
        // places (the branches below); most clauses of a story are none of these.
        let stating: Vec<_> = parts
            .into_iter()
            .flat_map(|clause| -> Vec<_> {
                let mut events = self.events(&hits, &clause);
                // ", as part of the ongoing fighting over the Yarmouk basin": the wider
                // operation the act belongs to, no act of its own (up to a comma: "On 3
                // February 2018, as part of Operation Olive Branch, … clashed").
                if self.doc.text[..clause.start].ends_with(", as ")
                    && self.text(&clause).starts_with("part of ")
                {
                    let end = self
                        .text(&clause)
                        .find(',')
                        .map_or(clause.end, |comma| clause.start + comma);
                    events.retain(|e| e.at.start >= end);
                }
                // "HTS clashed with Zinki in Daret Azza, as HTS launched an offensive on
                // Zinki-held areas": the campaign the act told before belongs to, no act of its
                // own.
                if self.doc.text[..clause.start].ends_with(", as ") && told_before {
                    events.retain(|e| {
                        let words = self.text(&e.at).to_ascii_lowercase();
                        !["offensive", "campaign", "operation"]
                            .iter()
                            .any(|w| words.contains(w))
                    });
                }
                told_before = !events.is_empty();
                // "During the day, 23 shelling incidents were recorded": a count of acts, none
                // of them told.
                events.retain(|e| !counted(self.doc.text, &e.at));
                let clause = match self.past_context(&clause, &events) {
                    Some(rest) => {
                        events = self.events(&hits, &rest);
                        rest
                    }
                    None => clause,
                };
                // (The remark's figure stands for the sentence's dead once: the other source's
                // figure told after the first is no toll of its own.)
                let toll = tolls::find(self.text(&clause), cue(Cue::Death, &clause))
                    .filter(|_| remark_taken != Some(true))
                    .map(|t| {
                        let at = clause.start + t.at.start..clause.start + t.at.end;
                        let coded = match remark_taken {
                            None => remark_figure(),
                            Some(_) => None,
                        };
                        remark_taken = Some(coded.is_some());
                        match coded {
                            // (Told by the figure's own words, and whose dead they were only
                            // where those are the toll's.)
                            Some((coded, figure)) => {
                                let figure =
                                    sentence.start + figure.start..sentence.start + figure.end;
                                let own = at.start <= figure.start && figure.end <= at.end;
                                Found {
                                    value: (coded, t.victims, t.civilians.filter(|_| own)),
                                    at: if own { at } else { figure },
                                }
                            }
                            None => Found {
                                value: (
                                    tolls::conflicting(self.text(&sentence), t.fatalities),
                                    t.victims,
                                    t.civilians,
                                ),
                                at,
                            },
                        }
                    });
                if events.is_empty() {
                    events.extend(self.unnamed_act(
                        &hits,
                        &clause,
                        toll.as_ref().map(|t| t.value.1),
                    ));
                }
                // Ground taken "without clashes", "without resistance": handed over, not won.
                // (So is ground entered under a deal: "regime forces entered Manbij city and
                // deployed on its outskirts under an agreement with the SDF".)
                // (Or the sentence's other clause says the deal let them in: "Syrian troops
                // entered the Old City of Homs on Friday, hours after the last buses carrying
                // rebel fighters pulled out under a deal".)
                use SubEventType::{
                    GovernmentRegainsTerritory, NonStateActorOvertakesTerritory,
                    NonViolentTransferOfTerritory,
                };
                if let [first, rest @ ..] = events.as_mut_slice()
                    && matches!(
                        first.value,
                        GovernmentRegainsTerritory | NonStateActorOvertakesTerritory
                    )
                    && (rest
                        .iter()
                        .any(|e| e.value == NonViolentTransferOfTerritory)
                        || under_a_deal(
                            // (Only of troops that entered: ground "regained" after the
                            // losers left under a deal was still won.)
                            if self.doc.text[first.at.clone()]
                                .to_ascii_lowercase()
                                .ends_with("entered")
                            {
                                self.text(&sentence)
                            } else {
                                self.text(&clause)
                            },
                        ))
                {
                    first.value = NonViolentTransferOfTerritory;
                }
                // "launched a dawn counter-attack and regained control of Al Susah": ground that
                // changed hands is the event ACLED codes, not the fighting that won it. (Not
                // "attacked … checkpoints … and captured a number of soldiers": men taken.)
                if let [first, ..] = events.as_slice()
                    && first.value == SubEventType::ArmedClash
                    && let Some(taken) = events.iter().position(|e| {
                        matches!(
                            e.value,
                            GovernmentRegainsTerritory | NonStateActorOvertakesTerritory
                        ) && !self.doc.text[e.at.clone()]
                            .get(..6)
                            .is_some_and(|w| w.eq_ignore_ascii_case("captur"))
                    })
                {
                    events.swap(0, taken);
                }
                // (A demand names the act it would end: "Kerry stressed that Russian air
                // strikes against civilians must stop".)
                let modal = events.first().is_some_and(|e| {
                    hits.iter().any(|h| {
                        is_cue(h, self.doc.text, Cue::Modal, &(clause.start..e.at.start))
                            && !ended_by_force(self.doc.text, &h.at)
                    }) || cue(Cue::Modal, &(e.at.end..clause.end))
                        && tolls::holds_any_in_any_case(
                            &self.doc.text[e.at.end..clause.end],
                            &[
                                "must stop",
                                "should stop",
                                "must end",
                                "must cease",
                                "must be stopped",
                            ],
                        )
                });
                let diplomatic = cue(Cue::Diplomatic, &clause);
                // "Three of the gunmen and 2 soldiers were killed, and several people were
                // detained": the dead, told first, are not the arrests' — two clauses.
                if let (Some(dead), Some(act)) = (&toll, events.first())
                    && dead.at.end <= act.at.start
                    && !modal
                    && events.iter().all(|e| HARMLESS.contains(&e.value))
                {
                    let (toll_part, act_part) =
                        (clause.start..act.at.start, act.at.start..clause.end);
                    return vec![
                        (toll_part, Vec::new(), false, toll, false),
                        (act_part, events, false, None, diplomatic),
                    ];
                }
                (diplomatic || !modal && (!events.is_empty() || toll.is_some()))
                    .then_some((clause, events, modal, toll, diplomatic))
                    .into_iter()
                    .collect()
            })
            .collect();
        if stating.is_empty() {
            return;
        }
        let claimed = cue(Cue::Claim, &sentence);
        let mut sentence_dates = self.dates(&sentence);
        // A log line's heading is the day it was written: "24 Dec 2019 - Russian jets hit the
        // market yesterday afternoon" tells of yesterday. (A heading is a calendar date, with
        // figures: "This afternoon … the protests that began last week" is of this afternoon.)
        // So is a page's "Date of publication 28 April 2016 A hospital … was destroyed in an
        // overnight air raid".
        // (So is a sitrep's "SITREP 28.06.2022 - AL-BAB (Aleppo): Yesterday …": a report's
        // name in capitals before its day.)
        let heading = |at: &Range<usize>| {
            let written = self.doc.text[sentence.start..at.start].trim();
            // (The day's weekday may come first: "Syria Civil Defence, Sunday 20 May 2018: …
            // late last night", "(report of Tue 2 March 2021): … late on Sunday".)
            let written = written
                .rsplit_once(' ')
                .filter(|(_, weekday)| dates::is_weekday_name(weekday))
                .map_or(written, |(head, _)| head.trim_end());
            let before = written.to_ascii_lowercase();
            before.is_empty()
                || ["date of publication", "posted on", "published on"]
                    .iter()
                    .any(|w| before.ends_with(w))
                // (Or a dateline's town: "HAMA, Jan 15 - Two people were killed on Saturday".)
                // (Its country may follow: "BANIYAS, Syria, April 11 (wire) - … on Sunday".)
                || {
                    let written = written.trim_end_matches(',');
                    let capitals = written
                        .split_once(", ")
                        .filter(|(_, country)| {
                            country.len() > 3 && country.chars().all(|c| c.is_ascii_alphabetic())
                        })
                        .map_or(written, |(town, _)| town);
                    capitals.len() >= 3
                        && capitals.bytes().all(|b| b.is_ascii_uppercase() || b == b' ')
                }
                // (Or a report's name in a word or two: "Sitrep 14 Nov 2019, …", "Log
                // 2014-01-09: …".)
                // (And "Incident report, 19/10/2019: …", "UNDOF situation report extract, 29
                // August 2014: …", "Note 19 Feb 2012: …".)
                || written.split_whitespace().count() <= 4 && {
                    let before = before.trim_end_matches([',', ':']).trim_end();
                    // ("Al-Eis hill, report of 2 April 2016: …".)
                    let before = before.strip_suffix(" of").unwrap_or(before);
                    ["log", "sitrep", "update", "report", "bulletin", "extract", "note"]
                        .iter()
                        .any(|w| before.ends_with(w) && bounded(before, before.len() - w.len()..before.len()))
                        // (Or a chronology's heading: "Syria, 2017 — May 27: …".)
                        || before.ends_with(['—', '–'])
                }
                // (Or the source's: "SOHR, 22/08/2013: In the early hours of Wednesday, …",
                // "Anadolu Agency / SNA statement, 10 December 2024: factions … announced that
                // on 9 December …".)
                // (Or a place's, before a dash: "Manbij, 13 March 2019 -- … on Tuesday".)
                || written.split_whitespace().count() <= HEADING_WORDS
                    && written.ends_with(',')
                    // (Or a translation's bracket: "[Translated from a Yarmouk camp activists'
                    // page, 23 January 2014] Yesterday …".)
                    && [":", " --", " -", " —", " –", "]"]
                        .iter()
                        .any(|mark| self.doc.text[at.end..].starts_with(mark))
        };
        // (Not where the days after it only say since when a state lasted: "08 Mar 2025 - MoD
        // & GS forces regained full control of Al Qardaha after ex-regime AOG held parts of
        // town since 6 Mar".)
        if sentence_dates
            .iter()
            .skip(1)
            .any(|d| !self.doc.text[d.at.clone()].starts_with("since "))
            && heading(&sentence_dates[0].at)
            && sentence_dates[0].value == DaySpan::day(self.doc.date)
            // (A weekday alone only before a colon: "SOHR, Monday: … on Saturday".)
            && (self.doc.text[sentence_dates[0].at.clone()].contains(|c: char| c.is_ascii_digit())
                || self.doc.text[sentence_dates[0].at.end..].starts_with(':'))
        {
            sentence_dates.remove(0);
        }
        // The day a toll rose is the update's, not the act's: no other clause takes it
        // ("Initial reports said 6 civilians were killed; on 17 January the toll rose to 9").
        // Nor is the day more died the act's ("2x soldiers killed …; one of the injured
        // succumbed to his wounds this morning").
        // (Asked only by a clause without a day of its own.)
        // Each toll clause with how its toll joins the one told before (read once).
        let text = self.doc.text;
        let toll_clauses: Vec<(Range<usize>, tolls::Joining)> = stating
            .iter()
            .filter(|(_, _, _, toll, _)| toll.is_some())
            .map(|(clause, ..)| (clause.clone(), tolls::joining(&text[clause.clone()])))
            .collect();
        // (The sentence before, where a side's count of its own dead may have been told.)
        let previous =
            (n > 0 && self.last_incident.is_some()).then(|| &text[self.sentences[n - 1].clone()]);
        let joining_of = |clause: &Range<usize>| {
            let joining = toll_clauses
                .iter()
                .find(|(told, _)| told == clause)
                .map_or_else(|| tolls::joining(&text[clause.clone()]), |(_, j)| *j);
            if joining == tolls::Joining::Told
                && previous.is_some_and(|p| tolls::another_sides_count(p, &text[clause.clone()]))
            {
                tolls::Joining::Adds
            } else {
                joining
            }
        };
        let lendable = std::cell::OnceCell::new();
        let lendable = || -> &Vec<Found<DaySpan>> {
            lendable.get_or_init(|| {
                sentence_dates
                    .iter()
                    .filter(|d| {
                        !toll_clauses.iter().any(|(clause, joining)| {
                            clause.start <= d.at.start
                                && d.at.end <= clause.end
                                && *joining != tolls::Joining::Told
                        })
                    })
                    // Nor is a vague day told of what came before ("… have taken full control
                    // of Albu Kamal, after IS fighters retook parts of the town earlier this
                    // month").
                    .filter(|d| {
                        d.value.precision < DatePrecision::Month
                            || !text[sentence.start..d.at.start].contains(", after ")
                    })
                    .cloned()
                    .collect()
            })
        };
        let sources = self.sources(&sentence, cue(Cue::Source, &sentence));
        // Where the last toll told alone in this sentence ended.
        let mut toll_before: Option<usize> = None;
        for (clause, mut events, modal, toll, diplomatic) in stating {
            let actors = self.actors(&hits, &clause);
            if let Some(first) = events.first_mut() {
                first.value = self.raid_on_the_ground(first, &actors, &hits, &clause);
            }
            let places = self.places(&clause, &actors, &sources, cue(Cue::Landmark, &clause));
            self.note_first_place(n, &places);
            // (A toll over weeks or months is a count, wherever: "Aleppo, where more than 250
            // people have been killed in two weeks of fighting".)
            let aggregate = hits.iter().any(|h| {
                is_cue(h, self.doc.text, Cue::Aggregate, &clause)
                    && !part_of_the_country(self.doc.text, &h.at)
            });
            let over_weeks = toll.as_ref().is_some_and(|t| {
                // (Up to a comma: "…, the deadliest day in two weeks" dates the toll.)
                let rest = &self.doc.text[t.at.end..clause.end.max(t.at.end)];
                over_weeks(rest.split(',').next().unwrap_or(rest))
                    // ("Since mid-December, …, more than 500 people have been killed by barrel
                    // bombs in the city": the clause opens on the period.)
                    || {
                        let opening = self.doc.text[clause.start..t.at.start].trim_start();
                        opening
                            .get(..6)
                            .is_some_and(|w| w.eq_ignore_ascii_case("since "))
                            && since_weeks_ago(&opening[6..])
                    }
            });
            let mut dates = dates_within(&sentence_dates, &clause);
            // A day told in the phrase that opens the clause with what came before is not the
            // act's, where the act's own follows ("Following an understanding announced on 13
            // October …, Government forces yesterday entered Tabqa city"); nor is the day it was
            // reported ("As reported on 27 September 2016, on 25 September, … warplanes").
            if dates.len() > 1 {
                let opens_with = |d: &Found<DaySpan>, words: &[&str]| {
                    let head = &self.doc.text[clause.start..d.at.start];
                    // (After a heading: "Inkhil, 17 July 2018 - Under the agreement signed
                    // … on Sunday, …".)
                    let head = head.rsplit(':').next().unwrap_or(head);
                    let head = head
                        .rsplit_once(" - ")
                        .map_or(head, |(_, h)| h)
                        .trim_start();
                    !head.contains(',')
                        && words.iter().any(|w| {
                            head.get(..w.len())
                                .is_some_and(|h| h.eq_ignore_ascii_case(w))
                        })
                };
                let opening =
                    // ("Under the agreement signed by the town's committee on Sunday,
                    // government forces … entered Inkhil today".)
                    |d: &Found<DaySpan>| {
                        opens_with(
                            d,
                            &["following ", "after ", "despite ", "under the ", "under an "],
                        )
                    };
                let reported_first =
                    |d: &Found<DaySpan>| opens_with(d, &["as reported on ", "reported on "]);
                // ("Local sources reported on 18 December 2019 that a car bomb had exploded on
                // Monday": the day of the report, which tells what came before.)
                let reported_that = |d: &Found<DaySpan>| {
                    let head = &self.doc.text[clause.start..d.at.start];
                    ["reported on ", "said on ", "announced on ", "stated on "]
                        .iter()
                        .any(|w| ends_with_ignoring_case(head, w))
                        // (Or its pronoun, without "that": "the SDF said on Saturday they had
                        // captured the town … on Friday".)
                        && [" that ", " they had ", " it had "]
                            .iter()
                            .any(|w| self.doc.text[d.at.end..].starts_with(w))
                };
                // ("On 10 May 2015, the Syrian Observatory reported that ISIS had executed 4 men
                // … the previous day": the first day is the report's, the act's follows.)
                // (Without the comma too: "On 11 August 2023 SOHR reported that IS fighters
                // had ambushed a convoy … on Thursday".)
                let report_of = |d: &Found<DaySpan>, next: &Found<DaySpan>| {
                    let between = &self.doc.text[d.at.end..next.at.start];
                    [" reported that ", " said that ", " documented that "]
                        .iter()
                        .any(|w| between.contains(w))
                };
                let report = reported_that(&dates[0])
                    || report_of(&dates[0], &dates[1])
                    || reported_first(&dates[0]);
                // ("ISIS executed at least 40 detainees, … fighters captured during last
                // week's fighting, … on Wednesday": a day owned by another act's noun.)
                let anothers = |d: &Found<DaySpan>| {
                    let after = &self.doc.text[d.at.end..];
                    after.starts_with("'s ") || after.starts_with("’s ")
                };
                // (Nor since when a state has lasted, where a day follows: "Madaya (besieged …
                // since Jul-2015): … 3 more residents … died of malnutrition on Sat".)
                let lasting = |d: &Found<DaySpan>| {
                    self.doc.text[d.at.clone()]
                        .get(..6)
                        .is_some_and(|w| w.eq_ignore_ascii_case("since "))
                };
                if anothers(&dates[0]) && !anothers(&dates[1])
                    || lasting(&dates[0]) && !lasting(&dates[1])
                {
                    dates.remove(0);
                } else if report || opening(&dates[0]) {
                    let removed = dates.remove(0).value.start;
                    // (A day told against the report's: "As reported on 12 April 2017: two days
                    // earlier, … aircraft struck …".)
                    for d in dates.iter_mut().filter(|_| report) {
                        if let Some(again) =
                            dates::find(&self.doc.text[d.at.clone()], removed).first()
                        {
                            d.value = again.span;
                        }
                    }
                }
            }
            let clause_dated = !dates.is_empty();
            let day_told =
                |dates: &[Found<DaySpan>]| dates.iter().any(|d| !self.time_of_day(&d.at));
            let clause_day_told = day_told(&dates);
            // A clause without a date of its own takes the sentence's, if it has just one.
            let date = dates.into_iter().next().or_else(|| {
                // (One day, however often it is told: "after Friday prayers today".)
                let lent = lendable();
                lent.first()
                    .filter(|d| lent.iter().all(|other| other.value == d.value))
                    .cloned()
            });
            if !events.is_empty() && !modal {
                let first = &events[0];
                // "The bombings near the shrine …", "The hospital bombing alone killed …": a
                // back-reference adds to its incident.
                let before = self.doc.text[clause.start..first.at.start].trim_end();
                // (A place that says which act: "the hospital bombing", "the market attack".)
                let before = before
                    .rsplit_once(' ')
                    .filter(|(_, which)| WHICH_ACT.contains(which))
                    .map_or(before, |(the, _)| the);
                let definite = before.len() >= 3
                    && before.is_char_boundary(before.len() - 3)
                    && before[before.len() - 3..].eq_ignore_ascii_case("the")
                    && bounded(before, before.len() - 3..before.len());
                // So does a sentence that goes on about it without a place or date of its own
                // ("Clashes lasted for hours; 12 fighters were killed.").
                // A later clause of the same sentence goes on about it too where it has no
                // place or date of its own ("IS militants attacked positions of regime forces
                // near As Sukhnah; clashes ensued."): the sentence's date is the first clause's.
                let same_sentence = self.last_incident.is_some_and(|(_, at)| at == n);
                // (A time of day is the day of writing, no day of its own: "UPDATE 6:00 pm: 13
                // members of General Security were killed" goes on about the ambush before it.)
                // (Nor where it names only where they came from: "…, as pro-government forces
                // tried to advance into the village from Deir al-Adas".)
                let continues = places.iter().all(|p| self.origin(&p.at))
                    && !clause_day_told
                    && (!day_told(&sentence_dates) || same_sentence);
                // And an act told right after a toll without one is what caused it ("At least
                // 19 people were killed on Tuesday. Regime aircraft dropped barrel bombs …").
                // (Further on where it names the place the act's own words named: "Later
                // Thursday, … the death toll from the shelling of al-Hamdaniyah had risen to 11",
                // three sentences after "… shelled the … al-Hamdaniyah district".)
                let named_again = |idx: usize| {
                    places
                        .first()
                        .is_some_and(|p| self.out[idx].text.contains(&self.doc.text[p.at.clone()]))
                };
                if (definite || continues)
                    && let Some((idx, at)) = self.last_incident
                    && n - at
                        <= match definite {
                            true if named_again(idx) => 4,
                            true => 2,
                            false => 1,
                        }
                {
                    let told = self.out[idx].event_type;
                    if told.is_none() && continues {
                        let c = &mut self.out[idx];
                        c.event_type = Some(first.value.event_type().name());
                        c.sub_event_type = Some(first.value.name());
                        c.evidence.event = Some(self.chars.evidence(&first.at));
                    }
                    // Force told right after a protest ("Protesters stormed the governorate
                    // building … Security forces then opened fire.") is the force the protest
                    // met, not an act of its own.
                    // (The clause's words are read only after a protest.)
                    let protest = continues
                        && [EventType::Protests, EventType::Riots]
                            .iter()
                            .any(|t| told == Some(t.name()));
                    let force = protest
                        .then(|| met_with_force(SubEventType::PeacefulProtest, self.text(&clause)))
                        .filter(|force| *force != SubEventType::PeacefulProtest);
                    if let Some(force) = force {
                        let c = &mut self.out[idx];
                        // (Or live fire after tear gas: "Security forces fired tear gas and then
                        // live ammunition at the crowd".)
                        if c.sub_event_type == Some(SubEventType::PeacefulProtest.name())
                            || c.sub_event_type
                                == Some(SubEventType::ProtestWithIntervention.name())
                                && force == SubEventType::ExcessiveForceAgainstProtesters
                        {
                            c.event_type = Some(force.event_type().name());
                            c.sub_event_type = Some(force.name());
                        }
                        let joining = joining_of(&clause);
                        self.add_to(idx, &first.at, actors, toll, joining, sources.clone());
                        // (The protest is still being told: "Several protesters were injured".)
                        self.last_incident = Some((idx, n));
                        continue;
                    }
                    if self.out[idx].event_type == Some(first.value.event_type().name()) {
                        // "The explosion took place on the road leading out of Jasim": the act
                        // told again says where it was, if it had no place yet.
                        // (Or if its sentence only lent it one: "… dropped barrel bombs on a
                        // rebel-held town …, as the government reeled from the loss of
                        // Palmyra. The barrel bombs hit residential areas of Busra al-Harir".)
                        let lent = self.lent_places.contains(&idx);
                        if (self.out[idx].location.is_none() || lent)
                            && let Some(place) = places.first()
                        {
                            self.out[idx].location = Some(self.location(place.clone()));
                            self.lent_places.retain(|&i| i != idx);
                        }
                        let joining = joining_of(&clause);
                        self.add_to(idx, &first.at, actors, toll, joining, sources.clone());
                        continue;
                    }
                }
                // A clause without a place of its own takes the sentence's ("Airstrikes on
                // Idlib province hit a school …, killing 26").
                let lent = places.is_empty() && !single;
                let mut places = if lent {
                    self.sentence_places(&hits, &sentence, &sources)
                } else {
                    places
                };
                // "Opposition groups in Eastern Ghouta fired mortar shells at Bab Touma": where
                // the doers were is not where the act was, when the act's own place follows.
                // ("Regime artillery positioned in Saraqib shelled Binnish": the act told after
                // the doers' place.)
                let told_after = events
                    .iter()
                    .find(|e| places.first().is_some_and(|p| p.at.end <= e.at.start));
                if places.len() > 1
                    && let Some(act) = told_after
                    && self.stationed(&places[0].at)
                    && places[1..].iter().any(|p| p.at.start >= act.at.end)
                {
                    places.rotate_left(1);
                }
                let kind = if allegation {
                    Kind::Allegation
                } else if aggregate && places.is_empty() && toll.is_some() || over_weeks {
                    Kind::AggregateToll
                } else {
                    Kind::Incident
                };
                // (A mass grave's dead died before it was found: no toll of its own. The
                // hungry who died of a siege died that day: "3 more residents … died of
                // malnutrition on Sat".)
                let toll = toll.filter(|_| {
                    first.value != SubEventType::Other
                        || !self.doc.text[first.at.clone()]
                            .to_ascii_lowercase()
                            .ends_with("grave")
                });
                let candidate = self.candidate(
                    kind,
                    &clause,
                    Some(first),
                    date,
                    places,
                    actors,
                    toll,
                    sources.clone(),
                    claimed,
                );
                if lent && candidate.location.is_some() {
                    self.lent_places.push(self.out.len());
                }
                self.push(n, candidate);
            } else if let Some(toll) = toll.filter(|_| !modal) {
                let alone = aggregate || places.is_empty() && date.is_none();
                // A toll told with only where its dead were from or were taken ("A man displaced
                // from Saraqib was killed", "… taken to hospital in Qamishlo") or with a time of
                // day (the day of writing: "UPDATE 6:00 pm: 13 members of General Security were
                // killed") has no place or day of its own either: it goes on about the act told
                // before it.
                // (So does one that names the act told before: "… killed families inside. A
                // local committee gave a toll of 92 killed on the night of the attack; UN
                // monitors who reached Taldou on Saturday counted 108".)
                let goes_on = places.iter().all(|p| self.origin(&p.at))
                    && (date.as_ref().is_none_or(|d| self.time_of_day(&d.at))
                        || places.is_empty() && names_the_act_before(self.text(&clause)));
                // A toll alone: the rest of the previous incident, told in one of the next two
                // sentences ("Unknown fatalities estimated as 10.", "IS claimed responsibility.
                // 2 SDF members were killed."), or a country-wide figure. So is a toll clause
                // with no place or date of its own after an act of the same sentence ("…
                // clashed around Kafr Nabudah; 22 fighters were killed").
                let rest_of_sentence = places.is_empty() && !clause_dated;
                // A coder's closing "5 fatalities." restates the whole toll (so does "4
                // fatalities coded, including the bomber.").
                let told = self.doc.text[toll.at.clone()].trim_end_matches('.');
                let restated = single
                    && told.to_ascii_lowercase().ends_with(" fatalities")
                    && self
                        .text(&clause)
                        .trim()
                        .trim_end_matches('.')
                        .strip_prefix(told)
                        .is_some_and(|rest| {
                            rest.is_empty()
                                || rest.trim_start().to_ascii_lowercase().starts_with("coded")
                        });
                // "Cas: SAA 2x KIA; AOG 3x KIA": the next side's dead, right after the last
                // toll but for a side's short name, add to it.
                // (The wounded may be told between: "SAA/NDF 4 KIA, 9 WIA; AOG 7 KIA".)
                let next_side = toll_before.is_some_and(|end: usize| {
                    let between = self.doc.text[end..toll.at.start].trim();
                    between.split_once(';').is_some_and(|(wounded, side)| {
                        let side = side.trim();
                        wounded
                            .split(|c: char| c == ',' || c.is_whitespace())
                            .all(|w| {
                                w.is_empty()
                                    || w.bytes().all(|b| b.is_ascii_digit() || b == b'x')
                                    || ["wia", "injured", "wounded"]
                                        .iter()
                                        .any(|k| w.eq_ignore_ascii_case(k))
                            })
                            && side.len() <= 4
                            && side.chars().all(|c| c.is_ascii_alphabetic())
                    })
                });
                toll_before = Some(toll.at.end);
                // So does a coder's "…; coded as 12." after a vague toll, and a researcher's
                // "Toll retained here: 89." after sources' tolls.
                let coded = self
                    .text(&clause)
                    .trim_start()
                    .get(..8)
                    .is_some_and(|w| w.eq_ignore_ascii_case("coded as"))
                    || self.text(&clause).contains("retained");
                // "… resulted in the martyrdom of three army personnel; the units killed
                // eleven of the attackers", "… were killed, while 3 of our fighters attained
                // martyrdom": the other side's dead after a break, told by the same voice (a
                // second source's figure is `tolls::conflicting`'s).
                let after_break = || {
                    toll_clauses.iter().any(|(other, _)| {
                        text.get(other.end..clause.start).is_some_and(|between| {
                            between.contains(';') || between.ends_with(", while ")
                        })
                    }) && tolls::same_voice(self.text(&clause))
                };
                let joining = match joining_of(&clause) {
                    tolls::Joining::Told if restated || coded => tolls::Joining::Updates,
                    tolls::Joining::Told if next_side || after_break() => tolls::Joining::Adds,
                    // "The Ministry of Defence said one of its soldiers was killed. The Asayish
                    // reported that a woman from the neighbourhood died of gunshot wounds": dead
                    // of another kind than the last sentence's, more dead.
                    tolls::Joining::Told
                        if !self
                            .text(&sentence)
                            .trim_start()
                            .to_ascii_lowercase()
                            .starts_with("separately")
                            && self.last_incident.is_some_and(|(i, at)| {
                                n - at == 1
                                    && self.out[i].victims.is_some_and(|v| {
                                        v != toll.value.1
                                            && ![v, toll.value.1]
                                                .contains(&tolls::Victims::Unspecified)
                                    })
                            }) =>
                    {
                        tolls::Joining::Adds
                    }
                    // ("SOHR reported 9 civilians killed. Local sources put the toll at 7.")
                    tolls::Joining::Told
                        if self.last_incident.is_some_and(|(_, at)| n - at == 1)
                            && tolls::another_count(self.text(&clause)) =>
                    {
                        tolls::Joining::Disputes
                    }
                    joining => joining,
                };
                // "The toll has risen to 7, after two of the wounded died": the deaths the
                // sentence's update already counts.
                if joining == tolls::Joining::Adds
                    && toll_clauses.iter().any(|(other, joining)| {
                        *other != clause && *joining == tolls::Joining::Updates
                    })
                {
                    continue;
                }
                // A toll that rose is always an earlier act's, whatever day it rose on, told
                // without a place or at the act's ("the toll of the car bomb in Al-Bab rises to
                // 14").
                // (Or at where the wounded died: "the toll later rose to seven after two of the
                // injured died in a hospital in Idlib city".)
                // (So is a death of the wounded told with its own day: "One of the injured died
                // of his wounds in a hospital in Raqqa on 24 April".)
                let update = |c: &Candidate| {
                    (joining == tolls::Joining::Updates
                        || joining == tolls::Joining::Adds
                            && tolls::died_of_wounds(self.text(&clause)))
                        && places.first().is_none_or(|p| {
                            self.origin(&p.at)
                                || c.location
                                    .as_ref()
                                    .is_some_and(|l| l.name == p.value.candidate.entry.name)
                        })
                };
                // So is a toll told right after an undated act in the same paragraph ("Fierce
                // clashes … Dozens of mercenaries were killed today"), which takes its day.
                let same_paragraph = !self.doc.text[..sentence.start]
                    .chars()
                    .rev()
                    .take_while(|c| c.is_whitespace())
                    .any(|c| c == '\n');
                let same_day = |c: &Candidate| {
                    same_paragraph && places.is_empty() && date.is_some() && c.date_start.is_none()
                };
                // An act told after the lead but dated before it is background ("ISIS had
                // seized the town on February 23"): a toll told next, with no place and no day
                // or the lead's, is the lead's.
                let flashback = self.last_incident.and_then(|(idx, at)| {
                    let lead = self.lead_before_flashback(idx)?;
                    (!aggregate
                        && n - at <= 1
                        && places.is_empty()
                        && date
                            .as_ref()
                            .is_none_or(|d| Some(d.value.start) == self.out[lead].date_start))
                    .then_some(lead)
                });
                if let Some(lead) = flashback
                    && let Some(idx) = self.lethal_before(lead, joining)
                {
                    self.join_toll(idx, &toll, joining);
                    continue;
                }
                if !aggregate
                    && let Some((idx, at)) = self.last_incident
                    && ((alone || goes_on || update(&self.out[idx])) && self.told_since(at, n) <= 2
                        || rest_of_sentence && n == at
                        || n - at == 1 && same_day(&self.out[idx]))
                    && let Some(idx) = self.lethal_before(idx, joining)
                {
                    self.join_toll(idx, &toll, joining);
                    if self.out[idx].date_start.is_none()
                        && let Some(day) = &date
                    {
                        self.date(idx, day);
                    }
                    // The act is still being told: the next sentences may go on about it too
                    // ("UPDATE: 5 martyrs confirmed so far." … "UPDATE 2: the toll … rises to 14").
                    if let Some((last, _)) = self.last_incident {
                        self.last_incident = Some((last, n));
                    }
                    continue;
                }
                let kind = if alone {
                    Kind::AggregateToll
                } else {
                    Kind::Incident
                };
                let mut c = self.candidate(
                    kind,
                    &clause,
                    None,
                    date,
                    places,
                    actors,
                    Some(toll),
                    sources.clone(),
                    claimed,
                );
                // A toll told right after an act is that act's ("Air strikes killed 35
                // jihadists overnight. 30 were killed around Shadadi …"): the event is read
                // from the words before.
                if kind == Kind::Incident
                    && let Some((idx, at)) = self.last_incident
                    && n - at <= 1
                    && self.out[idx].event_type.is_some()
                {
                    let act = &self.out[idx];
                    c.event_type = act.event_type;
                    c.sub_event_type = act.sub_event_type;
                    c.evidence.event = act.evidence.event;
                }
                if kind == Kind::Incident {
                    self.push(n, c);
                } else {
                    self.out.push(c);
                }
            } else if diplomatic {
                let dates = lendable();
                self.diplomatic(
                    &clause,
                    &hits,
                    places,
                    actors,
                    sources.clone(),
                    dates,
                    single || dates.len() == 1,
                );
            }
        }
    }

    /// The part of a clause after its context, if it has one: an act in a phrase opened by "after" or
    /// "following" is what came before the clause's act, where another act follows the phrase
    /// ("On 5 October 2023, following the drone attack on the military academy in Homs city,
    /// regime forces shelled Darat Izza …"): neither that act nor its place is the clause's.
    /// So is an agreement the act carries out ("in accordance with the settlement agreement,
    /// rebels handed over their weapons"), and what befell a victim before, told in a clause of
    /// its own ("…, who was arrested at a checkpoint in October 2013, died under torture").
    fn past_context(
        &self,
        clause: &Range<usize>,
        events: &[Found<SubEventType>],
    ) -> Option<Range<usize>> {
        let text = self.doc.text;
        let first = events.first()?;
        let before = &text[clause.start..first.at.start];
        let lower = before.to_ascii_lowercase();
        // (", after" breaks a clause: the context may open right where the clause does.)
        let opening = [
            "after ",
            "following ",
            "in accordance with ",
            "under the terms of ",
            // ("…, who was arrested by regime forces at a checkpoint in October 2013, died
            // under torture in Saydnaya …")
            "who was ",
            "who had been ",
        ]
        .iter()
        .find_map(|w| {
            // (`contains` first: a quick search, where `rfind` sets up a slower one each time.)
            if !lower.contains(w) {
                return None;
            }
            lower
                .rfind(w)
                .filter(|&at| bounded(before, at..at + w.len() - 1) && !before[at..].contains(','))
        })
        .or_else(|| {
            (text[..clause.start].ends_with(", after ") && !before.contains(',')).then_some(0)
        });
        // (The phrase ends at a comma outside an admin bracket: "after … took control of
        // Afrin city (Afrin, Aleppo), fighters … looted".)
        let mut depth = 0usize;
        let comma = text[first.at.end..clause.end].bytes().position(|b| {
            match b {
                b'(' => depth += 1,
                b')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            b == b',' && depth == 0
        })?;
        let end = first.at.end + comma + 1;
        // ("One day after a strike on Ariha killed 33, two children were killed in Saraqib":
        // where the context opens the clause, the deaths told after it are the clause's, though
        // no act is named; not "thwarted the attack after clashes …, and one of our fighters
        // was martyred".)
        let opens_clause = |at: usize| lower[..at].split_whitespace().count() <= 3;
        opening
            .is_some_and(|at| {
                events.iter().any(|e| e.at.start >= end)
                    || opens_clause(at) && tolls::tells_of_death(&text[end..clause.end])
            })
            .then_some(end..clause.end)
    }

    /// A raid by men who fly nothing ("AOG raid on SAA checkpoint"): an armed group told as the
    /// raiders, and no aircraft named, make it fighting on the ground, not an air strike.
    fn raid_on_the_ground(
        &self,
        act: &Found<SubEventType>,
        actors: &[Found<(ActorIdx, bool)>],
        hits: &[Hit],
        clause: &Range<usize>,
    ) -> SubEventType {
        use truce_core::registry::ActorKind;
        let flies_nothing = |idx: ActorIdx| {
            let actor = self.x.registry.actor(idx);
            match actor.kind {
                ActorKind::RebelGroup
                | ActorKind::Militia
                | ActorKind::ExcludedGroup
                | ActorKind::Unidentified => true,
                ActorKind::Composite => actor
                    .members
                    .iter()
                    .all(|&m| self.x.registry.actor(m).kind != ActorKind::StateForce),
                _ => false,
            }
        };
        let raid = act.value == SubEventType::AirDroneStrike
            && self.doc.text[act.at.clone()]
                .to_ascii_lowercase()
                .starts_with("raid");
        // Raids from house to house are on foot: on civilians, an attack ("killed Alawite
        // civilians … in house-to-house raids", "carried out house-to-house raids, executing
        // men, women and children").
        if raid
            && ["house-to-house ", "door-to-door "]
                .iter()
                .any(|w| ends_with_ignoring_case(&self.doc.text[..act.at.start], w))
        {
            let before = last_words(&self.doc.text[clause.start..act.at.start], 8);
            let after = first_words(&self.doc.text[act.at.end..clause.end], 6);
            let on_civilians = [before, after]
                .map(tolls::victims)
                .contains(&tolls::Victims::Civilians);
            return if on_civilians {
                SubEventType::Attack
            } else {
                SubEventType::ArmedClash
            };
        }
        if raid
            && !cue_within(hits, self.doc.text, Cue::Aircraft, clause)
            && actors.iter().any(|a| {
                // (The raiders' name comes right before: "AOG raid", not "jihadists killed in
                // Syria raid".)
                a.at.end <= act.at.start
                    && self.doc.text[a.at.end..act.at.start].trim().is_empty()
                    && flies_nothing(a.value.0)
            })
        {
            // (Typed as an assault is: a raid on civilians is an attack on them.)
            typed_by_target(
                SubEventType::ArmedClash,
                "attacked",
                &self.doc.text[clause.start..act.at.start],
                &self.doc.text[act.at.end..clause.end],
            )
        } else {
            act.value
        }
    }

    /// How many sentences on from sentence `at` sentence `n` is, a log's fields between not
    /// counted ("Type: artillery fire | Location: … | Date of incident: … | Casualties: 3
    /// KIA": the casualties are the act's).
    fn told_since(&self, at: usize, n: usize) -> usize {
        let fields = self.sentences[(at + 1).min(n)..n]
            .iter()
            .filter(|s| field_label(self.text(s)).is_some())
            .count();
        n - at - fields
    }

    fn push(&mut self, n: usize, candidate: Candidate) {
        // An act a coder says is "coded separately", told after the note's first, is another
        // event: what is told next goes on about the one before ("… are coded separately. 48
        // fatalities in total").
        // (So is one told as the backdrop of the act before it: "… clashed in Misraba and
        // Madyara, as infighting between rebel groups in Eastern Ghouta continued. 8
        // fatalities.")
        let backdrop = || {
            let told = candidate.text.trim().trim_end_matches(['.', ',', ';']);
            let before = &self.doc.text[..self.chars.byte_at(candidate.evidence.clause[0])];
            ends_with_ignoring_case(before.trim_end(), " as")
                && ["continued", "continues", "went on", "raged on"]
                    .iter()
                    .any(|w| told.ends_with(w))
        };
        if self.last_incident.is_none()
            || !(tolls::holds_any_in_any_case(
                &candidate.text,
                &["coded separately", "coded as separate"],
            ) || backdrop())
        {
            self.last_incident = Some((self.out.len(), n));
        }
        self.out.push(candidate);
    }

    /// A diplomatic clause: one fact per date it states ("Announced … earlier this month, the
    /// ceasefire failed to take hold by last Friday" is two), of the sentence's dates an act
    /// may take (not a heading's day of writing: "18 March 2025: the … ministries agreed
    /// yesterday evening on a ceasefire"); where it states none, the sentence's, if `lend`.
    #[allow(clippy::too_many_arguments)]
    fn diplomatic(
        &mut self,
        clause: &Range<usize>,
        hits: &[Hit],
        places: Vec<Found<PlaceHit<'_>>>,
        actors: Vec<Found<(ActorIdx, bool)>>,
        sources: Vec<SourceMention>,
        sentence_dates: &[Found<DaySpan>],
        lend: bool,
    ) {
        let claimed = cue_within(hits, self.doc.text, Cue::Claim, clause);
        // "… agreed to a deal with the government": an agreement reached, where the words
        // before do not deny it ("have not agreed").
        let agreed = |segment: &Range<usize>| {
            let hit = cue_hit(hits, self.doc.text, Cue::Agreed, segment)?;
            let before = window_before(self.doc.text, hit.at.start).to_ascii_lowercase();
            let denied = [
                "not ",
                "n't ",
                "never ",
                "yet to ",
                "refused to ",
                "failed to ",
            ]
            .iter()
            .any(|w| before.ends_with(w));
            (!denied).then(|| Found {
                value: SubEventType::Agreement,
                at: hit.at.clone(),
            })
        };
        let told = dates_within(sentence_dates, clause);
        let dates = if told.is_empty() && lend {
            sentence_dates.to_vec()
        } else {
            told
        };
        let text = self.text(clause);
        // Segments between commas, so that each date keeps its own words.
        let mut segments: Vec<Range<usize>> = Vec::new();
        let mut from = clause.start;
        for (i, _) in text.match_indices(", ") {
            segments.push(from..clause.start + i);
            from = clause.start + i + 2;
        }
        segments.push(from..clause.end);
        let segment_of = |at: &Range<usize>| {
            segments
                .iter()
                .find(|s| s.start <= at.start && at.end <= s.end)
                .cloned()
                .unwrap_or(clause.clone())
        };
        let mut groups: Vec<(Range<usize>, Option<Found<DaySpan>>)> = if dates.len() > 1 {
            dates
                .into_iter()
                .map(|d| (segment_of(&d.at), Some(d)))
                .collect()
        } else {
            vec![(clause.clone(), dates.into_iter().next())]
        };
        // An agreement told between the dates, in no date's segment, is of the first ("On 7
        // October, following overnight hostilities, a ceasefire was announced …").
        if groups.len() > 1
            && agreed(clause).is_some()
            && groups.iter().all(|(segment, _)| agreed(segment).is_none())
            && let Some(first) = groups.iter_mut().min_by_key(|(segment, _)| segment.start)
        {
            first.0 = clause.clone();
        }
        for (segment, date) in groups {
            let in_segment = |r: &Range<usize>| segment.start <= r.start && r.end <= segment.end;
            let p: Vec<_> = places
                .iter()
                .filter(|p| in_segment(&p.at))
                .cloned()
                .collect();
            let a: Vec<_> = actors
                .iter()
                .filter(|a| in_segment(&a.at))
                .cloned()
                .collect();
            let c = self.candidate(
                Kind::Diplomatic,
                &segment,
                agreed(&segment).as_ref(),
                date,
                p,
                a,
                None,
                sources.clone(),
                claimed,
            );
            self.out.push(c);
        }
    }

    /// The incident a toll told after candidate `idx` is of: that one, or where it is an act
    /// that kills no one ("Regime air defences intercepted some of the missiles. 5
    /// fatalities."; "… clashed in Ariqa, after the group kidnapped a resident. 2 gunmen were
    /// killed."), the last incident before it that may have — without a toll of its own,
    /// unless the toll adds to or updates the one it has (`joining`).
    fn lethal_before(&self, idx: usize, joining: tolls::Joining) -> Option<usize> {
        let open = |i: usize| {
            (joining != tolls::Joining::Told || self.out[i].fatalities.is_none()).then_some(i)
        };
        let harmless = |c: &Candidate| HARMLESS.iter().any(|e| c.sub_event_type == Some(e.name()));
        if !harmless(&self.out[idx]) {
            return open(idx);
        }
        (0..idx)
            .rev()
            .find(|&i| {
                let c = &self.out[i];
                c.kind == Kind::Incident && !harmless(c) && c.event_type.is_some()
            })
            .and_then(open)
    }

    /// Where incident `idx` is a flashback — told after an incident it is dated before
    /// ("Pro-regime forces recaptured Khanasir on February 25 … ISIS had seized the town on
    /// February 23") — the incident it is background to.
    fn lead_before_flashback(&self, idx: usize) -> Option<usize> {
        let back = self.out[idx].date_start?;
        (0..idx).rev().find(|&i| {
            self.out[i].kind == Kind::Incident && self.out[i].date_start.is_some_and(|d| d > back)
        })
    }

    /// Gives candidate `idx` a toll told apart from its act (see [`ToldToll::join_to`]).
    fn join_toll(
        &mut self,
        idx: usize,
        toll: &Found<(Fatalities, Victims, Option<u32>)>,
        joining: tolls::Joining,
    ) {
        let (fatalities, victims, civilians) = toll.value;
        // A live blog's newer entry tells the newer toll, in whatever words ("17:30 GMT: The
        // Observatory now says 34 civilians were killed in the strikes …").
        let joining = match joining {
            tolls::Joining::Told if self.newer_entry(idx, &toll.at) => tolls::Joining::Updates,
            joining => joining,
        };
        ToldToll {
            fatalities,
            victims: Some(victims),
            civilians,
            evidence: Some(self.chars.evidence(&toll.at)),
        }
        .join_to(&mut self.out[idx], joining);
    }

    /// Whether the text at `at` is in a later entry of a live blog than the toll of the
    /// candidate at `idx` (see [`dates::EntryClocks`]).
    fn newer_entry(&self, idx: usize, at: &Range<usize>) -> bool {
        let Some([told, _]) = self.out[idx].evidence.fatalities else {
            return false;
        };
        self.clocks
            .get_or_init(|| dates::EntryClocks::of(self.doc.text))
            .newer(self.chars.byte_at(told), at.start)
            == Some(true)
    }

    fn add_to(
        &mut self,
        idx: usize,
        event_at: &Range<usize>,
        actors: Vec<Found<(ActorIdx, bool)>>,
        toll: Option<Found<(Fatalities, Victims, Option<u32>)>>,
        joining: tolls::Joining,
        sources: Vec<SourceMention>,
    ) {
        if let Some(t) = &toll {
            self.join_toll(idx, t, joining);
        }
        let mentions = self.actor_mentions(actors, Some(event_at), Kind::Incident, false);
        let c = &mut self.out[idx];
        for m in mentions {
            if !c.actors.iter().any(|a| a.actor_id == m.actor_id) {
                c.actors.push(m);
            }
        }
        for s in sources {
            if !c.sources.iter().any(|k| k.name == s.name) {
                // Inner sources first: the outlet (without evidence) stays last.
                let at = c
                    .sources
                    .iter()
                    .position(|k| k.evidence.is_none())
                    .unwrap_or(c.sources.len());
                c.sources.insert(at, s);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn candidate(
        &self,
        kind: Kind,
        clause: &Range<usize>,
        event: Option<&Found<SubEventType>>,
        date: Option<Found<DaySpan>>,
        places: Vec<Found<PlaceHit<'_>>>,
        actors: Vec<Found<(ActorIdx, bool)>>,
        toll: Option<Found<(Fatalities, Victims, Option<u32>)>>,
        sources: Vec<SourceMention>,
        claimed: bool,
    ) -> Candidate {
        let mut span = date.as_ref().map(|d| d.value);
        if kind == Kind::Allegation
            && let Some(s) = &mut span
            && s.end < self.doc.date
            && s.precision >= DatePrecision::Month
        {
            // An accusation of a pattern runs from when it began to the day it is made.
            s.end = self.doc.date;
            s.precision = DatePrecision::Longer;
        }
        let mut locations = places.into_iter().map(|p| self.location(p));
        let location = locations.next();
        let actors = self.actor_mentions(actors, event.map(|e| &e.at), kind, claimed);
        let sub_event = event.map(|e| self.x.taken_by(e.value, &actors));
        Candidate {
            kind,
            event_type: sub_event.map(|e| e.event_type().name()),
            sub_event_type: sub_event.map(|e| e.name()),
            date_start: span.map(|s| s.start),
            date_end: span.map(|s| s.end),
            date_precision: span.map(|s| s.precision),
            location,
            other_locations: locations.collect(),
            setting: None,
            actors,
            fatalities: toll.as_ref().map(|t| t.value.0),
            victims: toll.as_ref().map(|t| t.value.1),
            civilians: toll.as_ref().and_then(|t| t.value.2),
            sources,
            text: self.text(clause).to_owned(),
            evidence: CandidateEvidence {
                clause: self.chars.evidence(clause),
                event: event.map(|e| self.chars.evidence(&e.at)),
                date: date.as_ref().map(|d| self.chars.evidence(&d.at)),
                fatalities: toll.as_ref().map(|t| self.chars.evidence(&t.at)),
            },
        }
    }

    fn location(&self, p: Found<PlaceHit<'_>>) -> Location {
        let e = p.value.candidate.entry;
        let codes = e.pcodes.clone();
        let precision = p.value.precision;
        Location {
            written: self.text(&p.at).to_owned(),
            name: e.name.clone(),
            lat: e.at.y,
            lon: e.at.x,
            admin1: codes.as_ref().map(|c| c[0].clone()),
            admin2: codes
                .as_ref()
                .filter(|_| e.precision < 3)
                .map(|c| c[1].clone()),
            admin3: codes
                .as_ref()
                .filter(|_| e.precision == 1)
                .map(|c| c[2].clone()),
            geo_precision: precision,
            ambiguous: false,
            evidence: self.chars.evidence(&p.at),
        }
    }

    /// Whether the words before `at` announce a place ("in", "near", "village of").
    fn locative(&self, at: &Range<usize>) -> bool {
        const CUES: &[&str] = &[
            "in", "near", "outside", "at", "around", "from", "to", "into", "towards", "of",
            "village", "town", "city", "on", "syria's", "syrias",
            // A sitrep's "vic. Kinsabba" (in the vicinity of).
            "vic",
        ];
        // (A post's hashtag is its name: "in #Jindires".)
        let before = window_before(self.doc.text, at.start)
            .trim_end()
            .trim_end_matches('#')
            .trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        // "bombarded Al-Latamneh town": the word after says a place as well as one before.
        // (A log's "Hasakah / Tal Tamr –": the place under its governorate.)
        CUES.contains(&word.as_str()) || before.ends_with('/') || self.says_town(at)
    }

    /// 2 when the place is written as approximate ("near Aleppo", "outside Damascus").
    fn nearness(&self, at: &Range<usize>) -> u8 {
        let before = window_before(self.doc.text, at.start).to_lowercase();
        let before = before.trim_end();
        let near = lexicon::NEAR
            .iter()
            .any(|w| before.ends_with(w) && bounded(before, before.len() - w.len()..before.len()));
        if near { 2 } else { 1 }
    }

    fn actor_mentions(
        &self,
        actors: Vec<Found<(ActorIdx, bool)>>,
        event_at: Option<&Range<usize>>,
        kind: Kind,
        claimed: bool,
    ) -> Vec<ActorMention> {
        let mut out: Vec<ActorMention> = Vec::new();
        for a in actors {
            let (idx, generic) = a.value;
            let before = window_before(self.doc.text, a.at.start).to_lowercase();
            let before_word = before
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_owned();
            let after = window_after(self.doc.text, a.at.end)
                .trim_start()
                .to_lowercase();
            let next_word = after
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_owned();
            let by = before.trim_end().ends_with(" by");
            let doer = DOER_NOUNS.contains(&next_word.as_str());
            let civilians = self.x.registry.actor(idx).kind == truce_core::ActorKind::Civilians;
            let role = match event_at {
                None => Role::Participant,
                Some(_) if by || doer && !civilians => Role::Perpetrator,
                Some(_) if civilians => Role::Target,
                Some(e) if a.at.start < e.start && !TARGET_CUES.contains(&before_word.as_str()) => {
                    Role::Perpetrator
                }
                Some(_) if TARGET_CUES.contains(&before_word.as_str()) => Role::Target,
                Some(e) if a.at.start >= e.end => Role::Target,
                Some(_) => Role::Participant,
            };
            let attribution = match (kind, role) {
                (Kind::Allegation, Role::Perpetrator) => Attribution::Accused,
                (_, Role::Perpetrator) if claimed => Attribution::Claimed,
                (_, Role::Perpetrator) if generic => {
                    if self.x.registry.actor(idx).kind == truce_core::ActorKind::Unidentified {
                        Attribution::Unknown
                    } else {
                        Attribution::Suspected
                    }
                }
                _ => Attribution::Known,
            };
            let id = self.x.registry.actor(idx).id.clone();
            if out.iter().any(|m| m.actor_id == id && m.role == role) {
                continue;
            }
            out.push(ActorMention {
                written: self.text(&a.at).to_owned(),
                actor_id: id,
                generic,
                role,
                attribution,
                evidence: self.chars.evidence(&a.at),
            });
        }
        // Clashes between two sides: both take part, neither is the target.
        if out.iter().filter(|m| m.role != Role::Perpetrator).count() > 0
            && out.iter().all(|m| m.role != Role::Perpetrator)
        {
            for m in &mut out {
                m.role = Role::Participant;
            }
        }
        out
    }

    /// The event words of a clause, from the sentence's hits.
    fn events(&self, hits: &[Hit], clause: &Range<usize>) -> Vec<Found<SubEventType>> {
        let mut found = self.acts_named(hits, clause);
        // "the massacre committed by regime forces …, when their artillery shelled Atareb": a
        // massacre names no means; the means the clause tells type it.
        let means = found
            .iter()
            .any(|f| f.value.event_type() == truce_core::event::EventType::Explosions);
        let massacre = |f: &Found<SubEventType>| {
            f.value == SubEventType::Attack
                && self.doc.text[f.at.clone()]
                    .to_ascii_lowercase()
                    .starts_with("massacre")
        };
        if means {
            found.retain(|f| !massacre(f));
        } else if let [only] = found.as_mut_slice()
            && massacre(only)
            && cue_within(hits, self.doc.text, Cue::Aircraft, clause)
        {
            // ("the massacre committed by the coalition aircraft": from the air.)
            only.value = SubEventType::AirDroneStrike;
        }
        // "killed two smugglers and arrested a third in an exchange of fire": the fight the
        // clause's acts happened in is its act, not the arrest told first.
        if found
            .first()
            .is_some_and(|first| HARMLESS.contains(&first.value))
            && let Some(frame) = found.iter().position(|f| {
                !HARMLESS.contains(&f.value) && {
                    let before = window_before(self.doc.text, f.at.start).to_ascii_lowercase();
                    [" in an ", " in a ", " during an ", " during a "]
                        .iter()
                        .any(|w| before.ends_with(w))
                }
            })
        {
            found[..=frame].rotate_right(1);
        }
        // "A gunman opened fire on worshippers and then detonated an explosive vest": the
        // attacker's death in his blast types the act (ACLED's suicide bomb).
        // (Not ground taken after the bombs that opened the way: "IS captured the town of
        // al-Quaryatayn … after suicide car bombs hit army checkpoints at its entrances" is the
        // town taken, as ACLED codes it.)
        if let Some(bomb) = found
            .iter()
            .position(|f| f.value == SubEventType::SuicideBomb)
            && !found.first().is_some_and(|first| {
                matches!(
                    first.value,
                    SubEventType::GovernmentRegainsTerritory
                        | SubEventType::NonStateActorOvertakesTerritory
                ) && self.doc.text[first.at.end..found[bomb].at.start].contains(" after ")
            })
        {
            found[..=bomb].rotate_right(1);
        }
        // "seized his truck and took him away": the man taken is the act, not his goods.
        if found
            .first()
            .is_some_and(|first| first.value == SubEventType::LootingPropertyDestruction)
            && let Some(taken) = found
                .iter()
                .position(|f| f.value == SubEventType::Abduction)
        {
            found[..=taken].rotate_right(1);
        }
        found
    }

    /// Each event word of a clause that tells an act of its own, typed by what the clause says
    /// around it.
    fn acts_named(&self, hits: &[Hit], clause: &Range<usize>) -> Vec<Found<SubEventType>> {
        let text = self.text(clause);
        // Where the act the clause's act answers is told, which types it no more: "fired 59
        // Tomahawk cruise missiles at a Syrian air base … in retaliation for a chemical weapons
        // attack" is no chemical attack. (Read only where another act's type is asked about.)
        let answered_from = std::cell::OnceCell::new();
        let answered_from = || {
            *answered_from.get_or_init(|| {
                let lower = text.to_ascii_lowercase();
                lexicon::ANSWERED
                    .iter()
                    .filter_map(|w| lower.find(w))
                    .min()
                    .map_or(clause.end, |at| clause.start + at)
            })
        };
        leftmost_longest(hits, clause, |role| role.event.is_some())
            .into_iter()
            .filter(|m| bounded(text, m.at.start - clause.start..m.at.end - clause.start))
            // "Local sources reported 5 protesters killed": the protesters are the dead told,
            // not a protest.
            .filter(|m| {
                m.role.event != Some(SubEventType::PeacefulProtest)
                    || !begins_with_any(
                        self.doc.text,
                        m.at.end,
                        &[
                            "killed",
                            "were killed",
                            "was killed",
                            "have been killed",
                            "died",
                        ],
                    )
            })
            // "the Organisation for the Prohibition of Chemical Weapons", "the Chemical Weapons
            // Convention", "the former government's chemical weapons programme": a body, a
            // treaty, an arsenal — no act.
            .filter(|m| {
                m.role.event != Some(SubEventType::ChemicalWeapon)
                    || !(ends_with_ignoring_case(&self.doc.text[..m.at.start], "prohibition of ")
                        || begins_with_any(
                            self.doc.text,
                            m.at.end,
                            &[
                                "convention",
                                "programme",
                                "program",
                                "stockpile",
                                "arsenal",
                                "sites",
                                "facilit",
                                "inspector",
                                "watchdog",
                            ],
                        ))
            })
            // "the battle for Raqqa was exacting an unacceptable price": a campaign, no act;
            // "intercepted a convoy of the US occupation forces": no weapon stopped; "families
            // of forcibly disappeared persons": who they are, no act.
            .filter(|m| {
                let word = &self.doc.text[m.at.clone()];
                !(m.role.event == Some(SubEventType::Abduction)
                    && (begins_with_any(self.doc.text, m.at.end, &["persons", "people"])
                        || ends_with_ignoring_case(
                            window_before(self.doc.text, m.at.start),
                            "the missing and ",
                        ))
                    || m.role.event == Some(SubEventType::ArmedClash)
                        && word.eq_ignore_ascii_case("battle")
                        && begins_with_any(self.doc.text, m.at.end, &["for ", "of "])
                    || word.eq_ignore_ascii_case("intercepted")
                        && begins_with_any(
                            self.doc.text,
                            m.at.end,
                            &["a convoy", "the convoy", "a patrol", "the patrol"],
                        ))
            })
            // Words that are an act only with what is told next to them.
            .filter(
                |m| match self.doc.text[m.at.clone()].to_ascii_lowercase().as_str() {
                    // "large quantities of captagon were seized": goods seized, not ground.
                    // (Nor houses "seized and looted": the looting tells the act.)
                    "seized" => {
                        !names_any(
                            last_words(&self.doc.text[clause.start..m.at.start], 6),
                            SEIZED_GOODS,
                        ) && !begins_with_any(self.doc.text, m.at.end, &["and looted"])
                    }
                    // "took the Layramoun industrial zone": ground taken, where a name follows (not
                    // "took the wounded to hospital").
                    // (People, by a name or by what they are: not "took away furniture".)
                    "took away" => {
                        let next = first_words(&self.doc.text[m.at.end..clause.end], 3);
                        next.split_whitespace()
                            .any(|w| w.starts_with(|c: char| c.is_uppercase()))
                            || tolls::victims(next) != tolls::Victims::Unspecified
                    }
                    "took the" => names_next(&self.doc.text[m.at.end..]),
                    // "stormed Tel Shamiram and Tel Hormizd … and took at least 90 of our
                    // Assyrian people": people counted and taken.
                    "took" => people_counted(&self.doc.text[m.at.end..clause.end]),
                    "house to house" => {
                        tolls::holds_any_in_any_case(self.text(clause), &["killing", "killed"])
                    }
                    "body of the" => tolls::holds_any_in_any_case(
                        self.text(clause),
                        &[
                            "was found",
                            "were found",
                            "been found",
                            "recovered",
                            "discovered",
                        ],
                    ),
                    // (Between sides, named or short: "YPG vs ISIS", "Rep. Guard/4th Div vs
                    // Faylaq al-Rahman"; not "chants vs governor".)
                    "vs" => self.doc.text[m.at.end..]
                        .trim_start_matches(['.', ' '])
                        .starts_with(|c: char| c.is_uppercase()),
                    // (Out of ground, not of a country or a body: "expelled … fighters from the
                    // town".)
                    "expelled" => first_words(&self.doc.text[m.at.end..clause.end], 14)
                        .split_whitespace()
                        .any(|w| w == "from"),
                    // (And a shorthand's present: "JN + Ansar al-Sham take Kassab town",
                    // "MoD forces + General Security regain al-Daliyah".)
                    "entered" | "take" | "regain" => {
                        names_next(&self.doc.text[m.at.end..])
                            // (Not police, who deploy where a deal lets them: "Russian
                            // military police entered Rastan … after the last convoy of
                            // fighters left".)
                            && hits.iter().any(|h| {
                                let actor = self.doc.text[h.at.clone()].to_ascii_lowercase();
                                h.role.actor.is_some()
                                    && h.at.end <= m.at.start
                                    // (Or its men: "allied Hezbollah fighters entered".)
                                    && ["", "fighters", "forces", "troops", "units"]
                                        .contains(&self.doc.text[h.at.end..m.at.start].trim())
                                    // (Nor gunmen, who go in to kill: "gunmen entered the
                                    // village of al-Kharayeb and went from house to house".)
                                    && !["police", "gunmen"].iter().any(|w| actor.ends_with(w))
                            })
                    }
                    // "fired on a 15-year-old boy", "fired on a shepherd": fire at people is an
                    // act; "artillery fired on the town" is the shelling its own words tell, or
                    // none.
                    // (Or a group of them: "fired on a group carrying cigarettes across".)
                    // (So is fire "at" them, or at their car: "They fired at the pickup".)
                    "fired on" | "fired at" | "shooting" => {
                        let next = first_words(&self.doc.text[m.at.end..clause.end], 6);
                        fired_by_guns(&self.doc.text[clause.start..m.at.start])
                            || tolls::victims(next) != tolls::Victims::Unspecified
                            || names_any(
                                next,
                                &["group", "people", "crowd", "individuals", "car", "pickup"],
                            )
                    }
                    _ => true,
                },
            )
            // "no fighting inside town", "entered the town without fighting": an act denied.
            // "the bodies of 4 men who had been abducted … were found": what had befallen the
            // victims before their death, not the act told (but "bodies of 42 martyrs who had
            // been executed" tells how they died).
            .filter(|m| {
                let before = window_before(self.doc.text, m.at.start).to_ascii_lowercase();
                // (Nor where the dead fell, the fighting told before, in a clause after a
                // semicolon: "…; three of our fighters were martyred in the battle".)
                // (Or the day's, in the sentence after a taking of ground: "… the town was
                // retaken … SOHR counted 11 rebels and 4 soldiers killed in the day's
                // fighting".)
                // (So is a day's by its name: "… had taken full control of Sheikh Miskin on
                // Tuesday … at least 8 rebel fighters were killed in Tuesday's fighting".)
                let the_days = before
                    .strip_suffix("'s ")
                    .and_then(|b| b.rsplit_once(" in "))
                    .filter(|(_, day)| {
                        day == &"the day"
                            || ["yesterday", "today"].contains(day)
                            || [
                                "monday",
                                "tuesday",
                                "wednesday",
                                "thursday",
                                "friday",
                                "saturday",
                                "sunday",
                            ]
                            .contains(day)
                    })
                    .map(|(verb, _)| verb);
                let fell_in = || {
                    m.role.event == Some(SubEventType::ArmedClash)
                        && self.last_incident.is_some_and(|(i, _)| {
                            self.doc.text[..clause.start].trim_end().ends_with(';')
                                || the_days.is_some()
                                    && [
                                        SubEventType::GovernmentRegainsTerritory,
                                        SubEventType::NonStateActorOvertakesTerritory,
                                    ]
                                    .iter()
                                    .any(|t| self.out[i].sub_event_type == Some(t.name()))
                        })
                        && before
                            .strip_suffix(" in the ")
                            .or(the_days)
                            .or_else(|| before.strip_suffix(" during the "))
                            .is_some_and(|verb| {
                                ["killed", "martyred", "died"]
                                    .iter()
                                    .any(|v| verb.ends_with(v))
                            })
                };
                // (Nor where some of a toll's dead were found: "At least 43 civilians were
                // killed, many of them women and children found dead in basements" tells the
                // act before.)
                // (Nor how they died: "SOHR documented 61 people killed in the town, most of
                // them shot at close range".)
                let found_among = || {
                    let found = self.doc.text[m.at.clone()].eq_ignore_ascii_case("found dead");
                    self.last_incident.is_some()
                        && last_words(&before, if found { 8 } else { 3 }).contains(" of them ")
                };
                // (Where the victims died or were found since, anywhere in the text: "a young
                // man who had been kidnapped on 3 February … was released" tells the
                // kidnapping.)
                let victims_dead_since =
                    || tolls::tells_of_death(self.doc.text) || self.doc.text.contains("found");
                // (Nor is a charge: "a man they accused of involvement in the kidnapping",
                // "accused of taking part in the kidnapping of a local merchant".)
                // ("This was not a battle.": an act said not to be.)
                // (Nor what people fled: "families who had fled fighting in Manbij".)
                let fled = || {
                    ["fled ", "fleeing ", "flee ", "escaped ", "escaping "]
                        .iter()
                        .any(|w| before.ends_with(w))
                };
                // (Nor one held, told as what he is: "the detained man was freed".)
                let held = || {
                    matches!(
                        m.role.event,
                        Some(SubEventType::Arrests | SubEventType::Abduction)
                    ) && before.ends_with(" the ")
                        && self.doc.text[m.at.clone()].ends_with("ed")
                };
                !(found_among()
                    || fled()
                    || held()
                    || before.ends_with(" no ")
                    // (Nor the second act of a denial: "No shelling or sniper fire reported".)
                    || before.ends_with(" or ") && names_any(last_words(&before, 4), &["no"])
                    || before.ends_with(" without ")
                    || before.ends_with(" not a ")
                    || before.ends_with(" involvement in the ")
                    || before.ends_with(" part in the ")
                    || before.ends_with(" part in ")
                    || before.ends_with(" accused of ")
                    // (Nor the act told before, where its wounded were hurt: "A third member,
                    // who was seriously wounded in the ambush, died of his wounds".)
                    || self.last_incident.is_some()
                        && (before.ends_with(" wounded in the ")
                            || before.ends_with(" injured in the "))
                        && tolls::died_of_wounds(self.text(clause))
                        // (Not another's: "wounded in the shelling of Jaramana".)
                        && !begins_with_any(self.doc.text, m.at.end, &["of "])
                    // (Nor the act told before, named again: "A YPG fighter wounded in the
                    // same clashes died the next morning".)
                    || self.last_incident.is_some() && before.ends_with(" in the same ")
                    // (Nor where the dead fell, the act told before in other words: "…
                    // opening fire on those sheltering inside. Residents said at least six
                    // people were killed in the raid". An act of its own type told before is
                    // named again, and joined as such: see `Reading::sentence`. Nor one told
                    // before without a type, which this word gives it.)
                    || self
                        .last_incident
                        .is_some_and(|(i, _)| self.out[i].event_type.is_some())
                        && killed_in_the(&before)
                        // (A word that says only that it was an act: "the truck bombing" tells
                        // what the act was.)
                        && [
                            "raid",
                            "raids",
                            "attack",
                            "attacks",
                            "assault",
                            "massacre",
                            "exchange of fire",
                            "clashes",
                            "fighting",
                        ]
                        .contains(&self.doc.text[m.at.clone()].to_ascii_lowercase().as_str())
                        && !self.out.iter().any(|c| {
                            c.kind == Kind::Incident
                                && c.sub_event_type == m.role.event.map(SubEventType::name)
                        })
                    || before.ends_with(" who had been ")
                        && m.role.event.is_some_and(|e| HARMLESS.contains(&e))
                        && victims_dead_since()
                    || fell_in())
            })
            // "SNA fighters, supported by Turkish artillery, attempted to advance …": the
            // support is not the act — where the support's words come shortly before it with
            // no verb or comma between ("the army backed by allied militia has captured", "GoS
            // forces, backed by Russian air support, regained control" tell the acts).
            .filter(|m| {
                // (Support is fire: "backed by coalition air support clashed" tells a clash.)
                let fire = m
                    .role
                    .event
                    .is_some_and(|e| e.event_type() == truce_core::event::EventType::Explosions);
                // (Within ten words: "supported by International Coalition air strikes and
                // artillery, clashed", "supported by fighters of the Sanadid forces and US-led
                // coalition airstrikes, captured".)
                let near =
                    m.at.start - last_words(&self.doc.text[clause.start..m.at.start], 10).len();
                !fire
                    || !cue_hit(hits, self.doc.text, Cue::Support, &(near..m.at.start)).is_some_and(
                        |support| {
                            let between = &self.doc.text[support.at.end..m.at.start];
                            // (A list's commas are no break: "supported by NDF, Hezbollah and
                            // Russian Air Force strikes, regained full control of Palmyra".)
                            let listed = || {
                                between
                                    .rsplit(',')
                                    .next()
                                    .is_some_and(|last| last.contains(" and "))
                            };
                            (!between.contains(',') || listed())
                                && !between
                                    .split(|c: char| !c.is_alphanumeric())
                                    .any(|w| AUXILIARIES.contains(&w))
                        },
                    )
            })
            // "IS attacked … positions; Russian warplanes struck the area in support of regime
            // forces": fire in support of the act told is not an act of its own; nor is what
            // an act answers ("claimed the attack as retaliation for regime shelling", "launched
            // following the Istanbul bombing").
            .filter(|m| {
                let fire = m
                    .role
                    .event
                    .is_some_and(|e| e.event_type() == truce_core::event::EventType::Explosions);
                // In support of armed men, not of a cause ("bombing rebels in support of
                // President Assad" is the act told). (Read only after fire: this is per act.)
                let supports = || {
                    let after = self.doc.text[m.at.end..clause.end].to_ascii_lowercase();
                    after.find("in support of").is_some_and(|i| {
                        after[i + "in support of".len()..]
                            .split_whitespace()
                            .take(4)
                            .any(|w| {
                                lexicon::COMBATANTS
                                    .contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
                            })
                    })
                };
                // ("Israeli drones and artillery supported the incursion", "… shelled the area
                // to cover the troops": fire named as the support of the act told.)
                let backs = || {
                    let words: Vec<&str> = self.doc.text[m.at.end..clause.end]
                        .split_whitespace()
                        .take(7)
                        .collect();
                    words.windows(2).enumerate().any(|(i, pair)| {
                        i < 3
                            && ["supported", "backed", "covered"].contains(&pair[0])
                            && pair[1] == "the"
                            || pair[0] == "to" && ["cover", "support"].contains(&pair[1])
                    })
                };
                let before = window_before(self.doc.text, m.at.start).to_ascii_lowercase();
                // (Not an act of the subject's, told after what it answered: "attempted to
                // storm Baba Amr after three weeks of bombardment and clashed with …".)
                let acted = self.doc.text[m.at.clone()].ends_with("ed");
                let near = |end: usize| {
                    before.len() - end <= 24 && !(acted && before[end..].contains(" and "))
                };
                // (Nor what an act told before it in the clause came after: "… artillery fired
                // shells at Syrian positions …, after clashes along the border".)
                let came_after_another = || {
                    (before.ends_with(", after ") || before.ends_with(", following "))
                        && hits.iter().any(|h| {
                            h.role.event.is_some()
                                && clause.start <= h.at.start
                                && h.at.end <= m.at.start
                        })
                };
                let answers = lexicon::ANSWERED
                    .iter()
                    .any(|w| before.rfind(w).is_some_and(|i| near(i + w.len())))
                    || came_after(&before).is_some_and(near)
                    || came_after_another();
                !(fire && (supports() || backs()) || answers)
            })
            .filter_map(|m| {
                let event = met_with_force(
                    typed_by_target(
                        m.role.event?,
                        &self.doc.text[m.at.clone()],
                        &self.doc.text[clause.start..m.at.start],
                        &self.doc.text[m.at.end..clause.end],
                    ),
                    text,
                );
                // Missiles or rockets fired by aircraft named before them ("Israeli aircraft
                // fired missiles at a building") are an air strike, not shelling.
                // ("missiles fired from a helicopter": the aircraft may come after them.)
                // (So are Israeli missiles, fired by its aircraft from over Lebanon or the
                // Golan, as ACLED codes them: "Israeli missiles fired from over the occupied
                // Golan targeted positions around Damascus".)
                let israeli_missiles = || {
                    let word = self.doc.text[m.at.clone()].to_ascii_lowercase();
                    // (ACLED's "Military Forces of Israel (2022-) missiles" too.)
                    word.starts_with("missile")
                        && last_words(&self.doc.text[clause.start..m.at.start], 2)
                            .to_ascii_lowercase()
                            .contains("israel")
                };
                // (And explosions heard where aircraft are: "the Mission heard fixed-wing
                // aircraft overhead followed by 4 explosions".)
                let blasts = || {
                    event == SubEventType::RemoteExplosive
                        && ["explosion", "explosions", "blast", "blasts"]
                            .iter()
                            .any(|w| self.doc.text[m.at.clone()].eq_ignore_ascii_case(w))
                };
                let from_the_air = (event == SubEventType::ShellingArtilleryMissile
                    && (cue_within(hits, self.doc.text, Cue::Aircraft, clause)
                        || israeli_missiles()))
                    || blasts() && cue_within(hits, self.doc.text, Cue::Aircraft, clause);
                let named = |kind: SubEventType| {
                    hits.iter().any(|h| {
                        h.role.event == Some(kind)
                            && clause.start <= h.at.start
                            && h.at.end <= clause.end
                            && h.at.end <= answered_from()
                    })
                };
                let value = if from_the_air {
                    SubEventType::AirDroneStrike
                } else {
                    event
                };
                // Shells or bombs of chlorine are a chemical attack ("fired shells containing
                // chlorine gas").
                let value = if value.event_type() == truce_core::event::EventType::Explosions
                    && named(SubEventType::ChemicalWeapon)
                {
                    SubEventType::ChemicalWeapon
                } else if value == SubEventType::RemoteExplosive
                    && named(SubEventType::DisruptedWeaponsUse)
                {
                    // "IED found and defused": an explosive that never went off.
                    SubEventType::DisruptedWeaponsUse
                } else if matches!(
                    value,
                    SubEventType::AirDroneStrike | SubEventType::ShellingArtilleryMissile
                ) && named(SubEventType::DisruptedWeaponsUse)
                    && self.doc.text[clause.start..m.at.start]
                        .to_ascii_lowercase()
                        .contains("air defen")
                    && !tolls::holds_any_in_any_case(
                        self.text(clause),
                        &["most of the", "some of the"],
                    )
                {
                    // "army air defences confronted an Israeli missile attack … and intercepted
                    // the missiles": the defences' act, told by them (not "Israeli warplanes
                    // fired missiles …; air defences intercepted some of them", nor "air
                    // defenses had intercepted most of the missiles": the rest struck).
                    SubEventType::DisruptedWeaponsUse
                } else if value == SubEventType::RemoteExplosive && named(SubEventType::SuicideBomb)
                {
                    // "a car bomb went off and was followed by suicide bombers detonating
                    // explosive belts": one attack, by suicide bombers.
                    SubEventType::SuicideBomb
                } else if (value == SubEventType::Attack
                    || value == SubEventType::ArmedClash
                        && self.doc.text[m.at.clone()].eq_ignore_ascii_case("attacked"))
                    && hits.iter().any(|h| {
                        h.role.event == Some(SubEventType::PeacefulProtest)
                            && m.at.end <= h.at.start
                            && h.at.end <= clause.end
                            && bounded(self.doc.text, h.at.clone())
                    })
                {
                    // "opened fire on residents protesting against conscription": force
                    // against protesters.
                    // (So is "attacked the sit-in … with live bullets".)
                    SubEventType::ExcessiveForceAgainstProtesters
                } else if value == SubEventType::NonStateActorOvertakesTerritory
                    && self.doc.text[m.at.clone()].eq_ignore_ascii_case("seized")
                    && people_counted(&self.doc.text[m.at.end..clause.end])
                {
                    // People seized, not ground: "militants seized around 150 Kurdish
                    // schoolboys on Thursday".
                    SubEventType::Abduction
                } else if value == SubEventType::NonStateActorOvertakesTerritory
                    && self.doc.text[m.at.clone()].eq_ignore_ascii_case("entered")
                    && named(SubEventType::Arrests)
                {
                    // A town entered to take men away is an arrest raid: "Military Forces of
                    // Israel units entered Jaba …, searched several houses and detained three
                    // young men".
                    SubEventType::Arrests
                } else if value == SubEventType::AirDroneStrike
                    && self.doc.text[m.at.clone()]
                        .to_ascii_lowercase()
                        .starts_with("raid")
                {
                    // A raid in which people were arrested is an arrest ("conducted a raid in
                    // Ash Shuhayl and arrested 5 people"), one that met fighting a clash ("a
                    // helicopter-borne raid on a house … clashed with IS members inside").
                    if named(SubEventType::Arrests) {
                        SubEventType::Arrests
                    } else if named(SubEventType::ArmedClash) {
                        SubEventType::ArmedClash
                    } else {
                        value
                    }
                } else {
                    value
                };
                Some(Found {
                    value,
                    at: m.at.clone(),
                })
            })
            .collect()
    }

    /// The act of a clause that names none but tells of deaths or of a blow: aircraft named
    /// in it struck from the air ("Coalition aircraft yesterday struck a number of houses …,
    /// leaving 7 dead"); an armed actor that killed civilians attacked them; bodies found were
    /// killed ("the bodies of 4 men were found … all bore gunshot wounds").
    fn unnamed_act(
        &self,
        hits: &[Hit],
        clause: &Range<usize>,
        toll: Option<Victims>,
    ) -> Option<Found<SubEventType>> {
        let text = self.doc.text;
        if let Some(aircraft) = cue_hit(hits, text, Cue::Aircraft, clause)
            && (toll.is_some() || cue_within(hits, text, Cue::Strike, clause))
        {
            return Some(Found {
                value: SubEventType::AirDroneStrike,
                at: aircraft.at.clone(),
            });
        }
        // (A clause with neither a toll nor a word of death tells no killing: no copy of it.)
        if toll.is_none() && !cue_within(hits, text, Cue::Death, clause) {
            return None;
        }
        let lower = self.text(clause).to_ascii_lowercase();
        let killed = lower.find(" killed ");
        let killed_whom = killed.map(|verb| &lower[verb + " killed ".len()..]);
        // (Civilians killed uncounted, the toll told later — "militiamen … entered homes in
        // Taldou and killed families inside" — or counted by men told as a family's: "killed
        // several men of one family".)
        // (Not "killed scores of civilians": a count, left unread, and no act of its own.)
        let named_civilians = || {
            killed_whom.is_some_and(|after| {
                !after.starts_with("scores ")
                    && tolls::victims(first_words(after, 5)) == Victims::Civilians
            })
        };
        let victims = match toll {
            Some(Victims::Civilians) => Victims::Civilians,
            _ if named_civilians() => Victims::Civilians,
            toll => toll?,
        };
        // "suspected Islamic State (Syria) cells killed an Iraqi woman and her son": an armed
        // actor, the subject, killed civilians — an attack (ACLED's violence against civilians).
        // (So is a former fighter killed, as ACLED codes Daraa's assassinations: "gunmen killed
        // a former opposition commander, reconciled under the 2018 settlement".)
        if let (Some(verb), Some(whom)) = (killed, killed_whom)
            && (victims == Victims::Civilians
                || ["a former ", "the former "]
                    .iter()
                    .any(|w| whom.starts_with(w)))
        {
            let verb = clause.start + verb;
            // (Right before the verb, active: not "3 civilians were killed".)
            let actors = leftmost_longest(hits, clause, |role| role.actor.is_some());
            let subject = actors.iter().any(|actor| {
                let Some(between) = text.get(actor.at.end..verb) else {
                    return false;
                };
                // (Support told between them is no break: "Gunmen from nearby pro-government
                // villages, backed by army shelling, killed villagers".)
                let supported = [", backed by ", ", supported by "]
                    .iter()
                    .find_map(|w| between.find(w))
                    .and_then(|at| {
                        let close = between[at + 2..].find(',')? + at + 2;
                        Some(format!("{}{}", &between[..at], &between[close + 1..]))
                    });
                let between = supported.as_deref().unwrap_or(between);
                // (Nor the agent of an act named before it: "Intense bombardment by the Assad
                // regime and its ally Russia killed over 80 civilians".)
                // (Or the subject of a first verb the killing is joined to: "gunmen stormed a
                // house in Jasim and killed several civilians".)
                let joined = between.trim_end().ends_with(" and");
                // (Whose the actor is may come between: "gunmen from government-affiliated
                // factions killed 24 civilians".)
                let whose = ["from ", "of ", "loyal to ", "affiliated with "]
                    .iter()
                    .any(|w| between.trim_start().starts_with(w));
                !lower[..actor.at.start - clause.start].contains(" by ")
                    && between.split_whitespace().count()
                        <= if joined { 12 } else { 2 } + if whose { 4 } else { 0 }
                    && !between.contains(',')
                    && !between
                        .split_whitespace()
                        .any(|w| AUXILIARIES.contains(&w.to_ascii_lowercase().as_str()))
                    && tolls::victims(&text[actor.at.clone()].to_ascii_lowercase())
                        != Victims::Civilians
            });
            if subject {
                return Some(Found {
                    value: SubEventType::Attack,
                    at: verb + 1..verb + 7,
                });
            }
        }
        let body = lower.find("bodies").or_else(|| lower.find("body of"))?;
        lower[body..].contains(" found").then(|| Found {
            value: SubEventType::Attack,
            at: clause.start + body..clause.start + body + 4,
        })
    }

    fn dates(&self, r: &Range<usize>) -> Vec<Found<DaySpan>> {
        let mut found: Vec<Found<DaySpan>> = dates::find(self.text(r), self.written)
            .into_iter()
            .map(|d| Found {
                value: d.span,
                at: r.start + d.at.start..r.start + d.at.end,
            })
            // When a page or a log entry was updated or logged is no act's day ("incident
            // 14/03/2016, approx. 21:30; logged 15/03/2016"), nor when the wounded died of
            // their wounds ("1 M adult (19) inj. -> died 19.01.2025", "died of wounds on 29/04").
            .filter(|d| {
                let before = window_before(self.doc.text, d.at.start).trim_end();
                let before = before.strip_suffix(" on").unwrap_or(before);
                // ("died of his wounds in hospital on Friday".)
                let before = before.strip_suffix(" in hospital").unwrap_or(before);
                ![
                    "logged",
                    "updated",
                    "update",
                    "upd",
                    // (A record's "Date reported: 21/04/2018".)
                    "reported:",
                    "rec.",
                    "-> died",
                    "died of wounds",
                    "died of his wounds",
                    "died of her wounds",
                    "died of their wounds",
                    "succumbed to his wounds",
                    "succumbed to her wounds",
                    // ("1 of the WIA DoW today", "1 WIA evac to Idlib hospital, DOW 11 Feb".)
                    "dow",
                ]
                .iter()
                .any(|w| ends_with_ignoring_case(before, w))
                    && !self.written_in_heading(d)
                    && !toll_revised_after(window_after(self.doc.text, d.at.end))
            })
            .collect();
        // A calendar month told before a day within it frames the day ("SNHR, April 2019
        // report: On Monday, April 29, 2019, …"): the day is the act's. (Not "earlier this
        // month", another act's days: "Announced in Munich earlier this month, the ceasefire
        // failed to take hold by last Friday".)
        let framed = |i: usize| {
            let month = &found[i].value;
            month.precision == DatePrecision::Month
                && month.start == month.start.first_of_month()
                && month.end == month.start.last_of_month()
                && found[i + 1..].iter().any(|day| {
                    day.value.precision == DatePrecision::Day
                        && month.start <= day.value.start
                        && day.value.end <= month.end
                })
        };
        if found.len() > 1 {
            let framing: Vec<usize> = (0..found.len()).filter(|&i| framed(i)).collect();
            for i in framing.into_iter().rev() {
                found.remove(i);
            }
        }
        // The day a report came in is no act's day where the act's own is told after it
        // ("The regime liaison informed us this morning that … took full control of Palmyra
        // yesterday", "called in this morning about an air strike yesterday afternoon").
        // (Only where what was reported follows: "… that", "… about".)
        let reported_on = |d: &Found<DaySpan>| {
            let before = window_before(self.doc.text, d.at.start).trim_end();
            d.value == DaySpan::day(self.doc.date)
                && REPORTED.iter().any(|w| ends_with_ignoring_case(before, w))
                && begins_with_any(self.doc.text, d.at.end, &["that ", "about "])
        };
        if let Some(i) = found.iter().position(reported_on)
            && found[i + 1..].iter().any(|d| d.value != found[i].value)
        {
            found.remove(i);
        }
        found
    }

    /// A report's heading gives the day it was written in brackets ("East Ghouta, Flash
    /// Update (22 February 2018). …", "Deir-ez-Zor governorate (29 May 2017): According to
    /// local sources, on Thursday night …"): no act's day. Nor does a note's closing bracket ("…
    /// were killed on the Tal Abyad front that day. (14 Oct 2019)").
    fn written_in_heading(&self, d: &Found<DaySpan>) -> bool {
        let heading = &self.doc.text[..d.at.start];
        let after = &self.doc.text[d.at.end..];
        d.value == DaySpan::day(self.doc.date)
            && heading.ends_with('(')
            && after.starts_with(')')
            && (!heading.contains([':', '\n'])
                && heading.split_whitespace().count() <= HEADING_WORDS
                || after[1..].trim_start_matches('.').trim().is_empty())
    }

    /// The actors a clause names: by their names, from the sentence's hits, then by their
    /// acronyms (matched as written) where no name is.
    fn actors(&self, hits: &[Hit], clause: &Range<usize>) -> Vec<Found<(ActorIdx, bool)>> {
        let text = self.text(clause);
        let names = leftmost_longest(hits, clause, |role| role.actor.is_some())
            .into_iter()
            .filter_map(|h| Some((h.at.clone(), &self.x.actor_patterns[h.role.actor? as usize])));
        let acronyms = self.x.acronyms.find_iter(text).map(|m| {
            (
                clause.start + m.start()..clause.start + m.end(),
                &self.x.acronym_patterns[m.pattern().as_usize()],
            )
        });
        let mut found: Vec<Found<(ActorIdx, bool)>> = Vec::new();
        for (at, p) in names.chain(acronyms) {
            if !bounded(text, at.start - clause.start..at.end - clause.start)
                || found
                    .iter()
                    .any(|f| f.at.start < at.end && at.start < f.at.end)
            {
                continue;
            }
            found.push(Found {
                value: (p.actor, p.generic),
                at,
            });
        }
        found.sort_by_key(|f| f.at.start);
        found
    }

    /// The sources a sentence names (only where it has a cue that a source speaks), and the
    /// document's outlet.
    fn sources(&self, sentence: &Range<usize>, cue: bool) -> Vec<SourceMention> {
        let text = self.text(sentence);
        let mut out: Vec<SourceMention> = Vec::new();
        if cue {
            for m in self.x.sources.find_iter(text) {
                if !bounded(text, m.range()) {
                    continue;
                }
                let name = lexicon::SOURCES[m.pattern().as_usize()].1.to_owned();
                if !out.iter().any(|s| s.name == name) {
                    let at = sentence.start + m.start()..sentence.start + m.end();
                    out.push(SourceMention {
                        name,
                        evidence: Some(self.chars.evidence(&at)),
                    });
                }
            }
        }
        if let Some(outlet) = self.doc.source
            && !out.iter().any(|s| s.name == outlet)
        {
            out.push(SourceMention {
                name: outlet.to_owned(),
                evidence: None,
            });
        }
        out
    }

    /// Places in a clause: landmarks, then runs of capitalised words the gazetteer knows,
    /// leaving out words that name actors or sources. A governorate named as a region
    /// ("Homs countryside", "Idlib province") guides the choice between places of one name.
    /// Landmarks are looked for only where the sentence's search found their words.
    fn places(
        &self,
        clause: &Range<usize>,
        actors: &[Found<(ActorIdx, bool)>],
        sources: &[SourceMention],
        landmarks_named: bool,
    ) -> Vec<Found<PlaceHit<'x>>> {
        let text = self.text(clause);
        let mut found: Vec<Found<PlaceHit<'x>>> = Vec::new();
        let landmarks = landmarks_named.then(|| self.x.landmarks.find_iter(text));
        for m in landmarks.into_iter().flatten() {
            let (_, name, precision) = lexicon::LANDMARKS[m.pattern().as_usize()];
            if !bounded(text, m.range()) {
                continue;
            }
            if let Some(best) = self.x.gazetteer.best(name, None) {
                let at = clause.start + m.start()..clause.start + m.end();
                let precision = best.entry.precision.max(precision).max(self.nearness(&at));
                found.push(Found {
                    value: PlaceHit {
                        candidate: best,
                        precision,
                    },
                    at,
                });
            }
        }
        let taken = |r: &Range<usize>, found: &[Found<PlaceHit<'x>>]| {
            actors
                .iter()
                .any(|a| a.at.start < r.end && r.start < a.at.end)
                || found
                    .iter()
                    .any(|f| f.at.start < r.end && r.start < f.at.end)
                || sources.iter().filter_map(|s| s.evidence).any(|e| {
                    let (s, t) = (self.chars.char_at(r.start), self.chars.char_at(r.end));
                    e[0] < t && s < e[1]
                })
        };
        let words = capitalised_runs(text);
        let hint = region_hint(self.x.gazetteer, text, &words);
        let mut key = String::new();
        for run in words {
            // Each word is keyed once, when a phrase first needs it (most phrases are ruled out
            // before); a phrase's key is its words' keys joined (a run's words are separated by
            // spaces alone).
            let mut keys: Vec<Option<String>> = vec![None; run.len()];
            let particles: Vec<Particle> =
                run.iter().map(|w| Particle::of(&text[w.clone()])).collect();
            let mut speaker_after: Vec<Option<bool>> = vec![None; run.len()];
            // "Al-Karama square": a street word after the run, in lower case, ends a square's or
            // a street's name, not a town's (asked only of a name found, as few are).
            let street_after = || {
                let after = text[run[run.len() - 1].end..].trim_start();
                // (Or after the name's other name in brackets: "Karama (al-Sir) Square".)
                let after = after
                    .strip_prefix('(')
                    .and_then(|inside| inside.split_once(')'))
                    .map_or(after, |(_, rest)| rest.trim_start());
                // (Keying keeps a word's first letter: only a word that begins as a street word
                // does is keyed.)
                after.starts_with(|c: char| STREET_WORDS.iter().any(|w| w.starts_with(c)))
                    && STREET_WORDS.contains(
                        &truce_core::normalize::name_key(
                            after
                                .split(|c: char| !c.is_alphanumeric())
                                .next()
                                .unwrap_or(""),
                        )
                        .as_str(),
                    )
            };
            // "Two Shamiyah fighters and one Hamza fighter were killed": a faction's name
            // before its men, no place.
            // (Or whose media: "the opposition Hama media centre said 5 people died".)
            let group_after = || {
                names_any(
                    first_words(&text[run[run.len() - 1].end..], 1),
                    &[
                        "fighters",
                        "fighter",
                        "militants",
                        "militiamen",
                        "gunmen",
                        "media",
                    ],
                )
            };
            let mut i = 0;
            while i < run.len() {
                let mut matched = false;
                for j in (i + 1..=run.len().min(i + 4)).rev() {
                    let r = clause.start + run[i].start..clause.start + run[j - 1].end;
                    let phrase = &self.doc.text[r.clone()];
                    // The part of a longer name is not a place: "Rasm al-Sabaa" is neither
                    // "Rasm" nor "al-Sabaa" (an Arabic particle binds the words around it —
                    // unless it only qualifies the place, as in "Daraa al-Balad"), nor "Tal
                    // Hamis" "Tal" (a word that heads names, followed by the rest of one).
                    // Nor is "Sousa" of "Kafr Sousa" a place by itself.
                    // (After "of" a name begins: "the Local Council of al-Bab".)
                    let after_of = i > 0 && text[run[i - 1].clone()].eq_ignore_ascii_case("of");
                    let partial = i > 0
                        && !after_of
                        && (particles[i].begins
                            || particles[i - 1].bare
                            || NAME_HEADS.contains(&word_key(&mut keys, &run, text, i - 1)))
                        || j < run.len()
                            && (particles[j].binds
                                || j == i + 1
                                    && NAME_HEADS.contains(&word_key(&mut keys, &run, text, i))
                                || STREET_WORDS.contains(&word_key(&mut keys, &run, text, j))
                                || (j..run.len()).any(|k| {
                                    ORGANISATION_WORDS.contains(&word_key(&mut keys, &run, text, k))
                                }));
                    // Two letters name no place ("Dr Partizan" is not Dar'a).
                    // (The stop words and month names are single words.)
                    let single_word = j == i + 1;
                    if phrase.len() <= 2
                        || single_word
                            && (STOP_WORDS.contains(&phrase)
                                || truce_core::when::MONTH_NAMES.contains(&phrase))
                        || partial
                        // "Daraa Syria", "Northern Syria": the country is no part of a
                        // place's name here.
                        || j > i + 1
                            && (i..j).any(|k| {
                                COUNTRY_WORDS.contains(&word_key(&mut keys, &run, text, k))
                            })
                        || taken(&r, &found)
                        || j == run.len() && local_network(&text[r.end - clause.start..])
                    {
                        continue;
                    }
                    // (Phrases of a run that end at one word share what follows them.)
                    // ("The local council of Darat Izza announces": the council speaks.)
                    if !self.of_before(&r)
                        && *speaker_after[j - 1]
                            .get_or_insert_with(|| self.speaker_or_government(r.end))
                    {
                        continue;
                    }
                    key.clear();
                    for k in i..j {
                        let word = word_key(&mut keys, &run, text, k);
                        if word.is_empty() {
                            continue;
                        }
                        if !key.is_empty() {
                            key.push(' ');
                        }
                        key.push_str(word);
                    }
                    // A place abroad is none of Syria's: its words are taken, no place found.
                    if self.x.abroad.contains(&key) {
                        i = j;
                        matched = true;
                        break;
                    }
                    // An admin bracket after the name ("Aqirbat (Salamiyeh, Hama)") says where
                    // to look first, and that a place is named.
                    let bracket = if j == run.len() {
                        self.bracket_governorate(&r)
                    } else {
                        None
                    };
                    let within = bracket
                        .as_deref()
                        .or(hint.as_ref().map(|(area, _)| area.as_str()));
                    let Some(mut best) = self.x.gazetteer.best_keyed(&key, within) else {
                        continue;
                    };
                    // "Quamishli city": a town of that skeleton, not the district whose name
                    // is written so. So is "in Thiban (Al Mayadin, Deir-ez-Zor)" the town
                    // (Dhiban) its sub-district is named after, where that town lies in its
                    // district (a seat may sit just over the sub-district's line).
                    let mut seat_of_area = false;
                    if let Some(town) = self.town_for_area(&best, &key, within, &r) {
                        // (As sure as the area's name it stands for.)
                        seat_of_area = best.matched == PlaceMatch::Exact;
                        best = town;
                    }
                    // ("Tishreen University in the coastal city of Latakia": an institution
                    // named for a word that is also a town's name is not that town. One named
                    // for a governorate's city is in it: "explosions struck Aleppo
                    // University".)
                    let institution =
                        run.get(j).is_some_and(|next| {
                            [
                                "University",
                                "School",
                                "Stadium",
                                "Mosque",
                                "Street",
                                "Square",
                            ]
                            .contains(&&text[next.clone()])
                        }) && self.governorate_named(&self.doc.text[r.clone()]).is_none();
                    // ("SDF commander Mazloum Abdi": a person named after a title, where the
                    // name runs on past the place's.)
                    let titled = j < run.len()
                        && names_any(
                            last_words(window_before(self.doc.text, r.start), 1),
                            &[
                                "commander",
                                "president",
                                "leader",
                                "minister",
                                "spokesman",
                                "spokesperson",
                                "envoy",
                                "chief",
                                "general",
                                "sheikh",
                                "cleric",
                            ],
                        );
                    if j == run.len() && (street_after() || group_after())
                        || titled
                        || institution
                        || road_between(&text[r.end - clause.start..])
                    {
                        continue;
                    }
                    // A transliteration variant only where the words say a place follows
                    // ("in", "near", "village of"): free text is full of capitalised names that
                    // share a skeleton with some village.
                    // (A short name is a variant too where an admin bracket follows it:
                    // "Nubul (A'zaz, Aleppo)" is Nubl.)
                    // (Not a variant outside the governorate its bracket or the clause names
                    // for it: "W. Aleppo countryside: … at Kafr Amma" is no Kafr Ruma of
                    // Idlib, "al-Hamadaniyeh area in Aleppo city" no village of Idlib; but
                    // "Hirbanfsah in South Hama and Talaf south of Homs city" may be of Hama.)
                    let named_for = bracket.as_deref().or(hint
                        .as_ref()
                        .filter(|(_, at)| {
                            let (start, end) = (clause.start + at.start, clause.start + at.end);
                            end <= r.start
                                || start >= r.end && !self.doc.text[r.end..start].contains(" and ")
                        })
                        .map(|(area, _)| area.as_str()));
                    let in_region = named_for.is_none_or(|area| {
                        best.entry
                            .pcodes
                            .as_ref()
                            .is_none_or(|codes| codes[0] == area)
                    });
                    let variant = || {
                        let skeleton = truce_core::normalize::place_skeleton(
                            &truce_core::normalize::place_key_of(&key),
                        )
                        .len();
                        in_region
                            && (bracket.is_some() && !self.listed(&r) && skeleton >= 3
                                || phrase.chars().filter(|c| c.is_alphabetic()).count() >= 6
                                    && skeleton >= 4
                                    && (self.locative(&r) || self.other_name(&r)))
                    };
                    if best.matched == PlaceMatch::Exact || seat_of_area || variant() {
                        let precision = best.entry.precision.max(self.nearness(&r));
                        found.push(Found {
                            value: PlaceHit {
                                candidate: best,
                                precision,
                            },
                            at: r,
                        });
                        i = j;
                        matched = true;
                        break;
                    }
                }
                if !matched {
                    i += 1;
                }
            }
        }
        found.sort_by_key(|f| f.at.start);
        // "Idlib province", "northern Homs countryside": the governorate, not the town of that
        // name — and only a guide when the clause also names a town.
        let regions: Vec<bool> = found
            .iter()
            .enumerate()
            .map(|(k, f)| {
                // ("the Darbasiyah countryside, Al-Hasakah": a governorate's name right after
                // another place and a comma is that place's region.)
                let after_place = k.checked_sub(1).is_some_and(|before| {
                    let between = &self.doc.text[found[before].at.end..f.at.start];
                    between.trim_start_matches(|c: char| c.is_alphabetic() || c == ' ') == ", "
                        && between.len() <= 16
                });
                after_place && self.governorate_named(&self.doc.text[f.at.clone()]).is_some()
                // ("in the countryside of Ad Darbasiyah": around a town, which stays.)
                || region_follows(self.doc.text, f.at.end)
                    || region_within(self.doc.text, &f.at).is_some()
                    || countryside_of(self.doc.text, f.at.start)
                        && self
                            .governorate_named(&self.doc.text[f.at.clone()])
                            .is_some()
                    || around_the_capital(self.doc.text, &f.at)
            })
            .collect();
        // (A dateline's city is no town of the clause: "Damascus (AFP) - … shelling in central
        // Homs province".)
        let towns = |only_in_it: bool| {
            found.iter().zip(&regions).any(|(f, region)| {
                !region
                    && f.value.candidate.entry.precision == 1
                    && !self.dateline(&f.at)
                    && (!only_in_it || self.nearness(&f.at) == 1)
            })
        };
        // (A region that is no governorate is a place of its own, and a town it is only near
        // no better one: "the Eastern Ghouta region near Damascus".)
        let (has_town, town_in_it) = (towns(false), towns(true));
        let mut kept = Vec::new();
        for (mut f, region) in found.into_iter().zip(regions) {
            // Where the wounded were taken is no act's place ("Driver killed, engineer
            // seriously injured (evacuated to Raqqa)").
            if self.destination(&f.at) {
                continue;
            }
            let governorate = || {
                if around_the_capital(self.doc.text, &f.at) {
                    return self.governorate_named(RURAL_DAMASCUS);
                }
                let name = region_within(self.doc.text, &f.at).unwrap_or(f.at.clone());
                self.governorate_named(&self.doc.text[name])
            };
            if region {
                if has_town && (town_in_it || governorate().is_some()) {
                    continue;
                }
                if let Some(area) = governorate() {
                    f.value = PlaceHit {
                        candidate: area,
                        precision: 3,
                    };
                } else {
                    // "Manbij countryside": around the town, not in it.
                    f.value.precision = f.value.precision.max(2);
                }
            } else if f.value.precision == 1 && !self.says_town(&f.at) {
                // "In Idlib": the town or the governorate of its name, and nothing says which.
                // As ACLED codes a governorate named alone: at its capital, precision 3.
                let town = &f.value.candidate.entry;
                let seat = governorate().is_some_and(|area| {
                    town.precision == 1
                        && area.entry.pcodes.as_ref().map(|c| &c[0])
                            == town.pcodes.as_ref().map(|c| &c[0])
                });
                if seat {
                    f.value.precision = 3;
                }
            }
            kept.push(f);
        }
        // Where fire came from or a victim was from ("rockets launched from the Idlib front
        // landed on Skeilbieh", "a merchant from Daraa was kidnapped near Shahba"), or where
        // the story was filed ("DAMASCUS, June 29 (Xinhua) --"), is not where the act was: such
        // places come after the others.
        // (An admin area in parentheses after a place is that place's: "from Izra (Dar'a)".)
        // (So are the places of such a place's brackets: "from Salkhad (Salkhad, As-Sweida)".)
        let mut from = false;
        let mut bracketed = false;
        let mut end_before: Option<usize> = None;
        let origins: Vec<bool> = kept
            .iter()
            .map(|f| {
                let between = end_before.map(|end| &self.doc.text[end.min(f.at.start)..f.at.start]);
                bracketed =
                    between.is_some_and(|b| !b.contains(')') && (bracketed || b.contains('(')));
                from = self.origin(&f.at) || self.dateline(&f.at) || bracketed && from;
                end_before = Some(f.at.end);
                from
            })
            .collect();
        let mut ranked: Vec<_> = origins.into_iter().zip(kept).collect();
        // A governorate named before a town is the town's region, not another scene: towns
        // first. So is a city read as its governorate ("southern Idleb", "the Hama side")
        // where the town is written as one ("Mhardeh town", "Al Qurayya (As-Sweida)") —
        // only then, as news names a city's districts that share a village's name.
        // (A town told near is a town too: "Northern Hama, Tue: fighting … on the Tell Malah
        // axis, about 3 km west of Kafr Zita".)
        let towns = |marked: bool| {
            ranked.iter().any(|(origin, f)| {
                !origin
                    && if marked {
                        f.value.precision == 1 && self.marked_town(&f.at)
                    } else {
                        f.value.candidate.entry.precision == 1 && f.value.precision <= 2
                    }
            })
        };
        let (town_named, town_marked) = (towns(false), towns(true));
        // A village's name written as a city's neighbourhood ("the New Aleppo and Hamdaniyah
        // neighbourhoods of Aleppo city") is likely that district, not the village: it comes
        // after the other places. (The place after "neighbourhood of" is the city.)
        // (Each place's key asked once: a bracket's governorate is a gazetteer lookup.)
        ranked.sort_by_cached_key(|(origin, f)| {
            // (So is a region the gazetteer names as one: "Northern Hama, Tue: fighting … about
            // 3 km west of Kafr Zita".)
            let region = (is_governorate(f.value.candidate.entry)
                || f.value.candidate.entry.precision >= 3)
                && town_named
                || f.value.precision >= 3 && town_marked;
            // (Or a district told as one of the city after it: "in al-Zahraa, an
            // Alawite-majority neighbourhood of Homs", "in al-Hamidiyeh, central Damascus".)
            let district =
                begins_with_any(self.doc.text, f.at.end, &["neighbourhood", "neighborhood"])
                    || district_of_the_city_after(window_after(self.doc.text, f.at.end));
            // (ACLED's coders write the event's place with its admin bracket: "As the SDF
            // advanced on Al-Tabqa, coalition aircraft struck a school in Al Mansura
            // (Ath-Thawrah, Ar-Raqqa)" — not a place others are told from: "Arima, west of
            // Manbij (Aleppo)".)
            // (Nor the last of a list the bracket closes: "shelled Tal Refaat, Shaykh Issa and
            // Um Hosh (Aleppo)".)
            // (A town's bracket, not an area's: "Kinsabba in Jabal al-Akrad (N Lattakia)".)
            let bracketed = f.value.candidate.entry.precision == 1
                && self.bracket_governorate(&f.at).is_some()
                && self.nearness(&f.at) == 1
                && !self.listed(&f.at);
            // (A post's opening hashtag is its topic, not where the act was: "#Tartus In Safita
            // this afternoon …", "#Homs #Badia ISIS cells ambushed … E of al-Sukhnah"; a tag
            // within the words is a place: "assassinated … in #Tafas".)
            let tagged = self.doc.text[..f.at.start]
                .strip_suffix('#')
                .is_some_and(|before| {
                    !before
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|word| word.starts_with(|c: char| c.is_lowercase()))
                });
            (
                *origin,
                region || district || tagged || self.label(&f.at) || self.speakers_place(&f.at),
                !bracketed,
            )
        });
        let mut places: Vec<_> = ranked.into_iter().map(|(_, f)| f).collect();
        // "al-Bayda, a Sunni village near the coastal town of Baniyas": where the gazetteer's
        // place of that name lies far from the town the words put it near, the gazetteer
        // knows another place, and the act was near the town.
        // (So with a bearing and no distance, where the gazetteer's place lies farther than any
        // town told so would: "battles around Al Maleh north of Aleppo", not "the town of
        // Atareb west of Aleppo".)
        if let [first, next, ..] = places.as_slice()
            && next.at.start > first.at.end
            && let between = &self.doc.text[first.at.end..next.at.start]
            && let Some(far) = if self.near_in_apposition(between) {
                Some(25.0)
            } else {
                bearing(between).then_some(100.0)
            }
            && truce_core::geometry::km_between(
                first.value.candidate.entry.at,
                next.value.candidate.entry.at,
            ) > far
        {
            let mut near = places.remove(1);
            near.value.precision = near.value.precision.max(2);
            places[0] = near;
        }
        places
    }

    /// Whether the words between two places say the first lies near the second, as an
    /// apposition: ", a Sunni village near the coastal town of ", ", just outside ".
    fn near_in_apposition(&self, between: &str) -> bool {
        let Some(rest) = between.strip_prefix(", ") else {
            return false;
        };
        // (Not a bearing: "Tal Abyad, 85 km north of Raqqa" lies far from it.)
        let padded = format!(" {rest} ");
        rest.len() <= 60
            && !rest.contains(['.', ';', ','])
            && !rest.contains(|c: char| c.is_ascii_digit())
            && ["near", "outside", "close to", "outskirts of"]
                .iter()
                .any(|w| padded.contains(&format!(" {w} ")))
    }

    /// For a sub-district or district matched by name, the town meant: the town of that
    /// skeleton in the area's district, or, where the words say a town ("Quamishli city"), any.
    fn town_for_area(
        &self,
        area: &truce_core::gazetteer::Candidate<'x>,
        key: &str,
        within: Option<&str>,
        at: &Range<usize>,
    ) -> Option<truce_core::gazetteer::Candidate<'x>> {
        let (_, code) = area
            .entry
            .admin_level
            .as_ref()
            .filter(|_| area.entry.precision == 2)?;
        let gazetteer = self.x.gazetteer;
        gazetteer
            .best_keyed_where(key, within, |e| {
                e.precision == 1
                    && e.pcodes
                        .as_ref()
                        .is_some_and(|codes| code.starts_with(codes[1].as_str()))
            })
            .or_else(|| {
                if self.says_town(at) {
                    gazetteer.best_keyed_where(key, within, |e| e.precision == 1)
                } else {
                    None
                }
            })
    }

    /// Whether the place at `at` heads its line as a label ("#Daraa: unknown gunmen …",
    /// "08:15 #Idlib | …", "Hama Province: …", "Hasakah / Tal Tamr –"): the area a post or a
    /// summary is filed under, which the towns it names are in.
    fn label(&self, at: &Range<usize>) -> bool {
        let text = self.doc.text;
        let after = window_after(text, at.end).trim_start();
        // (A log's "Hasakah / Tal Tamr": the governorate the town is filed under — not a
        // town's other name: "Ras al-Ain/Serekaniye".)
        if let Some(next) = after.strip_prefix('/')
            && next.trim_start().starts_with(char::is_uppercase)
        {
            return self.governorate_named(&text[at.clone()]).is_some();
        }
        // (Or a dash: "Hama – on Tuesday our UXO teams surveyed farmland west of Halfaya".)
        if !after.starts_with([':', '|', '–', '—']) {
            return false;
        }
        // (After a time, a hashtag or an entry's number: "08:15 #Daraa:", "SIR 0634 – Hama:".)
        // (Or after the body that writes, by its name: "Syria Civil Defence, Idlib:".)
        let line = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line..at.start];
        // (Or after the kind of record: "ERW incident, Deir ez-Zor:", "Clearance report,
        // Raqqa governorate:".)
        let body = before.trim_end().strip_suffix(',').is_some_and(|name| {
            let words = name.split_whitespace();
            (1..=4).contains(&words.clone().count())
                && (words.clone().all(|w| w.starts_with(char::is_uppercase))
                    || name.starts_with(char::is_uppercase)
                        && words.clone().next_back().is_some_and(|w| {
                            ["incident", "report", "update", "alert", "entry"].contains(&w)
                        }))
        });
        body || before.split_whitespace().count() <= 3
            && before.chars().all(|c| {
                c.is_ascii_digit()
                    || c.is_ascii_uppercase()
                    || matches!(c, ':' | '#' | ' ' | '–' | '-')
            })
    }

    /// Whether the place at `at` is where those who tell of the act are, named as they speak:
    /// "Afrin rights monitors: … abducted a woman … in Jenderes", "Monitors in the Shahba area:
    /// Turkish artillery shelled Tell Refaat", "Idlib activists said …". The act's own place,
    /// where the clause names one, comes first.
    fn speakers_place(&self, at: &Range<usize>) -> bool {
        const SPEAKERS: &[&str] = &[
            "monitors",
            "activists",
            "sources",
            "network",
            "correspondent",
            "correspondents",
            "observers",
            "reporters",
            // ("The Kurdish local council in Sheikh Maqsoud alleges that shells … released a
            // yellowish gas in Aleppo city".)
            "council",
        ];
        const SPEECH: &[&str] = &[
            "said", "say", "says", "reported", "report", "reports", "told", "alleges", "alleged",
            "claims", "claimed",
        ];
        // A word that speaks: a colon after it, or a verb of speech.
        let speaks = |w: &&str| w.ends_with(':') || SPEECH.contains(&w.trim_end_matches(','));
        let after: Vec<&str> = window_after(self.doc.text, at.end)
            .split_whitespace()
            .collect();
        // Named before they speak, in lower-case words: "Afrin rights monitors:".
        let named_after = after
            .iter()
            .take(3)
            .position(|w| SPEAKERS.contains(&w.trim_end_matches(':')));
        if let Some(i) = named_after
            && after[..i].iter().all(|w| w.starts_with(char::is_lowercase))
            && after[i..].iter().take(2).any(speaks)
        {
            return true;
        }
        // Or where they are: "Monitors in the Shahba area:" (the place's own last words may
        // follow: "area", "countryside").
        let before = window_before(self.doc.text, at.start).to_ascii_lowercase();
        let before = before.trim_end();
        let before = before.strip_suffix(" the").unwrap_or(before);
        let placed = before.strip_suffix(" in").is_some_and(|speaker| {
            SPEAKERS.iter().any(|s| {
                speaker.ends_with(s) && bounded(speaker, speaker.len() - s.len()..speaker.len())
            })
        });
        placed && after.iter().take(2).any(speaks)
    }

    /// Whether the place at `at` opens the story as its dateline ("DAMASCUS, June 29 (Xinhua)
    /// --", "ALEPPO, Syria, Feb 4 (Reuters) -", "Damascus (AFP) -"; not a log's heading,
    /// "Rastan (N Homs countryside). MRL salvo …").
    ///
    /// (After a post's outlet too, in capitals before a dash: "North Press | HASAKAH - A woman
    /// …".)
    fn dateline(&self, at: &Range<usize>) -> bool {
        const DASHES: [char; 3] = ['-', '—', '–'];
        let before = self.doc.text[..at.start].trim();
        let after = window_after(self.doc.text, at.end);
        // (At the start of the text or of a paragraph: "Title\n\nDAMASCUS, Oct. 4 (Xinhua)
        // -- …".)
        let line_start = self.doc.text[..at.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
        if before.is_empty() || line_start {
            let outlet_then_dash = || {
                after.trim_start().strip_prefix('(').is_some_and(|rest| {
                    rest.split_once(')')
                        .is_some_and(|(_, next)| next.trim_start().starts_with(DASHES))
                })
            };
            after.starts_with(',') && after.contains(|c| c == '(' || DASHES.contains(&c))
                || outlet_then_dash()
        } else {
            let written = &self.doc.text[at.clone()];
            before.ends_with('|')
                && !before[..before.len() - 1].contains(['|', '.', '\n'])
                && !written.contains(|c: char| c.is_lowercase())
                && after.trim_start().starts_with(DASHES)
        }
    }

    /// Whether the place at `at` is where a group was ("rebels in Eastern Ghouta", "regime
    /// forces in Hama").
    fn stationed(&self, at: &Range<usize>) -> bool {
        // (Not `lexicon::COMBATANTS`: "positions in Kafr Nabudah", "a checkpoint in Jasim" are
        // where an act struck.)
        const GROUPS: &[&str] = &[
            "forces",
            "troops",
            "fighters",
            "militants",
            "rebels",
            "groups",
            "factions",
            "gunmen",
            "militias",
            "units",
            "cells",
            "jihadists",
            // "rebels positioned in Eastern Ghouta"; "local sources in Suwayda reported".
            "sources",
            "activists",
            "positioned",
            "stationed",
            "based",
            // "The competent authorities in Tartus arrested … in Baniyas city".
            "authorities",
        ];
        let before = window_before(self.doc.text, at.start).to_ascii_lowercase();
        // ("factions in Eastern Ghouta", "the factions of Eastern Ghouta", "artillery
        // positioned in #Saraqib".)
        let before = before.trim_end().trim_end_matches('#').trim_end();
        before
            .strip_suffix(" in")
            .or_else(|| before.strip_suffix(" of"))
            .and_then(|b| b.split_whitespace().next_back())
            .is_some_and(|w| GROUPS.contains(&w))
    }

    /// Whether the word before a place is "of" ("the council of Darat Izza").
    fn of_before(&self, at: &Range<usize>) -> bool {
        ends_with_ignoring_case(window_before(self.doc.text, at.start).trim_end(), " of")
    }

    /// Whether the place at `at` is written as an origin ("from Daraa", "from the Idlib
    /// front") or where someone was going ("on his way to Dar'a city").
    fn origin(&self, at: &Range<usize>) -> bool {
        let before = window_before(self.doc.text, at.start).to_ascii_lowercase();
        let before = before.trim_end().trim_end_matches(" the").trim_end();
        // ("mortar rounds fired from NSAG-held Eastern Ghouta", "from the area of Hreitan", "from
        // the direction of Kafr Nabouda".)
        // ("Rockets fired from the Kurdish-held Afrin enclave".)
        let before = match before.rsplit_once(' ') {
            Some((head, held)) if held.ends_with("-held") => {
                head.trim_end_matches(" the").trim_end()
            }
            _ => before,
        };
        // ("Three truffle gatherers from the town of al-Qaryatayn were killed … near al-Sukhnah".)
        let before = [
            "the area of",
            "the direction of",
            "the vicinity of",
            "the town of",
            "the village of",
            "the city of",
        ]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .map_or(before, str::trim_end);
        // ("fired rockets from their positions in al-Latamina at …": where the fire came from.)
        let positions = [
            "positions in",
            "positions at",
            "position in",
            "base in",
            // "drones launched … from the de-escalation zone in Idleb".
            "zone in",
            "areas in",
            // ("shells fired from regime- and SDF-held areas around Tal Rifaat fell on … Aazaz".)
            "areas around",
            "positions around",
        ]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        // (Within four words of "from": "from their positions in", "from the de-escalation
        // zone in", "from regime- and SDF-held areas around".)
        .is_some_and(|b| b.split_whitespace().rev().take(4).any(|w| w == "from"));
        // ("two of the injured died in a hospital in Idlib city": where they died of wounds.)
        let hospital = ["hospital in", "hospitals in", "hospital near"]
            .iter()
            .any(|w| before.ends_with(w));
        // (A log's "ref. Ariha surg. hosp.", "died 19.01.2025 Homs mil. hosp.": the hospital
        // the wounded were taken to, by the town it is named for.)
        let referred = window_after(self.doc.text, at.end)
            .split_whitespace()
            .take(2)
            .any(|w| w.eq_ignore_ascii_case("hosp.") || w.eq_ignore_ascii_case("hosp"));
        // ("abducted a civilian man from Busra Esh-Sham while he was on his way to Dar'a city":
        // where the victim was going.)
        let going = ["way to", "en route to", "travelling to", "traveling to"]
            .iter()
            .any(|w| before.ends_with(w));
        // ("according to the Damascus police chief": whose official speaks.)
        let official = begins_with_any(self.doc.text, at.end, &["police chief", "governor"]);
        before.ends_with(" from")
            || before == "from"
            || positions
            || hospital
            || referred
            || going
            || official
    }

    /// The town a local body heading a post is named for: "Douma" of "Douma Local Council".
    fn author_town(&self, heading: &Range<usize>) -> Option<Found<PlaceHit<'x>>> {
        const BODIES: &[&str] = &[
            " Local Council",
            " Civil Defence",
            " Civil Defense",
            " Local Coordination",
            " Media Center",
            " Media Office",
        ];
        let text = self.text(heading);
        let town = BODIES.iter().find_map(|b| text.find(b))?;
        let start = text.len() - text.trim_start_matches(['#', ' ']).len();
        let name = text.get(start..town)?;
        let candidate = self.x.gazetteer.best(name, None)?;
        (candidate.matched == PlaceMatch::Exact && name.split_whitespace().count() <= 3).then(
            || Found {
                value: PlaceHit {
                    precision: candidate.entry.precision,
                    candidate,
                },
                at: heading.start + start..heading.start + town,
            },
        )
    }

    /// Whether the words at `at` are a place's other name, in brackets right after it
    /// ("Cindirês (Jindires)", "Girê Spî (Tal Abyad)").
    fn other_name(&self, at: &Range<usize>) -> bool {
        self.doc.text[..at.start]
            .strip_suffix('(')
            .is_some_and(|before| before.trim_end().ends_with(char::is_alphabetic))
            && self.doc.text[at.end..].starts_with(')')
    }

    /// Whether the place at `at` is where the wounded were taken ("evacuated to Raqqa") or where
    /// a road leads ("on the road to Damascus").
    fn destination(&self, at: &Range<usize>) -> bool {
        let before = window_before(self.doc.text, at.start).trim_end();
        // (Nor the town of the hospital where the wounded died: "1 of the WIA DoW today in
        // Homs mil hosp.")
        let hospital = || {
            let after = self.doc.text[at.end..].trim_start();
            let after = after.strip_prefix("mil ").unwrap_or(after);
            after.starts_with("hosp") && {
                let before = before.to_ascii_lowercase();
                [" dow", "died of", " wia", "wounded", "injured"]
                    .iter()
                    .any(|w| before.contains(w))
            }
        };
        // ("… were killed before SRF units withdrew north towards Jabal al-Zawiya": where the
        // losing side went.)
        let withdrew = || {
            let before = before.to_ascii_lowercase();
            let before = before.strip_suffix(" the").unwrap_or(&before);
            [" towards", " toward", " to"]
                .iter()
                .find_map(|w| before.strip_suffix(w))
                .is_some_and(|b| {
                    let mut words = b.split_whitespace().rev();
                    let verb = words
                        .next()
                        .filter(|w| !COMPASS_POINTS.contains(w))
                        .or_else(|| words.next());
                    verb.is_some_and(|v| {
                        [
                            "withdrew",
                            "withdrawn",
                            "withdrawing",
                            "retreated",
                            "retreating",
                            "fled",
                            "fleeing",
                        ]
                        .contains(&v)
                    })
                })
        };
        hospital()
            || withdrew()
            || [
                "evac to",
                "evacuated to",
                "transferred to",
                "rushed to",
                "road to",
                "highway to",
                "road towards",
                "road leading to",
            ]
            .iter()
            .any(|w| ends_with_ignoring_case(before, w))
    }

    /// Whether the place at `at` ends a list ("Tal Refaat, Shaykh Issa and Um Hosh (Aleppo)"):
    /// a bracket after it is the whole list's.
    fn listed(&self, at: &Range<usize>) -> bool {
        let before = window_before(self.doc.text, at.start).trim_end();
        before.ends_with(',') || ends_with_ignoring_case(before, " and")
    }

    /// The p-code of the governorate an ACLED-style admin bracket right after the place at `at`
    /// names last ("Kinsabba (Al Haffa, Lattakia)", "Al Qurayya (As-Sweida)").
    fn bracket_governorate(&self, at: &Range<usize>) -> Option<String> {
        let after = window_after(self.doc.text, at.end).trim_start();
        // (Past a facility named for the place, where the act was in it: "inside the Taftanaz
        // military airport (Idleb, Idleb)", not "overlooking Deir ez Zor airport (…)".)
        // (The words before are read only where a facility follows.)
        let inside = || {
            let before = window_before(self.doc.text, at.start);
            ["inside the ", "in the ", "at the "]
                .iter()
                .any(|w| ends_with_ignoring_case(before, w))
        };
        let after = [
            "military airport ",
            "airport ",
            "air base ",
            "airbase ",
            "military base ",
        ]
        .iter()
        .find_map(|w| {
            after
                .get(..w.len())
                .filter(|h| h.eq_ignore_ascii_case(w))
                .map(|_| &after[w.len()..])
        })
        .filter(|_| inside())
        .unwrap_or(after);
        // (Past the name's other name: "Ras al-Ain/Serekaniye (Hasakah)".)
        let after = after.strip_prefix('/').map_or(after, |other| {
            other
                .trim_start_matches(|c: char| c.is_alphanumeric() || c == '-' || c == '\'')
                .trim_start()
        });
        let inner = after.strip_prefix('(')?;
        let last = inner[..inner.find(')')?].rsplit(',').next()?.trim();
        // ("(Tartous countryside)": the governorate before its countryside.)
        let last = [" countryside", " province", " governorate"]
            .iter()
            .find_map(|w| last.strip_suffix(w))
            .unwrap_or(last);
        // ("(NW rural Hama)", "(western Daraa)": the governorate is the last word.)
        let area = self.governorate_named(last).or_else(|| {
            let word = last.rsplit(' ').next()?;
            (word.len() < last.len())
                .then(|| self.governorate_named(word))
                .flatten()
        })?;
        area.entry.admin_level.as_ref().map(|(_, p)| p.clone())
    }

    /// Whether a place name ending at `end` is the subject of a statement, so the government or
    /// the people there ("Damascus denied", "Ankara says"), or stands for the government ("the
    /// Damascus government"), not the scene.
    fn speaker_or_government(&self, end: usize) -> bool {
        let after = window_after(self.doc.text, end);
        let next_word = after
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        let hyphenated = after
            .trim_start()
            .get(next_word.len()..)
            .is_some_and(|rest| rest.starts_with('-'));
        // ("Damascus and its ally Moscow blaming Israel": a state.)
        let allied = begins_with_any(self.doc.text, end, &["and its ally", "and its allies"]);
        // ("Homs has claimed the lives of 40", "… in Damascus has risen to 6" are the scene
        // of a toll.)
        let toll_verb = || {
            after.to_ascii_lowercase().contains("claimed the li")
                || begins_with_any(
                    self.doc.text,
                    end,
                    &["has risen", "has climbed", "has increased", "had risen"],
                )
        };
        allied
            || REPORTING_VERBS
                .iter()
                .any(|v| v.eq_ignore_ascii_case(next_word))
                && !toll_verb()
            || !hyphenated
                && GOVERNMENT_NOUNS
                    .iter()
                    .any(|v| v.eq_ignore_ascii_case(next_word))
    }

    /// Whether the words around a place name say it is the town ("the city of Idlib",
    /// "Idlib city", "Aleppo town").
    fn says_town(&self, at: &Range<usize>) -> bool {
        self.written_as(at, &["city", "town"])
    }

    /// Whether a place is written as a town or village ("Mhardeh town", "the village of
    /// Tal Hamis") or with its admin areas after it ("Al Qurayya (As-Sweida)").
    fn marked_town(&self, at: &Range<usize>) -> bool {
        window_after(self.doc.text, at.end)
            .trim_start()
            .starts_with('(')
            || self.written_as(at, &["town", "village"])
            || self.distance_from(at)
    }

    /// Whether the place at `at` is a point others are measured from ("~3 km N of
    /// Al-Kasrah", "approx. 3 km SW of Al-Atarib", "2 km north of Ariha").
    fn distance_from(&self, at: &Range<usize>) -> bool {
        let before = window_before(self.doc.text, at.start).to_ascii_lowercase();
        let mut words = before.split_whitespace().rev();
        words.next() == Some("of")
            && words.next().is_some_and(|compass| {
                compass.len() <= 3 && compass.bytes().all(|b| b"nsew".contains(&b))
                    || ["north", "south", "east", "west"]
                        .iter()
                        .any(|point| compass.ends_with(point))
            })
            && words.next().is_some_and(|km| {
                km.strip_suffix("km")
                    .is_some_and(|n| n.is_empty() || n.bytes().all(|b| b.is_ascii_digit()))
            })
    }

    /// Whether one of `words` stands right before a place name ("the town of", "village") or
    /// right after it.
    fn written_as(&self, at: &Range<usize>, words: &[&str]) -> bool {
        let before = window_before(self.doc.text, at.start).to_lowercase();
        let before = before.trim_end().trim_end_matches(" of");
        let after = window_after(self.doc.text, at.end)
            .trim_start()
            .to_lowercase();
        words.iter().any(|w| {
            before.ends_with(w) && bounded(before, before.len() - w.len()..before.len())
                || after.starts_with(w) && !after[w.len()..].starts_with(char::is_alphanumeric)
        })
    }
}

/// Verbs after a place name that make it a speaker, not a scene.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    // "SANA's correspondent in Aleppo reported that …": where the reporter is.
    "reported",
    "has",
    "have",
    "had",
    "denied",
    "denies",
    "accused",
    "accuses",
    "announced",
    "announces",
    "claimed",
    "claims",
    "insists",
    "insisted",
    "blamed",
    "blames",
    "wants",
    "warned",
    "warns",
    "rejected",
    "rejects",
    "agreed",
    "agrees",
    "believes",
    "urged",
];

/// Nouns after a place name that make it stand for the government ("the Damascus
/// government", "Damascus promises of a truce").
const GOVERNMENT_NOUNS: &[&str] = &[
    "government",
    "regime",
    "authorities",
    "officials",
    "promises",
];

/// The country, as [`truce_core::normalize::name_key`] folds its words: never part of a
/// place's name in a Syrian story.
const COUNTRY_WORDS: &[&str] = &["syria", "syrian", "syrias", "syrians"];

/// Words after a name that make it a square's, a street's or a road's ("Al-Karamah Square in
/// As-Suwayda", "the Deir ez-Zor - Palmyra road"), or a news outlet's ("the Hawar news
/// agency"), not the place of that name — as [`truce_core::normalize::name_key`] folds
/// "square", "street", "roundabout", "avenue".
const STREET_WORDS: &[&str] = &[
    "square", "strit", "rundabut", "avenue", "road", "highway", "news",
];

/// Whether the words after a place make it one end of a road's name: "the Daraa–Tafas road",
/// "the Damascus–Suwayda highway".
fn road_between(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(['–', '-', '—']) else {
        return false;
    };
    let mut words = rest.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.next().is_some_and(|w| {
            ["road", "highway"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        })
}

/// Words that end an organisation's name ("the Raqqa Civil Council", "the Hamza Brigade"):
/// the place in it names the body, not where an act was — as
/// [`truce_core::normalize::name_key`] folds "council", "committee", "brigade", "brigades",
/// "battalion", "command" ("Aleppo Internal Security Command"). (Not "hospital": a hospital
/// named for its town is in it — "the Kafr Nabl Surgical Hospital … was struck".)
const ORGANISATION_WORDS: &[&str] = &[
    "cuncil", "comiti", "brigade", "brigades", "batalion", "defence", "defense", "comand",
    // ("the Syrian Revolution General Commission"; not "the Aleppo Media Center", a group
    // whose town is most often the scene of what it reports.)
    "comision",
];

/// Words that head Arabic place names ("Tal Hamis", "Deir al-Adas", "Kafr Nabl"), as
/// [`truce_core::normalize::name_key`] folds them: followed by another capitalised word they
/// begin a longer name, whatever place the word alone might be.
const NAME_HEADS: &[&str] = &[
    // (Tal, Tall, Tell, Tel; Deir, Dayr; Ain, Ayn; Beit, Bayt; Umm; Mazraat; Hayy; Sheikh;
    // Qalaat; Maarat, Ma'arrat, Maaret.)
    "tal", "tel", "burj", "dayr", "kafr", "kfar", "ayn", "jabal", "jebel", "khan", "jisr", "bir",
    "ras", "rasm", "qasr", "marj", "bayt", "um", "abu", "wadi", "mazrat", "hay", "shaykh", "qalat",
    "bab", "marat", "maret",
];

/// Words after which a day is when a report came in: "informed us this morning that …".
const REPORTED: &[&str] = &[
    "reported",
    "informed us",
    "called in",
    "told us",
    "said",
    "announced",
];

/// Capitalised words that are never places here.
const STOP_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "Around",
    "As",
    "But",
    "And",
    "After",
    "Before",
    "It",
    "He",
    "She",
    "They",
    "We",
    "US",
    "UN",
    "President",
    "Secretary",
    "State",
    "Syria",
    "Syrian",
    "Syrias",
    "Syrians",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "More",
    "From",
    "This",
    "Section",
    "Part",
    "Spokesman",
    "Monitor",
    "Observatory",
    "Report",
    "Tags",
    "Date",
    "Sarin",
    "Chlorine",
    "Rami",
    // The Levant, or Damascus by its old name: in news, part of a group's name ("Ahrar
    // al-Sham", "Fateh al-Sham") far more often than a place.
    "Sham",
    "al-Sham",
    "Al-Sham",
    "ash-Sham",
];

/// How a word of a run joins the words around it, worked out once per word.
#[derive(Clone, Copy)]
struct Particle {
    /// An Arabic particle, or begins with one ("al", "al-Sabaa").
    begins: bool,
    /// A particle alone ("al").
    bare: bool,
    /// A particle that binds the words around it into one name (not a descriptor such as
    /// "al-Balad").
    binds: bool,
}

impl Particle {
    fn of(word: &str) -> Self {
        let begins = starts_with_particle(word);
        Particle {
            begins,
            // "of" joins a run ("Northwest of Hama") but binds no name.
            bare: begins && is_particle(word) && !word.eq_ignore_ascii_case("of"),
            binds: begins && !is_descriptor(word),
        }
    }
}

/// The lower-case particles of Arabic names ("al-", "bin") and "of", which join a run.
const PARTICLES: &[&str] = &[
    "al", "el", "an", "ar", "as", "ash", "ad", "az", "ez", "ed", "es", "et", "bin", "ibn", "abu",
    "of",
];

/// Whether a word is a particle (they are ASCII: compared without lower-casing a copy).
fn is_particle(word: &str) -> bool {
    (2..=3).contains(&word.len())
        && begins_like_particle(word)
        && PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether a word begins with a letter some particle begins with (a, b, e, i, o): most words
/// are ruled out by their first byte.
fn begins_like_particle(word: &str) -> bool {
    word.bytes()
        .next()
        .is_some_and(|b| matches!(b | 0x20, b'a' | b'b' | b'e' | b'i' | b'o'))
}

/// Whether a word of a run is an Arabic particle or begins with one ("al-Sabaa", "ibn").
fn starts_with_particle(word: &str) -> bool {
    after_particle(word).is_some() || is_particle(word)
}

/// What follows the particle a hyphenated word begins with ("Sabaa" of "al-Sabaa").
/// Particles are two or three letters: the hyphen is looked for there only.
fn after_particle(word: &str) -> Option<&str> {
    if !begins_like_particle(word) {
        return None;
    }
    let at = word.bytes().take(4).position(|b| b == b'-')?;
    is_particle(&word[..at]).then_some(&word[at + 1..])
}

/// Whether a word qualifies the place named before it ("al-Balad", the town; "al-Jadida",
/// the new; "al-Sharqi", the eastern) rather than continuing a longer name.
fn is_descriptor(word: &str) -> bool {
    const DESCRIPTORS: &[&str] = &[
        "balad",
        "jadida",
        "jadid",
        "qadima",
        "qadim",
        "sharqi",
        "sharqiya",
        "gharbi",
        "gharbiya",
        "shamali",
        "shamaliya",
        "janoubi",
        "janoubiya",
        "kabir",
        "kabira",
        "saghir",
        "saghira",
        "fawqani",
        "tahtani",
        "wusta",
    ];
    let name = after_particle(word).unwrap_or(word);
    DESCRIPTORS.iter().any(|d| d.eq_ignore_ascii_case(name))
}

/// Runs of capitalised words (with the lower-case particles of Arabic names inside a run),
/// as byte ranges of words within `text`.
fn capitalised_runs(text: &str) -> Vec<Vec<Range<usize>>> {
    runs_of_capitals(text, true)
}

/// [`capitalised_runs`]; with `skip`, the words that cannot begin a run are passed over unread
/// (as the reader does), without it every word is read (the plain definition, which a test
/// holds the skipping to).
fn runs_of_capitals(text: &str, skip: bool) -> Vec<Vec<Range<usize>>> {
    let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
    let mut current: Vec<Range<usize>> = Vec::new();
    let mut last_end = 0;
    // Where the next word is looked for.
    let mut from = 0;
    loop {
        if skip && current.is_empty() {
            // Outside a run only a capitalised word matters, and each holds an upper-case
            // letter or a non-ASCII character (Arabic, an accent): the words before the next
            // such byte are passed over unread.
            let Some(at) = next_capital_or_non_ascii(text.as_bytes(), from) else {
                break;
            };
            from = text[from..at]
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(from, |(i, c)| from + i + c.len_utf8());
        }
        let Some((offset, word)) = words(&text[from..]).next() else {
            break;
        };
        let start = from + offset;
        let end = start + word.len();
        from = end;
        let first = word.chars().next().unwrap_or(' ');
        // "al-Rastan" begins a name as "Rastan" would.
        let capital = first.is_uppercase()
            || ('\u{0600}'..='\u{06FF}').contains(&first)
            || after_particle(word).is_some_and(|name| name.starts_with(char::is_uppercase));
        let joins = capital || !current.is_empty() && starts_with_particle(word);
        if joins {
            // (A hashtag's words are joined by underscores: "#Kafr_Nabl".)
            let adjacent = text[last_end..start]
                .bytes()
                .all(|b| b == b' ' || b == b'_');
            if !adjacent && !current.is_empty() {
                runs.push(std::mem::take(&mut current));
            }
            // (A lower-case "as" before an acronym is English, no article: "airstrikes hit
            // Saraqib as SAA advances".)
            if current.len() > 1
                && word.len() >= 2
                && word.bytes().all(|b| b.is_ascii_uppercase())
                && current.last().is_some_and(|w| {
                    let particle = &text[w.clone()];
                    is_particle(particle) && particle.starts_with(|c: char| c.is_ascii_lowercase())
                })
            {
                current.pop();
                runs.push(std::mem::take(&mut current));
            }
            // A particle joins a run, it begins none ("E. of As-Sukhnah": the run is the
            // town's, not "of As-Sukhnah").
            // (A possessive ends one, without its "'s": "Jableh's bus station".)
            let stem = ["'s", "’s"]
                .iter()
                .find_map(|s| word.strip_suffix(s))
                .filter(|stem| stem.len() >= 3);
            if let Some(stem) = stem.filter(|_| capital) {
                current.push(start..start + stem.len());
                runs.push(std::mem::take(&mut current));
            } else if capital || !current.is_empty() {
                current.push(start..end);
            }
        } else if !current.is_empty() {
            runs.push(std::mem::take(&mut current));
        }
        last_end = end;
    }
    if !current.is_empty() {
        runs.push(current);
    }
    // A run does not end in a particle.
    for run in &mut runs {
        while run.len() > 1 && run.last().is_some_and(|w| is_particle(&text[w.clone()])) {
            run.pop();
        }
    }
    runs
}

/// The first byte from `from` on that is an upper-case letter or not ASCII. Tested sixteen
/// bytes at a time without stopping early, which the compiler turns into vector compares:
/// most of a text is lower case.
fn next_capital_or_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let wanted = |b: &u8| b.is_ascii_uppercase() || !b.is_ascii();
    let mut start = from;
    for chunk in bytes[from..].chunks(16) {
        if chunk.iter().fold(false, |any, b| any | wanted(b)) {
            return chunk.iter().position(wanted).map(|i| start + i);
        }
        start += chunk.len();
    }
    None
}

/// Whether a character belongs to a word: letters, digits, apostrophes and hyphens.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')
}

/// The words of `text` with their byte offsets: runs of letters, digits, apostrophes and
/// hyphens, each trimmed of the quotes and hyphens around it (its offset is where it begins
/// once trimmed).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(|c: char| !is_word_char(c))
        .filter_map(move |raw| {
            let start = raw.as_ptr().addr() - text.as_ptr().addr();
            let word = raw.trim_end_matches(['\'', '’', '-']);
            let bare = word.trim_start_matches(['\'', '’', '-']);
            (!bare.is_empty()).then_some((start + word.len() - bare.len(), bare))
        })
}

/// The [`truce_core::normalize::name_key`] of the `k`th word of a run, keyed on first use.
fn word_key<'k>(
    keys: &'k mut [Option<String>],
    run: &[Range<usize>],
    text: &str,
    k: usize,
) -> &'k str {
    keys[k].get_or_insert_with(|| truce_core::normalize::name_key(&text[run[k].clone()]))
}

/// Whether a candidate is a governorate (an admin area of the first level).
fn is_governorate(place: &truce_core::gazetteer::PlaceEntry) -> bool {
    place.admin_level.as_ref().is_some_and(|(l, _)| *l == 1)
}

/// The label a log's field opens with ("Location: Kafr Zita …", "Reporting party: …"): one
/// to three words, then a colon.
fn field_label(sentence: &str) -> Option<&str> {
    let (label, _) = sentence.trim_start().split_once(':')?;
    let words = label.split_whitespace().count();
    // ("Date/time of incident:")
    ((1..=3).contains(&words)
        && label.len() <= 24
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '/'))
    .then_some(label.trim())
}

/// Whether an aggregate's words name a part of the country, not all of it: "in Syria's
/// rebel-held northwest", "in Syria's Idlib province" (but "in Syria's civil war").
fn part_of_the_country(text: &str, at: &Range<usize>) -> bool {
    if !text[at.clone()].eq_ignore_ascii_case("in syria's") {
        return false;
    }
    let mut words = window_after(text, at.end).split_whitespace();
    let word = words
        .next()
        .and_then(|w| {
            if w.ends_with("-held") {
                words.next()
            } else {
                Some(w)
            }
        })
        .unwrap_or("");
    word.starts_with(char::is_uppercase)
        || ["north", "south", "east", "west"]
            .iter()
            .any(|c| word.to_ascii_lowercase().starts_with(c))
}

/// The points of the compass, as a bearing names them ("east of", "northwest of").
const COMPASS_POINTS: &[&str] = &[
    "east",
    "west",
    "north",
    "south",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// The governorate around the capital, by its gazetteer name.
const RURAL_DAMASCUS: &str = "Rural Damascus";

/// Whether the capital's name at `at` stands for the land around it ("rebel-held suburbs east
/// of Damascus", "the Damascus countryside"): Rural Damascus, a governorate of its own, not the
/// city's.
fn around_the_capital(text: &str, at: &Range<usize>) -> bool {
    const AROUND: &[&str] = &["countryside", "suburbs", "outskirts"];
    let is = |word: &str, list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    if !text[at.clone()].eq_ignore_ascii_case("damascus") {
        return false;
    }
    // "… suburbs of", "… suburbs east of", "south of", "outside": read back from the name.
    // (The governorate is the city: whatever lies a compass point from it lies outside.)
    let mut before = window_before(text, at.start).split_whitespace().rev();
    begins_with_any(text, at.end, AROUND)
        || before.next().is_some_and(|w| {
            w.eq_ignore_ascii_case("outside")
                || w.eq_ignore_ascii_case("of")
                    && before
                        .next()
                        .is_some_and(|w| is(w, AROUND) || is(w, COMPASS_POINTS))
        })
}

/// Whether a sentence is the title of a box of dates, in capitals with the day it was
/// written: "MANBIJ BLAST: HOW IT HAPPENED (Thursday, 17 January 2019)." names what the
/// lines below it tell, and tells nothing itself.
fn box_title(sentence: &str) -> bool {
    let sentence = sentence.trim_end().trim_end_matches('.');
    if !sentence.ends_with(')') {
        return false;
    }
    let Some((title, dated)) = sentence.split_once(" (") else {
        return false;
    };
    dated.ends_with(')')
        && dated.bytes().any(|b| b.is_ascii_digit())
        && title.split_whitespace().count() >= 2
        && title
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether a toll's words spread it over a country, a war or a span of time ("across Syria",
/// "since the uprising began", "The war, now in its seventh year, has killed …"): a count of
/// many incidents, not one's.
fn spread_wide(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lexicon::AGGREGATE.iter().any(|w| lower.contains(w))
        || [
            "since ",
            "the war",
            "civil war",
            " war now",
            "the conflict",
            "the uprising",
            "so far this",
            "this year",
            "in the past ",
            "in the last ",
            "every week",
            "every day",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// The day a text was written, as its heading says ("Report dated 27/02/2015. On Monday, IS
/// fighters took control of …": the Monday before it), else the document's.
fn day_of_writing(doc: &Document<'_>, heading: Option<&Range<usize>>) -> Date {
    heading
        .and_then(|h| {
            let text = &doc.text[h.clone()];
            let lower = text.trim_start().to_ascii_lowercase();
            ["report dated ", "dated ", "filed on ", "written on "]
                .iter()
                .any(|w| lower.starts_with(w))
                .then(|| dates::find(text, doc.date).first().map(|d| d.span.start))
                .flatten()
        })
        .unwrap_or(doc.date)
}

/// Where an "after two days of", "after weeks of" ends in the words before an act: what the
/// act came after ("agreed on a ceasefire …, after two days of fighting", "Following a day of
/// shelling, armed men entered the village").
fn came_after(before: &str) -> Option<usize> {
    let at = ["after ", "following "]
        .iter()
        .filter_map(|w| before.rfind(w).map(|i| i + w.len()))
        .max()?;
    let of = before[at..].find(" of")?;
    let mut words = before[at..at + of].split(' ');
    let unit = match words.next()? {
        "a" | "two" | "three" | "four" | "five" | "six" | "several" | "many" => words.next()?,
        unit => unit,
    };
    (words.next().is_none() && ["days", "weeks", "months", "week", "day"].contains(&unit))
        .then_some(at + of + " of".len())
}

/// Whether the words between two places are a bearing without a distance ("north of", "just
/// south-west of").
fn bearing(between: &str) -> bool {
    between.trim().strip_suffix(" of").is_some_and(|way| {
        let way = way.strip_prefix("just ").unwrap_or(way);
        // ("south-west" as "southwest".)
        COMPASS_POINTS.contains(&way.replace('-', "").as_str())
    })
}

/// Whether `words` (after a toll) spread it over weeks or longer: "in two weeks of fighting",
/// "over the past month", "during several months", "since December 1" (not days: a day's or
/// two days' toll is still told of its acts).
fn over_weeks(words: &str) -> bool {
    let period = |after: &str| {
        let mut words = after
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.']).to_ascii_lowercase());
        let mut word = words.next();
        if word.as_deref() == Some("the") {
            word = words
                .next()
                .filter(|w| ["past", "last"].contains(&w.as_str()))
                .and_then(|_| words.next());
        }
        if word.as_deref().is_some_and(|w| {
            w.parse::<u32>().is_ok()
                || ["two", "three", "four", "five", "six", "several", "a", "few"].contains(&w)
        }) {
            word = words.next();
            if word.as_deref() == Some("few") {
                word = words.next();
            }
        }
        word.is_some_and(|w| {
            ["week", "weeks", "month", "months", "year", "years"].contains(&w.as_str())
        })
    };
    [" in ", " over ", " during "].iter().any(|opener| {
        words
            .match_indices(opener)
            .any(|(at, _)| period(&words[at + opener.len()..]))
    }) || words
        .match_indices(" since ")
        .any(|(at, _)| since_weeks_ago(&words[at + 7..]))
}

/// Whether `after` ("since …") opens on a month or a year: "28 people have died of starvation
/// there since December 1", "since mid-December", "since early 2014", not "since Wednesday".
fn since_weeks_ago(after: &str) -> bool {
    let after = [
        "mid-",
        "early ",
        "late ",
        "the start of ",
        "the beginning of ",
        "the end of ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))
    .unwrap_or(after);
    after.split_whitespace().next().is_some_and(|w| {
        let w = w.trim_end_matches([',', '.']);
        truce_core::when::month_number(w).is_some() && w.len() > 3 || year_in(w).is_some()
    })
}

/// Whether `after` (the words after a place's name) makes the name a local news network's:
/// "According to Suwayda 24, …", "Deir Ezzor 24 reported" (not a day: "Aleppo 24 February").
fn local_network(after: &str) -> bool {
    after.strip_prefix(" 24").is_some_and(|rest| {
        !rest.starts_with(|c: char| c.is_ascii_alphanumeric())
            && !rest.split_whitespace().next().is_some_and(|w| {
                truce_core::when::month_number(w.trim_end_matches([',', '.'])).is_some()
            })
    })
}

/// Whether the words before `at` say the name after them is a region ("in the southern
/// countryside of Idlib").
fn countryside_of(text: &str, at: usize) -> bool {
    ends_with_ignoring_case(window_before(text, at).trim_end(), "countryside of")
}

/// Whether `text` ends with `suffix` (ASCII), in any case, without a lower-cased copy.
/// Whether `text` says "the town" (of `kind`) of a town named before it: not "the town of …",
/// which names its own.
fn refers_back(text: &str, kind: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let the_kind = format!("the {kind}");
    lower.match_indices(&the_kind).any(|(at, _)| {
        let after = &lower[at + the_kind.len()..];
        let word_start = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
        word_start
            && !after.starts_with(|c: char| c.is_ascii_alphanumeric())
            && !after.starts_with(" of ")
    })
}

fn ends_with_ignoring_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.is_char_boundary(text.len() - suffix.len())
        && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Whether the words at `at` say the name before them is a region ("Idlib province",
/// "Homs countryside").
fn region_follows(text: &str, at: usize) -> bool {
    let after = window_after(text, at).trim_start();
    // (Most names are followed by none of these words: the first letter tells.)
    match after.as_bytes().first().map(u8::to_ascii_lowercase) {
        // (A Civil Defence "Daraa directorate" or "Rif Dimashq centre" is the governorate's.)
        Some(b'c' | b'p' | b'g' | b'r' | b'd') => begins_with_any(
            text,
            at,
            &[
                "countryside",
                "province",
                "governorate",
                "region",
                "district",
                "directorate",
                "centre",
            ],
        ),
        // "As-Suwayda eastern countryside": a quarter of it.
        Some(b'n' | b's' | b'e' | b'w') => after.split_once(' ').is_some_and(|(quarter, rest)| {
            [
                "northern",
                "southern",
                "eastern",
                "western",
                "north-eastern",
                "northeastern",
                "north-western",
                "northwestern",
                "south-eastern",
                "southeastern",
                "south-western",
                "southwestern",
            ]
            .iter()
            .any(|q| quarter.eq_ignore_ascii_case(q))
                && rest
                    .get(..11)
                    .is_some_and(|w| w.eq_ignore_ascii_case("countryside"))
        }),
        _ => false,
    }
}

/// The name within a place's name that ends with a region word ("Hama Province", read whole
/// as the gazetteer's Hama): "Hama".
fn region_within(text: &str, at: &Range<usize>) -> Option<Range<usize>> {
    let name = &text[at.clone()];
    let last_word = at.start + name.rfind(' ')? + 1;
    region_follows(text, last_word)
        .then(|| at.start..at.start + name[..last_word - at.start].trim_end().len())
}

/// Whether the text after `at` begins (past spaces) with one of `words`, in any case.
fn begins_with_any(text: &str, at: usize, words: &[&str]) -> bool {
    let after = window_after(text, at).trim_start().as_bytes();
    words.iter().any(|w| {
        after
            .get(..w.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// The governorate a clause names as a region ("northern Homs countryside", "Idlib province",
/// "Homs city").
fn region_hint(
    gazetteer: &Gazetteer,
    text: &str,
    runs: &[Vec<Range<usize>>],
) -> Option<(String, Range<usize>)> {
    for run in runs {
        let last = run.last()?;
        // (A governorate's capital named as the city says the region too: "al-Zahraa
        // neighbourhood in Homs city".)
        let after = window_after(text, last.end).trim_start();
        let city = after
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("city"))
            && !after[4..].starts_with(char::is_alphanumeric);
        if region_follows(text, last.end) || city {
            let name = &text[run[0].start..last.end];
            if let Some(area) = gazetteer.best_where(name, None, is_governorate) {
                return area
                    .entry
                    .admin_level
                    .as_ref()
                    .map(|(_, p)| (p.clone(), run[0].start..last.end));
            }
        }
    }
    None
}

/// The story's main incident: a news story leads with its event (the inverted pyramid), so
/// it is the first incident placed in Syria, else the first incident — leaving out what the
/// text dates more than a month before the story was `written` ("the same weapons in Aleppo
/// last year"), which is background, not news — unless the writer names a later incident the
/// deadliest. (Taking the governorate a story's incidents name most was measured too, and was
/// worse on FA-KES; so was taking the incident with the highest toll.)
pub fn lead(candidates: &[Candidate], written: Date) -> Option<&Candidate> {
    let news = |c: &&Candidate| {
        c.kind == Kind::Incident
            && c.date_end
                .is_none_or(|end| end.saturating_add(jiff::ToSpan::days(31)) >= written)
    };
    let placed = |c: &&Candidate| c.location.as_ref().is_some_and(|l| l.admin1.is_some());
    // "A far deadlier attack came on Monday …", "The single deadliest strike hit …", "In a
    // deadlier attack, …": the writer names a later incident the story's main one.
    let named_deadliest = |c: &&Candidate| {
        let opening = c.text.trim_start().to_ascii_lowercase();
        let opening = opening.strip_prefix("but ").unwrap_or(&opening);
        let opening = opening.strip_prefix("in ").unwrap_or(opening);
        [
            "the deadliest ",
            "the single deadliest ",
            "a far deadlier ",
            "a much deadlier ",
            "a deadlier ",
            "an even deadlier ",
        ]
        .iter()
        .any(|w| opening.starts_with(w))
    };
    // "The massacre came less than two weeks after 108 people … were killed in Houla", "It
    // came as international attention was focused on Aleppo, …", "the deadliest chemical
    // attack in Syria since August 2013, when rockets … struck the suburbs of Damascus": an
    // act the story compares its own with is background.
    let foreground = |c: &&Candidate| {
        let text = c.text.to_ascii_lowercase();
        ![
            " came as ",
            " came amid ",
            " came less than ",
            " came just ",
            " came weeks after ",
            "all eyes are on ",
            "has been hit before",
            "had been hit before",
        ]
        .iter()
        .any(|w| text.contains(w))
            // (A year or more before, not "since Wednesday, when the group seized the city".)
            && !text.split_once(" since ").is_some_and(|(_, after)| {
                after.split_once(", when ").is_some_and(|(when, _)| {
                    when.len() <= 30 && when.split_whitespace().any(|w| year_in(w).is_some())
                })
            })
    };
    let mut incidents = candidates.iter().filter(news);
    incidents
        .clone()
        .filter(placed)
        .find(named_deadliest)
        .or_else(|| {
            // (An act the story tells with its toll before it places any — "he … blew himself
            // up … State media said at least 31 people were killed" — over a later placed one
            // it gives no toll: "The regime has used such attacks to argue that it is
            // fighting terrorists".)
            let first = incidents.clone().filter(foreground).find(placed)?;
            let tolled = |c: &&Candidate| exact(c.fatalities);
            if tolled(&first) {
                return Some(first);
            }
            incidents
                .clone()
                .filter(foreground)
                .take_while(|c| !std::ptr::eq(*c, first))
                .find(tolled)
                .or(Some(first))
        })
        .or_else(|| {
            // (An unplaced act of the story's own before a placed one it is compared with.)
            incidents
                .clone()
                .find(placed)
                .filter(|c| foreground(c))
                .or_else(|| incidents.clone().find(foreground))
        })
        .or_else(|| incidents.next())
}

impl Candidate {
    /// The candidate as a report the record can take in: an incident or an allegation with an
    /// event type (other kinds belong to the document's timeline). `id` is the report's id;
    /// `document` names the document, and with the clause's character range becomes the
    /// source's external reference. A candidate the text does not date is reported as
    /// within the two days before the document's date (`written`; precision: days), as a
    /// story tells of what just happened — so that it can be merged and determined.
    pub fn record(
        &self,
        id: String,
        document: &str,
        written: jiff::civil::Date,
    ) -> Option<truce_core::record::IncidentRecord> {
        use truce_core::record::{ActorRecord, IncidentRecord};
        use truce_core::{Place, SourceRef};
        if !matches!(self.kind, Kind::Incident | Kind::Allegation) {
            return None;
        }
        let sub_event_type: SubEventType = self.sub_event_type?.parse().ok()?;
        let [from, to] = self.evidence.clause;
        let chain: Vec<&str> = self.sources.iter().map(|s| s.name.as_str()).collect();
        Some(IncidentRecord {
            id,
            event_type: sub_event_type.event_type().name().to_owned(),
            sub_event_type,
            date_start: self
                .date_start
                .or_else(|| written.checked_sub(jiff::Span::new().days(2)).ok()),
            date_end: self.date_end.or(Some(written)),
            date_precision: self.date_precision.or(if self.date_start.is_none() {
                Some(truce_core::when::DatePrecision::Days)
            } else {
                None
            }),
            location: self
                .location
                .as_ref()
                .map_or_else(Place::default, |l| Place {
                    name: Some(l.written.clone()),
                    lat: Some(l.lat),
                    lon: Some(l.lon),
                    country: Some("SY".to_owned()),
                    admin1: l.admin1.clone(),
                    admin2: l.admin2.clone(),
                    admin3: l.admin3.clone(),
                    geo_precision: Some(l.geo_precision),
                    geo_check: None,
                }),
            actors: self
                .actors
                .iter()
                .map(|a| ActorRecord {
                    name: a.written.clone(),
                    actor_id: Some(a.actor_id.clone()),
                    members: Vec::new(),
                    role: a.role,
                    attribution: a.attribution,
                })
                .collect(),
            // "Casualties unknown" is 0 as ACLED codes it, but no figure the record can weigh
            // against other sources' (see `tolls::none_reported`).
            fatalities: self
                .fatalities
                .filter(|f| f.low.is_some() || f.best != Some(0))
                .unwrap_or_default(),
            sources: vec![SourceRef {
                external_id: format!("{document}#{from}-{to}"),
                name: (!chain.is_empty()).then(|| chain.join(" via ")),
            }],
            self_defence_claimed: false,
            denial: false,
            protected: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// A place abroad hides no place in Syria: none of the list is the exact name of one.
    #[test]
    fn no_place_abroad_is_a_place_in_syria() {
        let gazetteer = &truce_places::shipped().gazetteer;
        for name in super::lexicon::ABROAD {
            let key = truce_core::normalize::name_key(name);
            let found = gazetteer.best_keyed(&key, None);
            assert!(
                found
                    .as_ref()
                    .is_none_or(|c| c.matched != super::PlaceMatch::Exact),
                "{name} is {:?}",
                found.as_ref().map(|c| &c.entry.name)
            );
        }
    }

    /// The word lists compared with keyed words are written as keys: each is its own key.
    #[test]
    fn word_lists_are_written_as_keys() {
        for list in [
            super::NAME_HEADS,
            super::STREET_WORDS,
            super::ORGANISATION_WORDS,
        ] {
            for word in list {
                assert_eq!(truce_core::normalize::name_key(word), *word, "{word}");
            }
        }
    }

    /// Words of every kind a run cares about: capitals, particles joined or alone, Arabic,
    /// accents, typographic apostrophes, hyphens and quotes at the edges, and lower case.
    const PIECES: &[&str] = &[
        "Aleppo",
        "al-Sabaa",
        "al",
        "of",
        "bin",
        "Rasm",
        "the",
        "killed",
        "Deir",
        "ez-Zor",
        "'Idlib'",
        "rebels’",
        "Émile",
        "ḥama",
        "حلب",
        "US",
        "-",
        "—",
        ",",
        ".",
        "  ",
        "\n",
        "Ma'arrat",
        "an-Nu'man",
        "x2",
        "2016",
        "’s",
        "Abu",
        "village",
        "(Homs)",
    ];

    proptest! {
        #[test]
        fn skipping_finds_the_runs_reading_every_word_finds(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..30),
            spaces in proptest::collection::vec(proptest::bool::ANY, 30),
        ) {
            let text: String = pieces
                .iter()
                .zip(&spaces)
                .map(|(p, spaced)| if *spaced { format!("{p} ") } else { (*p).to_owned() })
                .collect();
            prop_assert_eq!(super::runs_of_capitals(&text, true), super::runs_of_capitals(&text, false));
        }

        #[test]
        fn skipping_holds_for_any_text(text in "\\PC{0,120}") {
            prop_assert_eq!(super::runs_of_capitals(&text, true), super::runs_of_capitals(&text, false));
        }
    }
}
