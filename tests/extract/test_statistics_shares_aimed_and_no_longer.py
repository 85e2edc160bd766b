"""Shares told by whom the acts were aimed at, and by what can no longer be done
(``extract.statistics``): "nearly half of the claimed attacks were aimed at checkpoints" is a
share of attacks aimed at checkpoints, not an aim still to be carried out, and "three-fourths
of the roads can no longer be used" is the roads' state now, not a possibility. Plans and
possibilities still give no figure. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 3)
LEAD = "Militants attacked an army post near Gashua on Friday, the army said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(f"{LEAD} {text}", PUBLISHED), kind="statistic"))


def test_a_share_of_attacks_aimed_at_someone_keeps_the_target(analyse):
    found = _measures(
        analyse,
        "The monitor says nearly three-fourths of the group's attacks this year have been aimed "
        "at soldiers rather than civilians.",
    )
    # "aimed" says nothing without whom; the others set apart are no part of it
    assert found.get(75) == "share of attacks aimed at soldiers", found


def test_a_share_of_bombs_aimed_at_a_long_target_keeps_all_of_it(analyse):
    found = _measures(
        analyse,
        "About 60 percent of the bombs it recorded in the region were aimed at army or police "
        "vehicles.",
    )
    assert found.get(60) == "share of bombs aimed at army or police vehicles", found


def test_what_can_no_longer_be_done_is_a_state(analyse):
    found = _measures(
        analyse,
        "The observatory estimates that nearly three-fourths of the roads in the region can no "
        "longer be used without an escort.",
    )
    assert found.get(75) == "share of roads no longer used", found


@pytest.mark.parametrize(
    "text",
    [
        # an aim still to be reached, a possibility, a plan
        "The group aims to recruit 500 fighters in the region this year.",
        "Officials fear that 400 more families could be forced from their homes.",
        "Nearly half of the roads could be closed if the rains continue, engineers said.",
    ],
)
def test_an_aim_or_a_possibility_is_no_figure(analyse, text):
    found = _measures(analyse, text)
    assert not {500, 400, 50} & set(found), found
