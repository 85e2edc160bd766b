"""Role fillers of attacks (the MUC-4 roles: perpetrator individuals and organisations,
targets, victims, weapons) read from lower-case wire copy, through the real pipeline, on
sentences written for these tests: each rule with texts that must and must not give a filler."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.analyze.evaluate_muc4 import document_templates, normalise

pytestmark = pytest.mark.slow


def _templates(analyse, text: str) -> list[dict]:
    return document_templates(analyse(text))


def _fillers(analyse, text: str, role: str) -> set[str]:
    return {normalise(m) for t in _templates(analyse, text) for e in t[role] for m in e}


def _attacks(analyse, text: str) -> list[dict]:
    return [
        r.data
        for r in analyse(text).records
        if r.kind == "event" and r.data.get("type") == "attack"
    ]


# --- names the lower-case parse breaks off ---------------------------------------------------


def test_a_name_the_parse_broke_off_is_read_whole(analyse):
    text = (
        "guerrilla urban commando units attacked the home of senate president ramiro "
        "alvarenga quiroga today at noon, killing a watchman."
    )
    assert "ramiro alvarenga quiroga" in _fillers(analyse, text, "Victim")


def test_a_name_stops_before_the_verb_after_it(analyse):
    text = "the assassination of bishop oscar mendez rivas took place in the cathedral."
    victims = _fillers(analyse, text, "Victim")
    assert not any("took" in v for v in victims)


# --- a retelling completes the attack told before ------------------------------------------------


def test_a_named_officer_hurt_in_the_retelling_is_a_victim(analyse):
    text = (
        "rebels attacked the town hall of la paz today. during the attack, national police "
        "officer mario perez lopez was seriously wounded."
    )
    [template] = _templates(analyse, text)
    assert ["mario perez lopez"] in template["Victim"]


def test_forces_hurt_by_name_alone_give_no_template(analyse):
    text = "rebels ambushed an army patrol near the border, and army sergeant pedro ramos vega was killed."
    assert _templates(analyse, text) == []


# --- perpetrators ------------------------------------------------------------------------------


def test_an_agent_of_a_verb_phrase_trigger_is_the_perpetrator(analyse):
    text = (
        "the former minister was riddled with bullets by three young individuals as he "
        "left his office."
    )
    assert "three young individuals" in _fillers(analyse, text, "PerpInd")


def test_a_band_named_only_by_its_group_keeps_the_name(analyse):
    text = "alleged shining path members murdered a family of farmers in the village on 3 june."
    assert _fillers(analyse, text, "PerpInd") == {"shining path members"}


@pytest.mark.parametrize(
    "text",
    [
        "no terrorist group has claimed responsibility for the bomb attack on the bank.",
        "a bomb exploded in the market, with more than 30 people injured.",
    ],
)
def test_no_one_and_the_hurt_are_no_perpetrators(analyse, text):
    assert _fillers(analyse, text, "PerpInd") == set()


def test_commandos_of_the_guerrilla_are_no_state_force(analyse):
    text = (
        "alleged guerrilla urban commandos launched two highpower bombs against a car "
        "dealership in the capital this morning."
    )
    [template] = _templates(analyse, text)
    assert template["PerpInd"] == [["guerrilla urban commandos"]]
    assert template["Target"] == [["car dealership"]]
    assert template["Weapon"] == [["highpower bombs"]]


@pytest.mark.parametrize(
    "text",
    [
        "army commandos stormed the rebel camp and killed 12 militants.",
        "militants hiding there were planning attacks on the office of the district police "
        "officer, police said after a raid in which six militants were killed.",
    ],
)
def test_state_forces_stay_state_forces(analyse, text):
    assert _attacks(analyse, text) == []


def test_a_thrower_is_the_perpetrator(analyse):
    text = "unidentified individuals hurled a molotov cocktail that exploded outside the bank."
    [template] = _templates(analyse, text)
    assert template["PerpInd"] == [["unidentified individuals"]]


def test_armed_individuals_are_attackers(analyse):
    text = "the attack was carried out by a group of armed individuals in a moving car."
    assert _attacks(analyse, text)


# --- explosives set, told in the passive ----------------------------------------------------------


def test_a_bomb_planted_by_someone_is_a_bombing(analyse):
    text = "witnesses said the bomb was planted by two individuals wearing masks, who fled."
    [template] = _templates(analyse, text)
    assert template["incident_type"] == "bombing"
    assert template["PerpInd"] == [["two individuals"]]


def test_a_charge_placed_is_judged_by_its_verb(analyse):
    text = "according to a witness, the dynamite charge was placed by a young man."
    [template] = _templates(analyse, text)
    assert template["Weapon"] == [["dynamite charge"]]


@pytest.mark.parametrize(
    "text",
    [
        "police recovered two bombs from a house in the old city.",
        "an smg, four pistols and fourteen improvised explosive devices were recovered from "
        "the hideout.",
        "the court ordered the police to stop the targeted killings in the city.",
    ],
)
def test_weapons_found_and_kinds_of_act_are_no_attack(analyse, text):
    assert [a for a in _attacks(analyse, text) if a.get("certainty") == "reported"] == []


# --- people hurt, in lists ----------------------------------------------------------------------


def test_the_injured_listed_with_their_ages_are_victims(analyse):
    text = (
        "a bomb exploded at a bus stop in the capital this morning. among the injured are "
        "luisa marin pardo, 31; tomas vela ruiz, 40; and two other people."
    )
    victims = _fillers(analyse, text, "Victim")
    assert {"luisa marin pardo", "tomas vela ruiz"} <= victims
    assert not any("people" in v for v in victims)


def test_names_listed_before_were_killed_are_victims(analyse):
    text = (
        "guerrillas raided the village of santa rosa last night. as a result of the raid, "
        "teodoro quispe ramos and mateo huaman soto were killed."
    )
    assert {"teodoro quispe ramos", "mateo huaman soto"} <= _fillers(analyse, text, "Victim")


def test_the_dead_identified_after_a_clause_are_victims(analyse):
    text = (
        "gunmen killed two students in the capital. the victims, whose bodies were found "
        "near the river, were identified as elena rojas paz and david soto mena."
    )
    assert {"elena rojas paz", "david soto mena"} <= _fillers(analyse, text, "Victim")


def test_a_person_described_then_identified_in_the_list_is_a_victim(analyse):
    text = (
        "guerrillas fired rockets at the airport yesterday. as a result of the attack, a "
        "farmer, identified as 62-year-old tomas quiroga vela, was killed."
    )
    assert "tomas quiroga vela" in _fillers(analyse, text, "Victim")


def test_the_hurt_named_after_including_and_a_nationality_are_victims(analyse):
    text = (
        "a bomb exploded at the bank branch, and two persons were seriously injured, "
        "including u.s. citizen karen wilde, 35."
    )
    assert "karen wilde" in _fillers(analyse, text, "Victim")


def test_the_wounded_identified_in_the_next_paragraph_are_victims(analyse):
    text = (
        "a car bomb exploded outside the party offices this morning.    the blast shook the "
        "whole district.    the wounded person was identified as luisa paredes mora."
    )
    assert "luisa paredes mora" in _fillers(analyse, text, "Victim")


@pytest.mark.parametrize(
    "text",
    [
        # past its paragraph, a list that is no identification by a definite head
        "a car bomb exploded outside the party offices this morning.    the blast shook the "
        "whole district.    among those at the meeting were luisa paredes mora and tomas vela.",
        # the one identified was arrested, not hurt
        "a car bomb exploded outside the party offices this morning.    the blast shook the "
        "whole district.    the arrested suspect was identified as luisa paredes mora.",
        # a description without a name after "called"
        "a bomb exploded at the bank branch, and two persons were injured, including a "
        "guard called in from the street.",
    ],
)
def test_people_who_are_not_named_as_hurt_are_no_victims(analyse, text):
    victims = _fillers(analyse, text, "Victim")
    assert "luisa paredes mora" not in victims
    assert not any("street" in v or "guard" in v for v in victims)


@pytest.mark.parametrize(
    "text",
    [
        "a bomb exploded in the market. the suspects, who were arrested, were identified as "
        "pedro gil arce and juan mora diaz.",
        "a bomb exploded in the market. castillo resisted, however, and was shot to death.",
    ],
)
def test_suspects_and_words_are_no_listed_victims(analyse, text):
    victims = _fillers(analyse, text, "Victim")
    assert "pedro gil arce" not in victims
    assert "castillo resisted" not in victims


# --- targets and weapons ----------------------------------------------------------------------


def test_a_possessive_and_a_rough_count_are_left_out_of_a_target(analyse):
    text = "urban guerrillas blew up at least three power pylons and burned his own pharmacy."
    targets = _fillers(analyse, text, "Target")
    assert "power pylons" in targets
    assert not any(t.startswith(("at least", "his")) for t in targets)


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("rebels detonated two bombs at a crowded bus terminal in the capital.", "bombs"),
        ("a 10-kg bomb went off at a branch of the central bank last night.", "10kg bomb"),
    ],
)
def test_a_weapon_is_named_without_its_count_but_with_its_size(analyse, text, weapon):
    assert weapon in _fillers(analyse, text, "Weapon")


# --- harm to things --------------------------------------------------------------------------------


def test_guerrillas_destroying_things_is_an_attack(analyse):
    text = "in the past few hours rebels have destroyed at least eight power pylons in the north."
    [template] = _templates(analyse, text)
    assert template["PerpInd"] == [["rebels"]]
    assert "power pylons" in {normalise(m) for e in template["Target"] for m in e}


@pytest.mark.parametrize(
    "text",
    [
        "the rebuilding of the 120 schools destroyed by militants in the district is complete.",
        "an official said the terrorists had destroyed 120 schools in the district.",
        "the floods destroyed 40 houses in the valley.",
    ],
)
def test_things_destroyed_told_as_background_or_by_no_one_are_no_attack(analyse, text):
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers massacred 30 villagers in a hamlet near the border on Tuesday, witnesses said.",
        "Members of an army battalion murdered six priests and their housekeeper at the "
        "university on Thursday.",
    ],
)
def test_civilians_massacred_by_state_forces_are_an_attack(analyse, text):
    result = analyse(text, date(2021, 6, 12))
    assert [r.data["type"] for r in result.records if r.kind == "event"] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Four farmers were killed on Monday night by uniformed men near the river.",
        "Two teachers and a nun were murdered at dawn by men wearing army uniforms.",
        "A trade unionist was shot dead on Sunday by individuals dressed in military uniform.",
    ],
)
def test_civilians_killed_by_men_known_by_their_uniform_are_an_attack(analyse, text):
    result = analyse(text, date(2021, 6, 12))
    assert "attack" in [r.data["type"] for r in result.records if r.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Uniformed men stopped every bus leaving the town on Monday and searched it.",
        "Men in uniform killed four guerrillas in a clash near the river on Monday.",
        "Four farmers were killed on Monday when their truck overturned near the river.",
    ],
)
def test_men_in_uniform_searching_or_killing_rebels_are_no_attack(analyse, text):
    result = analyse(text, date(2021, 6, 12))
    assert "attack" not in [r.data["type"] for r in result.records if r.kind == "event"]


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead three militants in a gunfight on Tuesday.",
        "An airstrike killed 12 civilians in the town on Tuesday, residents said.",
        "Troops killed five insurgents and arrested two civilians on Tuesday.",
    ],
)
def test_state_forces_killing_militants_or_striking_from_the_air_are_no_attack(analyse, text):
    result = analyse(text, date(2021, 6, 12))
    assert "attack" not in [r.data["type"] for r in result.records if r.kind == "event"]
