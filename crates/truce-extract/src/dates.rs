//! Dates as a text states them, resolved against the document's date: "today", "yesterday",
//! "on Monday", "last Friday", "earlier this month", "last month", "last year", "on February
//! 25", "since last September", "On 2 March 2016", "Around 13 June 2022", "Between 7 and 9
//! March 2016", "on the night of 11-12 October", "12/06/2016", "2016-06-12", "05 NOV 20,".

use std::ops::Range;
use std::sync::LazyLock;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::Regex;
use truce_core::when::{DatePrecision, DaySpan, month_number};

/// A date found in a sentence: the days it allows and where it is written (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// The days.
    pub span: DaySpan,
    /// Where in the sentence.
    pub at: Range<usize>,
    /// "since …": the span runs from the stated time to the document's date.
    pub since: bool,
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Whether `word` names a weekday, in full or cut short ("Sunday", "Tue", "Thurs").
pub(crate) fn is_weekday_name(word: &str) -> bool {
    word.len() >= 3
        && WEEKDAYS.iter().any(|(name, _)| {
            name.len() >= word.len() && name[..word.len()].eq_ignore_ascii_case(word)
        })
}

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let month = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    // (A monitor's abbreviations too: "on Fri", "Yesterday (Tue)"; "Sat" and "Sun", which
    // are words too, only in capitals: "died of malnutrition on Sat".)
    let weekday = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)";
    crate::regex_with_room(&format!(
        r"(?-u)\b(?:(?P<since>since)\s+)?(?:(?P<today>today|tonight|this morning|this afternoon|this evening)|(?P<yesterday>the day before yesterday|yesterday|yday|last night|overnight|(?:the\s+)?previous (?:day|evening|night)|the day before|the evening of the previous day)|(?P<ago>\d{{1,2}}|two|three|four|five|six|seven)\s+days\s+(?:ago|earlier)|(?P<earlier>earlier this month)|(?P<lastweek>last week|this week)|(?P<lastmonth>last month)|(?P<lastyear>last year)|(?P<seasonwhich>this|last)\s+(?P<season>spring|summer|autumn|fall|winter)|(?:(?P<last>last)\s+)?(?P<wd>{weekday})|(?:between\s+(?P<b1>\d{{1,2}})(?:st|nd|rd|th)?\s+and\s+|(?P<r1>\d{{1,2}})(?:\s*(?:-|–)\s*|/|\s+(?:and|to)\s+))(?P<b2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<bm>{month})\.?(?:,?\s+(?P<by>\d{{4}}))?|(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s*(?P<m1>{month})\.?(?:,?\s+(?P<y1>\d{{4}})|(?P<yy>\s+\d{{2}},|\d{{2}}))?|(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})(?:[/.](?P<ny>\d{{4}}|\d{{2}}))?|(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})|(?P<od>\d{{1,2}})(?:st|nd|rd|th)|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y2>\d{{4}}))?|(?:(?P<lastm>last)\s+)?(?P<m3>{month})(?:\s+(?P<y3>\d{{4}}))?)\b"
    ))
    .expect("a valid pattern")
});

/// The pattern's named groups. `Captures::name` hashes the name at every call, and resolving
/// a match asks after most of the groups, so their indexes are looked up once.
#[derive(Clone, Copy)]
enum Group {
    Since,
    Today,
    Yesterday,
    DaysAgo,
    Earlier,
    LastWeek,
    LastMonth,
    LastYear,
    OrdinalDay,
    Last,
    Weekday,
    BetweenFrom,
    RangeFrom,
    BetweenTo,
    BetweenMonth,
    BetweenYear,
    DayFirstDay,
    DayFirstMonth,
    DayFirstYear,
    DayFirstShortYear,
    NumericFirst,
    NumericSecond,
    NumericYear,
    IsoYear,
    IsoMonth,
    IsoDay,
    MonthFirstMonth,
    MonthFirstDay,
    MonthFirstYear,
    LastMonthName,
    MonthAlone,
    MonthAloneYear,
    SeasonWhich,
    Season,
}

