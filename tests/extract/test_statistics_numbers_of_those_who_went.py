"""Statistics (``extract.statistics``): "the number of Tunisians who went to fight in Syria"
counts people who travelled, with what they went for, and those of them who "have come home"
returned; a number of people who went nowhere in particular is counted by the noun alone.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 9, 9)
LEAD = "Police arrested seven people in Sousse, officials said. "


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(LEAD + text, PUBLISHED), kind="statistic"))


def test_the_number_of_those_who_went_to_fight_and_came_home(analyse):
    text = (
        "Official figures put the number of Tunisians who went to fight in Syria, Iraq and Libya "
        "at about 3,000, and some 800 of them have come home."
    )
    measures = _measures(analyse, text)
    assert measures.get(3000) == "tunisians travelled to fight (foreign fighters)"
    assert measures.get(800) == "tunisians returned"


def test_the_number_of_those_who_went_to_court_is_no_journey(analyse):
    text = "Officials put the number of Tunisians who went to court over the ban at about 3,000."
    assert "travelled" not in _measures(analyse, text).get(3000, "")
