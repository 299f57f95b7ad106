//! The words the extractor reads by: event words (to ACLED sub-event types), generic actor
//! phrases (to registry classes or composites, never to a named group by guess), diplomatic
//! words, allegation and modal markers, landmarks, and news sources.

use truce_core::event::SubEventType::{self, *};

/// Event words, lowercase; the longest match wins ("suicide bombings" over "bombings").
pub const EVENTS: &[(&str, SubEventType)] = &[
    ("suicide bombing", SuicideBomb),
    ("suicide bombings", SuicideBomb),
    ("suicide bomber", SuicideBomb),
    ("suicide bombers", SuicideBomb),
    ("suicide attack", SuicideBomb),
    ("suicide attacks", SuicideBomb),
    ("suicide car bomb", SuicideBomb),
    ("suicide car bombs", SuicideBomb),
    // "opened fire on worshippers and then detonated an explosive vest".
    ("explosive vest", SuicideBomb),
    ("suicide vest", SuicideBomb),
    ("suicide truck bomb", SuicideBomb),
    ("svbied", SuicideBomb),
    ("suicide vehicle-borne", SuicideBomb),
    ("wearing explosive belts", SuicideBomb),
    ("wearing an explosive belt", SuicideBomb),
    ("blew himself up", SuicideBomb),
    ("car bomb", RemoteExplosive),
    // "a bomb-laden fuel tanker", "an explosive-laden truck".
    ("bomb-laden", RemoteExplosive),
    ("explosive-laden", RemoteExplosive),
    ("car bombs", RemoteExplosive),
    ("truck bomb", RemoteExplosive),
    ("truck bombs", RemoteExplosive),
    ("truck bombing", RemoteExplosive),
    ("truck bombings", RemoteExplosive),
    ("roadside bomb", RemoteExplosive),
    ("roadside ied", RemoteExplosive),
    ("ied", RemoteExplosive),
    ("improvised explosive device", RemoteExplosive),
    ("explosive device", RemoteExplosive),
    ("landmine", RemoteExplosive),
    ("explosive remnant", RemoteExplosive),
    ("explosive remnants", RemoteExplosive),
    ("erw", RemoteExplosive),
    ("uxo", RemoteExplosive),
    ("unexploded", RemoteExplosive),
    ("land mine", RemoteExplosive),
    // A mine named by its kind, or by what set it off: never "mine" alone (a pronoun, a
    // phosphate mine).
    ("anti-personnel mine", RemoteExplosive),
    ("anti-vehicle mine", RemoteExplosive),
    ("anti-tank mine", RemoteExplosive),
    // (A mine-action log's "AP mine", "AT mine (TM-57 susp.)".)
    ("ap mine", RemoteExplosive),
    ("at mine", RemoteExplosive),
    ("struck a mine", RemoteExplosive),
    ("stepped on a mine", RemoteExplosive),
    ("hit a mine", RemoteExplosive),
    // "2 young men killed by a mine on the town's perimeter".
    ("by a mine", RemoteExplosive),
    ("bombings", RemoteExplosive),
    ("bomb blast", RemoteExplosive),
    ("bomb attack", RemoteExplosive),
    ("bomb attacks", RemoteExplosive),
    ("blast", RemoteExplosive),
    ("blasts", RemoteExplosive),
    ("booby-trapped", RemoteExplosive),
    ("rigged with explosives", RemoteExplosive),
    ("blew up", RemoteExplosive),
    ("explosion", RemoteExplosive),
    ("explosions", RemoteExplosive),
    ("detonated", RemoteExplosive),
    ("exploded", RemoteExplosive),
    // "A bomb fixed beneath the car of a Men of Dignity member went off last night".
    ("went off", RemoteExplosive),
    // (A victim-operated IED: a booby trap.)
    ("voied", RemoteExplosive),
    ("vbied", RemoteExplosive),
    ("vbieds", RemoteExplosive),
    // Turkey's defence ministry's artillery and rocket launchers.
    ("fire support vehicles", ShellingArtilleryMissile),
    // SANA's "the Israeli enemy carried out an aerial aggression".
    ("aerial aggression", AirDroneStrike),
    ("air aggression", AirDroneStrike),
    ("air strike", AirDroneStrike),
    // A feature's "The strike on Sunday afternoon hit the main bakery", "The barrel … landed in
    // the middle of the market" (not a labour strike: what it hit or when is told).
    ("the strike on", AirDroneStrike),
    ("the strike hit", AirDroneStrike),
    ("the strike killed", AirDroneStrike),
    ("the barrel landed", AirDroneStrike),
    ("the barrel fell", AirDroneStrike),
    ("the barrel hit", AirDroneStrike),
    ("air strikes", AirDroneStrike),
    ("airstrike", AirDroneStrike),
    ("airstrikes", AirDroneStrike),
    ("air raid", AirDroneStrike),
    ("air raids", AirDroneStrike),
    ("barrel bomb", AirDroneStrike),
    ("barrel bombs", AirDroneStrike),
    // A log's "2x fixed-wing sorties, unguided bombs dropped on the eastern outskirts".
    ("bombs dropped", AirDroneStrike),
    ("dropped bombs", AirDroneStrike),
    ("drone strike", AirDroneStrike),
    ("drone strikes", AirDroneStrike),
    // A strike said to be a foreign air force's (a lone "strike" may be a deal's or a
    // hunger strike). Each in the plural too: the longest word found first must be whole.
    ("israeli strike", AirDroneStrike),
    ("israeli strikes", AirDroneStrike),
    ("russian strike", AirDroneStrike),
    ("russian strikes", AirDroneStrike),
    ("coalition strike", AirDroneStrike),
    ("coalition strikes", AirDroneStrike),
    ("turkish strike", AirDroneStrike),
    ("turkish strikes", AirDroneStrike),
    ("us strike", AirDroneStrike),
    ("us strikes", AirDroneStrike),
    ("american strike", AirDroneStrike),
    ("american strikes", AirDroneStrike),
    ("bombing", AirDroneStrike),
    ("strikes", AirDroneStrike),
    ("raid", AirDroneStrike),
    ("raids", AirDroneStrike),
    ("bombed", AirDroneStrike),
    ("bombarded", AirDroneStrike),
    ("aerial bombardment", AirDroneStrike),
    ("warplanes struck", AirDroneStrike),
    // A post's present tense ("Russian warplanes bomb the industrial zone").
    ("warplanes bomb", AirDroneStrike),
    ("warplanes bombed", AirDroneStrike),
    ("jets bomb", AirDroneStrike),
    ("jets bombed", AirDroneStrike),
    ("warplane struck", AirDroneStrike),
    ("drone struck", AirDroneStrike),
    // A log's present: "Turk. drone hits SDF … pickup on Rmelan road".
    ("drone hits", AirDroneStrike),
    ("drones struck", AirDroneStrike),
    ("aircraft struck", AirDroneStrike),
    ("jets struck", AirDroneStrike),
    ("drone attack", AirDroneStrike),
    ("drone attacks", AirDroneStrike),
    ("drone targeted", AirDroneStrike),
    ("drones targeted", AirDroneStrike),
    ("shelled", ShellingArtilleryMissile),
    ("shelling", ShellingArtilleryMissile),
    ("shells", ShellingArtilleryMissile),
    // One shell that struck: "a couple were killed when a shell hit their house" (not "shell"
    // alone: a shell company, a burnt-out shell).
    ("shell hit", ShellingArtilleryMissile),
    ("shell struck", ShellingArtilleryMissile),
    ("shell landed", ShellingArtilleryMissile),
    ("shell fell", ShellingArtilleryMissile),
    ("mortar", ShellingArtilleryMissile),
    // Rebels' improvised artillery: "gas-cylinder projectiles ('hell cannon' rounds) fired by
    // opposition factions".
    ("hell cannon", ShellingArtilleryMissile),
    ("cylinder projectiles", ShellingArtilleryMissile),
    ("mortars", ShellingArtilleryMissile),
    ("rocket", ShellingArtilleryMissile),
    ("rockets", ShellingArtilleryMissile),
    ("artillery", ShellingArtilleryMissile),
    ("arty", ShellingArtilleryMissile),
    ("salvo", ShellingArtilleryMissile),
    ("mrl", ShellingArtilleryMissile),
    ("mrls", ShellingArtilleryMissile),
    ("tanks fired", ShellingArtilleryMissile),
    ("tank fire", ShellingArtilleryMissile),
    ("missile", ShellingArtilleryMissile),
    ("missiles", ShellingArtilleryMissile),
    ("grenade", Grenade),
    ("clashes", ArmedClash),
    ("exchange of fire", ArmedClash),
    // A monitor's "heavy exchanges of fire since dawn", "were pushed back by armed groups".
    ("exchanges of fire", ArmedClash),
    ("pushed back", ArmedClash),
    // A sitrep's small-arms fire ("Exchange of SAF/RPG fire SAA vs. AOG").
    ("exchange of saf", ArmedClash),
    ("clashed", ArmedClash),
    // ACLED's "launched an offensive on regime positions".
    ("launched an offensive on", ArmedClash),
    ("launched an offensive against", ArmedClash),
    // "IS launched its largest assault in a year on the government-held enclave".
    ("launched an assault", ArmedClash),
    ("launched its largest assault", ArmedClash),
    ("clash", ArmedClash),
    ("fighting", ArmedClash),
    // "Infighting between Jabhat al-Shamiya and the Hamza Division in … Afrin city".
    ("infighting", ArmedClash),
    ("fought", ArmedClash),
    ("battle", ArmedClash),
    ("battles", ArmedClash),
    ("ambush", ArmedClash),
    ("attacked", ArmedClash),
    // A log's "HTS infiltration attack on GoS forward positions", a register's "Type: ground
    // attack on GoS positions" (not "attack on" alone: news heads "Rocket attack on …").
    ("infiltration attack", ArmedClash),
    ("ground attack", ArmedClash),
    ("ambushed", ArmedClash),
    // A log's present: "ISIS cell ambushes SAA convoy".
    ("ambushes", ArmedClash),
    ("exchanged fire", ArmedClash),
    ("firefight", ArmedClash),
    // A log's "YPG vs ISIS".
    ("vs", ArmedClash),
    // "Local armed men confronted the advancing troops, who responded with tank and drone
    // fire."
    ("confronted the advancing", ArmedClash),
    ("counter-attack", ArmedClash),
    ("counterattack", ArmedClash),
    ("repelled", ArmedClash),
    // ("troops tried to advance on Darayya …; rebel fighters pushed them back".)
    ("tried to advance", ArmedClash),
    ("pushed them back", ArmedClash),
    ("infiltration attempt", ArmedClash),
    ("exchanged gunfire", ArmedClash),
    ("exchanged heavy fire", ArmedClash),
    ("exchanged machine gun fire", ArmedClash),
    ("exchanged heavy machine gun fire", ArmedClash),
    ("launched a counteroffensive", ArmedClash),
    ("launched a counter-offensive", ArmedClash),
    ("attempted an infiltration", ArmedClash),
    // An assault repelled is a clash ("attempted to attack positions of the SAA …; the attack
    // was repelled"). (Not "as regime forces attempted to advance towards …": the clash's
    // background.)
    ("attempted to attack", ArmedClash),
    ("tried to attack", ArmedClash),
    ("attempted to infiltrate", ArmedClash),
    ("firefights", ArmedClash),
    ("shot dead", Attack),
    // (A record's "NGO guard, shot by unknown assailants inside camp"; not "risk being shot by
    // IS fighters".)
    ("shot by unknown", Attack),
    ("shot by unidentified", Attack),
    ("shot by armed", Attack),
    ("shot by gunmen", Attack),
    ("shot them dead", Attack),
    ("shot each of them", Attack),
    ("shot all of them", Attack),
    ("killed by unknown gunmen", Attack),
    ("killed by unidentified gunmen", Attack),
    ("killed by gunmen", Attack),
    ("shot by unknown gunmen", Attack),
    ("shot by unidentified gunmen", Attack),
    ("shot by gunmen", Attack),
    ("extrajudicial killing", Attack),
    ("opened fire", Attack),
    ("fired upon", Attack),
    // "11 people had been killed by fire from Turkish border guards".
    ("killed by fire from", Attack),
    ("shot dead by border guards", Attack),
    // An observer's "IDF personnel … fire approx. 12 rounds of small arms at two individuals".
    ("rounds of small arms", Attack),
    // (Only at people: "artillery fired on the town" is shelling told by its own words.)
    ("fired on", Attack),
    // "… stormed the Sunni quarter of Ras al-Nabaa in Baniyas, shooting families in their
    // homes": only where whom it struck follows (see `Reading::acts_named`).
    ("shooting", Attack),
    ("fired at", Attack),
    // (A clash where armed people are named as struck: see `UNDER_FIRE`.)
    ("came under fire", Attack),
    ("come under fire", Attack),
    ("comes under fire", Attack),
    ("came under gunfire", Attack),
    ("came under heavy fire", Attack),
    // "were shot by Turkish border guards" (those shot named before: see `UNDER_FIRE`).
    ("were shot by", Attack),
    ("was shot by", Attack),
    // "he was shot in the abdomen by the Turkish gendarmerie".
    ("was shot in the", Attack),
    ("were shot in the", Attack),
    ("sniper fire", Attack),
    ("shot at", Attack),
    ("shot and killed", Attack),
    // "was caught … and severely beaten".
    ("severely beaten", Attack),
    ("badly beaten", Attack),
    // "Jandarma caught a group of 12 …, beat them with rifle butts and sticks".
    ("beat them with", Attack),
    ("beat him with", Attack),
    // ("residents … caught a young man … and beat him severely": by residents, a mob.)
    ("beat him severely", Attack),
    ("beat her with", Attack),
    ("stabbed", Attack),
    ("beheaded", Attack),
    ("gunned down", Attack),
    // "a Hezbollah sniper shot a 14-year-old boy near the siege line".
    ("sniper shot", Attack),
    ("executed", Attack),
    // "The Khalid ibn al-Walid Army … carried out the death sentence on three young men".
    ("carried out the death sentence", Attack),
    // A headline's present tense ("IS execute two young men in Palmyra"); not the plural
    // nouns, which tell of a pattern ("the 4th assassination this month").
    ("execute", Attack),
    ("executes", Attack),
    ("executing", Attack),
    ("execution", Attack),
    ("behead", Attack),
    ("beheads", Attack),
    ("beheading", Attack),
    ("stoned", Attack),
    ("assassinated", Attack),
    // "unk gunmen assassinate ex-FSA cmdr".
    ("assassinate", Attack),
    ("assassinates", Attack),
    ("massacre", Attack),
    // Where the clause tells killing (see `Reading::acts_named`): "went house to house in the
    // al-Qusour neighbourhood of Baniyas on Saturday, killing Alawite residents".
    ("house to house", Attack),
    ("massacred", Attack),
    ("bodies were found", Attack),
    ("body of a", Attack),
    ("body of an", Attack),
    // Only where it was found (see `Reading::acts_named`): "the body of the co-chair of Hajin's
    // civil council was found the previous day".
    ("body of the", Attack),
    ("body was found", Attack),
    ("bodies found", Attack),
    ("found the bodies", Attack),
    ("found the body", Attack),
    ("found dead", Attack),
    ("under torture", Attack),
    ("kidnapped", Abduction),
    // (A record's "2 NGO staff (M) taken by unidentified armed men".)
    ("taken by unidentified", Abduction),
    ("taken by armed", Abduction),
    ("taken by gunmen", Abduction),
    // "a 14-year-old girl … was taken by members of the Revolutionary Youth".
    ("taken by members of", Abduction),
    // "forcibly entered the home of a 58-year-old Kurdish man … and took him away".
    ("took him away", Abduction),
    ("took her away", Abduction),
    ("took them away", Abduction),
    // "masked gunmen broke into the VDC office in Douma and took away lawyer Razan Zaitouneh":
    // only where people are named after it (see `Reading::acts_named`).
    ("took away", Abduction),
    ("forcibly disappeared", Abduction),
    // "Father Paolo Dall'Oglio has not been seen since he walked into the … headquarters".
    ("has not been seen since", Abduction),
    ("have not been seen since", Abduction),
    ("disappeared after", Abduction),
    ("abducted", Abduction),
    // Taken and not seen since: "raided the home of a media activist … and took him to an
    // unknown location".
    ("took him to an unknown location", Abduction),
    // "… took him and his two sons (19 and 23) to an undisclosed location".
    ("to an undisclosed location", Abduction),
    // "ISIS members stopped a local media activist … and drove him away in a pick-up".
    ("drove him away", Abduction),
    ("drove her away", Abduction),
    ("took her to an unknown location", Abduction),
    ("the abduction of", Abduction),
    ("the kidnapping of", Abduction),
    ("kidnapping of", Abduction),
    ("by the bullets of", Attack),
    ("targeted by gunmen", Attack),
    ("chemical attack", ChemicalWeapon),
    ("chemical weapons", ChemicalWeapon),
    ("chlorine", ChemicalWeapon),
    // "dropped a chlorine-filled cylinder" (a word of its own, hyphen and all).
    ("chlorine-filled", ChemicalWeapon),
    ("chlorine-laden", ChemicalWeapon),
    ("sarin", ChemicalWeapon),
    ("gas attack", ChemicalWeapon),
    ("poison gas", ChemicalWeapon),
    ("toxic gas", ChemicalWeapon),
    // ("dropped a cylinder containing a toxic chemical", "43 people killed by suffocation".)
    ("toxic chemical", ChemicalWeapon),
    ("toxic substance", ChemicalWeapon),
    ("killed by suffocation", ChemicalWeapon),
    ("cases of suffocation", ChemicalWeapon),
    ("nerve agent", ChemicalWeapon),
    ("chemical agent", ChemicalWeapon),
    ("yellowish gas", ChemicalWeapon),
    ("yellow gas", ChemicalWeapon),
    ("captured", NonStateActorOvertakesTerritory),
    // A register's "Type: offensive; capture of Al-Eis village and Tal al-Eis hill".
    ("capture of", NonStateActorOvertakesTerritory),
    ("seized", NonStateActorOvertakesTerritory),
    ("overran", NonStateActorOvertakesTerritory),
    ("overrun", NonStateActorOvertakesTerritory),
    ("took control of", NonStateActorOvertakesTerritory),
    // Ground entered by armed forces ("government troops have entered Manbij"); who entered
    // types it (`Extractor::taken_by`), "without fighting" makes it a transfer.
    ("have entered", NonStateActorOvertakesTerritory),
    ("troops entered", NonStateActorOvertakesTerritory),
    // "Military Forces of Syria (2000-) and Hezbollah entered Yabroud": an armed actor right
    // before it and a place's name after (see `Reading::acts_named`).
    ("entered", NonStateActorOvertakesTerritory),
    ("took full control of", NonStateActorOvertakesTerritory),
    // "declared the territorial defeat of IS after taking full control of the last pocket".
    ("taking full control of", NonStateActorOvertakesTerritory),
    ("taken full control of", NonStateActorOvertakesTerritory),
    ("taken control of", NonStateActorOvertakesTerritory),
    // Turkey's defence ministry: "the residential centre of Tel Abyad has been taken under
    // control".
    ("taken under control", NonStateActorOvertakesTerritory),
    ("took complete control of", NonStateActorOvertakesTerritory),
    // "factions said they had reached the centre of Tal Abyad on Sunday and raised their flags
    // over the municipality building": who raised them types it.
    ("raised their flags over", NonStateActorOvertakesTerritory),
    ("raised their flag over", NonStateActorOvertakesTerritory),
    // "Daesh has taken complete control of the city this morning".
    ("taken complete control of", NonStateActorOvertakesTerritory),
    // "SAA, NDF and allied militia … report full control of the town".
    ("full control of the town", NonStateActorOvertakesTerritory),
    // A log's "SAA + Hizb full ctrl of town after opp. fighters withdrew".
    ("full ctrl of", NonStateActorOvertakesTerritory),
    // A monitor's "the Syrian army … announced full control of Palmyra", "took the village and
    // surrounding hills from pro-regime forces", "took farmland S of town": who took it types
    // it.
    ("announced full control of", NonStateActorOvertakesTerritory),
    (
        "announced full control over",
        NonStateActorOvertakesTerritory,
    ),
    ("took full control over", NonStateActorOvertakesTerritory),
    // "YPG expelled Jabhat al Nusra and … fighters from the town".
    ("expelled", NonStateActorOvertakesTerritory),
    ("declared full control of", NonStateActorOvertakesTerritory),
    (
        "declared full control over",
        NonStateActorOvertakesTerritory,
    ),
    ("took the village", NonStateActorOvertakesTerritory),
    ("took the town", NonStateActorOvertakesTerritory),
    ("took the hill", NonStateActorOvertakesTerritory),
    ("took the hills", NonStateActorOvertakesTerritory),
    ("took several hills", NonStateActorOvertakesTerritory),
    ("took several villages", NonStateActorOvertakesTerritory),
    ("took farmland", NonStateActorOvertakesTerritory),
    // (Only before a name: "took the Layramoun industrial zone".)
    ("took the", NonStateActorOvertakesTerritory),
    // (People counted and taken: see `Reading::acts_named`.)
    ("took", Abduction),
    // (A shorthand's present, as "regain": "JN + Ansar al-Sham take Kassab town".)
    ("take", NonStateActorOvertakesTerritory),
    // "completed the liberation of the settlement of Suran": who liberated types it. (Not
    // "the liberation of the city … was followed by escalated bombardment": background.)
    ("complete liberation of", NonStateActorOvertakesTerritory),
    (
        "completed the liberation of",
        NonStateActorOvertakesTerritory,
    ),
    ("full liberation of", NonStateActorOvertakesTerritory),
    // "its fighters liberated the town of Souran".
    ("liberated the town of", NonStateActorOvertakesTerritory),
    // "its fighters had 'liberated' Tall Rifaat the day before" (not "the liberated areas").
    ("'liberated'", NonStateActorOvertakesTerritory),
    ("had liberated", NonStateActorOvertakesTerritory),
    ("has liberated", NonStateActorOvertakesTerritory),
    ("have liberated", NonStateActorOvertakesTerritory),
    ("liberated the village of", NonStateActorOvertakesTerritory),
    ("liberated the city of", NonStateActorOvertakesTerritory),
    ("recaptured", GovernmentRegainsTerritory),
    // State media's: "Army units restored security and stability to al-Mayadeen city" (quoted
    // too: "'restored security and stability' to").
    (
        "restored security and stability",
        GovernmentRegainsTerritory,
    ),
    ("retook", GovernmentRegainsTerritory),
    // "the town was retaken on 23 October 2014 by Military Forces of Syria".
    ("was retaken", GovernmentRegainsTerritory),
    // SANA's "the army had fully secured Yarmouk camp".
    ("fully secured", GovernmentRegainsTerritory),
    ("took back", GovernmentRegainsTerritory),
    // "SAA regained Khan Sheikhoun (Idlib) after HTS withdrew overnight".
    ("regained", GovernmentRegainsTerritory),
    ("regained control", GovernmentRegainsTerritory),
    ("regained full control", GovernmentRegainsTerritory),
    ("regained complete control", GovernmentRegainsTerritory),
    ("restored full control", GovernmentRegainsTerritory),
    ("restored control", GovernmentRegainsTerritory),
    // An urgent post's present: "The Syrian Arab Army … restores full control of the city of
    // Palmyra".
    ("restores full control", GovernmentRegainsTerritory),
    ("restores control", GovernmentRegainsTerritory),
    ("regains full control", GovernmentRegainsTerritory),
    ("regains control", GovernmentRegainsTerritory),
    // A shorthand's present, an armed actor right before and a name after (see
    // `Reading::acts_named`): "MoD forces + General Security regain al-Daliyah".
    ("regain", GovernmentRegainsTerritory),
    // A ministry's "its units began entering the city of Sweida".
    ("began entering the city", GovernmentRegainsTerritory),
    ("protest", PeacefulProtest),
    ("protests", PeacefulProtest),
    ("protested", PeacefulProtest),
    ("protesters", PeacefulProtest),
    ("protesting", PeacefulProtest),
    ("chanting slogans", PeacefulProtest),
    ("chanted slogans", PeacefulProtest),
    // "hundreds of people gathered …, chanting for political change".
    ("chanting for", PeacefulProtest),
    ("chanting against", PeacefulProtest),
    ("chanted for", PeacefulProtest),
    ("demonstrating", PeacefulProtest),
    ("rally", PeacefulProtest),
    ("rallied", PeacefulProtest),
    ("sit-in", PeacefulProtest),
    ("vigil", PeacefulProtest),
    ("demonstrated", PeacefulProtest),
    ("demonstration", PeacefulProtest),
    ("demonstrators", PeacefulProtest),
    ("demonstrations", PeacefulProtest),
    ("demo", PeacefulProtest),
    ("demos", PeacefulProtest),
    ("took part in a march", PeacefulProtest),
    // A timeline's present: "Several thousand people march through the coastal town of
    // Baniyas after noon prayers demanding freedom".
    ("marched through", PeacefulProtest),
    // ("approx. 500 civs marched on the 5th anniversary of the uprising".)
    ("civs marched", PeacefulProtest),
    ("civilians marched", PeacefulProtest),
    ("residents marched", PeacefulProtest),
    // ("several hundred young men marched … towards the city centre".)
    ("men marched", PeacefulProtest),
    ("protesters marched", PeacefulProtest),
    ("demonstrators marched", PeacefulProtest),
    ("march through", PeacefulProtest),
    // A shorthand's "several thousand march thru town after Fri prayers".
    ("march thru", PeacefulProtest),
    ("demanding freedom", PeacefulProtest),
    ("demanding the fall of", PeacefulProtest),
    ("protest march", PeacefulProtest),
    // Families "gathered today in front of the Palace of Justice, demanding the disclosure of
    // their relatives' fate".
    ("demanding the disclosure", PeacefulProtest),
    ("demanding the release", PeacefulProtest),
    // A mass grave found is no act of the day: its dead died earlier (ACLED codes it "Other",
    // without fatalities).
    ("mass grave", Other),
    // So are deaths of a siege's hunger ("3 more residents … died of malnutrition on Sat",
    // "the camp lost two more of its sons to hunger"): ACLED's "Other", without fatalities.
    ("died of malnutrition", Other),
    ("died of hunger", Other),
    ("died of starvation", Other),
    ("sons to hunger", Other),
    // A clash told as an assault on positions: "Jaish al-Islam has been storming the
    // positions of Faylaq al-Rahman".
    ("storming the positions of", ArmedClash),
    ("stormed the positions of", ArmedClash),
    ("stormed positions of", ArmedClash),
    // Smuggling stopped ("foiled an attempt yesterday to smuggle about one million captagon
    // pills"): ACLED's "Other".
    ("to smuggle", Other),
    ("looted", LootingPropertyDestruction),
    ("looting", LootingPropertyDestruction),
    ("stole", LootingPropertyDestruction),
    ("stolen", LootingPropertyDestruction),
    ("robbed", LootingPropertyDestruction),
    ("ransacked", LootingPropertyDestruction),
    ("vandalised", LootingPropertyDestruction),
    ("vandalized", LootingPropertyDestruction),
    ("burned down", LootingPropertyDestruction),
    ("burnt down", LootingPropertyDestruction),
    ("bulldozed", LootingPropertyDestruction),
    ("demolished", LootingPropertyDestruction),
    ("demolishing", LootingPropertyDestruction),
    ("razed", LootingPropertyDestruction),
    ("razing", LootingPropertyDestruction),
    ("took medicines", LootingPropertyDestruction),
    ("plundered", LootingPropertyDestruction),
    ("set fire to", LootingPropertyDestruction),
    ("setting fire to", LootingPropertyDestruction),
    // A shorthand's present: "IS cell sets fire to generator + shop of local fuel trader".
    ("sets fire to", LootingPropertyDestruction),
    ("torched", LootingPropertyDestruction),
    ("cut down", LootingPropertyDestruction),
    ("intercepted", DisruptedWeaponsUse),
    // Air defences that "engaged incoming missiles": met them, whether or not they fell.
    ("engaged incoming", DisruptedWeaponsUse),
    ("engaged hostile", DisruptedWeaponsUse),
    ("shot down", DisruptedWeaponsUse),
    ("shot them down", DisruptedWeaponsUse),
    ("shot it down", DisruptedWeaponsUse),
    // "air defences … had foiled an attack by 13 armed drones, shooting down seven".
    ("shooting down", DisruptedWeaponsUse),
    ("foiled an attack", DisruptedWeaponsUse),
    // A defence ministry's "a kamikaze UAV … was detected and destroyed by our air defence".
    ("detected and destroyed", DisruptedWeaponsUse),
    ("defused", DisruptedWeaponsUse),
    ("destroyed in a controlled manner", DisruptedWeaponsUse),
    ("controlled detonation", DisruptedWeaponsUse),
    ("destroyed it in place", DisruptedWeaponsUse),
    ("destroyed in place", DisruptedWeaponsUse),
    ("destroyed it in situ", DisruptedWeaponsUse),
    ("weapons cache", DisruptedWeaponsUse),
    // (Seized, not ground taken: "its units seized a weapons depot … in the woods".)
    ("seized a weapons depot", DisruptedWeaponsUse),
    ("seized an arms depot", DisruptedWeaponsUse),
    ("arms cache", DisruptedWeaponsUse),
    ("a cache of weapons", DisruptedWeaponsUse),
    ("a cache of the weapons", DisruptedWeaponsUse),
    ("dismantled", DisruptedWeaponsUse),
    ("arrested", Arrests),
    ("rounded up", Arrests),
    ("apprehended", Arrests),
    ("arrest campaign", Arrests),
    ("raid campaign", Arrests),
    ("detention raid", Arrests),
    ("detention raids", Arrests),
    ("raid and arrest", Arrests),
    ("raids and arrests", Arrests),
    ("detained", Arrests),
    // "Mil Intel detains 4 returnees".
    ("detains", Arrests),
    ("arresting", Arrests),
    ("the arrest of", Arrests),
    // A ministry's "announced the arrest on Tuesday of Brigadier General …".
    ("announced the arrest", Arrests),
    ("cordon-and-search", Arrests),
    ("cordon and search", Arrests),
    ("sexually assaulted", SexualViolence),
    ("sexual assault", SexualViolence),
    ("sexual violence", SexualViolence),
    ("raped", SexualViolence),
    ("handed over positions", NonViolentTransferOfTerritory),
    ("positions handed over", NonViolentTransferOfTerritory),
    ("without resistance", NonViolentTransferOfTerritory),
    ("without clashes", NonViolentTransferOfTerritory),
    ("without fighting", NonViolentTransferOfTerritory),
    ("without any clashes", NonViolentTransferOfTerritory),
    ("without any fighting", NonViolentTransferOfTerritory),
    ("without any resistance", NonViolentTransferOfTerritory),
    ("without a fight", NonViolentTransferOfTerritory),
    // A log's shorthand: "SDF hands over posns w/o fighting".
    ("w/o fighting", NonViolentTransferOfTerritory),
    ("w/o resistance", NonViolentTransferOfTerritory),
    ("w/o clashes", NonViolentTransferOfTerritory),
    // ("entered Damascus unopposed as SAA units abandoned their positions".)
    ("unopposed", NonViolentTransferOfTerritory),
    ("w/o resistance", NonViolentTransferOfTerritory),
    ("handed over its positions", NonViolentTransferOfTerritory),
    ("handed over their positions", NonViolentTransferOfTerritory),
    (
        "handed over their checkpoints",
        NonViolentTransferOfTerritory,
    ),
    ("handed over its checkpoints", NonViolentTransferOfTerritory),
    ("handed over checkpoints", NonViolentTransferOfTerritory),
    ("handing over checkpoints", NonViolentTransferOfTerritory),
    ("handing over its positions", NonViolentTransferOfTerritory),
    ("handing over positions", NonViolentTransferOfTerritory),
    ("handed over control", NonViolentTransferOfTerritory),
    (
        "handed over several villages",
        NonViolentTransferOfTerritory,
    ),
    ("handed over the villages", NonViolentTransferOfTerritory),
    ("handed over villages", NonViolentTransferOfTerritory),
    ("a mob", MobViolence),
    ("lynched", MobViolence),
    ("lynching", MobViolence),
    ("by a crowd", MobViolence),
    ("a brawl", MobViolence),
    ("mob violence", MobViolence),
    ("residents beat", MobViolence),
    ("crowd beat", MobViolence),
    ("beat to death", Attack),
    // ("a crowd of residents … beat a man and set his car on fire": by residents, a mob.)
    ("beat a man", Attack),
    ("beat a woman", Attack),
    ("beat him to death", Attack),
    ("beat her to death", Attack),
    // "bombed with the heavy artillery": the weapon says shelling, whatever the verb.
    ("bombed with the heavy artillery", ShellingArtilleryMissile),
    ("bombed with heavy artillery", ShellingArtilleryMissile),
    ("bombed with artillery", ShellingArtilleryMissile),
    ("bombed with the artillery", ShellingArtilleryMissile),
    ("rioters", ViolentDemonstration),
    ("rioted", ViolentDemonstration),
    ("threw stones", ViolentDemonstration),
    // SANA's "locals … intercepted a convoy of the US occupation forces, pelting its vehicles
    // with stones".
    ("pelting", ViolentDemonstration),
    ("pelted", ViolentDemonstration),
    ("overtook", NonStateActorOvertakesTerritory),
    ("merged into", ChangeToGroupActivity),
    ("merger into", ChangeToGroupActivity),
    ("imposed a curfew", ChangeToGroupActivity),
    ("imposed a total curfew", ChangeToGroupActivity),
    ("imposed a full curfew", ChangeToGroupActivity),
    ("announced their dissolution", ChangeToGroupActivity),
    ("announced its dissolution", ChangeToGroupActivity),
    ("its dissolution", ChangeToGroupActivity),
    ("dissolved itself", ChangeToGroupActivity),
    // Property seized is looted, not ground taken ("seized the olive harvest of 400 trees").
    ("carted away", LootingPropertyDestruction),
    ("seized the olive", LootingPropertyDestruction),
    // ("seized his truck and took him away": his goods.)
    ("seized his", LootingPropertyDestruction),
    ("seized her", LootingPropertyDestruction),
    ("seized the harvest", LootingPropertyDestruction),
    ("seized the property", LootingPropertyDestruction),
    ("seized the properties", LootingPropertyDestruction),
    ("seized the houses", LootingPropertyDestruction),
    ("seized the homes", LootingPropertyDestruction),
    ("seized the land", LootingPropertyDestruction),
    ("taking over positions", NonViolentTransferOfTerritory),
    ("took over positions", NonViolentTransferOfTerritory),
    ("established a new base", HeadquartersOrBaseEstablished),
    (
        "established a new military point",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established a military point",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established a military position",
        HeadquartersOrBaseEstablished,
    ),
    ("established a base", HeadquartersOrBaseEstablished),
    // "Turkish forces on Monday established their sixth observation post".
    ("observation post under", HeadquartersOrBaseEstablished),
    // "Russian military police established a post in a former school building", "Hezbollah set
    // up a command centre in the town's former municipality building".
    ("established a post", HeadquartersOrBaseEstablished),
    ("set up a command centre", HeadquartersOrBaseEstablished),
    ("set up a command center", HeadquartersOrBaseEstablished),
    // "TAF establishes new OP on E outskirts of Binnish".
    ("establishes new op", HeadquartersOrBaseEstablished),
    ("established new op", HeadquartersOrBaseEstablished),
    // An observer's "IDF personnel … established a position at the former SAA post".
    ("established a position", HeadquartersOrBaseEstablished),
    (
        "established a new military position",
        HeadquartersOrBaseEstablished,
    ),
    ("established a new position", HeadquartersOrBaseEstablished),
    (
        "established a fortified position",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established a new headquarters",
        HeadquartersOrBaseEstablished,
    ),
    ("established a headquarters", HeadquartersOrBaseEstablished),
    ("into a new headquarters", HeadquartersOrBaseEstablished),
    ("into a headquarters", HeadquartersOrBaseEstablished),
    ("set up a headquarters", HeadquartersOrBaseEstablished),
    ("set up a military base", HeadquartersOrBaseEstablished),
    ("set up an observation post", HeadquartersOrBaseEstablished),
    (
        "establishment of observation post",
        HeadquartersOrBaseEstablished,
    ),
    (
        "establishment of an observation post",
        HeadquartersOrBaseEstablished,
    ),
    (
        "setting up an observation post",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established an observation post",
        HeadquartersOrBaseEstablished,
    ),
    // "A Turkish military convoy entered Taftanaz military airport and established a new
    // observation point there."
    (
        "established a new observation point",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established an observation point",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established a new observation post",
        HeadquartersOrBaseEstablished,
    ),
    ("set up a base", HeadquartersOrBaseEstablished),
    // "Russian forces began setting up a helicopter base at Qamishli airport".
    ("setting up a base", HeadquartersOrBaseEstablished),
    (
        "setting up a helicopter base",
        HeadquartersOrBaseEstablished,
    ),
    ("setting up a military base", HeadquartersOrBaseEstablished),
    ("set up a new base", HeadquartersOrBaseEstablished),
    ("set up a new", HeadquartersOrBaseEstablished),
    ("set up new", HeadquartersOrBaseEstablished),
    // "took over the town's secondary school and used it as a base".
    ("used it as a base", HeadquartersOrBaseEstablished),
    ("turned it into a base", HeadquartersOrBaseEstablished),
    (
        "turned it into a military base",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established a new military post",
        HeadquartersOrBaseEstablished,
    ),
    (
        "established a fortified military position",
        HeadquartersOrBaseEstablished,
    ),
    ("joint patrol", ChangeToGroupActivity),
    ("joint patrols", ChangeToGroupActivity),
    // "MOC announced dissolution of HTS, SNA factions & other armed groups".
    ("announced dissolution", ChangeToGroupActivity),
    ("announced the dissolution", ChangeToGroupActivity),
    // "The Eighth Brigade … announced … that it was dissolving itself".
    ("dissolving itself", ChangeToGroupActivity),
    // "the former regime's … directorates had been dissolved".
    ("had been dissolved", ChangeToGroupActivity),
    ("have been dissolved", ChangeToGroupActivity),
    ("dissolved itself", ChangeToGroupActivity),
    // A demilitarised zone's terms carried out: "completed the withdrawal of its heavy weapons".
    ("withdrawal of its heavy weapons", ChangeToGroupActivity),
    ("withdrawal of heavy weapons", ChangeToGroupActivity),
    ("withdrew its heavy weapons", ChangeToGroupActivity),
    // Ground given up under an evacuation deal: "handing the city over to regime forces".
    ("handing the city over", NonViolentTransferOfTerritory),
    ("handed the city over", NonViolentTransferOfTerritory),
    ("handing the town over", NonViolentTransferOfTerritory),
    ("handed the town over", NonViolentTransferOfTerritory),
    ("handing over the city", NonViolentTransferOfTerritory),
    ("handed over the city", NonViolentTransferOfTerritory),
    ("handing over the town", NonViolentTransferOfTerritory),
    ("handed over the town", NonViolentTransferOfTerritory),
];

