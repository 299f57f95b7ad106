//! What a story says across sentences: a toll told right after an act is that act's, an act
//! told right after a toll without one is what caused it, and the story's lead is news, not
//! background — as data: the text, then what the candidates must show.

mod common;

use common::read;
use truce_extract::Kind;

#[test]
fn a_toll_and_its_act_are_read_together_across_sentences() {
    // (text, the place written, the sub-event type the incident placed there must carry)
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "Air strikes killed 35 jihadists overnight. Thirty were killed around the town of \
             Shadadi in Hasakeh province.",
            "Shadadi",
            Some("Air/drone strike"),
        ),
        (
            "At least 19 people were killed in Douma on Tuesday. Regime aircraft dropped \
             barrel bombs on the town.",
            "Douma",
            Some("Air/drone strike"),
        ),
        // Two sentences apart, nothing ties them.
        (
            "At least 19 people were killed in Douma on Tuesday. The talks were postponed. \
             Regime aircraft dropped barrel bombs on the town.",
            "Douma",
            None,
        ),
    ];
    for &(text, written, sub_event_type) in cases {
        let candidates = read(text);
        let placed = candidates
            .iter()
            .find(|c| {
                c.kind == Kind::Incident
                    && c.location.as_ref().is_some_and(|l| l.written == written)
            })
            .unwrap_or_else(|| panic!("no incident at {written} in {text:?}"));
        assert_eq!(placed.sub_event_type, sub_event_type, "{text:?}");
        // The event's evidence is the act's words, wherever they were read.
        if let Some([start, end]) = placed.evidence.event {
            let words: String = text.chars().skip(start).take(end - start).collect();
            assert!(
                ["Air strikes", "barrel bombs"].contains(&words.as_str()),
                "{words:?} in {text:?}"
            );
        }
    }
}

#[test]
fn the_lead_is_news_not_background() {
    let text = "Government shelling killed 12 people in Aleppo last year. On Monday an air \
                strike killed five people in Idlib city.";
    let candidates = read(text);
    let lead =
        truce_extract::lead(&candidates, "2016-02-24".parse().unwrap()).expect("a lead incident");
    let place = lead.location.as_ref().expect("a placed lead");
    assert_eq!(place.written, "Idlib", "{candidates:#?}");
    // Read on the day after the shelling, the same words lead with it.
    let lead = truce_extract::lead(&candidates, "2015-06-01".parse().unwrap()).unwrap();
    assert_eq!(lead.location.as_ref().unwrap().written, "Aleppo");
}

/// A demand names the act it would end, and tells none: the lead is the act told later.
#[test]
fn an_earlier_act_told_for_context_is_its_own_incident_of_its_own_day() {
    // Written on Thursday 25 February 2016: Wednesday is the 24th.
    let text = "Two children were killed in Saraqib on Wednesday, a day after an air strike on \
                Ariha killed at least 33 people.";
    let candidates = read_on_thursday(text);
    let [children, strike] = candidates.as_slice() else {
        panic!("two incidents: {candidates:#?}");
    };
    assert_eq!(children.sub_event_type, None, "not the strike's cause");
    assert_eq!(children.fatalities.and_then(|f| f.best), Some(2));
    assert_eq!(children.date_start, Some("2016-02-24".parse().unwrap()));
    assert_eq!(strike.sub_event_type, Some("Air/drone strike"));
    assert_eq!(strike.fatalities.and_then(|f| f.low), Some(33));
    assert_eq!(strike.date_start, Some("2016-02-23".parse().unwrap()));
    assert_eq!(
        strike.location.as_ref().map(|l| l.written.as_str()),
        Some("Ariha")
    );
    // Told first, the context lends the deaths after it neither its place nor its day.
    let text = "One day after an air strike on Ariha killed at least 33 people, two children \
                were killed in Saraqib.";
    let candidates = read_on_thursday(text);
    let [children] = candidates.as_slice() else {
        panic!("one incident: {candidates:#?}");
    };
    assert_eq!(
        children.location.as_ref().map(|l| l.written.as_str()),
        Some("Saraqib")
    );
    assert_eq!(children.fatalities.and_then(|f| f.best), Some(2));
}

#[test]
fn a_toll_told_with_a_time_of_day_or_only_where_its_dead_were_from_is_the_act_before() {
    // (text, the toll the first incident must carry)
    let cases: &[(&str, u32)] = &[
        (
            "Armed groups ambushed General Security patrols in the city of Jableh. Clashes are \
             ongoing.\nUPDATE 6:00 pm: 13 members of General Security were killed.",
            13,
        ),
        (
            "Yesterday a suicide drone launched by regime forces targeted a civilian car on the \
             outskirts of Sarmin. A man displaced from Saraqib was killed and his son was \
             wounded.",
            1,
        ),
        (
            "At 2:10 pm today, a drone targeted a civilian car in Amude city. The two men in \
             the car were martyred, and a child was wounded and taken to hospital in Qamishli.",
            2,
        ),
    ];
    for &(text, toll) in cases {
        let candidates = read(text);
        let [act] = incidents(&candidates)[..] else {
            panic!("one incident in {text:?}: {candidates:#?}");
        };
        assert_eq!(act.fatalities.and_then(|f| f.best), Some(toll), "{text:?}");
    }
}

/// A mission's report: an act told on its day, then at its time of day with its place and toll
/// (one act, placed and counted), and explosions heard where aircraft flew (an air strike).
#[test]
fn an_act_told_again_at_its_time_of_day_is_the_same_act() {
    let text = "The Mission recorded heavy shelling on Wednesday evening. At 21:30, around 15 \
                artillery rounds impacted in Ariha; 1 killed and 3 wounded, all civilians. One \
                of the wounded has since died.";
    let candidates = read(text);
    let lead = incidents(&candidates)[0];
    let place = lead.location.as_ref().map(|l| l.written.as_str());
    assert_eq!(
        (place, lead.fatalities.and_then(|f| f.best)),
        (Some("Ariha"), Some(2)),
        "{candidates:#?}"
    );
    let heard = "On Sunday at about 10:30, the Mission heard fixed-wing aircraft overhead \
                 followed by 4 explosions; air strikes hit a poultry farm near Jisr al-Shughur.";
    let candidates = read(heard);
    assert_eq!(
        incidents(&candidates)[0].sub_event_type,
        Some("Air/drone strike"),
        "{candidates:#?}"
    );
}

/// The day the wounded died of their wounds, or a register's update, is not the act's day; the
/// death adds to its toll.
#[test]
fn a_death_of_wounds_told_with_its_day_adds_to_the_act_of_its_own_day() {
    let text = "EO acc. #1102 | HMS / Tadmur dist. / Palmyra | 17.01.2025 | AT mine - pick-up \
                truck | 2 M adults killed (shepherds, 38, 60); 1 M adult (19) inj. -> died \
                19.01.2025 | rec. 21.01.2025";
    let candidates = common::read_on(text, jiff::civil::date(2025, 1, 21));
    let lead = incidents(&candidates)[0];
    assert_eq!(
        (
            lead.date_start.map(|d| d.to_string()),
            lead.fatalities.and_then(|f| f.best)
        ),
        (Some("2025-01-17".to_owned()), Some(3)),
        "{candidates:#?}"
    );
    // (Wounded "in the ambush", told again: no act of its own.)
    let text = "On 14 July 2020, unidentified gunmen ambushed a car carrying members of Military \
                Security near Tafas, killing two of them on the spot. A third member, who was \
                seriously wounded in the ambush, died of his wounds at the National Hospital in \
                Daraa city two days later.";
    let candidates = common::read_on(text, jiff::civil::date(2020, 7, 17));
    assert_eq!(
        incidents(&candidates)
            .iter()
            .map(|c| c.fatalities.and_then(|f| f.best))
            .collect::<Vec<_>>(),
        [Some(3)],
        "{candidates:#?}"
    );
    // (In a note's words, at the hospital's place.)
    let text = "On 22 April 2021, an IED exploded targeting an SDF military vehicle near \
                Al-Karamah, eastern Raqqa countryside, killing one SDF member and injuring two \
                others. One of the injured died of his wounds in a hospital in Raqqa on 24 April.";
    let candidates = common::read_on(text, jiff::civil::date(2021, 4, 25));
    let lead = incidents(&candidates)[0];
    assert_eq!(
        (
            lead.date_start.map(|d| d.to_string()),
            lead.fatalities.and_then(|f| f.best),
            incidents(&candidates).len()
        ),
        (Some("2021-04-22".to_owned()), Some(2), 1),
        "{candidates:#?}"
    );
}

/// Another source's count of the same dead, in a sentence of its own, is coded as ACLED codes
/// conflicting reports: the lower, with the higher as its high end — not a toll of its own.
#[test]
fn another_sources_count_told_next_is_the_same_dead_counted_lower_or_higher() {
    // (text, the lead's low, best and high, whether the second count joined it)
    let cases: &[(&str, [Option<u32>; 3], bool)] = &[
        (
            "On 9 June 2015, regime helicopters dropped barrel bombs on Jisr al-Shughour. SOHR \
             reported 9 civilians killed. Local sources put the toll at 7.",
            [Some(7), Some(7), Some(9)],
            true,
        ),
        (
            "On 20 April 2016, barrel bombs hit a market in Aleppo, killing at least 22 \
             civilians. The White Helmets put the death toll at 27.",
            [Some(22), Some(22), Some(27)],
            true,
        ),
        // An earlier count is no second source's: the toll told before stands.
        (
            "On 20 March 2018, mortar shells hit Bab Touma in Damascus, killing at least nine \
             civilians. An earlier report had put the death toll at six.",
            [Some(9), Some(9), None],
            false,
        ),
    ];
    for &(text, [low, best, high], joined) in cases {
        let candidates = common::read(text);
        let lead = incidents(&candidates)[0];
        let f = lead.fatalities.expect("a toll");
        assert_eq!((f.low, f.best, f.high), (low, best, high), "{text:?}");
        assert_eq!(
            candidates.iter().all(|c| c.kind != Kind::AggregateToll),
            joined,
            "{candidates:#?}"
        );
    }
}

/// A register's records: a row's day however many fields on, the day an incident was reported
/// is not its day, and a database's victims are its dead where its injured have their own field.
#[test]
fn a_records_fields_give_its_day_and_toll() {
    let cases: &[(&str, &str, u32)] = &[
        (
            "#0188 | 2016-03-09 | Latakia | sector: Jabal al-Akrad | Kinsibba | SAA/NDF vs. JaN \
             | ground clashes, mortars | KIA: 4 SAA, 3 AOG | status: confirmed",
            "2016-03-09",
            7,
        ),
        (
            "Ref: HAI-19-298; Date of incident: 05/12/2019; Date reported: 07/12/2019; \
             Location: Ma'arrat An-Nu'man (Idleb); Category: aerial bombardment affecting \
             health facility; Casualties: 2 civilians killed, 5 injured",
            "2019-12-05",
            2,
        ),
        (
            "ID: SY-2016-06112; Date: 2016-11-04; Gov: Aleppo; Area: Jarablus; Loc: Ghandoura, \
             outside central mosque; Type: IED (parked motorcycle, remote-det.); Victims: 4 (3 M \
             adult, 1 M child); Inj: 9; Perp: ISIS (suspected)",
            "2016-11-04",
            4,
        ),
        (
            "Ref: HAI-21-133; Date of incident: 12/08/2021; Location: Al-Hol camp (Al-Hasakeh), \
             Phase 5; Category: violence against humanitarian personnel; Casualties: 1 killed \
             (NGO guard, shot by unknown assailants inside camp)",
            "2021-08-12",
            1,
        ),
    ];
    for &(text, day, toll) in cases {
        let candidates = common::read_on(text, jiff::civil::date(2019, 12, 8));
        let lead = incidents(&candidates)[0];
        assert_eq!(
            (
                lead.date_start.map(|d| d.to_string()),
                lead.fatalities.and_then(|f| f.best)
            ),
            (Some(day.to_owned()), Some(toll)),
            "{text:?}"
        );
    }
}

#[test]
fn force_told_right_after_a_protest_is_the_force_it_met() {
    // (text, the protest's type, its toll)
    let cases: &[(&str, &str, Option<u32>)] = &[
        (
            "Protesters stormed the governorate building in Suwayda city at noon today and set \
             fire to parts of it. Security forces then opened fire. One protester and one \
             policeman were killed, and several people were wounded.",
            "Violent demonstration",
            Some(2),
        ),
        (
            "Hundreds protested in Douma on Friday. Security forces opened fire on them, killing \
             three.",
            "Excessive force against protesters",
            Some(3),
        ),
        (
            "Protesters demonstrated in Idlib city against HTS. HTS security forces dispersed \
             the protesters with batons. Several protesters were injured; no fatalities \
             reported.",
            "Protest with intervention",
            Some(0),
        ),
    ];
    for &(text, sub_event_type, toll) in cases {
        let candidates = read(text);
        let [protest] = incidents(&candidates)[..] else {
            panic!("one incident in {text:?}: {candidates:#?}");
        };
        assert_eq!(protest.sub_event_type, Some(sub_event_type), "{text:?}");
        assert_eq!(protest.fatalities.and_then(|f| f.best), toll, "{text:?}");
    }
}

