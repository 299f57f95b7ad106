//! Death tolls as texts state them, conservatively (deaths only; the wounded are not dead):
//! "killed at least 179 people" → low 179, best 179; "2 bodies were found" → 2; "a woman and
//! her two children were killed" → 3; "dozens were killed" → 12 and "hundreds" → 100 (ACLED's
//! conventions for vague plurals); "Unknown fatalities estimated as 10" → 10; "Casualties
//! unknown" → no figure. A vague toll (ACLED's 10 for "several", 3 for "a few") is given only
//! where the text says that people died.

use std::ops::Range;
use std::sync::LazyLock;

use crate::lexicon;
use aho_corasick::AhoCorasick;
use regex::Regex;
use truce_core::Fatalities;

/// A toll found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TollMention {
    /// The figures.
    pub fatalities: Fatalities,
    /// Who the dead were, as far as the toll's own words say.
    pub victims: Victims,
    /// How many of the dead were civilians, where the toll's words say: all of them, none,
    /// a count of each side ("seven civilians and two members of HTS were killed"), or "9
    /// people, including 5 civilians".
    pub civilians: Option<u32>,
    /// Where in the sentence (bytes).
    pub at: Range<usize>,
}

/// Who the dead were, by the words of the toll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Victims {
    /// Civilians, children, women, residents.
    Civilians,
    /// Fighters, soldiers, militants, troops.
    Combatants,
    /// "people", "bodies", or not said.
    Unspecified,
}

/// How many of `dead` were civilians, where the words name who they were: all, or none.
fn civilians_among(victims: Victims, dead: Option<u32>) -> Option<u32> {
    match victims {
        Victims::Civilians => dead,
        Victims::Combatants => Some(0),
        Victims::Unspecified => None,
    }
}

/// The victims a toll's words name.
pub(crate) fn victims(words: &str) -> Victims {
    let w = words.to_lowercase();
    let tokens: Vec<&str> = w.split(|c: char| !c.is_alphanumeric()).collect();
    let has = |list: &[&str]| tokens.iter().any(|t| list.contains(t));
    // ("Six members of one family": a family's members are civilians.)
    if has(&["family", "families"]) {
        Victims::Civilians
    } else if has(lexicon::COMBATANTS) {
        Victims::Combatants
    } else if has(lexicon::CIVILIANS) {
        Victims::Civilians
    } else {
        Victims::Unspecified
    }
}

const NUMBER_WORDS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("a dozen", 12),
];

/// Vague plurals, ACLED's codes for them.
const VAGUE: &[(&str, u32)] = &[
    ("dozens of", 12),
    ("dozens", 12),
    ("hundreds of", 100),
    ("hundreds", 100),
    ("scores of", 20),
    ("several", 10),
    ("a number of", 10),
    // State media's "after eliminating large numbers of them".
    ("large numbers of", 10),
    ("many", 10),
    ("a few", 3),
    ("some", 3),
    // "an unknown number of fatalities": deaths occurred, no figure given (ACLED codes 10).
    ("an unknown number of", 10),
    ("unknown number of", 10),
    // "SDF fighters reported killed, number unknown".
    ("number unknown", 10),
    ("number not known", 10),
    // "ISIS fatalities were reported but no number was given".
    ("fatalities were reported", 10),
    ("fatalities reported", 10),
    // "causing deaths among the fighters without giving a number".
    ("causing deaths", 10),
    ("resulted in deaths", 10),
    ("resulting in deaths", 10),
    ("suffered fatalities", 10),
];

static NUMBER: &str = r"(?:\d{1,3}(?:,\d{3})+\b|\d+|a dozen|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)";
/// However many the wounded were, between "of the" and the word: "Three of the roughly
/// thirty wounded died".
macro_rules! wounded_counted {
    () => {
        r"(?:(?:roughly|some|about|around|nearly)\s+[\w-]+\s+)?"
    };
}
static PEOPLE: &str = concat!(
    r"(?:people|persons?|civilians?|fighters?|soldiers?|militants?|rebels?|members?|child|children|wom[ae]n|m[ae]n|boys?|girls?|troops|combatants?|others|individuals?|residents?|bodies|dead|of them|of the ",
    wounded_counted!(),
    r"(?:injured|wounded)(?:\s+[\w-]+)?|shepherds?|farmers?|hunters?|activists?|journalists?|doctors?|officers?|policem[ae]n|workers?|students?|guards?|servicem[ae]n|elders?|commanders?|leaders?|terrorists?|jihadists?|extremists?|insurgents?|gunm[ae]n|militiam[ae]n|militias?|forces|refugees?|citizens?|neighbou?rs?|escorts?|bodyguards?|attackers?|elements?|protesters?|demonstrators?|mourners?|staff|gatherers?|collectors?|smugglers?|migrants?|generals?|captains?|lieutenants?|sergeants?|colonels?|conscripts?|personnel|engineers?|defectors?|brothers|sisters|sons|daughters|relatives|vendors?)"
);

/// How a source's figure may be qualified, unnamed: two sources' figures are compared as said.
static ABOUT: &str = r"(?:at least\s+|more than\s+|around\s+|about\s+|nearly\s+)?";

/// How a figure may be qualified ("at least", "more than"…), as the group `least`.
static QUALIFIER: &str =
    r"(?P<least>at least\s+|more than\s+|over\s+|nearly\s+|around\s+|about\s+|between\s+)?";

/// Whose the dead were, after the people word ("4 fighters from both sides were killed").
static SIDES: &str = r"(?:(?:from|on)\s+(?:both|each|either|all)\s+sides?\s+)?";

static KILLED_N: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:killed|killing|kills|kill|left|leaving|shot dead|shooting dead|executed|executing|beheaded|beheading|beheads|behead|assassinated|assassinating|eliminated|eliminating|deaths? of|killings? of|executions? of|death sentence on|martyrdom of|martyring|kia|k)\s+(?P<bomber>himself\s+and\s+)?{QUALIFIER}(?P<n>{NUMBER})(?P<who>(?:\s+[\w-]+){{0,2}}?\s+{PEOPLE})?\b"
    ))
    .expect("valid")
});
/// "Two children herding sheep were killed": a count, its people, what they were doing or where
/// they were from, the passive verb (the people right after the count, so that no dateline's
/// figure is read): "The two men in the car were martyred", "A man displaced from Saraqib was
/// killed", "Three truffle gatherers from the town of al-Qaryatayn were killed", "A woman of
/// Iraqi nationality was found shot dead".
static N_PEOPLE_DOING_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    // (Their ages may follow, in brackets or set apart, and where they were from: "two
    // children (8 and 11) from Jaba, Quneitra countryside, were killed", "Two young men from
    // Maarat al-Numan, aged 19 and 23, were shot dead"; a log drops the verb at the clause's
    // end: "One young man from Salqin killed, three wounded".)
    crate::regex_with_room(&format!(
        r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})\s+(?:other\s+|[\w-]+\s+)?{PEOPLE}(?:\s+\(\d{{1,2}}(?:\s+and\s+\d{{1,2}})?\))?(?:(?:\s+from\s+the\s+(?:town|village|city|camp)\s+of\s+[\w'-]+|(?:\s+[\w-]+){{1,3}})(?:,\s+(?:aged\s+\d{{1,2}}(?:\s+and\s+\d{{1,2}})?|[\w'-]+(?:\s+[\w'-]+){{0,2}}),)?\s+(?:were|was|have been|has been)\s+(?:(?:reportedly|allegedly|also)\s+)?(?:killed|(?:found\s+)?shot dead|found dead|martyred|neutrali[sz]ed)\b|\s+from(?:\s+[\w'-]+){{1,2}}\s+killed(?:[,;.]|$))"
    ))
    .expect("valid")
});
/// Wounded, then dead since: "critically WIA; passed away", "inj. -> died 19.01.2025".
const DIED_SINCE_WOUNDED: &str = r"(?:wia|injured|wounded|inj\.)\s*(?:[;,]|->)\s*(?:(?:later|since|subsequently)\s+)?(?:died|passed\s+away|succumbed)";
/// Some of the wounded told before, dead since, after their count: "1 of the WIA DoW today",
/// "three of the wounded later died", "One of the wounded, a man in his sixties, died".
const OF_THE_WOUNDED_DIED: &str = concat!(
    r"of\s+the\s+",
    wounded_counted!(),
    r"(?:wia|wounded|injured)(?:,\s+(?u:[^,.;]){1,40},)?\s+(?:(?:has|have)\s+)?(?:(?:later|since|subsequently)\s+)?(?:dow|died|succumbed)\b",
);
/// "died of his wounds", "succumbed to her injuries".
const DIED_OF_THEIR_WOUNDS: &str =
    r"(?:succumbed|died)\s+(?:to|of)\s+(?:his|her|their)\s+(?:wounds|injuries)";
/// The wounded of an act told before, dead since: "One of the injured died of his wounds in a
/// hospital in Raqqa on 24 April", "The wife succumbed to her wounds the following day".
static DIED_OF_WOUNDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:{OF_THE_WOUNDED_DIED}|{DIED_SINCE_WOUNDED}|{DIED_OF_THEIR_WOUNDS})"
    ))
    .expect("valid")
});

/// Whether a clause tells of the wounded of an act told before, dead since (on their own day,
/// at the hospital's place: the act's dead still).
pub fn died_of_wounds(clause: &str) -> bool {
    DIED_OF_WOUNDS.is_match(&clause.to_ascii_lowercase())
}

/// Some of the wounded told after a toll, dead since: "…, 4 WIA, of whom 1 DOW overnight".
static OF_WHOM_DIED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)^(?u:[^.;]){{0,40}}?(?:\bof\s+whom\s+(?P<n>{NUMBER})\s+(?:(?:later|since|subsequently)\s+)?(?:dow|died|succumbed)\b|[;,]\s*(?P<m>{NUMBER})\s+{OF_THE_WOUNDED_DIED})"
    ))
    .expect("valid")
});
/// One wounded with the dead, who died since: "…, and seriously wounding his son, who was
/// driving the car and who died of his wounds today".
static WOUNDED_WHO_DIED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)^(?u:[^.;]){0,80}?\bwounding\s+(?:his|her|their|a|an|the|one)\s+(?u:[^.;,]){1,40},\s+who\s+(?u:[^.;]){0,80}?\b(?:died|succumbed)\s+(?:of|to)\s+(?:his|her)\s+(?:wounds|injuries)\b")
        .expect("valid")
});
/// Some of the wounded told before, dead since, as a clause's toll: "1 of the WIA DoW today in
/// Homs mil hosp."
static WOUNDED_DIED_SINCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b(?P<n>{NUMBER})\s+{OF_THE_WOUNDED_DIED}"))
        .expect("valid")
});
/// A log's wounded who died since ("Driver (M, 41) critically WIA; passed away in hospital
/// this morning", "Passenger (M, 19) severely injured; died of wounds 29/04").
static WOUNDED_THEN_DIED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?{DIED_SINCE_WOUNDED}\b"
    ))
    .expect("valid")
});
// (What they were may be told in brackets: "2 brothers (Alawite, former NDF per locals) shot
// dead". A log writes the verb "k.": "2 civ k. (1 medic)".)
static N_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})(?:\s+[\w/-]+|\s+\((?u:[^()])+\)){{0,2}}?(?:\s+\(\d{{1,2}}(?:,\s*\d{{1,2}})+\))?(?:\s+and(?:\s+[\w-]+){{1,2}}?)?(?:\s*,\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|some|all|both|most|many|\d+)\s+of\s+(?:them|whom)|including|among them|mostly|mainly|largely|all|an?)(?:\s+[\w'-]+){{1,6}},)?\s+(?:{PEOPLE}\s+{SIDES})?(?:were\s+|was\s+|have been\s+|had been\s+)?(?:(?:also|reportedly|allegedly|reported|later|(?:has|have)\s+since)\s+)?(?:(?:killed|dead|died|found dead|(?:found\s+)?shot dead|executed|bodies were found|bodies found|fatalities|fatality|deaths|kia|lost their lives|martyred|martyrs|attained martyrdom|eliminated|neutrali[sz]ed)\b|k\.)"
    ))
    .expect("valid")
});
/// A body found: "the body of a man was found" is one death, "the bodies of 12 men" twelve,
/// "had recovered seven bodies" seven; "the body of the co-chair of Hajin's civil council was
/// found" one, where it was found (not "the governing body of the council").
static BODIES: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:body of (?P<n>an?|one)|(?P<the>body of the)\s+(?:[\w'-]+\s+){{1,8}}?(?:was|had been|has been)\s+(?:found|recovered|discovered)|bodies of (?P<least>at least\s+)?(?P<m>{NUMBER})|(?:recovered|retrieved|pulled(?:\s+out)?|found)\s+(?P<k>{NUMBER})\s+bodies)\b"
    ))
    .expect("valid")
});

/// A toll, then some of its dead ("12 civilians including four children and a woman were
/// killed").
static N_INCLUDING_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})(?:\s+[\w-]+){{0,2}}?\s+{PEOPLE},?\s+(?:including|among them)(?:\s+[\w,'-]+){{1,10}}?\s+(?:were\s+|was\s+|have been\s+|had been\s+)?(?:killed|dead|died)\b"
    ))
    .expect("valid")
});
static TOLL_ROSE: LazyLock<Regex> = LazyLock::new(|| {
    // "the number of people killed by the airstrikes … rose to 17 civilians" too.
    // "toll now 4 civ": a log's update. "the number of martyrs … rises to 7", "raising the
    // number of martyrs in Daraa al-Balad today to 2": a post's. "Monitors put regime losses
    // on the final day at 8": a side's.
    crate::regex_with_room(&format!(r"(?-u)\b(?:(?:(?:death toll|toll|losses)\s+(?:[\w'-]+\s+){{0,4}}|puts?\s+the\s+dead\s+|(?:death toll|toll|the figure|number of (?:[\w'-]+\s+){{0,2}}?(?:killed|dead|martyrs|martyred|victims))(?:\s+[\w,'()-]+){{0,35}}?\s+(?:rose|risen|rises|climbed|increased)\s+)(?:to|at|of)\s+|(?:raising|bringing|raised|brought)\s+the\s+number\s+of\s+(?:[\w'-]+\s+){{1,6}}?to\s+|(?:raising|bringing)\s+to\s+|toll\s+(?:is\s+)?now\s+(?:at\s+)?)(?P<least>at least\s+)?(?P<n>{NUMBER})\b")).expect("valid")
});
/// Sources' figures as a range: "the number of dead in the market range from 41, according to
/// the local hospital, to 56", "Reported fatalities range between 10 and 14" (the lower, as
/// ACLED codes a range, and the higher as its high end).
static RANGED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b(?:dead|killed|deaths|fatalities|victims|toll)(?:\s+[\w'-]+){{0,5}}?\s+(?:range|ranges|ranged|ranging|vary|varies|varied)\s+(?:from|between)\s+{QUALIFIER}(?P<n>{NUMBER})\b(?u:[^.;]){{0,60}}?\b(?:to|and)\s+(?P<high>\d+)\b")).expect("valid")
});
/// A side's own dead, as its statements count them: "2 of our civilian brothers lost their
/// lives", "1 heroic comrade of ours was martyred".
static OF_OURS: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})\s+(?:of\s+our(?:\s+[\w-]+){{1,3}}?|(?:[\w-]+\s+){{0,2}}?(?:comrades?|brothers?|sisters?|martyrs?)\s+of\s+ours)\s+(?:(?:was|were|have been|has been)\s+)?(?:killed|martyred|(?:rose|ascended)\s+as\s+martyrs?|lost\s+(?:their|his|her)\s+li(?:ves|fe))\b")).expect("valid")
});
/// The dead, then who they were, then the verb: "5 PKK/YPG terrorists who attempted to
/// infiltrate … were neutralized by our heroic commandos", "two Iraqi residents of the camp, a
/// man and his adult son, were reportedly shot dead", "Three men described by local sources
/// as PKK cadres were killed".
static WHO_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})(?:\s+[\w/-]+){{0,2}}?\s+{PEOPLE}(?:\s+(?:who|described)\s+(?u:[^.;]){{1,120}}?|(?:\s+of\s+the\s+[\w-]+)?,\s+an?\s+(?u:[^.;,]){{1,60}},)\s+(?:were|have been)\s+(?:reportedly\s+)?(?:killed|shot dead|neutrali[sz]ed|eliminated|martyred)\b")).expect("valid")
});
/// A group counted, then what befell it: "A group of 3 PKK/YPG terrorists preparing an attack
/// … was detected … and neutralized by our armed UAV".
static GROUP_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\bgroup\s+of\s+(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?u:[^.;]){1,120}?\b(?:was|were)\s+(?u:[^.;]){0,60}?\b(?:killed|neutrali[sz]ed|eliminated)\b").expect("valid")
});
/// Those counted, then what befell them: "dragged seven men … out of their homes, lined them
/// up against a wall and shot them dead", "brought seven men … to the roundabout and shot each
/// of them in the head".
static THEM_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})(?:\s+[\w-]+){{0,2}}?\s+{PEOPLE}\b(?u:[^.;]){{1,120}}?\b(?:shot\s+them\s+(?:all\s+)?dead|(?:killed|killing|executed|executing)\s+them(?:\s+all)?|(?:shot|killed|executed|beheaded)\s+(?:each|all)\s+of\s+them)\b")).expect("valid")
});
/// "has claimed the lives of at least 40 people".
static LIVES_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b(?:claimed|claiming|claims|cost|costing)\s+the\s+lives?\s+of\s+{QUALIFIER}(?P<n>{NUMBER})\b")).expect("valid")
});
/// "9 people, including 5 civilians", "57 people, 46 of them civilians", "50 people …, all of
/// them civilians": how many of a toll's dead were civilians.
static INCLUDING_CIVILIANS: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)^(?u:[^;]){{0,80}}?\b(?:(?:including|among them|of them|of whom)\s+(?:(?:[\w,()'-]+\s+){{1,10}}?and\s+)?(?P<n>{NUMBER})|(?P<of>{NUMBER}|all)\s+of\s+(?:them|whom))\s+(?:were\s+)?civilians?\b"
    ))
    .expect("valid")
});
/// "47 people died, four of them rebel fighters", "12 people, including 3 soldiers", "nine
/// people were killed: the seven members of Mahmoud's family, and two fighters": how many of a
/// toll's dead were fighters (the rest, as a reader takes them, civilians).
static INCLUDING_COMBATANTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)^(?:(?u:[^;]){{0,80}}?\b(?:(?:including|among them|of them|of whom)\s+(?P<n>{NUMBER})|(?P<of>{NUMBER})\s+of\s+(?:them|whom))|(?u:[^;:.]){{0,120}}:(?u:[^.;]){{1,160}}?\band\s+(?P<last>an?|{NUMBER}))\s+(?:were\s+)?(?:[\w-]+\s+){{0,2}}?(?:fighters?|soldiers?|rebels?|militants?|combatants?|troops|militiam[ae]n|gunm[ae]n|jihadists?|members?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,5}}?(?:militias?|forces|army|faction))\b"
    ))
    .expect("valid")
});
/// A figure in words, as a second source gives it (not "a").
const WORD_FIGURES: &str = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty";
/// A side's losses, as a source puts them: "regime losses on the final day" (at 8), "ISIS
/// losses" (at 16).
macro_rules! side_losses {
    () => {
        r"(?:[\w-]+\s+)?losses(?:\s+[\w-]+){0,4}?"
    };
}
/// A source putting the toll at a figure ("put the death toll at", "put the SNA toll at",
/// "puts the dead at").
const PUT_AT: &str = concat!(
    r"puts?\s+(?:the\s+(?:[\w-]+\s+)?(?:death\s+)?(?:toll|figure|number|dead)|",
    side_losses!(),
    r")\s+at"
);
/// Two sources' figures for the same dead, side by side ("State media reported 44 killed; SOHR
/// reported 35.").
static CONFLICTING: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b(?:reported|reports|said|says|claimed\s+(?:it|they|to\s+have)\s+killed)\s+{ABOUT}(?P<a>\d+|{WORD_FIGURES})\b(?u:[^.;]){{0,60}}(?:;|,?\s+(?:while|whereas)|,)\s*(?u:[^.;]){{0,40}}?\b(?:reported|documented|said|says|counts|counted|{PUT_AT})\s+{ABOUT}(?P<b>\d+|{WORD_FIGURES})\b"))
        .expect("valid")
});

/// A second source's figure after "while" ("…, while SOHR reported 14 dead").
static SECOND_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    // (A figure in words too: "while other sources put the death toll at nine".)
    crate::regex_with_room(&format!(r"(?-u)\b(?:while|whereas)\s+(?u:[^.;]){{0,40}}?\b(?:reported|documented|counted|counts|confirmed|said|says|told\s+(?:[\w-]+\s+){{0,3}}?that|{PUT_AT})\s+{ABOUT}(?P<b>\d+|{WORD_FIGURES})\b"))
        .expect("valid")
});

/// A second source's bare figure after a break: "…; SOHR reports 4", "SOHR gives 27".
static BARE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:reports?|reported|says|said|gives|claims?|claimed)\s+{ABOUT}(?P<b>\d+)\b"
    ))
    .expect("valid")
});

