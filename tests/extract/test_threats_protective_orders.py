"""Official warnings (``extract.threats``) told as protective orders: curfews, school
closures, leaflets telling civilians to keep indoors; and calls to attack in the present
perfect that name no day and no message (what a leader has said over time)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 3, 3)  # a Wednesday


def _threats(analyse, text: str, subtype: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "threat" and r.data["subtype"] == subtype
    ]


def _authority(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "authority"]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The state government imposed a dusk-to-dawn curfew in Maiduguri on Monday after "
            "insurgents shelled the city.",
            "state government",
        ),
        (
            "The governor ordered all secondary schools in Zamfara closed on Tuesday after "
            "gunmen abducted dozens of pupils.",
            "governor",
        ),
        (
            "The army dropped leaflets over the besieged district on Monday telling civilians "
            "to stay in their homes and keep away from militant positions.",
            "army",
        ),
        (
            "The Afghan air force dropped leaflets over the valley on Tuesday urging residents "
            "to stay indoors during the operation against the Taliban.",
            "Afghan air force",
        ),
    ],
)
def test_protective_order_is_a_warning(analyse, text, authority):
    found = _threats(analyse, text, "official_warning")
    assert len(found) == 1
    assert authority in _authority(found[0])


@pytest.mark.parametrize(
    "text",
    [
        # closures for health, or by a school itself for a holiday, are no security warning
        "The health ministry ordered all schools closed on Monday because of the virus outbreak.",
        # militants telling people to stay inside is not an authority's warning
        "The militants told civilians to stay inside their homes on Monday.",
        # a curfew lifted is no new warning
        "A curfew imposed after the riots was lifted on Tuesday.",
    ],
)
def test_no_warning(analyse, text):
    assert _threats(analyse, text, "official_warning") == []


def test_habitual_call_in_the_perfect_is_not_coded(analyse):
    text = (
        "The group's emir, Abu Salih al-Yamani, has urged Muslims in Europe to carry out "
        "attacks, and the group claimed a 2015 shooting in Paris."
    )
    assert _threats(analyse, text, "call_to_attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State's spokesman has urged followers in a new audio message to attack "
        "Christians in Europe.",
        "The Islamic State's spokesman urged followers on Monday to attack Christians in Europe.",
    ],
)
def test_call_with_a_day_or_a_message_is_coded(analyse, text):
    assert len(_threats(analyse, text, "call_to_attack")) == 1
