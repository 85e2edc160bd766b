"""What is said of the person before the fate word ("who had run the branch since last
summer", "who planned the attack") does not make the fate history or a plan; a rumour of death
the parse hangs away from its noun is still dispelled; "no proof he was alive" shows nothing.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


ASIDES = [
    (
        "Ahmad Zubair, who had commanded the Pakistani Taliban's fighters in Swat since 2019, "
        "was killed in a drone strike on Tuesday, officials said.",
        "2022-11-15",
    ),
    (
        "Musa Kamara, the al-Shabaab commander who planned the Garissa attack, died in an "
        "American air strike on Monday.",
        "2022-11-14",
    ),
    (
        "The army said the Boko Haram commander Modu Sheriff had been wounded in the raid on "
        "Wednesday and had later died in hospital.",
        "2022-11-16",
    ),
]


@pytest.mark.parametrize(("text", "day"), ASIDES)
def test_an_aside_on_the_person_does_not_refuse_the_death(analyse, text, day):
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert record["date"]["start"] == day


NOT_DONE = [
    # the fate itself is a fear, whatever the aside says
    "Officials fear that Musa Kamara, an al-Shabaab commander who escaped in March, could be "
    "killed by his rivals.",
    # a death by illness after a wound is no fate the subtypes tell
    "The army said the Boko Haram commander Modu Sheriff had been wounded in the raid and had "
    "later died of cancer.",
    # nothing showed him alive
    "There has been no proof that Abubakar Shekau, the Boko Haram leader, is alive since a video "
    "in March.",
    "Officials said there was no evidence that the al-Shabaab commander Musa Kamara had been "
    "killed in the strike.",
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_fears_illness_and_missing_proof_give_no_fate(analyse, text):
    assert _fates(analyse, text) == []


def test_a_rumour_hung_away_from_its_noun_is_still_dispelled(analyse):
    text = (
        "Boko Haram released a video on Monday. The video appeared to end speculation, which had "
        "spread since an air strike in May, that its leader, Abubakar Shekau, had died."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "confirmed_alive"
    assert record["date"]["start"] == "2022-11-14"  # the video's day, not the strike's May


def test_a_death_said_after_speculation_is_a_death(analyse):
    text = (
        "The army said on Monday, after weeks of speculation, that the Boko Haram leader "
        "Abubakar Shekau had died in a raid."
    )
    [record] = _fates(analyse, text)
    assert record["subtype"] == "killed"
    assert "Abubakar Shekau" in actor_names(record, "subject")
