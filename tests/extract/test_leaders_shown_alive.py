"""A leader shown alive "in the recording" takes the day the article gives the message (a
video released on Sunday), and "he" reaches back past a sentence that names no one to the
leader whose fate the article told, but not to a speaker or out of a quotation. Sentences
written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _fates(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "leadership_change")


def _alive(records: list[dict]) -> list[dict]:
    return [r for r in records if r["subtype"] == "confirmed_alive"]


SHOWN_ALIVE = [
    (
        "Boko Haram released a video on Sunday in which its leader, Abubakar Shekau, mocks the "
        "army. Early in the recording he says that he is alive and well.",
        "2022-11-13",
    ),
    (
        "The army said in August that an air strike had fatally wounded Abubakar Shekau, the Boko "
        "Haram leader. The video, released on Sunday, shows Shekau standing beside a truck. He "
        "speaks in Hausa for forty minutes. Early in the recording he declares that he is alive.",
        "2022-11-13",
    ),
    (
        "On Tuesday the Islamic State published an audio message attributed to its leader, Abu "
        "Bakr al-Baghdadi. In the message he says he is alive and mocks his enemies.",
        "2022-11-15",
    ),
]


@pytest.mark.parametrize(("text", "day"), SHOWN_ALIVE)
def test_shown_alive_in_a_message_takes_the_message_s_day(analyse, text, day):
    [record] = _alive(_fates(analyse, text))
    assert record["date"]["start"] == day


def test_he_does_not_reach_back_to_a_speaker(analyse):
    text = (
        "Troops killed three militants near Bama on Monday. Spokesman Abubakar Shekau said on "
        "Tuesday that the group would fight on. The statement was posted online. Rumours that he "
        "had died circulated for weeks."
    )
    assert _fates(analyse, text) == []


def test_he_in_a_quotation_does_not_reach_back(analyse):
    text = (
        "The army said on Monday that Abubakar Shekau, the Boko Haram leader, had been killed in "
        'a raid. Zainab Bello, an analyst, said the claim was plausible. "The group will split. '
        'His death changes everything," she said.'
    )
    records = _fates(analyse, text)
    assert len(records) == 1
    assert "Abubakar Shekau" in actor_names(records[0], "subject")
