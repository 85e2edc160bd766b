"""A commander named only by a one-word nickname that "known as" puts in quotes
(``extract.leaders``): "troops had captured a dissident commander known as "Pelusa"" is a
capture of Pelusa; a one-word name given without quotes to a man of no post stays no leader.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 9, 3)  # a Friday
LEAD = "The navy seized cocaine belonging to the Alfonso Cano Western Bloc on Tuesday.\n\n"


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), "leadership_change")


def test_commander_named_by_a_quoted_nickname(analyse):
    text = (
        "The army said on Thursday that troops had captured a dissident commander known as "
        '"Gato", who ran the bloc\'s shipments, in a raid outside Tumaco on Wednesday night.'
    )
    fates = _fates(analyse, text)
    assert [f["subtype"] for f in fates] == ["captured"]
    assert "Gato" in actor_names(fates[0], "subject")


def test_a_man_of_no_post_is_no_leader(analyse):
    assert _fates(analyse, 'Police arrested a man known as "Flaco" on Wednesday.') == []


def test_a_mai_mai_commander_captured_is_a_leader_captured(analyse):
    """The Mai-Mai militias are a known armed group, so one of their commanders is a leader."""
    text = (
        "The army said on Thursday that it had captured a Mai-Mai commander who goes by the "
        'name "Mandefu" in the city\'s Vulindi neighbourhood.'
    )
    fates = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert [f["subtype"] for f in fates] == ["captured"]
    assert "Mai-Mai" in actor_names(fates[0])