/// Each group and its name in the pattern.
const GROUP_NAMES: [(Group, &str); 34] = [
    (Group::Since, "since"),
    (Group::Today, "today"),
    (Group::Yesterday, "yesterday"),
    (Group::DaysAgo, "ago"),
    (Group::Earlier, "earlier"),
    (Group::LastWeek, "lastweek"),
    (Group::LastMonth, "lastmonth"),
    (Group::LastYear, "lastyear"),
    (Group::OrdinalDay, "od"),
    (Group::Last, "last"),
    (Group::Weekday, "wd"),
    (Group::BetweenFrom, "b1"),
    (Group::RangeFrom, "r1"),
    (Group::BetweenTo, "b2"),
    (Group::BetweenMonth, "bm"),
    (Group::BetweenYear, "by"),
    (Group::DayFirstDay, "d1"),
    (Group::DayFirstMonth, "m1"),
    (Group::DayFirstYear, "y1"),
    (Group::DayFirstShortYear, "yy"),
    (Group::NumericFirst, "n1"),
    (Group::NumericSecond, "n2"),
    (Group::NumericYear, "ny"),
    (Group::IsoYear, "iy"),
    (Group::IsoMonth, "im"),
    (Group::IsoDay, "id"),
    (Group::MonthFirstMonth, "m2"),
    (Group::MonthFirstDay, "d2"),
    (Group::MonthFirstYear, "y2"),
    (Group::LastMonthName, "lastm"),
    (Group::MonthAlone, "m3"),
    (Group::MonthAloneYear, "y3"),
    (Group::SeasonWhich, "seasonwhich"),
    (Group::Season, "season"),
];

/// Each group's index in the pattern, by [`Group`].
static GROUP_AT: LazyLock<[usize; 34]> = LazyLock::new(|| {
    let mut at = [usize::MAX; 34];
    for (group, name) in GROUP_NAMES {
        at[group as usize] = PATTERN
            .capture_names()
            .position(|n| n == Some(name))
            .expect("a group of the pattern");
    }
    assert!(
        !at.contains(&usize::MAX),
        "every group is named in GROUP_NAMES"
    );
    at
});

fn group<'h>(c: &regex::Captures<'h>, g: Group) -> Option<regex::Match<'h>> {
    c.get(GROUP_AT[g as usize])
}

/// Every date the sentence states, resolved against `today` (the document's date).
pub fn find(sentence: &str, today: Date) -> Vec<DateMention> {
    // As for tolls: a lower-case pattern over a lower-cased copy (same offsets) keeps its
    // literals for the regex engine to skip ahead to.
    let written = sentence;
    let sentence = &sentence.to_ascii_lowercase();
    let mut found: Vec<DateMention> = Vec::new();
    // Where each weekday told ends, to set aside one the full date follows.
    let mut weekdays = Vec::new();
    for c in PATTERN.captures_iter(sentence) {
        let whole = c.get(0).expect("group 0");
        // A month is written in lower case, capitalised or in capitals: "3 JaN fighters" is a
        // count of Jabhat al-Nusra's men, not 3 January.
        let odd_case = |m: regex::Match<'_>| {
            let word = &written[m.range()];
            word.chars().skip(1).any(|c| c.is_ascii_uppercase())
                && word.chars().any(|c| c.is_ascii_lowercase())
        };
        let month = [
            Group::BetweenMonth,
            Group::DayFirstMonth,
            Group::MonthFirstMonth,
            Group::MonthAlone,
        ]
        .into_iter()
        .find_map(|g| group(&c, g));
        if month.is_some_and(odd_case) {
            continue;
        }
        // "Overnight on 3-4 January": the night is the date that follows, not last night.
        let dated_after = || {
            let after = sentence[whole.end()..].trim_start();
            let after = after.strip_prefix("on ").unwrap_or(after).trim_start();
            after.starts_with(|c: char| c.is_ascii_digit())
        };
        if &sentence[whole.range()] == "overnight" && dated_after() {
            continue;
        }
        // "N days earlier" dates the clause it opens ("As reported on 12 April 2017: two days
        // earlier, … aircraft struck"), not what a word before it tells of ("the body of a young
        // man, abducted 5 days earlier, was found").
        if whole.as_str().ends_with("earlier")
            && !sentence[..whole.start()]
                .trim_end()
                .ends_with([':', ',', ';'])
            && !sentence[..whole.start()].trim().is_empty()
        {
            continue;
        }
        // A day of the month alone is one only after "on the", before no name: "On the 15th
        // (month of reporting)", not "the 4th Division".
        if let Some(d) = group(&c, Group::OrdinalDay)
            && (!sentence[..d.start()].ends_with("on the ")
                || written[whole.end()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_uppercase()))
        {
            continue;
        }
        // An abbreviated weekday is a day only where it is written as one: "on Fri", "(Tue)".
        if let Some(wd) = group(&c, Group::Weekday)
            && wd.len() <= 5
            && !wd.as_str().ends_with("day")
        {
            let before = &sentence[..wd.start()];
            // (Or heading a log line, with its time of day: "Fri evening: unk gunmen …".)
            let heads = before.trim().is_empty()
                && [" morning", " afternoon", " evening", " night"]
                    .iter()
                    .any(|w| sentence[wd.end()..].starts_with(w));
            let word = matches!(wd.as_str(), "sat" | "sun")
                && !written[wd.range()].starts_with(|c: char| c.is_ascii_uppercase());
            if word || !(before.ends_with("on ") || before.ends_with('(') || heads) {
                continue;
            }
        }
        if let Some(mut span) = resolve(&c, today) {
            let since = group(&c, Group::Since).is_some();
            if since && span.start < today {
                span.end = today;
                span.precision = DatePrecision::Longer;
            }
            if group(&c, Group::Weekday).is_some() {
                weekdays.push(whole.end());
            }
            // "During the night of 14-15 May, at around 2 am", "Overnight 7-8 March, in the
            // early hours of 8 March": the act was after midnight, on the night's second day.
            if (span.end - span.start).get_days() == 1 && after_midnight(sentence, whole.range()) {
                span = DaySpan::day(span.end);
            }
            found.push(DateMention {
                span,
                at: whole.range(),
                since,
            });
        }
    }
    // "On Tuesday, February 14, 2017": the weekday names the date told right after it.
    if !weekdays.is_empty() && found.len() > 1 {
        let starts: Vec<usize> = found.iter().map(|d| d.at.start).collect();
        found.retain(|d| {
            !weekdays.contains(&d.at.end) || {
                let after = sentence[d.at.end..].trim_start_matches([',', ' ']);
                !starts.contains(&(sentence.len() - after.len()))
            }
        });
    }
    // A log entry timed and not dated ("1115 hrs: VBIED det. vic. Al Bab", "attacked … at
    // dawn") is of the day it was written.
    if found.is_empty() {
        let timed = (sentence.contains(':') || sentence.contains("hrs"))
            .then(|| TIME.find(sentence).map(|m| m.range()))
            .flatten()
            .or_else(|| TIME_OF_DAY.find(sentence).map(|m| m.range()));
        if let Some(at) = timed {
            found.push(DateMention {
                span: DaySpan::day(today),
                at,
                since: false,
            });
        }
    }
    found
}

