"""Ingest throughput and peak memory on a generated corpus; prints the figures it measures.

    python bench/throughput.py [--articles 1000] [--words 600] [--workers 1 2] [--seed 0]

Writes N synthetic news-style articles (seeded, so every run reads the same corpus) as .txt
files into a temporary folder, then, for each worker count, ingests the whole folder into a
fresh SQLite file through ``watchfloor.pipeline.ingest`` in a separate child process (this
script again, with ``--child``), so each measurement starts cold and its memory is its own.

Per run it reports: wall seconds from the start of the child to the end of ingest (imports and
model load included), the model load alone, articles/s and words/s over that wall time, peak
memory, and the events stored. Peak memory is sampled from outside (the sum over the child and
its pool workers, every ``--sample-interval`` seconds, with psutil when installed, else from
/proc on Linux); the child also reports ``getrusage`` high-water marks for itself and for the
largest reaped worker, which is all there is when neither sampler is available.

Then, in this process, the time stage's share: CPU time to find and resolve the time
expressions of every sentence of the first ``--stage-sample`` articles, against the CPU time of
the whole pipeline on the same articles.

The last line printed is one JSON object with every figure, for CI logs and docs to quote.
"""

from __future__ import annotations

import time

_T0 = time.perf_counter()  # child wall clock starts here, before watchfloor and spaCy import

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

RESULT_PREFIX = "THROUGHPUT-RESULT "

# ---------------------------------------------------------------------------------------------
# Corpus generator. Every sentence below was written for this benchmark; names of officials and
# witnesses are made up from first/last-name pools, places and groups are real so the gazetteer
# and the group lexicon have work to do.
# ---------------------------------------------------------------------------------------------

