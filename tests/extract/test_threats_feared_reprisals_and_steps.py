"""Threats (``extract.threats``): warnings of what attackers may do ("militants might try to
retaliate", "the faction could strike processions"), protective steps told as a participle
("a curfew imposed on Friday remains in force") or as a ban on motorbikes, the place and date
of a second warning in one sentence, and calls asking to "go after" or "fight" a named enemy
or to carry out "more" of an attack just praised."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 6, 10)  # a Friday


def _threats(analyse, text: str, subtype: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "threat" and r.data["subtype"] == subtype
    ]


def _speakers(record: dict) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == "speaker"]


# --- warnings of the attackers' reprisals ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canada's embassy in Kabul cautioned its nationals on Tuesday that jihadists could "
        "retaliate for the killing of their commander.",
        "The Australian High Commission told Australians in Nairobi on Monday that al-Shabaab "
        "might seek to retaliate for the air strikes and urged them to restrict their "
        "movements.",
        "On Thursday the interior ministry warned regional police that the faction could try "
        "to strike pilgrims during the festival.",
        "The national counter terrorism authority warned provincial governments on Wednesday "
        "that the outlawed group might target churches over the holidays.",
        # a killing the attackers may try is what the warning is about, not an attack told
        "The army's regional command warned local officials on Monday that the group's "
        "remaining fighters might try to kill those who had surrendered.",
    ],
)
def test_warning_of_what_attackers_may_do(analyse, text):
    assert len(_threats(analyse, text, "official_warning")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the warner's own force threatened: a deterrent, not an alert
        "The defence ministry warned the rebels on Monday that the army would retaliate "
        "against any attack on its bases.",
        "The government warned its neighbour on Tuesday that any incursion would meet swift "
        "retaliation.",
        # the attack verb's doer is the warner's side
        "The foreign ministry warned on Wednesday that the air force would strike the camps again.",
        "The army warned the rebels on Monday that its troops would kill anyone who attacked "
        "the base.",
    ],
)
def test_threatened_reprisal_by_the_warner_is_no_warning(analyse, text):
    assert _threats(analyse, text, "official_warning") == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Embassy told its staff on Thursday to limit their movements around the "
        "capital after the bombing.",
        "Britain's Foreign Office advised its citizens in the country on Monday to restrict "
        "travel to essential trips.",
    ],
)
def test_advice_to_limit_movements_is_a_warning(analyse, text):
    assert len(_threats(analyse, text, "official_warning")) == 1


def test_advice_to_limit_spending_is_no_warning(analyse):
    text = "The finance ministry told its staff on Thursday to limit their spending this year."
    assert _threats(analyse, text, "official_warning") == []


# --- protective steps --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A night-time curfew imposed on Tuesday remained in force in three districts of the "
        "province.",
        "The curfew declared by the governor on Wednesday is still in place across the city.",
        "The governor of Borno banned motorcycles in four districts on Monday to stop "
        "insurgents moving between villages.",
        "Authorities in the Tillaberi region prohibited the use of motorbikes on Thursday, "
        "citing repeated jihadist raids.",
        "The regional governor ordered motorbikes off the roads on Sunday to stop the "
        "movement of fighters.",
        "The government sent 3,000 additional soldiers to the capital on Monday to guard "
        "embassies and hotels.",
        "The interior ministry deployed extra police to the southern towns on Tuesday to "
        "protect churches.",
    ],
)
def test_protective_step_is_a_warning(analyse, text):
    assert len(_threats(analyse, text, "official_warning")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The curfew declared in the spring was lifted on Monday.",
        "Officials eased the night curfew in the old city on Thursday.",
        "A curfew imposed during the uprising was lifted years ago.",
        "The city council banned motorbikes from the ring road on Monday to cut traffic jams.",
        "The delivery company ordered forty motorbikes for its couriers on Tuesday.",
        "The army sent more troops to the north on Monday to attack rebel positions.",
        "The retailer sent extra guards to its warehouse on Monday to protect its stock.",
    ],
)
def test_ended_step_or_no_authority_is_no_warning(analyse, text):
    assert _threats(analyse, text, "official_warning") == []


# --- two warnings in one sentence --------------------------------------------------------------


def test_second_warning_takes_the_first_one_s_country_and_its_own_day(analyse):
    text = (
        "The U.S. Embassy urged Americans on Tuesday to leave Lebanon on the first available "
        "flight, and Canada told its citizens to leave on Wednesday."
    )
    found = _threats(analyse, text, "official_warning")
    assert len(found) == 2
    assert {r["location"]["country_code"] for r in found} == {"LB"}
    assert sorted(r["date"]["start"] for r in found) == ["2022-06-07", "2022-06-08"]


def test_deadline_inside_the_advice_is_not_its_day(analyse):
    text = "The Foreign Office told British nationals on Monday to leave the country by Friday."
    [found] = _threats(analyse, text, "official_warning")
    assert found["date"]["start"] == "2022-06-06"


def test_place_of_another_act_listed_with_the_warning_is_not_its_place(analyse):
    text = (
        "The president declared a state of emergency across Mali on Friday night and cut "
        "short a visit to Chad."
    )
    [found] = _threats(analyse, text, "official_warning")
    assert found["location"]["country_code"] == "ML"


# --- calls to attack ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In an audio message on Tuesday, the Islamic State's spokesman urged supporters to go "
        "after Christians in Europe.",
        "Al-Shabaab's leader called on its fighters on Monday to fight the Kenyan troops "
        "wherever they find them.",
        "In a video released on Sunday, al-Shabaab hailed the mall assault and called on "
        "Muslims in Kenya to stage similar ones.",
        "Boko Haram praised the bombing in a statement on Wednesday and urged its supporters "
        "to carry out more.",
        "The Islamic State on Monday released a recording in which a masked fighter urged "
        "Muslims in France to attack police officers.",
    ],
)
def test_call_to_attack_a_named_enemy_or_more_of_the_same(analyse, text):
    assert len(_threats(analyse, text, "call_to_attack")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Abu Bakr al-Baghdadi urged fighters in Mosul on Monday to fight to the death.",
        "Boko Haram urged its fighters on Monday to fight on.",
        "The president urged the army on Monday to fight the insurgents.",
        "The coach urged his players on Monday to carry out more training.",
        "The Islamic State praised the attack on Monday and urged followers to carry out more "
        "checks on their phones.",
        "Police released a video in which officers urged residents to report attacks.",
    ],
)
def test_no_call_to_attack(analyse, text):
    assert _threats(analyse, text, "call_to_attack") == []


def test_caller_is_not_the_group_it_asks_to_attack(analyse):
    text = (
        "A suicide bomber struck a mosque used by Houthi supporters in the capital on Friday, "
        "and the Islamic State said its men had carried out the blast. A statement posted "
        "online in the name of the group's local branch said four of its men had carried out "
        "the bombings, and told followers to go after Houthi fighters wherever they could "
        "find them."
    )
    found = _threats(analyse, text, "call_to_attack")
    assert found
    assert "Houthis" not in _speakers(found[0])


# --- warnings of what armed men may do, whatever else the clause names -----------------------


@pytest.mark.parametrize(
    "text",
    [
        # "traffic" makes no road notice of it when militants are the ones who may act
        "The Jammu divisional administration warned on Tuesday that militants might target "
        "pilgrim traffic and ordered buses to travel only in escorted convoys.",
        "The army's regional command warned miners on Sunday that armed gang members were still "
        "hiding in the surrounding hills.",
        "The U.N. mission warned on Tuesday that rebels were moving towards the camps.",
    ],
)
def test_a_warning_of_what_armed_men_may_do(analyse, text):
    assert _threats(analyse, text, "official_warning")


def test_a_traffic_notice_is_no_warning(analyse):
    text = "Police warned on Tuesday that heavy traffic might delay pilgrims heading to the shrine."
    assert not _threats(analyse, text, "official_warning")