/// Whether the range of two days at `at` is a night ("the night of", "overnight") whose act
/// the words right after it put after midnight ("at around 2 am", "in the early hours").
fn after_midnight(sentence: &str, at: std::ops::Range<usize>) -> bool {
    static SMALL_HOURS: LazyLock<Regex> = LazyLock::new(|| {
        crate::regex_with_room(r"(?-u)^(?u:[^.;]){0,40}?\b(?:early hours|after midnight|(?:at\s+)?(?:around\s+|about\s+)?0?[1-4](?::\d\d)?\s*(?:am|a\.m\.))")
            .expect("valid")
    });
    let before = &sentence[sentence.floor_char_boundary(at.start.saturating_sub(24))..at.start];
    before.contains("night") && SMALL_HOURS.is_match(&sentence[at.end..])
}

/// The days one match states.
fn resolve(c: &regex::Captures<'_>, today: Date) -> Option<DaySpan> {
    let day = |d: Date| DaySpan::day(d);
    {
        if group(c, Group::Today).is_some() {
            Some(day(today))
        } else if let Some(m) = group(c, Group::Yesterday) {
            // ("the day before yesterday": two days before.)
            let days = if m.as_str().ends_with("before yesterday") {
                2
            } else {
                1
            };
            today.checked_sub(days.days()).ok().map(day)
        } else if let Some(n) = group(c, Group::DaysAgo) {
            let n = match n.as_str() {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                digits => digits.parse().ok()?,
            };
            today.checked_sub(n.days()).ok().map(day)
        } else if group(c, Group::Earlier).is_some() {
            let first = today.first_of_month();
            Some(DaySpan {
                start: first,
                end: today.yesterday().unwrap_or(today).max(first),
                precision: DatePrecision::Month,
            })
        } else if let Some(w) = group(c, Group::LastWeek) {
            let this = w.as_str().eq_ignore_ascii_case("this week");
            let end = if this {
                today
            } else {
                today.checked_sub(1.days()).unwrap_or(today)
            };
            end.checked_sub(6.days()).ok().map(|start| DaySpan {
                start,
                end,
                precision: DatePrecision::Week,
            })
        } else if group(c, Group::LastMonth).is_some() {
            let start = today.first_of_month().checked_sub(1.month()).ok()?;
            Some(DaySpan {
                start,
                end: start.last_of_month(),
                precision: DatePrecision::Month,
            })
        } else if group(c, Group::LastYear).is_some() {
            let start = Date::new(today.year() - 1, 1, 1).ok()?;
            Some(DaySpan {
                start,
                end: Date::new(today.year() - 1, 12, 31).ok()?,
                precision: DatePrecision::Longer,
            })
        } else if let (Some(which), Some(season)) =
            (group(c, Group::SeasonWhich), group(c, Group::Season))
        {
            // "which rebel factions seized … this summer": the season's months, this year's
            // (last year's where it has not begun yet), or for "last", the one before the
            // season of the day of writing.
            let first_month: i8 = match season.as_str() {
                "spring" => 3,
                "summer" => 6,
                "autumn" | "fall" => 9,
                _ => 12,
            };
            let season_of = |year: i16| -> Option<DaySpan> {
                let start = Date::new(year, first_month, 1).ok()?;
                let end = start
                    .checked_add(3.months())
                    .ok()?
                    .checked_sub(1.days())
                    .ok()?;
                Some(DaySpan {
                    start,
                    end,
                    precision: DatePrecision::Longer,
                })
            };
            let mut span = season_of(today.year())?;
            if span.start > today {
                span = season_of(today.year() - 1)?;
            }
            if which.as_str() == "last" && span.end >= today {
                span = season_of(span.start.year() - 1)?;
            }
            Some(span)
        } else if let Some(d) = group(c, Group::OrdinalDay) {
            // "On the 15th (month of reporting)": a day of the month written in, or of the
            // month before where that day is still to come.
            let d: i8 = d.as_str().parse().ok()?;
            let month = if d <= today.day() {
                today
            } else {
                today.first_of_month().checked_sub(1.month()).ok()?
            };
            Date::new(month.year(), month.month(), d).ok().map(day)
        } else if let Some(wd) = group(c, Group::Weekday) {
            let weekday = WEEKDAYS
                .iter()
                .find(|(n, _)| n.starts_with(wd.as_str()))
                .map(|(_, w)| *w)?;
            // "on Monday" in a Monday story is that day (wire style); "last Monday" and any
            // other weekday are the most recent one before it.
            let back =
                (today.weekday().to_monday_zero_offset() - weekday.to_monday_zero_offset() + 7) % 7;
            let back = if back == 0 && group(c, Group::Last).is_some() {
                7
            } else {
                back
            };
            today.checked_sub((back as i64).days()).ok().map(day)
        } else if let (Some(from), Some(to), Some(m)) = (
            group(c, Group::BetweenFrom).or(group(c, Group::RangeFrom)),
            group(c, Group::BetweenTo),
            group(c, Group::BetweenMonth),
        ) {
            // "Between 7 and 9 March 2016", "the night of 11-12 October": the days from the
            // first to the last.
            let month = month_number(m.as_str())?;
            let from: i8 = from.as_str().parse().ok()?;
            let year = group(c, Group::BetweenYear)
                .and_then(plausible_year)
                .unwrap_or_else(|| year_unwritten(month, from, today));
            let start = Date::new(year, month, from).ok()?;
            let end = Date::new(year, month, to.as_str().parse().ok()?).ok()?;
            let days = (end - start).get_days();
            (days > 0).then_some(DaySpan {
                start,
                end,
                precision: match days {
                    ..=6 => DatePrecision::Days,
                    7 => DatePrecision::Week,
                    _ => DatePrecision::Month,
                },
            })
        } else if let (Some(d), Some(m)) = (
            group(c, Group::DayFirstDay).or(group(c, Group::MonthFirstDay)),
            group(c, Group::DayFirstMonth).or(group(c, Group::MonthFirstMonth)),
        ) {
            // "05 NOV 20," and "03MAY19" (a military date-time group): a two-digit year, of
            // this century.
            let short = group(c, Group::DayFirstShortYear)
                .and_then(|y| {
                    y.as_str()
                        .trim_matches(|c: char| !c.is_ascii_digit())
                        .parse::<i16>()
                        .ok()
                })
                .map(|y| 2000 + y);
            let year = group(c, Group::DayFirstYear)
                .or(group(c, Group::MonthFirstYear))
                .and_then(plausible_year)
                .or(short);
            let (month, d) = (month_number(m.as_str())?, d.as_str().parse::<i8>().ok()?);
            let year = year.unwrap_or_else(|| year_unwritten(month, d, today));
            Date::new(year, month, d).ok().map(day)
        } else if let (Some(first), Some(second)) = (
            group(c, Group::NumericFirst),
            group(c, Group::NumericSecond),
        ) {
            let (first, second) = (first.as_str().parse().ok()?, second.as_str().parse().ok()?);
            match group(c, Group::NumericYear) {
                // ("Sham FM, 07/04/18: …": a two-digit year is this century's.)
                Some(y) => {
                    let year: i16 = y.as_str().parse().ok()?;
                    let year = if y.len() == 2 { 2000 + year } else { year };
                    numeric(first, second, year, today).map(day)
                }
                // "on 23/11" in a log: day first, of the last month or so ("3.5", a decimal,
                // is no date).
                None if c.get(0).is_some_and(|m| m.as_str().contains('/')) => {
                    let this_year = Date::new(today.year(), second, first).ok()?;
                    let date = if this_year > today {
                        Date::new(today.year() - 1, second, first).ok()?
                    } else {
                        this_year
                    };
                    ((today - date).get_days() <= 31).then(|| day(date))
                }
                None => None,
            }
        } else if let (Some(year), Some(month), Some(d)) = (
            group(c, Group::IsoYear),
            group(c, Group::IsoMonth),
            group(c, Group::IsoDay),
        ) {
            let parse = |m: regex::Match<'_>| m.as_str().parse::<i16>().ok();
            let (month, d) = (
                i8::try_from(parse(month)?).ok()?,
                i8::try_from(parse(d)?).ok()?,
            );
            Date::new(parse(year)?, month, d).ok().map(day)
        } else if let Some(m) = group(c, Group::MonthAlone) {
            // A month alone is a date only when the text says which ("last September",
            // "since September 2015", "in March 2016"); "May" alone is too often a verb.
            let last = group(c, Group::LastMonthName).is_some();
            let year = group(c, Group::MonthAloneYear).and_then(plausible_year);
            if !last && year.is_none() && group(c, Group::Since).is_none() {
                None
            } else {
                let month = month_number(m.as_str())?;
                // "last September" in February is the previous year's; so is any month
                // still ahead of the document's ("since November" in March).
                let past = month > today.month() || (last && month == today.month());
                let year = year.unwrap_or(today.year() - i16::from(past));
                let start = Date::new(year, month, 1).ok()?;
                Some(DaySpan {
                    start,
                    end: start.last_of_month(),
                    precision: DatePrecision::Month,
                })
            }
        } else {
            None
        }
    }
}