THEATRES: dict[str, dict] = {
    "iraq": {
        "country": "Iraq",
        "demonym": "Iraqi",
        "places": [
            ("Mosul", "Nineveh province"),
            ("Kirkuk", "Kirkuk province"),
            ("Baghdad", "the capital"),
            ("Tikrit", "Salahuddin province"),
            ("Baquba", "Diyala province"),
            ("Ramadi", "Anbar province"),
            ("Tarmiyah", "north of Baghdad"),
            ("Sinjar", "Nineveh province"),
            ("Haditha", "Anbar province"),
            ("Samarra", "Salahuddin province"),
        ],
        "groups": [("Islamic State", "the Islamic State group", "Islamic State militants")],
        "forces": [
            "Iraqi soldiers",
            "federal police officers",
            "members of the Popular Mobilisation Forces",
            "counter-terrorism troops",
            "Kurdish Peshmerga fighters",
        ],
        "agency": "the state-run Iraqi News Agency",
        "channel": "a statement on its Amaq news agency",
        "firsts": [
            "Ahmed",
            "Saad",
            "Haider",
            "Mustafa",
            "Karim",
            "Ali",
            "Yasser",
            "Omar",
            "Hussein",
        ],
        "lasts": [
            "al-Jubouri",
            "al-Obeidi",
            "Hamid",
            "al-Saadi",
            "Kadhim",
            "al-Rubaie",
            "Mahmoud",
            "al-Khafaji",
            "Salman",
        ],
        "official_titles": [
            "a spokesman for the Joint Operations Command",
            "the provincial police chief",
            "an interior ministry spokesman",
            "a member of the provincial council",
            "the mayor of the district",
        ],
        "background": [
            "The group seized large parts of northern and western Iraq in 2014 before it was "
            "driven from its last urban strongholds in a costly campaign backed by a "
            "U.S.-led coalition.",
            "Thousands of its fighters are still thought to move between the desert of Anbar, "
            "the Hamrin mountains and the rugged valleys of Kirkuk, where they tax shepherds "
            "and extort contractors.",
            "Reconstruction in Mosul has been slow, and tens of thousands of families displaced "
            "by the war are still living in camps or in houses that were never repaired.",
            "Local officials have long complained that the gaps between army and Kurdish "
            "Peshmerga positions in the disputed territories leave room for militant cells.",
        ],
    },
    "afghanistan": {
        "country": "Afghanistan",
        "demonym": "Afghan",
        "places": [
            ("Kabul", "the capital"),
            ("Jalalabad", "Nangarhar province"),
            ("Kunduz", "Kunduz province"),
            ("Mazar-i-Sharif", "Balkh province"),
            ("Herat", "Herat province"),
            ("Kandahar", "Kandahar province"),
            ("Ghazni", "Ghazni province"),
            ("Lashkar Gah", "Helmand province"),
            ("Pul-i-Khumri", "Baghlan province"),
        ],
        "groups": [
            ("the Taliban", "the Taliban", "Taliban fighters"),
            (
                "Islamic State Khorasan Province",
                "the Islamic State affiliate known as ISKP",
                "ISKP militants",
            ),
        ],
        "forces": [
            "Afghan soldiers",
            "police officers",
            "members of the intelligence service",
            "border police",
            "commandos",
        ],
        "agency": "the local Tolo News channel",
        "channel": "a statement posted on Telegram",
        "firsts": [
            "Abdul",
            "Mohammad",
            "Ahmad",
            "Najibullah",
            "Zabihullah",
            "Tariq",
            "Faridullah",
            "Hamid",
            "Rahmatullah",
        ],
        "lasts": [
            "Rahimi",
            "Stanikzai",
            "Ahmadzai",
            "Karimi",
            "Noori",
            "Wardak",
            "Hashimi",
            "Popal",
            "Safi",
        ],
        "official_titles": [
            "a spokesman for the interior ministry",
            "the provincial governor's spokesman",
            "the district police chief",
            "a member of the provincial council",
            "a defence ministry spokesman",
        ],
        "background": [
            "Violence has persisted across the country despite years of talks between the "
            "government and the insurgents, and civilians have borne the brunt of the fighting.",
            "The Islamic State's regional branch emerged in the eastern province of Nangarhar "
            "in 2015 and has since targeted the Shi'ite Hazara minority, schools and mosques.",
            "Kabul's western districts, home to many Hazaras, have been hit repeatedly, and "
            "residents have organised their own guards outside schools and places of worship.",
            "Aid agencies say the economy has collapsed, with millions of people facing hunger "
            "as foreign assistance dried up and banks restricted withdrawals.",
        ],
    },
    "nigeria": {
        "country": "Nigeria",
        "demonym": "Nigerian",
        "places": [
            ("Maiduguri", "Borno state"),
            ("Monguno", "Borno state"),
            ("Damboa", "Borno state"),
            ("Gwoza", "Borno state"),
            ("Dikwa", "Borno state"),
            ("Bama", "Borno state"),
            ("Damaturu", "Yobe state"),
            ("Geidam", "Yobe state"),
            ("Konduga", "Borno state"),
        ],
        "groups": [
            (
                "ISWAP",
                "Islamic State West Africa Province",
                "fighters from Islamic State West Africa Province",
            ),
            ("Boko Haram", "the Boko Haram faction", "Boko Haram militants"),
        ],
        "forces": [
            "Nigerian soldiers",
            "members of the Civilian Joint Task Force",
            "police officers",
            "troops of Operation Hadin Kai",
            "vigilantes",
        ],
        "agency": "the Premium Times newspaper",
        "channel": "a statement carried by its Amaq agency",
        "firsts": [
            "Babagana",
            "Usman",
            "Mohammed",
            "Bulama",
            "Ibrahim",
            "Abubakar",
            "Modu",
            "Kachalla",
            "Umar",
        ],
        "lasts": ["Zulum", "Gana", "Kyari", "Lawan", "Bukar", "Shettima", "Goni", "Musa", "Ali"],
        "official_titles": [
            "a spokesman for the army",
            "the local government chairman",
            "a leader of the Civilian Joint Task Force",
            "a spokesman for the Borno state police command",
            "an official of the state emergency management agency",
        ],
        "background": [
            "The insurgency that began in 2009 has killed more than 35,000 people and driven "
            "about two million from their homes in the northeast, according to the United "
            "Nations.",
            "ISWAP split from Boko Haram in 2016 and has since built a following by digging "
            "wells and taxing trade around Lake Chad while attacking military bases.",
            "Farmers around Maiduguri say they can no longer reach fields more than a few "
            "kilometres from the garrison towns, and food prices have risen sharply.",
            "The army has pulled troops into fortified 'super camps', a strategy critics say "
            "has left rural roads and villages exposed.",
        ],
    },
    "somalia": {
        "country": "Somalia",
        "demonym": "Somali",
        "places": [
            ("Mogadishu", "the capital"),
            ("Kismayo", "the Jubaland region"),
            ("Baidoa", "the Bay region"),
            ("Beledweyne", "the Hiiraan region"),
            ("Afgoye", "the Lower Shabelle region"),
            ("Marka", "the Lower Shabelle region"),
            ("Bosaso", "Puntland"),
            ("Jowhar", "the Middle Shabelle region"),
        ],
        "groups": [("al-Shabaab", "the al-Qaeda-linked al-Shabaab group", "al-Shabaab fighters")],
        "forces": [
            "Somali soldiers",
            "police officers",
            "African Union peacekeepers",
            "members of the Danab special forces",
            "local militiamen",
        ],
        "agency": "the state-run Somali National News Agency",
        "channel": "a broadcast on its Andalus radio station",
        "firsts": [
            "Abdirahman",
            "Mohamed",
            "Hassan",
            "Abdullahi",
            "Farah",
            "Ahmed",
            "Yasin",
            "Ismail",
            "Abdikadir",
        ],
        "lasts": ["Warsame", "Hussein", "Nur", "Jama", "Osman", "Yusuf", "Aden", "Ali", "Abdi"],
        "official_titles": [
            "a police spokesman",
            "the regional governor",
            "a security ministry spokesman",
            "a district commissioner",
            "the director of the Aamin ambulance service",
        ],
        "background": [
            "Al-Shabaab was pushed out of Mogadishu more than a decade ago but still controls "
            "large parts of the countryside and collects taxes from traders and farmers.",
            "The group wants to overthrow the internationally backed government and impose its "
            "own strict interpretation of Islamic law.",
            "Drought has killed livestock across the south, and hundreds of thousands of people "
            "have moved into camps on the edge of the capital in search of food and water.",
            "The African Union mission is reducing its troop numbers, and Somali forces are "
            "expected to take over responsibility for security in the coming years.",
        ],
    },
}

TARGETS = {
    "checkpoint": ("a security checkpoint", "the checkpoint"),
    "market": ("a busy market", "the market"),
    "mosque": ("a crowded mosque", "the mosque"),
    "base": ("an army base", "the base"),
    "police": ("a police station", "the police station"),
    "convoy": ("a military convoy", "the convoy"),
    "hotel": ("a hotel popular with officials", "the hotel"),
    "wedding": ("a wedding party", "the wedding"),
    "village": ("a village", "the village"),
    "bus": ("a passenger bus", "the bus"),
    "airport": ("the airport compound", "the airport"),
}
# Which targets read naturally with each kind of attack.
KIND_TARGETS = {
    "suicide": ["checkpoint", "market", "mosque", "base", "police", "hotel", "wedding"],
    "carbomb": ["checkpoint", "market", "mosque", "base", "police", "hotel"],
    "storm": ["police", "hotel", "base", "mosque", "village"],
    "mortar": ["base", "market", "airport", "village"],
}
# Killed: (low, high) per kind.
KIND_TOLL = {
    "suicide": (4, 40),
    "carbomb": (3, 30),
    "roadside": (2, 9),
    "storm": (5, 30),
    "ambush": (3, 25),
    "mortar": (2, 10),
    "abduct": (1, 3),
    "raid": (4, 35),
}

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
HEADLINE_VERBS = {
    "suicide": "Suicide bomber kills {k} at {tshort} in {city}",
    "carbomb": "Car bomb kills {k} in {city}",
    "roadside": "Roadside bomb kills {k} near {city}",
    "storm": "Gunmen storm {tshort} in {city}, killing {k}",
    "ambush": "{k_cap} killed as militants ambush convoy near {city}",
    "mortar": "Mortar attack on {city} kills {k}",
    "abduct": "Militants abduct {a} near {city}",
    "raid": "Militants raid village near {city}, killing {k}",
}

