"""Official warnings told as the precaution an authority asks for (``extract.threats``): keep
staff out of camps or inside guarded areas, keep a distance from a coast, stay close to
shelters, stop moving staff by road, follow protection rules, prepare for attacks; told by
civil-defence offices, refugee commissioners, naval missions and the centres that advise
ships, to camp managers, companies and crews. Advice of no precaution, and advice by analysts,
gives no record. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 20)  # a Saturday


def _warnings(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [
        r.data
        for r in result.records
        if r.kind == "event"
        and r.data["type"] == "threat"
        and r.data["subtype"] == "official_warning"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "State police told camp managers in Bama on Friday to prepare for further attacks "
        "and to keep aid staff inside guarded areas after dark.",
        "The security ministry told mining companies on Monday to stop moving staff by road "
        "in the north until further notice.",
        "The office of the refugee relief and repatriation commissioner told aid agencies on "
        "Thursday to keep their staff out of the camps after dark.",
        "The Home Front Command on Wednesday told residents of towns near the border to stay "
        "close to shelters.",
        "A maritime security centre told ships on Monday to keep at least 200 nautical miles "
        "from the coast.",
        "On Tuesday, Atalanta warned ships in the Somali Basin that pirates were operating far "
        "off the coast and urged crews to follow the industry's protection rules.",
    ],
)
def test_precaution_an_authority_asks_for_is_a_warning(analyse, text):
    assert len(_warnings(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The ministry told mining companies on Monday to pay their taxes by June.",
        "Analysts told aid agencies on Thursday to keep their staff out of the camps after dark.",
    ],
)
def test_advice_of_no_precaution_or_by_no_authority_is_no_warning(analyse, text):
    assert _warnings(analyse, text) == []
