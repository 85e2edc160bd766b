"""People counted as gone abroad to the war are the field's foreign fighters
(``extract.statistics._as_foreign_fighters``): "about 3,000 Tunisians have gone to fight in
Syria, Iraq and Libya" is "tunisians travelled to fight (foreign fighters)", the class named in
brackets after the words the sentence counts them by, and so are citizens fighting for or
joined to militant groups no one group names. Not local recruits, not those counted by the
group they fight with, and not a share. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 3, 2)
LEAD = "Gunmen attacked a police post near the border on Monday, officials said."


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(f"{LEAD} {text}", PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "About 3,000 Tunisians have gone to fight in Syria, Iraq and Libya, according to "
            "the interior ministry.",
            3000,
            "tunisians travelled to fight (foreign fighters)",
        ),
        (
            "Police estimate that about 500 Indonesians have travelled to Syria and Iraq.",
            500,
            "indonesians travelled to syria and iraq (foreign fighters)",
        ),
        # fighting with militant groups no one group names
        (
            "Officials estimate that about 2,900 Russian citizens are fighting for militant "
            "groups in Syria and Iraq.",
            2900,
            "russian citizens fighting for militant groups (foreign fighters)",
        ),
        (
            "Officials in Tashkent say about 500 Uzbek citizens have joined militant groups in "
            "Syria and Iraq.",
            500,
            "uzbek citizens joined militant groups (foreign fighters)",
        ),
    ],
)
def test_people_gone_abroad_to_the_war_are_foreign_fighters(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # local recruits
        (
            "The ministry said 1,200 young men joined militant groups in the province last year.",
            1200,
        ),
        # counted by the group they fight with, which names them
        ("About 700 Kenyans are fighting with al-Shabaab in Somalia, officials say.", 700),
    ],
)
def test_no_foreign_fighters_for_local_recruits_or_those_named_by_their_group(analyse, text, value):
    measure = _measures(analyse, text).get(value)
    assert measure is not None
    assert "foreign fighters" not in measure, measure


def test_a_share_of_those_gone_is_no_count_of_foreign_fighters(analyse):
    records = records_of(
        analyse(
            f"{LEAD} About 1,000 Belgians have travelled to fight in Syria, and nearly a third "
            "of them have come back, officials said.",
            PUBLISHED,
        ),
        kind="statistic",
    )
    measures = {r["measure"] for r in records}
    assert "belgians travelled to fight (foreign fighters)" in measures, measures
    assert not [m for m in measures if m.startswith("share of") and "foreign" in m], measures