/// Where a sentence gives two sources' figures for its dead and a toll read in it is one of
/// them, the toll as ACLED codes it: the lower figure, with the higher as its high end; where
/// it gives a coder's own estimate, that.
pub fn conflicting(sentence: &str, toll: Fatalities) -> Fatalities {
    // A coder's own figure stands over the words it codes ("Several militants were reportedly
    // killed; unknown fatalities estimated as 3").
    if let Some((n, _)) = coder_estimate(&sentence.to_ascii_lowercase()) {
        return estimated(n);
    }
    // ("SOHR says 13 civilians killed, the Civil Defence counts 11": a second source's count.)
    static TWO: LazyLock<AhoCorasick> =
        LazyLock::new(|| words(&[";", "while", "whereas", " counts ", " counted "]));
    static SOURCES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        words(&[
            "report",
            "said",
            "says",
            "claim",
            "gives",
            "gave",
            "update",
            " own ",
            "documented",
            "count",
            "put the",
            "puts the",
            "confirmed",
            "told",
            "acknowledged",
        ])
    });
    if !TWO.is_match(sentence) || !SOURCES.is_match(sentence) {
        return toll;
    }
    let lower = sentence.to_ascii_lowercase();
    // Both figures said to be reported, or the toll read and a second source's after "while"
    // ("6 … and 2 … were killed, while SOHR reported 14 dead").
    let (a, b) = match CONFLICTING.captures(&lower) {
        Some(c) => (number(&c["a"]), number(&c["b"])),
        None => match SECOND_SOURCE.captures(&lower) {
            Some(c) => (toll.best, number(&c["b"])),
            // "HTS-affiliated media claimed 4 regime soldiers were killed; a pro-government
            // source said 2 soldiers were killed": a toll on each side of the break, the
            // second said by another source.
            None => {
                let Some((first, second)) = lower.split_once(';') else {
                    return toll;
                };
                // "2 soldiers were killed; the toll rose to 4 the next day, as reported by
                // local sources": no second source, a toll that rose (its clause updates the
                // toll read before).
                // (Nor where it adds more dead of its own accord — "8 rebels were killed; the
                // group lost 5 of its own fighters" — which its clause, joined, adds.)
                if matches!(joining(second), Joining::Updates | Joining::Adds) {
                    return toll;
                }
                // "Initial reports x1 killed; updated per LC: x2 dead": the later figure
                // stands. "x3 SAA KIA per pro-govt pages; rebels claim x1 own KIA": the other
                // side's dead, added.
                let updated = second.contains("update");
                // ("… reported two gunmen killed on their side", "the army said one of its
                // soldiers was killed": the speaker's own side, as " own " says.)
                // (Not "6 of its fighters" after another side's claim of 20 of them: the same
                // dead, counted by their own side.)
                let own = [
                    " own ",
                    " on their side",
                    " on its side",
                    " one of its ",
                    " one of their ",
                ]
                .iter()
                .any(|w| second.contains(w))
                    || other_sides_own(first, second);
                // (Not where the first is each side's dead summed: "6 regime soldiers and 4 HTS
                // fighters were killed; pro-opposition media reported 9 soldiers killed" is
                // one side's figure against part of the sum.)
                // (The other source speaks before its figure: "AOG 3x KIA (claims, unconf.)" is
                // the other side's dead, qualified.)
                let figure_at = find_toll(second, true).map_or(second.len(), |t| t.at.start);
                // ("The Islamic Front claimed around 50 regime soldiers were killed; SOHR
                // documented at least 14 soldiers killed".)
                if !(updated
                    || own
                    || [
                        "said",
                        "says",
                        "report",
                        "claim",
                        "gives",
                        "gave",
                        "documented",
                    ]
                    .iter()
                    .any(|w| second.find(w).is_some_and(|at| at < figure_at))
                    || acknowledges_a_count(second))
                    || sum(&lowered(first)).is_some()
                {
                    return toll;
                }
                let told = |part: &str| find_toll(part, true).and_then(|t| t.fatalities.best);
                let bare = || number(&BARE_FIGURE.captures(second)?["b"]);
                let (a, b) = (told(first), told(second).or_else(bare));
                match (a, b) {
                    (Some(a), Some(b)) if toll.best == Some(a) && updated => {
                        return figures(b, None);
                    }
                    (Some(a), Some(b)) if toll.best == Some(a) && own => {
                        return figures(a + b, None);
                    }
                    _ => (a, b),
                }
            }
        },
    };
    let (Some(a), Some(b)) = (a, b) else {
        return toll;
    };
    if toll.best == Some(a) || toll.best == Some(b) {
        disputed(figures(a, None), figures(b, None))
    } else {
        toll
    }
}

/// Whether `second` is a side's count of its own dead after a plain toll of another side's
/// ("14 SNA fighters were killed; the SDF said 6 of its fighters were KIA": twenty dead). Not
/// after a claim ("GoS claims 20 AOG KIA; opposition acknowledges 6 of its fighters KIA" counts
/// the same dead twice), nor where the first count is the speaker's own side's.
fn other_sides_own(first: &str, second: &str) -> bool {
    let Some(said) = ["said", "says", "reported", "stated", "announced"]
        .iter()
        .filter_map(|w| second.find(w))
        .min()
    else {
        return false;
    };
    let speaker = second[..said]
        .split_whitespace()
        .next_back()
        .unwrap_or_default();
    [" of its ", " of their "]
        .iter()
        .any(|w| second[said..].contains(w))
        && speaker.len() > 1
        && !first.contains(speaker)
        && !["said", "says", "report", "claim", "according"]
            .iter()
            .any(|w| first.contains(w))
}

/// A coder's or a post's list of the dead by side: "Fatalities: 4 SNA, 2 SDF.", "Toll so far: 4
/// SDF, 2 tribal fighters dead", "Killed: 46 civilians gathering truffles and 7 NDF members
/// escorting them", "Fatalities: one.", a tracker's "KIA: 4 SAA, 3 AOG", a casualty
/// database's "Victims: 4 (3 M adult, 1 M child)" (its injured in a field of their own; not
/// "Victims: 1 man abducted", see `find_toll`), ACLED's "The fatalities include 9 IS militants
/// and 4 SDF fighters".
static FATALITIES_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\b(?:(?:fatalities|toll(?:\s+so\s+far)?|tally|killed|dead|kia|victims):|fatalities\s+include)\s*(?P<list>(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)(?u:[^.;])*)")
        .expect("valid")
});
static ESTIMATED: LazyLock<Regex> = LazyLock::new(|| {
    // ("Both sides suffered fatalities; coded as 10.": ACLED's own words need no "fatalities".)
    // ("Fatalities: unknown, estimated as 10.": a coder's field.)
    // ("fatalities for the final assault on 24 August are estimated as 50": a coder's too.)
    crate::regex_with_room(r"(?-u)\b(?:fatalities:?(?:\s+unknown)?,?\s+(?:for\s+(?:[\w-]+\s+){1,6}?(?:are|were)\s+)?(?:estimated|coded)\s+(?:as|at)|coded\s+(?:conservatively\s+)?as)\s+(?P<n>\d+)")
        .expect("valid")
});
/// How many dead a list names one by one ("a woman and her two children": three).
fn listed_dead(list: &str) -> u32 {
    let mut total = 0;
    let mut parts = list
        .split(|ch: char| ch == ',' || ch.is_whitespace())
        .filter(|w| !w.is_empty())
        .peekable();
    let mut before = "";
    while let Some(part) = parts.next() {
        // ("the commander": one; "the children": not said how many; "the three men": as
        // many as the figure says.)
        let singular_next = parts.peek().is_some_and(|next| {
            !next.ends_with('s') && !next.ends_with("en") && number(next).is_none()
        });
        total += match part {
            "the" => u32::from(singular_next),
            count => number(count).unwrap_or(0),
        };
        // A bare plural kin word ("her children") counts as two at least; singular nouns
        // after a possessive ("his wife") count one.
        if matches!(
            part,
            "wife"
                | "husband"
                | "mother"
                | "father"
                | "son"
                | "daughter"
                | "baby"
                | "brother"
                | "sister"
                | "nephew"
                | "niece"
                | "cousin"
                | "companion"
                | "driver"
                | "child"
        ) && matches!(before, "his" | "her" | "their")
        {
            total += 1;
        }
        // "his parents": two.
        if part == "parents" && !list.contains("two parents") {
            total += 2;
        }
        // (An age or a kin word between the possessive and the noun: "his 17-year-old
        // son", "his teenage son".)
        if !part.ends_with("-year-old") && !KIN_WORDS.contains(&part) {
            before = part;
        }
    }
    total
}

/// A toll told as a total: "a total of 70 deaths", "a total of 12 people were killed".
static TOTAL_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\btotal\s+of\s+{QUALIFIER}(?P<n>{NUMBER})(?:\s+(?:deaths|dead|fatalities)|(?:\s+[\w-]+)?\s+{PEOPLE}\s+(?:were\s+|have\s+been\s+)?(?:killed|dead|died))\b"
    ))
    .expect("valid")
});
/// A coder's own estimate in a lower-cased sentence ("unknown fatalities, estimated as 10",
/// "coded as 2"): its figure, and where it is told.
fn coder_estimate(lower: &str) -> Option<(u32, regex::Match<'_>)> {
    if !(lower.contains("coded") || lower.contains("estimated")) {
        return None;
    }
    let c = ESTIMATED.captures(lower)?;
    Some((c["n"].parse().ok()?, c.get(0).expect("group 0")))
}

/// "Local sources put the toll at 7", "the Civil Defence gave a figure of 5": a source's count
/// of a toll, in words that name the toll rather than its dead (not "put the civilian toll at
/// 10": a part of the dead).
static ANOTHER_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    // (Or a side's losses: "… while SOHR put ISIS losses at 16".)
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:put\s+{losses}\s+at\s+|(?:put|puts|gave|gives|cited|cites)\s+(?:the|a|its|their)\s+(?:(?:lower|higher|different|overall|final)\s+)?(?:death\s+)?(?:toll|figure|count)\s+(?:at|of)\s+)",
        losses = side_losses!()
    ))
    .expect("valid")
});

/// Whether a clause is another source's count of a toll told before it (see
/// [`Joining::Disputes`]).
pub fn another_count(clause: &str) -> bool {
    static TOLL_WORDS: LazyLock<AhoCorasick> =
        LazyLock::new(|| words_in_any_case(&["toll", "figure", "count", "losses"]));
    // (Not an earlier count the toll told before replaced: "An earlier report had put the death
    // toll at six".)
    static EARLIER: LazyLock<AhoCorasick> =
        LazyLock::new(|| words_in_any_case(&["earlier", "initial", "previous", "first"]));
    TOLL_WORDS.is_match(clause)
        && !EARLIER.is_match(clause)
        && ANOTHER_COUNT.is_match(&clause.to_ascii_lowercase())
}

/// Whether another source's count in `clause` tells more dead than the count told in the
/// sentence before it, `previous`: other people, where either is a side's count of its own
/// ("Local Druze sources said 6 of their fighters were killed. The Interior Ministry reported
/// 2 security personnel killed": eight; "HTS lost 4 fighters in the fighting. Nour al-Din
/// al-Zinki said 3 of its members were killed": seven) — not the same dead again ("The army
/// said 16 of its soldiers were killed. SOHR reported 20 soldiers killed"). (Two sources'
/// counts of the same people are left as told: a story's lead source's figure is its toll.)
pub fn another_sides_count(previous: &str, clause: &str) -> bool {
    static SAID: LazyLock<AhoCorasick> = LazyLock::new(|| {
        words_in_any_case(&[
            "said",
            "says",
            "reported",
            "announced",
            "stated",
            "documented",
        ])
    });
    static PEOPLE_WORD: LazyLock<Regex> =
        LazyLock::new(|| crate::regex_with_room(&format!(r"(?-u)\b{PEOPLE}\b")).expect("valid"));
    // Whose count it is (a side's own: "6 of their fighters", "lost 4 fighters") and of whom.
    let people = |text: &str| {
        let lower = text.to_ascii_lowercase();
        let toll = find_toll(&lower, true)?;
        let told = &lower[toll.at];
        let word = PEOPLE_WORD.find_iter(told).last()?.as_str();
        // (A side's men, not a family's: "three of their children", "one of their relatives".)
        let own = told.starts_with("lost ")
            || [" of its ", " of their "].iter().any(|w| told.contains(w))
                && (victims(told) == Victims::Combatants || word == "personnel");
        Some((own, word.trim_end_matches('s').to_owned()))
    };
    SAID.is_match(clause)
        && people(previous).zip(people(clause)).is_some_and(
            |((own_before, before), (own_now, now))| (own_before || own_now) && before != now,
        )
}

/// Two sources' counts of the same dead: the lower, with the higher as its high end.
pub fn disputed(a: Fatalities, b: Fatalities) -> Fatalities {
    match (a.best, b.best) {
        (Some(x), Some(y)) => Fatalities {
            low: Some(x.min(y)),
            best: Some(x.min(y)),
            high: Some(x.max(y)),
        },
        _ => a,
    }
}

/// The first figure told after a source's name: "… said 13 people were killed", "… said the
/// number of dead had reached 27".
static FIGURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b(?P<n>\d+|{WORD_FIGURES})\b")).expect("valid")
});

/// A coder's remark, in the sentence after two sources' figures, on which was coded
/// ("Fatalities coded as per the Turkish Ministry of Defence.", "… as per the Kurdish Red
/// Crescent figure."): that source's figure, told in `sentence` after its name — not the
/// lower, which ACLED codes where nothing says otherwise (see [`conflicting`]); and where in
/// `sentence` the figure is told.
pub fn coded_as_per(sentence: &str, remark: &str) -> Option<(Fatalities, Range<usize>)> {
    const AS_PER: &str = "coded as per ";
    let lower = remark.to_ascii_lowercase();
    let at = lower.find(AS_PER)? + AS_PER.len();
    let name = lower[at..]
        .trim_end()
        .trim_end_matches('.')
        .trim_start_matches("the ")
        .trim_end_matches(" figures")
        .trim_end_matches(" figure")
        .trim_end_matches("'s");
    let told = sentence.to_ascii_lowercase();
    // (The monitor's short name may stand for its long one.)
    let from = [
        name,
        if name == "sohr" {
            "syrian observatory"
        } else {
            name
        },
    ]
    .iter()
    .find_map(|name| told.find(name).map(|at| at + name.len()))?;
    // The figure of the source's own words: up to where another's begin.
    let own = told[from..]
        .split([';', '.'])
        .next()?
        .split(" while ")
        .next()?;
    let figure = FIGURE_AFTER.captures(own)?.name("n")?;
    let n = number(figure.as_str())?;
    Some((figures(n, None), from + figure.start()..from + figure.end()))
}

/// A figure as a coder estimates it: a best guess, no bounds.
fn estimated(n: u32) -> Fatalities {
    Fatalities {
        low: None,
        best: Some(n),
        high: None,
    }
}

/// A researcher's toll retained among sources' ("Toll retained here: 89.", "Retained toll:
/// 330.", "The higher, named figure is retained (18).").
static RETAINED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\b(?:(?:toll|figure)\s+retained(?:\s+here)?:\s*|retained\s+toll:\s*|(?:is|was)\s+retained\s+\()(?P<n>\d+)\b")
        .expect("valid")
});
/// A victim named with an age right before a list of the dead ("George, aged 11, and his
/// parents were killed").
static NAMED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\b[a-z]+,\s+aged\s+\d{1,2},\s+and\s+$").expect("valid")
});
/// "killing a family of five": the family's size is the toll.
static FAMILY_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:killing|killed|kills|wiping out)\s+(?:an?|the|an entire|a whole)\s+family\s+of\s+(?P<n>{NUMBER})\b"
    ))
    .expect("valid")
});
/// The verbs that govern a family's list, before it ("killing a woman and her son") or, passive,
/// after it ("a man and his son were killed"): the list is read only where one is.
const FAMILY_VERBS: &[&str] = &[
    "killing of",
    "killing",
    "killed",
    "executed",
    "executing",
    "beating to death",
    // ("Among the dead were a man, his wife and their three daughters".)
    "among the dead were",
    "the dead included",
    "bodies of",
    "martyrdom of",
    "death of",
    "claiming the lives of",
    "claimed the lives of",
];
/// The passives among them, after the list.
const FAMILY_PASSIVES: &[&str] = &["killed", "shot dead", "found dead", "martyred"];
/// Words that may stand between a possessive and the kin it counts ("his teenage son").
const KIN_WORDS: &[&str] = &[
    "young", "little", "small", "infant", "elderly", "teenage", "teenaged", "adult",
];
static FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    // One or more of the dead by kin or kind, counted or possessed, an age between ("her two
    // daughters", "a 34-year-old woman", "The owner, his wife and two of their daughters").
    let kin_words = KIN_WORDS.join("|");
    let item = format!(
        r"(?:(?:an?|the|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}|his|her|their|of\s+(?:his|her|their))\s+)+(?:(?:\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-year-old\s+)?(?:(?:{kin_words})\s+)?(?:children|child|women|woman|men|man|boys|boy|girls|girl|baby|mothers?|fathers?|wife|wives|husbands?|sons|son|daughters|daughter|brothers?|sisters?|nephews?|nieces?|cousins?|shepherds?|farmers?|parents|nurses?|patients?|teachers?|pupils?|students?|doctors?|paramedics?|commander|companion|driver|bomber|attacker|owner)\b"
    );
    let (verbs, passives) = (FAMILY_VERBS.join("|"), FAMILY_PASSIVES.join("|"));
    crate::regex_with_room(&format!(r"(?-u)\b(?:(?P<verb>{verbs})\s+)?(?P<list>{item}(?:\s*(?:,|and)\s+(?:of\s+)?{item})*)(?:(?:(?:,(?u:[^.;,]){{1,24}}){{1,4}},|(?:\s+[\w-]+){{1,2}}?|\s+who\s+(?u:[^.;,]){{1,40}}?|\s+(?u:[—–]))?\s+(?P<passive>(?:were|was)\s+(?:{passives})))?")).expect("valid")
});
/// How a count after the first of a sum may be qualified.
const LATER_QUALIFIER: &str = r"(?:(?:at least|more than|about|nearly)\s+)?";
/// The opening of a sum's second count ("… and 3", "+ x5", "and at least 22 …"): where there is
/// none, [`SUM`]'s patterns are not tried (they begin with a count, which is everywhere — "a",
/// "one" — and so scan the whole clause; this one skips ahead to "and" and "+").
static SECOND_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)(?:\band\s+|\+\s*){LATER_QUALIFIER}{NUMBER}\s"
    ))
    .expect("valid")
});
/// Two counts of the dead joined by "and" ("7 IS militants and 3 SAA soldiers were killed",
/// "killing 5 civilians and 2 fighters"): one toll, their sum.
static SUM: LazyLock<[Regex; 2]> = LazyLock::new(|| {
    // "4 members of the security forces", "three children from the same family": a count, its
    // people, and whose they are; or a
    // count and a side alone, as notes write it ("3 SDF and 2 IS killed"); a side's name may
    // take a third word where it is an Arabic name's "al-" or a second side ("6 Nour al-Din
    // al-Zinki fighters", "4 HTS and TIP fighters", "12 regime and allied fighters").
    let count = format!(
        r"(?P<{{0}}>{NUMBER})(?:(?:\s+of\s+(?:our|their|its))?(?:\s+[\w'/-]+){{0,2}}?(?:\s+(?:al-|al\s+|and\s+)[\w'-]+)?(?:\s+\([\w-]+\))?\s+{PEOPLE}(?:\s+{PEOPLE}|\s+and\s+{PEOPLE})?(?:\s+(?:of|from)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){{0,4}}?(?:\s+\([\w-]+\))?)?|\s+[\w:'/-]+(?:\s+[\w:'/-]+)??)"
    );
    let [a, m, b] = ["a", "m", "b"].map(|name| count.replace("{0}", name));
    // (A later count may be qualified: "11 SDF fighters and at least 22 IS militants".)
    let [m, b] = [m, b].map(|count| format!(r"{LATER_QUALIFIER}{count}"));
    // Two counts, or three ("5 Zenki fighters, 3 HTS fighters and a civilian"), joined by
    // "and" or a log's "+" ("x3 YPG + x5 rebels KIA").
    let list = format!(r"{a}(?:\s*,\s*{m})?(?:,?\s+and\s+|\s*\+\s*){b}");
    // Told with the verb first ("killing 5 civilians and 2 fighters") or after ("3 Iranian
    // and 2 Syrian militia members were killed"): one pattern each, so that the search goes on
    // until the verb it needs is found.
    [
        format!(r"(?-u)\b(?P<verb>killed|killing|kills|kill|leaving|left|deaths? of|martyrdom of|(?:claiming|claimed)\s+the\s+lives\s+of)\s+{list}\b"),
        format!(r"(?-u)\b{list}(?:,\s+(?:including|among\s+them)\s+(?u:[^,.;]){{1,40}},)?(?:\s+(?:caught|trapped|passing|travelling|traveling|sheltering)(?:\s+[\w'-]+){{1,4}}?)?(?P<passive>\s+(?:were\s+|have been\s+|had been\s+)?(?:(?:also|reportedly|allegedly|reported)\s+)?(?:(?:killed|dead|died|kia)\b|k\.))"),
    ]
    .map(|p| crate::regex_with_room(&p).expect("valid"))
});
/// One death told without a figure: "killing the driver", "… was shot dead by gunmen" (after
/// the subject, however far), "lost his life", "died of his wounds", "claiming the life of a
/// citizen".
/// One person, by what they were ("the driver", "a shepherd") or whose kin ("her 17-year-old
/// nephew").
const ONE_PERSON: &str = "(?:driver|civilian|citizen|soldier|fighter|member|commander|officer|leader|shepherd|farmer|teacher|doctor|nurse|journalist|activist|policeman|guard|resident|owner|head|mayor|mukhtar|imam|rider|passenger|pilot|merchant|co-chair|chairman|official|man|woman|child|boy|girl|elder|logistician|volunteer|engineer|paramedic|son|daughter|brother|sister|nephew|niece|cousin|husband|wife|father|mother|uncle|attacker|bomber)";

