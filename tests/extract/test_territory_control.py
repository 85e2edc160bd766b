"""Control taken told with how complete it is ("have taken full control of Sirte", "seized
total control of"), and a change dated only by a past year, which is history recalled in
passing ("took Sirte in the spring of 2015" in a later year's story). Sentences that must and
must not give a record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 12, 6)  # a Tuesday


def _changes(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event" and r.data["type"] == "territorial_change"
    ]


@pytest.mark.parametrize(
    ("text", "country", "role"),
    [
        (
            "Forces loyal to Libya's U.N.-backed government have taken full control of Sirte, "
            "officials said.",
            "LY",
            "authority",
        ),
        (
            "Islamic State fighters seized full control of the ancient city of Palmyra on "
            "Thursday.",
            "SY",
            "perpetrator",
        ),
        (
            "Al-Shabaab fighters took complete control of the town of Beledweyne on Monday, "
            "residents said.",
            "SO",
            "perpetrator",
        ),
        ("Iraqi troops regained full control of Falluja on Sunday.", "IQ", "authority"),
    ],
)
def test_full_control_taken(analyse, text, country, role):
    [record] = _changes(analyse, text)
    assert record["location"]["country_code"] == country
    assert any(a["role"] == role for a in record["actors"])


@pytest.mark.parametrize(
    "text",
    [
        "The army has not taken full control of Sirte, officials said.",
        "The army hopes to take full control of Sirte within weeks.",
        "Forces loyal to the government may have taken full control of Sirte, officials said.",
        # history: a change dated only by a year before the story's
        "The Islamic State took Sirte in the spring of 2015 and held it for more than a year.",
        "The militants captured Mosul in 2014 and held it for three years.",
    ],
)
def test_no_change_from_a_hedge_a_plan_or_history(analyse, text):
    assert _changes(analyse, text) == []


def test_a_change_dated_by_this_year_is_news(analyse):
    [record] = _changes(
        analyse, "Al-Shabaab fighters seized the town of Beledweyne in 2016, residents said."
    )
    assert record["subtype"] == "captured"


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters captured Ramadi, the capital of Iraq's Anbar province, on "
        "Sunday.",
        "Al-Shabaab fighters seized Baidoa, the capital of Bay region, on Monday.",
        "Iraqi forces recaptured Tikrit, the capital of Salahuddin province, on Monday.",
    ],
)
def test_a_place_described_as_a_capital_is_one_change(analyse, text):
    """The province in "Ramadi, the capital of Anbar province" says where Ramadi is; it is
    not a second place taken."""
    [record] = _changes(analyse, text)
    assert record["location"]["precision"] == "city"
