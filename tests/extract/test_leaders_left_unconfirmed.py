"""A death told and then, later in the same sentence, said never to have been confirmed ("...,
but his death was never confirmed", "..., though this has not been verified") is a rumour; a
death the group goes on to confirm, or a later doubt about something else, leaves the killing.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 9, 9)  # a Friday


def _subtypes(analyse, text: str) -> list[str]:
    return sorted(r["subtype"] for r in records_of(analyse(text, PUBLISHED), "leadership_change"))


LEFT_UNCONFIRMED = [
    "The army said on Tuesday that Mokhtar Belmokhtar, the leader of al-Mourabitoun, had been "
    "killed in an air strike, but his death was never confirmed.",
    "The government announced in June that Mokhtar Belmokhtar, the leader of al-Mourabitoun, had "
    "died in an American air strike near Ajdabiya, though this has not been verified.",
]


@pytest.mark.parametrize("text", LEFT_UNCONFIRMED)
def test_a_death_never_confirmed_is_a_rumour(analyse, text):
    assert _subtypes(analyse, text) == ["rumoured_dead"]


STILL_A_KILLING = [
    "The army said on Tuesday that Mokhtar Belmokhtar, the leader of al-Mourabitoun, had been "
    "killed in an air strike, and the group confirmed his death on Thursday.",
    "The army said on Tuesday that Mokhtar Belmokhtar, the leader of al-Mourabitoun, had been "
    "killed in an air strike, but it did not confirm how many fighters died with him.",
]


@pytest.mark.parametrize("text", STILL_A_KILLING)
def test_a_confirmed_death_or_another_doubt_leaves_the_killing(analyse, text):
    assert _subtypes(analyse, text) == ["killed"]