static ONE_DEAD: LazyLock<Regex> = LazyLock::new(|| {
    let one = ONE_PERSON;
    crate::regex_with_room(&format!(r"(?-u)\b(?:(?P<no>no one|nobody|none|no [\w-]+)\s+)?(?:(?:killing|killed|shot dead|assassinating|assassinated|martyrdom of|death of|(?:claiming|claimed|costing|cost)\s+the\s+life\s+of)\s+(?:the|an?|its|former|his|her|their)\s+(?:[\w:-]+\s+){{0,4}}?{one}|(?:was|has been)\s+(?:(?:critically|seriously|badly)\s+)?(?:wounded|injured)\s+and\s+(?:later\s+)?died\b|(?:was|has been)\s+(?:also\s+)?(?:(?:reportedly|allegedly)\s+)?(?:found\s+|\w+\s+and\s+(?:then\s+)?)?(?:shot dead|found dead|killed|assassinated|executed|beheaded|stabbed to death|beaten to death|martyred)|(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}?{one}(?:,\s+an?\s+[\w-]+,|\s+among\s+them|\s+who\s+(?:was|were)\s+(?u:[^.;,]){{1,60}}?|\s+from\s+(?:the\s+)?[\w'-]+)?\s+(?:also\s+)?died\b|\ban?\s+(?:second|third|fourth|fifth|sixth)\s+(?:later\s+)?died\b|resulting\s+in\s+the\s+death\s+of\s+(?:the|a|an|one)\b|an?\s+(?:second|third|fourth|fifth|sixth)\s+(?:[\w,-]+\s+){{0,8}}?(?:had\s+)?(?:since|later)\s+died\b|(?:the|an?)\s+(?:[\w-]+\s+)?{one}\s+(?:wounded|injured)\s+in\s+the\s+(?:same\s+)?[\w-]+\s+(?:later\s+)?died\b|beat\s+to\s+death\s+(?:a|an|one)\b|beat\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{one}\s+to\s+death|beat\s+(?:him|her)\s+to\s+death|killing (?:him|her)\b|lost (?:his|her) life|(?:martyred|died)\s+(?:instantly|on\s+the\s+spot)|(?:he|she)\s+martyred|(?:at\s+least\s+)?one\s+death\b|died of (?:his|her) (?:wounds|injuries)|died under torture|succumbed to (?:his|her) (?:wounds|injuries))\b")).expect("valid")
});
/// A log's one named victim, without article or verb: "Driver killed, engineer seriously
/// injured", "national staff logistician of partner NGO shot dead by 2 unidentified gunmen",
/// "boy, 16, shot dead", "farmer (52) killed by landmine".
/// (Apart from [`ONE_DEAD`]: its many short nouns would keep that pattern's search from
/// skipping ahead to its verbs.)
static TELEGRAPHIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b{ONE_PERSON}(?:\s+of(?:\s+[\w-]+){{1,2}}?|,\s+\d{{1,2}},|\s+\(\d{{1,2}}\))?\s+(?:shot dead|killed)\b"
    ))
    .expect("valid")
});
/// The dead named one by one with their ages ("killing Khaled Hussein al-Abdullah, 52, and his
/// granddaughter Rahaf Mohammad al-Abdullah, 6", "shot dead Mohammad Ahmad al-Jabawi, 37, a
/// former fighter"): one each.
static NAMED_DEAD: LazyLock<Regex> = LazyLock::new(|| {
    let named = r"(?:(?:his|her|their)\s+[a-z-]+\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4},\s+(?:aged\s+)?\d{1,2}(?:,|\.|$|\s+and\b)";
    crate::regex_with_room(&format!(r"(?-u)\b(?:killing|killed|shot dead|executed|executing|assassinated|assassinating)\s+(?P<list>{named}(?:\s*(?:and\s+)?{named})*)")).expect("valid")
});
/// An age told after a name: one of the named dead.
static AGE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u),\s+(?:aged\s+)?\d{1,2}(?:,|\.|$|\s+and\b)").expect("valid")
});
/// One of the victim's kin, right after the one dead: "… a local council member and his son";
/// or some, counted: "an HTS commander and his two bodyguards" (after an apposition too:
/// "killing the driver, an HTS commander, and his wife", or a name he went by: "killing an SDF
/// commander known by the nom de guerre 'Heval Rojhat' and his driver").
static AND_KIN: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r#"(?-u)^(?:\s+(?:woman|man|boy|girl)\b)?(?:,\s+(?:an?|the)\s+[\w'-]+(?:\s+[\w'-]+){0,2}|\s+known\s+(?:as|by)\s+(?:[\w-]+\s+){0,4}?['"](?u:[^'"]){1,40}['"])?(?:,?\s+and\s+(?:his|her|their)\s+(?:\d{1,2}-year-old\s+|(?:adult|young|teenage|elderly|infant|little)\s+)?(?:son|daughter|grandson|granddaughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|child|driver|companion|bodyguard|escort)\b|,?\s+and\s+an?\s+(?:passenger|companion)\b|,?\s+and\s+one\s+of\s+(?:his|her|their)\s+(?:companions|bodyguards|escorts|guards|aides)\b|,?\s+and\s+(?:his|her|their)\s+(?P<n>two|three|four|five|six|\d)\s+(?:sons|daughters|children|brothers|sisters|nephews|cousins|grandchildren|companions|bodyguards|escorts|guards|aides)\b)"#).expect("valid")
});
/// Where the dead of a toll fell, told right after it: "in the fighting", "on the spot".
static WHERE_THEY_FELL: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)^\s+(?:(?:in|during)\s+(?:the\s+)?(?:clashes|fighting|strikes?|attack|shelling|bombardment|battles?|explosion|ambush)|on\s+the\s+spot)\b").expect("valid")
});
/// One more named after a count of the dead, by what they were: "killing two SDF fighters and
/// the civilian driver".
static AND_THE_ONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)^(?:\s+of\s+the\s+(?:[\w'()-]+\s+){{0,4}}?[\w'()-]+)?(?:,\s+(?:mostly|mainly|largely)\s+[\w-]+)?,?\s+and\s+(?:(?:the|their)\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON}|an?\s+(?:passer-by|bystander))\b"
    ))
    .expect("valid")
});
/// "… were killed, as was the attacker", "killing two policemen; the attacker also died",
/// "killing at least 38 people in addition to the two bombers", the bomber told a few words on
/// ("killing 24 people, mostly lawyers and visitors, as well as himself", "killed 5 members of
/// the Asayish in addition to the bomber himself"): the attackers added (ACLED counts the dead
/// perpetrator).
static AS_WAS_THE_ATTACKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)^(?:(?u:[^.;]){{0,50}}?(?:,\s+as\s+well\s+as\s+(?:himself|herself)|\s+in\s+addition\s+to\s+the\s+(?:suicide\s+)?(?:bomber|attacker)\s+himself)|[,;]?\s+(?:as\s+was\s+the\s+(?:attacker|bomber|gunman|perpetrator)|not\s+counting\s+the\s+(?:suicide\s+)?(?:attacker|bomber)|(?P<both>both\s+(?:suicide\s+)?(?:attackers|bombers)\s+(?:also\s+died|were\s+also\s+killed))|the\s+(?:suicide\s+)?(?:attacker|bomber|gunman|perpetrator)\s+(?:also\s+died|died\s+too|was\s+also\s+killed)|in\s+addition\s+to\s+the\s+(?P<n>{NUMBER})\s+(?:attackers|bombers|gunmen|perpetrators)))\b"))
        .expect("valid")
});
/// Whose members the dead were, when a family's: "… members of the Kurdi family".
static OF_A_FAMILY: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)^\s+of\s+(?:the\s+|a\s+|one\s+|his\s+|her\s+|their\s+)?(?:same\s+)?(?:[\w'-]+\s+)?family\b")
        .expect("valid")
});
/// The attacker told first among the dead: "the bomber and 4 FSA fighters were killed".
static ATTACKER_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(
        r"(?-u)\bthe\s+(?:suicide\s+)?(?:attacker|bomber|gunman|perpetrator)\s+and\s+$",
    )
    .expect("valid")
});
/// "8 members of the Military Forces of Syria (2000-) and the NDF were killed", "Six members of
/// the family, including three children aged between one and three years, died": a count, its
/// people and whose they are, however long the name (a log's verb bare at the clause's end:
/// "About 10 members of Iran-backed militias and drivers killed.").
static MEMBERS_OF_KILLED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b{QUALIFIER}(?P<n>{NUMBER})\s+(?:members?|fighters?|soldiers?|servicem[ae]n|officers?|militants?|elements?|personnel)\s+of\s+(?:(?u:\S)+\s+){{1,12}}?(?:(?:were|was|have been|had been)\s+(?:(?:also|reportedly|allegedly|reported)\s+)?(?:killed|martyred|shot dead)\b|died\b|lost their lives\b|killed(?:[,;.]|$))"
    ))
    .expect("valid")
});
/// "…were killed, as well as 4 HTS fighters": the other side's dead, added (so are a victim's
/// kin: "was shot dead in her tent along with her two children", one told after those
/// inside: "killing two members of the Asayish who were inside, as well as the civilian
/// driver", and more told by "as were": "8 ISIS fighters were killed in the strikes, as were 3
/// civilians").
static AS_WELL_AS: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)^(?:,|,?(?P<between>(?u:[^.;,]){{1,80}}),)?\s*(?:(?:in|at|inside)\s+(?:[\w'-]+\s+){{1,3}})?(?:as\s+well\s+as|along\s+with|together\s+with|in\s+addition\s+to|plus|as\s+were)\s+(?:(?:his|her|their)\s+)?(?:(?P<n>{NUMBER})(?:\s+[\w:'-]+){{0,3}}?\s+{PEOPLE}|the\s+(?:[\w-]+\s+){{0,2}}?{ONE_PERSON})\b"
    ))
    .expect("valid")
});
/// A side's losses: "the regime lost 5 soldiers", "the rebels lost nine of their own, among
/// them …", "Jabhat al-Nusra lost nine." (not "5 of its own fighters" after another side's
/// dead: see [`conflicting`]).
static LOST: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:lost|losing)\s+{QUALIFIER}(?P<n>{NUMBER})(?P<who>(?:\s+[\w-]+){{0,2}}?\s+{PEOPLE}\b|\s+of\s+(?:its|their)\s+own(?:\s+{PEOPLE}\b|[,.;]|$)|[.;]|$)"
    ))
    .expect("valid")
});
/// Two deaths told as "both" ("… a car carrying two commanders, killing both", "both occupants
/// were killed").
static BOTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\b(?:(?:killing|killed)\s+(?:them\s+)?both|both\s+(?:of\s+them\s+|[\w-]+\s+)?(?:were|was)\s+killed|shot\s+(?:them\s+)?both(?:\s+of\s+them)?\s+dead)\b")
        .expect("valid")
});
static VAGUE_DEATHS: LazyLock<Regex> = LazyLock::new(|| {
    let vague = VAGUE
        .iter()
        .map(|(w, _)| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|");
    crate::regex_with_room(&format!(r"(?-u)\b(?:(?P<v>{vague})\s+(?:[\w-]+\s+){{0,2}}?(?:{PEOPLE}\s+(?:of\s+(?:one|the\s+same|an?)\s+family\s+|of\s+the\s+(?:city|town|village|camp)\s+)?(?:and\s+(?:[\w-]+\s+){{0,2}}?{PEOPLE}\s+)?{SIDES})?(?:were\s+|have been\s+)?(?:(?:also|reportedly|allegedly|reported)\s+)?(?:killed|dead|died|fatalities|deaths|kia|martyrs|martyred|eliminated|neutrali[sz]ed)|(?:killing|killed)\s+and\s+(?:injuring|wounding)\s+(?P<w>{vague})\s+\w+|(?:killing|killed|executed|executing|martyrdom of|execution of|killing of|eliminating)\s+(?:(?P<x>dozens|hundreds)\s+of|(?P<y>several|many|a few|an unknown number of|a number of|large numbers of))\s+(?:them\b|(?:[\w-]+\s+){{0,2}}?{PEOPLE})|(?P<z>dozens|hundreds)\s+of\s+(?:[\w-]+\s+){{1,5}}?(?:were|have been|had been)\s+(?:(?:also|reportedly|allegedly|reported)\s+)?(?:killed|dead)|(?:killed|dead|died),?\s+(?P<u>number unknown|number not known)|(?P<c>causing deaths|resulted in deaths|resulting in deaths|suffered fatalities)|(?P<r>fatalities were reported|fatalities reported)(?:\s+on\s+both\s+sides)?(?:,?\s+but\s+(?:no|exact)\s+(?:numbers?|figures?)\b|\s*[.,]?\s*$))")).expect("valid")
});

fn number(text: &str) -> Option<u32> {
    let t = text.trim().to_lowercase();
    if let Ok(n) = t.replace(',', "").parse() {
        return Some(n);
    }
    let word = |w: &str| NUMBER_WORDS.iter().find(|(k, _)| *k == w).map(|(_, n)| *n);
    // "twenty-seven": the tens, then the units.
    match t.split_once('-') {
        Some((tens, units)) => Some(word(tens)? + word(units)?),
        None => word(&t),
    }
}

/// Whether the number at `at` is a year rather than a count: four digits from 1900 to 2100
/// after a month ("26 October 2016", "Jul 28 2016") or a date's separator ("04-03-2016"), or
/// followed by another number ("2016 Three killed": a dateline, then the toll).
fn is_year(sentence: &str, at: std::ops::Range<usize>) -> bool {
    let digits = &sentence[at.clone()];
    if digits.len() != 4 || !(1900..=2100).contains(&digits.parse::<u32>().unwrap_or(0)) {
        return false;
    }
    let before = sentence[..at.start].trim_end().to_lowercase();
    let after_month = truce_core::when::MONTH_NAMES
        .iter()
        .any(|m| before.ends_with(m) || before.ends_with(&m[..3]));
    let in_date = before.ends_with(['-', '/', '.'])
        || before.rsplit(' ').next().is_some_and(|w| {
            !w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())
        });
    let next = sentence[at.end..].split_whitespace().next().unwrap_or("");
    // "2016 Three killed", "2014 Dozens of people have been killed": a dateline, then the toll.
    let count_follows = number(next).is_some()
        || VAGUE
            .iter()
            .any(|(w, _)| w.split(' ').next() == Some(&next.to_ascii_lowercase()));
    // "the sarin attack on Eastern Ghouta in 2013 that killed hundreds": a time, not a count.
    // ("… who signed a settlement with the regime in summer 2018 was shot dead".)
    let time_of = [
        "in", "since", "until", "during", "summer", "spring", "autumn", "fall", "winter", "early",
        "late", "mid", "of", "year",
    ]
    .iter()
    .any(|w| before.rsplit(' ').next() == Some(*w))
        || ["that", "which", "when"].contains(&next);
    after_month || in_date || count_follows || time_of
}

fn figures(n: u32, qualifier: Option<&str>) -> Fatalities {
    // "More than 40", "at least 40", "nearly 40" are coded as written, 40 (the conservative
    // figure coders record); only a bare figure bounds the toll from above.
    Fatalities {
        low: Some(n),
        best: Some(n),
        high: qualifier.is_none_or(|q| q.trim().is_empty()).then_some(n),
    }
}

/// Whether a match lists some of the dead of a toll before it ("12 civilians including four
/// children and a woman were killed"): a breakdown, not the toll.
fn breaks_down(sentence: &str, c: &regex::Captures<'_>) -> bool {
    // Within the few words before it, so that a list's later items count too ("including
    // four children and a woman").
    let start = c.get(0).expect("group 0").start();
    let mut from = start.saturating_sub(32);
    while !sentence.is_char_boundary(from) {
        from += 1;
    }
    let before = &sentence[from..start];
    // (Not past an "and" that begins another item: "the injury of 19 civilians, some of them
    // seriously, and the death of four others".)
    ["including", "among them", "of them"].iter().any(|w| {
        before
            .rfind(w)
            .is_some_and(|at| !before[at..].contains(", and "))
    })
        // ("One of the three died of his wounds": some of those counted, told after.)
        || before.trim_end().ends_with(" of the")
}

/// The toll of two counts joined by "and", when a verb of death governs both and neither is
/// a year or of the wounded.
fn sum(sentence: &str) -> Option<TollMention> {
    let c = SUM.iter().find_map(|p| {
        let mut from = 0;
        while let Some(c) = p.captures_at(sentence, from) {
            // ("On 9 December 2018, 5 SDF members and 4 IS militants were killed": a day or a
            // year is no first count; the search goes on right after it.)
            let a = c.name("a").expect("a first count");
            let day = sentence[a.end()..]
                .split_whitespace()
                .next()
                // (A month written in full: "3 JaN fighters" are Jabhat al-Nusra's.)
                .is_some_and(|w| {
                    let w = w.trim_end_matches([',', '.']);
                    truce_core::when::MONTH_NAMES
                        .iter()
                        .any(|m| m.eq_ignore_ascii_case(w))
                });
            if day || is_year(sentence, a.range()) {
                from = a.end();
                continue;
            }
            if !breaks_down(sentence, &c) {
                return Some(c);
            }
            from = c.get(0).expect("group 0").end();
        }
        None
    })?;
    let (a, b) = (c.name("a")?, c.name("b")?);
    if is_year(sentence, b.range()) {
        return None;
    }
    let whole = c.get(0).expect("group 0");
    // "killing 5 civilians and 3 others were wounded": the second count is of the wounded
    // (so is "leaving 3 dead and 7 wounded").
    if wounded_follow(&sentence[whole.end()..], 2)
        || wounded_follow(&sentence[b.end()..whole.end()], 1)
        || wounded_follow(&sentence[b.start()..whole.end()], 3)
    {
        return None;
    }
    // Each count with the words that tell whose dead they are, up to the next count.
    let mut counts: Vec<(u32, Victims)> = [Some(a), c.name("m"), Some(b)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .windows(2)
        .map(|pair| (pair[0], pair[1].start()))
        .chain(std::iter::once((b, whole.end())))
        .map(|(n, end)| {
            // ("9 rebels and a few regime soldiers": a few is 3, as ACLED codes it.)
            let few = matches!(n.as_str(), "a" | "an")
                && sentence[n.end()..].trim_start().starts_with("few ");
            let count = if few { 3 } else { number(n.as_str())? };
            Some((count, victims(&sentence[n.start()..end])))
        })
        .collect::<Option<_>>()?;
    // "killing two civilians, a woman and an elderly man": two later counts of one each
    // after a first of two name its dead one by one (an apposition), no more of them.
    // (Nor where fighters are among them: "2 civilians, a soldier and a child" are four.)
    // (Where the two later name no one's side, they are the two told: "killing 2 senior
    // commanders of Hurras al Deen, a Jordanian and a Yemeni national".)
    if let [(2, _), (1, second), (1, third)] = counts.as_slice()
        && (counts.iter().all(|(_, v)| *v != Victims::Combatants)
            || [second, third].iter().all(|v| **v == Victims::Unspecified))
    {
        counts.truncate(1);
    }
    let n = counts.iter().map(|(n, _)| n).sum();
    let first = counts[0].1;
    Some(TollMention {
        fatalities: figures(n, None),
        victims: if counts.iter().all(|(_, v)| *v == first) {
            first
        } else {
            Victims::Unspecified
        },
        civilians: counts
            .iter()
            .map(|(n, v)| civilians_among(*v, Some(*n)))
            .sum(),
        at: whole.range(),
    })
}

/// Whether one of the first `words` words of `rest` says wounded ("… and 3 others were
/// wounded", "killed over 70 injured"): the figure before is of the wounded.
fn wounded_follow(rest: &str, words: usize) -> bool {
    rest.split_whitespace()
        .take(words)
        .any(|w| w.starts_with("wounded") || w.starts_with("injured"))
}

/// Words that, between a figure and a people word, say the people are not the dead
/// ("kill 45 after rebel attacks").
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "near", "across", "around", "during", "since", "as", "inside",
    "outside", "from", "by",
];

/// Words without which no sentence states a death toll (within words: "killed", "fatalities").
/// The reader finds them with its other cue words, once per sentence.
pub const DEATH_WORDS: &[&str] = &[
    "kill",
    // A log's "died of wounds": "1 of the WIA DoW today" (not "down", "window").
    " dow ",
    " dow,",
    " dow.",
    // A log's "2 civ k. (1 medic)", "IS VBIED k 29".
    " k.",
    " k ",
    // "the number of victims … has risen to 9".
    "number of victims",
    "dead",
    "died",
    "bodies",
    "body of",
    "toll",
    "fatalit",
    "execut",
    "death sentence",
    "behead",
    "shot",
    "lives of",
    "life of",
    "assassinat",
    "kia",
    "death of",
    "deaths of",
    "lost their lives",
    "succumbed",
    "passed away",
    // (A casualty database's "Victims: 4 (3 M adult, 1 M child)".)
    "victims:",
    "martyr",
    "deaths",
    "one death",
    "to death",
    "lost",
    // ("Monitors put regime losses on the final day at 8".)
    "losses",
    "coded as",
    // A researcher's "The higher, named figure is retained (18)."
    "retained",
    // (The Russian and Syrian militaries' word: "24 militants were eliminated", "after
    // eliminating 9 terrorists".)
    "eliminated",
    "eliminating",
    // (Turkey's defence ministry's: "3 terrorists were neutralized".)
    "neutrali",
];

/// How a toll told after another of the same act relates to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joining {
    /// More dead: "2 HTS fighters were also killed", "a woman later died of her wounds", "a
    /// fifth victim, a 62-year-old woman, died", "updated to include 2 children who died" —
    /// added to the toll before.
    Adds,
    /// The same dead counted again: "the toll rose to 6" — it replaces the toll before.
    Updates,
    /// Another source's count of the same dead, in a sentence of its own ("SOHR reported 9
    /// civilians killed. Local sources put the toll at 7."): the lower stands, as ACLED codes
    /// conflicting reports, with the higher as its high end.
    Disputes,
    /// Neither said: the first toll told stands.
    Told,
}

/// "were also killed", "later died", "a fifth … died": more dead; "rose to": the toll updated.
static ADDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(r"(?-u)\b(?:(?:were|was)\s+also\s+(?:(?:reportedly|allegedly)\s+)?(?:killed|shot dead)|(?:killed|died)\s+as\s+well|killed\s+in\s+the\s+same\s+(?:clashes|fighting|attack|strikes?|shelling|battles?)|killed\s+in\s+the\s+crossfire|also\s+died|(?:later|subsequently)\s+(?:died|succumbed)|(?:died|succumbed)\s+later|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w,-]+\s+){{0,12}}?(?:(?:had\s+)?(?:since\s+)?(?:died|succumbed)|was\s+killed)|(?:lost|losing)\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:its|their)\s+own\s+)?(?:[\w-]+\s+)?(?:fighters|militants|members|soldiers|men)\b|another\s+(?:[a-z-]+\s+){{0,3}}?(?:died|succumbed)|(?:the\s+(?:wife|husband|mother|father|son|daughter|child|boy|girl|man|woman)|he|she)\s+(?:had\s+)?(?:later\s+)?(?:succumbed|{DIED_OF_THEIR_WOUNDS})|(?:wounded|injured)\s+in\s+the\s+(?:same\s+)?[\w-]+\s+(?:later\s+)?(?:died|succumbed)|updated\s+to\s+include|the\s+(?:suicide\s+)?(?:bomber|attacker)\s+was\s+(?:also\s+)?killed|all\s+(?:\w+\s+)?(?:attackers|bombers|assailants)\s+(?:died|were\s+killed)|(?:\d+|two|three|four|five)\s+(?:of\s+the\s+)?(?:attackers|assailants)\s+(?:were\s+)?(?:also\s+)?(?:reportedly\s+)?killed|(?:one|two|three|four|five|\d+)\s+{OF_THE_WOUNDED_DIED}|death\s+of\s+an?\s+(?:second|third|fourth|fifth)\s+(?:victim|person|man|woman|child)|{DIED_SINCE_WOUNDED}|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+more\s+(?:[\w-]+\s+){{0,4}}?(?:died|succumbed|were\s+killed)|(?:lost|(?:acknowledged|admitted|announced)\s+the\s+deaths?\s+of|mourned)\s+\w+\s+of\s+(?:its|their)\s+(?:own\s+)?(?:fighters|members|men|soldiers|own\b)|losses\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){{0,3}}?\s+amounted\s+to)\b"))
        .expect("valid")
});
static UPDATES: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\b(?:(?:rose|risen|rises|climbed|increased|reached)\s+to|(?:bringing|raised|raises|raising)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+'s\s+)?(?:total\s+)?(?:death\s+)?toll\s+(?:[\w'-]+\s+){0,4}?to|(?:bringing|raised|raising)\s+the\s+number\s+of|(?:bringing|raising)\s+to\s+\w+\s+the\s+(?:number|toll)|toll\s+(?:is\s+)?now|toll\s+(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+|subsequently\s+)?(?:raised|revised|updated|increased)\s+to|now\s+puts\s+the\s+(?:death\s+)?toll\s+at|toll\s+(?:was|has\s+been)\s+(?:later\s+)?confirmed\s+at|later\s+(?:said|reported|put)\s+(?:that\s+)?(?:at\s+least\s+)?\d+|updated:\s+\w+|^\s*tally:\s*\w+|(?:revised|corrected)\s+(?:[\w-]+\s+){0,4}?to|^\s*by\s+(?:nightfall|the\s+evening|evening|the\s+end\s+of\s+the\s+day))\b").expect("valid")
});
/// "13 of the dead were civilians", "four of the dead were members of Iran-backed groups and
/// three were civilians", "Of the dead, 18 were civilians": how many of a toll told before were
/// civilians.
static CIVILIANS_OF_DEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:(?P<n>{NUMBER})\s+of\s+(?:the|them|those)\s+(?:dead|killed|victims)|the\s+(?:other|remaining)\s+(?P<rest>{NUMBER})(?:\s+(?:dead|victims|people))?|of\s+the\s+dead\s+were\s+(?u:[^.;]){{1,80}}?\s+and\s+(?P<and>{NUMBER})|of\s+the\s+(?:dead|killed|victims),\s+(?P<after>{NUMBER}))\s+(?:were|was)\s+(?:all\s+)?civilians?\b"
    ))
    .expect("valid")
});

/// Words for those who fight, in a regex.
static FIGHTERS: &str = r"(?:fighters?|soldiers?|rebels?|militants?|combatants?|troops|militiam[ae]n|gunm[ae]n|jihadists?|officers?|cadets?)";