#[test]
fn a_reports_name_and_its_day_of_writing_head_the_line_not_the_act() {
    let cases: &[(&str, &str)] = &[
        (
            "Sitrep 24 Feb 2016, Aleppo governorate: two civilians were killed on 22 February by \
             gunfire from border posts west of Kobani.",
            "2016-02-22",
        ),
        (
            "Log 2016-02-24: a man from Ras al-Ain was killed on 21 February when he stepped on \
             a landmine near the border.",
            "2016-02-21",
        ),
        // (A report's name of a few words, a comma after it; a day told in an opening
        // "Despite …" phrase is not the act's.)
        (
            "Incident report, 24/02/2016: Despite the pause in hostilities agreed on 20 \
             February, SNA factions and SDF fighters clashed in Ras al-Ain on 23 February.",
            "2016-02-23",
        ),
        (
            "UNDOF situation report extract, 24 February 2016: On 22 February, armed members of \
             the opposition attacked the Quneitra crossing point.",
            "2016-02-22",
        ),
        // A report's name in capitals of two words.
        (
            "UNDOF SITREP 24/02/2016 (extract): At 1335 hrs on 22 February, UNDOF observed IDF \
             personnel fire approx. 12 rounds of small arms at two individuals west of Khan \
             Arnabah.",
            "2016-02-22",
        ),
        // A chronology's heading, a month shortened before its day.
        (
            "Syria, 2016 — Feb. 24: Rebels said they had taken control of the town of Tal Abyad \
             the previous day. (AFP, 2/24)",
            "2016-02-23",
        ),
        (
            "Syria, 2016 — Feb. 24: Rebels seized the Quneitra crossing on Feb. 22 after \
             fighting with government troops.",
            "2016-02-22",
        ),
        // The day a source reported, told first, then the act's ("On 24 February 2016, …
        // reported that on Monday …", "… the previous day").
        (
            "On 24 February 2016, Kurdish sources reported that on Monday Turkish forces shelled \
             YPG positions around Tal Rifaat, killing 2 YPG fighters.",
            "2016-02-22",
        ),
        (
            "On 24 February 2016, the Syrian Observatory reported that ISIS had executed 4 men \
             in al-Mayadeen the previous day.",
            "2016-02-23",
        ),
        // A box's title in capitals with its day of writing tells nothing; its lines do.
        (
            "QUNEITRA CLASHES: KEY DATES (Wednesday, 24 February 2016). Monday — Rebels seized \
             the Quneitra crossing after fighting with government troops.",
            "2016-02-22",
        ), // The day a report was made, told before what it reports.
        // A log line's day stands where the other days only say since when a state lasted.
        (
            "24 Feb 2016 - SAA forces regained full control of Al Qardaha after gunmen held \
             parts of the town since 20 Feb.",
            "2016-02-24",
        ),
        // A source's name and its day of writing before a colon.
        (
            "SOHR, 24/02/2016: In the early hours of Monday, regime forces fired rockets on \
             Irbin in Eastern Ghouta.",
            "2016-02-22",
        ),
        (
            "Local sources reported on 24 February 2016 that a car bomb had exploded on Monday \
             near the bus station of Al-Bab city.",
            "2016-02-22",
        ),
        // (Its weekday before its date, or its weekday alone before the colon.)
        (
            "Syria Civil Defence, Wednesday 24 February 2016: regime shelling hit the western \
             outskirts of Kafr Zeita late last night.",
            "2016-02-23",
        ),
        (
            "Local activists (report of Wed 24 February 2016): gunmen stormed a house in Sarmeen \
             late on Monday and killed a man.",
            "2016-02-22",
        ),
        (
            "SOHR, Wednesday: regime shelling hit Jisr al-Shughur on Monday.",
            "2016-02-22",
        ),
    ];
    for &(text, day) in cases {
        let act = first_incident(text);
        assert_eq!(act.date_start, Some(day.parse().unwrap()), "{text:?}");
    }
}

/// The incidents among `candidates`.
fn incidents(candidates: &[truce_extract::Candidate]) -> Vec<&truce_extract::Candidate> {
    candidates
        .iter()
        .filter(|c| c.kind == Kind::Incident)
        .collect()
}

/// The candidates `text` yields, read as written on Thursday 25 February 2016.
fn read_on_thursday(text: &str) -> Vec<truce_extract::Candidate> {
    common::read_on(text, "2016-02-25".parse().unwrap())
}

#[test]
fn a_features_act_takes_the_place_told_after_it_in_a_sentence_of_its_own() {
    let text = "It was the middle of the school day. Then came the first explosion. \
                \"Stay inside,\" the teacher told them. The attack happened on Wednesday in \
                Hass, a village in the south of Idlib province.";
    let act = first_incident(text);
    let place = act.location.unwrap_or_else(|| panic!("unplaced: {text:?}"));
    assert_eq!(place.admin1.as_deref(), Some("SY07"), "{place:?}");
}

#[test]
fn a_place_that_endured_a_pattern_of_acts_is_the_scene_of_the_act_told_after() {
    let text = "The Khalidiya district of Homs city was subjected to sustained shelling from \
                early February. On 19 February, two mortar rounds struck a bakery queue, \
                killing five civilians.";
    let candidates = read(text);
    let [pattern, act] = candidates.as_slice() else {
        panic!("a pattern and an act: {candidates:#?}");
    };
    assert_eq!(pattern.kind, Kind::Allegation);
    assert_eq!(act.kind, Kind::Incident);
    assert_eq!(act.date_start, Some("2016-02-19".parse().unwrap()));
    assert_eq!(act.fatalities.and_then(|f| f.best), Some(5));
    assert_eq!(act.location, pattern.location);
    assert!(act.location.is_some(), "{candidates:#?}");
}

#[test]
fn an_act_told_on_the_next_day_is_of_the_day_after_the_last_day_told() {
    // (The first sentence also names a month long past: the day is what counts.)
    let text = "On Tuesday 9 February, the first aid convoy since October reached Madaya. The \
                following morning, helicopters dropped barrel bombs on the town, killing three \
                civilians.";
    let candidates = read(text);
    let act = candidates
        .iter()
        .find(|c| c.kind == Kind::Incident && c.fatalities.is_some())
        .unwrap_or_else(|| panic!("no act: {candidates:#?}"));
    assert_eq!(act.date_start, Some("2016-02-10".parse().unwrap()));
    assert_eq!(act.date_end, act.date_start);
}

#[test]
fn a_day_told_without_its_year_in_a_note_takes_the_year_told_before() {
    // Written a year on: without the year told, 4 February would be the document's year.
    let text = "This finding concerns the use of chlorine as a weapon in Saraqib in 2018. On \
                the evening of 4 February, a cylinder struck a house, killing 3 people.";
    let candidates = common::read_on(text, "2019-01-20".parse().unwrap());
    let act = candidates
        .iter()
        .find(|c| c.kind == Kind::Incident)
        .unwrap_or_else(|| panic!("no act: {candidates:#?}"));
    assert_eq!(act.date_start, Some("2018-02-04".parse().unwrap()));
}

#[test]
fn the_hospital_bombing_told_again_is_the_bombing_told_before() {
    let text = "Yesterday a suicide bomber blew himself up inside the emergency department of \
                the National Hospital in Jablah. ISIS claimed responsibility the same day. The \
                hospital bombing alone killed at least 41 people.";
    let candidates = read(text);
    let [bombing] = incidents(&candidates)[..] else {
        panic!("one incident: {candidates:#?}");
    };
    assert_eq!(bombing.sub_event_type, Some("Suicide bomb"));
    assert_eq!(bombing.fatalities.and_then(|f| f.low), Some(41));
}

#[test]
fn an_act_demanded_to_stop_is_no_incident() {
    let text = "Kerry stressed that Russian air strikes against civilians in Aleppo must stop if \
                the truce was to hold. Hours before, missiles struck a hospital in Azaz, killing \
                at least 14 civilians.";
    let candidates = read(text);
    let lead =
        truce_extract::lead(&candidates, "2016-02-15".parse().unwrap()).expect("a lead incident");
    assert_eq!(
        lead.location.as_ref().map(|l| l.written.as_str()),
        Some("Azaz"),
        "{candidates:#?}"
    );
    assert_eq!(lead.fatalities.and_then(|f| f.low), Some(14));
}

#[test]
fn a_stated_nationality_names_the_party_and_a_found_body_is_an_attack() {
    let candidates = read(
        "Between 7 and 9 February 2016, Russian warplanes conducted airstrikes on Kinsabba. \
         On 13 February 2016, the body of a man was found in Jasim, Daraa.",
    );
    let strike = &candidates[0];
    assert_eq!(strike.sub_event_type, Some("Air/drone strike"));
    assert!(
        strike.actors.iter().any(|a| a.actor_id == "russia"),
        "{:?}",
        strike.actors
    );
    assert_eq!(
        (strike.date_start, strike.date_end),
        (
            Some("2016-02-07".parse().unwrap()),
            Some("2016-02-09".parse().unwrap())
        )
    );
    let body = &candidates[1];
    assert_eq!(body.sub_event_type, Some("Attack"));
    assert_eq!(body.fatalities.and_then(|f| f.best), Some(1));
    assert_eq!(
        body.location.as_ref().map(|l| l.written.as_str()),
        Some("Jasim")
    );
}

#[test]
fn whose_taking_of_ground_it_is_decides_its_type() {
    // (text, the sub-event type): the government or a force fighting for it regains
    // territory; anyone else, a foreign state's forces included, overtakes it; without a
    // perpetrator, the verb decides.
    let cases: &[(&str, &str)] = &[
        (
            "Regime forces captured Al-Eis on Monday.",
            "Government regains territory",
        ),
        (
            "SNA and HTS fighters recaptured Saraqib from regime forces.",
            "Non-state actor overtakes territory",
        ),
        (
            "Pro-government militias seized the village of Tal Hamis.",
            "Government regains territory",
        ),
        (
            "Turkish forces captured Al-Bab from IS.",
            "Non-state actor overtakes territory",
        ),
        (
            "Palmyra was recaptured on Sunday.",
            "Government regains territory",
        ),
        (
            "The Military Forces of Syria announced full control over Yarmouk camp.",
            "Government regains territory",
        ),
        (
            "The town of Kafr Nabl was captured on Sunday.",
            "Non-state actor overtakes territory",
        ),
        (
            "On 21 August 2019, SAA regained Khan Sheikhoun (Idlib) after HTS withdrew \
             overnight.",
            "Government regains territory",
        ),
        // Ground entered under a deal, whatever the deal is called, is handed over.
        (
            "Syrian army units entered Manbij on Tuesday under an SDF-Damascus arrangement \
             brokered by Russia.",
            "Non-violent transfer of territory",
        ),
        (
            "The SNA said its fighters had 'liberated' Tall Rifaat the day before.",
            "Non-state actor overtakes territory",
        ),
        // Ground taken after the suicide bombs that opened the way is ground taken.
        (
            "IS captured the town of al-Quaryatayn on Wednesday after suicide car bombs hit army \
             checkpoints at its entrances.",
            "Non-state actor overtakes territory",
        ),
        // A man or two taken from their homes are abducted.
        (
            "Gunmen of the Sultan Suleiman Shah Division took a man and his 17-year-old son from \
             their home in Sheikh al-Hadid on Friday.",
            "Abduction/forced disappearance",
        ),
    ];
    for &(text, sub_event_type) in cases {
        let candidates = read(text);
        let act = candidates
            .iter()
            .find(|c| c.sub_event_type.is_some())
            .unwrap_or_else(|| panic!("no act in {text:?}"));
        assert_eq!(act.sub_event_type, Some(sub_event_type), "{text:?}");
    }
}