/// Words for armed people: the dead they name are combatants, and an assault on them is a
/// clash.
pub const COMBATANTS: &[&str] = &[
    "fighters",
    "fighter",
    "airmen",
    "airman",
    "pilots",
    "pilot",
    "soldiers",
    "soldier",
    "militants",
    "militant",
    "troops",
    "jihadists",
    "jihadist",
    "terrorists",
    "terrorist",
    "extremists",
    "insurgents",
    "militiamen",
    "militia",
    "militias",
    "forces",
    "rebels",
    "rebel",
    "gunmen",
    "combatants",
    "members",
    "guards",
    "officers",
    "policemen",
    "commanders",
    "commander",
    "patrol",
    "convoy",
    "checkpoint",
    "checkpoints",
    "patrols",
    "convoys",
    "servicemen",
    "serviceman",
    "position",
    "positions",
];

/// Words for people who take no part in the fighting: the dead they name (and no word of
/// [`COMBATANTS`]) are civilians, and an assault on them is an attack on civilians.
pub const CIVILIANS: &[&str] = &[
    "civilians",
    "civilian",
    // A log's "2 civ k.", "approx. 500 civs".
    "civ",
    "civs",
    // SANA's word for them.
    "citizens",
    "citizen",
    "children",
    "child",
    "women",
    "woman",
    "residents",
    "boy",
    "girl",
    "boys",
    "girls",
    "baby",
    "shepherd",
    "shepherds",
    "farmers",
    "students",
    "worker",
    "workers",
    "villagers",
    "collectors",
    "hunters",
    "gatherers",
    "displaced",
    "refugees",
    "refugee",
    "worshippers",
    "passengers",
    "families",
    "mukhtar",
    "teacher",
    "teachers",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "journalist",
    "journalists",
    "farmer",
    "merchant",
    "paramedic",
    "paramedics",
    "lawyer",
    "lawyers",
    "priest",
    "priests",
];

