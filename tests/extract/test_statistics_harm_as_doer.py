"""A toll whose killing verb has a kind of act for its subject keeps that act in its measure
(``extract.statistics``): "Maoist violence killed 183 people last year" counts people killed in
violence, "air strikes have killed more than 1,700 people" people killed in strikes; so do strikes
counted or named ("the three strikes since May had killed 38 fighters"), told before a relative
clause ("30 drone strikes, which it said killed 90 people") or before a killing participle
("carried out 300 drone strikes, killing 2,000 people"; "struck its camps a dozen times,
killing 120 people"). A group or
a force as the subject is the toll's actor, not part of what is counted. Sentences written for
this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 6, 1)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "According to the Home Ministry, Maoist violence killed 183 people last year.",
            183,
            "people killed in violence",
        ),
        (
            "Air strikes have killed more than 1,700 people in the Eastern Ghouta since September.",
            1700,
            "people killed in strikes",
        ),
        # a range the parse reads as "between" hung on the verb is still its object
        (
            "The institute estimates that American drone strikes have killed between 2,500 and "
            "3,600 people since 2004.",
            2500,
            "people killed in strikes",
        ),
        (
            "The monitor says the air force has carried out more than 300 drone strikes in the "
            "region since 2010, killing between 1,900 and 2,700 people.",
            1900,
            "people killed in strikes",
        ),
        (
            "Jets have struck the group's camps in the valley at least a dozen times since "
            "January, killing more than 120 people, the monitor said.",
            120,
            "people killed in strikes",
        ),
        (
            "The monitor counted at least 30 suspected drone strikes in the north last year, "
            "which it said killed more than 90 people.",
            90,
            "people killed in strikes",
        ),
        (
            "The command said the three strikes since May had killed 38 fighters in all.",
            38,
            "fighters killed in strikes",
        ),
        (
            "Clashes between rival gangs have killed at least 300 inmates this year.",
            300,
            "inmates killed in clashes",
        ),
    ],
)
def test_kind_of_act_as_doer_stays_in_the_measure(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_group_as_doer_is_no_kind_of_act(analyse):
    text = "Boko Haram has killed more than 20,000 people since 2009, according to UN figures."
    assert _measures(analyse, text).get(20000) == "people killed"


def test_a_killing_after_an_act_of_no_harm_keeps_the_bare_measure(analyse):
    text = (
        "The army has held more than 40 meetings with elders since January, while militants "
        "killed more than 120 people in the district."
    )
    assert "strikes" not in (_measures(analyse, text).get(120) or "")