#[test]
fn who_was_assaulted_and_what_struck_decide_the_act() {
    // (text, the sub-event type of the first incident): an assault on civilians is an attack,
    // on armed people a clash; aircraft named where deaths are told and no act is are an air
    // strike (written with a curly quote before them: offsets are bytes of any width); a
    // protest met with force is typed by the force; what the arrested are accused of makes no
    // allegation of the arrest.
    let cases: &[(&str, &str)] = &[
        (
            "ISIS cells attacked a group of truffle collectors near Sukhnah, killing 6 of them.",
            "Attack",
        ),
        // Residents' beating, however long what they did first; a kidnapping told of one who
        // was released since (not of the dead found since).
        (
            "Residents of Binnish caught a young man accused of stealing a motorcycle and beat \
             him severely in the main square.",
            "Mob violence",
        ),
        (
            "A young man from Jassem, who had been kidnapped on 3 February by an unidentified \
             armed group, was released.",
            "Abduction/forced disappearance",
        ),
        (
            "Faction men broke into houses and stole the olive harvest in Jindires on Monday.",
            "Looting/property destruction",
        ),
        (
            "Description: 2x fixed-wing sorties, unguided bombs dropped on the eastern outskirts \
             of Kafr Zita; 1 AOG fighter KIA.",
            "Air/drone strike",
        ),
        (
            "MSB: A kamikaze UAV launched towards our base in the El Bab region this morning was \
             detected and destroyed by our air defence elements.",
            "Disrupted weapons use",
        ),
        (
            "Security sources: a senior member and 2 other terrorists accompanying him were \
             neutralized last night near Qamishli with an armed drone.",
            "Air/drone strike",
        ),
        (
            "Description: SAA, NDF and allied militia report full control of the town of \
             Al-Qaryatayn after ISIL fighters withdrew.",
            "Government regains territory",
        ),
        // A massacre by aircraft is an air strike.
        (
            "The toll of the massacre committed by the coalition aircraft at dawn on a school in \
             al-Mansoura town rose to 33 martyrs.",
            "Air/drone strike",
        ),
        // Fire on civilians is an attack, wherever it came from.
        (
            "Militants opened fire yesterday from their positions on farmers harvesting wheat \
             near Suluk, killing 2 civilians.",
            "Attack",
        ),
        // Fire on armed men is fighting, whatever weapons are named first.
        (
            "Militants opened fire with small arms and heavy machine guns on checkpoints of the \
             Syrian army near Maharda.",
            "Armed clash",
        ),
        // An act in a phrase opened by "after" or "following" is the context of the act after
        // it.
        (
            "On 5 October 2023, following the drone attack on the military academy in Homs \
             city, regime forces shelled Darat Izza with artillery, killing 3 civilians.",
            "Shelling/artillery/missile attack",
        ),
        (
            "IS militants ambushed a bus carrying SAA soldiers near Sukhnah, killing 9.",
            "Armed clash",
        ),
        (
            "Coalition aircraft yesterday hit houses in the town of Shadadi, leaving 7 dead.",
            "Air/drone strike",
        ),
        (
            "Within 72 hours… the coalition’s warplanes left 38 civilians dead in Hasakah.",
            "Air/drone strike",
        ),
        (
            "Syrian air defences intercepted Israeli missiles over Masyaf on Monday.",
            "Disrupted weapons use",
        ),
        (
            "An Israeli strike hit a position near Kiswah, killing two fighters.",
            "Air/drone strike",
        ),
        (
            "Russian strikes kill 34 civilians in Deir Ezzor.",
            "Air/drone strike",
        ),
        (
            "On 3 April 2021, the body of an Iraqi woman was found in al-Hol camp.",
            "Attack",
        ),
        (
            "HTS General Security rounded up seven people in Binnish, accusing them of \
             membership in Hizb ut-Tahrir.",
            "Arrests",
        ),
        (
            "SNA fighters, supported by Turkish artillery, attempted to advance on SDF \
             positions near Ein Issa; clashes ensued.",
            "Armed clash",
        ),
        (
            "Residents demonstrating against conscription were dispersed with tear gas.",
            "Protest with intervention",
        ),
        (
            "SDF members fired live rounds at a crowd protesting fuel prices in Hajin.",
            "Excessive force against protesters",
        ),
        // The force told in the next sentence; shots into the air disperse.
        (
            "Residents protested in Jarablus against electricity prices. SNA military police \
             fired into the air to disperse the protesters.",
            "Protest with intervention",
        ),
        (
            "Protesters demonstrated in Idleb city against HTS. Security forces dispersed them \
             with batons and fired live rounds in the air.",
            "Protest with intervention",
        ),
        (
            "Turkish UAV targeted an SDF pick-up on the outskirts of Derbassiye.",
            "Air/drone strike",
        ),
        // Shooting a soldier is a clash; a former commander, or one shot by gunmen named
        // after the verb, an attack.
        (
            "A Hay'at Tahrir al-Sham sniper shot dead a regime soldier in Al-Fatira.",
            "Armed clash",
        ),
        (
            "Unidentified gunmen shot dead a former opposition commander in Nawa.",
            "Attack",
        ),
        (
            "A former commander was shot dead by unidentified gunmen near his home in Jasim.",
            "Attack",
        ),
        (
            "SNA factions attempted to infiltrate SDF positions near Tal Rifaat.",
            "Armed clash",
        ),
        (
            "The SDF conducted a detention raid in Al Busayrah and arrested 5 people.",
            "Arrests",
        ),
        // The rarer types, in the words coders use; chlorine makes shells a chemical attack,
        // and a raid with arrests is an arrest.
        (
            "Regime forces allegedly fired shells containing chlorine gas at Kabani.",
            "Chemical weapon",
        ),
        (
            "The SDF, backed by coalition helicopters, conducted a raid in Ash Shuhayl and \
             arrested 5 people.",
            "Arrests",
        ),
        (
            "SNA members sexually assaulted a woman at a checkpoint in Jinderes.",
            "Sexual violence",
        ),
        (
            "The SDF handed over positions to regime forces in Ain al-Arab.",
            "Non-violent transfer of territory",
        ),
        (
            "A mob beat to death a man accused of theft in Jaramana.",
            "Mob violence",
        ),
        (
            "Rioters in Jarablus tore down flags and threw stones at a Turkish post.",
            "Violent demonstration",
        ),
        (
            "Turkish forces established a new base near Taftanaz.",
            "Headquarters or base established",
        ),
        (
            "Russian and Turkish forces conducted a joint patrol near Ad Darbasiyah.",
            "Change to group/activity",
        ), // Fire in support of the act told, or what an act answers, is no act of its own;
        // missiles fired from a helicopter are an air strike; fire on a civilian an attack.
        (
            "IS attacked regime positions near As-Sukhneh, sparking clashes. Russian warplanes \
             struck the area in support of regime forces.",
            "Armed clash",
        ),
        (
            "HTS fighters clashed with regime forces near Al-Latamneh, in retaliation for \
             regime shelling of Idleb.",
            "Armed clash",
        ),
        (
            "Israeli forces struck a position near Jaba with missiles fired from a helicopter.",
            "Air/drone strike",
        ),
        (
            "NDF members opened fire on a civilian at a checkpoint in Talbiseh.",
            "Attack",
        ),
        (
            "A former commander was killed by unknown gunmen in Kanaker.",
            "Attack",
        ),
        // An armed actor that killed civilians, with no other word for the act, attacked them.
        (
            "On 25 October 2021, suspected Islamic State (Syria) cells killed an Iraqi woman \
             and her son in a tent in Al Hol camp (Al-Hasakeh, Al-Hasakeh).",
            "Attack",
        ),
        (
            "Coalition forces carried out a helicopter-borne raid on a house in Ash Shaddadah \
             and clashed with IS members inside.",
            "Armed clash",
        ),
        // A documentation group's nouns and passives, after December 2024.
        (
            "SNHR documented the extrajudicial killing of seven members of one family in Ain \
             al-Sharqiya village on 8 March 2025, by gunmen who stormed their house.",
            "Attack",
        ),
        (
            "SNHR documented the killing of a 62-year-old man and his son, who were shot by \
             unidentified gunmen on Saturday in Kurnaz.",
            "Attack",
        ),
        (
            "SNHR documented the arrest of a 41-year-old media activist by General Security \
             personnel from his home in Idlib city on 10 May 2025.",
            "Arrests",
        ),
        (
            "On Monday, SDF units handed over their checkpoints on the western approaches of \
             Al-Tibni to Ministry of Defence units.",
            "Non-violent transfer of territory",
        ),
        (
            "Dozens of families of missing detainees held a silent vigil in Marjeh Square today.",
            "Peaceful protest",
        ),
        // Records of harm to health care, schools and mine clearance.
        (
            "Attack on health care — 17/08/2021 — Dar'a city (Dar'a governorate): ambulance \
             fired upon by unidentified armed men; driver killed, paramedic injured.",
            "Attack",
        ),
        (
            "On 18 July, the settlement of Jaramana was fired upon with mortars from the Jobar \
             district; 2 civilians were killed.",
            "Shelling/artillery/missile attack",
        ),
        // Fire told of those it struck: a clash where they are armed.
        (
            "On 2 May 2020, a civilian car came under fire from unidentified gunmen near Tafas, \
             killing the driver.",
            "Attack",
        ),
        (
            "On 2 May 2020, an SDF patrol came under fire from IS cells near Al-Busayrah; 2 SDF \
             fighters were killed.",
            "Armed clash",
        ),
        // Buildings bulldozed.
        (
            "On 2 October 2012, government bulldozers began demolishing residential buildings \
             in Hama.",
            "Looting/property destruction",
        ),
        // Air defences that engaged missiles disrupted them; force that ended a protest.
        (
            "Government air defences engaged incoming missiles over Masyaf on Tuesday night.",
            "Disrupted weapons use",
        ),
        (
            "Security forces intervened to end a sit-in in Sweida city on Sunday.",
            "Protest with intervention",
        ),
        // Armed men who killed civilians, the killing joined to a first verb.
        (
            "On 2 May 2020, gunmen stormed a house in Jasim and killed several civilians.",
            "Attack",
        ),
        (
            "On 2 May 2020, gunmen broke into a pharmacy in Jasim and stole medicines.",
            "Looting/property destruction",
        ),
        (
            "Bulldozers of the Turkish-backed factions demolished 12 houses in Afrin on Sunday.",
            "Looting/property destruction",
        ),
        (
            "Clearance report, Raqqa governorate: on 07/08/2019 our team located an improvised \
             explosive device at the entrance of a school in Tabqa and destroyed it in place.",
            "Disrupted weapons use",
        ),
        (
            "Islamic State fighters who entered Al-Qaryatayn on 1 October 2017 took over the \
             town's secondary school and used it as a base.",
            "Headquarters or base established",
        ),
        (
            "Last night our supported facilities in Douma received more than 500 patients with \
             symptoms of exposure to a chemical agent. Six patients died.",
            "Chemical weapon",
        ),
        // The new ministries' statements and their monitors, 2025.
        (
            "The Internal Security Command in Latakia governorate announced the arrest on \
             Tuesday of Brigadier General Adnan H., a former officer of the defunct regime's Air \
             Force Intelligence, in the city of Jableh.",
            "Arrests",
        ),
        (
            "The Ministry of Defence announced that our forces completed on Saturday the combing \
             of the town of Qardaha and restored full control over it.",
            "Government regains territory",
        ),
        (
            "The Ministry of Defence announced today that the Eighth Brigade, based in Bosra \
             al-Sham, has dissolved itself and handed over its heavy weapons to the ministry.",
            "Change to group/activity",
        ),
        (
            "On 4 April 2025, SDF withdrew its fighters from the Sheikh Maqsoud neighbourhood of \
             Aleppo city, handing over checkpoints to Police Forces of Syria (2024-).",
            "Non-violent transfer of territory",
        ),
        (
            "On 22 December 2024, Military Forces of Israel (1948-) established a military \
             position on a hill near Jaba (Al Quneitra, Al Quneitra).",
            "Headquarters or base established",
        ),
        (
            "The Internal Security Command in Tartus announced that on Wednesday its units seized \
             a weapons depot hidden in the woods near the village of Duraykish.",
            "Disrupted weapons use",
        ),
        (
            "The Ministry of Defence announced that its units began entering the city of Sweida \
             this morning after clearing the roads leading to it.",
            "Government regains territory",
        ),
        (
            "SANA's correspondent in Daraa reported that the Eighth Brigade in Busra al-Sham \
             announced today its dissolution.",
            "Change to group/activity",
        ),
        (
            "The Ministry of Interior said that border security units foiled an attempt \
             yesterday to smuggle about one million captagon pills near Serghaya.",
            "Other",
        ),
        (
            "SANA's correspondent in Homs reported that dozens of families of the missing and \
             forcibly disappeared gathered today in front of the Palace of Justice in Homs, \
             demanding the disclosure of their relatives' fate.",
            "Peaceful protest",
        ),
        // Ground entered "without any clashes" is handed over, not fought for.
        (
            "Government forces took over Kobani yesterday without any clashes.",
            "Non-violent transfer of territory",
        ),
        // An urgent post's present tense.
        (
            "URGENT | Russian warplanes target the popular vegetable market in the city of \
             Maarat al-Numan at 11:15 am.",
            "Air/drone strike",
        ),
        (
            "The Syrian Arab Army, backed by Russian air cover, restores full control of the \
             city of Palmyra.",
            "Government regains territory",
        ),
        // A gathering that chants for change is a protest; intervention denied is none, and a
        // crowd that dispersed by itself met no force.
        (
            "Hundreds of people gathered today in the main square of Shahba, chanting for \
             political change. The gathering passed off without any security intervention and \
             dispersed at about 1 pm.",
            "Peaceful protest",
        ),
        (
            "Hundreds of people gathered today in the main square of Shahba, chanting for \
             political change, until security forces dispersed them.",
            "Protest with intervention",
        ),
        // The disappeared named as who protests are no abduction.
        (
            "Dozens of families of forcibly disappeared persons organised a protest stand today \
             in Al-Marjeh Square in Damascus.",
            "Peaceful protest",
        ),
        (
            "Gunmen dragged seven men from one family out of their homes in Baniyas, lined them \
             up against a wall and shot them dead.",
            "Attack",
        ),
        // A checkpoint where a man was shot dead is where, not whom.
        (
            "A young man from Sarmin was shot dead at a security checkpoint on Thursday.",
            "Attack",
        ),
        // Fire at people is an attack; guns named right before the fire make it shelling.
        (
            "On Sunday evening the Turkish gendarmerie fired on a 15-year-old boy near the \
             border fence north of Tal Abyad. He died of his wounds before reaching hospital.",
            "Attack",
        ),
        (
            "Turkish army howitzers fired on the militants near Jarablus.",
            "Shelling/artillery/missile attack",
        ),
        (
            "M.H., 24, was caught by Jandarma soldiers on 9 October near Rajo and severely \
             beaten; he died of his injuries a few hours later.",
            "Attack",
        ),
        (
            "Turkish gendarmes fired on a group carrying cigarettes across the wall west of \
             Jarablus; one man is missing.",
            "Attack",
        ),
        (
            "Gunmen got out of a car in the centre of Tafas and fired at the pickup of a former \
             rebel commander.",
            "Attack",
        ),
        (
            "Jandarma caught a group of 12 crossing toward Kiziltepe north of Amuda, beat them \
             with rifle butts and pushed them back through the wall.",
            "Attack",
        ),
        (
            "On 9 December, IDF personnel crossed the ceasefire line and established a position \
             at the former SAA post at the entrance of Al-Qunaytirah.",
            "Headquarters or base established",
        ),
        // The fight a clause's acts happened in is its act, not an arrest told first; goods
        // seized are no ground taken.
        (
            "Jordan's army said its border forces killed two smugglers and arrested a third in \
             an exchange of fire on the northern border opposite Daraa city. Large quantities \
             of hashish and captagon were seized.",
            "Armed clash",
        ),
        // Houses blown up are property destroyed; mines removed are weapons disrupted.
        (
            "On 25 September 2016, Islamic State (Syria) blew up 4 houses belonging to families \
             of men who had joined the SDF in Al Mansura. No fatalities reported.",
            "Looting/property destruction",
        ),
        (
            "Civil Defence teams yesterday removed 40 mines and unexploded ordnance from \
             agricultural land east of Maarat al-Numan.",
            "Disrupted weapons use",
        ),
        // A crowd's assault is mob violence; Israeli missiles are an air strike; a former
        // fighter shot dead by gunmen is an attack; trees carted away are looted; a crowd
        // that dispersed "by evening" met no force.
        (
            "After reports of riots in Kayseri, crowds in Azaz attacked Turkish-plated trucks \
             on the Bab al-Salama road yesterday; several drivers were beaten.",
            "Mob violence",
        ),
        (
            "Israeli missiles fired from over the occupied Golan targeted positions around \
             Damascus International Airport. The Syrian army said two soldiers were killed.",
            "Air/drone strike",
        ),
        (
            "Unidentified gunmen killed a former opposition commander, reconciled under the \
             2018 settlement, in Jassem on 6 April 2022.",
            "Attack",
        ),
        (
            "Members of the Suleiman Shah Division cut and carted away about 300 olive trees \
             from groves in Sheikh al-Hadid.",
            "Looting/property destruction",
        ),
        (
            "Hundreds demonstrated in al-Bab's main square on Friday; organisers kept it \
             orderly and it dispersed by evening without intervention.",
            "Peaceful protest",
        ),
        // A feature's "The strike on Sunday afternoon hit …", "The barrel landed …".
        (
            "The strike on Sunday afternoon hit the main bakery in Halfaya, seized from \
             government forces by the Free Syrian Army only days earlier.",
            "Air/drone strike",
        ),
        (
            "The barrel landed in the middle of the market in the al-Shaar district of eastern \
             Aleppo on Monday morning. Twenty-three people were killed.",
            "Air/drone strike",
        ),
        // Held by armed men, not by an authority: an abduction.
        (
            "On 28 August, 45 peacekeepers of the Fijian contingent were detained by members of \
             an armed group in the area of separation near Al-Qunaytirah.",
            "Abduction/forced disappearance",
        ),
        (
            "Masked gunmen detained a 50-year-old man in Rajo on Monday.",
            "Abduction/forced disappearance",
        ),
        // Mourners killed by security forces: force against the crowd.
        (
            "Mourners at the funeral of two young men were protesting in Saqba when security \
             forces killed 12 of them.",
            "Excessive force against protesters",
        ),
        // "was shot in the abdomen by the Turkish gendarmerie".
        (
            "On 3 June 2018 he was shot in the abdomen by the Turkish gendarmerie while trying to \
             climb the border wall west of Salqin.",
            "Attack",
        ),
        // Those shot named before the shooters: armed, a clash.
        (
            "Two soldiers were shot by a sniper near Morek.",
            "Armed clash",
        ),
        // Ground taken named after "took the"; the fighting it came after is no act of its own.
        (
            "Yesterday SAA & allied militias took the Layramoun industrial zone, N Aleppo city, \
             after two days of fighting.",
            "Government regains territory",
        ),
        // A body's, a treaty's or an arsenal's name is no act: the act is the one told after.
        (
            "Syria invited inspectors from the Organisation for the Prohibition of Chemical \
             Weapons to sites of the former government's chemical weapons programme. Three men \
             died after inhaling toxic gas released from old munitions near Tayyibat al-Imam.",
            "Chemical weapon",
        ),
        // Raids from house to house are on foot; support by fire within a few words is no act.
        (
            "On 7 March 2025, armed men from factions affiliated with the Military Forces of \
             Syria (2024-) and allied foreign fighters killed Alawite civilians, including women \
             and children, in house-to-house raids in the al-Qusour neighbourhood of Banyas.",
            "Attack",
        ),
        (
            "Militiamen carried out house-to-house raids in Darayya, executing men, women and \
             children in basements.",
            "Attack",
        ),
        (
            "On 14 August 2017, QSD: Syrian Democratic Forces, supported by International \
             Coalition air strikes and artillery, clashed with Islamic State (Syria) militants in \
             the Old City of Raqqa city.",
            "Armed clash",
        ), // (Fire named as the support of the act told: "drones and artillery supported the
        // incursion" — the clash stays the act, and takes the toll told after it.)
        (
            "Late on 2 April 2025, Israeli forces clashed with local armed men near Nawa; \
             Israeli drones and artillery supported the incursion. 9 local gunmen killed.",
            "Armed clash",
        ),
        // Whose the gunmen are may come between them and their killing of civilians.
        (
            "On 8 March 2025, gunmen from government-affiliated factions killed 24 civilians in \
             Banias.",
            "Attack",
        ),
        // Fire "to cover the troops" supports the act told; a clash after what it followed
        // ("after three weeks of bombardment and clashed") is the act.
        (
            "Israeli forces clashed with local armed men on the western edge of Nawa on 2 April \
             2025, while Israeli drones and artillery shelled the area to cover the troops. \
             Nine local men were killed.",
            "Armed clash",
        ),
        (
            "Regime forces attempted to storm Baba Amr in Homs on Friday after three weeks of \
             bombardment and clashed with fighters of the Farouq Battalion.",
            "Armed clash",
        ),
        // A body dissolved, heavy weapons withdrawn under a deal, a position fortified, a
        // city handed over.
        (
            "29 Jan 2025 - 'Victory Conference' in Damascus: MOC announced dissolution of HTS, \
             SNA factions & other armed groups.",
            "Change to group/activity",
        ),
        (
            "On 8 October 2018, the National Front for Liberation completed the withdrawal of \
             its heavy weapons from positions near Khan Sheikhun.",
            "Change to group/activity",
        ),
        (
            "On 19 December 2024, Military Forces of Israel established a fortified military \
             position on a hill overlooking Jaba.",
            "Headquarters or base established",
        ),
        (
            "On 22 March 2018, Ahrar al-Sham fighters began leaving Harasta city under an \
             evacuation agreement, handing the city over to regime forces.",
            "Non-violent transfer of territory",
        ),
        // A suicide bomb outranks the fire told with it; plural car bombs; state media's
        // quoted "restored security and stability"; protesters setting fire.
        (
            "A gunman opened fire on worshippers and then detonated an explosive vest inside the \
             Mar Elias church in Damascus.",
            "Suicide bomb",
        ),
        (
            "SANA, 10 May 2012: Two suicide car bombs struck near a military intelligence \
             building in Damascus, killing 55 people.",
            "Suicide bomb",
        ),
        (
            "SANA reported that the Syrian Arab Army 'restored security and stability' to the \
             whole of al-Qusayr town.",
            "Government regains territory",
        ),
        (
            "Protesters set fire to the Baath Party branch building in Deir ez-Zor.",
            "Violent demonstration",
        ),
        // A sniper's shot is an attack on a boy, a clash with a soldier.
        (
            "On 2 June 2016, a Hezbollah sniper shot a 14-year-old boy near the siege line in \
             Madaya town; he died of his wounds on 4 June.",
            "Attack",
        ),
        (
            "On 7 March 2023, an HTS sniper shot and killed a regime soldier on the Miznaz \
             frontline.",
            "Armed clash",
        ),
        // State media's "had fully secured".
        (
            "SANA announced on 21 May 2018 that the army had fully secured Yarmouk camp and the \
             neighbouring Hajar al-Aswad district.",
            "Government regains territory",
        ),
        // A curfew imposed; one held, told as what he is, is no arrest of its own.
        (
            "21/01/2022 – Asayish imposed a total curfew on Al-Hasakeh city for seven days.",
            "Change to group/activity",
        ),
        (
            "On 11 April 2022, fighters of the Men of Dignity movement clashed with members of a \
             gang in Shahba. One member of the gang was killed and the detained man was freed.",
            "Armed clash",
        ),
        // A log's present tense and shorthand.
        (
            "Wed 30 Dec 2020: ISIS cell ambushes SAA convoy on Palmyra-Deir ez-Zor rd E of \
             Tadmur; 9 SAA KIA, 4 WIA.",
            "Armed clash",
        ),
        (
            "Fri evening: unk gunmen assassinate ex-FSA cmdr at his shop in Dael, W Daraa; 1 KIA.",
            "Attack",
        ),
        (
            "16 Feb 2021: Mil Intel detains 4 returnees (from LBN) at chkpt nr Inkhil, N Daraa; \
             no cas.",
            "Arrests",
        ),
        (
            "9 Feb 2020 (as reported): TAF establishes new OP on E outskirts of Binnish. No cas.",
            "Headquarters or base established",
        ),
        (
            "15 Oct 2019: SAA units enter Manbij under RU-brokered deal w/ SDF; SDF hands over \
             posns w/o fighting. No cas.",
            "Non-violent transfer of territory",
        ),
        // A man taken to an unknown location is abducted.
        (
            "On Saturday, members of the HTS General Security Service raided the home of a media \
             activist in Idlib city and took him to an unknown location.",
            "Abduction/forced disappearance",
        ),
        // Residents beating a man to death are a mob.
        (
            "On 14 January 2025, residents in Harasta (Rif Dimashq) beat to death a man they \
             accused of informing.",
            "Mob violence",
        ),
        // A protest dispersed in a later clause of its sentence met force.
        (
            "On 25 December 2024, hundreds of Alawites protested in Tartous city; GS forces \
             fired into the air to disperse them, no injuries reported.",
            "Protest with intervention",
        ),
        // A man taken with his goods is an abduction.
        (
            "On 11 July 2025, gunmen stopped a merchant near al-Masmiyah, beat him, seized his \
             truck and took him away.",
            "Abduction/forced disappearance",
        ),
        (
            "On 8 December 2024, opposition factions entered Damascus unopposed as SAA units \
             abandoned their positions.",
            "Non-violent transfer of territory",
        ),
        // An advance pushed back is a clash; ground taken back, regained; a march, a protest.
        (
            "On 16 March troops of the 4th Armoured Division tried to advance on the south-western \
             edge of Darayya; rebel fighters pushed them back.",
            "Armed clash",
        ),
        (
            "On 3 April the SAA took back al-Qaryatayn from the Islamic State.",
            "Government regains territory",
        ),
        (
            "15/03 1630 hrs — Maarat al-Numan (S Idlib): approx. 500 civs marched on the 5th \
             anniversary of the uprising.",
            "Peaceful protest",
        ),
        // What people fled is no act.
        (
            "Residents say the village was full of families who had fled fighting in Manbij \
             when the coalition jets struck before dawn.",
            "Air/drone strike",
        ),
        // A toxic chemical dropped is a chemical weapon; residents beating a man, a mob.
        (
            "On 7 April 2018, a helicopter dropped a cylinder containing a toxic chemical on a \
             residential building in Duma city.",
            "Chemical weapon",
        ),
        (
            "On 3 August 2020, a crowd of residents in Shahba city beat a man and set his car on \
             fire.",
            "Mob violence",
        ),
    ];
    for &(text, sub_event_type) in cases {
        let candidates = read(text);
        let act = candidates
            .iter()
            .find(|c| c.kind == Kind::Incident && c.sub_event_type.is_some())
            .unwrap_or_else(|| panic!("no act in {text:?}"));
        assert_eq!(act.sub_event_type, Some(sub_event_type), "{text:?}");
    }
}