/// The assaults that become attacks on civilians where those assaulted are [`CIVILIANS`]
/// (ACLED: violence against civilians), not a clash between armed groups.
pub const ASSAULTS: &[&str] = &["attacked", "ambushed"];

/// Shooting that, at armed people (a checkpoint, a patrol, soldiers), is a clash, not an attack
/// on civilians ("a sniper shot dead a soldier": ACLED's attacks are on civilians).
pub const FIRE_ON: &[&str] = &[
    "opened fire",
    "sniper fire",
    "fired upon",
    "fired on",
    "shot at",
    "shot dead",
    "shot and killed",
    "sniper shot",
];

/// Fire told of those it struck, who are named before it: on armed people a clash ("an SDF
/// patrol came under fire"), else an attack ("a civilian car", "a clearance team working on
/// the outskirts of Palmyra came under fire").
pub const UNDER_FIRE: &[&str] = &[
    "came under fire",
    "come under fire",
    "comes under fire",
    "came under gunfire",
    "came under heavy fire",
    "were shot by",
    "was shot by",
    "was shot in the",
    "were shot in the",
];

/// Aircraft: where a clause tells of deaths or a blow and names no act, aircraft named in it
/// struck from the air; missiles they fired were an air strike.
pub const AIRCRAFT: &[&str] = &[
    "aircraft",
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "helicopter",
    "helicopters",
    "helo",
    "ruaf",
    "syaaf",
    "drone",
    "drones",
    "uav",
    "uavs",
    // "four F-16 tactical fighters of the Israeli Air Force … struck facilities … with 6
    // guided missiles".
    "f-16",
    "f-16s",
    "tactical fighters",
    "fighter jets",
    "sukhoi",
    // "a regime MiG fired rockets on the Salaheddine district".
    "mig",
    "migs",
    "air force",
    "aerospace forces",
];