# Lead sentences per attack kind: {when} is "on Tuesday" style, the rest from the context.
LEADS = {
    "suicide": [
        "A suicide bomber blew himself up at {target} in {city} {when}, killing at least {k} "
        "people and wounding {w} others, officials said.",
        "At least {k} people were killed {when} when a suicide bomber detonated an explosive "
        "vest at {target} in {city}, {place_desc}, police said.",
    ],
    "carbomb": [
        "A car bomb exploded near {target} in {city} {when}, killing {k} people and wounding "
        "at least {w}, according to security officials.",
        "An explosives-laden car blew up outside {target} in {city} {when}, killing at least "
        "{k} people in the deadliest attack in the area for months.",
    ],
    "roadside": [
        "A roadside bomb struck a vehicle carrying {victims} near {city} {when}, killing {k} of "
        "them and wounding {w}, officials said.",
        "{k_cap} {victims} were killed {when} when their vehicle hit an improvised explosive "
        "device on the road outside {city}, {place_desc}.",
    ],
    "storm": [
        "Gunmen stormed {target} in {city} {when}, opening fire on the people inside and "
        "killing at least {k} before security forces regained control, officials said.",
        "Attackers armed with rifles and grenades stormed {target} in {city} {when}, killing "
        "{k} people in a siege that lasted several hours.",
    ],
    "ambush": [
        "Militants ambushed a convoy carrying {victims} near {city} {when}, killing {k} and "
        "wounding {w}, security sources said.",
        "{k_cap} {victims} were killed {when} when insurgents ambushed their patrol on the road "
        "between {city} and {city2}.",
    ],
    "mortar": [
        "Several mortar rounds struck {target} in {city} {when}, killing {k} people and "
        "wounding {w}, officials said.",
        "Militants fired rockets at {target} in {city} {when}, killing at least {k} people, "
        "according to a local official.",
    ],
    "abduct": [
        "Gunmen abducted {a} {when} after stopping vehicles on the road outside {city}, "
        "{place_desc}, residents and officials said.",
        "Militants kidnapped {a} in a raid on a village near {city} {when}, "
        "according to local officials.",
    ],
    "raid": [
        "Militants raided a village near {city} {when}, shooting residents and setting homes "
        "on fire, killing at least {k} people, officials said.",
        "Insurgents on motorcycles attacked a village outside {city} {when}, killing {k} "
        "villagers and burning down dozens of houses, residents said.",
    ],
}

# Details of how it happened, by the kind of attack they fit.
BLAST_KINDS = {"suicide", "carbomb", "roadside", "mortar"}
DETAIL_BLAST = [
    "The blast shattered windows in nearby shops and left a crater in the road, and "
    "ambulances ferried the wounded to hospitals across {city}.",
    "Photos shared on social media showed burnt-out vehicles and debris scattered across the "
    "road, with residents searching through the rubble for survivors.",
    "Electricity was cut across part of {city} after the explosion damaged a transformer, "
    "and the main road remained closed for most of the day.",
    "A second device was found and defused by bomb disposal experts about an hour later, a "
    "police officer at the scene said.",
]
DETAIL_GUN = [
    "Witnesses said the attackers arrived in {vehicles} shortly after {hour} and began firing "
    "in the air before turning their guns on people in the street.",
    "Fighting lasted for about two hours before the attackers withdrew towards {bush}, "
    "taking weapons and at least one vehicle with them, a security source said.",
    "Survivors said the attackers went from house to house asking for members of the security "
    "forces and for anyone who had worked with the government.",
    "Reinforcements took several hours to arrive because the road had been mined, a local "
    "official said.",
]
DETAIL_ANY = [
    "Security forces sealed off the area and searched nearby houses for accomplices, a "
    "police official said, adding that two suspects had been detained for questioning.",
    "The attack came as people were gathering for {occasion}, when the area is usually "
    "crowded, according to a shopkeeper who was nearby.",
    "Officials said the attackers had used a side road to avoid the main checkpoint and "
    "that the area had been under heightened security for days.",
]

CASUALTIES = [
    "A doctor at the main hospital in {city} said {w} wounded people had been brought in, "
    "{crit} of them in critical condition, and warned that the toll could rise.",
    "The dead included {kv} {victims2} and several civilians who were passing by, according to "
    "a police officer who asked not to be named because he was not authorised to speak.",
    "By evening the death toll had risen to {k2}, a health ministry official said, with more "
    "than {w} people still being treated.",
    "Among the wounded were {kv} children, one of whom later died of his injuries, a relative "
    "told reporters outside the hospital.",
    "Hospital officials said they had received {k} bodies, {body_state}, and appealed for "
    "blood donations, {agency} reported.",
]

CLAIMS = [
    "{group_name} claimed responsibility for the attack in {channel}, saying its fighters had "
    "targeted {claim_target}.",
    "No group immediately claimed responsibility, but officials blamed {group_long}, which has "
    "carried out similar attacks in the area.",
    "In a statement, {group_name} said it had carried out the attack and published "
    "{claim_picture}.",
    "{official_name}, {official_title}, said the attack bore the hallmarks of {group_long}, "
    "though there was no claim of responsibility.",
    "{group_name} later said in {channel} that its fighters had killed {claimed} {victims2}, a "
    "figure that could not be independently verified.",
]