#[test]
fn an_act_takes_the_toll_told_apart_from_it() {
    // (text, the toll the first placed incident must carry): the unplaced toll just before it
    // in its sentence, or a later mention's at the same place — not another place's; a toll
    // told after an interception.
    let cases: &[(&str, Option<u32>)] = &[
        (
            "The Observatory documented the death of 9 civilians, as a result of the Turkish \
             artillery shelling which targeted the village of Kafr Nabl on Saturday.",
            Some(9),
        ),
        // (A side's losses told bare after the other side's, past a break.)
        (
            "Regime forces clashed with Jabhat al-Nusra around al-Hadher on Saturday. Six \
             Hezbollah fighters were killed; Jabhat al-Nusra lost nine.",
            Some(15),
        ),
        (
            "Turkish artillery shelled Kafr Nabl on Saturday. The talks were postponed. Medics \
             said shelling on Kafr Nabl on Saturday killed 9 civilians.",
            Some(9),
        ),
        (
            "Turkish artillery shelled Kafr Nabl on Saturday. The talks were postponed. Medics \
             said shelling on Saraqib on Saturday killed 9 civilians.",
            None,
        ),
        // A toll told after an act that kills no one is of the act before it.
        (
            "Israeli warplanes fired missiles at positions near Kiswah on Monday. Air defences \
             intercepted some of the missiles. 5 fatalities.",
            Some(5),
        ),
        // A bombing told again as the car bomb and the suicide attack it was.
        (
            "Security forces inspect the site of the twin bombings in Sayyida Zaynab on Saturday. \
             A car bomb and a suicide bomber struck the Sayyida Zaynab area on Saturday, killing \
             20 people.",
            Some(20),
        ),
        // The campaign an act belonged to, told after ", as", is no act to take its toll; nor
        // are some of its dead "found dead in basements".
        (
            "On 2 January 2019, HTS clashed with Zinki in and around Daret Azza, as HTS launched \
             an offensive on Zinki-held areas in the western Aleppo countryside. 5 fatalities.",
            Some(5),
        ),
        (
            "On 7 April 2018, helicopters dropped barrels containing toxic gas on residential \
             buildings in Douma. At least 43 civilians were killed, many of them women and \
             children found dead in basements.",
            Some(43),
        ),
        // A toll told after background (an act dated before the lead) is the lead's, told
        // with no day or with the lead's…
        (
            "Pro-regime forces recaptured Khanasir on February 25 after clashes with ISIS. ISIS \
             had seized the town on February 23. SOHR reported 18 fighters killed on both sides \
             on February 25.",
            Some(18),
        ),
        // …but not with the background's day.
        (
            "Pro-regime forces recaptured Khanasir on February 25 after clashes with ISIS. ISIS \
             had seized the town on February 23. SOHR reported 18 fighters killed on both sides \
             on February 23.",
            None,
        ),
    ];
    for &(text, toll) in cases {
        let candidates = read(text);
        let placed = candidates
            .iter()
            .find(|c| c.kind == Kind::Incident && c.location.is_some())
            .unwrap_or_else(|| panic!("no placed incident in {text:?}"));
        assert_eq!(placed.fatalities.and_then(|f| f.best), toll, "{text:?}");
    }
}

#[test]
fn an_act_whose_sentence_names_no_place_carries_the_story_setting() {
    // (text, the setting the first incident carries; its own location stays empty)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Activists in Idlib province reported heavy bombardment overnight. An air raid \
             hit a market on Monday, killing 12 people.",
            Some("Idlib"),
        ),
        (
            "An air raid hit a market on Monday, killing 12 people.",
            None,
        ),
    ];
    for &(text, setting) in cases {
        let candidates = read(text);
        let act = candidates
            .iter()
            .find(|c| c.kind == Kind::Incident && c.fatalities.is_some())
            .unwrap_or_else(|| panic!("no incident in {text:?}"));
        assert!(act.location.is_none(), "{text:?}");
        assert_eq!(
            act.setting.as_ref().map(|l| l.written.as_str()),
            setting,
            "{text:?}"
        );
    }
    // An act that names its own place carries no setting.
    let placed = read("Activists in Idlib reported it. An air raid hit Saraqib on Monday.");
    let act = placed
        .iter()
        .find(|c| c.location.as_ref().is_some_and(|l| l.written == "Saraqib"))
        .expect("an act at Saraqib");
    assert!(act.setting.is_none());
}

#[test]
fn a_log_heading_places_the_acts_after_it_and_a_day_told_before_dates_them() {
    // (text, where the first incident is, its first day)
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "Talbiseh, N Homs countryside. Yesterday afternoon SAA arty hit the town. 1 civ \
             (woman) killed.",
            Some("Talbiseh"),
            Some("2016-02-23"),
        ),
        // The most precise place of the heading, after a compass point.
        (
            "S Aleppo, Al-Hader area. Clashes since 0300 hrs b/w SAA and JN.",
            Some("Al-Hader"),
            Some("2016-02-24"),
        ),
        // A sentence that tells something is no heading: the act keeps no place of its own.
        (
            "Activists in Idlib province reported heavy bombardment overnight. An air raid hit \
             a market, killing 12 people.",
            None,
            Some("2016-02-23"),
        ),
        // The day of a heading that names no place.
        (
            "Fri 19/02. Biggest demos in years in Kafranbel.",
            Some("Kafranbel"),
            Some("2016-02-19"),
        ),
    ];
    for &(text, place, day) in cases {
        let act = first_incident(text);
        assert_eq!(
            act.location.as_ref().map(|l| l.written.as_str()),
            place,
            "{text:?}"
        );
        assert_eq!(
            act.date_start.map(|d| d.to_string()),
            day.map(str::to_owned),
            "{text:?}"
        );
    }
}

#[test]
fn a_toll_told_without_its_act_takes_the_act_told_next() {
    // (text, the sub-event type of the toll's incident)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "At least 45 people have been killed in Aleppo in the last 24 hours. Regime \
             warplanes bombed the eastern districts on Sunday.",
            Some("Air/drone strike"),
        ),
        // The sentence after tells no act: the toll keeps none.
        (
            "At least 45 people have been killed in Aleppo in the last 24 hours. The talks \
             stalled on Sunday.",
            None,
        ),
    ];
    for &(text, sub_event_type) in cases {
        let candidates = read(text);
        let toll = candidates
            .iter()
            .find(|c| c.kind == Kind::Incident && c.fatalities.is_some())
            .unwrap_or_else(|| panic!("no toll in {text:?}"));
        assert_eq!(toll.sub_event_type, sub_event_type, "{text:?}");
    }
}

#[test]
fn bodies_found_take_the_type_and_the_earlier_day_of_the_act_told_after_them() {
    let candidates = common::read_on(
        "Yesterday, residents recovered the bodies of two Syrian men bearing gunshot wounds near \
         the border wall west of Harim. Relatives say both, civilians from Homs, were shot by \
         Turkish border guards on Tuesday night while trying to cross into Turkey.",
        "2020-11-12".parse().unwrap(),
    );
    let found = incidents(&candidates)[0];
    assert_eq!(found.sub_event_type, Some("Attack"));
    assert_eq!(found.fatalities.and_then(|f| f.best), Some(2));
    // (Tuesday, not the day the bodies were recovered.)
    assert_eq!(
        found.date_start.map(|d| d.to_string()).as_deref(),
        Some("2020-11-10")
    );
}