/// Verbs of a blow that name no weapon: with aircraft named, an air strike ("unidentified
/// aircraft … struck weapons depots").
pub const STRIKE_VERBS: &[&str] = &[
    "struck", "hit", "targeted", "pounded", "fired",
    // A monitor's "opp liaison alleges SyAAF strike on farmland E of town".
    "strike",
    // An urgent post's present: "Russian warplanes target the vegetable market".
    "target", "pound", "pounds",
    // "US-led coalition aircraft breached two sections of the Rafiqa wall".
    "breached",
];

/// Where a protest is told with these, the protesters met force: live fire makes it excessive
/// force against protesters, anything else an intervention (ACLED's protest sub-events).
pub const LETHAL_FORCE: &[&str] = &[
    "live rounds",
    "live fire",
    "live ammunition",
    "lethal force",
    "opened fire",
    // "stormed the Omari mosque …, opening fire on those sheltering inside".
    "opening fire",
    "fired on",
    "shot",
    // "security forces killed 12 mourners at the funeral".
    "forces killed",
    "troops killed",
    "police killed",
    "killed by security forces",
    "killed by the security forces",
];

/// Where a protest is told with these, the protesters turned violent: a violent demonstration
/// (whatever force met it).
pub const PROTESTERS_VIOLENCE: &[&str] = &[
    "threw stones",
    "throwing stones",
    "set tyres on fire",
    "burned tyres",
    "burning tyres",
    "stormed",
    // "Protesters set fire to the Baath Party branch building".
    "set fire to",
    "setting fire to",
    "smashing the windows",
];