/// The year of a day and month told without one: the document's, unless that puts the day
/// more than a quarter after the document was written — then it is a day of the year before
/// ("On 25 July" in a report of January is last July; "the talks set for 25 February" in a
/// story of 22 February are three days ahead, "elections on 3 June" in March too).
fn year_unwritten(month: i8, day: i8, today: Date) -> i16 {
    let this_year = Date::new(today.year(), month, day).ok();
    match this_year {
        // (Days of the year compared: a span between two dates costs more than the whole
        // date pattern's search.)
        Some(date) if date.day_of_year() - today.day_of_year() > 92 => today.year() - 1,
        _ => today.year(),
    }
}

/// Whether the words are a time of day, not a date ("7:15", "1115 hrs", "at dawn"): what
/// [`find`] reads as the day of writing where a sentence tells no date.
pub fn is_time(written: &str) -> bool {
    let written = written.to_ascii_lowercase();
    [&*TIME, &*TIME_OF_DAY]
        .iter()
        .any(|p| p.find(&written).is_some_and(|m| m.len() == written.len()))
}

/// A year as written after a day and month; four digits that no report would date an act by are
/// a time of day ("13 May 0640:" in a military log).
fn plausible_year(written: regex::Match<'_>) -> Option<i16> {
    written
        .as_str()
        .parse()
        .ok()
        .filter(|y| (1900..=2100).contains(y))
}

