"""An operation and the leader's death (or capture) it brought, told in one sentence, are one
moment: when one of the two records is dated by its own words and the other only by the day the
news was given, both take the own day."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 1)  # a Wednesday


def _events(analyse, text: str) -> dict[str, list[dict]]:
    result = analyse(text, PUBLISHED)
    out: dict[str, list[dict]] = {}
    for r in result.records:
        if r.kind == "event":
            out.setdefault(r.data["type"], []).append(r.data)
    return out


@pytest.mark.parametrize(
    "text",
    [
        # the operation dated by the announcement, the death by a later sentence
        "Taliban security forces have killed Jalal Haidari, a senior commander of the Islamic "
        "State's Afghan branch, in a raid on a house in western Kabul, a spokesman said on "
        "Tuesday. Haidari died late on Monday in the shootout, the spokesman said.",
        "Mozambican troops have killed Ali Mussa, the most senior commander of the Islamic "
        "State in Cabo Delgado, in a raid, the defence ministry said on Tuesday. Mussa died "
        "on Monday in a firefight near the village of Mbau, the ministry said.",
        # the death dated by the announcement, the strike by a later sentence
        "Abu Hamid al-Iraqi, the Islamic State's deputy leader, was killed in an air strike in "
        "western Iraq, the prime minister announced on Tuesday. The U.S. military said its "
        "aircraft had killed him and another militant on Monday.",
    ],
)
def test_the_strike_and_the_death_it_brought_share_their_day(analyse, text):
    events = _events(analyse, text)
    told = events.get("military_operation", []) + events.get("leadership_change", [])
    days = {e["date"]["start"] for e in told}
    assert events.get("military_operation") and events.get("leadership_change")
    assert days == {"2023-02-27"}


def test_a_strike_of_another_day_keeps_its_own_date(analyse):
    text = (
        "Troops killed Abu Saad, a senior Islamic State commander, in a raid on Monday, the army "
        "said on Tuesday. On Saturday, jets bombed Islamic State caves in the Hamrin mountains, "
        "killing seven fighters."
    )
    events = _events(analyse, text)
    days = sorted(e["date"]["start"] for e in events.get("military_operation", []))
    assert "2023-02-25" in days