/// See [`LETHAL_FORCE`].
pub const INTERVENTION: &[&str] = &[
    // ("intervened to end a sit-in"; not "no security forces intervened")
    "intervened to",
    // (Dispersed by someone, not a crowd that "dispersed at about 1 pm".)
    "dispersed the",
    "dispersed them",
    "dispersed a",
    "dispersed protesters",
    "dispersed demonstrators",
    // ("dispersed by security forces", not "dispersed by evening without intervention".)
    "dispersed by force",
    "dispersed by security",
    "dispersed by the",
    "dispersed by police",
    "were dispersed",
    "was dispersed",
    "forcibly dispersed",
    "disperse",
    "tear gas",
    "batons",
    "beat",
    "beaten",
    "arrested",
    "detained",
    "water cannon",
];

/// Words that make the act named right after them support for another act ("supported by
/// Turkish artillery", "under cover of Russian airstrikes").
pub const SUPPORT: &[&str] = &[
    "supported by",
    "backed by",
    "support of",
    "cover of",
    "covered by",
];

/// Words after which an act is what the act told answers, not an act of its own ("as
/// retaliation for regime shelling"). ("Following" is not one: a story's act often follows
/// it — "a statement following an August 21 chemical attack".)
pub const ANSWERED: &[&str] = &[
    "retaliation for",
    "in response to",
    "in revenge for",
    // "a truce was agreed …, ending three days of clashes": what the act ended. (What it came
    // after, "after two days of fighting", is read apart: `came_after`.)
    "ending",
];