/// A time of day: "1115 hrs", "approx. 14:30".
/// A time of the day a note was written: "at dawn", "since noon", "minutes ago"; a post
/// marked "BREAKING:" is of its own day.
static TIME_OF_DAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(r"(?-u)\b(?:(?:at dawn|at midday|at noon|at dusk|since dawn|since noon|since the morning|after midnight|minutes ago|hours ago)\b|breaking:)")
        .expect("a valid pattern")
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    crate::regex_with_room(
        r"(?-u)\b(?:(?:[01]\d|2[0-3])[0-5]\d\s*hrs|(?:[01]?\d|2[0-3]):[0-5]\d)\b",
    )
    .expect("a valid pattern")
});

/// "12/06/2016": day first, as written in Syria and most of the world, unless only the other
/// reading is a date, or only it is not after the document's date, or it is nearer before it.
fn numeric(first: i8, second: i8, year: i16, today: Date) -> Option<Date> {
    let day_first = Date::new(year, second, first).ok();
    let month_first = Date::new(year, first, second).ok();
    match (day_first, month_first) {
        (Some(d), Some(m)) if d > today && m <= today => Some(m),
        (Some(d), Some(m)) if d <= today && m <= today && m > d => Some(m),
        (Some(d), _) => Some(d),
        (None, m) => m,
    }
}

