"""Military operations told by constructions seen failing on unseen news: a counted number of
strikes ("carried out at least 15 strikes"), an operation owned by a possessive pronoun that
stands for a force ("the army pressed on with its offensive"), and an operation named only as
the condition of a threat ("if U.S. airstrikes continued"), which is no event."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


def _authority(record: dict) -> str:
    return " | ".join(a["name"] for a in record["actors"] if a["role"] == "authority").lower()


@pytest.mark.parametrize(
    ("text", "subtype", "force"),
    [
        (
            "Syrian warplanes carried out at least 15 strikes on the town after the pullout, "
            "activists said.",
            "airstrike",
            "warplanes",
        ),
        ("Iraqi jets carried out at least 20 strikes on the city on Tuesday.", "airstrike", "jets"),
        (
            "Russian aircraft conducted more than 30 strikes around Idlib on Monday, a monitor "
            "said.",
            "airstrike",
            "aircraft",
        ),
        (
            "Nigeria's army pressed on with its offensive against Boko Haram in Borno on Tuesday.",
            "offensive",
            "army",
        ),
        (
            "Pakistani troops pressed ahead with their offensive against militants in North "
            "Waziristan on Monday.",
            "offensive",
            "troops",
        ),
    ],
)
def test_counted_strikes_and_a_force_s_own_operation(analyse, text, subtype, force):
    [record] = _operations(analyse, text)
    assert record["subtype"] == subtype
    assert force in _authority(record)


@pytest.mark.parametrize(
    "text",
    [
        # an operation that is only the condition of a threat
        "The group warned that further hostages would be killed if U.S. airstrikes in Iraq "
        "continued.",
        "The militants threatened to attack Baghdad if American air strikes on their positions "
        "did not stop.",
        "The Islamic State said it would kill the captive unless French airstrikes in Iraq ended.",
        # the possessive pronoun is the group's, not a force's
        "The group has expanded its operations in Mozambique.",
        "Boko Haram stepped up its raids on villages in Borno on Monday.",
        # a plan, a denial
        "The army said it might carry out at least 15 strikes if talks failed.",
        "The coalition denied that its jets had carried out at least 10 strikes on the town.",
    ],
)
def test_no_operation_from_a_condition_or_a_group_s_own(analyse, text):
    assert [r for r in _operations(analyse, text) if r["certainty"] != "speculative"] == []