/// "Among the dead were seven tribal gunmen and four SDF members", "those killed included 14
/// SNA fighters and seven SDF members": the fighters of a toll told before, side by side.
static FIGHTERS_AMONG_DEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:among\s+(?:the\s+)?(?:dead|killed|victims)\s+(?:were|are)|(?:those|the\s+people|the\s+dead)\s+killed\s+included|the\s+dead\s+included)\s+(?P<a>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{FIGHTERS}|members)(?:,?\s+and\s+(?P<b>{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:{FIGHTERS}|members))?\b"
    ))
    .expect("valid")
});

/// "Thirteen of the dead were fighters", "Of the dead, 13 were rebel fighters", "Five of them
/// were members of the Asayish", "All but one were civilians": how many of a toll told before
/// were fighters.
static COMBATANTS_OF_DEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:(?P<n>{NUMBER})\s+of\s+(?:them|(?:the|those)\s+(?:dead|killed|victims))|of\s+the\s+(?:dead|killed|victims),(?:\s+(?u:[^,.;]){{1,30}},)?\s+(?P<after>{NUMBER})|the\s+other\s+(?P<other>{NUMBER}))(?:,(?u:[^,.;]){{1,30}},)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:[\w-]+\s+){{0,3}}?(?:{FIGHTERS}|members\s+of\s+(?:the\s+)?(?P<body>[\w-]+))\b|\ball\s+but\s+(?P<but>{NUMBER})\s+(?:were|was)\s+civilians?\b"
    ))
    .expect("valid")
});

/// Who some of the dead of a toll told before were, where a sentence says so on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OfTheDead {
    /// "13 of the dead were civilians", "The other six victims were civilians".
    Civilians(u32),
    /// "Of the dead, 13 were rebel fighters": the rest were civilians.
    Combatants(u32),
}

/// How many of the dead of a toll told before were civilians, or fighters, where a sentence
/// says so on its own.
pub fn of_the_dead(sentence: &str) -> Option<OfTheDead> {
    // (Most sentences say neither: one byte search for the words each pattern needs spares
    // them the regexes.)
    static PART_OF: LazyLock<AhoCorasick> = LazyLock::new(|| {
        words(&[
            "of them",
            "of the dead",
            "of the killed",
            "of the victims",
            "of those",
            "Of the dead",
            "Of the killed",
            "Of the victims",
            "other ",
            "remaining ",
            "ll but ",
            // (Not "among the" alone: "among the wounded", "among the factions" are common.)
            "mong the dead",
            "mong the killed",
            "mong the victims",
            "mong dead",
            "mong killed",
            "mong victims",
            "killed included",
            "dead included",
        ])
    });
    if !PART_OF.is_match(sentence) {
        return None;
    }
    let lower = sentence.to_ascii_lowercase();
    if sentence.contains("ivilian")
        && let Some(c) = CIVILIANS_OF_DEAD.captures(&lower)
    {
        let n = c
            .name("n")
            .or_else(|| c.name("rest"))
            .or_else(|| c.name("and"))
            .or_else(|| c.name("after"))?;
        return number(n.as_str()).map(OfTheDead::Civilians);
    }
    // (Members of a family are no fighters; a list that goes on to civilians is read by the
    // toll's own civilians: "the dead included 11 gunmen, six SDF fighters and five
    // civilians".)
    if !sentence.contains("ivilian")
        && let Some(c) = FIGHTERS_AMONG_DEAD.captures(&lower)
        && !c[0].contains("famil")
    {
        let second = c.name("b").map_or(Some(0), |b| number(b.as_str()));
        return number(&c["a"])
            .zip(second)
            .map(|(a, b)| OfTheDead::Combatants(a + b));
    }
    let c = COMBATANTS_OF_DEAD.captures(&lower)?;
    // (Members of a family are no fighters.)
    if c.name("body")
        .is_some_and(|b| ["family", "same", "one", "a"].contains(&b.as_str()))
    {
        return None;
    }
    let n = ["n", "after", "other", "but"]
        .iter()
        .find_map(|g| c.name(g))?;
    number(n.as_str()).map(OfTheDead::Combatants)
}

/// Whether a lower-cased clause updates the toll told before it ([`Joining::Updates`]: "rose
/// to", "bringing the toll to"), without asking whether it adds to it.
fn updates_lowered(lower: &str) -> bool {
    static UPDATE_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        words(&[
            "rose",
            "risen",
            "rises",
            "climbed",
            "increased",
            "reached",
            "bringing",
            "rais",
            "now",
            "revised",
            "corrected",
            "updated:",
            // A log's closing count: "Tally: 2 KIA + 1 DOW".
            "tally:",
            // ("By nightfall the Civil Defence said it had recovered seven bodies": later that
            // day, a later count.)
            "by nightfall",
            "by evening",
            "by the evening",
            "by the end of the day",
            // ("the agency later said that at least 32 civilians … had died".)
            "later said",
            "later reported",
            "later put",
            // ("the toll was later confirmed at 5".)
            "confirmed at",
        ])
    });
    UPDATE_WORDS.is_match(lower) && UPDATES.is_match(lower)
}

/// Whether a clause's toll is told by the voice before it: no source speaks in it, and it
/// neither gives nor updates a toll of its own ("the units killed eleven of the attackers",
/// not "SOHR put the toll at 7").
pub fn same_voice(clause: &str) -> bool {
    static VOICES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        // ("the opposition liaison gives the same two dead": a second voice, the same dead.)
        words_in_any_case(&[
            "said",
            "says",
            "report",
            "claim",
            "according",
            "toll",
            "gave",
            "gives",
            "same",
            "update",
            "documented",
            "told",
            // ("… while SOHR put ISIS losses at 16".)
            " put ",
        ])
    });
    // (A source named before a colon speaks: "Turkish Ministry of Defence: 13 dead; SOHR: 13
    // dead".)
    let speaker = clause
        .trim_start()
        .split_once(": ")
        .is_some_and(|(who, _)| {
            who.starts_with(|c: char| c.is_ascii_uppercase()) && who.split_whitespace().count() <= 4
        });
    // (Nor does one who acknowledges a count.)
    !VOICES.is_match(clause) && !speaker && !acknowledges_a_count(clause)
}

/// Whether a clause's speaker acknowledges a count ("…; a pro-government military source
/// acknowledged 17 dead in total"): another voice's figure — not a side's own dead,
/// "acknowledged the deaths of two soldiers".
fn acknowledges_a_count(clause: &str) -> bool {
    clause.match_indices("acknowledged ").any(|(at, w)| {
        clause[at + w.len()..]
            .split_whitespace()
            .next()
            .is_some_and(|n| number(n).is_some() || n == "at")
    })
}

/// How the toll of `clause` relates to one told before it of the same act.
pub fn joining(clause: &str) -> Joining {
    let lower = clause.to_ascii_lowercase();
    // (Byte searches for the words each pattern needs spare most clauses the patterns, whose
    // first words — "a", "were" — are everywhere.)
    static ADDS_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        words(&[
            "also",
            "as well",
            "in the same",
            "in the crossfire",
            "later",
            "subsequently",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "updated",
            "lost",
            "losses",
            "acknowledged the death",
            "admitted the death",
            "announced the death",
            // ("Hezbollah mourned four of its fighters killed in the battle".)
            "mourned",
            "one of the",
            "of the injured",
            "of the wounded",
            "of the wia",
            "bomber",
            "attacker",
            "more",
            // (A log's wounded who died since: "severely injured; died of wounds".)
            "; died",
            ", died",
            "passed away",
            "; succumbed",
            "death of a",
            // ("Another soldier died of his wounds the following day".)
            "another",
            // ("The wife succumbed to her wounds the following day": one of the wounded.)
            "succumbed",
            "of his wounds",
            "of her wounds",
            "of his injuries",
            "of her injuries",
            // ("A child wounded in the attack died of his wounds the following day".)
            "wounded in the",
            "injured in the",
            // ("Three of the roughly thirty wounded died overnight".)
            "wounded died",
            "injured died",
        ])
    });
    // "The death toll rose from six after three of the wounded succumbed": how the toll told
    // before came to be, no more dead. ("Separately, Hezbollah announced the deaths of two of
    // its fighters in the Qalamoun region": another act's dead.)
    if lower.trim_start().starts_with("separately")
        || [
            "rose from",
            "risen from",
            "climbed from",
            "increased from",
            "up from",
            // ("The toll had stood at five on Monday evening before three of the wounded died".)
            "stood at",
        ]
        .iter()
        .any(|w| lower.contains(w))
    {
        Joining::Told
    } else if updates_lowered(&lower)
        // (A coder's own figure stands over the words before it: "Opposition media claimed
        // dozens … were killed. Unknown fatalities coded as 10.")
        || coder_estimate(&lower).is_some()
    {
        Joining::Updates
    } else if ADDS_WORDS.is_match(&lower) && ADDS.is_match(&lower) {
        Joining::Adds
    } else {
        Joining::Told
    }
}

/// An investigation's own finding ("We cross-referenced funeral notices … and could confirm
/// the names of 19 civilians killed", "Our assessment is that at least 11 civilians were
/// killed", "We consider eight the most credible figure"): the writer's count, which stands
/// over the sources' it weighed, higher or lower.
pub fn finding(clause: &str) -> bool {
    // (The writer speaks — "we", "our" — and finds: the verb may come well after its subject,
    // "We cross-referenced funeral notices, … and could confirm the names of 19 civilians".)
    static SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
        crate::regex_with_room(r"(?-u)\b(?:we|our\s+(?:team|researchers|investigators|assessment|verdict|finding|findings|conclusion|count))\b|\bbottom\s+line:").expect("valid")
    });
    static FINDS: LazyLock<Regex> = LazyLock::new(|| {
        crate::regex_with_room(r"(?-u)\b(?:confirm(?:ed)?|document(?:ed)?|identified|count(?:ed)?|assess|consider|found|find|verified|concluded|assessment|verdict|finding|findings|conclusion|bottom\s+line)\b").expect("valid")
    });
    let lower = clause.to_ascii_lowercase();
    (lower.contains("we ") || lower.contains("our ") || lower.contains("bottom line"))
        && SPEAKS.is_match(&lower)
        && FINDS.is_match(&lower)
}

/// Two tolls of one act's dead told apart ("19 regime soldiers were killed. 14 opposition
/// fighters were also killed"): their sum, figure by figure.
pub fn added(a: Fatalities, b: Fatalities) -> Fatalities {
    let sum = |x: Option<u32>, y: Option<u32>| Some(x? + y?);
    Fatalities {
        low: sum(a.low, b.low),
        best: sum(a.best, b.best),
        high: sum(a.high, b.high),
    }
}

/// Words a text is searched for at once, as written (the quick searches that spare most
/// sentences a pattern: callers pass lower-cased text, or the words in each case).
fn words(list: &[&str]) -> AhoCorasick {
    AhoCorasick::new(list).expect("valid words")
}

/// Words a text is searched for at once, in any case.
fn words_in_any_case(list: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(list)
        .expect("valid words")
}

/// Whether `text` holds any of `words` as written (for a word or two, where an automaton
/// would cost more than it saves).
fn holds_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.contains(w))
}

/// Whether a text holds a word of death ([`DEATH_WORDS`]) in any case: what the reader's
/// sentence search tells `find` of the text it passes.
pub fn tells_of_death(text: &str) -> bool {
    static DEATH: LazyLock<AhoCorasick> = LazyLock::new(|| words_in_any_case(DEATH_WORDS));
    DEATH.is_match(text)
}

/// Whether `text` holds any of `words` (lower case), in any case.
pub(crate) fn holds_any_in_any_case(text: &str, words: &[&str]) -> bool {
    holds_any(&text.to_ascii_lowercase(), words)
}

/// Words of casualties, found inside words too: with [`DEATH_WORDS`], where a sentence may say
/// that none were reported ([`none_reported`]).
pub const CASUALTY_WORDS: &[&str] = &["casualt", "no one", "nobody", "no-one"];

/// "No casualties were reported", "no one was hurt", "Fatalities unknown": no death is
/// reported. ACLED codes these 0; so does the reader, with low and high 0 too where the words
/// say there were none, not that they are unknown.
static NONE_REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(
        r"(?-u)\b(?:(?:no|without|nor)\s+(?:(?:reported|known|immediate|confirmed|human|further)\s+)?(?:(?:damage|injuries|injured|wounded|material damage)\s+(?:or|and|nor)\s+)?(?:casualties|fatalities|deaths|loss of life|losses)|(?:no\s*-?\s*one|nobody)\s+(?:was|were|had been)\s+(?:reported\s+)?(?:killed|hurt|injured|harmed)|(?P<unknown>(?:casualties|fatalities|deaths|losses)(?:\s+(?:are|were|remain|remained))?\s+(?:unknown|unclear|not\s+(?:known|reported|specified|clear))|unknown\s+(?:casualties|fatalities)\b(?:\s*\.|\s*$)))\b",
    )
    .expect("valid")
});

/// Whether a sentence says no deaths were reported (see [`NONE_REPORTED`]): its figures (0),
/// and where it says so.
pub fn none_reported(sentence: &str) -> Option<(Fatalities, Range<usize>)> {
    // (Only sentences with one of the pattern's nouns, in any case, are read by it.)
    static NOUNS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        words(&[
            "asualt", "ATALIT", "atalit", "eath", "EATH", "oss", "OSS", "one", "ONE", "obody",
            "OBODY",
        ])
    });
    if !NOUNS.is_match(sentence) {
        return None;
    }
    let lower = sentence.to_ascii_lowercase();
    let c = NONE_REPORTED.captures(&lower)?;
    let none = c.name("unknown").is_none().then_some(0);
    Some((
        Fatalities {
            low: none,
            best: Some(0),
            high: none,
        },
        c.get(0).expect("group 0").range(),
    ))
}

/// The death toll a sentence states, if it states one; `death_words` says whether it holds
/// any of [`DEATH_WORDS`] (none, no toll: "left five people" alone is no death).
pub fn find(sentence: &str, death_words: bool) -> Option<TollMention> {
    if !death_words {
        return None;
    }
    // (Lower-cased once, as `find_toll` reads it: the same offsets as the sentence.)
    let lower = lowered(sentence);
    let mut toll = find_lowered(&lower)?;
    // "… stormed the ISIS headquarters in the town after news spread that the group had killed
    // a local Free Syrian Army commander": a killing told as what came before, not the act's.
    if lower[..toll.at.start].ends_with(" had ")
        && lower[..toll.at.start]
            .split_whitespace()
            .rev()
            .take(8)
            .any(|w| w == "after")
    {
        return None;
    }
    // "… set a GS vehicle on fire, protesting the killing of a local man the day before": the
    // dead a protest is about are not its own.
    if [
        "protesting the ",
        "protest the ",
        "protest at the ",
        "protest against the ",
        "protest over the ",
        "denouncing the ",
        "condemning the ",
    ]
    .iter()
    .any(|w| lower[..toll.at.start].ends_with(w))
        // (Nor the death that brought them out: "several hundred people protested … after a
        // young man from the town died under torture in detention".)
        || lower[..toll.at.start].ends_with(" after ")
            && holds_any(
                &lower[..toll.at.start],
                &["protested", "demonstrated", "rallied", "protest", "demonstration"],
            )
        // (Nor are those a charge names: "accusing him of running over and killing a child".)
        || lower[..toll.at.start]
            .split_whitespace()
            .rev()
            .take(6)
            .any(|w| w == "accusing")
    {
        return None;
    }
    // "… shot dead a local council member and his son": one more, of the victim's kin (not
    // "He was killed and his son was injured").
    if toll.fatalities == figures(1, None)
        && let Some(kin) = AND_KIN.captures(&lower[toll.at.end..])
        && let Some(count) = kin.name("n").map_or(Some(1), |n| number(n.as_str()))
        && let kin = kin.get(0).expect("group 0")
        && !wounded_follow(&lower[toll.at.end + kin.end()..], 2)
    {
        toll.fatalities = figures(1 + count, None);
        toll.at.end += kin.end();
    }
    // (Not one who lived: "One member of the gang was killed and the detained man was freed".)
    if toll.fatalities.low.is_some()
        && let Some(one) = AND_THE_ONE.find(&lower[toll.at.end..])
        && !wounded_follow(&lower[toll.at.end + one.end()..], 3)
        && !lower[toll.at.end + one.end()..]
            .split_whitespace()
            .take(3)
            .any(|w| {
                ["freed", "released", "survived", "escaped", "unharmed"]
                    .contains(&w.trim_end_matches(['.', ',', ';']))
            })
    {
        toll.fatalities = added(toll.fatalities, figures(1, None));
        toll.at.end += one.end();
    }
    // "At least three people were killed on each side", "four fighters from each side were
    // killed": each side's dead, twice the figure.
    const EACH_SIDE: &[&str] = &["on each side", "on either side", "from each side"];
    let after = &lower[toll.at.end..];
    let spaces = after.len() - after.trim_start().len();
    let each_after = EACH_SIDE.iter().find(|w| after[spaces..].starts_with(*w));
    if toll.fatalities.low.is_some()
        && (each_after.is_some() || EACH_SIDE.iter().any(|w| lower[toll.at.clone()].contains(w)))
    {
        toll.fatalities = added(toll.fatalities, toll.fatalities);
        toll.at.end += each_after.map_or(0, |w| spaces + w.len());
    }
    // "the bomber and two members of the Internal Security Forces were killed": one more.
    if toll.fatalities.low.is_some()
        && let Some(bomber) = ATTACKER_AND.find(&lower[..toll.at.start])
    {
        toll.fatalities = added(toll.fatalities, figures(1, None));
        toll.at.start = bomber.start();
    }
    if toll.fatalities.low.is_some()
        && let Some(attacker) = AS_WAS_THE_ATTACKER.captures(&lower[toll.at.end..])
    {
        let attackers = match attacker.name("n") {
            Some(n) => number(n.as_str()),
            None => Some(if attacker.name("both").is_some() {
                2
            } else {
                1
            }),
        };
        toll.fatalities = added(toll.fatalities, figures(attackers.unwrap_or(1), None));
        toll.at.end += attacker.get(0).expect("group 0").end();
    }
    // "1 civ KIA on impact, 4 WIA, of whom 1 DOW overnight", "9 SAA KIA, 4 WIA; 1 of the WIA
    // DoW today": the wounded who died since.
    if toll.fatalities.low.is_some()
        && holds_any(
            &lower[toll.at.end..],
            &["of whom", "of the wia", "of the wounded", "of the injured"],
        )
        && let Some(died) = OF_WHOM_DIED.captures(&lower[toll.at.end..])
        && let Some(n) = died
            .name("n")
            .or(died.name("m"))
            .and_then(|n| number(n.as_str()))
    {
        toll.fatalities = added(toll.fatalities, figures(n, None));
        toll.at.end += died.get(0).expect("group 0").end();
    }
    // "killing a tribal elder …, and seriously wounding his son, who … died of his wounds
    // today": one wounded who died since.
    if toll.fatalities.low.is_some()
        && lower[toll.at.end..].contains("wounding ")
        && let Some(died) = WOUNDED_WHO_DIED.find(&lower[toll.at.end..])
    {
        toll.fatalities = added(toll.fatalities, figures(1, None));
        toll.at.end += died.end();
    }
    // "The regime lost 5 soldiers, and 2 gunmen were killed": each side's dead, one toll.
    // (Past where the dead fell: "12 soldiers were killed in the fighting, and 7 rebel
    // fighters were killed as well".)
    let toll_end = toll.at.end
        + WHERE_THEY_FELL
            .find(&lower[toll.at.end..])
            .map_or(0, |m| m.end());
    let rest = &sentence[toll_end..];
    let and = rest.len() - rest.trim_start_matches([',', ' ']).len();
    if let Some(c) = AS_WELL_AS.captures(&lower[toll.at.end..])
        // (Not past the wounded: "killing 3 soldiers and wounding 5 others, as well as …".)
        && !c
            .name("between")
            .is_some_and(|b| holds_any(b.as_str(), &["wound", "injur"]))
        && let Some(n) = c.name("n").map_or(Some(1), |n| number(n.as_str()))
    {
        // Whose the added dead are, in the words that name them ("as well as 6 members of
        // Turkish-backed factions"): the civilians of each part, summed.
        let whole = c.get(0).expect("group 0");
        let named_from = c.name("n").map_or(whole.start(), |n| n.start());
        let more = victims(
            &lower[toll.at.end + named_from..]
                .split_inclusive(' ')
                .take(6)
                .collect::<String>(),
        );
        let first = toll
            .civilians
            .or_else(|| civilians_among(toll.victims, toll.fatalities.best));
        toll.civilians = first
            .zip(civilians_among(more, Some(n)))
            .map(|(a, b)| a + b);
        if toll.victims != more {
            toll.victims = Victims::Unspecified;
        }
        toll.fatalities = added(toll.fatalities, figures(n, None));
        toll.at = toll.at.start..toll.at.end + whole.end();
        return Some(toll);
    }
    // ("while" joins two sides' dead as "and" does — "the regime lost 4 soldiers while 2
    // attackers were killed" — unless a second source speaks: see `conflicting`.)
    // ("x4 SAA KIA, x2 JaI KIA": a log joins the sides' dead with a comma.)
    // (Not ", one of whom died …": one of the dead told again; ", one of the attackers was
    // killed" is more.)
    let mut words = rest[and..].split_whitespace().skip(1);
    // (Nor ", who was shot dead by …": the same dead, told how.)
    let part_of_it = words.next() == Some("of")
        && match words.next() {
            Some("the") => words
                .next()
                .is_some_and(|w| DEAD_AGAIN.iter().any(|d| w.starts_with(d))),
            _ => true,
        }
        || rest[and..].starts_with("who ");
    let joined = ["and ", "while ", ""]
        .into_iter()
        .find(|w| {
            rest[and..].starts_with(w) && (!w.is_empty() || rest.starts_with(',') && !part_of_it)
        })
        .filter(|w| *w != "while " || !holds_any(rest, &["reported", "put the", "said", "told"]));
    let mut next_from = (and + joined.map_or(0, str::len)).min(rest.len());
    // ("7 mercenaries were killed and a large number injured, and one of our fighters was
    // martyred": past the wounded to the next dead.)
    if joined.is_some()
        && let Some(end) = rest[next_from..].find(", and ")
        && holds_any(&rest[next_from..next_from + end], &["injured", "wounded"])
        && !tells_of_death(&rest[next_from..next_from + end])
    {
        next_from += end + ", and ".len();
    }
    let next_words = &rest[next_from..];
    if joined.is_some()
        && let Some(next) = find_toll(next_words, tells_of_death(next_words))

        // (Right at the start, after a log's "x" — "x2 …" — or after a side's short name —
        // "SAA 5x KIA, AOG 7x KIA".)
        && {
            let lead = next_words[..next.at.start].trim();
            lead.is_empty()
                || lead.eq_ignore_ascii_case("x")
                || lead.len() <= 4 && lead.chars().all(|c| c.is_ascii_alphabetic())
        }
    {
        // ("A woman and her two children were killed, 3 killed in total": the dead counted
        // again, all of them — the first's are among them.)
        let after_next = next_words[next.at.end..].trim_start();
        if ["in total", "in all", "altogether", "overall"]
            .iter()
            .any(|w| after_next.starts_with(w))
        {
            toll.fatalities = next.fatalities;
        } else {
            toll.fatalities = added(toll.fatalities, next.fatalities);
            if toll.victims != next.victims {
                toll.victims = Victims::Unspecified;
            }
            toll.civilians = toll.civilians.zip(next.civilians).map(|(a, b)| a + b);
        }
        toll.at = toll.at.start..toll_end + next_from + next.at.end;
    }
    // "killing nine members of the Kurdi family": a family's members are civilians.
    if toll.victims == Victims::Combatants && OF_A_FAMILY.is_match(&lower[toll.at.end..]) {
        toll.victims = Victims::Civilians;
    }
    // The same figure told again says whose dead they were ("Jihadist infighting kills 62 …
    // At least 62 fighters have been killed").
    if toll.victims == Victims::Unspecified
        && let Some(best) = toll.fatalities.best
        && sentence[toll.at.end..].contains(&best.to_string())
        && let Some(again) = find_toll(&sentence[toll.at.end..], true)
        && again.fatalities.best == toll.fatalities.best
    {
        toll.victims = again.victims;
        toll.civilians = again.civilians;
    }
    if toll.civilians.is_none() {
        let rest = &sentence[toll.at.start..];
        let best = toll.fatalities.best;
        // ("ivilian": a civilian in any case; most tolls name none.)
        let civilians = || {
            let lower = rest.to_ascii_lowercase();
            let c = INCLUDING_CIVILIANS.captures(&lower)?;
            match c.name("n").or_else(|| c.name("of"))?.as_str() {
                "all" => best,
                n => number(n),
            }
        };
        // (Fighters among people: most tolls say neither "of" nor "including", nor name
        // fighters.)
        let fighters = || {
            if !holds_any_in_any_case(
                rest,
                &[
                    "fighter",
                    "soldier",
                    "rebel",
                    "militant",
                    "combatant",
                    "troops",
                    "militia",
                    "gunm",
                    "jihadist",
                ],
            ) {
                return None;
            }
            let lower = rest.to_ascii_lowercase();
            let c = INCLUDING_COMBATANTS.captures(&lower)?;
            let n = ["n", "of", "last"].iter().find_map(|g| c.name(g))?;
            best?.checked_sub(number(n.as_str())?)
        };
        toll.civilians = rest
            .contains("ivilian")
            .then(civilians)
            .flatten()
            .or_else(|| {
                (toll.victims == Victims::Unspecified && holds_any(rest, &[" of ", "including"]))
                    .then(fighters)
                    .flatten()
            })
            .or(civilians_among(toll.victims, best));
    }
    Some(toll)
}