/// A live blog's clock: where each entry's line starts, and the time of day, in minutes, its
/// time stamp tells ("09:35 GMT: …", "0845 GMT - …", "12.45pm BST: …", "Updated 9.05am: …",
/// "09:14 — …") — none where the text has fewer than two such lines (a story that is no live
/// blog). A live blog's entries run either way, and its clock, not the order of the text,
/// tells which toll is the newer.
#[derive(Debug, Default)]
pub(crate) struct EntryClocks(Vec<(usize, u32)>);

impl EntryClocks {
    /// The entries of `text`, read in one pass over its lines.
    pub(crate) fn of(text: &str) -> Self {
        let mut start = 0;
        let mut stamps = Vec::new();
        for line in text.split_inclusive('\n') {
            if let Some(minutes) = clock_stamp(line) {
                stamps.push((start, minutes));
            }
            start += line.len();
        }
        if stamps.len() < 2 {
            stamps.clear();
        }
        Self(stamps)
    }

    /// The time of day of the entry that holds byte `at` (`None` before the first: a
    /// headline).
    fn at(&self, at: usize) -> Option<u32> {
        let after = self.0.partition_point(|&(start, _)| start <= at);
        after.checked_sub(1).map(|entry| self.0[entry].1)
    }

    /// Whether what is written at byte `now` is in a later entry than byte `then` (`None`
    /// where either is in no entry).
    pub(crate) fn newer(&self, then: usize, now: usize) -> Option<bool> {
        self.at(then)
            .zip(self.at(now))
            .map(|(then, now)| then < now)
    }
}

