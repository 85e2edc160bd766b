"""Places (``extract.placing``): "in the Syrian town of Atmeh", a settlement the gazetteer
may not know, is that town in the country of the people's adjective before it."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 3, 21)


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


def test_unknown_town_placed_by_its_nationality(analyse):
    text = (
        "Fighting in Iraq has slowed this year. The Islamic State said its former spokesman, Abu "
        "Khalid al-Iraqi, had died during a U.S. raid on his hideout in the Syrian village "
        "of Qaryat Zirwan on Feb. 3."
    )
    for kind in ("leadership_change", "military_operation"):
        [event] = _events(analyse, text, kind)
        assert event["location"]["country_code"] == "SY"
        assert event["location"]["name"] == "Qaryat Zirwan"


def test_nationality_town_outside_the_event_is_not_its_place(analyse):
    text = (
        "Abu Khalid al-Iraqi, the Islamic State's spokesman, who was born in the Syrian "
        "village of Qaryat Zirwan, was killed in a U.S. raid on Feb. 3."
    )
    [fate] = _events(analyse, text, "leadership_change")
    assert (fate["location"] or {}).get("name") != "Qaryat Zirwan"