/// Who "one of the …" may be when the dead are told again ("…, one of the victims a child").
const DEAD_AGAIN: &[&str] = &["dead", "victims", "killed", "martyrs", "bodies", "deceased"];

/// A lower-cased copy of a sentence (same offsets) in which a log's counts ("x2 KIA", "x10
/// rockets") read as figures: the "x" before the digits becomes a space. So does the acronym
/// before an ACLED actor's name ("2 QSD: Syrian Democratic Forces members"), which would part
/// the count from its people.
fn lowered(sentence: &str) -> String {
    let original = sentence.as_bytes();
    let mut lower = sentence.to_ascii_lowercase();
    // (Each rule looks only where its mark is — ": ", an "x" — found by a quick search: most
    // clauses have neither.)
    let acronyms: Vec<Range<usize>> = sentence
        .match_indices(": ")
        .filter_map(|(colon, _)| {
            let capitals = original[..colon]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_uppercase())
                .count();
            let start = colon - capitals;
            let word_start = start == 0 || !original[start - 1].is_ascii_alphanumeric();
            (word_start
                && (2..=4).contains(&capitals)
                && original.get(colon + 2).is_some_and(u8::is_ascii_uppercase))
            .then_some(start..colon + 1)
        })
        .collect();
    let bytes = lower.as_bytes();
    let marks: Vec<Range<usize>> = lower
        .match_indices('x')
        .map(|(i, _)| i)
        .filter(|&i| {
            // "x2" before the count, or "2x" after it ("3x civ KIA", "SAA 5x KIA").
            let before = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            let after = i > 0
                && bytes[i - 1].is_ascii_digit()
                && !bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
            before || after
        })
        .map(|i| i..i + 1)
        .collect();
    // A casualty log's sexes and ages in brackets stand between a count and its verb ("2 boys
    // (M, 12 and 14) killed", "1 child (F, 9) KIA", "Two brothers (8 and 10) were killed"):
    // blanked. One person's sex and age, where no count is told, are the count ("M (52)
    // killed", "shepherd (M, 17) killed"): a "1" on the sex's letter, or where the bracket
    // opened.
    let mut ones = Vec::new();
    let brackets: Vec<Range<usize>> = lower
        .match_indices('(')
        .filter_map(|(open, _)| {
            let close = open + bytes[open..].iter().take(26).position(|&b| b == b')')?;
            let inside = &lower[open + 1..close];
            let before = lower[..open].trim_end();
            let word_at = before
                .rfind([' ', ',', ';', ':', '.', '('])
                .map_or(0, |i| i + 1);
            let word = &before[word_at..];
            // (A lone age after a sex's letter is one person's too: "M (52)".)
            let (people, sexed) = people_in_brackets(inside).or_else(|| {
                (ONE_OF_A_KIND.contains(&word) && inside.trim().parse::<u8>().is_ok())
                    .then_some((1, false))
            })?;
            if people == 1 {
                let counted = before[..word_at]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| {
                        number(w).is_some()
                            || matches!(w, "a" | "an" | "the" | "his" | "her" | "their")
                    });
                if matches!(word, "m" | "f") {
                    ones.push(word_at);
                } else if word.bytes().all(|b| b.is_ascii_lowercase())
                    && !word.ends_with('s')
                    && !counted
                    // (A lone age after a person's word leaves the word to be read as one:
                    // "farmer (52) killed".)
                    && sexed
                {
                    ones.push(open);
                }
            }
            Some(open..close + 1)
        })
        .collect();
    // A local network named for its town and the hours it reports ("Suwayda 24 named 9
    // civilians killed", "Daraa 24 reported that …"): no count.
    let outlets: Vec<Range<usize>> = lower
        .match_indices(" 24")
        .map(|(i, _)| i + 1..i + 3)
        .filter(|at| {
            let town = lower[..at.start - 1].rsplit(' ').next().unwrap_or("");
            let next = lower[at.end..].trim_start();
            [
                "suwayda",
                "sweida",
                "daraa",
                "deirezzor",
                "ezzor",
                "raqqa",
                "hasakah",
            ]
            .contains(&town)
                && (next.starts_with([',', ':', '/', ')'])
                    || [
                        "reported",
                        "said",
                        "named",
                        "network",
                        "documented",
                        "stated",
                        "says",
                        "reports",
                    ]
                    .iter()
                    .any(|w| next.starts_with(w)))
        })
        .collect();
    // A vague count quoted as its source put it ("'a few' dead and 11 wounded per the local
    // council", "said ‘several’ were killed"): the count, unquoted.
    let quoted: Vec<Range<usize>> = ["'", "‘", "\""]
        .iter()
        .flat_map(|open| lower.match_indices(open))
        .filter_map(|(at, open)| {
            let inside = at + open.len();
            let word = ["a few", "several", "dozens", "many", "scores", "a handful"]
                .iter()
                .find(|w| lower[inside..].starts_with(*w))?;
            let close = ["'", "’", "\""]
                .iter()
                .find(|c| lower[inside + word.len()..].starts_with(*c))?;
            let end = inside + word.len();
            (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
                .then(|| [at..inside, end..end + close.len()])
        })
        .flatten()
        .collect();
    for blank in acronyms
        .into_iter()
        .chain(marks)
        .chain(brackets)
        .chain(outlets)
        .chain(quoted)
    {
        let spaces = " ".repeat(blank.len());
        lower.replace_range(blank, &spaces);
    }
    for one in ones {
        lower.replace_range(one..one + 1, "1");
    }
    lower
}

/// The words after which a lone age in brackets is one person's ("M (52)", "1 M adult (34)",
/// "shepherd (40)"): not a name's ("Roshan (12)") nor a count's ("Latakia province (3)").
const ONE_OF_A_KIND: &[&str] = &[
    "m", "f", "adult", "child", "boy", "girl", "man", "woman", "shepherd", "farmer", "driver",
];

/// How many people a bracket of a casualty log's sexes and ages describes ("m, 41", "m, 12
/// and 14", "approx. 35", "8 and 10", "f"), and whether it tells a sex; none where it holds
/// anything else, or a lone figure ("Latakia province (3)", "is retained (18)", "Roshan (12)" are left as written).
fn people_in_brackets(inside: &str) -> Option<(usize, bool)> {
    let (mut ages, mut sexes, mut approximate) = (0, 0, false);
    for token in inside.split([' ', ',', ';']).filter(|t| !t.is_empty()) {
        match token {
            "m" | "f" => sexes += 1,
            "approx." | "approx" | "aged" | "c." | "ca." => approximate = true,
            "and" | "&" => {}
            t if t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit()) => ages += 1,
            _ => return None,
        }
    }
    (sexes > 0 || ages > 1 || approximate && ages > 0)
        .then_some((usize::max(ages, sexes), sexes > 0))
}

/// The toll a pattern's match states: its figure (with the match's qualifier, `least`), who
/// died as the words at `at` say, and where.
fn mention(n: u32, c: &regex::Captures<'_>, sentence: &str, at: Range<usize>) -> TollMention {
    let least = c.name("least").map(|m| m.as_str());
    let mut fatalities = figures(n, least);
    // "killed between 30 and 150 people": the lower figure, as ACLED codes a range, and the
    // higher as its high end.
    if least.is_some_and(|q| q.starts_with("between"))
        && let Some(n_end) = c.name("n").map(|m| m.end())
    {
        fatalities.high = sentence[n_end..]
            .trim_start()
            .strip_prefix("and ")
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(number)
            .filter(|high| *high > n);
    }
    if let Some(high) = c.name("high").and_then(|m| number(m.as_str())) {
        fatalities.high = Some(high).filter(|high| *high > n);
    }
    // ("the Observatory raised its toll to 21 civilians": who the figure counts, right after
    // it.)
    let mut at = at;
    let after = &sentence[at.end..];
    if let Some(word) = ["civilians", "civilian"]
        .iter()
        .find(|w| after.strip_prefix(' ').is_some_and(|a| a.starts_with(*w)))
    {
        at.end += 1 + word.len();
    }
    // (Whose dead they are, from the count on where those words say: "the death toll from the
    // terrorist rocket attacks … rose to nine civilians".)
    let counted = c
        .name("n")
        .filter(|n| at.contains(&n.start()))
        .map(|n| victims(&sentence[n.start()..at.end]))
        .filter(|v| *v != Victims::Unspecified);
    TollMention {
        fatalities,
        victims: counted.unwrap_or_else(|| victims(&sentence[at.clone()])),
        civilians: None,
        at,
    }
}

/// [`find`] before the civilians among the dead are counted.
/// Whether the words just before a noun deny it: a "no" among the three before, in the same
/// phrase ("no fatalities", "no SDF fatalities", "no civilian fatalities").
fn denied(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(3)
        .take_while(|w| !w.ends_with([',', ';', '.', ':']))
        .any(|w| w == "no")
}

fn find_toll(sentence: &str, death_words: bool) -> Option<TollMention> {
    if !death_words {
        return None;
    }
    // The patterns are lower case and ASCII, and read a lower-cased copy (same offsets): a
    // case-sensitive pattern keeps its literals, which the regex engine skips ahead to.
    find_lowered(&lowered(sentence))
}

