"""What a country lost (``extract.statistics``): "Britain lost 104 soldiers in Sangin" counts the
country's losses over its campaign there, a statistic; losses told of one incident ("in the
ambush") stay that incident's detail, and a group or a person losing people is no country's
tally. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, date(2017, 3, 24)), kind="statistic"))


def test_a_countrys_losses_are_a_tally(analyse):
    text = "Denmark lost 37 soldiers in Helmand before handing the district to British forces."
    assert _measures(analyse, text).get(37) == "soldiers killed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nigeria lost 12 soldiers in the ambush near Monguno on Friday.", 12),
        ("The commander lost 14 men in the fighting for the bridge.", 14),
    ],
)
def test_losses_of_an_incident_or_of_no_country_are_no_tally(analyse, text, value):
    assert value not in _measures(analyse, text)