OFFICIAL = [
    '"This was a cowardly attack on innocent people who were simply going about their lives," '
    "{official_name}, {official_title}, told reporters at the scene.",
    "{official_name}, {official_title}, said the security forces had been warned of a possible "
    "attack but had not known where it would take place.",
    '"We will hunt down those responsible and bring them to justice," {official_name} said in '
    "a statement, adding that reinforcements had been sent to {city}.",
    "{official_name}, {official_title}, said the attackers had exploited a shift change at "
    "the checkpoint and that an investigation was under way.",
    "The {demonym} government condemned the attack and declared a day of mourning, while "
    "{official_name}, {official_title}, urged residents to report suspicious activity.",
]

WITNESS = [
    '"I heard {sound} and then everyone was running," said {witness}, a {job} who was '
    'about a hundred metres away. "There were bodies on the ground and people screaming."',
    '{witness}, a {job}, said he had lost two cousins. "They went out to buy bread in the '
    'morning and never came back," he said by telephone.',
    '"The gunmen were shouting and shooting at everything," said {witness}, a {job} who hid '
    "behind a wall with his children until the firing stopped.",
    "Residents said they had seen unfamiliar men on motorcycles in the area the day before. "
    '"We told the police, but nobody came," said {witness}, a {job}.',
]

SEPARATE = [
    "In a separate incident on {sep_day}, {sep_k} {sep_victims} were killed when militants "
    "attacked a checkpoint near {sep_city}, {sep_place_desc}, officials said.",
    "Earlier in the week, gunmen shot dead {sep_k} {sep_victims} near {sep_city}, and a "
    "roadside bomb wounded {sep_w} people in another district.",
    "On {sep_day}, a bomb planted on a motorcycle exploded in a market in {sep_city}, killing "
    "{sep_k} people, according to police.",
    "Last month, militants ambushed a patrol near {sep_city} and killed {sep_k} {sep_victims}, "
    "one of the deadliest attacks in the area this year.",
    "The attack followed an assault on a police post in {sep_city} on {sep_day} in which "
    "{sep_k} {sep_victims} were killed and {sep_w} were wounded.",
]

RESPONSE = [
    "The United Nations mission in {country} condemned the attack and called on all parties to "
    "protect civilians, saying those responsible must be held to account.",
    "The army said it had launched an operation in the surrounding area and that troops had "
    "killed several militants in clashes later in the day.",
    "Several embassies issued statements of condolence, and the European Union said it stood "
    "with the people of {country}.",
    "Lawmakers from {province} criticised the security forces, saying repeated warnings about "
    "militant movements around {city} had been ignored.",
    "The interior minister visited the wounded in hospital and promised compensation for the "
    "families of those killed.",
]

SPECULATION = [
    "Analysts warned that {group_short} could step up attacks in the coming weeks as it tries "
    "to show it remains a force despite losing territory.",
    "Security officials fear the group may be planning further bombings in {city} and have "
    "urged residents to avoid crowded places.",
    "Diplomats said the attack could complicate efforts to hand responsibility for security "
    "to local forces and might delay planned troop withdrawals.",
    "Intelligence officials said they had foiled a plot to attack a government building in "
    "{city2} last week and arrested three men suspected of planning it.",
    "Residents said they feared more attacks if the troops that were withdrawn from outposts "
    "around {city} were not sent back.",
]

CONTEXT = [
    "Prices of food and fuel have risen sharply in {city} this year, and many families depend "
    "on aid distributed by international agencies.",
    "Local elections are due later this year, and officials have promised to strengthen "
    "security around polling stations.",
    "The road between {city} and {city2} is a vital trade route, and traders say they now "
    "travel only in convoys escorted by soldiers.",
    "Schools in the district reopened only last month after being closed for most of the "
    "year, and parents said they were afraid to send their children back.",
    "The government says it has recruited thousands of new police officers and plans to "
    "build more outposts along the main roads.",
]

VICTIMS = [
    "soldiers",
    "police officers",
    "members of a pro-government militia",
    "construction workers",
    "election workers",
    "traders",
    "farmers",
    "passengers",
]
ABDUCTED = [
    "{n} passengers",
    "{n} aid workers",
    "{n} farmers",
    "{n} construction workers",
    "{n} schoolgirls",
    "{n} villagers",
]
JOBS = [
    "shopkeeper",
    "taxi driver",
    "teacher",
    "student",
    "trader",
    "day labourer",
    "mechanic",
    "pharmacist",
]
OCCASIONS = [
    "evening prayers",
    "the morning market",
    "a funeral",
    "a graduation ceremony",
    "the end of the working day",
]
VEHICLES = ["two pickup trucks", "motorcycles", "a minibus", "several cars"]
HOURS = ["dawn", "8 a.m.", "noon", "midday prayers", "dusk", "10 p.m."]
BUSH = ["the desert", "the forest", "the hills", "nearby farmland", "the river valley"]


def _number(rng: random.Random, lo: int, hi: int, words_ok: bool = True) -> tuple[int, str]:
    n = rng.randint(lo, hi)
    return n, NUMBER_WORDS[n] if words_ok and n < len(NUMBER_WORDS) and rng.random() < 0.6 else str(
        n
    )


def _sentence_case(text: str) -> str:
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def _fill(template: str, ctx: dict) -> str:
    return _sentence_case(template.format(**ctx))


def _when(rng: random.Random, event_day: date, published: date) -> str:
    weekday = WEEKDAYS[event_day.weekday()]
    if event_day == published:
        return rng.choice(
            [
                "on " + weekday,
                "early on " + weekday,
                "on " + weekday + " morning",
                "on " + weekday + " afternoon",
            ]
        )
    return rng.choice(["on " + weekday, "late on " + weekday, "on " + weekday + " night"])


