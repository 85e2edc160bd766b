"""Operations the gold does not code, and strikes it does although a guess is near them:

- guesses, plans and promises give no record ("the operation would continue", "the army could
  launch raids"), but a strike told as where a guessed death happened ("may have been killed in
  an air strike on Friday") was made, and is coded;
- a raid in which police arrest people is the arrest's story, not an operation, also when the
  raid's verb carries the arrest ("raided four mosques, detaining 30 people"); soldiers who
  "arrested" or "detained" people in raids made arrests; a raid by soldiers that "captured" or
  "seized" someone stays an operation, as does one that seized a place;
- "the Joint Operations Command", "operations chief": a name, not an operation;
- a governing group's forces ("Taliban security forces") carry out operations;
- strikes dated only by a past year, history told as what was said years ago, and an operation
  told in a clause that dates another event ("after his predecessor was killed in a strike")
  are background.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _records(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the offensive would go on until the province was cleared.",
        "Officials warned that the army could launch new raids in the hills next month.",
        "The president praised the operation and said the troops would keep pursuing the "
        "remaining commanders.",
        "Analysts said further air strikes might follow if the talks fail.",
    ],
)
def test_guesses_plans_and_promises_give_no_operation(analyse, text):
    assert _records(analyse, text, "military_operation") == []


@pytest.mark.parametrize(
    "text",
    [
        "A senior commander may have been among those killed in air raids near the border "
        "on Tuesday night, local sources said.",
        "The ministry said it was checking whether the group's leader was among those killed "
        "when its warplanes bombed a meeting south of the city on Monday.",
        "Residents said the local emir might have died in a drone strike on his car on Wednesday.",
    ],
)
def test_a_strike_where_a_guessed_death_happened_is_coded(analyse, text):
    records = _records(analyse, text, "military_operation")
    assert len(records) == 1
    assert records[0]["certainty"] == "reported"


def test_a_strike_that_could_kill_is_still_a_guess(analyse):
    text = "Aid groups said civilians could be killed in air strikes if the offensive widens."
    assert _records(analyse, text, "military_operation") == []


@pytest.mark.parametrize(
    "text",
    [
        "Police on Monday arrested four men in raids in two districts of the capital.",
        "Belgian police on Friday captured the suspect in a raid on a flat in the city's north.",
        "Detectives detained a 30-year-old man during a dawn raid on his home on Tuesday.",
        "Police have captured the man suspected of the shooting, ending a week-long manhunt "
        "with a raid on a house in the suburbs on Monday.",
        "Police raided three mosques on Monday that they said had been used as weapons stores by "
        "the militants, detaining more than 30 people.",
        "On Tuesday, soldiers and police raided two farms near the town and detained nine people.",
        "Special forces arrested a man they called the cell's financier in a raid in the border "
        "district on Monday, the agency said.",
    ],
)
def test_a_police_raid_that_only_arrests_is_an_arrest(analyse, text):
    assert _records(analyse, text, "military_operation") == []
    assert len(_records(analyse, text, "arrest")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Government forces captured the militant commander in a dawn raid on his compound "
        "on Monday.",
        "Soldiers seized two fighters in a night raid on a village on Tuesday, the army said.",
    ],
)
def test_a_soldiers_raid_that_takes_prisoners_is_a_raid(analyse, text):
    records = _records(analyse, text, "military_operation")
    assert [r["subtype"] for r in records] == ["raid"]
    assert _records(analyse, text, "arrest") == []


def test_a_storming_that_seized_a_district_is_no_arrest(analyse):
    text = "Government troops stormed the town on Monday and seized its eastern districts."
    assert _records(analyse, text, "arrest") == []


def test_a_police_raid_that_kills_is_a_raid(analyse):
    text = "Police shot dead one suspect and arrested two others in a raid on Tuesday."
    assert len(_records(analyse, text, "military_operation")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Operations Command said on Monday that the border crossing had reopened.",
        "Taliban officials say a top Islamic State operations chief has fled to Pakistan.",
    ],
)
def test_an_operations_name_is_no_operation(analyse, text):
    assert _records(analyse, text, "military_operation") == []


@pytest.mark.parametrize(
    "text",
    [
        "Taliban security forces killed two Islamic State fighters in a raid on a house in "
        "Kabul on Sunday, the Taliban government's spokesman said.",
        "Taliban security forces raided an Islamic State hideout in Kunar on Tuesday.",
    ],
)
def test_a_governing_groups_forces_make_operations(analyse, text):
    records = _records(analyse, text, "military_operation")
    assert len(records) == 1
    assert all(a["role"] != "target" or "Taliban" not in a["name"] for a in records[0]["actors"])


def test_special_operations_forces_still_make_operations(analyse):
    text = "U.S. special operations forces carried out an operation against the group near the "
    text += "border on Tuesday, the Pentagon said."
    assert len(_records(analyse, text, "military_operation")) == 1


def test_militants_raid_is_still_no_operation(analyse):
    text = "Taliban fighters raided a police post in Ghazni on Sunday, officials said."
    assert _records(analyse, text, "military_operation") == []


@pytest.mark.parametrize(
    "text",
    [
        "Africa Command conducted 63 air strikes in Somalia last year, according to its count.",
        "The defence ministry said in June 2021 that the leader might have been killed in a "
        "Russian air strike near the city.",
    ],
)
def test_background_strikes_give_no_record(analyse, text):
    assert _records(analyse, text, "military_operation") == []


def test_a_strike_dating_another_event_with_a_day_of_its_own_is_coded(analyse):
    text = "The attack came two days after troops killed five militants in a raid on Monday."
    assert len(_records(analyse, text, "military_operation")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The fighters swore loyalty to the new leader, a show of continuity after his "
        "predecessor died in a U.S. raid last month.",
        "The group named a new chief on Monday, weeks after his predecessor was killed in an "
        "American drone strike on June 12.",
    ],
)
def test_a_recent_strike_dating_another_event_is_coded(analyse, text):
    assert len(_records(analyse, text, "military_operation")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "He rose to lead the faction after troops killed its founder in a raid last November.",
        "The cell regrouped in the hills, months after soldiers raided its old camp.",
    ],
)
def test_an_old_operation_dating_another_event_is_background(analyse, text):
    assert _records(analyse, text, "military_operation") == []