/// The registry id of the government of the country the texts are about (the generic phrases
/// below name it too).
pub const GOVERNMENT: &str = "gov-syria";

/// Generic ways of naming a side, to a registry id (a class or a composite).
pub const GENERIC_ACTORS: &[(&str, &str)] = &[
    // ACLED's name for the state's forces: "Military Forces of Syria (2000-)".
    ("military forces of syria", GOVERNMENT),
    ("regime forces", GOVERNMENT),
    ("regime troops", GOVERNMENT),
    ("regime", GOVERNMENT),
    ("government forces", GOVERNMENT),
    ("government troops", GOVERNMENT),
    ("syrian army", GOVERNMENT),
    // "state media reported … that the army, backed by Russian air strikes, had taken full
    // control of Sheikh Miskin" (a foreign army is named by its country: "the Turkish army").
    ("the army", GOVERNMENT),
    // "Army units entered al-Zabadani … after the remaining gunmen departed" (a foreign
    // army's units are named with it: "Turkish army units").
    ("army units", GOVERNMENT),
    // State media's "Units of our valiant army … restored security and stability to …".
    ("our valiant army", GOVERNMENT),
    ("syrian troops", GOVERNMENT),
    ("syrian forces", GOVERNMENT),
    ("pro-regime forces", "pro-government-militia"),
    ("pro-government militia", "pro-government-militia"),
    ("pro-government militias", "pro-government-militia"),
    ("rebels", "opposition-rebels"),
    // A military observer's "armed opposition group(s)".
    ("aog", "opposition-rebels"),
    ("aogs", "opposition-rebels"),
    ("rebel forces", "opposition-rebels"),
    ("rebel fighters", "opposition-rebels"),
    ("non-jihadist rebel forces", "opposition-rebels"),
    ("non-jihadist rebels", "opposition-rebels"),
    ("opposition fighters", "opposition-rebels"),
    ("opposition forces", "opposition-rebels"),
    ("insurgents", "syrian-insurgents"),
    ("jihadist", "islamist-militia"),
    ("jihadists", "islamist-militia"),
    ("jihadist groups", "islamist-militia"),
    ("islamist rebels", "islamist-militia"),
    ("islamists", "islamist-militia"),
    ("unknown gunmen", "unidentified-syria"),
    ("unidentified gunmen", "unidentified-syria"),
    ("unknown militants", "unidentified-syria"),
    ("unidentified militants", "unidentified-syria"),
    ("unknown assailants", "unidentified-syria"),
    ("unidentified attackers", "unidentified-syria"),
    ("gunmen", "unidentified-syria"),
    ("warplanes", "unidentified-military"),
    // The nationality the text states is no guess: Russia is the only Russian party.
    ("russian warplanes", "russia"),
    ("russian jets", "russia"),
    ("russian aircraft", "russia"),
    ("russian air force", "russia"),
    ("russian forces", "russia"),
    ("russian airstrike", "russia"),
    ("russian airstrikes", "russia"),
    ("russian air strike", "russia"),
    ("russian air strikes", "russia"),
    ("unidentified warplanes", "unidentified-military"),
    ("unidentified aircraft", "unidentified-military"),
    ("civilians", "civilians-syria"),
    ("civilian", "civilians-syria"),
];