def generate_article(rng: random.Random, words: int) -> tuple[str, str]:
    """(file stem, text) of one article of about ``words`` words."""
    key = rng.choice(list(THEATRES))
    th = THEATRES[key]
    (city, place_desc), (city2, _), (sep_city, sep_place_desc) = rng.sample(th["places"], 3)
    published = date(2018, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    groups = th["groups"]
    if key == "afghanistan" and published >= date(2021, 8, 15):
        groups = groups[1:]  # the Taliban govern from then on; attacks are the IS affiliate's
    group_name, group_long, group_fighters = rng.choice(groups)
    event_day = published - timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    kind = rng.choice(list(LEADS))
    target, tshort = TARGETS[rng.choice(KIND_TARGETS.get(kind, ["checkpoint"]))]
    k, kv = _number(rng, *KIND_TOLL[kind])
    w, _ = _number(rng, k + 2, k * 3 + 10, words_ok=False)
    _, a_words = _number(rng, 4, 30)

    def person() -> str:
        return f"{rng.choice(th['firsts'])} {rng.choice(th['lasts'])}"

    ctx = {
        "city": city,
        "city2": city2,
        "place_desc": place_desc,
        "province": place_desc,
        "country": th["country"],
        "demonym": th["demonym"],
        "target": target,
        "tshort": tshort.removeprefix("the "),
        "claim_target": rng.choice(
            [
                f"{rng.choice(th['forces'])}",
                "apostate government officials",
                "a gathering of what it called crusaders and their allies",
                "an army position",
            ]
        ),
        "when": _when(rng, event_day, published),
        "k": kv,
        "k_cap": _sentence_case(kv),
        "k2": str(k + rng.randint(1, 6)),
        "w": str(w),
        "kv": NUMBER_WORDS[rng.randint(2, 6)],
        "crit": NUMBER_WORDS[rng.randint(2, 9)],
        "claimed": str(k * rng.randint(2, 4)),
        "a": rng.choice(ABDUCTED).format(n=a_words),
        "victims": rng.choice(th["forces"] + VICTIMS),
        "victims2": rng.choice(["soldiers", "police officers", "militiamen", "guards"]),
        "group_name": group_name,
        "group_long": group_long,
        "group_short": group_name,
        "sound": "a huge bang" if kind in BLAST_KINDS else "a burst of gunfire",
        "body_state": "several of them burned beyond recognition"
        if kind in BLAST_KINDS
        else "most of them with gunshot wounds",
        "claim_picture": "a photograph of a man it said was the bomber"
        if kind in BLAST_KINDS
        else "photographs of weapons it said its fighters had seized",
        "group_fighters": group_fighters,
        "channel": th["channel"],
        "agency": th["agency"],
        "official_name": person(),
        "official_title": rng.choice(th["official_titles"]),
        "witness": person(),
        "job": rng.choice(JOBS),
        "occasion": rng.choice(OCCASIONS),
        "vehicles": rng.choice(VEHICLES),
        "hour": rng.choice(HOURS),
        "bush": rng.choice(BUSH),
    }

    def separate_incident() -> dict:
        """Fresh figures each time another attack is mentioned."""
        day = event_day - timedelta(days=rng.randint(2, 6))
        city_, desc = rng.choice([(sep_city, sep_place_desc), *th["places"]])
        if city_ == city:
            city_, desc = sep_city, sep_place_desc
        return {
            "sep_day": WEEKDAYS[day.weekday()],
            "sep_city": city_,
            "sep_place_desc": desc,
            "sep_k": _number(rng, 2, 12)[1],
            "sep_w": str(rng.randint(3, 20)),
            "sep_victims": rng.choice(th["forces"] + VICTIMS),
        }

    ctx |= separate_incident()
    headline = HEADLINE_VERBS[kind].format(
        k=kv, k_cap=_sentence_case(kv), city=city, tshort=ctx["tshort"], a=ctx["a"]
    )
    weekday = WEEKDAYS[published.weekday()]
    stamp = f"{MONTHS[published.month - 1]} {published.day}, {published.year}"
    dateline = rng.choice(
        [
            f"{city.upper()}, {weekday}, {stamp} —",
            f"{city.upper()}, {th['country']}, {stamp} —",
            f"{city.upper()}, {stamp} (Reuters) -",
        ]
    )
    lead = _fill(rng.choice(LEADS[kind]), ctx)
    details = (DETAIL_BLAST if kind in BLAST_KINDS else DETAIL_GUN) + DETAIL_ANY
    follow = _fill(rng.choice(details), ctx)
    paragraphs = [f"{dateline} {lead} {follow}"]

    # Paragraph kinds, each a pool of sentences drawn without replacement within the article.
    pools = {
        "casualties": CASUALTIES,
        "claim": CLAIMS,
        "official": OFFICIAL,
        "witness": WITNESS,
        "detail": details,
        "separate": SEPARATE,
        "response": RESPONSE,
        "speculation": SPECULATION,
        "context": CONTEXT,
        "background": th["background"],
    }
    remaining = {
        name: [t for t in pool if name != "detail" or _fill(t, ctx) != follow]
        for name, pool in pools.items()
    }
    for pool in remaining.values():
        rng.shuffle(pool)
    order = [
        "casualties",
        "claim",
        "official",
        "witness",
        "detail",
        "separate",
        "response",
        "background",
        "speculation",
        "context",
    ]
    # Shuffle the middle of the story but keep the news-first, background-last shape.
    head, tail = order[:4], order[4:]
    rng.shuffle(head)
    rng.shuffle(tail)
    order = head + tail
    count = len(paragraphs[0].split()) + len(headline.split())
    used_official = used_witness = False
    i = 0
    while count < words - 25 and any(remaining.values()):
        name = order[i % len(order)]
        i += 1
        pool = remaining[name]
        if not pool:
            continue
        n = 1 if name in ("witness", "official", "claim") else rng.randint(1, 2)
        chosen = [pool.pop() for _ in range(min(n, len(pool)))]
        if name == "claim":
            remaining["claim"] = []  # one account of who did it per article
        parts = []
        for template in chosen:
            if name == "separate":
                ctx |= separate_incident()
            elif name in ("official", "claim") and used_official:
                ctx["official_name"] = person()  # another official speaks
                ctx["official_title"] = rng.choice(th["official_titles"])
            elif name == "witness" and used_witness:
                ctx["witness"], ctx["job"] = person(), rng.choice(JOBS)
            used_official |= "{official_name}" in template
            used_witness |= name == "witness"
            parts.append(_fill(template, ctx))
        paragraph = " ".join(parts)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    stem = f"{published.isoformat()}_{city.lower().replace(' ', '-')}_{kind}"
    return stem, headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_corpus(folder: Path, articles: int, words: int, seed: int) -> dict:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total_words = total_bytes = 0
    for n in range(articles):
        stem, text = generate_article(rng, words)
        path = folder / f"{n:05d}_{stem}.txt"
        path.write_text(text, encoding="utf-8")
        total_words += len(text.split())
        total_bytes += len(text.encode())
    return {"articles": articles, "words": total_words, "bytes": total_bytes}


# ---------------------------------------------------------------------------------------------
# Memory sampling of a process tree (the measured child and its pool workers), from outside.
# ---------------------------------------------------------------------------------------------


class TreeSampler:
    """Peak of the summed RSS (and PSS where readable) over a process and its descendants."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_rss = 0
        self.peak_pss = 0
        self.peak_processes = 0
        self.source = None
        try:
            import psutil

            self._psutil = psutil
            self._root = psutil.Process(pid)
            self.source = "psutil"
        except ImportError:
            self._psutil = None
            if Path(f"/proc/{pid}/status").exists():
                self.source = "/proc"

    def sample(self, full: bool = True) -> None:
        """RSS of the tree; ``full`` also looks for new processes and reads PSS (dearer)."""
        if self.source == "psutil":
            rss, pss, n = self._sample_psutil(full)
        elif self.source == "/proc":
            rss, pss, n = self._sample_proc(full)
        else:
            return
        self.peak_rss = max(self.peak_rss, rss)
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_processes = max(self.peak_processes, n)

    def _sample_psutil(self, full: bool) -> tuple[int, int, int]:
        psutil = self._psutil
        if full or not hasattr(self, "_procs"):
            try:
                self._procs = [self._root, *self._root.children(recursive=True)]
            except psutil.Error:
                return 0, 0, 0
        rss = pss = 0
        for p in self._procs:
            try:
                if full:
                    try:
                        info = p.memory_full_info()
                        pss += getattr(info, "pss", 0)
                    except psutil.AccessDenied:
                        info = p.memory_info()
                else:
                    info = p.memory_info()
                rss += info.rss
            except psutil.Error:
                pass
        return rss, pss, len(self._procs)

    def _sample_proc(self, full: bool) -> tuple[int, int, int]:
        if full or not hasattr(self, "_pids"):
            self._pids = self._descendants()
        rss = pss = 0
        for pid in self._pids:
            rss += _proc_kb(f"/proc/{pid}/status", "VmRSS:") * 1024
            if full:
                pss += _proc_kb(f"/proc/{pid}/smaps_rollup", "Pss:") * 1024
        return rss, pss, len(self._pids)

    def _descendants(self) -> list[int]:
        parent_of: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    stat = f.read()
            except OSError:
                continue
            # the command name is in parentheses and may hold spaces: ppid follows the last ')'
            fields = stat[stat.rfind(b")") + 2 :].split()
            parent_of[int(entry.name)] = int(fields[1])
        tree, frontier = [self.pid], [self.pid]
        while frontier:
            frontier = [c for c, p in parent_of.items() if p in frontier]
            tree.extend(frontier)
        return tree


def _proc_kb(path: str, key: str) -> int:
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _maxrss_bytes(usage: resource.struct_rusage) -> int:
    # Linux reports kilobytes, macOS bytes.
    return usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024


# ---------------------------------------------------------------------------------------------
# The measured child: one ingest of the whole corpus into a fresh database.
# ---------------------------------------------------------------------------------------------


def run_child(corpus: Path, db: Path, workers: int) -> dict:
    from watchfloor.pipeline import ingest, language_pipeline
    from watchfloor.settings import load_settings
    from watchfloor.store import Store

    settings = load_settings(db=str(db), workers=workers)
    t_import = time.perf_counter()
    language_pipeline(settings)  # cached: ingest (and forked workers) reuse it
    t_model = time.perf_counter()
    store = Store(settings.db)
    first: list[float] = []

    def progress(_n: int) -> None:
        if not first:
            first.append(time.perf_counter())

    stats = ingest([corpus], store, settings, progress=progress)
    t_end = time.perf_counter()
    counts = store.counts()
    store.engine.dispose()
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "workers": workers,
        "seconds": t_end - _T0,
        "import_seconds": t_import - _T0,
        "model_load_seconds": t_model - t_import,
        "ingest_seconds": t_end - t_model,
        "first_document_seconds": (first[0] - _T0) if first else None,
        "read": stats.read,
        "stored": stats.stored,
        "skipped": len(stats.skipped),
        "documents_in_db": counts["documents"],
        "events": counts["events"],
        "parent_maxrss_bytes": _maxrss_bytes(self_usage),
        # RUSAGE_CHILDREN's ru_maxrss is the largest single reaped descendant (a pool worker).
        "largest_worker_maxrss_bytes": _maxrss_bytes(child_usage),
        "cpu_seconds_parent": self_usage.ru_utime + self_usage.ru_stime,
        "cpu_seconds_workers": child_usage.ru_utime + child_usage.ru_stime,
    }


def time_stage_cost(corpus: Path, sample: int) -> dict:
    """CPU time of the time stage (finding and resolving every sentence's time expressions)
    against the CPU time of the whole pipeline, on the first ``sample`` articles, in process."""
    from watchfloor.analyze.evaluate import documents_from
    from watchfloor.extract import build_context
    from watchfloor.pipeline import language_pipeline, process_documents
    from watchfloor.settings import load_settings
    from watchfloor.time import find_time_expressions

    settings = load_settings()
    nlp = language_pipeline(settings)
    documents = documents_from(sorted(corpus.glob("*.txt"))[:sample])
    process_documents(documents[:8], settings)  # warm caches before timing
    t = time.process_time()
    process_documents(documents, settings)
    pipeline_cpu = time.process_time() - t
    sentences = []
    for document in documents:
        ctx = build_context(document, nlp(document.text))
        sentences += [(s.text, document.anchor_for(s.start)) for s in ctx.sentences]
    t = time.process_time()
    for text, anchor in sentences:
        find_time_expressions(text, anchor)
    time_cpu = time.process_time() - t
    geo_cpu = place_stage_cpu(documents, nlp)
    return {
        "articles": len(documents),
        "sentences": len(sentences),
        "pipeline_cpu_ms_per_article": round(1000 * pipeline_cpu / len(documents), 2),
        "time_stage_cpu_ms_per_article": round(1000 * time_cpu / len(documents), 2),
        "time_stage_share": round(time_cpu / pipeline_cpu, 4),
        "place_stage_cpu_ms_per_article": round(1000 * geo_cpu / len(documents), 2),
        "place_stage_share": round(geo_cpu / pipeline_cpu, 4),
        "gazetteer_warm_load_seconds": gazetteer_load_seconds(),
    }


def place_stage_cpu(documents: list, nlp) -> float:
    """CPU seconds of the place stage (finding and resolving every place name) on parsed
    documents, with the gazetteer's lookup cache emptied first: the cost of a fresh process."""
    from watchfloor.extract.context import _dateline_spans
    from watchfloor.geo import gazetteer
    from watchfloor.geo.mentions import article_countries, find_places

    parsed = [(nlp(d.text), _dateline_spans(d.text)) for d in documents]
    gazetteer().candidates.cache_clear()
    t = time.process_time()
    for doc, datelines in parsed:
        article_countries(find_places(doc, datelines), doc)
    return time.process_time() - t


def gazetteer_load_seconds() -> float:
    """Seconds a new process takes to open the gazetteer (its index already built) and look a
    name up: the warm start every run pays."""
    code = (
        "import time; t = time.perf_counter(); from watchfloor.geo import gazetteer; "
        "gazetteer().candidates('Mosul'); print(time.perf_counter() - t)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # builds
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return round(float(done.stdout.strip()), 3)


def _host_busy_seconds() -> float | None:
    """CPU seconds spent busy by every process on the host so far (Linux), else None."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal ...: busy = all but idle and iowait
    busy = sum(fields[:8]) - fields[3] - fields[4]
    return busy / os.sysconf("SC_CLK_TCK")


def measure(corpus: Path, db: Path, workers: int, interval: float) -> dict:
    """Run one child, sampling its process tree's memory until it exits."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--corpus",
        str(corpus),
        "--db",
        str(db),
        "--workers",
        str(workers),
    ]
    # Files, not pipes: a child that logs a lot must never block on a full pipe.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        busy_before, own_before = _host_busy_seconds(), time.process_time()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, text=True)
        sampler = TreeSampler(proc.pid)
        # RSS every interval; new processes and PSS about once a second (they cost more).
        every = max(1, round(1.0 / interval))
        n = 0
        while proc.poll() is None:
            sampler.sample(full=n % every == 0)
            n += 1
            time.sleep(interval)
        process_seconds = time.perf_counter() - started
        busy_after, own_cpu = _host_busy_seconds(), time.process_time() - own_before
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    lines = [ln for ln in stdout.splitlines() if ln.startswith(RESULT_PREFIX)]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(stderr)
        raise SystemExit(f"benchmark child (workers={workers}) failed with code {proc.returncode}")
    result = json.loads(lines[-1][len(RESULT_PREFIX) :])
    result["process_seconds"] = process_seconds
    result["sampler_cpu_seconds"] = own_cpu
    # CPU that processes outside this benchmark used while it ran: when it is large, the
    # machine was shared and the wall times are not the code's alone.
    if busy_before is not None and busy_after is not None:
        ours = result["cpu_seconds_parent"] + result["cpu_seconds_workers"] + own_cpu
        result["other_cpu_seconds"] = max(0.0, busy_after - busy_before - ours)
    else:
        result["other_cpu_seconds"] = None
    result["log_lines"] = len(stderr.splitlines())
    getrusage_peak = max(result["parent_maxrss_bytes"], result["largest_worker_maxrss_bytes"])
    if sampler.peak_rss:
        # Samples can miss a short peak; the tree was never smaller than its largest process.
        result["peak_rss_bytes"] = max(sampler.peak_rss, getrusage_peak)
        result["peak_rss_source"] = f"sum over process tree ({sampler.source}, every {interval}s)"
    else:
        result["peak_rss_bytes"] = getrusage_peak
        result["peak_rss_source"] = "getrusage: max(parent, largest worker)"
    result["peak_pss_bytes"] = sampler.peak_pss or None
    result["peak_processes"] = sampler.peak_processes or None
    return result


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


def _mb(n: int | None) -> float | None:
    return None if n is None else round(n / 2**20, 1)


def print_table(rows: list[dict]) -> None:
    headers = [
        "workers",
        "articles",
        "words",
        "seconds",
        "model load s",
        "articles/s",
        "words/s",
        "peak RSS MB",
        "peak PSS MB",
        "parent MB",
        "worker MB",
        "events",
    ]
    body = [
        [
            str(r["workers"]),
            str(r["articles"]),
            str(r["words"]),
            f"{r['seconds']:.1f}",
            f"{r['model_load_seconds']:.1f}",
            f"{r['articles_per_second']:.2f}",
            f"{r['words_per_second']:.0f}",
            f"{r['peak_rss_mb']:.0f}",
            "-" if r["peak_pss_mb"] is None else f"{r['peak_pss_mb']:.0f}",
            f"{r['parent_maxrss_mb']:.0f}",
            "-" if not r["largest_worker_maxrss_mb"] else f"{r['largest_worker_maxrss_mb']:.0f}",
            str(r["events"]),
        ]
        for r in rows
    ]
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(headers)]
        print("  ".join(h.rjust(w) for h, w in zip(headers, widths, strict=True)))
        for b in body:
            print("  ".join(c.rjust(w) for c, w in zip(b, widths, strict=True)))
        return
    table = Table(title="watchfloor ingest throughput")
    for h in headers:
        table.add_column(h, justify="right")
    for b in body:
        table.add_row(*b)
    Console(width=max(shutil.get_terminal_size().columns, 140)).print(table)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    # 1,000 articles: a day of a busy feed, and enough that start-up (imports, model load, the
    # first batch) weighs as it does in a real ingest rather than dominating the figure
    parser.add_argument("--articles", type=int, default=1000, help="articles to generate")
    parser.add_argument("--words", type=int, default=600, help="words per article, about")
    parser.add_argument(
        "--workers",
        type=int,
        nargs="+",
        default=[1, 2],
        help="worker counts to measure, each in a fresh process and database",
    )
    parser.add_argument("--seed", type=int, default=0, help="corpus RNG seed")
    parser.add_argument(
        "--sample-interval",
        type=float,
        default=0.25,
        help="seconds between memory samples of the process tree",
    )
    parser.add_argument(
        "--keep", type=Path, default=None, help="write the corpus and databases here and keep them"
    )
    parser.add_argument(
        "--stage-sample",
        type=int,
        default=200,
        help="articles on which the time stage's share of the pipeline's CPU time is measured",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        result = run_child(args.corpus, args.db, args.workers[0])
        print(RESULT_PREFIX + json.dumps(result), flush=True)
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="watchfloor-bench-"))
    try:
        corpus_dir = work / "corpus"
        if corpus_dir.exists():
            shutil.rmtree(corpus_dir)
        t = time.perf_counter()
        corpus = generate_corpus(corpus_dir, args.articles, args.words, args.seed)
        print(
            f"corpus: {corpus['articles']} articles, {corpus['words']} words "
            f"({corpus['words'] / max(corpus['articles'], 1):.0f} per article), seed "
            f"{args.seed}, generated in {time.perf_counter() - t:.1f}s into {corpus_dir}",
            file=sys.stderr,
        )
        rows = []
        for workers in args.workers:
            db = work / f"bench-w{workers}.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            print(f"ingesting with workers={workers} ...", file=sys.stderr, flush=True)
            r = measure(corpus_dir, db, workers, args.sample_interval)
            row = {
                "workers": workers,
                "articles": corpus["articles"],
                "words": corpus["words"],
                "seconds": round(r["seconds"], 2),
                "model_load_seconds": round(r["model_load_seconds"], 2),
                "import_seconds": round(r["import_seconds"], 2),
                "ingest_seconds": round(r["ingest_seconds"], 2),
                "first_document_seconds": None
                if r["first_document_seconds"] is None
                else round(r["first_document_seconds"], 2),
                "process_seconds": round(r["process_seconds"], 2),
                "articles_per_second": round(corpus["articles"] / r["seconds"], 2),
                "words_per_second": round(corpus["words"] / r["seconds"], 1),
                "ingest_articles_per_second": round(corpus["articles"] / r["ingest_seconds"], 2),
                "peak_rss_mb": _mb(r["peak_rss_bytes"]),
                "peak_rss_source": r["peak_rss_source"],
                "peak_pss_mb": _mb(r["peak_pss_bytes"]),
                "peak_processes": r["peak_processes"],
                "parent_maxrss_mb": _mb(r["parent_maxrss_bytes"]),
                "largest_worker_maxrss_mb": _mb(r["largest_worker_maxrss_bytes"]),
                "cpu_seconds_parent": round(r["cpu_seconds_parent"], 1),
                "cpu_seconds_workers": round(r["cpu_seconds_workers"], 1),
                "sampler_cpu_seconds": round(r["sampler_cpu_seconds"], 1),
                "other_cpu_seconds": None
                if r["other_cpu_seconds"] is None
                else round(r["other_cpu_seconds"], 1),
                "stored": r["stored"],
                "skipped": r["skipped"],
                "events": r["events"],
            }
            rows.append(row)
            print(f"  {row['seconds']}s, {row['events']} events", file=sys.stderr, flush=True)
            other = row["other_cpu_seconds"]
            if other is not None and other > 0.1 * r["process_seconds"] * (os.cpu_count() or 1):
                print(
                    f"  warning: other processes used {other:.0f} CPU-seconds during this "
                    f"run ({other / r['process_seconds']:.1f} CPUs on average); its wall "
                    "time is inflated",
                    file=sys.stderr,
                    flush=True,
                )
        print_table(rows)
        if len({row["events"] for row in rows}) > 1:
            print(
                "warning: the worker counts stored different numbers of events from the same "
                "corpus",
                file=sys.stderr,
            )
        stages = time_stage_cost(corpus_dir, args.stage_sample)
        print(
            f"time stage: {stages['time_stage_cpu_ms_per_article']} ms CPU per article of "
            f"{stages['pipeline_cpu_ms_per_article']} for the whole pipeline "
            f"({100 * stages['time_stage_share']:.1f}%, {stages['articles']} articles in process)",
            file=sys.stderr,
        )
        print(
            f"place stage: {stages['place_stage_cpu_ms_per_article']} ms CPU per article "
            f"({100 * stages['place_stage_share']:.1f}% of the pipeline); gazetteer opened in "
            f"{stages['gazetteer_warm_load_seconds']} s on a warm start",
            file=sys.stderr,
        )
        import spacy

        from watchfloor import __version__

        report = {
            "benchmark": "throughput",
            "watchfloor": __version__,
            "spacy": spacy.__version__,
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "seed": args.seed,
            "words_per_article_target": args.words,
            "corpus_bytes": corpus["bytes"],
            "runs": rows,
            "stages": stages,
        }
        print(json.dumps(report))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