#[test]
fn a_story_first_told_roughly_takes_the_place_and_toll_told_after() {
    // (text, the first incident's place, its toll): the headline's "dozens" gives way to the
    // figure told later of the same act; a place it lacks is taken from a later mention of the
    // same act; an act at another place is another incident.
    let cases: &[(&str, Option<&str>, Option<u32>)] = &[
        (
            "Dozens killed as air strikes hit Douma. Warplanes struck the town's centre \
             several times on Sunday. At least 32 people were killed, the Observatory said.",
            Some("Dūmā"),
            Some(32),
        ),
        (
            "Air strikes killed 12 civilians on Monday. Coalition warplanes struck houses in \
             Hajin, residents said.",
            Some("Hajīn"),
            Some(12),
        ),
        (
            "Air strikes killed 12 civilians in Douma on Monday. In nearby Zamalka, warplanes \
             struck a market, killing 20.",
            Some("Dūmā"),
            Some(12),
        ),
        // A town within the area the headline named is the same place, told closer.
        (
            "Dozens killed as bombardment of Eastern Ghouta intensifies. Syrian government air \
             strikes have killed at least 23 civilians in the besieged town of Kafr Batna in \
             Eastern Ghouta, the Observatory said.",
            Some("Kafr Baţnā"),
            Some(23),
        ),
        // The charge the victims were killed on is no allegation of a pattern.
        (
            "Islamic State militants publicly executed 14 men in the eastern Syrian town of \
             Mayadin on Monday after accusing them of spying for the U.S.-led coalition that is \
             bombing the group.",
            Some("Al Mayādīn"),
            Some(14),
        ),
    ];
    for &(text, place, toll) in cases {
        let first = first_incident(text);
        assert_eq!(
            first.location.as_ref().map(|l| l.name.as_str()),
            place,
            "{text:?}"
        );
        assert_eq!(first.fatalities.and_then(|f| f.best), toll, "{text:?}");
    }
}

#[test]
fn a_toll_that_rose_days_later_is_the_earlier_acts() {
    // The day the toll rose is the update's: the act keeps its own day and takes the figures,
    // the first told and the one it rose to.
    // (Or the day a source revised it: "on 30 May SOHR updated the toll to 13".)
    let cases = [
        (
            "On 20 February 2016, regime warplanes struck the vegetable market in Saraqib. \
             Initial reports said 6 civilians were killed; on 23 February the toll rose to 9 \
             after 3 of the wounded died of their injuries.",
            "2016-02-20",
            9,
        ),
        (
            "On 28 May 2019, HTS clashed with Military Forces of Syria (2000-2024) on the Kafr \
             Zeita (Muhradah, Hama) front. Initial reports spoke of 8 fatalities; on 30 May SOHR \
             updated the toll to 13 (7 regime soldiers and 6 opposition fighters).",
            "2019-05-28",
            13,
        ),
    ];
    for (text, day, toll) in cases {
        let act = first_incident(text);
        assert_eq!(
            act.date_start.map(|d| d.to_string()).as_deref(),
            Some(day),
            "{text:?}"
        );
        assert_eq!(act.fatalities.and_then(|f| f.best), Some(toll), "{text:?}");
        let candidates = read(text);
        assert_eq!(
            candidates
                .iter()
                .filter(|c| c.kind == Kind::Incident)
                .count(),
            1,
            "{candidates:#?}"
        );
    }
}

#[test]
fn an_agreement_reached_is_acleds_agreement_and_one_denied_is_not() {
    // (text, the sub-event type of its diplomatic fact)
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Yesterday, after negotiations mediated by the Russian military, opposition \
             factions in Bosra al-Sham agreed to a deal with the government.",
            Some("Agreement"),
        ),
        (
            "Opposition factions in Bosra al-Sham have not agreed to a deal with the government.",
            None,
        ),
        (
            "Opposition factions in Bosra al-Sham agreed with Russian officers to hand over \
             their heavy weapons and join the settlement process.",
            Some("Agreement"),
        ),
        ("The talks in Geneva were postponed.", None),
        // (An agreement told between two days, in neither's words, is of the first.)
        (
            "On 7 October, following overnight hostilities, a ceasefire was announced between \
             the Ministry of Defence and the SDF in the Sheikh Maqsoud neighbourhood of Aleppo \
             city.",
            Some("Agreement"),
        ),
        // (The clashes a truce ended are no act of the sentence.)
        (
            "A truce was agreed between the YPG and the regime in Qamishli under Russian \
             mediation, ending three days of clashes.",
            Some("Agreement"),
        ),
        (
            "The governor of Homs announced an agreement, reached with Russian guarantees, for \
             opposition fighters to leave the al-Waer district.",
            Some("Agreement"),
        ),
        (
            "The government and rebels in the besieged Al-Waer neighbourhood of Homs reached a \
             Russian-sponsored agreement providing for the evacuation of fighters.",
            Some("Agreement"),
        ),
        // (Nor the fighting it came after; the heading's day is the day of writing.)
        (
            "18 March 2025: the Syrian and Lebanese defence ministries agreed yesterday evening \
             on a ceasefire along the border in the Qusayr area, after two days of fighting.",
            Some("Agreement"),
        ),
        // The cessation's local truces.
        (
            "The co-chairs announce a 'regime of calm' for Eastern Ghouta for 24 hours.",
            Some("Agreement"),
        ),
    ];
    for &(text, sub_event_type) in cases {
        let candidates = read(text);
        let fact = candidates
            .iter()
            .find(|c| c.kind == Kind::Diplomatic)
            .unwrap_or_else(|| panic!("no diplomatic fact in {text:?}"));
        assert_eq!(fact.sub_event_type, sub_event_type, "{text:?}");
    }
    // It takes the one day its sentence gives, in another clause.
    let agreed = read(
        "Yesterday, after negotiations mediated by the Russian military, opposition factions \
         in Bosra al-Sham agreed to a deal with the government.",
    );
    assert_eq!(
        agreed[0].date_start.map(|d| d.to_string()).as_deref(),
        Some("2016-02-23")
    );
    // A heading's day of writing is no day of the agreement told after it.
    let headed = common::read_on(
        "18 March 2025: the Syrian and Lebanese defence ministries agreed yesterday evening on a \
         ceasefire along the border in the Qusayr area.",
        "2025-03-18".parse().unwrap(),
    );
    let days: Vec<String> = headed
        .iter()
        .filter_map(|c| c.date_start.map(|d| d.to_string()))
        .collect();
    assert_eq!(days, ["2025-03-17"]);
}

#[test]
fn the_place_of_an_act_is_where_it_struck_not_where_its_doers_were() {
    // (text, where the incident is)
    let cases: &[(&str, &str)] = &[
        (
            "Opposition groups in Eastern Ghouta fired mortar shells at the Bab Touma \
             neighbourhood of Damascus city. Several civilians were killed.",
            "Damascus",
        ),
        // Where the doers were is all the clause says: there.
        ("Regime forces in Daraa arrested 5 men on Monday.", "Daraa"),
        // A place's brackets go with it, an origin's too.
        (
            "On 3 February 2021, an armed gang abducted a man from Salkhad (Salkhad, \
             As-Sweida) and demanded a ransom from his family.",
            "Salkhad",
        ),
        // A dateline's city is not the scene, nor does it stand for a town beside the region.
        (
            "Damascus (AFP) - A landmark ceasefire largely held on Sunday, though a woman was \
             killed in shelling in central Homs province.",
            "Homs",
        ),
        (
            "Damascus (AFP) - A car bomb exploded near a crowded roundabout in the southern city \
             of Sweida on Thursday, killing four civilians.",
            "Sweida",
        ),
        // A square's name is no town's.
        (
            "Several hundred residents protested peacefully in Al-Karama square in As-Suwayda \
             city on Monday.",
            "As-Suwayda",
        ),
        // Nor is where a road leads.
        (
            "On 9 November 2020, an Unidentified Armed Group (Syria) abducted 2 men from Shahba \
             (Shahba, As-Sweida) on the road to Damascus and demanded a ransom.",
            "Shahba",
        ),
        // A capital with its ally is a state, not a scene.
        (
            "Missile strikes on a military airport in Homs province killed 14 people, with \
             Damascus and its ally Moscow blaming Israel for the raid.",
            "Homs",
        ),
    ];
    for &(text, written) in cases {
        let act = first_incident(text);
        assert_eq!(
            act.location.as_ref().map(|l| l.written.as_str()),
            Some(written),
            "{text:?}"
        );
    }
}

#[test]
fn a_sentence_opening_on_today_is_dated_today_whatever_it_says_of_last_week() {
    let protest = first_incident(
        "This afternoon several hundred residents gathered peacefully in As-Suwayda city, \
         continuing the protests that began last week.",
    );
    assert_eq!(
        protest.date_start.map(|d| d.to_string()).as_deref(),
        Some("2016-02-24")
    );
}

#[test]
fn a_closing_count_restates_the_toll_and_an_undated_act_takes_the_day_of_its_toll() {
    // (text, the first incident's toll, its first day)
    let cases: &[(&str, Option<u32>, Option<&str>)] = &[
        // A coder's closing count is the whole toll.
        (
            "On 20 February 2016, regime forces shelled Ariha. Initial reports stated 2 \
             fatalities; 2 children later died of their injuries. 4 fatalities.",
            Some(4),
            Some("2016-02-20"),
        ),
        // A toll told right after an undated act, in its paragraph, is that act's, and dates it.
        (
            "Fierce clashes between SDF fighters and Turkish-backed factions at the entrance of \
             Ras al-Ain. Dozens of fighters were killed today, according to the SDF.",
            Some(12),
            Some("2016-02-24"),
        ),
        // Not across a paragraph: the toll stays its own.
        (
            "Fierce clashes between SDF fighters and Turkish-backed factions at the entrance of \
             Ras al-Ain.\n\nDozens of fighters were killed today, according to the SDF.",
            None,
            None,
        ),
    ];
    for &(text, toll, day) in cases {
        let act = first_incident(text);
        assert_eq!(act.fatalities.and_then(|f| f.best), toll, "{text:?}");
        assert_eq!(
            act.date_start.map(|d| d.to_string()).as_deref(),
            day,
            "{text:?}"
        );
    }
}

#[test]
fn a_log_heading_may_name_its_place_twice() {
    // The place's name in another language, this one in brackets: either names the town.
    let act = first_incident(
        "Serêkaniyê (Ras al-Ain) | Fierce clashes between SDF fighters and Turkish-backed \
         factions at the eastern entrance of the town.",
    );
    assert_eq!(
        act.location.as_ref().map(|l| l.name.as_str()),
        Some("Ra’s al ‘Ayn")
    );
}

#[test]
fn headlines_in_the_present_tense_tell_acts() {
    // (a headline, the sub-event type it tells)
    let cases: &[(&str, &str)] = &[
        (
            "The Islamic State execute two young men in Palmyra",
            "Attack",
        ),
        ("The Islamic State behead a man in Al-Raqqah", "Attack"),
        ("Aerial bombardment targets al-Bab city", "Air/drone strike"),
        (
            "Russian warplanes bomb the vegetable market in Idlib city",
            "Air/drone strike",
        ),
    ];
    for &(text, sub_event_type) in cases {
        let act = first_incident(text);
        assert_eq!(act.sub_event_type, Some(sub_event_type), "{text:?}");
    }
    // A week's count with its appositive ("135 , including 32 civilians, were killed").
    let text = "135 , including 32 civilians, were killed in 7 days of military operations";
    let candidates = read(text);
    assert!(
        candidates
            .iter()
            .any(|c| c.fatalities.and_then(|f| f.best) == Some(135)),
        "{candidates:#?}"
    );
}

#[test]
fn a_post_is_of_its_day_and_its_updates_raise_the_toll_of_its_act() {
    // A post marked "BREAKING:" with no day word is of the day it was posted; the updates
    // that follow, with or without the act's place, raise its toll.
    let text = "#Al_Bab BREAKING: a car bomb explodes near the vegetable market in the city of \
                Al-Bab. Ambulances rushing to the place, martyrs and wounded reported.\nUPDATE: 5 \
                martyrs confirmed so far.\nUPDATE 2: the toll of the car bomb in Al-Bab rises to \
                14 martyrs, among them 3 children.";
    let bomb = first_incident(text);
    assert_eq!(
        bomb.date_start.map(|d| d.to_string()).as_deref(),
        Some("2016-02-24")
    );
    assert_eq!(bomb.fatalities.and_then(|f| f.best), Some(14), "{bomb:#?}");
}

#[test]
fn an_act_denied_is_no_act() {
    let text = "Per LC no fighting inside the town of Saraqib on Monday.";
    let candidates = read(text);
    assert!(
        candidates.iter().all(|c| c.kind != Kind::Incident),
        "{text:?}: {candidates:#?}"
    );
    // Ground entered "without fighting" is no clash, but ground handed over.
    let entered = first_incident("Regime forces entered Saraqib without fighting on Monday.");
    assert_eq!(
        entered.sub_event_type,
        Some("Non-violent transfer of territory")
    );
    // An act told beside a denial still is one.
    let candidates = read("Clashes erupted near Saraqib on Monday; no fighting inside the town.");
    assert!(candidates.iter().any(|c| c.kind == Kind::Incident));
}