/// The time of day a line opens with, in minutes (see [`EntryClocks`]).
fn clock_stamp(line: &str) -> Option<u32> {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        crate::regex_with_room(r"^\s*(?:Updated?(?:\s+at)?:?\s+)?(?:(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)\s*(?P<half>[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|local(?:\s+time)?)?|(?P<hh>[012]\d)(?P<mm>[0-5]\d)\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT))\s*(?:[:\-–—]\s*|\s+)[A-Z\x22“]")
            .expect("valid")
    });
    // (Most lines open with a letter: the first byte tells.)
    if !line
        .trim_start()
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || *b == b'U')
    {
        return None;
    }
    let c = STAMP.captures(line)?;
    let number = |a: &str, b: &str| {
        c.name(a)
            .or(c.name(b))
            .and_then(|m| m.as_str().parse::<u32>().ok())
    };
    let (hour, minute) = (number("h", "hh")?, number("m", "mm")?);
    let hour = match c.name("half").map(|m| m.as_str().as_bytes()[0]) {
        Some(b'p') if hour < 12 => hour + 12,
        Some(b'a') if hour == 12 => 0,
        _ => hour,
    };
    (hour < 24).then_some(hour * 60 + minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_blog_entry_opens_with_its_time_of_day() {
        let cases: &[(&str, Option<u32>)] = &[
            (
                "09:35 GMT: Activists say warplanes struck ferries",
                Some(9 * 60 + 35),
            ),
            (
                "0845 GMT - Two car bombs exploded at a junction",
                Some(8 * 60 + 45),
            ),
            ("12.45pm BST: In Aleppo, activists say", Some(12 * 60 + 45)),
            (
                "3.47pm GMT: The LCC has raised its toll",
                Some(15 * 60 + 47),
            ),
            (
                "Updated 9.05am: Russia's defence ministry says",
                Some(9 * 60 + 5),
            ),
            ("09:14 — Local activists in Arbin say", Some(9 * 60 + 14)),
            (
                "17:30 The SOHR has raised its death toll",
                Some(17 * 60 + 30),
            ),
            // A year, a toll, a day: no time of day.
            ("2016 — The year the truce began", None),
            ("25 people were killed in the strike", None),
            ("12.5 per cent of the wounded", None),
        ];
        for &(line, expected) in cases {
            assert_eq!(clock_stamp(line), expected, "{line:?}");
        }
        let blog =
            "Syria – live\n\n08:20 GMT: Welcome.\n\n09:35 GMT: 14 killed.\n\n17:30 GMT: 34 killed.";
        let at = |s: &str| blog.find(s).unwrap();
        let clocks = EntryClocks::of(blog);
        assert_eq!(clocks.at(at("14 killed")), Some(9 * 60 + 35));
        assert_eq!(clocks.at(at("34 killed")), Some(17 * 60 + 30));
        assert_eq!(clocks.at(at("live")), None);
        // One time of day is no live blog.
        assert_eq!(EntryClocks::of("09:35 GMT: 14 killed.").at(20), None);
    }

    #[test]
    fn relative_and_absolute_dates_resolve_against_the_document_date() {
        // 22 February 2016 was a Monday.
        let today: Date = "2016-02-22".parse().unwrap();
        let cases: &[(&str, &str, &str, DatePrecision)] = &[
            // A military date-time group, written together ("0640L 03MAY19").
            (
                "0640L 03JAN16: Arty impacts vic. Morek",
                "2016-01-03",
                "2016-01-03",
                DatePrecision::Day,
            ),
            // A two-digit year after a day and a month in figures ("Sham FM, 07/04/18: …").
            (
                "Sham FM, 17/02/16: a shepherd was killed",
                "2016-02-17",
                "2016-02-17",
                DatePrecision::Day,
            ),
            // Not a day and a count ("on 5 May 20 people were killed"); a day more than a
            // quarter after the document's, told without a year, is of the year before.
            (
                "on 5 May 20 people were killed",
                "2016-05-05",
                "2016-05-05",
                DatePrecision::Day,
            ),
            (
                "47. On 25 July, shortly after 6 a.m., ISIL fighters launched attacks",
                "2015-07-25",
                "2015-07-25",
                DatePrecision::Day,
            ),
            // A season: this year's, or last year's where this year's has not begun; "last"
            // is the one before.
            (
                "the village, which rebel factions seized this summer",
                "2015-06-01",
                "2015-08-31",
                DatePrecision::Longer,
            ),
            (
                "rebels took the town last winter",
                "2014-12-01",
                "2015-02-28",
                DatePrecision::Longer,
            ),
            // A day of the month alone: of the document's month, or of the month before
            // where it is still to come.
            (
                "On the 15th (month of reporting), thousands gathered",
                "2016-02-15",
                "2016-02-15",
                DatePrecision::Day,
            ),
            (
                "on the 28th, shells hit the market",
                "2016-01-28",
                "2016-01-28",
                DatePrecision::Day,
            ),
            (
                "since the announcement of its Caliphate on the 29th of June 2014",
                "2014-06-29",
                "2014-06-29",
                DatePrecision::Day,
            ),
            // A monitor's abbreviated weekday, where it is written as a day.
            (
                "took the village from pro-regime forces on Fri after two VBIEDs",
                "2016-02-19",
                "2016-02-19",
                DatePrecision::Day,
            ),
            (
                "Fri evening: unk gunmen assassinate ex-FSA cmdr at his shop in Dael",
                "2016-02-19",
                "2016-02-19",
                DatePrecision::Day,
            ),
            (
                "the talks once set for 25 Feb",
                "2016-02-25",
                "2016-02-25",
                DatePrecision::Day,
            ),
            // A weekday names the full date told right after it (the first date found is
            // the one checked: not the Tuesday before the document's day).
            (
                "On Tuesday, February 14, 2017, warplanes fired missiles at the market",
                "2017-02-14",
                "2017-02-14",
                DatePrecision::Day,
            ),
            (
                "Wednesday 29 Oct 2014 Syrian regime raids kill 10",
                "2014-10-29",
                "2014-10-29",
                DatePrecision::Day,
            ),
            (
                "fighting raged near Aleppo today",
                "2016-02-22",
                "2016-02-22",
                DatePrecision::Day,
            ),
            (
                "Kerry announced the deal yesterday",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "two children were killed the day before yesterday when a war remnant exploded",
                "2016-02-20",
                "2016-02-20",
                DatePrecision::Day,
            ),
            (
                "On the previous day (as reported), the army arrested 14 young men",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            // A coder's shorthand, without the article.
            (
                "ISIS members torched the church, Raqqa city, previous day",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "The previous evening, tanks fired at an observation post",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "failed to take hold by last Friday",
                "2016-02-19",
                "2016-02-19",
                DatePrecision::Day,
            ),
            (
                "a strike on Sunday",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "said on Monday",
                "2016-02-22",
                "2016-02-22",
                DatePrecision::Day,
            ),
            (
                "last Monday",
                "2016-02-15",
                "2016-02-15",
                DatePrecision::Day,
            ),
            (
                "announced earlier this month",
                "2016-02-01",
                "2016-02-21",
                DatePrecision::Month,
            ),
            (
                "scheduled to resume on February 25",
                "2016-02-25",
                "2016-02-25",
                DatePrecision::Day,
            ),
            (
                "On 2 March 2016, regime forces shelled",
                "2016-03-02",
                "2016-03-02",
                DatePrecision::Day,
            ),
            (
                "Around 13 June 2022 (as reported)",
                "2022-06-13",
                "2022-06-13",
                DatePrecision::Day,
            ),
            (
                "air strikes in Syria last September",
                "2015-09-01",
                "2015-09-30",
                DatePrecision::Month,
            ),
            (
                "Between 7 and 9 March 2016, Russian warplanes struck",
                "2016-03-07",
                "2016-03-09",
                DatePrecision::Days,
            ),
            (
                "On the night of 11-12 February 2016, barrel bombs fell",
                "2016-02-11",
                "2016-02-12",
                DatePrecision::Days,
            ),
            (
                "Overnight on 11-12 February 2016, aircraft struck depots",
                "2016-02-11",
                "2016-02-12",
                DatePrecision::Days,
            ),
            (
                "During the night of 14-15 May 2013, at around 2 am, NDF forces stormed Tseel",
                "2013-05-15",
                "2013-05-15",
                DatePrecision::Day,
            ),
            (
                "Overnight 7-8 March 2025, in the early hours of 8 March, gunmen raided homes",
                "2025-03-08",
                "2025-03-08",
                DatePrecision::Day,
            ),
            (
                "Artillery shelling on 8 and 9 February struck residential areas",
                "2016-02-08",
                "2016-02-09",
                DatePrecision::Days,
            ),
            (
                "Since the morning, violent clashes have been ongoing near Ain Issa",
                "2016-02-22",
                "2016-02-22",
                DatePrecision::Day,
            ),
            (
                "Overnight, aircraft struck depots",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "13 Feb 0640: RuAF fixed-wing strikes",
                "2016-02-13",
                "2016-02-13",
                DatePrecision::Day,
            ),
            (
                "Turkish forces shelled Tell Rifaat on 20/02. No casualties",
                "2016-02-20",
                "2016-02-20",
                DatePrecision::Day,
            ),
            (
                "1115 hrs: VBIED det. vic. main roundabout",
                "2016-02-22",
                "2016-02-22",
                DatePrecision::Day,
            ),
            (
                "a landmine exploded two days ago",
                "2016-02-20",
                "2016-02-20",
                DatePrecision::Day,
            ),
            (
                "arty on the market area yday ~1130 hrs",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "rebels attacked the positions at dawn",
                "2016-02-22",
                "2016-02-22",
                DatePrecision::Day,
            ),
            (
                "a strike this afternoon",
                "2016-02-22",
                "2016-02-22",
                DatePrecision::Day,
            ),
            (
                "12/02/2016 - SAA helicopters dropped",
                "2016-02-12",
                "2016-02-12",
                DatePrecision::Day,
            ),
            (
                "02/21/2016: a US-style date, read month first where only that is past",
                "2016-02-21",
                "2016-02-21",
                DatePrecision::Day,
            ),
            (
                "2016-02-14: regime helicopters dropped barrel bombs",
                "2016-02-14",
                "2016-02-14",
                DatePrecision::Day,
            ),
            (
                "05 FEB 16, 1130 hrs: arty rounds impacted",
                "2016-02-05",
                "2016-02-05",
                DatePrecision::Day,
            ),
            (
                "the same weapons in Aleppo last month",
                "2016-01-01",
                "2016-01-31",
                DatePrecision::Month,
            ),
            (
                "the same weapons in Aleppo last year",
                "2015-01-01",
                "2015-12-31",
                DatePrecision::Longer,
            ),
            (
                "bombing since last September",
                "2015-09-01",
                "2016-02-22",
                DatePrecision::Longer,
            ),
        ];
        // (A unit's ordinal is no day.)
        assert!(find("On the 4th Division's orders, troops shelled Daraya", today).is_empty());
        for (text, start, end, precision) in cases {
            let found = find(text, today);
            let first = found
                .first()
                .unwrap_or_else(|| panic!("no date in {text:?}"));
            assert_eq!(
                (
                    first.span.start.to_string(),
                    first.span.end.to_string(),
                    first.span.precision
                ),
                (start.to_string(), end.to_string(), *precision),
                "{text:?}"
            );
        }
        assert!(
            find("you may go", today).is_empty(),
            "`may` is not a month here"
        );
        assert!(
            find("4 regime fighters and 3 JaN fighters were killed", today).is_empty(),
            "`JaN` (Jabhat al-Nusra) is not January"
        );
        assert!(
            find("a 3.5 km road, 3/4 of it", today).is_empty(),
            "a decimal is no date, nor a fraction that would be months ago"
        );
        assert!(
            find("On 5 March 20 civilians", today)
                .first()
                .is_some_and(|d| d.span.start.year() == 2016),
            "a count after a date is not its year"
        );
    }
}
