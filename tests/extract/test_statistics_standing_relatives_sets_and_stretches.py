"""Statistics (``extract.statistics``): a relative clause in the present tells how things stand
whatever the clause it hangs from plans ("would wind down Operation Barkhane, which has about
5,100 troops"), unless it is a plan of its own; "one of N" counts the set someone belongs to
when N is more than a handful; acts "carried out against" a target over a stretch ("between
October 2023 and the truce") are a total, not one bout; people "now held" by a group are a
standing figure. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 10, 17)
LEAD = "The Houthis said on Thursday that their chief of staff had been killed. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The news comes a week after the president said France would wind down Operation "
            "Barkhane, which has about 5,100 troops in the Sahel.",
            5100,
            "troops",
        ),
        (
            "Madani is one of 40 Houthi leaders on a wanted list that Saudi Arabia published in "
            "2017.",
            40,
            "leaders",
        ),
        (
            "He was one of 19 bandit leaders for whom the military offered a reward in 2022.",
            19,
            "bandit leaders",
        ),
        (
            "The Houthis say they carried out 758 operations against Israel and shipping between "
            "October 2023 and the truce.",
            758,
            "operations",
        ),
        ("The United Nations says 53 of its staff are now held by the group.", 53, "staff held"),
    ],
)
def test_standing_relatives_sets_stretches_and_people_now_held(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plan told in the relative clause itself
        (
            "The attack alarmed investors in the gas fields, where energy companies plan to spend "
            "more than $30 billion.",
            30_000_000_000,
        ),
        # one picked out of a handful
        ("He was one of three men who drove the car to the border.", 3),
        # one bout aimed at a target
        ("The group carried out 12 attacks on the town on Tuesday.", 12),
    ],
)
def test_plans_handfuls_and_single_bouts_are_no_statistic(analyse, text, value):
    assert value not in _measures(analyse, text)


def test_claims_counted_over_a_week_are_a_tally(analyse):
    """A newsletter's claims over a week are counted however few, and the day the claim came
    out is not one incident's."""
    text = (
        "The Islamic State's weekly newsletter, al-Naba, last Thursday claimed seven attacks by "
        "its fighters in Mali and Niger in the previous week."
    )
    assert _measures(analyse, text).get(7) == "attacks claimed"


def test_a_few_attacks_claimed_on_a_day_are_no_tally(analyse):
    text = "The group on Thursday claimed three attacks on army posts near Menaka."
    assert 3 not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        # a share of each one of a kind is a rate of its own
        (
            "The group also takes a tenth of every harvest as zakat, the Islamic alms tax.",
            10,
            "share of harvest taken",
        ),
        # "as many as" before "N in ten"
        (
            "As many as seven in ten households depend on the cross-border trade, according to "
            "the traders' association.",
            70,
            "share of households",
        ),
    ],
)
def test_shares_of_each_one_and_n_in_ten(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_half_of_a_place_no_one_counts_is_no_share(analyse):
    assert 50 not in _measures(analyse, "Half of the old market was destroyed, residents said.")


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A government watchdog said the government controlled or influenced 57 percent of "
            "the country's districts in November.",
            57,
            "share of districts controlled or influenced",
        ),
        (
            "The government controls or influences about 56 percent of the country's districts, "
            "according to the watchdog.",
            56,
            "share of districts controlled or influenced",
        ),
        (
            "A provincial councillor said the insurgents now control or contest more than half "
            "of the province's 14 districts.",
            50,
            "share of districts controlled or contested",
        ),
    ],
)
def test_shares_controlled_or_contested_keep_both_verbs(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_share_controlled_alone_names_one_verb(analyse):
    text = "Gangs control about 85 percent of the capital, the U.N. said."
    assert "or" not in (_measures(analyse, text).get(85) or "or").split()


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "A council official said nearly three-fourths of the district's wards were now under "
            "its control.",
            75,
            "share of wards under its control",
        ),
        (
            "About 40 percent of the territory is outside state control, the report said.",
            40,
            "share of territory outside state control",
        ),
    ],
)
def test_a_share_under_or_outside_control_says_whose(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_share_under_no_control_keeps_its_bare_whole(analyse):
    text = "About 40 percent of the territory is under water after the floods, the report said."
    assert "control" not in (_measures(analyse, text).get(40) or "")