/// Words that say an agreement was reached: a diplomatic fact with these is ACLED's
/// "Agreement" (a local settlement, a truce, a handover agreed between parties).
pub const AGREED: &[&str] = &[
    "agreed to",
    "agreed on",
    // ("agreed with Russian officers to hand over their heavy and medium weapons".)
    "agreed with russian",
    "agreed with the russian",
    "agreed with the government",
    "agreed with government",
    "agreed with the regime",
    "agreed with regime",
    // ("agreed yesterday evening on a ceasefire".)
    "agreed yesterday",
    "agreed today",
    "agreed late",
    "agreed a",
    "agreed an",
    "signed",
    "reached an agreement",
    "reached a deal",
    // A local deal: "reached a reconciliation agreement providing for the handover of …".
    "reached a reconciliation agreement",
    "reached a reconciliation deal",
    "reached a truce",
    "reached a ceasefire",
    "reached a settlement",
    "reached an accord",
    "struck a deal",
    "concluded an agreement",
    "agreement was concluded",
    "agreement was reached",
    "agreement was reportedly reached",
    "deal was reached",
    "brokered",
    // "reached a Russian-sponsored agreement", "a Qatari-brokered deal" (a hyphen joins the
    // sponsor to the word, so each is listed whole).
    "russian-sponsored",
    "russian-brokered",
    "turkish-brokered",
    "qatari-brokered",
    "un-brokered",
    // "announced … an agreement, reached with Russian guarantees, for fighters to leave".
    "agreement reached",
    "agreement, reached",
    "agreement was reached",
    "was agreed",
    "were agreed",
    // The cessation's local truces: "co-chairs announce a 'regime of calm' for Eastern Ghouta".
    "regime of calm",
    // "a ceasefire was announced between the Ministry of Defence and the SDF".
    "ceasefire was announced",
    "truce was announced",
    "announced a ceasefire",
    "announced a truce",
    // ("a local truce took effect in Babbila".)
    "truce took effect",
    "ceasefire took effect",
    "truce came into effect",
    "ceasefire came into effect",
    "truce went into effect",
    "ceasefire went into effect",
];