#[test]
fn sitreps_councils_civil_defence_and_coders_are_read_for_their_acts_places_and_tolls() {
    // (a text, the sub-event type of its first incident, its place as written, its toll)
    let cases: &[(&str, &str, &str, Option<u32>)] = &[
        // A raid by an armed group flies nothing; each side's dead after a ";" add up.
        (
            "0315L 11APR17: AOG raid on SAA checkpoint S. outskirts Talbiseh (N. Homs). \
             Firefight approx. 40 min. 2x SAA KIA, 1x AOG KIA.",
            "Armed clash",
            "Talbiseh",
            Some(3),
        ),
        (
            "2340L 27FEB16: Exchange of SAF/RPG fire SAA vs. AOG near Kinsabba. Cas: SAA 2x \
             KIA; AOG 3x KIA (claims, unconf.).",
            "Armed clash",
            "Kinsabba",
            Some(5),
        ),
        // An assault with artillery is shelling; a massacre is typed by its means.
        (
            "Today the Turkish army attacked with heavy weapons and mortars the town Tel Tamer, \
             result martyrdom of 2 civilians.",
            "Shelling/artillery/missile attack",
            "Tel Tamer",
            Some(2),
        ),
        (
            "Update: the death toll of the massacre committed by regime forces on 21 March \
             2021, when their artillery shelled Atareb city, has risen to 7 civilians.",
            "Shelling/artillery/missile attack",
            "Atareb",
            Some(7),
        ),
        // The council of a place is no speaker; a governorate's directorate or centre is no
        // scene beside a town; a particle after a compass point begins no run.
        (
            "The local council of Darat Izza announces the death of four people of the town, \
             killed by rocket shelling on the town's western neighbourhood yesterday.",
            "Shelling/artillery/missile attack",
            "Darat Izza",
            Some(4),
        ),
        (
            "Syrian Civil Defence - Daraa directorate: Regime helicopters dropped 6 barrel bombs \
             on al-Hirak town this morning. Our teams pulled out 2 children martyrs.",
            "Air/drone strike",
            "al-Hirak",
            Some(2),
        ),
        (
            "Civil Defence - Rif Dimashq centre: Our teams in Kafr Batna recovered the bodies of \
             8 civilians killed by missiles fired by regime forces at the town's market.",
            "Shelling/artillery/missile attack",
            "Kafr Batna",
            Some(8),
        ),
        (
            "1600L 30DEC20: ISIS ambush on SAA bus convoy E. of As-Sukhnah, Homs desert.",
            "Armed clash",
            "As-Sukhnah",
            None,
        ),
        // Protesters chanting; a coder's "coded as" after a vague toll.
        (
            "On 18 March 2016, residents of Daraa al-Balad gathered after Friday prayers, \
             chanting slogans against the regime. No fatalities reported.",
            "Peaceful protest",
            "Daraa",
            Some(0),
        ),
        (
            "On 2 January 2018, Ahrar al Sham fighters clashed with regime forces around the \
             Vehicles Administration base in Harasta. Both sides suffered fatalities; coded as \
             12.",
            "Armed clash",
            "Harasta",
            Some(12),
        ),
        // The Observatory's items: ground "taken full control of", a military point
        // established, arrests made in an operation; "the southern countryside of X" is X's
        // governorate around a town named with it.
        (
            "Hay'at Tahrir Al-Sham has taken full control of Darat Izza town today, after \
             clashes with Nour Al-Din Al-Zenki movement.",
            "Non-state actor overtakes territory",
            "Darat Izza",
            None,
        ),
        (
            "Turkish forces have established a new military point today in the vicinity of \
             Sarmin town.",
            "Headquarters or base established",
            "Sarmin",
            None,
        ),
        (
            "At dawn today, the SDF conducted a security operation in Hajin town, \
             arresting 3 persons.",
            "Arrests",
            "Hajin",
            None,
        ),
        (
            "Gunmen abducted a young man from Salkhad city in the southern countryside of \
             Suwayda yesterday.",
            "Abduction/forced disappearance",
            "Salkhad",
            None,
        ),
        // A party's own losses told after the other side's add to them.
        (
            "On 21 August 2019, regime forces took full control of the town of Khan Shaykhun. 4 \
             regime soldiers were killed in clashes on the town's northern outskirts. HTS said \
             it lost 6 of its fighters.",
            "Government regains territory",
            "Khan Shaykhun",
            Some(10),
        ),
        // Fire from positions somewhere is not where it fell; a village's name written as a
        // city's neighbourhood is that district.
        (
            "HTS fighters fired rockets from their positions in al-Latamina at the town of \
             al-Suqaylabiyah, killing a woman and her daughter.",
            "Shelling/artillery/missile attack",
            "al-Suqaylabiyah",
            Some(2),
        ),
        (
            "Artillery shells fired from regime- and SDF-held areas around Tal Rifaat fell on a \
             residential neighbourhood in Aazaz city, killing a child.",
            "Shelling/artillery/missile attack",
            "Aazaz",
            Some(1),
        ),
        (
            "Rebels fired rockets at the New Aleppo and Hamdaniyah neighbourhoods of Aleppo \
             city, killing 2.",
            "Shelling/artillery/missile attack",
            "Aleppo",
            Some(2),
        ),
        // A bomb rigged on a motorcycle, two sources' figures (the lower; the second "gave"
        // it); tank fire is shelling; a news agency's name is no place; where the sources
        // were is not the scene.
        (
            "A motorcycle rigged with explosives went off near the main roundabout of al-Bab on \
             Sunday. SOHR said four civilians were killed; the local police command gave a \
             toll of three dead and 12 wounded.",
            "Remote explosive/landmine/IED",
            "al-Bab",
            Some(3),
        ),
        (
            "The Israeli army said its tanks fired at two Syrian army positions near Khan \
             Arnabah.",
            "Shelling/artillery/missile attack",
            "Khan Arnabah",
            None,
        ),
        (
            "The SDF-affiliated Hawar news agency said Turkish forces shelled villages west of \
             Tell Tamr in Hasakah countryside.",
            "Shelling/artillery/missile attack",
            "Tell Tamr",
            None,
        ),
        (
            "Local sources in Suwayda reported that ISIS fighters attacked positions held by \
             local gunmen near al-Mushannaf; four local gunmen were killed.",
            "Armed clash",
            "al-Mushannaf",
            Some(4),
        ),
        // The act told again says where it was; where the wounded died is not the scene.
        (
            "Three Government soldiers were killed on 5 November 2020 when an improvised \
             explosive device detonated beside their vehicle. The explosion took place on the \
             road leading out of Jasim.",
            "Remote explosive/landmine/IED",
            "Jasim",
            Some(3),
        ),
        (
            "Five civilians, two of them in a hospital in Idlib city, died after artillery \
             shells landed near a bakery in Sarmin.",
            "Shelling/artillery/missile attack",
            "Sarmin",
            Some(5),
        ),
        // A toll that rose, told with the town where the wounded died, is the act's.
        (
            "Artillery shells landed near a bakery in Sarmin. Five civilians were killed at the \
             scene; the toll later rose to seven after two of the injured died in a hospital in \
             Idlib city.",
            "Shelling/artillery/missile attack",
            "Sarmin",
            Some(7),
        ),
        // Where the doers were positioned is not where their shells fell.
        (
            "Opposition rebels positioned in Eastern Ghouta fired several mortar shells on the \
             Bab Touma neighbourhood of Damascus city. 2 civilians were killed.",
            "Shelling/artillery/missile attack",
            "Damascus",
            Some(2),
        ),
    ];
    for &(text, sub_event_type, place, toll) in cases {
        let act = first_incident(text);
        assert_eq!(act.sub_event_type, Some(sub_event_type), "{text:?}");
        assert_eq!(
            act.location.as_ref().map(|l| l.written.as_str()),
            Some(place),
            "{text:?}"
        );
        assert_eq!(act.fatalities.and_then(|f| f.best), toll, "{text:?}");
    }
}

#[test]
fn a_day_told_twice_is_lent_once_and_overnight_before_a_date_is_that_date() {
    // "after Friday prayers today", written on a Friday: two words for one day, which the
    // protest told before the comma takes.
    let text = "Activists said hundreds of people demonstrated in Kafranbel, after Friday \
                prayers today, the first large protest in the town in months.";
    let candidates = common::read_on(text, "2016-03-04".parse().unwrap());
    let protest = candidates
        .iter()
        .find(|c| c.kind == Kind::Incident)
        .expect("an incident");
    assert_eq!(protest.sub_event_type, Some("Peaceful protest"));
    assert_eq!(
        protest.date_start.map(|d| d.to_string()).as_deref(),
        Some("2016-03-04")
    );
    let strike = first_incident(
        "Overnight on 3-4 January 2019, US-led coalition aircraft struck al-Susah, killing \
         eight civilians.",
    );
    assert_eq!(
        strike.date_start.map(|d| d.to_string()).as_deref(),
        Some("2019-01-03")
    );
}

/// The first incident `text` yields; the test fails if it yields none.
fn first_incident(text: &str) -> truce_extract::Candidate {
    read(text)
        .into_iter()
        .find(|c| c.kind == Kind::Incident)
        .unwrap_or_else(|| panic!("no incident in {text:?}"))
}

/// A feature compares its act with others ("came less than two weeks after", "all eyes are
/// on", "since August 2013, when"): those are background, not the story's main incident, even
/// placed where its own is not; nor is a later placed act it gives no toll.
#[test]
fn an_act_the_story_compares_its_own_with_or_tells_no_toll_of_does_not_lead() {
    let cases: &[(&str, &str, u32)] = &[
        (
            "Activists said the army shelled the hamlet before militiamen went in on foot and \
             killed 78 residents with guns and knives. The massacre came less than two weeks \
             after 108 people were killed in Houla, in Homs province.",
            "2012-06-08",
            78,
        ),
        (
            "On Sunday a barrage of mortar shells struck a residential street, killing eight \
             people. This week, all eyes are on Aleppo, where government jets resumed their \
             bombardment last Tuesday, killing more than 300 people.",
            "2016-11-22",
            8,
        ),
        // An act told with its toll before the story places any leads over a later placed
        // one it gives no toll.
        (
            "When a guard tried to search him, he pushed past into the main hall and blew \
             himself up. State media said at least 31 people were killed. The regime has used \
             such attacks to argue that it is fighting terrorists in Eastern Ghouta.",
            "2017-03-18",
            31,
        ),
    ];
    for &(text, written, toll) in cases {
        let candidates = common::read_on(text, written.parse().unwrap());
        let lead = truce_extract::lead(&candidates, written.parse().unwrap()).expect("a lead");
        assert_eq!(
            lead.fatalities.and_then(|f| f.best),
            Some(toll),
            "{candidates:#?}"
        );
    }
}

/// A page's "Date of publication" is the day it was written, not the act's; and a toll told of
/// a day within the lead's days ("since Sunday night") is the lead's.
#[test]
fn a_page_date_is_not_the_acts_and_a_day_within_the_leads_joins_it() {
    let cases: &[(&str, &str, &str, u32)] = &[
        (
            "Date of publication 28 April 2016 A hospital was destroyed in an overnight air raid \
             on rebel-held Aleppo. At least 27 civilians were killed when warplanes struck the \
             al-Quds hospital in Aleppo late on Wednesday.",
            "2016-04-28",
            "2016-04-27",
            27,
        ),
        (
            "Regime air strikes pounded Douma for a third straight day since Sunday night. At \
             least 38 civilians were killed on Tuesday as warplanes struck Douma.",
            "2018-02-20",
            "2018-02-18",
            38,
        ),
    ];
    for &(text, written, day, toll) in cases {
        let candidates = common::read_on(text, written.parse().unwrap());
        let lead = truce_extract::lead(&candidates, written.parse().unwrap()).expect("a lead");
        assert_eq!(
            lead.date_start.map(|d| d.to_string()).as_deref(),
            Some(day),
            "{candidates:#?}"
        );
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(toll), "{text:?}");
    }
}

/// A toll spread over weeks or months is a count, not an incident — wherever it is placed;
/// a day's toll compared with weeks is still the day's.
#[test]
fn a_toll_over_weeks_is_an_aggregate_wherever_it_is() {
    let cases: &[(&str, Kind, u32)] = &[
        (
            "The United States and Russia agreed to extend the truce to Aleppo, where more than \
             250 people have been killed in two weeks of fighting.",
            Kind::AggregateToll,
            250,
        ),
        (
            "Air strikes killed 40 civilians in Idlib over the past month.",
            Kind::AggregateToll,
            40,
        ),
        (
            "Air strikes killed 40 civilians in Idlib on Monday, the deadliest day in two weeks.",
            Kind::Incident,
            40,
        ),
        (
            "Shelling killed 5 people in Aleppo in the past two days.",
            Kind::Incident,
            5,
        ),
        // (A count since a year began raises no act's toll.)
        (
            "SOHR activists have documented the killing of two young men after gunmen opened \
             fire on them in Khirbat Tin Nour village on Thursday evening. With the two victims, \
             the number of people killed in retaliatory actions since the beginning of 2025 has \
             risen to 163.",
            Kind::Incident,
            2,
        ),
        // (The clause may open on the period.)
        (
            "Since mid-December, when the government's helicopter campaign intensified, \
             monitoring groups say more than 500 people have been killed by barrel bombs in the \
             city.",
            Kind::AggregateToll,
            500,
        ),
        (
            "Since Wednesday, 12 people have been killed by shelling in Douma.",
            Kind::Incident,
            12,
        ),
        // (A count during a siege is the siege's.)
        (
            "The first buses left Daraya. According to the local council, more than 2,200 \
             people were killed in Daraya during the siege.",
            Kind::AggregateToll,
            2200,
        ),
        // (A count since an offensive began is the offensive's.)
        (
            "The SDF took full control of Hajin. More than 900 fighters from both sides have \
             been killed since the offensive began in September, according to SOHR.",
            Kind::AggregateToll,
            900,
        ),
    ];
    for &(text, kind, toll) in cases {
        let tolled = read(text)
            .into_iter()
            .find(|c| c.fatalities.is_some())
            .unwrap_or_else(|| panic!("no toll in {text:?}"));
        assert_eq!(tolled.kind, kind, "{text:?}");
        assert_eq!(
            tolled.fatalities.and_then(|f| f.best),
            Some(toll),
            "{text:?}"
        );
    }
}

/// A story leads with its main incident, unless the writer names a later one the deadlier:
/// (text, written, the lead's place as written, its toll).
#[test]
fn a_later_incident_named_the_deadliest_is_the_storys_main_one() {
    let cases: &[(&str, &str, &str, u32)] = &[
        (
            "Rebel shells slammed into a Kurdish-held neighborhood of Aleppo on Sunday, killing \
             two people. A far deadlier attack came on Monday morning, when a car packed with \
             explosives blew up near the vegetable market in the town of Saraqeb in Idlib \
             province, killing five civilians.",
            "2016-03-07",
            "Saraqeb",
            5,
        ),
        (
            "Air strikes hit several towns in Idlib province on Tuesday. The deadliest strike \
             hit a market in Maarat al-Numan, killing 11 civilians.",
            "2016-04-20",
            "Maarat al-Numan",
            11,
        ),
        (
            "A mortar shell fell near Bab Sharqi in Damascus on Thursday, killing two civilians. \
             In a deadlier attack, militants fired Grad rockets at the town of Mhardeh, killing \
             12 civilians.",
            "2016-09-01",
            "Mhardeh",
            12,
        ),
        // (Said of the lead itself, it changes nothing.)
        (
            "Shelling killed four civilians in Douma on Sunday, the deadliest attack there \
             this month. Two more died in Harasta.",
            "2018-01-08",
            "Douma",
            4,
        ),
    ];
    for &(text, written, place, toll) in cases {
        let candidates = common::read_on(text, written.parse().unwrap());
        let lead = truce_extract::lead(&candidates, written.parse().unwrap()).expect("a lead");
        assert_eq!(
            lead.location.as_ref().map(|l| l.written.as_str()),
            Some(place),
            "{candidates:#?}"
        );
        assert_eq!(lead.fatalities.and_then(|f| f.best), Some(toll), "{text:?}");
    }
}

