"""Operations the word lists missed, and ones not made:

- munitions sent by a force ("bombers and warships launched cruise missiles against targets",
  "the United States dropped the largest bomb in its arsenal"), a push into a town, an
  offensive a force presses or wages, an encampment overrun by troops, and an offensive by a
  self-governing region ("Puntland launched its offensive");
- not made: an operation only talked over ("governments have been discussing a military
  campaign"), strikes counted since a month ("630 air strikes since July"), a strike in a
  quote that names no force, and the standing mission troops serve under ("troops in the Sahel
  under its Barkhane operation")."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "Hours later, Russian long-range bombers and warships launched cruise missiles against "
        "Islamic State targets in Raqqa, the defence ministry said.",
        "The navy fired missiles at rebel positions on the coast on Monday.",
        "On Tuesday the United States dropped the largest non-nuclear bomb in its arsenal on a "
        "tunnel complex in Achin district.",
        "The final push into the old city began on Monday, when troops crossed the river.",
        "Philippine troops pressed an offensive against Abu Sayyaf on Jolo on Tuesday, a day "
        "after the militants beheaded a hostage.",
        "Troops backed by helicopter gunships overran an Abu Sayyaf encampment near the town of "
        "Sumisip on Tuesday.",
        "Puntland launched its offensive against the group in late May, sending troops into "
        "the mountains.",
        "The army launched air strikes on the camp on Friday after the governor asked for help.",
    ],
)
def test_operations_told_give_one(analyse, text):
    assert len(_operations(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Western governments have been discussing a broader military campaign against the group.",
        "Washington is weighing air strikes on the camps.",
        # asked for, not made
        "On Saturday, the government asked members of the Arab League to carry out air strikes "
        "against the group's positions in the city.",
        "The government appealed on Friday for air strikes against the militants in the city.",
        "The coalition said it had carried out more than 630 air strikes around the city since "
        "March.",
        '"The bombing campaign was already under way," he said.',
        "France has about 4,500 troops in the Sahel under its Barkhane operation.",
        "Militants fired rockets at the air base on Monday.",
        "Two suicide bombers detonated explosives near the police station on Monday.",
        "Islamic State drones dropped bombs on army positions on Monday.",
        "The Islamic State launched its offensive on the town on Monday.",
    ],
)
def test_no_operation_made_gives_none(analyse, text):
    assert _operations(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman said a joint force had been sent after the attackers, and the army said its "
        "soldiers had killed four fighters in a clash near the town on Sunday.",
        "Officials said the attackers had fled north, and troops later killed six insurgents in "
        "a gunfight in the forest on Tuesday.",
    ],
)
def test_a_killing_by_a_force_beside_another_clauses_attack_is_an_operation(analyse, text):
    assert len(_operations(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The gunman was shot dead by police after he opened fire on shoppers.",
        "Police shot dead the attacker who stabbed two people at the station on Monday.",
        "Afghan special forces pushed into the city overnight and raised the flag.",
    ],
)
def test_an_attack_ended_by_police_or_a_bare_push_gives_no_operation(analyse, text):
    assert _operations(analyse, text) == []