/// Words of diplomacy: a sentence with these and no incident in it is a timeline fact.
pub const DIPLOMATIC: &[&str] = &[
    "agreement",
    "regime of calm",
    "deal",
    "ceasefire",
    "cease-fire",
    "truce",
    // "agreed on 6 February, through UN mediation, on a humanitarian pause".
    "humanitarian pause",
    "cessation of hostilities",
    "talks",
    "negotiations",
    "meeting",
    "summit",
    "envoy",
    "announced",
    "accord",
    "resolution",
    "peace process",
    // A local deal's: "agreed … to hand over their heavy weapons and join the settlement
    // process".
    "settlement process",
    "reconciliation process",
    "diplomats",
    "statement",
];

/// Words that make a sentence an allegation of a pattern rather than a report of an act. A
/// participle ("4 men accused of collaborating") describes victims and does not count.
pub const ALLEGATION: &[&str] = &[
    "been accused of",
    "is accused of",
    "was accused of",
    "were accused of",
    "are accused of",
    "accuses",
    "accusing",
    "accused the",
    "blamed the",
    "blames",
    // A pattern of acts, told as what a place endured: "Baba Amr was subjected to sustained
    // shelling from early February 2012", "Douma had been subjected to intense aerial
    // bombardment" (the incident is the one told after it).
    "subjected to sustained",
    "subjected to intense",
    "subjected to heavy",
    "subjected to daily",
    "subjected to continuous",
    "subjected to repeated",
    // "Russian warplanes continue to indiscriminately target … hospitals … since September
    // 2015".
    "continue to target",
    "continues to target",
    "continued to target",
    "indiscriminately target",
];

/// Words before an event word that make it hypothetical or future.
pub const MODAL: &[&str] = &[
    "would",
    "will",
    "could",
    "should",
    "must",
    "might",
    "expected to",
    "plans to",
    "planned",
    "scheduled",
    "threatened to",
    "aims to",
    "to stop",
    "to end",
    "to halt",
];

/// Verbs of force that, right before a modal "to end" ("to stop", "to halt"), make it what
/// the force did ("intervened to end a sit-in"): see [`MODAL`].
pub const FORCE_TO_END: &[&str] = &[
    "intervened",
    "moved in",
    "stepped in",
    "used force",
    "opened fire",
];

/// An act named back by a noun ("The attack happened on Wednesday in Hass").
pub const ACTS_NAMED_BACK: &[&str] = &[
    "attack",
    "attacks",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "massacre",
    "killing",
    "killings",
    "shelling",
    "raid",
    "raids",
    "assault",
];

/// Words that spread a toll over a whole country: an aggregate, not one incident.
pub const AGGREGATE: &[&str] = &[
    "across the country",
    "nationwide",
    "across syria",
    "across syrian territory",
    "across the syrian territory",
    "across the syrian territories",
    "throughout syria",
    "in syria's",
    "across the nation",
    // "Since the start of the operation a total of 440 terrorists have been neutralized."
    "since the start of",
    "since the beginning of",
    // ("More than 900 fighters … have been killed since the offensive began in September".)
    "since the offensive began",
    "since the offensive started",
    "since the operation began",
    "since the campaign began",
    "since the battle began",
    "since the fighting began",
    // ("more than 2,200 people were killed in Daraya during the siege".)
    "during the siege",
    "during the years of siege",
    // The war's toll: "the conflict has claimed the lives of over 470000 people".
    "the conflict has claimed",
    "the conflict has killed",
    "the war has claimed",
    "the war has killed",
];

/// Words before a place that make it approximate (ACLED geo precision 2).
pub const NEAR: &[&str] = &[
    "near",
    "outside",
    "around",
    "close to",
    "outskirts of",
    "north of",
    "south of",
    "east of",
    "west of",
    "northeast of",
    "northwest of",
    "southeast of",
    "southwest of",
    "in areas near",
];

/// Well-known places named without their name, to a gazetteer name and a precision.
pub const LANDMARKS: &[(&str, &str, u8)] = &[
    ("shiite shrine outside damascus", "Sayyeda Zeinab", 2),
    ("shiite shrine south of damascus", "Sayyeda Zeinab", 2),
    ("sayyida zeinab shrine", "Sayyeda Zeinab", 1),
    ("sayyida zaynab shrine", "Sayyeda Zeinab", 1),
    ("umayyad mosque", "Damascus", 1),
    ("aleppo citadel", "Aleppo", 1),
];

/// News sources and monitors, as written, to the name kept in the source chain.
pub const SOURCES: &[(&str, &str)] = &[
    (
        "Syrian Observatory for Human Rights",
        "Syrian Observatory for Human Rights",
    ),
    ("Observatory", "Syrian Observatory for Human Rights"),
    ("SOHR", "Syrian Observatory for Human Rights"),
    (
        "Syrian Network for Human Rights",
        "Syrian Network for Human Rights",
    ),
    ("SNHR", "Syrian Network for Human Rights"),
    ("White Helmets", "Syria Civil Defence (White Helmets)"),
    ("Syria Civil Defence", "Syria Civil Defence (White Helmets)"),
    ("SANA", "SANA"),
    ("state news agency", "SANA"),
    ("AFP", "AFP"),
    ("Reuters", "Reuters"),
    ("AP", "AP"),
    ("Associated Press", "AP"),
    ("Al Jazeera", "Al Jazeera"),
    ("Enab Baladi", "Enab Baladi"),
    ("Step News", "Step News"),
    ("Smart News", "Smart News"),
    ("local council", "local council"),
    ("activists", "activists"),
    ("medics", "medics"),
];

/// Words that say a group claimed the act (its attribution is then "claimed").
pub const CLAIMS: &[&str] = &["claimed responsibility"];

/// Words that mark the source before or after its name ("said the …", "told …", "according to …").
pub const SOURCE_CUES: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "reported",
    "reports",
    "claimed",
];

/// Places beyond Syria's borders that its war's news names often (border towns that took its
/// refugees or its shells, neighbours' cities), none of them the name of a place in Syria: a
/// phrase that is one of them is no Syrian place, nor a spelling of one ("Hermel" is not
/// Harmalah, "near Hermel" no act in Syria).
pub const ABROAD: &[&str] = &[
    // Lebanon.
    "Arsal",
    "Ersal",
    "Hermel",
    "Hermil",
    "Baalbek",
    "Baalbeck",
    "Ras Baalbek",
    "Wadi Khaled",
    "Akkar",
    "Tripoli",
    "Beirut",
    "Sidon",
    "Zahle",
    "Chtaura",
    "Masnaa",
    "Labweh",
    "Nabatieh",
    // Turkey.
    "Kilis",
    "Reyhanli",
    "Akcakale",
    "Ceylanpinar",
    "Nusaybin",
    "Gaziantep",
    "Antakya",
    "Hatay",
    "Sanliurfa",
    "Suruc",
    "Cilvegozu",
    "Yayladagi",
    "Elbeyli",
    "Oncupinar",
    "Kiziltepe",
    // Iraq.
    "Mosul",
    "Tal Afar",
    "Fallujah",
    "Erbil",
    "Dohuk",
    "Duhok",
    "Kirkuk",
    "Baghdad",
    "Husaybah",
    "Rutba",
    // Jordan.
    "Ramtha",
    "Mafraq",
    "Zaatari",
    "Irbid",
    "Amman",
    // Israel.
    "Tel Aviv",
    "Jerusalem",
    "Haifa",
    "Galilee",
    "Katzrin",
];