/// A toll that rose updates the story's first, also where a witness's words about the act
/// were told between them (the act they name takes the toll told right after).
#[test]
fn a_toll_that_rose_updates_the_lead_across_a_witness() {
    // (News set 29's words.)
    let text = "At least 10 people were killed and dozens wounded on Sunday when a car bomb \
                exploded in a busy street in the northwestern Syrian city of Idlib, according to \
                initial reports from rescue workers.\n\nThe bomb, planted in a parked van, \
                detonated near a mobile phone market on al-Thalathin Street in the city centre \
                at around 10pm.\n\nResidents told The New Arab that the force of the explosion \
                destroyed several shops and set cars on fire. \"There were bodies everywhere, \
                many of them children who had come out with their families,\" said Abu Ahmad, a \
                shopkeeper whose store was damaged in the blast.\n\nThe Syria Civil Defence said \
                later on Sunday night that the death toll had risen to 17 civilians, including \
                six children.";
    let written = "2018-05-20".parse().unwrap();
    let candidates = common::read_on(text, written);
    let lead = truce_extract::lead(&candidates, written).expect("a lead");
    assert_eq!(
        lead.fatalities.and_then(|f| f.best),
        Some(17),
        "{candidates:#?}"
    );
}

/// The first incident of a log entry, a security report, a daily report or a ministry's
/// statement: (text, written, sub-event type, day, place as written, fatalities).
#[test]
fn logs_and_reports_say_where_when_and_how_many_in_their_own_forms() {
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        Option<u32>,
    );
    let cases: &[Case] = &[
        // A log's fields: the "Location:" field places the entry, a date "logged" is not the
        // act's, and the fields between the heading and the description date nothing.
        (
            "Reported violation #117 — incident 14/03/2016, approx. 21:30; logged 15/03/2016, \
             08:05. Location: Darayya, southern sector (W Ghouta, Rif Dimashq). Reporting \
             party: opposition. Alleged violator: SAA. Description: approx. 40 artillery rounds \
             on residential blocks; 4 civilians KIA.",
            "2016-03-15",
            "Shelling/artillery/missile attack",
            "2016-03-14",
            "Darayya",
            Some(4),
        ),
        (
            "Reported violation #268 — 17/05/2016, 11:00. Location: SAA checkpoint at the N \
             entrance of Izraa (Daraa). Reporting party: opposition. Description: 6 civilian men \
             detained at the checkpoint while travelling to Damascus.",
            "2016-05-17",
            "Arrests",
            "2016-05-17",
            "Izraa",
            None,
        ),
        // An entry's number before its label; the governorate last in a bracket.
        (
            "SIR 0634 – Hama: On Sunday at approx. 0300 hrs, NSAG fighters attacked GoS \
             positions on the outskirts of Kurnaz (NW rural Hama); 4x soldiers killed.",
            "2019-05-07",
            "Armed clash",
            "2019-05-05",
            "Kurnaz",
            Some(4),
        ),
        // A daily report's total is no incident: its most notable incident is.
        (
            "SNHR documented the killing of 14 civilians on Monday, February 17, 2020. The most \
             notable incident: regime artillery shelled al Atareb city, killing 4 civilians; a \
             woman injured in the same shelling died of her wounds hours later, raising the \
             incident's toll to 5.",
            "2020-02-18",
            "Shelling/artillery/missile attack",
            "2020-02-17",
            "Atareb",
            Some(5),
        ),
        (
            "Amûdê – Two members of the Internal Security Forces were martyred yesterday \
             evening when a drone targeted their vehicle near Amûdê.",
            "2020-06-10",
            "Air/drone strike",
            "2020-06-09",
            "Amûdê",
            Some(2),
        ),
        (
            "MSB: terrorists attempted to infiltrate our area near Tal Tamr yesterday. In the \
             ensuing clash 3 terrorists were neutralized.",
            "2020-06-10",
            "Armed clash",
            "2020-06-09",
            "Tal Tamr",
            Some(3),
        ),
        (
            "On 11 June 2019, a suicide bomber drove a VBIED into an SDF checkpoint in Al Kasra \
             (Deir-ez-Zor, Deir-ez-Zor). 3 SDF fighters were killed. 4 fatalities coded, \
             including the bomber.",
            "2019-06-12",
            "Suicide bomb",
            "2019-06-11",
            "Al Kasra",
            Some(4),
        ),
        (
            "On 22 July 2018, regime forces entered and took control of Jaba without clashes, \
             after rebels handed over the town.",
            "2018-07-23",
            "Non-violent transfer of territory",
            "2018-07-22",
            "Jaba",
            None,
        ),
        (
            "Tartus, SANA – The competent authorities in Tartus arrested on Monday a person in \
             Baniyas city wanted for smuggling weapons.",
            "2019-03-12",
            "Arrests",
            "2019-03-11",
            "Baniyas",
            None,
        ),
        // Each side's dead across a semicolon, the wounded between; a running total since an
        // operation began is no event's toll.
        (
            "Reported violation #231 — 12/04/2016, 23:50. Location: Aleppo city. Description: \
             night ground attack on SAA/NDF positions at the Layramoun roundabout; fighting \
             continued for hours. Casualties: \
             SAA/NDF 4 KIA, 9 WIA; AOG 7 KIA.",
            "2016-04-13",
            "Armed clash",
            "2016-04-12",
            "Aleppo",
            Some(11),
        ),
        (
            "Ministry of National Defence: the residential centre of Tel Abyad has been taken \
             under control this morning by our commandos. Since the start of the operation a \
             total of 440 terrorists have been neutralized.",
            "2019-10-13",
            "Non-state actor overtakes territory",
            "2019-10-13",
            "Tel Abyad",
            None,
        ),
        (
            "#Western_Aleppo: A regime suicide drone targeted a civilian vehicle on the \
             outskirts of #Darat_Izza today, killing its driver.",
            "2020-01-10",
            "Air/drone strike",
            "2020-01-10",
            "Darat_Izza",
            Some(1),
        ),
        (
            "MSB: In the attack carried out today with a bomb-laden fuel tanker in a crowded \
             market in Afrin city centre, 40 innocent civilians, 11 of them children, lost their \
             lives.",
            "2018-04-28",
            "Remote explosive/landmine/IED",
            "2018-04-28",
            "Afrin",
            Some(40),
        ),
        (
            "Deir Ezzor, SANA – Army units restored security and stability to al-Mayadeen city \
             today after eliminating the last gatherings of ISIS terrorists in it.",
            "2017-10-14",
            "Government regains territory",
            "2017-10-14",
            "al-Mayadeen",
            None,
        ),
        // The dead told before an arrest in one clause are the clash's, not the arrest's; a
        // second source's figure in its own sentence changes nothing.
        (
            "On 1 March 2020, regime forces stormed the western neighbourhood of As-Sanamayn \
             (As-Sanamayn, Dar'a) and clashed with local gunmen. Three of the gunmen and 2 \
             soldiers were killed, and several people were detained. A local monitoring network \
             put the total toll at 9, including civilians.",
            "2020-03-02",
            "Armed clash",
            "2020-03-01",
            "As-Sanamayn",
            Some(5),
        ),
        // What had been done to the dead before is not the act told.
        (
            "Around 14 April 2018 (week of), the bodies of 4 men who had been abducted by \
             unidentified gunmen days earlier were found with gunshot wounds near Salqin \
             (Harim, Idleb).",
            "2018-04-16",
            "Attack",
            "2018-04-14",
            "Salqin",
            Some(4),
        ),
        // The other side's dead after a break, by the same voice, add.
        (
            "The Syrian Arab Army wishes to inform the Task Force that on 14 September 2016 at \
             0540 hrs armed terrorist groups attacked military checkpoints on the northern \
             outskirts of the town of Mhardeh. The units repelled the attack after a two-hour \
             engagement which resulted in the martyrdom of three army personnel and the injury \
             of eight others; the units killed eleven of the attackers.",
            "2016-09-15",
            "Armed clash",
            "2016-09-14",
            "Mhardeh",
            Some(14),
        ),
        // An act carried out under an agreement is the act; "without fighting", a transfer.
        (
            "On 15 July 2018, in accordance with the Russian-brokered settlement agreement, \
             Opposition Rebels (Syria) in Inkhil (As-Sanamayn, Dar'a) handed over their heavy \
             weapons, and Military Forces of Syria (2000-) entered the town without fighting.",
            "2018-07-16",
            "Non-violent transfer of territory",
            "2018-07-15",
            "Inkhil",
            None,
        ),
        // Fire on people protesting is force against protesters; "5 protesters killed" are
        // the dead, not a protest; two sources' figures give the lower.
        (
            "On 1 June 2021, SDF members opened fire on residents protesting against forced \
             conscription in Menbij (Menbij, Aleppo). Local sources reported 5 protesters \
             killed, while SOHR documented 3.",
            "2021-06-02",
            "Excessive force against protesters",
            "2021-06-01",
            "Menbij",
            Some(3),
        ),
        // (Not gunfire at a house of the Syrian "Demo"cratic Forces.)
        (
            "On 2 November 2019, unidentified gunmen opened fire on the house of a Syrian \
             Democratic Forces commander in Gharanij (Abu Kamal, Deir-ez-Zor), and fled.",
            "2019-11-03",
            "Attack",
            "2019-11-02",
            "Gharanij",
            None,
        ),
        // A post that names no day is of the day it was written.
        (
            "Daraa: Unknown gunmen assassinated former FSA commander in Jasim, shot dead \
             outside his house",
            "2020-05-04",
            "Attack",
            "2020-05-04",
            "Jasim",
            Some(1),
        ),
        // The bomber's death told after the others' adds to them.
        (
            "Tartous, SANA- A terrorist suicide bomber blew himself up among citizens gathered \
             at the entrance to Tartous city near Arzouna bridge on Monday, martyring 8 \
             citizens and injuring 20 others. The bomber was killed in the blast.",
            "2016-09-06",
            "Suicide bomb",
            "2016-09-05",
            "Tartous",
            Some(9),
        ),
        // What came before, after a comma-borne "after", is context: the looting is the act.
        (
            "Between 18 and 20 March 2018, after Turkish forces and Turkish-backed opposition \
             factions took control of Afrin city (Afrin, Aleppo), fighters of the factions \
             looted shops, homes and public buildings.",
            "2018-03-21",
            "Looting/property destruction",
            "2018-03-18",
            "Afrin",
            None,
        ),
        // Attackers in explosive belts are suicide bombers, and "all six attackers died" adds.
        (
            "On 25 February 2017, six attackers wearing explosive belts stormed the State \
             Security and Military Security branches in Homs city (Homs, Homs), killing 42 \
             security personnel. All six attackers died, four of them by detonating their belts.",
            "2017-02-26",
            "Suicide bomb",
            "2017-02-25",
            "Homs",
            Some(48),
        ),
        // A security log files the town under its governorate ("Hasakah / Tal Tamr").
        (
            "28/10/2019 – 0815 hrs – Hasakah / Tal Tamr – Shelling (TAF/SNA artillery) on SW \
             outskirts of Tal Tamr, 27/10 approx. 2130 hrs. 1x civ killed, 2x inj. per local \
             contacts (not verified).",
            "2019-10-28",
            "Shelling/artillery/missile attack",
            "2019-10-27",
            "Tal Tamr",
            Some(1),
        ),
        // Troops that "have entered" a town took it (typed by who they are); a vague day told
        // of what came before ", after" is not the act's: the header's day is.
        (
            "Sun 19 Nov 2017\n12:20 — Syrian state TV says government troops have entered Albu \
             Kamal, on the Iraqi border, after Islamic State fighters retook parts of the town \
             earlier this month.",
            "2017-11-19",
            "Government regains territory",
            "2017-11-19",
            "Albu Kamal",
            None,
        ),
        // A town written as one is the town, not the district of its name.
        (
            "On 11 July 2020, an IED exploded near the Al-Hilaliyah roundabout in Quamishli \
             city (Quamishli, Al Hasakeh). 1 civilian was killed and 5 others were wounded.",
            "2020-07-12",
            "Remote explosive/landmine/IED",
            "2020-07-11",
            "Quamishli",
            Some(1),
        ),
    ];
    for &(text, written, sub_event, day, place, toll) in cases {
        let candidates = common::read_on(text, written.parse().unwrap());
        let c = candidates
            .iter()
            .find(|c| c.kind == Kind::Incident)
            .unwrap_or_else(|| panic!("no incident in {text:?}"));
        let got = (
            c.sub_event_type,
            c.date_start.map(|d| d.to_string()),
            c.location.as_ref().map(|l| l.written.as_str()),
            c.fatalities.and_then(|f| f.best),
        );
        assert_eq!(
            got,
            (Some(sub_event), Some(day.to_string()), Some(place), toll),
            "{text:?}"
        );
    }
}

#[test]
fn the_dead_told_without_their_killer_name_no_act() {
    // "3 civilians were killed": who killed them, and how, is not told — no act is guessed;
    // nor where the civilians are the subject ("civilians killed 3 people").
    for text in [
        "On 25 October 2021, 3 civilians were killed in Daraa.",
        "On 25 October 2021, civilians killed 3 people in Daraa.",
    ] {
        let candidates = read(text);
        assert!(
            candidates.iter().all(|c| c.sub_event_type.is_none()),
            "{text:?}"
        );
    }
}

#[test]
fn a_register_entry_and_a_report_heading_are_read_as_their_writers_mean_them() {
    // (text, written on, the lead's day, its place as written, its toll)
    let cases: &[(&str, &str, &str, &str, Option<u32>)] = &[
        // A register's fields after the act are the act's: its place, its day, its dead.
        (
            "Entry 0397 | Logged 13/04/2016 09:15 | Party accused: SAA | Type: artillery and \
             tank fire on residential area | Location: Busra al-Harir, E of Izra', Daraa prov. \
             | Date of incident: 12/04/2016, 16:00-17:30 | Casualties: 3 KIA (1 child), 6 WIA",
            "2016-04-13",
            "2016-04-12",
            "Izra",
            Some(3),
        ),
        // A heading's day in brackets is the day of writing, not the act's.
        (
            "Deir-ez-Zor governorate (29 May 2017): According to local sources, on Thursday \
             night, air strikes hit residential buildings in Al Mayadin city, killing 12 people.",
            "2017-05-29",
            "2017-05-25",
            "Al Mayadin",
            Some(12),
        ),
        // A report's month frames the day told in it.
        (
            "SNHR, April 2019 report: On Monday, April 29, 2019, regime artillery fired shells \
             at Qal'at al-Madiq town, killing Khaled Hussein al-Abdullah, 52, and his \
             granddaughter Rahaf Mohammad al-Abdullah, 6.",
            "2019-05-01",
            "2019-04-29",
            "Qal'at al-Madiq",
            Some(2),
        ),
        // A post's opening hashtag is its topic; the town named is the place.
        (
            "#Tartus In Safita this afternoon an angry crowd beat to death a man suspected of \
             trying to kidnap a girl.",
            "2022-04-11",
            "2022-04-11",
            "Safita",
            Some(1),
        ),
    ];
    for &(text, written, day, place, toll) in cases {
        let candidates = common::read_on(text, written.parse().unwrap());
        let lead = truce_extract::lead(&candidates, written.parse().unwrap())
            .unwrap_or_else(|| panic!("no incident in {text:?}"));
        assert_eq!(
            lead.date_start.map(|d| d.to_string()).as_deref(),
            Some(day),
            "{text:?}"
        );
        assert_eq!(
            lead.location.as_ref().map(|l| l.written.as_str()),
            Some(place),
            "{text:?}"
        );
        assert_eq!(lead.fatalities.and_then(|f| f.best), toll, "{text:?}");
    }
}

