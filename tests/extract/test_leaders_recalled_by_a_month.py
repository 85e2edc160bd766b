"""A leader's death or capture dated by one month gone months before the story is history
recalled in passing ("Its old rival's leader died in May" in a November story), unless the
sentence tells it as said now ("was also killed in January ..., the White House said"); a
rumour or a post taken, and last month's news, stay. Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 11, 16)
LEAD = (
    "MAIDUGURI, Nigeria, Nov. 16, 2021 — Islamic State fighters killed a brigadier general "
    "and three soldiers in an ambush near Askira on Saturday, the army said.\n\n"
)


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), "leadership_change")


@pytest.mark.parametrize(
    "text",
    [
        "Its old rival's leader, Abubakar Shekau, died in May after Islamic State fighters "
        "cornered him in the Sambisa forest.",
        "Hakimullah Mehsud, the movement's previous leader, was killed by an American drone "
        "in July.",
    ],
)
def test_a_death_dated_by_a_month_long_gone_is_history(analyse, text):
    assert _fates(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Abu Musab al-Barnawi, the group's former leader, was also killed in August in a "
        "separate operation near Lake Chad, the army said on Monday.",
        "Abu Musab al-Barnawi, the group's former leader, was killed in an air strike near Lake "
        "Chad last month, the army said.",
    ],
)
def test_a_death_told_as_said_now_or_last_month_stays(analyse, text):
    assert [r["subtype"] for r in _fates(analyse, text)] == ["killed"]
