"""Operations told as the time of another event ("became chief after his predecessor was killed
in a drone strike last November") are background, even when the parser reads "after" as a
preposition; and a strike "around the town" is in the town named before, not in the country of
the force that made it."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2014, 10, 16)  # a Thursday


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "Mansur became the group's leader after his predecessor, Abu Talha, was killed in an "
        "American drone strike last November.",
        "Latif took over the faction after its founder, Qari Zia, was killed in a Pakistani "
        "air strike last December.",
        "The branch chose a new emir after its chief, Abu Bakr Shekau, was killed in a raid by "
        "Nigerian troops in January.",
    ],
)
def test_an_operation_told_as_the_time_of_a_succession_is_background(analyse, text):
    assert _operations(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani jets pounded militant hideouts in the Tirah valley on Tuesday, killing at "
        "least 21 insurgents, the military said.",
        "The new leader was named on Wednesday, a day after American drones struck a compound "
        "in North Waziristan on Tuesday, killing six fighters.",
    ],
)
def test_an_operation_told_as_news_stays(analyse, text):
    assert len(_operations(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels pressed their assault on the town of al-Bab in northern Syria. Turkish "
        "warplanes struck 15 targets around the town on Tuesday, killing 30 militants, the army "
        "said.",
        "Iraqi troops closed in on the city of Tal Afar. American jets bombed positions inside "
        "the city on Tuesday, killing 12 fighters, the coalition said.",
    ],
)
def test_a_strike_around_the_town_named_before_is_there(analyse, text):
    strikes = [op for op in _operations(analyse, text) if op["subtype"] == "airstrike"]
    assert strikes
    assert strikes[0]["location"]["country_code"] in ("SY", "IQ")
    assert strikes[0]["location"]["country_code"] not in ("TR", "US")