/// A note, the day it was written, and what its first incident must read: its sub-event type,
/// its day, its place as written, its toll.
type ReadAs<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, Option<u32>);

#[test]
fn bulletins_logs_and_statements_tell_their_acts_in_their_own_forms() {
    let cases: &[ReadAs<'_>] = &[
        // A monitor's log: the day a report came in is not the act's, told after it…
        (
            "The regime liaison informed us this morning that government forces, backed by RuAF \
             and allied militias, took full control of Palmyra (Tadmur, E Homs) yesterday after \
             IS fighters withdrew eastwards.",
            "2016-03-28",
            "Government regains territory",
            "2016-03-27",
            "Palmyra",
            None,
        ),
        // …and a second voice giving "the same two dead" gives no more.
        (
            "Two air strikes reportedly hit the southern outskirts of Morek (N Hama) on 2 July. \
             SOHR reports two civilians killed; the opposition liaison gives the same two dead \
             and five wounded.",
            "2016-07-03",
            "Air/drone strike",
            "2016-07-02",
            "Morek",
            Some(2),
        ),
        // "14 shelling attacks … were registered" is a count of acts too.
        (
            "Over the past 24 hours, 14 shelling attacks by terrorist groups were registered in \
             the Idlib de-escalation zone. On 10 June, militants of Hayat Tahrir al-Sham fired \
             multiple-launch rocket systems at the settlement of Jurin in Hama province; 2 \
             civilians were killed.",
            "2019-06-11",
            "Shelling/artillery/missile attack",
            "2019-06-10",
            "Jurin",
            Some(2),
        ),
        // A faction's statement: a town liberated is ground taken; its own dead, after a
        // semicolon, fell in the battle told before and add to the enemy's.
        (
            "Jaysh al-Izza announces that its fighters liberated the town of Souran in the \
             northern Hama countryside this morning after fierce battles with Assad's militias. \
             Eleven members of the militias were killed and our fighters captured weapons and \
             ammunition; three of our fighters were martyred in the battle.",
            "2017-03-22",
            "Non-state actor overtakes territory",
            "2017-03-22",
            "Souran",
            Some(14),
        ),
        // A post headed by the body that writes and its governorate: the town told is the place.
        (
            "Syria Civil Defence, Idlib: warplanes struck the vegetable market in Maarat al-Numan \
             this morning while it was crowded with shoppers. Our teams recovered the bodies of 4 \
             civilians and rescued 12 injured people.",
            "2019-05-27",
            "Air/drone strike",
            "2019-05-27",
            "Maarat al-Numan",
            Some(4),
        ),
        // A day's count of acts is no act; the one told is.
        (
            "Russian Centre for Reconciliation, 12 June 2019. During the day, 23 shelling \
             incidents were recorded in the Idlib de-escalation zone. At 14:20, terrorists \
             shelled the town of Al-Suqaylabiyah (Hama province); 2 civilians were killed.",
            "2019-06-12",
            "Shelling/artillery/missile attack",
            "2019-06-12",
            "Al-Suqaylabiyah",
            Some(2),
        ),
        // A paragraph's day without a year, months after the report, is of the year before;
        // the time told after it is of that day.
        (
            "47. On 25 July, ISIL fighters launched coordinated attacks on villages east of \
             As-Suwayda city. At approximately 7:15 a.m., a suicide bomber detonated himself in \
             the market of As-Suwayda city.",
            "2019-01-31",
            "Suicide bomb",
            "2018-07-25",
            "As-Suwayda",
            None,
        ),
        // A mass grave found is ACLED's "Other", without the earlier dead.
        (
            "Civil Defence teams uncovered a mass grave in Raqqa city containing the bodies of \
             37 people.",
            "2018-08-20",
            "Other",
            "2018-08-20",
            "Raqqa",
            None,
        ),
        // An attack repelled is a clash; a liberation completed is ground taken.
        (
            "At 05:10 a group of militants attempted to attack positions of the Syrian Arab \
             Army near the settlement of Kafr Nabl (Idlib province).",
            "2021-06-09",
            "Armed clash",
            "2021-06-09",
            "Kafr Nabl",
            None,
        ),
        (
            "Units of the Syrian Arab Army today completed the liberation of the settlement of \
             Suran in the north of Hama province.",
            "2017-04-01",
            "Government regains territory",
            "2017-04-01",
            "Suran",
            None,
        ),
        (
            "Today thousands of the people of Kobanê took part in a march through the streets \
             of the city, denouncing the drone attacks on the region.",
            "2021-08-22",
            "Peaceful protest",
            "2021-08-22",
            "Kobanê",
            None,
        ),
        // A log line that is only its day gives way to the next, the heading's place.
        (
            "17 Oct 19 | TAL ABYAD (Ar-Raqqa gov.) | Partner warehouse broken into and looted \
             on the evening of 16 Oct by armed men.",
            "2019-10-17",
            "Looting/property destruction",
            "2019-10-16",
            "TAL ABYAD",
            None,
        ),
        // A sitrep's day is its writing's; a place measured from is a town, and where the
        // wounded were taken is no place of the act.
        (
            "SITREP 28.06.2022 - AL-BAB (Aleppo): Yesterday from approx. 16:00 to 21:00, armed \
             clashes between two SNA factions in the industrial zone of Al-Bab.",
            "2022-06-28",
            "Armed clash",
            "2022-06-27",
            "AL-BAB",
            None,
        ),
        (
            "12 Jun 21 - 08:15 - DEIR EZ-ZOR west - ~3 km N of Al-Kasrah: IED detonated as \
             partner NGO pick-up passed. Driver killed, engineer seriously injured (evacuated \
             to Raqqa).",
            "2021-06-12",
            "Remote explosive/landmine/IED",
            "2021-06-12",
            "Al-Kasrah",
            Some(1),
        ),
        // A variant of a name is no place outside the governorate the clause names; a place's
        // other name in brackets may be one.
        (
            "W. Aleppo countryside: HTS infiltration attack on GoS forward positions at Kafr \
             Amma, approx. 3 km SW of Al-Atarib.",
            "2023-11-09",
            "Armed clash",
            "2023-11-09",
            "Al-Atarib",
            None,
        ),
        // A post headed by a body named for its town is about that town; a civil defence
        // named for a governorate is no place.
        (
            "Douma Local Council | Yesterday evening, regime helicopters dropped barrel bombs on \
             the residential neighbourhoods of the city, leaving six martyrs.",
            "2018-02-26",
            "Air/drone strike",
            "2018-02-25",
            "Douma",
            Some(6),
        ),
        (
            "#Rastan | Homs Civil Defence: Two brothers were killed today when regime forces \
             fired mortar shells at the western neighbourhood.",
            "2017-05-02",
            "Shelling/artillery/missile attack",
            "2017-05-02",
            "Rastan",
            Some(2),
        ),
        // The writers' own words for acts: artillery's "fire support vehicles", SANA's "aerial
        // aggression", an IED "destroyed in a controlled manner", stones "pelting" a convoy.
        (
            "Our fire support vehicles struck the positions in Ayn Issa from which PKK/YPG \
             terrorists had opened harassment fire. 9 terrorists were neutralized.",
            "2020-06-08",
            "Shelling/artillery/missile attack",
            "2020-06-08",
            "Ayn Issa",
            Some(9),
        ),
        (
            "At around 1:20 am today, the Israeli enemy carried out an aerial aggression \
             targeting some points in the vicinity of Kisweh in Damascus Countryside.",
            "2019-11-20",
            "Air/drone strike",
            "2019-11-20",
            "Kisweh",
            None,
        ),
        (
            "An improvised explosive device placed by terrorists at the entrance of Çobanbey was \
             detected by our units and destroyed in a controlled manner.",
            "2021-03-02",
            "Disrupted weapons use",
            "2021-03-02",
            "Çobanbey",
            None,
        ),
        (
            "Locals of Farfara village in al-Qahtaniya countryside yesterday intercepted a \
             convoy of the US occupation forces, pelting its vehicles with stones.",
            "2020-08-17",
            "Violent demonstration",
            "2020-08-16",
            "al-Qahtaniya",
            None,
        ),
        // A monitor's words for acts, and an abbreviated weekday written as a day.
        (
            "06 Mar – Douma, E Ghouta: opp liaison alleges SyAAF strike on farmland E of town, \
             early afternoon. Casualties unknown.",
            "2016-03-07",
            "Air/drone strike",
            "2016-03-06",
            "Douma",
            Some(0),
        ),
        (
            "Pro-regime forces tried to advance on Kinsabba in Jabal al-Akrad this morning and \
             were pushed back by armed groups. SOHR counts 7 fighters killed on both sides.",
            "2016-03-12",
            "Armed clash",
            "2016-03-12",
            "Kinsabba",
            Some(7),
        ),
        (
            "SW Aleppo countryside – Khan Tuman – Jaysh al-Fatah took the village and \
             surrounding hills from pro-regime forces on Fri.",
            "2016-05-07",
            "Non-state actor overtakes territory",
            "2016-05-06",
            "Khan Tuman",
            None,
        ),
        (
            "The Kurdish local council in Sheikh Maqsoud alleges that shells fired from AOG-held \
             areas released a yellowish gas in Aleppo city; no deaths.",
            "2016-04-08",
            "Chemical weapon",
            "2016-04-08",
            "Aleppo",
            Some(0),
        ),
        // A possessive names its place: "Jableh's bus station".
        (
            "Three explosions hit Jableh's bus station at around 09:00 local time this morning. \
             SANA says 73 dead.",
            "2016-05-23",
            "Remote explosive/landmine/IED",
            "2016-05-23",
            "Jableh",
            Some(73),
        ),
        // A note goes on where its sentence before set it.
        (
            "58. On 12 June, a woman from Afrin district was stopped at a checkpoint at the \
             southern entrance to 'Afrin city. She told the Commission that she was repeatedly \
             raped by two members of the brigade.",
            "2020-09-15",
            "Sexual violence",
            "2020-06-12",
            "Afrin",
            None,
        ),
        // (A governorate named for another place is no bar.)
        (
            "Another civilian was killed in regime bombing on the town of Hirbanfsah in South \
             Hama and Talaf south of Homs city.",
            "2016-06-19",
            "Air/drone strike",
            "2016-06-19",
            "Hirbanfsah",
            Some(1),
        ),
        (
            "Yesterday evening, warplanes of the Turkish occupation army bombed residential \
             neighbourhoods in the centre of Cindirês (Jindires), killing 9 civilians.",
            "2018-03-05",
            "Air/drone strike",
            "2018-03-04",
            "Jindires",
            Some(9),
        ),
    ];
    for &(text, written, sub_event, day, place, toll) in cases {
        let candidates = common::read_on(text, written.parse().unwrap());
        // (The note's first incident, as the notes are scored: a report's paragraph may tell
        // of months before, which a news story's lead would set aside as background.)
        let lead = candidates
            .iter()
            .find(|c| c.kind == truce_extract::Kind::Incident)
            .unwrap_or_else(|| panic!("no incident in {text:?}"));
        assert_eq!(lead.sub_event_type, Some(sub_event), "{text:?}");
        assert_eq!(
            lead.date_start.map(|d| d.to_string()).as_deref(),
            Some(day),
            "{text:?}"
        );
        assert_eq!(
            lead.location.as_ref().map(|l| l.written.as_str()),
            Some(place),
            "{text:?}"
        );
        assert_eq!(lead.fatalities.and_then(|f| f.best), toll, "{text:?}");
    }
}

/// An act told again further on, by the place its first telling named, is that act: the
/// toll that rose there is its toll ("… shelled the government-controlled al-Hamdaniyah
/// district …" three sentences before "the death toll from the shelling of al-Hamdaniyah had
/// risen to 11 civilians").
#[test]
fn an_act_told_again_by_its_place_takes_the_toll_that_rose() {
    let text = "Militants in the east of the city shelled the government-controlled al-Hamdaniyah \
                district in western Aleppo with rockets. The Russian Defense Ministry said eight \
                civilians were killed in the shelling. \"The shells hit a residential block,\" \
                the Russian centre said in a statement. Later Thursday, the Syrian Health \
                Ministry said the death toll from the shelling of al-Hamdaniyah had risen to 11 \
                civilians.";
    let candidates = read(text);
    let shelling: Vec<_> = candidates
        .iter()
        .filter(|c| c.kind == Kind::Incident)
        .collect();
    assert_eq!(shelling.len(), 1, "{candidates:#?}");
    assert_eq!(shelling[0].fatalities.and_then(|f| f.best), Some(11));
}

/// Dead told with how they died ("most of them shot at close range") are the act's told before;
/// a cumulative toll "since 3 January" dates no act, and the note's own act is of its day.
#[test]
fn how_the_dead_died_and_a_toll_since_a_day_tell_no_act_of_their_own() {
    let text = "Regime troops stormed Daraya yesterday after five days of shelling and carried \
                out house-to-house raids. SOHR documented 61 people killed in the town on that \
                day, most of them shot at close range.";
    let found = incidents(&read(text)).len();
    assert_eq!(found, 1, "{text:?}");
    let act = first_incident(text);
    assert_eq!(act.fatalities.and_then(|f| f.best), Some(61), "{text:?}");
    let text = "ISIS took full control of Raqqa city after expelling Ahrar al-Sham. SOHR added \
                that more than 1,000 people have been killed in fighting between ISIS and other \
                rebel groups since 3 January.";
    let act = first_incident(text);
    assert_eq!(
        act.date_start,
        Some("2016-02-24".parse().unwrap()),
        "{text:?}"
    );
}

/// A local reconciliation deal reached is ACLED's agreement, told as a diplomatic fact.
#[test]
fn a_local_reconciliation_agreement_is_an_agreement() {
    let text = "On 6 July 2018, opposition factions in Busra al-Sham and Military Forces of Russia \
                reached a reconciliation agreement providing for the handover of heavy weapons.";
    let candidates = read(text);
    assert!(
        candidates
            .iter()
            .any(|c| c.kind == Kind::Diplomatic && c.sub_event_type == Some("Agreement")),
        "{candidates:#?}"
    );
}
