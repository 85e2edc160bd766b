"""The attack extractor through the real pipeline (spaCy, time, geo, extract, resolve) on short
texts written for these tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from helpers import attacks, last_weekday, perpetrators

pytestmark = pytest.mark.slow


@dataclass
class Case:
    text: str
    published: date | None
    subtypes: tuple[str, ...]
    killed: tuple | None = None  # (min, max) when the text states one
    wounded: tuple | None = None
    weapons: tuple[str, ...] = ()
    perpetrator: str | None = None
    country: str | None = None
    weekday: str | None = None  # "on <weekday>" in the text: resolved against publication
    extra: dict = field(default_factory=dict)


POSITIVE = {
    "is_ambush_11_troops": Case(
        "IS fighters ambushed an army patrol near Rutba in Anbar province, Iraq, on Sunday, "
        "killing 11 troops, a military officer said.",
        date(2020, 3, 10),
        ("ambush",),
        killed=(11, 11),
        perpetrator="Islamic State",
        country="IQ",
        weekday="Sunday",
    ),
    "car_bomb_intelligence_major": Case(
        "A car bomb killed an intelligence major as he left his home in Baqubah, Iraq, on "
        "Friday, police said.",
        date(2020, 3, 10),
        ("bombing",),
        killed=(1, 1),
        weapons=("vehicle_bomb",),
        country="IQ",
    ),
    "shepherds_found_shot": Case(
        "Villagers found the bodies of 21 shepherds, all shot dead, in the desert east of "
        "Palmyra, Syria, on Tuesday.",
        date(2020, 3, 10),
        ("mass_killing", "armed_assault"),
        killed=(21, 21),
        country="SY",
    ),
    "airliner_downed": Case(
        "A Russian airliner was downed over the Sinai Peninsula, Egypt, on Saturday, killing all "
        "224 people on board.",
        date(2015, 11, 2),
        ("other", "bombing", "armed_assault"),
        killed=(224, 224),
        country="EG",
        weekday="Saturday",
    ),
    "suicide_bombing": Case(
        "A suicide bomber blew himself up at a police checkpoint in Kandahar, Afghanistan, on "
        "Monday, killing four officers, officials said.",
        date(2021, 5, 12),
        ("suicide_bombing",),
        killed=(4, 4),
        weapons=("suicide_vest",),
        country="AF",
        weekday="Monday",
    ),
    "kidnapping": Case(
        "Gunmen kidnapped six aid workers on a road in Abyan province, Yemen, on Thursday, local "
        "officials said.",
        date(2022, 2, 14),
        ("kidnapping",),
        country="YE",
        weekday="Thursday",
    ),
    "beheading": Case(
        "Islamic State fighters beheaded five villagers in the Muidumbe district of Mozambique on "
        "Friday, residents said.",
        date(2020, 11, 10),
        ("execution",),
        killed=(5, 5),
        weapons=("knife",),
        perpetrator="Islamic State",
        country="MZ",
        weekday="Friday",
    ),
    "ramming": Case(
        "A man drove a van into pedestrians on a busy street in Toronto, Canada, on Monday, "
        "killing ten people.",
        date(2018, 4, 25),
        ("vehicle_ramming",),
        killed=(10, 10),
        weapons=("vehicle_ramming",),
        country="CA",
        weekday="Monday",
    ),
    "stabbing": Case(
        "A knifeman stabbed two police officers outside a station in Brussels, Belgium, on "
        "Wednesday.",
        date(2022, 11, 11),
        ("stabbing",),
        weapons=("knife",),
        country="BE",
        weekday="Wednesday",
    ),
    "arson": Case(
        "Maoist rebels set fire to six trucks and two excavators at a road construction site in "
        "Jharkhand, India, on Tuesday night.",
        date(2019, 6, 6),
        ("arson",),
        weapons=("incendiary",),
        perpetrator="Communist Party of India (Maoist)",
        country="IN",
    ),
    "hijacking": Case(
        "Gunmen hijacked a bus carrying 40 passengers on a highway in Balochistan, Pakistan, on "
        "Friday.",
        date(2021, 3, 10),
        ("hijacking",),
        country="PK",
        weekday="Friday",
    ),
    "drone_attack": Case(
        "Armed drones struck a graduation ceremony at a military academy in Homs, Syria, on "
        "Thursday, killing 89 people.",
        date(2023, 10, 6),
        ("drone_attack",),
        killed=(89, 89),
        weapons=("drone",),
        country="SY",
        weekday="Thursday",
    ),
    "rocket_attack": Case(
        "Militants fired five rockets at the airport in Kabul, Afghanistan, on Saturday morning, "
        "wounding three civilians.",
        date(2020, 11, 22),
        ("rocket_attack",),
        wounded=(3, 3),
        weapons=("rockets_artillery",),
        country="AF",
    ),
    "twin_car_bombs_at_least": Case(
        "Al-Shabaab militants detonated two car bombs at a busy junction in Mogadishu, Somalia, "
        "on Saturday, killing at least 100 people and wounding 300.",
        date(2022, 10, 31),
        ("bombing",),
        killed=(100, None),
        wounded=(300, 300),
        weapons=("vehicle_bomb",),
        perpetrator="al-Shabaab",
        country="SO",
        weekday="Saturday",
    ),
    "iswap_branch": Case(
        "ISWAP fighters attacked a military base in Borno state, Nigeria, on Monday, killing 14 "
        "soldiers.",
        date(2021, 3, 10),
        ("armed_assault",),
        killed=(14, 14),
        perpetrator="Islamic State West Africa Province",
        country="NG",
        weekday="Monday",
    ),
}


def _one_reported(result, case: Case):
    found = attacks(result)
    assert found, f"no reported attack in: {case.text}"
    assert len(found) == 1, [r.data["summary"] for r in found]
    return found[0]


@pytest.mark.parametrize("name", list(POSITIVE))
def test_reported_attack(analyse, name):
    case = POSITIVE[name]
    result = analyse(case.text, case.published)
    record = _one_reported(result, case)
    d = record.data
    assert d["subtype"] in case.subtypes
    if case.killed is not None:
        assert (d["killed"]["min"], d["killed"]["max"]) == case.killed
    if case.wounded is not None:
        assert (d["wounded"]["min"], d["wounded"]["max"]) == case.wounded
    for weapon in case.weapons:
        assert weapon in d["weapons"]
    if case.perpetrator is not None:
        assert case.perpetrator in perpetrators(record)
    if case.country is not None:
        assert d["location"] is not None and d["location"]["country_code"] == case.country
    if case.weekday is not None:
        day = last_weekday(case.published, case.weekday).isoformat()
        assert (d["date"]["start"], d["date"]["end"], d["date"]["precision"]) == (day, day, "day")
        assert case.weekday in d["date"]["text"]
    # every record rests on evidence from this very document
    document = result.document
    for source in record.sources:
        assert source.doc_id == document.id
        assert source.published == case.published.isoformat()
        for e in source.evidence:
            assert document.text[e.start : e.end] == e.text


def test_airliner_brought_down_in_the_passive(analyse):
    text = (
        "A Russian airliner was brought down over the Sinai Peninsula, Egypt, on Saturday, "
        "killing all 224 people on board."
    )
    [record] = attacks(analyse(text, date(2015, 11, 2)))
    assert record.data["killed"] == {"min": 224, "max": 224}


def test_drone_attack_on_a_military_ceremony(analyse):
    text = (
        "A drone attack on a military graduation ceremony in Homs, Syria, killed 89 people "
        "and wounded 277 on Thursday."
    )
    [record] = attacks(analyse(text, date(2023, 10, 6)))
    assert record.data["subtype"] == "drone_attack"
    assert record.data["killed"] == {"min": 89, "max": 89}


def test_kidnapping_counts_the_abducted(analyse):
    [record] = attacks(analyse(POSITIVE["kidnapping"].text, POSITIVE["kidnapping"].published))
    assert record.data["abducted"] == {"min": 6, "max": 6}


@pytest.mark.parametrize("alias", ["IS", "ISIS", "ISIL", "Daesh", "Islamic State"])
def test_every_spelling_of_islamic_state_is_one_canonical_name(analyse, alias):
    text = (
        f"{alias} militants ambushed a convoy near Deir ez-Zor, Syria, on Wednesday, killing "
        "nine soldiers."
    )
    [record] = attacks(analyse(text, date(2020, 3, 10)))
    perps = [a for a in record.data["actors"] if a["role"] == "perpetrator"]
    assert [a["canonical"] for a in perps] == ["Islamic State"]
    assert perps[0]["name"].split()[0] == alias.split()[0]  # as printed
    assert perps[0]["type"] == "armed_group"
    assert record.data["attribution"] in ("attributed", "claimed")


def test_branch_is_typed_as_branch(analyse):
    case = POSITIVE["iswap_branch"]
    [record] = attacks(analyse(case.text, case.published))
    [perp] = [a for a in record.data["actors"] if a["role"] == "perpetrator"]
    assert perp == {
        "name": "ISWAP",
        "canonical": "Islamic State West Africa Province",
        "role": "perpetrator",
        "type": "branch",
    }


def test_claim_in_a_later_sentence(analyse):
    text = (
        "A suicide bomber detonated an explosive vest at a funeral in Jalalabad, Afghanistan, "
        "on Tuesday, killing 15 mourners. The Islamic State claimed responsibility in a "
        "statement."
    )
    result = analyse(text, date(2021, 5, 13))
    [record] = attacks(result)
    d = record.data
    assert d["claimed_by"] == ["Islamic State"]
    assert d["attribution"] == "claimed"
    assert "Islamic State" in perpetrators(record)
    assert d["subtype"] == "suicide_bombing"
    assert d["killed"] == {"min": 15, "max": 15}
    # the claim sentence is evidence too
    texts = [e.text for e in record.sources[0].evidence]
    assert any("claimed responsibility" in t for t in texts)
    assert any("funeral" in t for t in texts)


def test_claim_by_a_branch_after_the_attack(analyse):
    text = (
        "Gunmen attacked a market in Gao, Mali, on Sunday, killing nine traders. The Islamic "
        "State Sahel Province later claimed responsibility."
    )
    [record] = attacks(analyse(text, date(2023, 4, 11)))
    assert record.data["claimed_by"] == ["Islamic State Sahel Province"]
    assert record.data["attribution"] == "claimed"


def test_claimed_the_attack(analyse):
    text = (
        "Gunmen attacked a market in Gao, Mali, on Sunday, killing nine traders. On Monday, "
        "the Islamic State Sahel Province claimed the attack in a statement."
    )
    records = attacks(analyse(text, date(2023, 4, 11)))
    assert len(records) == 1
    assert records[0].data["claimed_by"] == ["Islamic State Sahel Province"]
    assert records[0].data["attribution"] == "claimed"


def test_unclaimed_attack_has_no_claim(analyse):
    case = POSITIVE["suicide_bombing"]
    [record] = attacks(analyse(case.text, case.published))
    assert record.data["claimed_by"] == []
    assert record.data["attribution"] != "claimed"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Jan. 14", ("2020-01-14", "2020-01-14")),
        ("this past Wednesday", ("2020-01-22", "2020-01-22")),
        ("yesterday", ("2020-01-28", "2020-01-28")),
        ("last week", ("2020-01-20", "2020-01-26")),
    ],
)
def test_event_date_is_resolved_against_publication(analyse, expression, expected):
    text = (
        f"Daesh militants ambushed a patrol near Kirkuk, Iraq, {expression}, killing three "
        "policemen."
    )
    [record] = attacks(analyse(text, date(2020, 1, 29)))
    when = record.data["date"]
    assert (when["start"], when["end"]) == expected
    assert when["text"] in expression


def test_date_across_the_year_boundary(analyse):
    text = (
        "Islamic State militants ambushed a patrol near Kirkuk, Iraq, on Dec. 30, killing "
        "three policemen."
    )
    [record] = attacks(analyse(text, date(2020, 1, 5)))
    assert record.data["date"]["start"] == record.data["date"]["end"] == "2019-12-30"


def test_no_publication_date_gives_no_guessed_date(analyse):
    text = "Daesh gunmen attacked a checkpoint in Diyala province, Iraq, on Monday."
    [record] = attacks(analyse(text, None))
    when = record.data["date"]
    assert when is None or (when["start"] is None and when["end"] is None)
    assert record.sources[0].published is None


def test_undated_event_gets_the_reporting_window(analyse, settings):
    text = (
        "Militants beheaded a village chief in Cabo Delgado province, Mozambique, residents said."
    )
    published = date(2020, 4, 10)
    [record] = attacks(analyse(text, published))
    when = record.data["date"]
    assert when["end"] == published.isoformat()
    start = date.fromisoformat(when["start"])
    assert (published - start).days == settings.reporting_window_days
    assert when["text"] is None


def test_ages_are_not_casualty_counts(analyse):
    text = (
        "Gunmen shot dead a 24-year-old teacher outside a school in Peshawar, Pakistan, on Monday."
    )
    [record] = attacks(analyse(text, date(2022, 12, 8)))
    killed = record.data["killed"]
    assert killed is None or 24 not in (killed["min"], killed["max"])


def test_a_toll_in_the_next_sentence_completes_the_attack(analyse):
    text = (
        "A barrage of rockets struck the Afghan capital Kabul on Saturday morning, killing at "
        "least eight civilians, officials said. Another 31 people were wounded, a ministry "
        "spokesman said."
    )
    [record] = attacks(analyse(text, date(2020, 11, 21)))
    assert record.data["killed"] == {"min": 8, "max": None}
    assert record.data["wounded"] == {"min": 31, "max": 31}
    [source] = record.sources
    assert any("Another 31" in e.text for e in source.evidence)


def test_a_toll_after_a_separate_incident_marker_is_not_borrowed(analyse):
    text = (
        "Gunmen attacked a checkpoint in Diyala province, Iraq, on Monday, killing two "
        "policemen. Separately, 14 people were wounded in a traffic accident."
    )
    [record] = attacks(analyse(text, date(2021, 5, 4)))
    assert record.data["wounded"] is None


def test_attackers_killed_are_not_the_toll(analyse):
    text = (
        "Three militants were killed when a suicide bomber detonated his explosives near a "
        "checkpoint in Kalat, Pakistan, on Monday."
    )
    [record] = attacks(analyse(text, date(2021, 2, 3)))
    assert record.data["subtype"] == "suicide_bombing"
    assert record.data["killed"] is None


def test_an_attack_named_after_a_preposition_is_background(analyse):
    text = (
        "Two men armed with knives killed a priest in a church in Rouen, France, on Tuesday. "
        "The killing came less than two weeks after the truck attack in Nice, and radicals "
        "were blamed."
    )
    records = attacks(analyse(text, date(2016, 7, 27)))
    assert len(records) == 1
    assert records[0].data["location"]["name"] != "Nice"


def test_a_victim_shot_dead_by_assailants_is_counted(analyse):
    text = (
        "A party leader, Khan Gul, was shot dead by unidentified assailants in Quetta, "
        "Pakistan, on Monday."
    )
    [record] = attacks(analyse(text, date(2021, 7, 6)))
    assert record.data["killed"] == {"min": 1, "max": 1}


def test_a_state_drone_strike_told_in_a_relative_clause_is_not_an_attack(analyse):
    text = (
        "The coalition suspended joint missions for ten days after the American drone strike at "
        "Baghdad airport on Jan. 3 that killed an Iranian general."
    )
    assert attacks(analyse(text, date(2020, 1, 20))) == []


def test_no_one_hurt_gives_zero_casualties(analyse):
    text = (
        "A bomb exploded near a bus station in Kano, Nigeria, on Tuesday, but no one was "
        "hurt, police said."
    )
    [record] = attacks(analyse(text, date(2022, 2, 14)))
    assert record.data["killed"] == {"min": 0, "max": 0}
    assert record.data["wounded"] == {"min": 0, "max": 0}
    assert record.data["subtype"] == "bombing"


def test_summary_says_who_what_where(analyse):
    case = POSITIVE["is_ambush_11_troops"]
    [record] = attacks(analyse(case.text, case.published))
    summary = record.data["summary"]
    assert "Islamic State" in summary
    assert "ambush" in summary
    assert "11 killed" in summary
    assert "\n" not in summary


# --- must not be a reported attack ----------------------------------------------------------------

NEGATIVE = {
    "could_attack": "Officials warned that Islamic State fighters could attack polling stations "
    "in Kirkuk, Iraq, during the election.",
    "may_strike": "Security analysts said the militants may strike again in the coming weeks in "
    "northern Mozambique.",
    "plot_foiled": "Police in Vienna, Austria, said on Tuesday they had foiled a plot by three "
    "men to bomb a pride parade.",
    "plot_arrests": "Three teenagers were arrested on suspicion of planning an attack on a "
    "Christmas market in Leverkusen, Germany.",
    "planned_bombing_thwarted": "Authorities thwarted a planned bombing of a synagogue in Hagen, "
    "Germany, on Wednesday.",
    "spokesman_urges": "In an audio message released on Sunday, an Islamic State spokesman urged "
    "supporters to attack Christians and Jews in Europe and America.",
    "spokesman_calls": "An Islamic State spokesman called on followers to carry out attacks on "
    "Western targets during the holidays.",
    "hypothetical_if": "If the coalition withdraws, the jihadists would launch attacks on the "
    "villages around Mosul, a lawmaker said.",
    "denied": "Officials denied any attack took place at the base near Herat, Afghanistan, on "
    "Friday.",
    "no_blast": "Police said no blast had occurred near the checkpoint on Saturday.",
    "future_will": "The group said it will attack foreign troops in Afghanistan if they remain "
    "after May 1.",
    "future_will_2": "Militants will attack the capital if the talks fail, the spokesman warned.",
    "history_since": "France has been on high alert since the 2015 Paris attacks, which killed "
    "130 people.",
    "history_anniversary": "The anniversary of the 2016 truck attack in Nice was marked with a "
    "ceremony.",
    "airstrike_warplanes": "Government warplanes bombed rebel positions in Idlib, Syria, on "
    "Monday, killing 12 fighters.",
    "airstrike_coalition": "Coalition airstrikes hit Islamic State hideouts in the Hamrin "
    "mountains of Iraq on Monday, killing nine militants.",
    "airstrike_us": "The US military said an airstrike killed three al-Shabaab militants near "
    "Jilib, Somalia, on Sunday.",
    "troops_kill_militants": "Nigerian troops killed 23 Boko Haram militants in an operation "
    "near Maiduguri on Sunday, the army said.",
    "soldiers_kill_insurgents": "Soldiers killed six insurgents during a clash in Cabo Delgado, "
    "Mozambique, on Friday, the military said.",
    "security_forces_raid": "Pakistani security forces killed five militants in a raid in North "
    "Waziristan on Tuesday, the army said.",
    "threat_to_kill": "A spokesman for the group threatened to kill hostages unless the "
    "government released prisoners.",
}


@pytest.mark.parametrize("name", list(NEGATIVE))
def test_not_a_reported_attack(analyse, name):
    result = analyse(NEGATIVE[name], date(2021, 3, 6))
    reported = attacks(result)
    assert reported == [], [r.data["summary"] for r in reported]
    for record in attacks(result, certainty=None):
        assert record.data["certainty"] in ("speculative", "alleged")


@pytest.mark.parametrize(
    "name", ["could_attack", "spokesman_urges", "hypothetical_if", "future_will_2"]
)
def test_speculation_is_kept_as_speculative(analyse, name):
    """Warnings and calls may be stored, but only as speculative records."""
    result = analyse(NEGATIVE[name], date(2021, 3, 6))
    for record in attacks(result, certainty=None):
        assert record.data["certainty"] == "speculative"
        assert "speculative" in record.data["summary"]


def test_airstrike_on_militant_hideouts_is_not_an_attack(analyse):
    text = (
        "Iraqi F-16 jets carried out airstrikes on militant hideouts in the Hamrin mountains "
        "on Monday, killing nine suspected fighters."
    )
    assert attacks(analyse(text, date(2020, 1, 29))) == []


def test_attack_and_police_response_in_one_sentence_stays_an_attack(analyse):
    text = (
        "A man stabbed two passers-by near a mosque in Lyon, France, on Friday before police "
        "shot him dead."
    )
    [record] = attacks(analyse(text, date(2020, 9, 6)))
    assert record.data["subtype"] == "stabbing"


# --- role words, as printed (perp_individual, perp_org, target, victim, weapon) -------------------

ROLE_FIELDS = ("perp_individual", "perp_org", "target", "target_forces", "victim", "weapon")


def _role_words(record) -> dict[str, list[str]]:
    words: dict[str, list[str]] = {name: [] for name in ROLE_FIELDS}
    for f in record.sources[0].fields:
        if f.field in words:
            words[f.field].append(f.text)
    return words


ROLE_CASES = {
    "towers_blown_up": (
        "Urban guerrillas blew up two electricity towers in San Salvador on Monday, officials "
        "said.",
        {"perp_individual": ["Urban guerrillas"], "target": ["electricity towers"]},
    ),
    "minister_shot_dead": (
        "Former defence minister General Enrique Lopez Albujar was shot dead by three young men "
        "as he left his car in Lima, Peru, on Tuesday.",
        {"victim": ["Enrique Lopez Albujar"], "perp_individual": ["three young men"]},
    ),
    "car_bomb_newspaper": (
        "A car bomb exploded outside the offices of a daily newspaper in Bogota, Colombia, on "
        "Saturday, wounding four employees.",
        {"weapon": ["car bomb"], "target": ["offices of a daily newspaper"]},
    ),
    "lower_case_kidnapping": (
        "suspected rebels kidnapped mayor ricardo alfonso castellar on the outskirts of the town "
        "on 5 january.",
        {"perp_individual": ["rebels"], "victim": ["ricardo alfonso castellar"]},
    ),
    "members_set_fire": (
        "Members of the Shining Path set fire to the town hall of a village in Ayacucho, Peru, "
        "on Wednesday.",
        {
            "perp_individual": ["Members of the Shining Path"],
            "perp_org": ["Shining Path"],
            "target": ["town hall"],
        },
    ),
    "judge_shot_no_attacker_named": (
        "Judge Carlos Valencia Garcia was shot three times in the head in Bogota, Colombia, on "
        "Wednesday.",
        {"victim": ["Carlos Valencia Garcia"]},
    ),
}


@pytest.mark.parametrize("name", list(ROLE_CASES))
def test_role_words_as_printed(analyse, name):
    text, expected = ROLE_CASES[name]
    [record] = attacks(analyse(text, date(2021, 3, 10)))
    words = _role_words(record)
    for role, printed in expected.items():
        assert words[role] == printed, (role, words)


NO_ROLE_CASES = {
    # soldiers and patrols are armed forces, not targets or named victims
    "patrol_ambushed": (
        "Gunmen ambushed an army patrol near the border on Sunday, killing three soldiers.",
        ("target", "victim"),
    ),
    # a description is not a name, a place is not a target
    "peasants_killed": (
        "Two peasants were killed when a bomb exploded in the market of Ayacucho, Peru, on Friday.",
        ("victim",),
    ),
    "place_is_not_a_victim": (
        "A bomb exploded in San Salvador on Monday, causing no casualties.",
        ("victim", "target"),
    ),
    # "terrorist attack" says what kind of attack, not who did it
    "adjective_is_not_a_perpetrator": (
        "A terrorist attack killed a policeman in Lima, Peru, on Monday.",
        ("perp_individual", "victim"),
    ),
}


@pytest.mark.parametrize("name", list(NO_ROLE_CASES))
def test_no_role_words_where_none_is_printed(analyse, name):
    text, absent = NO_ROLE_CASES[name]
    [record] = attacks(analyse(text, date(2021, 3, 10)))
    words = _role_words(record)
    for role in absent:
        assert words[role] == [], (role, words)


def test_armed_forces_hit_are_kept_apart(analyse):
    [record] = attacks(analyse(NO_ROLE_CASES["patrol_ambushed"][0], date(2021, 3, 10)))
    assert _role_words(record)["target_forces"] == ["army patrol", "three soldiers"]


def test_the_article_group_fills_perp_org_of_an_unclaimed_attack(analyse):
    text = (
        "The FMLN announced a new offensive in the east of El Salvador on Monday. Guerrillas "
        "blew up a bus in San Miguel on Tuesday, officials said."
    )
    [record] = attacks(analyse(text, date(2021, 3, 10)))
    words = _role_words(record)
    assert words["perp_org"] == ["FMLN"]
    assert words["perp_individual"] == ["Guerrillas"]
    # only the words: the record's actors stay as the attack's own sentence tells them
    assert "Farabundo Marti National Liberation Front" not in perpetrators(record)


def test_a_later_sentence_adds_what_the_bomb_hit(analyse):
    text = (
        "A bomb exploded in downtown Cartagena, Colombia, on Friday night, injuring two "
        "people. The bomb seriously damaged a hotel and a restaurant."
    )
    [record] = attacks(analyse(text, date(2021, 3, 10)))
    assert _role_words(record)["target"] == ["hotel", "restaurant"]
    assert any("restaurant" in e.text for e in record.sources[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded today in a restaurant in Lima, Peru.",
        "The explosion of two bombs destroyed two cars in Medellin, Colombia, on Sunday.",
        "senator galan was murdered in soacha, colombia, on friday.",
    ],
)
def test_explosions_and_named_murders_are_attacks_without_an_attacker(analyse, text):
    assert len(attacks(analyse(text, date(2021, 3, 10)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # "killed" with only a name may be an accident
        "Senator Jorge Galan was killed in Soacha, Colombia, on Friday.",
        # bombs known from before, named in passing
        "The timer used in the bombs seized on Monday was the same as in the bombs exploded "
        "in Gandhi Maidan.",
        # plural "bomb attacks" in general
        "Crusaders are killing Muslims around the world with planes and bomb attacks.",
    ],
)
def test_no_attack_from_a_name_or_bombs_in_passing(analyse, text):
    assert attacks(analyse(text, date(2021, 3, 10))) == []


# --- role words and reports told inside reactions -------------------------------------------------


def _role_texts(record, field_name: str) -> list[str]:
    return [f.text for s in record.sources for f in s.fields if f.field == field_name]


def test_a_condemned_murder_with_its_victim_named_is_reported(analyse):
    text = (
        "the honduran government today condemned the murder of labor minister jose maria "
        "quintanilla in an attack perpetrated by presumed urban guerrillas."
    )
    [record] = attacks(analyse(text, date(1989, 4, 20)))
    assert _role_texts(record, "victim") == ["jose maria quintanilla"]
    assert "urban guerrillas" in _role_texts(record, "perp_individual")


def test_a_condemned_attack_told_without_details_stays_background(analyse):
    text = "the honduran government today strongly condemned the attack and the violence."
    assert attacks(analyse(text, date(1989, 4, 20))) == []


def test_the_possessor_of_a_murder_is_its_victim(analyse):
    text = "the strike of the lawyers began after senator pedro arango's murder by gunmen."
    [record] = attacks(analyse(text, date(1989, 8, 20)))
    assert _role_texts(record, "victim") == ["pedro arango"]
    assert _role_texts(record, "perp_org") == []


def test_a_bomb_explosion_is_an_attack(analyse):
    text = "the bomb explosion took place in a market of the city of cali last night."
    [record] = attacks(analyse(text, date(1989, 9, 2)))
    assert record.data["subtype"] == "bombing"


def test_an_explosion_alone_is_not_an_attack(analyse):
    text = "there was an explosion in a factory of the city of cali last night."
    assert attacks(analyse(text, date(1989, 9, 2))) == []


def test_an_accidental_blast_is_not_an_attack(analyse):
    text = "two workers were hurt in an accidental bomb blast at a quarry near cali on monday."
    assert attacks(analyse(text, date(1989, 9, 5)), certainty=None) == []


def test_a_bomb_that_destroyed_a_building_is_an_attack(analyse):
    text = "last night a bomb destroyed a branch of the popular savings bank in this city."
    [record] = attacks(analyse(text, date(1989, 9, 2)))
    assert record.data["subtype"] == "bombing"
    assert any("branch" in t for t in _role_texts(record, "target"))


def test_a_bomb_named_with_no_harm_is_not_an_attack(analyse):
    text = "the police said a bomb is the weapon most feared in the city."
    assert attacks(analyse(text, date(1989, 9, 2))) == []


def test_the_owner_of_a_home_attacked_is_a_victim(analyse):
    text = (
        "urban guerrillas attacked the home of senator ramon gomez in the capital "
        "yesterday, killing a guard."
    )
    [record] = attacks(analyse(text, date(1989, 11, 12)))
    assert "ramon gomez" in _role_texts(record, "victim")


def test_the_owner_of_a_newspaper_office_is_no_victim(analyse):
    text = "guerrillas dynamited the offices of the daily la prensa in the capital yesterday."
    [record] = attacks(analyse(text, date(1989, 11, 12)))
    assert _role_texts(record, "victim") == []


def test_an_unidentified_group_is_the_perpetrator(analyse):
    text = "the businessman was kidnapped yesterday in the city of cali by an unidentified group."
    [record] = attacks(analyse(text, date(1990, 2, 20)))
    assert _role_texts(record, "perp_individual") == ["unidentified group"]


def test_a_police_unit_is_no_band_of_attackers(analyse):
    text = "a police unit was attacked by guerrillas with rifles near the town yesterday."
    [record] = attacks(analyse(text, date(1990, 2, 20)))
    assert "police unit" not in _role_texts(record, "perp_individual")


def test_an_attempt_on_the_life_of_a_judge(analyse):
    text = (
        "a few minutes ago, gunmen made an attempt on the life of judge alberto gomez "
        "restrepo in bogota."
    )
    [record] = attacks(analyse(text, date(1989, 8, 16)))
    assert record.data["subtype"] == "assassination"
    assert _role_texts(record, "victim") == ["alberto gomez restrepo"]


def test_weapons_seized_are_not_the_attacks_weapons(analyse):
    text = (
        "guerrillas attacked a police post in the town with rifles yesterday, and the army "
        "later seized 40 grenades from them."
    )
    [record] = attacks(analyse(text, date(1989, 11, 20)))
    assert _role_texts(record, "weapon") == ["rifles"]


def test_a_name_described_by_an_office_in_apposition_is_a_victim(analyse):
    text = (
        "police reported today that rene paz, an immigration official, was shot dead by "
        "unidentified men in the capital."
    )
    [record] = attacks(analyse(text, date(1989, 8, 3)))
    assert _role_texts(record, "victim") == ["rene paz"]


def test_a_description_in_apposition_is_no_name(analyse):
    text = (
        "police reported today that two peasants, both farm workers, were shot dead by "
        "unidentified men in the capital."
    )
    [record] = attacks(analyse(text, date(1989, 8, 3)))
    assert _role_texts(record, "victim") == []


def test_an_organisation_referred_back_to_is_not_named(analyse):
    text = "members of the aforementioned organization placed a car bomb at the bank yesterday."
    [record] = attacks(analyse(text, date(1989, 9, 2)))
    assert _role_texts(record, "perp_org") == []


def test_an_organisation_named_by_its_words_is_the_perpetrator(analyse):
    text = "members of the revolutionary peasant front placed a car bomb at the bank yesterday."
    [record] = attacks(analyse(text, date(1989, 9, 2)))
    assert _role_texts(record, "perp_org") == ["revolutionary peasant front"]