/// [`find_toll`] in a sentence [`lowered`] already.
fn find_lowered(sentence: &str) -> Option<TollMention> {
    // A coder's or a researcher's own figure is the clause's toll, whatever the sources' it
    // weighs ("SOHR reports 3 soldiers killed, pro-gov pages report 2 'martyrs' – coded
    // conservatively as 2 fatalities", "Toll retained here: 89.").
    if sentence.contains("retained")
        && let Some(c) = RETAINED.captures(sentence)
    {
        let n: u32 = c["n"].parse().ok()?;
        return Some(mention(n, &c, sentence, c.get(0).expect("group 0").range()));
    }
    // "SOHR reported a total of 70 deaths: 52 rebel fighters, …": the total, before its parts.
    if sentence.contains("total of")
        && let Some(c) = TOTAL_OF.captures(sentence)
        && let Some(n) = number(&c["n"])
    {
        return Some(mention(n, &c, sentence, c.get(0).expect("group 0").range()));
    }
    if let Some((n, at)) = coder_estimate(sentence) {
        return Some(TollMention {
            fatalities: estimated(n),
            victims: victims(at.as_str()),
            civilians: None,
            at: at.range(),
        });
    }
    // A clause whose subject is the toll ("The toll of yesterday's shelling has risen to 4: two
    // children died …") gives the whole of it before its parts; "…, raising the toll to 17"
    // later in a clause is a wider count, read after the clause's own.
    // ("Update: the number of victims of this morning's shelling … has risen to 9, including
    // 4 children, after two of the wounded died".)
    let lead = sentence.trim_start();
    let lead = lead.strip_prefix("update:").map_or(lead, str::trim_start);
    if [
        "the toll",
        "the death toll",
        "toll",
        "death toll",
        "the number of victims",
        "the number of martyrs",
        "the number of dead",
    ]
    .iter()
    .any(|w| lead.starts_with(w))
        && let Some(c) = TOLL_ROSE.captures(sentence)
        && let Some(n) = number(&c["n"])
    {
        return Some(mention(n, &c, sentence, c.get(0).expect("group 0").range()));
    }
    if sentence.contains("family of")
        && let Some(c) = FAMILY_OF.captures(sentence)
        && let Some(n) = number(&c["n"])
    {
        return Some(TollMention {
            fatalities: figures(n, None),
            victims: Victims::Civilians,
            civilians: None,
            at: c.get(0).expect("group 0").range(),
        });
    }
    // Two counts summed, asked for once, where a second count opens (the pattern begins with
    // a count, which is everywhere).
    let mut summed = None;
    let mut sum_once = || {
        summed
            .get_or_insert_with(|| {
                SECOND_COUNT
                    .is_match(sentence)
                    .then(|| sum(sentence))
                    .flatten()
            })
            .clone()
    };
    // People listed one by one ("a woman and her two children") before bare numbers (where a
    // verb of death governs them: before or after) — unless a sum begins before them ("Three
    // of our medical staff and 11 patients were killed").
    if (holds_any(sentence, FAMILY_VERBS) || holds_any(sentence, FAMILY_PASSIVES))
        && let Some(c) = FAMILY.captures_iter(sentence).find(|c| {
            (c.name("verb").is_some() || c.name("passive").is_some()) && !breaks_down(sentence, c)
        })
    {
        let list = c["list"].to_lowercase();
        // ("killing the driver, a man in his 40s": one person and what he was, no list.)
        let list = match list.split_once(',') {
            Some((first, rest))
                if !list.contains("and ")
                    && !rest.contains(',')
                    && (rest.trim_start().starts_with("a ")
                        || rest.trim_start().starts_with("an ")) =>
            {
                first.to_owned()
            }
            _ => list,
        };
        let mut total = listed_dead(&list);
        // "killing 3 men, two brothers and their cousin": the dead counted, then named (an
        // apposition), once.
        // (Not "killing 2 men, a woman and a 12-year-old boy": four, of whom two men.)
        if let Some((first, rest)) = list.split_once(',')
            && rest.contains(" and ")
            && let Some(counted) = first.split_whitespace().next().and_then(number)
            && match first.split_whitespace().last() {
                Some("men") => !holds_any(
                    rest,
                    &[
                        "wom", "girl", "boy", "child", "baby", "mother", "wife", "daughter",
                        "sister",
                    ],
                ),
                Some(kind) => ["people", "persons", "civilians", "residents"].contains(&kind),
                None => false,
            }
            && counted == listed_dead(rest)
        {
            total = counted;
        }
        // "George, aged 11, and his parents": one named before the list.
        if NAMED_BEFORE.is_match(&sentence[..c.get(0).expect("group 0").start()]) {
            total += 1;
        }
        if total > 0 {
            // (Nor where a sum reads further from where the list begins: "killing three
            // children from the same family and a woman".)
            let listed = c.get(0).expect("group 0").range();
            if let Some(toll) = sum_once()
                && (toll.at.start < listed.start
                    || toll.at.start == listed.start && toll.at.end > listed.end)
            {
                return Some(toll);
            }
            return Some(TollMention {
                fatalities: Fatalities {
                    low: Some(total),
                    best: Some(total),
                    high: Some(total),
                },
                victims: Victims::Civilians,
                civilians: None,
                at: c.get(0).expect("group 0").range(),
            });
        }
    }
    if let Some(toll) = sum_once() {
        return Some(toll);
    }
    // (Before the patterns that read one item: "Toll so far: 4 SDF, 2 tribal fighters dead".)
    if (sentence.contains(':') || sentence.contains("fatalities include"))
        && let Some(c) = FATALITIES_LIST.captures(sentence)
        // (A record's victims are its dead only where nothing else is told of them, but who
        // they were in brackets: "Victims: 4 (3 M adult, 1 M child)", not "Victims: 7
        // arrested" — one count.)
        && (!c[0].starts_with("victims") || {
            let list = c["list"].trim_end();
            let after = list.trim_start_matches(|ch: char| ch.is_ascii_digit()).trim();
            after.is_empty() || after.starts_with('(') && after.ends_with(')')
        })
    {
        // Each item's count, up to the first item that begins with none ("4 SDF members, 3
        // tribal fighters and 2 civilians", "5 men, 2 women and a child").
        let list = c.name("list").expect("matched");
        let (mut n, mut end) = (0, list.start());
        let items = if c[0].starts_with("victims") {
            list.as_str().split('(').take(1).collect::<Vec<_>>()
        } else {
            // (Not at a comma in brackets: "Fatalities: 4 civilians (2 women, 2 children)".)
            let mut depth = 0_i32;
            list.as_str()
                .split(|ch: char| {
                    depth += i32::from(ch == '(') - i32::from(ch == ')');
                    ch == ',' && depth == 0
                })
                // (A log's tally adds with "+": "Tally: 2 KIA + 1 DOW".)
                .flat_map(|part| part.split(" and ").flat_map(|part| part.split('+')))
                .collect()
        };
        for item in items {
            let Some(count) = item.split_whitespace().next().and_then(number) else {
                break;
            };
            // (Not the wounded or the held a tally counts beside: "Tally: 0 KIA, 0 WIA, 3
            // detained".)
            // (The sentence is lower-cased already.)
            if holds_any(
                item,
                &["wia", "wounded", "injur", "detain", "arrest", "missing"],
            ) {
                continue;
            }
            n += count;
            end = item.as_ptr() as usize - sentence.as_ptr() as usize + item.trim_end().len();
        }
        let at = c.get(0).expect("group 0").start()..end;
        return Some(TollMention {
            fatalities: figures(n, None),
            victims: victims(&sentence[at.clone()]),
            civilians: None,
            at,
        });
    }
    // Each pattern with the words it needs, asked for only when its turn comes: most clauses
    // find their toll before the last patterns (and a pattern's automaton, cold in the cache,
    // costs more than the byte searches that spare it).
    let tried: [(&Regex, &dyn Fn() -> bool); 15] = [
        (&*RANGED, &|| holds_any(sentence, &[" rang", " var"])),
        (&*N_INCLUDING_KILLED, &|| {
            holds_any(sentence, &["including", "among them"])
        }),
        (&*LOST, &|| holds_any(sentence, &["lost", "losing"])),
        (&*KILLED_N, &|| true),
        (&*OF_OURS, &|| sentence.contains(" of our")),
        (&*WHO_KILLED, &|| {
            holds_any(sentence, &[" who ", ", a", " described "])
                && holds_any(sentence, &[" were ", " have been "])
        }),
        (&*GROUP_OF, &|| sentence.contains("group of")),
        // ("3 servicemen of the Syrian Arab Army were killed, 4 militants were eliminated":
        // the first count, whose people are named at length.)
        (&*MEMBERS_OF_KILLED, &|| {
            static MEMBERS_OF: LazyLock<AhoCorasick> = LazyLock::new(|| {
                words(&[
                    "members of",
                    "member of",
                    "fighters of",
                    "fighter of",
                    "soldiers of",
                    "soldier of",
                    "servicemen of",
                    "serviceman of",
                    "officers of",
                    "officer of",
                    "militants of",
                    "militant of",
                    "elements of",
                    "element of",
                    "personnel of",
                ])
            });
            MEMBERS_OF.is_match(sentence)
        }),
        // (Before a count and its verb, which would read "a wall and shot them dead" as one.)
        (&*THEM_KILLED, &|| sentence.contains(" them")),
        (&*N_KILLED, &|| {
            static DEATHS_TOLD: LazyLock<AhoCorasick> = LazyLock::new(|| {
                words(&[
                    "killed",
                    "dead",
                    "died",
                    "executed",
                    "bodies",
                    "fatalit",
                    "deaths",
                    "kia",
                    "lost their lives",
                    "martyr",
                    "eliminated",
                    "neutrali",
                    " k.",
                ])
            });
            DEATHS_TOLD.is_match(sentence)
        }),
        (&*N_PEOPLE_DOING_KILLED, &|| {
            holds_any(
                sentence,
                &[" were ", " was ", " been ", " killed,", " killed;"],
            ) || sentence.trim_end().ends_with(" killed")
                || sentence.trim_end().ends_with(" killed.")
        }),
        (&*TOLL_ROSE, &|| {
            holds_any(
                sentence,
                &[
                    "toll",
                    "number of",
                    "raising",
                    "bringing",
                    "raised",
                    "brought",
                    "the figure",
                    "losses",
                    "the dead at",
                ],
            )
        }),
        (&*LIVES_OF, &|| sentence.contains(" the li")),
        (&*WOUNDED_DIED_SINCE, &|| {
            holds_any(
                sentence,
                &["of the wia", "of the wounded", "of the injured"],
            )
        }),
        (&*WOUNDED_THEN_DIED, &|| {
            holds_any(sentence, &["wia", "injured", "wounded", "inj."])
                && holds_any(sentence, &["died", "passed away", "succumbed"])
        }),
    ];
    for pattern in tried
        .into_iter()
        .filter_map(|(p, needed)| needed().then_some(p))
    {
        let mut from = 0;
        while let Some(c) = pattern.captures_at(sentence, from) {
            let whole = c.get(0).expect("group 0");
            from = whole.end();
            // (Not before a verb whose count follows it: "raids on one of them killed 17
            // civilians".)
            if !std::ptr::eq(pattern, &*KILLED_N) && breaks_down(sentence, &c) {
                continue;
            }
            let Some(n) = c.name("n").and_then(|n| number(n.as_str())) else {
                continue;
            };
            // A year is skipped, and the search goes on right after it (the toll may follow).
            let at = c.name("n").expect("matched").range();
            // "Jul 7 2016 2 Civilians Killed", "612 A woman and child were killed": a figure
            // followed at once by another is part of a date or a heading, not the count.
            // (Nor is a figure a speaker's name ends with: "Deir Ezzor 24 said five civilians
            // were killed".)
            if sentence[at.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    number(w).is_some() || ["said", "says", "reported", "reports"].contains(&w)
                })
            {
                from = at.end;
                continue;
            }
            // ("A third child, a boy of four, died": one more, told by `joining`; the
            // appositive is not the count's.)
            if std::ptr::eq(pattern, &*N_KILLED)
                && matches!(&sentence[at.clone()], "a" | "an")
                && whole.as_str().contains(',')
            {
                continue;
            }
            // "No one was killed on either side": no one. "Six members of one family": the
            // count is the members'. "Three civilians from one family were killed": the count
            // is where they were from (not a range's: "range from 41 … to 56").
            // "…, in addition to 2 fighters of FaR who were killed in the same strikes": dead
            // added to a toll told before, read with it (see `AS_WELL_AS`).
            if sentence[..at.start].ends_with("no ")
                || sentence[..at.start].ends_with("members of ")
                || sentence[..at.start].ends_with("from ") && !std::ptr::eq(pattern, &*RANGED)
                || sentence[..at.start].ends_with("in addition to ")
            {
                continue;
            }
            // "one of three civilians shot dead": the three, counted next.
            if sentence[at.end..]
                .strip_prefix(" of ")
                .and_then(|rest| rest.split_whitespace().next())
                .is_some_and(|w| number(w).is_some())
            {
                from = at.end;
                continue;
            }
            // "a number of", "a few": no figure, but a vague toll (read last).
            if matches!(&sentence[at.clone()], "a" | "an")
                && [
                    "number of",
                    "few",
                    "handful",
                    "lot of",
                    // ("most were shot at close range, and a smaller number were killed with
                    // knives".)
                    "smaller number",
                    "larger number",
                    "small number",
                    "large number",
                ]
                .iter()
                .any(|w| sentence[at.end..].trim_start().starts_with(w))
            {
                continue;
            }
            // (Nor a day of the month: "HAMA, Jan 15 - Two people were killed".)
            if is_year(sentence, at.clone())
                || sentence[..at.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| {
                        truce_core::when::month_number(w.trim_end_matches('.')).is_some()
                    })
            {
                from = at.end;
                continue;
            }
            // "two people were wounded and one killed": the figure must not be of the wounded.
            // ("Two of the wounded died": the dead, who had been wounded — unless the clause
            // gives the toll they raise: "…, raising the death toll to 7".)
            let text = whole.as_str();
            // (However many they were: "Three of the roughly thirty wounded died".)
            static OF_THE_WOUNDED: LazyLock<Regex> = LazyLock::new(|| {
                crate::regex_with_room(concat!(
                    r"(?-u)\bof\s+the\s+",
                    wounded_counted!(),
                    r"(?:wounded|injured)\b"
                ))
                .expect("valid")
            });
            // (Asked only of the few matches that name the wounded at all.)
            if (text.contains("wounded") || text.contains("injured"))
                && (!OF_THE_WOUNDED.is_match(text) || updates_lowered(sentence))
                && !std::ptr::eq(pattern, &*WOUNDED_THEN_DIED)
            {
                continue;
            }
            // "kills 16 in rebel-held Aleppo": who died is not said when a preposition comes
            // between the figure and the people word, or that word begins a compound; then
            // only the verb and the figure stand.
            let who = c.name("who");
            let who_said = who.is_some_and(|who| {
                !sentence[who.end()..].starts_with('-')
                    && !who
                        .as_str()
                        .split_whitespace()
                        .any(|w| PREPOSITIONS.contains(&w))
            });
            // "killed a …" names no figure without the people it counts ("killed a total of"),
            // and a bare figure followed by the wounded counts them ("killed over 70 injured").
            if std::ptr::eq(pattern, &*KILLED_N)
                && !who_said
                && (matches!(&sentence[at.clone()], "a" | "an")
                    || wounded_follow(&sentence[at.end..], 1))
            {
                continue;
            }
            let at = if who.is_some() && !who_said {
                whole.start()..at.end
            } else {
                whole.range()
            };
            // "… blew himself up, killing himself and 6 others": the bomber counts (as ACLED
            // counts a dead perpetrator).
            // ("6 gunmen killed and 2 of our fighters martyred": the count told first, to
            // which the side's own dead are added.)
            // (Whatever toll is told first: "Eleven members of the militias were killed …;
            // three of our fighters were martyred".)
            if std::ptr::eq(pattern, &*OF_OURS)
                && find_toll(&sentence[..whole.start()], true).is_some()
            {
                continue;
            }
            let n = n + u32::from(c.name("bomber").is_some());
            return Some(mention(n, &c, sentence, at));
        }
    }
    if sentence.contains("bod")
        && let Some(c) = BODIES.captures(sentence)
    {
        let n = match c.name("the") {
            Some(_) => 1,
            None => number(c.name("n").or(c.name("m")).or(c.name("k"))?.as_str())?,
        };
        return Some(mention(n, &c, sentence, c.get(0).expect("group 0").range()));
    }
    if let Some(c) = NAMED_DEAD.captures(sentence) {
        let list = c.name("list").expect("matched").as_str();
        let n = u32::try_from(AGE.find_iter(list).count()).unwrap_or(u32::MAX);
        return Some(mention(n, &c, sentence, c.get(0).expect("group 0").range()));
    }
    if let Some(c) = ONE_DEAD.captures(sentence)
        && c.name("no").is_none()
    {
        let at = c.get(0).expect("group 0");
        // Who died is said before "was killed", in the subject; after an active verb, in its
        // object ("gunmen shot dead the mukhtar": not the gunmen).
        let active = [
            "killing",
            "killed",
            "shot dead",
            "assassinat",
            "martyrdom of",
            "death of",
            "claim",
            "cost",
        ]
        .iter()
        .any(|verb| at.as_str().starts_with(verb));
        return Some(TollMention {
            fatalities: figures(1, None),
            victims: victims(if active {
                at.as_str()
            } else {
                &sentence[..at.end()]
            }),
            civilians: None,
            at: at.range(),
        });
    }
    if (sentence.contains(" killed") || sentence.contains(" shot dead"))
        && let Some(at) = TELEGRAPHIC
            .find_iter(sentence)
            .find(|m| !sentence[..m.start()].trim_end().ends_with("no"))
    {
        return Some(TollMention {
            fatalities: figures(1, None),
            victims: victims(at.as_str()),
            civilians: None,
            at: at.range(),
        });
    }
    if sentence.contains("both")
        // ("Dozens of fighters from both sides were killed": not two.)
        && let Some(at) = BOTH
            .find_iter(sentence)
            .find(|m| !m.as_str().contains("sides"))
    {
        return Some(TollMention {
            fatalities: figures(2, None),
            victims: victims(at.as_str()),
            civilians: None,
            at: at.range(),
        });
    }
    // (Every form the pattern reads holds one of the vague words.)
    static VAGUE_WORDS: LazyLock<AhoCorasick> =
        LazyLock::new(|| words(&VAGUE.iter().map(|(word, _)| *word).collect::<Vec<_>>()));
    if VAGUE_WORDS.is_match(sentence)
        && let Some(c) = VAGUE_DEATHS.captures(sentence)
        // ("No fatalities were reported.", "No SDF fatalities were reported.": none.)
        && !c.name("r").is_some_and(|r| denied(&sentence[..r.start()]))
    {
        let word = c
            .name("v")
            .or(c.name("w"))
            .or(c.name("x"))
            .or(c.name("y"))
            .or(c.name("z"))
            .or(c.name("u"))
            .or(c.name("c"))
            .or(c.name("r"))?
            .as_str()
            .to_lowercase();
        let n = VAGUE.iter().find(|(w, _)| *w == word).map(|(_, n)| *n)?;
        let at = c.get(0).expect("group 0");
        // ("repelled an attack …, killing a number of them": the attackers.)
        let them = at.as_str().ends_with(" them");
        return Some(TollMention {
            fatalities: Fatalities {
                low: None,
                best: Some(n),
                high: None,
            },
            victims: if them {
                Victims::Combatants
            } else {
                victims(at.as_str())
            },
            civilians: None,
            at: at.range(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `find` as the reader calls it: told whether the text holds a word of death.
    fn toll(text: &str) -> Option<TollMention> {
        find(text, tells_of_death(text))
    }

    #[test]
    fn two_sources_figures_give_the_lower_and_the_range() {
        let documented = "SANA reported 5 civilians killed, while SOHR documented 4 deaths.";
        let read = toll(documented).expect("a toll").fatalities;
        assert_eq!(conflicting(documented, read).best, Some(4));
        // A toll that rose, told by a source, is no second source's figure.
        let rose = "2 soldiers were killed on the day; the toll rose to 4 the next day, as \
                    reported by local sources.";
        let read = toll(rose).expect("a toll").fatalities;
        assert_eq!(conflicting(rose, read), read);
        // (A count after "while": "… while the Syrian Network for Human Rights counted 41".)
        let counted = "SOHR documented 62 civilians killed, while SNHR counted 41.";
        let read = toll(counted).expect("a toll").fatalities;
        assert_eq!(conflicting(counted, read).best, Some(41));
        // (A source that told someone: "…, while a Faylaq al-Sham official told local media
        // that 44 fighters had been killed".)
        let told = "SOHR reported 61 fighters killed and more than 90 injured, while a Faylaq \
                    al-Sham official told local media that 44 fighters had been killed.";
        let read = toll(told).expect("a toll").fatalities;
        assert_eq!(conflicting(told, read).best, Some(44));
        // (Bodies a second source confirmed: "…, while UN monitors … confirmed at least 92
        // bodies".)
        let confirmed = "The LCC put the death toll at 108, including 49 children and 34 women, \
                         while UN monitors who visited the town confirmed at least 92 bodies.";
        let read = toll(confirmed).expect("a toll").fatalities;
        assert_eq!(conflicting(confirmed, read).best, Some(92));
        let sentence = "State media reported 44 killed; SOHR reported 35.";
        let read = toll(sentence).expect("a toll").fatalities;
        assert_eq!(
            conflicting(sentence, read),
            Fatalities {
                low: Some(35),
                best: Some(35),
                high: Some(44)
            }
        );
        // (A side's claim against a monitor's, in words.)
        let claimed = "The SDF claimed it killed nine SNA fighters; SOHR put the SNA toll at six.";
        let read = toll(claimed).expect("a toll").fatalities;
        assert_eq!(
            conflicting(claimed, read),
            Fatalities {
                low: Some(6),
                best: Some(6),
                high: Some(9)
            }
        );
        let while_ = "SOHR reported 33 people killed, while activists reported at least 30 dead.";
        let read = toll(while_).expect("a toll").fatalities;
        assert_eq!(
            conflicting(while_, read),
            Fatalities {
                low: Some(30),
                best: Some(30),
                high: Some(33)
            }
        );
        let put =
            "Activists reported 11 civilians killed, while the Civil Defence put the figure at 9.";
        let read = toll(put).expect("a toll").fatalities;
        assert_eq!(conflicting(put, read).best, Some(9));
        let second =
            "6 of Falhout's gunmen and 2 local fighters were killed, while SOHR reported 14 dead.";
        let read = toll(second).expect("a toll").fatalities;
        assert_eq!(read.best, Some(8));
        assert_eq!(conflicting(second, read).high, Some(14));
        let claimed = "HTS media claimed 4 regime soldiers were killed; a pro-government source \
                       said 2 soldiers were killed.";
        let read = toll(claimed).expect("a toll").fatalities;
        assert_eq!(conflicting(claimed, read).best, Some(2));
        let acknowledged = "SOHR puts the toll at 23 fighters from both sides; a pro-government \
                            military source acknowledged 17 dead in total.";
        let read = toll(acknowledged).expect("a toll").fatalities;
        assert_eq!(
            conflicting(acknowledged, read),
            disputed(figures(23, None), figures(17, None))
        );
        let dead = "SOHR puts the dead at 4 fighters; a local network says 6.";
        let read = toll(dead).expect("a toll").fatalities;
        assert_eq!(read.best, Some(4));
        assert_eq!(conflicting(dead, read).high, Some(6));
        let documented = "The Islamic Front claimed around 50 regime soldiers were killed; SOHR \
                          documented at least 14 soldiers killed.";
        let read = toll(documented).expect("a toll").fatalities;
        assert_eq!(conflicting(documented, read).best, Some(14));
        let bare = "x5 civ killed incl 2 children per Rastan LC; SOHR reports 4.";
        let read = toll(bare).expect("a toll").fatalities;
        assert_eq!(conflicting(bare, read).best, Some(4));
        // The later figure stands; the other side's own dead are added.
        let updated = "Initial reports x1 killed; updated per LC: x2 dead, 6 WIA.";
        let read = toll(updated).expect("a toll").fatalities;
        assert_eq!(conflicting(updated, read), figures(2, None));
        let coded = "Several militants were reportedly killed; unknown fatalities estimated as 3.";
        let read = toll(coded).expect("a toll").fatalities;
        assert_eq!(conflicting(coded, read).best, Some(3));
        let own = "x3 SAA/NDF KIA per pro-govt pages; rebels claim x1 own KIA.";
        let read = toll(own).expect("a toll").fatalities;
        assert_eq!(conflicting(own, read), figures(4, None));
        for (own, sum) in [
            (
                "Three Syrian soldiers were killed; Lebanese sources reported two gunmen killed on \
                 their side.",
                5,
            ),
            (
                "Local sources reported 4 smugglers killed; the Jordanian army said one of its \
                 soldiers was killed.",
                5,
            ),
            (
                "14 SNA fighters were killed; the SDF said 6 of its fighters were KIA.",
                20,
            ),
        ] {
            let read = toll(own).expect("a toll").fatalities;
            assert_eq!(conflicting(own, read), figures(sum, None), "{own:?}");
        }
        // A second source's count after a comma.
        let counts = "SOHR says 13 civilians killed, the Syrian Civil Defence counts 11.";
        let read = toll(counts).expect("a toll").fatalities;
        assert_eq!(
            conflicting(counts, read),
            Fatalities {
                low: Some(11),
                best: Some(11),
                high: Some(13)
            }
        );
        // (The same side's dead, counted by the side itself: not added.)
        let acknowledged = "GoS claims approx. 20 AOG KIA; opposition acknowledges 6 of its \
                            fighters KIA.";
        let read = toll(acknowledged).expect("a toll").fatalities;
        assert_eq!(conflicting(acknowledged, read).best, Some(20));
        let between = "Reported fatalities range between 10 and 14 from both sides.";
        assert_eq!(
            toll(between).expect("a toll").fatalities,
            Fatalities {
                low: Some(10),
                best: Some(10),
                high: Some(14)
            }
        );
        let ranged = "Figures gathered by the Commission on the number of dead in the market \
                      range from 41, according to the local hospital, to 56, according to \
                      community sources; most were civilians.";
        assert_eq!(
            toll(ranged).expect("a toll").fatalities,
            Fatalities {
                low: Some(41),
                best: Some(41),
                high: Some(56)
            }
        );
        let words = "Local sources reported that 14 people were killed, while other sources put \
                     the death toll at nine";
        let read = toll(words).expect("a toll").fatalities;
        assert_eq!(conflicting(words, read).best, Some(9));
        let one = "State media reported 44 killed.";
        let toll = super::find(one, true).expect("a toll").fatalities;
        assert_eq!(conflicting(one, toll), toll);
    }

    #[test]
    fn the_toll_says_how_many_civilians_died() {
        let civilians = |t: &str| toll(t).and_then(|m| m.civilians);
        let cases: &[(&str, Option<u32>)] = &[
            (
                "seven civilians and two members of HTS were killed",
                Some(7),
            ),
            ("killing 9 people, including 5 civilians", Some(5)),
            // (Whose dead, from the count on.)
            (
                "the death toll from the terrorist rocket attacks on Aleppo neighborhoods rose to \
                 nine civilians",
                Some(9),
            ),
            // (Fighters added after the civilians are none of them.)
            (
                "The explosion killed 42 civilians, including 11 children, as well as 6 members \
                 of Turkish-backed factions",
                Some(42),
            ),
            (
                "17 civilians were killed, among them 6 children and 4 women, in addition to 2 \
                 fighters of FaR who were killed in the same strikes.",
                Some(17),
            ),
            (
                "killing 2 senior commanders of Hurras al Deen, a Jordanian and a Yemeni \
                 national",
                Some(0),
            ),
            (
                "the car bombs killed 57 people, 46 of them civilians",
                Some(46),
            ),
            (
                "50 people were killed in the strike on the hospital, all of them civilians",
                Some(50),
            ),
            (
                "the bombardment of Homs, where 47 people died, four of them rebel fighters",
                Some(43),
            ),
            ("shelling killed 12 people, including 3 soldiers", Some(9)),
            (
                "nine people were killed in the village on Saturday: the seven members of \
                 Mahmoud's family, and two fighters from a local rebel faction",
                Some(7),
            ),
            (
                "Seven people were killed, according to the state news agency SANA and a local \
                 church official: five children, a grandmother, and a member of the \
                 pro-government National Defense Forces militia",
                Some(6),
            ),
            (
                "gunmen killed five people, among them two members of the SDF and three civilians",
                Some(3),
            ),
            ("5 civilians were killed", Some(5)),
            ("killing 7 fighters", Some(0)),
            ("kills 16 in rebel-held Aleppo", None),
            ("3 SDF members and 5 SNA fighters were killed", Some(0)),
            ("killing nine members of the Kurdi family", Some(9)),
            (
                "Six members of one family, among them three children, were killed",
                Some(6),
            ),
            (
                "SOHR said at least 17 civilians, mostly women and children, were killed",
                Some(17),
            ),
            (
                "SOHR has documented the execution of 12 civilian men by the Islamic State",
                Some(12),
            ),
            (
                "On Tuesday evening, the Observatory raised its toll to 21 civilians",
                Some(21),
            ),
        ];
        for &(text, expected) in cases {
            assert_eq!(civilians(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_toll_says_who_died() {
        let who = |t: &str| toll(t).map(|m| m.victims);
        assert_eq!(who("killing 7 fighters"), Some(Victims::Combatants));
        assert_eq!(who("Army kills 48 terrorists"), Some(Victims::Combatants));
        assert_eq!(
            who("kills 16 in rebel-held Aleppo"),
            Some(Victims::Unspecified)
        );
        assert_eq!(who("5 civilians were killed"), Some(Victims::Civilians));
        assert_eq!(
            who("A notorious commander of the brigade was killed"),
            Some(Victims::Combatants)
        );
        assert_eq!(
            who("a woman and her two children were killed"),
            Some(Victims::Civilians)
        );
        assert_eq!(
            who("killed at least 179 people"),
            Some(Victims::Unspecified)
        );
        // The same figure told again says who.
        assert_eq!(
            who(
                "Jihadist infighting kills 62 in east Syria AFP At least 62 fighters have been killed"
            ),
            Some(Victims::Combatants)
        );
        assert_eq!(
            who("Shelling kills 12 in Aleppo: at least 9 fighters were killed"),
            Some(Victims::Unspecified)
        );
    }

    #[test]
    fn tolls_as_texts_state_them() {
        let f = |low: Option<u32>, best: Option<u32>, high: Option<u32>| {
            Some(Fatalities { low, best, high })
        };
        let cases: &[(&str, Option<Fatalities>)] = &[
            (
                "a string of suicide bombings killed at least 179 people",
                f(Some(179), Some(179), None),
            ),
            (
                "The SOHR has raised its death toll from this morning's attack to 72 civilians",
                f(Some(72), Some(72), Some(72)),
            ),
            (
                "By Thursday, as more patients died in hospital, the figure had risen to 86",
                f(Some(86), Some(86), Some(86)),
            ),
            // What they were, in brackets between the count and the verb.
            (
                "2 brothers (Alawite, former NDF per locals) shot dead by unid. gunmen",
                f(Some(2), Some(2), Some(2)),
            ),
            // A log's "k." and "k" for killed, and its sums.
            (
                "air strikes on town; 2 civ k. (1 medic).",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "SOHR: 20 rebs + 15 regime/allied k. today.",
                f(Some(35), Some(35), Some(35)),
            ),
            ("IS VBIED k 29", f(Some(29), Some(29), Some(29))),
            // State media's vague count, coded as ACLED codes "many".
            (
                "restored security to the town after eliminating large numbers of them",
                f(None, Some(10), None),
            ),
            // A vague count quoted as its source put it.
            (
                "IED on a motorbike went off outside a mosque; 'a few' dead and 11 wounded",
                f(None, Some(3), None),
            ),
            // A log's one named victim, without article or verb.
            (
                "Driver killed, engineer seriously injured, third passenger slightly injured.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "national staff logistician of partner NGO shot dead by 2 unidentified gunmen",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "The shelling resulted in the martyrdom of 2 of our fighters and 3 civilians, \
                 among them a child, and the injury of 6 others.",
                f(Some(5), Some(5), Some(5)),
            ),
            // The other side's dead after the wounded; one of the attackers is more dead (not
            // one of the dead told again).
            (
                "7 mercenaries were killed and a large number injured, and one of our fighters \
                 was martyred.",
                f(Some(8), Some(8), Some(8)),
            ),
            (
                "2 of our fighters attained martyrdom, one of the attackers was killed and \
                 another captured.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "Six members of the family, including three children aged between one and three \
                 years, died of asphyxiation",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "3 servicemen of the Syrian Arab Army were killed, 4 militants were eliminated",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "As a result, several militants were eliminated.",
                f(None, Some(10), None),
            ),
            // A side's own dead, as its statements count them, after any count before them.
            (
                "2 of our civilian brothers lost their lives and 9 were wounded.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "1 heroic comrade of ours was martyred and 3 civilians lost their lives",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "6 gunmen killed and 2 of our fighters martyred.",
                f(Some(8), Some(8), Some(8)),
            ),
            // The dead, who they were, then the verb.
            (
                "5 PKK/YPG terrorists who attempted to infiltrate from the Arima line towards our \
                 area were neutralized by our heroic commandos",
                f(Some(5), Some(5), Some(5)),
            ),
            (
                "two Iraqi residents of the camp, a man and his adult son, were reportedly shot dead",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "A group of 3 PKK/YPG terrorists preparing an attack was detected in the Tel Rifat \
                 region and neutralized by our armed UAV.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "fired rocket shells on al-Meridian neighborhood claiming the lives of a man and his \
                 wife",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "the bodies of a woman and her two children and of two young men",
                f(Some(5), Some(5), Some(5)),
            ),
            // A kin word between the possessive and the kin.
            (
                "a farmer and his teenage son were killed in their field",
                f(Some(2), Some(2), Some(2)),
            ),
            // "The bodies of the three men": three, not the article and three.
            (
                "The bodies of the three men, all civilians in their twenties, were handed over \
                 to their families on Saturday.",
                f(Some(3), Some(3), Some(3)),
            ),
            // A sum before a list of kin or kind; a kind listed after a count.
            (
                "Three of our medical staff and 11 patients were killed; the emergency room is \
                 out of service.",
                f(Some(14), Some(14), Some(14)),
            ),
            (
                "rockets struck two schools, killing five children and a teacher",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "a family drove over a landmine, killing the father and two of his children",
                f(Some(3), Some(3), Some(3)),
            ),
            // A ministry's own dead and the attackers'; one dead told again by "who".
            (
                "Three of our heroes rose as martyrs, and a number of the attackers were killed.",
                f(None, Some(13), None),
            ),
            (
                "announced the martyrdom of one of its members, who was shot dead by remnants of \
                 the defunct regime while off duty",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "a group of people assaulted a man on Thursday and beat him to death",
                f(Some(1), Some(1), Some(1)),
            ),
            // One of a count is the count's.
            (
                "the boy was one of three civilians shot dead by snipers on Monday",
                f(Some(3), Some(3), Some(3)),
            ),
            // Those counted, then what befell them.
            (
                "Gunmen dragged seven men from one family out of their homes, lined them up \
                 against a wall and shot them dead",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "rebels captured 5 soldiers near Morek and later executed them",
                f(Some(5), Some(5), Some(5)),
            ),
            // Several of one family: ACLED's 10 for "several".
            (
                "a landmine detonated in a wheat field; several members of one family reported \
                 killed, exact number not confirmed",
                f(None, Some(10), None),
            ),
            // Each side's dead: twice the figure.
            (
                "At least three people were killed on each side, and the fighting spread.",
                f(Some(6), Some(6), None),
            ),
            (
                "Four fighters from each side were killed in the clashes.",
                f(Some(8), Some(8), Some(8)),
            ),
            // State media's one dead, and the army's active "eliminating".
            (
                "targeted the town of Khan Arnaba with several rocket shells yesterday, claiming \
                 the life of a citizen and causing material damage",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "restored security and stability to the village after eliminating 9 terrorists of \
                 the Jabhat al-Nusra terrorist organization",
                f(Some(9), Some(9), Some(9)),
            ),
            // A side's own dead after whatever toll is told first: the first.
            (
                "Eleven members of the militias were killed and our fighters captured weapons and \
                 ammunition; three of our fighters were martyred in the battle.",
                f(Some(11), Some(11), Some(11)),
            ),
            (
                "Update: the number of victims of this morning's shelling on the market has risen \
                 to 9, including 4 children, after two of the wounded died of their injuries.",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "eleven people collecting truffles were reportedly killed",
                f(Some(11), Some(11), Some(11)),
            ),
            // (Not a breakdown before the verb: "on one of them" is where the raids fell.)
            (
                "the monitor said raids on one of them killed 17 civilians",
                f(Some(17), Some(17), Some(17)),
            ),
            (
                "2 bodies were found near Alyeh",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "SOHR reported 9 rebels and a few regime soldiers killed",
                f(Some(12), Some(12), Some(12)),
            ),
            (
                "a young widow from Iraq was shot dead in her tent along with her two children",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "the strike hit the market, killing two civilians, a woman and an elderly man",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "killing 2 civilians, a soldier and a child",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "8 regime and NDF fighters and 4 YPG and Asayish members were killed, as well as 3 civilians caught in the crossfire.",
                f(Some(15), Some(15), Some(15)),
            ),
            (
                "At least a dozen civilians, four of them children, were killed when government forces shelled the town",
                f(Some(12), Some(12), None),
            ),
            // The dead named with their ages, one each.
            (
                "artillery fired shells at Qal'at al-Madiq town, killing Khaled Hussein al-Abdullah, 52, and his granddaughter Rahaf Mohammad al-Abdullah, 6.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "unidentified gunmen shot dead Mohammad Ahmad al-Jabawi, 37, a former opposition fighter",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Ammar Saleh al-Hamwi, 29, died under torture in Saydnaya Military Prison",
                f(Some(1), Some(1), Some(1)),
            ),
            // Sums whose first count names two kinds of people, or whose last is described.
            (
                "11 regime soldiers and members of allied militias and 7 Jaish al-Islam \
                 fighters were killed",
                f(Some(18), Some(18), Some(18)),
            ),
            (
                "5 SDF members, 3 tribal fighters and a civilian caught in the crossfire were \
                 killed",
                f(Some(9), Some(9), Some(9)),
            ),
            // An ACLED actor's name in a count, its acronym first; a log's side before its
            // count is not such a name.
            (
                "killing 2 QSD: Syrian Democratic Forces members and a civilian passer-by",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "SAA: 3 KIA, 2 WIA near Kafr Nabl",
                f(Some(3), Some(3), Some(3)),
            ),
            // The family the dead were from is no count of them; an age in words.
            (
                "Three civilians from one family were killed on Wednesday",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "Sniper fire killed a woman and her eight-year-old son",
                f(Some(2), Some(2), Some(2)),
            ),
            // ACLED's names in brackets within the counts; the note's day before them is no
            // count.
            (
                "On 9 December 2018, 5 QSD: Syrian Democratic Forces members and 4 Islamic \
                 State (Syria) militants were killed in clashes",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "killing 4 members of the Military Forces of Syria (2000-) and 1 NDF member",
                f(Some(5), Some(5), Some(5)),
            ),
            // A range: the lower figure (as ACLED codes one), the higher its high end — and
            // not the day before it ("since 21 May").
            (
                "airstrikes since 21 May have killed between 229 and 425 civilians",
                f(Some(229), Some(229), Some(425)),
            ),
            (
                "Between 500 and 1300 people died on Wednesday",
                f(Some(500), Some(500), Some(1300)),
            ),
            (
                "Unknown fatalities estimated as 10.",
                f(None, Some(10), None),
            ),
            (
                "a woman and her two children were killed",
                f(Some(3), Some(3), Some(3)),
            ),
            // A list read shorter than the sum that begins where it does.
            (
                "rockets struck a residential area, killing three children from the same family \
                 and a woman who lived next door",
                f(Some(4), Some(4), Some(4)),
            ),
            // One dead without a figure, the people listed with their ages, an appositive.
            (
                "The driver, a former FSA commander, martyred on the spot.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "killing a 34-year-old woman and her two daughters, aged 7 and 11",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "Two civilians, one of them a 9-year-old child, lost their lives",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Two civilians were shot dead by government snipers",
                f(Some(2), Some(2), Some(2)),
            ),
            // A log's count after "KIA"; a post's martyrs; a party's servicemen.
            (
                "KIA x2 civ (man + wife), WIA x5 incl x1 child",
                f(Some(2), Some(2), Some(2)),
            ),
            ("Initial count: 3 martyrs.", f(Some(3), Some(3), Some(3))),
            (
                "dropped barrel bombs on the city, martyring 4 civilians, including a child",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "two of our servicemen were killed and four injured",
                f(Some(2), Some(2), Some(2)),
            ),
            ("Dozens of civilians martyred", f(None, Some(12), None)),
            // A count before its "x"; each side's, after its short name; a rights group's
            // "killing of"; "martyrdom of many".
            ("3x civ KIA, 5x WIA.", f(Some(3), Some(3), Some(3))),
            (
                "SAA 5x KIA, AOG 7x KIA (per SOHR).",
                f(Some(12), Some(12), Some(12)),
            ),
            (
                "SNHR documented the killing of 7 civilians, including 3 children",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "result martyrdom of many people, fighters and civilians",
                f(None, Some(10), None),
            ),
            // A family by its size; tens and units in words; a coder's list with words after
            // each count and "a child"; one dead and his driver or a passenger.
            (
                "Russian warplanes struck a house, killing a family of five: a man, his wife and \
                 their three children.",
                f(Some(5), Some(5), Some(5)),
            ),
            (
                "coalition aircraft struck the neighbourhood, killing twenty-seven civilians",
                f(Some(27), Some(27), Some(27)),
            ),
            (
                "Fatalities: 4 SDF members, 3 tribal fighters and 2 civilians.",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "Fatalities: 5 men, 2 women and a child.",
                f(Some(8), Some(8), Some(8)),
            ),
            (
                "an IED exploded, killing a regime army officer and his driver",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "an Israeli drone struck a car, killing the driver and a passenger",
                f(Some(2), Some(2), Some(2)),
            ),
            // The dead listed, named in an appositive, doing something, or with their parents;
            // the attacker too; deaths that resulted, no figure.
            (
                "A woman and her two daughters, Rahaf, aged 4, and Sidra, aged 7, were killed \
                 when a munition struck their tent",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "A nurse and a patient awaiting surgery were killed and 14 people were injured",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "a rocket struck the house; a boy and his parents were killed",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "George, aged 11, and his parents were killed when a rocket struck their home",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "A 60-year-old farmer was beaten and then shot dead by members of a faction",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "3 soldiers were killed, as was the attacker",
                f(Some(4), Some(4), Some(4)),
            ),
            // The attackers counted, before or after the others or in the verb's object.
            (
                "killing at least 38 people in addition to the two bombers",
                f(Some(40), Some(40), None),
            ),
            (
                "the bomber and two members of the Internal Security Forces were killed",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "blew himself up at a checkpoint, killing himself and 6 others",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "a landmine exploded near Aqerbat, killing a truffle hunter and his son",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Several regime soldiers and Hezbollah members were killed",
                f(None, Some(10), None),
            ),
            (
                "On 12 July, two of the wounded died in hospital",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Two civilians, a man and his elderly mother, were reportedly killed",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Unknown gunmen assassinated former FSA commander in Jasim",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "the injury of 19 civilians, some of them seriously, and the death of four others",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "11 SDF fighters and at least 22 Islamic State militants have been killed",
                f(Some(33), Some(33), Some(33)),
            ),
            (
                "a shell fell on a house, which led to the martyrdom of a woman and her two children",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "unidentified gunmen shot dead a QSD: Syrian Democratic Forces fighter",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Nine civilians were injured and a woman and a child were martyred",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "The fighting resulted in deaths on both sides, but no figures were released",
                f(None, Some(10), None),
            ),
            (
                "shelled Kafr Nobol, killing a woman and her child and injuring 3 others",
                f(Some(2), Some(2), Some(2)),
            ),
            // A toll raised "to 3 the number of"; "the execution of a few shepherds".
            (
                "Another victim succumbed overnight, raising to 3 the number of people killed \
                 in that shelling",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "SOHR activists have documented the execution of a few shepherds by ISIS cells",
                f(None, Some(3), None),
            ),
            // "the commander and his companion"; "the driver of a truck" is one; deaths
            // suffered or reported on both sides, no figure.
            (
                "an IED targeted the car of a commander. The commander and his companion were \
                 killed.",
                f(Some(2), Some(2), Some(2)),
            ),
            ("IS suffered fatalities", f(None, Some(10), None)),
            (
                "Fatalities were reported on both sides, but exact numbers are unknown.",
                f(None, Some(10), None),
            ),
            // What the dead were doing, between their count and the verb.
            (
                "Two children herding sheep were killed on Sunday when a landmine exploded",
                f(Some(2), Some(2), Some(2)),
            ),
            // … or where they were from, or what they were: one of them too.
            (
                "Three truffle gatherers from the town of al-Qaryatayn were killed when a \
                 landmine exploded",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "The two men in the car were martyred",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "A man displaced from Saraqib was killed and his son was wounded",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "A woman of Iraqi nationality was found shot dead in the camp",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "A woman was found shot dead in the camp",
                f(Some(1), Some(1), Some(1)),
            ),
            // (Wounded, not killed.)
            ("A man displaced from Saraqib was wounded", None),
            // A few killed; deaths caused, no figure.
            (
                "shelled villages west of Tell Tamr, killing a few SDF fighters",
                f(None, Some(3), None),
            ),
            (
                "shelled opposition positions, causing deaths among the fighters without giving \
                 a number",
                f(None, Some(10), None),
            ),
            // Deaths reported without a figure; none reported.
            (
                "ISIS fatalities were reported but no number was given.",
                f(None, Some(10), None),
            ),
            ("No fatalities were reported.", None),
            ("No SDF fatalities were reported.", None),
            (
                "Clashes continued; fatalities were reported.",
                f(None, Some(10), None),
            ),
            // An unknown number killed; "one death" among casualties; "He martyred".
            (
                "The clashes lasted until dawn, killing an unknown number of regime soldiers",
                f(None, Some(10), None),
            ),
            (
                "causing casualties among civilians, including at least one death",
                f(Some(1), Some(1), Some(1)),
            ),
            ("He martyred in the place.", f(Some(1), Some(1), Some(1))),
            (
                "a drone fired a missile at a vehicle, killing two members of the Asayish (the \
                 Kurdish internal security forces) who were inside, as well as the civilian \
                 driver",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "ISIS fighters brought seven men, blindfolded and with their hands tied, to the \
                 roundabout and shot each of them in the head",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "a sniper at a checkpoint on the western edge of the town shot dead her \
                 17-year-old nephew while he was collecting grass",
                f(Some(1), Some(1), Some(1)),
            ),
            // The toll that rose, its subject told far before.
            (
                "the death toll of the massacre committed by Syrian regime forces on 21 March \
                 2021, when their artillery shelled Atareb city in the western suburbs of Aleppo \
                 governorate, has risen to 7 civilians",
                f(Some(7), Some(7), Some(7)),
            ),
            // One dead and one of his kin; not kin who were wounded.
            (
                "unknown gunmen shot dead a local council member and his son in Inkhel",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "He was killed and his son was injured.",
                f(Some(1), Some(1), Some(1)),
            ),
            // Deaths told, their number not.
            (
                "SDF fighters reported killed, number unknown.",
                f(None, Some(10), None),
            ),
            // Two told as "both" with their noun; not "both sides".
            ("Both occupants were killed", f(Some(2), Some(2), Some(2))),
            (
                "Dozens of fighters from both sides were killed.",
                f(None, Some(12), None),
            ),
            // A side's name of three words, an Arabic name's "al-" or two sides.
            (
                "4 HTS and 6 Nour al-Din al-Zinki fighters were killed.",
                f(Some(10), Some(10), Some(10)),
            ),
            (
                "12 regime and allied fighters and 7 opposition fighters were killed.",
                f(Some(19), Some(19), Some(19)),
            ),
            // Not a count's inner words: "36 civilians including 11 children" is 36.
            (
                "At least 36 civilians including 11 children and five women were killed",
                f(Some(36), Some(36), None),
            ),
            // A log's counts, sums of three and with "+", a word in brackets.
            (
                "Per our contact x2 FSA KIA, x4 WIA.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Per SOHR x7 NDF, x4 Asayish and x3 civ killed.",
                f(Some(14), Some(14), Some(14)),
            ),
            (
                "5 Zenki fighters, 3 HTS fighters and a civilian were killed.",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "x4 SAA KIA, x2 JaI KIA per both sides' outlets.",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "SNHR documented the killing of a woman and her son, aged seven",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Per SDF LC a few SDF KIA, no figures yet.",
                f(None, Some(3), None),
            ),
            (
                "Dozens of regime soldiers and militiamen were reported killed.",
                f(None, Some(12), None),
            ),
            (
                "2 civilians were killed, one of whom died of his wounds the next day.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "toll of this morning's Russian airstrike on the market rises to 7 martyrs",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "The toll of yesterday's Turkish shelling on Tal Rifaat has risen to 4: two \
                 children died of their wounds in hospital overnight",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "A few martyrs reported, among them a woman",
                f(None, Some(3), None),
            ),
            (
                "ISIL fighters publicly executed several men in the main square",
                f(None, Some(10), None),
            ),
            (
                "Army units repelled an attack on military points, killing a number of the \
                 terrorists and injuring others.",
                f(None, Some(10), None),
            ),
            (
                "No one was killed on either side; two SDF fighters were lightly wounded.",
                None,
            ),
            (
                "x3 YPG + x5 rebels KIA per SOHR",
                f(Some(8), Some(8), Some(8)),
            ),
            (
                "At least 9 pro-govt and 6 JN/allies KIA per SOHR.",
                f(Some(15), Some(15), Some(15)),
            ),
            (
                "1 civ (woman) killed, 3 WIA per Talbiseh local council.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "UPDATE 1600 hrs: toll now 4 civ per LC, x9 WIA.",
                f(Some(4), Some(4), Some(4)),
            ),
            ("the box held x12 shells", None),
            (
                "warplanes bombed the town, killing a woman and 2 children",
                f(Some(3), Some(3), Some(3)),
            ),
            ("dozens of people were killed", f(None, Some(12), None)),
            (
                "shelled Kafr Zita, killing the driver of a truck",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "a former commander who had joined the settlement was shot dead by gunmen",
                f(Some(1), Some(1), Some(1)),
            ),
            ("no civilian was killed", None),
            (
                "3 x civ KIA, 9 x WIA per local sources",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "Casualties include four deaths, two of them children",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "there was martyrdom of 2 civilians and injuring of 5 others",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "a child was martyred and 3 persons injured",
                f(Some(1), Some(1), Some(1)),
            ),
            ("Fatalities coded as 10.", f(None, Some(10), None)),
            ("Toll retained here: 89.", f(Some(89), Some(89), Some(89))),
            // A casualty log's sexes and ages in brackets.
            (
                "2 boys (M, 12 and 14) killed and 1 boy (M, 10) injured",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "1 child (F, 9) KIA, 2 civs WIA.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Two brothers (8 and 10) were killed and their cousin (9) injured",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "M (52) killed and his son (M, 24) injured",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "shepherd (M, 17) killed by an item of ERW",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Driver (M, 41) critically WIA; passed away in hospital this morning.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Passenger (M, 19) severely injured; died of wounds 29/04/2019.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Hospital staff told the Mission on Tuesday that one of the wounded has since died.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "An explosive device blew up, killing the driver, a man in his 40s.",
                f(Some(1), Some(1), Some(1)),
            ),
            ("KIA: 4 SAA, 3 AOG", f(Some(7), Some(7), Some(7))),
            (
                "including the sarin attack on Eastern Ghouta in 2013 that killed hundreds of \
                 people.",
                f(None, Some(100), None),
            ),
            (
                "two gunmen opened fire on a former opposition commander, killing him and a \
                 passer-by.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Victims: 4 (3 M adult, 1 M child)",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "Victims: 7 arrested. Perpetrator: Air Force Intelligence.",
                None,
            ),
            (
                "SOHR reports 3 soldiers killed, pro-gov pages report 2 'martyrs' – coded \
                 conservatively as 2 fatalities.",
                f(None, Some(2), None),
            ),
            (
                "The owner, his wife and two of their daughters were killed.",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "22 regime soldiers and 17 opposition fighters, including 9 HTS members, were \
                 killed.",
                f(Some(39), Some(39), Some(39)),
            ),
            (
                "Four civilians and one member of a Turkish-backed Syrian National Army faction \
                 were killed.",
                f(Some(5), Some(5), Some(5)),
            ),
            (
                "militants attacked truffle gatherers in the desert, shooting dead fifteen \
                 civilians",
                f(Some(15), Some(15), Some(15)),
            ),
            (
                "Six children and the teacher who was walking them to the gate were killed",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "The higher, named figure is retained (18).",
                f(Some(18), Some(18), Some(18)),
            ),
            ("Fatalities unknown, coded as 10.", f(None, Some(10), None)),
            (
                "Both sides suffered fatalities; coded as 12.",
                f(None, Some(12), None),
            ),
            ("coded as 10.", f(None, Some(10), None)),
            ("1 fatality.", f(Some(1), Some(1), Some(1))),
            (
                "exploded on Tuesday, killing a shepherd and his two sons",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "shooting at a pickup truck, killing a man, his brother and his nephew.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "a drone struck a man tending sheep, killing him",
                f(Some(1), Some(1), Some(1)),
            ),
            ("Fatalities: 4 SNA, 2 SDF.", f(Some(6), Some(6), Some(6))),
            (
                "Toll so far: 4 SDF, 2 tribal fighters dead (DeirEzzor24)",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "two servicemen of the Syrian Arab Army were killed and four were wounded.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "According to the Syrian command, 24 militants were eliminated.",
                f(Some(24), Some(24), Some(24)),
            ),
            (
                "A woman and her two young children were killed.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "took control of Tasil after heavy clashes, with 7 rebels and 4 of the attackers \
                 killed.",
                f(Some(11), Some(11), Some(11)),
            ),
            (
                "5 IS and 4 Jabhat al Nusra members were killed.",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "shelled residential areas of Harasta, leaving 3 dead and 7 wounded.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "killing a father, his wife and their four children, along with two neighbors",
                f(Some(8), Some(8), Some(8)),
            ),
            (
                "2 regime soldiers and 1 local gunman were killed.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "The clashes resulted in the death of 3 SDF members and 2 SNA fighters.",
                f(Some(5), Some(5), Some(5)),
            ),
            (
                "12 regime soldiers and NDF members were killed in the fighting.",
                f(Some(12), Some(12), Some(12)),
            ),
            (
                "Both sides sustained casualties; unknown number of fatalities.",
                f(None, Some(10), None),
            ),
            ("Casualties unknown, number of injured not known.", None),
            (
                "3 KIA, reportedly militia personnel",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "an air strike resulting in the death of a child",
                f(Some(1), Some(1), Some(1)),
            ),
            ("two people lost their lives", f(Some(2), Some(2), Some(2))),
            (
                "A man injured in the first barrage died of his wounds on 9 June.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Unknown fatalities, estimated as 10.",
                f(None, Some(10), None),
            ),
            (
                "Fatalities: unknown, estimated as 10.",
                f(None, Some(10), None),
            ),
            (
                "Residents set a GS vehicle on fire, protesting the killing of a local man.",
                None,
            ),
            (
                "A crowd beat a man, accusing him of running over and killing a child.",
                None,
            ),
            (
                "Several hundred people protested in al-Bab after a young man from the town died \
                 under torture in detention.",
                None,
            ),
            (
                "The fatalities include 6 SDF fighters, 5 tribal fighters and 3 civilians, \
                 including 2 children.",
                f(Some(14), Some(14), Some(14)),
            ),
            (
                "killing the commander and one of his companions",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Twelve regime soldiers were reportedly killed in the fighting, and seven rebel \
                 fighters were allegedly killed as well",
                f(Some(19), Some(19), Some(19)),
            ),
            (
                "Four SDF members were reportedly killed and two tribal fighters allegedly died",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "3 FSA fighters were killed on the spot and a fourth died of his wounds the \
                 following day",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "The rebels lost nine of their own, among them a field commander",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "A civilian who was hit by stray fire during the clashes died later in hospital",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "killing the driver, an HTS commander, and his wife",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "shot dead an Iraqi refugee woman and her 16-year-old son",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Five SDF fighters were killed in the fighting, as were three of the tribal fighters",
                f(Some(8), Some(8), Some(8)),
            ),
            (
                "killing an elderly man and his grandson by suffocation",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "shot dead an Iraqi refugee and his adult son",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "killing an HTS commander and his two bodyguards",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "8 ISIS fighters were killed in the strikes, as were 3 civilians",
                f(Some(11), Some(11), Some(11)),
            ),
            (
                "killing 24 people, mostly lawyers and visitors, as well as himself",
                f(Some(25), Some(25), Some(25)),
            ),
            (
                "killed 5 members of the Asayish in addition to the bomber himself",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "1 civ KIA on impact, 4 WIA, of whom 1 DOW overnight.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "gunmen opened fire on a car, killing a tribal elder of the Bakir clan, who had \
                 been a member of the Civil Council, and seriously wounding his son, who was \
                 driving the car and who died of his wounds today in a hospital",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Russian warplanes carried out several air strikes on Khan Sheikhun. Fatalities: 4 \
                 civilians (2 women, 2 children).",
                f(Some(4), Some(4), Some(4)),
            ),
            ("Tally: 2 KIA + 1 DOW.", f(Some(3), Some(3), Some(3))),
            (
                "Tally: 0 KIA, 0 WIA, 3 detained.",
                f(Some(0), Some(0), Some(0)),
            ),
            (
                "A child wounded in the attack died of his wounds the following day.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "two suicide bombers blew themselves up among people fleeing the blast, killing \
                 46 civilians; both bombers also died.",
                f(Some(48), Some(48), Some(48)),
            ),
            (
                "This time a sniper shot both of them dead.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "One member of the gang was killed and the detained man was freed.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Forty-four people were killed, not counting the bomber, when an IS suicide \
                 bomber detonated a truck",
                f(Some(45), Some(45), Some(45)),
            ),
            (
                "a Turkish drone struck a car in Qamishli, killing two fighters of the Women's \
                 Protection Units (YPJ) and their driver, a civilian.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "SOHR reported more than 346 IS fighters and 170 soldiers killed since the \
                 offensive began on 19 August; fatalities for the final assault on 24 August are \
                 estimated as 50.",
                Some(Fatalities {
                    low: None,
                    best: Some(50),
                    high: None,
                }),
            ),
            (
                "Citing the Idlib Civil Defence, the agency said the dead included a man, his wife \
                 and their three children, who were driving past, as well as two street vendors.",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "Twelve members of one family — a father, his two wives and their nine children — \
                 were killed when International Coalition aircraft struck their house",
                f(Some(12), Some(12), Some(12)),
            ),
            (
                "SOHR said on Saturday that a fifth SDF fighter, wounded in the blast, had since \
                 died in hospital.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Four civilians, all men from the same clan, were found dead with gunshot wounds",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "Three members of Hayat Tahrir al-Sham were shot dead when unidentified gunmen \
                 opened fire on their checkpoint",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "The blast killed 44 people, mostly civilians, and the bomber.",
                f(Some(45), Some(45), Some(45)),
            ),
            (
                "Among the dead were a man, his wife and their three daughters, as well as two \
                 brothers from a neighbouring family.",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "causing about 20 cases of suffocation; an elderly man among them died in \
                 hospital the following day.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "ISIS cell ambushes SAA convoy; 9 SAA KIA, 4 WIA; 1 of the WIA DoW today in Homs \
                 mil hosp.",
                f(Some(10), Some(10), Some(10)),
            ),
            (
                "2 SAA combat engineers KIA by IS-laid landmine",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "17 civilians were killed, among them 6 children and 4 women, in addition to 2 \
                 fighters of FaR who were killed in the same strikes.",
                f(Some(19), Some(19), Some(19)),
            ),
            (
                "The explosion killed 42 civilians, including 11 children, as well as 6 members \
                 of Turkish-backed factions, and injured more than 50.",
                f(Some(48), Some(48), Some(48)),
            ),
            (
                "killing 2 senior commanders of Hurras al Deen, a Jordanian and a Yemeni \
                 national",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "ISIS publicly executed two brothers and their father at the Naim roundabout",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "a crowd attacked shops, beating to death an elderly man and his nephew and \
                 injuring 6 others",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "residents of a neighbourhood beat a man to death after accusing him",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "3 FSA fighters, 2 defectors from the army and a woman caught in the crossfire \
                 were killed",
                f(Some(6), Some(6), Some(6)),
            ),
            (
                "gunmen opened fire on a car, killing 3 men, two brothers and their cousin.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "The activist network Deir Ezzor 24 said five civilians were killed",
                f(Some(5), Some(5), Some(5)),
            ),
            (
                "opened fire on mourners, killing 2 men, a woman and a 12-year-old boy",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "SOHR reported a total of 70 deaths: 52 rebel fighters, 4 women and a child \
                 killed by shelling, 7 regime soldiers and 6 Hezbollah members.",
                f(Some(70), Some(70), Some(70)),
            ),
            ("Casualties unknown.", None),
            ("three people were wounded", None),
            (
                "five civilians were killed and 12 wounded",
                f(Some(5), Some(5), Some(5)),
            ),
            ("The death toll rose to 44", f(Some(44), Some(44), Some(44))),
            (
                "the number of people killed by the airstrikes that targeted the town since dawn \
                 rose to 17 civilians",
                f(Some(17), Some(17), Some(17)),
            ),
            ("killing 7 fighters", f(Some(7), Some(7), Some(7))),
            (
                "gunmen assassinated a local council member",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "4 fighters from both sides were killed",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "On 9 March 2016, 12 people were killed",
                f(Some(12), Some(12), Some(12)),
            ),
            (
                "killing 1,200 people",
                f(Some(1200), Some(1200), Some(1200)),
            ),
            ("killed more than 40 people", f(Some(40), Some(40), None)),
            ("the body of a man was found", f(Some(1), Some(1), Some(1))),
            (
                "An explosion has claimed the lives of at least 40 people",
                f(Some(40), Some(40), None),
            ),
            (
                "the bodies of 12 men were found",
                f(Some(12), Some(12), Some(12)),
            ),
            // Counts joined by "and" under one verb of death add up.
            (
                "7 IS militants and 3 SAA soldiers were killed",
                f(Some(10), Some(10), Some(10)),
            ),
            (
                "killing 4 members of the security forces and a civilian",
                f(Some(5), Some(5), Some(5)),
            ),
            (
                "killing 5 civilians and 2 fighters",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "At least 12 civilians including four children and a woman were killed",
                f(Some(12), Some(12), None),
            ),
            (
                "killing 5 civilians and 3 others were wounded",
                f(Some(5), Some(5), Some(5)),
            ),
            // Who died is not said: the figure alone.
            (
                "kills 16 in rebel-held Aleppo",
                f(Some(16), Some(16), Some(16)),
            ),
            (
                "strikes kill 45 after rebel attacks",
                f(Some(45), Some(45), Some(45)),
            ),
            ("killed a total of 40", None),
            (
                "Date of publication 26 October 2016 Warplanes carried out six strikes, killing",
                None,
            ),
            (
                "30 October 2016 Three killed over 70 injured",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "04-03-2016 2 Syrians killed 5 Injured",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Jul 28 2016 QAMISHLI A bomb killed 44 people",
                f(Some(44), Some(44), Some(44)),
            ),
            // "left" counts only where the sentence speaks of death.
            ("The shelling left five people homeless", None),
            (
                "The shelling left five people dead",
                f(Some(5), Some(5), Some(5)),
            ),
            // A vague toll, however it is told; "a number of" is not the figure 1.
            (
                "A number of militiamen were reportedly killed.",
                f(None, Some(10), None),
            ),
            (
                "an IED targeted a vehicle, killing and injuring several soldiers",
                f(None, Some(10), None),
            ),
            // ("killing a number of them": deaths stated, so ACLED's 10.)
            ("killing a number of them", f(None, Some(10), None)),
            (
                "The regime lost 5 soldiers, and 2 gunmen were killed.",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "The regime lost 1 soldier, and 2 others were wounded.",
                f(Some(1), Some(1), Some(1)),
            ),
            ("The regime lost control of the hill.", None),
            (
                "The regime lost 4 soldiers while 2 attackers were killed.",
                f(Some(6), Some(6), Some(6)),
            ),
            ("Several IS members were killed.", f(None, Some(10), None)),
            ("The bomber was also killed.", f(Some(1), Some(1), Some(1))),
            (
                "11 members of Military Forces of Syria (2000-) and NDF were killed, as well as 4 \
                 HTS fighters.",
                f(Some(15), Some(15), Some(15)),
            ),
            (
                "a coalition drone targeted a vehicle, killing a Jabhat Fateh al-Sham commander",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "2 members of the Manbij Military Council (SDF: Syrian Democratic Forces) were killed",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "a car bomb exploded near a market, killing several civilians and wounding others",
                f(None, Some(10), None),
            ),
            (
                "8 members of the Military Forces of Syria (2000-) and the NDF were killed and \
                 several others wounded",
                f(Some(8), Some(8), Some(8)),
            ),
            (
                "a car bomb exploded in a crowded market, killing dozens of people",
                f(None, Some(12), None),
            ),
            (
                "Dozens of fighters from both sides were reportedly killed.",
                f(None, Some(12), None),
            ),
            (
                "gunmen opened fire on a member of the council, resulting in the death of the man",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "a young man was found dead with gunshot wounds near the town",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "According to SOHR, 3 Iranian and 2 Syrian militia members were killed.",
                f(Some(5), Some(5), Some(5)),
            ),
            // A figure at once followed by another is part of a date or a heading.
            (
                "Tue Jul 7 2016 2 Civilians Killed",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "27 Nine Civilians Killed in Aleppo",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "The death toll from a car bomb explosion in a neighborhood of Homs rose to 25 on Monday",
                f(Some(25), Some(25), Some(25)),
            ),
            (
                "killed 20 civilians and left seven people injured",
                f(Some(20), Some(20), Some(20)),
            ),
            (
                "Several fighters were reported killed on both sides.",
                f(None, Some(10), None),
            ),
            (
                "a mob beat to death a man accused of stealing a motorcycle",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "Syria war AFP 2014 Dozens of people have been killed",
                f(None, Some(12), None),
            ),
            (
                "The bodies of a man, his wife and their two daughters were found on Sunday",
                f(Some(4), Some(4), Some(4)),
            ),
            // Each side's dead, as notes count them.
            ("3 SDF and 2 IS killed.", f(Some(5), Some(5), Some(5))),
            (
                "7 SDF and 11 IS were killed.",
                f(Some(18), Some(18), Some(18)),
            ),
            (
                "a drone targeted a car carrying two commanders, killing both.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "14 opposition fighters were also killed in the fighting.",
                f(Some(14), Some(14), Some(14)),
            ),
            // Who they were told at length; a coder's list after "Killed:", a figure in words
            // after "Fatalities:"; the bomber after a break; the other side's dead after
            // "plus"; one of those counted told after them; bodies recovered.
            (
                "Three men described by local sources as PKK cadres were killed.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "Killed: 46 civilians gathering truffles and 7 NDF members escorting them.",
                f(Some(53), Some(53), Some(53)),
            ),
            (
                "He was shot several times. Fatalities: one.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "killing two policemen; the attacker also died.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "SOHR: 3 SDF members and 5 tribal fighters killed, plus 2 civilians caught in the \
                 crossfire.",
                f(Some(10), Some(10), Some(10)),
            ),
            (
                "an Iraqi woman was found stabbed to death in the camp",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "The driver, a civilian, also died.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "One of the three died of his wounds in hospital the following day.",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "the Syrian Civil Defence said it had recovered seven bodies, two of them children",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "Islamic State militants have beheaded nine civilians, two of them women",
                f(Some(9), Some(9), Some(9)),
            ),
            (
                "after three more of the wounded passengers died in hospital",
                f(Some(3), Some(3), Some(3)),
            ),
            // A rank among the dead; children's ages in brackets; a log's one victim with
            // an age.
            (
                "Three smugglers and a Jordanian army captain were killed",
                f(Some(4), Some(4), Some(4)),
            ),
            (
                "legacy landmine exploded while children were herding sheep - 3 children (8, 11, \
                 13) killed, shepherd (40) wounded",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "boy, 16, shot dead by Turkish border guards while collecting scrap metal",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "farmer (52) killed by landmine while ploughing olive grove",
                f(Some(1), Some(1), Some(1)),
            ),
            // Ages and origins between the count and its verb; a log's bare verb.
            (
                "Two young men from Maarat al-Numan, aged 19 and 23, were shot dead by Turkish \
                 border guards",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "two children (8 and 11) from Jaba, Quneitra countryside, were killed yesterday",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "One young man from Salqin killed, three wounded",
                f(Some(1), Some(1), Some(1)),
            ),
            (
                "About 10 members of Iran-backed militias and drivers killed.",
                f(Some(10), Some(10), None),
            ),
            // (Not one of those killed, told after them.)
            ("A hospital guard was among those killed.", None),
            // Each side's dead, the second one named by what they were.
            (
                "six Hezbollah members and an Iranian IRGC general killed.",
                f(Some(7), Some(7), Some(7)),
            ),
            (
                "killing two SDF fighters and the civilian driver.",
                f(Some(3), Some(3), Some(3)),
            ),
            (
                "killing two SDF fighters and the driver was wounded.",
                f(Some(2), Some(2), Some(2)),
            ),
            (
                "Two smugglers from Afrin were shot dead by the Jandarma",
                f(Some(2), Some(2), Some(2)),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(toll(text).map(|t| t.fatalities), *expected, "{text:?}");
        }
    }

    #[test]
    fn a_sentence_may_say_how_many_of_the_dead_were_civilians_or_fighters() {
        use OfTheDead::{Civilians, Combatants};
        let cases: &[(&str, Option<OfTheDead>)] = &[
            (
                "The Observatory said 13 of the dead were civilians.",
                Some(Civilians(13)),
            ),
            ("Two of them were civilians.", None),
            ("Thirteen of the dead were fighters.", Some(Combatants(13))),
            (
                "Of the dead, 18 were civilians, including two children, and nine were members \
                 of the security forces.",
                Some(Civilians(18)),
            ),
            (
                "Of the dead, 13 were rebel fighters who had been guarding the convoy.",
                Some(Combatants(13)),
            ),
            ("Three of the dead were members of one family.", None),
            (
                "Five of them were members of the Asayish, the Kurdish police force.",
                Some(Combatants(5)),
            ),
            (
                "All but one were civilians, the group said.",
                Some(Combatants(1)),
            ),
            (
                "Nine of them, it said, were soldiers or members of pro-government militias.",
                Some(Combatants(9)),
            ),
            (
                "A military official said that 37 of the dead were officers and newly graduated \
                 cadets.",
                Some(Combatants(37)),
            ),
            (
                "Of the dead, the group said, 109 were evacuees; the other 17 were rebel fighters.",
                Some(Combatants(17)),
            ),
            (
                "The other six victims were civilians, including a woman and a boy.",
                Some(Civilians(6)),
            ),
            (
                "The remaining 4 dead were all civilians.",
                Some(Civilians(4)),
            ),
            (
                "Eight of them were fighters, while the remaining 12 were civilians.",
                Some(Civilians(12)),
            ),
            ("The other six victims were fighters.", None),
            (
                "The local council said two of the dead had been fighters with the National \
                 Front for Liberation who were shopping off duty; the rest were civilians.",
                Some(Combatants(2)),
            ),
            (
                "Among the dead were seven tribal gunmen and four SDF members, according to the \
                 sources.",
                Some(Combatants(11)),
            ),
            (
                "SOHR said those killed included 14 SNA fighters and seven SDF members.",
                Some(Combatants(21)),
            ),
            ("Among the dead were five children and two women.", None),
            ("Among the dead were three family members.", None),
            (
                "The dead included 11 gunmen, six SDF fighters and five civilians.",
                None,
            ),
            (
                "SOHR said four of the dead were members of Iran-backed groups and three were \
                 civilians, including a woman and a child.",
                Some(Civilians(3)),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(of_the_dead(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn notes_that_report_no_death_say_so() {
        let none = Some(Fatalities {
            low: Some(0),
            best: Some(0),
            high: Some(0),
        });
        let unknown = Some(Fatalities {
            low: None,
            best: Some(0),
            high: None,
        });
        let cases: &[(&str, Option<Fatalities>)] = &[
            ("No fatalities reported.", none),
            ("No damage or casualties reported.", none),
            ("No one was hurt.", none),
            ("There were no casualties.", none),
            ("Casualties unknown.", unknown),
            ("Fatalities unknown.", unknown),
            ("Casualties were not reported.", unknown),
            // Not a statement that none died.
            ("Unknown fatalities estimated as 10.", None),
            ("5 fighters were killed, no civilian casualties.", None),
            ("Regime forces shelled Talbiseh.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(none_reported(text).map(|(f, _)| f), *expected, "{text:?}");
        }
    }

    #[test]
    fn a_toll_after_a_break_is_told_by_the_same_voice_or_another() {
        let cases: &[(&str, bool)] = &[
            ("the units killed eleven of the attackers", true),
            ("3 of our fighters attained martyrdom", true),
            ("SOHR put the toll at 7", false),
            ("SOHR: 13 dead", false),
            ("Kurdish health authority: 18 killed, with names", false),
        ];
        for &(clause, expected) in cases {
            assert_eq!(same_voice(clause), expected, "{clause:?}");
        }
    }

    #[test]
    fn another_sources_count_of_the_toll_is_told_in_the_tolls_own_words() {
        let cases: &[(&str, bool)] = &[
            ("Local sources put the toll at 7.", true),
            ("The White Helmets put the death toll at 27.", true),
            ("SOHR gave a lower figure of 5.", true),
            ("Barazi gave a death toll of 12.", true),
            // A part of the dead, not the toll.
            ("A Kurdish statement put the civilian toll at 10.", false),
            // An earlier count the toll told before replaced.
            ("An earlier report had put the death toll at six.", false),
            ("SANA initially put the toll at 4.", false),
            // The dead, not the toll.
            ("SOHR said 4 rebels were killed.", false),
        ];
        for &(clause, expected) in cases {
            assert_eq!(another_count(clause), expected, "{clause:?}");
        }
        let count = |n| figures(n, None);
        assert_eq!(
            disputed(count(9), count(7)),
            Fatalities {
                low: Some(7),
                best: Some(7),
                high: Some(9)
            }
        );
    }

    #[test]
    fn a_coders_remark_names_the_source_whose_figure_was_coded() {
        let cases: &[(&str, &str, Option<u32>)] = &[
            (
                "The Turkish Ministry of Defence said 13 people were killed, while local sources \
                 reported 9 killed.",
                "Fatalities coded as per the Turkish Ministry of Defence.",
                Some(13),
            ),
            (
                "The Syrian Observatory for Human Rights reported 16 civilians killed, while the \
                 Kurdish Red Crescent said the number of dead had reached 27.",
                "Fatalities coded as per the Kurdish Red Crescent figure.",
                Some(27),
            ),
            (
                "Local sources reported 9 killed, while the Syrian Observatory for Human Rights \
                 said eleven people died.",
                "Fatalities coded as per SOHR.",
                Some(11),
            ),
            (
                "The Syrian Civil Defence reported 11 civilians killed, while SOHR reported 14 \
                 killed.",
                "Fatalities coded as per SOHR.",
                Some(14),
            ),
            // A source the sentence does not name codes nothing here.
            (
                "Local sources reported 9 killed.",
                "Fatalities coded as per SANA.",
                None,
            ),
        ];
        for &(sentence, remark, expected) in cases {
            assert_eq!(
                coded_as_per(sentence, remark).and_then(|(f, _)| f.best),
                expected,
                "{sentence:?}"
            );
        }
    }

    #[test]
    fn an_investigations_own_count_is_its_finding() {
        let cases: &[(&str, bool)] = &[
            (
                "We cross-referenced funeral notices and posts by relatives, and could confirm \
                 the names of 19 civilians killed at the market.",
                true,
            ),
            (
                "Our assessment is that at least 11 civilians were killed in this incident.",
                true,
            ),
            ("We consider eight the most credible figure.", true),
            (
                "Bottom line: the Damascus bombing killed seven civilians.",
                true,
            ),
            (
                "The Syrian Observatory for Human Rights reported 27 dead.",
                false,
            ),
            ("We could not reach the town.", false),
        ];
        for (text, expected) in cases {
            assert_eq!(finding(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn a_toll_told_after_another_adds_to_it_updates_it_or_neither() {
        let cases: &[(&str, Joining)] = &[
            ("2 HTS fighters were also killed", Joining::Adds),
            ("The driver, a civilian, also died.", Joining::Adds),
            (
                "SOHR raised the toll Friday after three more of the wounded passengers died in \
                 hospital",
                Joining::Adds,
            ),
            ("the attacker also died", Joining::Adds),
            (
                "By nightfall the Syrian Civil Defence said it had recovered seven bodies",
                Joining::Updates,
            ),
            (
                "the agency later said that at least 32 civilians, including 11 children, had died.",
                Joining::Updates,
            ),
            ("A woman later died of her wounds", Joining::Adds),
            ("1 of the WIA DoW today in Homs mil hosp.", Joining::Adds),
            ("Tally: 2 KIA + 1 DOW.", Joining::Updates),
            ("Unknown fatalities coded as 10.", Joining::Updates),
            ("IS lost at least 11 militants.", Joining::Adds),
            (
                "A fourth member, critically wounded in the same attack, died of his wounds in \
                 hospital on Friday, local sources said.",
                Joining::Adds,
            ),
            (
                "A child wounded in the attack died of his wounds the following day.",
                Joining::Adds,
            ),
            (
                "The death toll rose from six after three of the wounded succumbed to their \
                 injuries in hospital.",
                Joining::Told,
            ),
            (
                "Another soldier died of his wounds the following day.",
                Joining::Adds,
            ),
            (
                "Passenger (M, 19) severely injured; died of wounds 29/04/2019",
                Joining::Adds,
            ),
            ("One of the wounded has since died.", Joining::Adds),
            (
                "this morning the hospital announced the death of a second victim, a 16-year-old \
                 boy.",
                Joining::Adds,
            ),
            (
                "The SOHR has raised its death toll from this morning's attack to 72 civilians",
                Joining::Updates,
            ),
            ("3 of them died later in hospital", Joining::Adds),
            (
                "a civilian woman was also reportedly killed by stray bullets",
                Joining::Adds,
            ),
            (
                "Hezbollah-affiliated media acknowledged the deaths of 5 of its members",
                Joining::Adds,
            ),
            (
                "The wife succumbed to her wounds the following day",
                Joining::Adds,
            ),
            (
                "6 HTS fighters were killed in the same clashes",
                Joining::Adds,
            ),
            ("the toll was later confirmed at 5", Joining::Updates),
            (
                "2 civilians, a woman and her teenage son, were killed in the crossfire",
                Joining::Adds,
            ),
            (
                "The NFL announced the death of 4 of its fighters",
                Joining::Adds,
            ),
            (
                "Separately, Hezbollah announced the deaths of two of its fighters in Qalamoun",
                Joining::Told,
            ),
            (
                "A third man in the car, a civilian driver, was critically wounded and died later \
                 that day",
                Joining::Adds,
            ),
            (
                "The toll had stood at five on Monday evening before three of the wounded died",
                Joining::Told,
            ),
            (
                "One of the wounded, a man in his sixties, died of his injuries in hospital",
                Joining::Adds,
            ),
            (
                "A fifth truffle hunter died of his wounds on 8 March",
                Joining::Adds,
            ),
            (
                "a fifth victim, a 62-year-old woman, died of her injuries the following day",
                Joining::Adds,
            ),
            (
                "the toll was later updated to include 2 children who died of their injuries",
                Joining::Adds,
            ),
            (
                "The losses of the Syrian army amounted to five servicemen killed and 11 wounded",
                Joining::Adds,
            ),
            (
                "one of the injured succumbed to his wounds this morning at the hospital",
                Joining::Adds,
            ),
            (
                "health sources said a fourth child had succumbed to his injuries",
                Joining::Adds,
            ),
            (
                "2 attackers reportedly killed by return fire",
                Joining::Adds,
            ),
            ("Later reports said the toll rose to 6", Joining::Updates),
            (
                "The monitor later revised the toll to 30 killed",
                Joining::Updates,
            ),
            (
                "This was corrected the next day to 2 civilians killed",
                Joining::Updates,
            ),
            (
                "raising the number of martyrs in Daraa al-Balad today to 2",
                Joining::Updates,
            ),
            ("the number of dead climbed to 12", Joining::Updates),
            ("the toll was later raised to 11", Joining::Updates),
            ("UPDATE 1600 hrs: toll now 4 civ per LC", Joining::Updates),
            (
                "the Observatory raised the toll to 23 civilians",
                Joining::Updates,
            ),
            (
                "two members of HTS were also killed, bringing the total death toll to nine",
                Joining::Updates,
            ),
            ("12 fighters were killed", Joining::Told),
            (
                "Another raid on the village killed 23 people",
                Joining::Told,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(joining(text), *expected, "{text:?}");
        }
        let f = |n| Fatalities {
            low: Some(n),
            best: Some(n),
            high: Some(n),
        };
        assert_eq!(added(f(19), f(14)), f(33));
    }
}
