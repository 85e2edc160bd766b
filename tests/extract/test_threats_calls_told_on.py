"""Calls to attack told as the next thing a speaker did ("went on to urge ..."), by a release
named as the caller ("The latest issue urged ..."), restated after a comma ("..., a call that
officials took seriously"), or as a threat that someone "would be next" (``extract.threats``):
sentences that must and must not give a record, and the day the call takes."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 10)  # a Friday


def _calls(analyse, text: str) -> list[dict]:
    threats = records_of(analyse(text, PUBLISHED), "threat")
    return [r for r in threats if r["subtype"] == "call_to_attack"]


@pytest.mark.parametrize(
    "text",
    [
        # the call is the next thing done, not a plan
        "Abubakar Shekau praised the fighters who stormed the barracks and went on to urge "
        "his followers to kill soldiers in Borno.",
        "In the recording, Abu Omar al-Muhajir mourned the dead. Muhajir then proceeded to call "
        "on supporters to strike Jews and Christians in Europe.",
        # a sentence-initial surname the parse takes for a common noun, named in full before
        "Al-Shabaab's spokesman, Ali Mohamud Rage, spoke for 20 minutes in the audio. Rage went "
        "on to call on young Somalis to attack Kenyan troops.",
        # the call restated after a comma, with what others made of it
        "A channel run by Islamic State supporters urged followers to avenge the slain commander "
        "by attacking police stations, an appeal that counter-terrorism police said they were "
        "monitoring closely.",
        # a group warning who will be next
        "In its claim, the Islamic State said its fighters had shot the priest, and it warned "
        "that Christians across the region would be next.",
        # the release calls, in a participle listed with the one that claims
        "Al-Shabaab put out a statement on Sunday claiming the hotel siege and calling on "
        "Somalis abroad to strike Kenyan embassies.",
        # a speaker in a recording speaks for the group behind it
        "Ansarul Islam released a recording on Monday. In it, a speaker urged followers to "
        "burn down schools that teach in French.",
    ],
)
def test_a_call_told_on_is_found(analyse, text):
    assert _calls(analyse, text), "no call to attack"


@pytest.mark.parametrize(
    "text",
    [
        # the next thing done asks for no violence, or is denied
        "Abubakar Shekau went on to say that he had never called on anyone to kill civilians.",
        "Abubakar Shekau went on to urge his followers to pray for the dead.",
        # who someone is, not a call made
        '"He was the man who gave the orders for the operations in Kabul," the Taliban '
        "commander said of the slain Islamic State leader.",
        "Police arrested the preacher who urged young men to attack churches in 2017.",
        # restated call that is a call for calm
        "Islamic State supporters were told to stay calm, an appeal that analysts said was "
        "meant to avoid attacks on their mosques.",
        # a state's release that asks for no violence
        "The Nigerian army issued a statement on Friday claiming the raid and calling on "
        "residents to report suspicious movements.",
        # "next" said by no armed side, or not a threat
        "The interior minister said that Britain would be next to tighten its border rules.",
    ],
)
def test_no_call_from_these(analyse, text):
    assert _calls(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "In the video, X said ... X went on to call ...": the video's day, not the day told
        # inside what he said
        (
            "Al-Qaeda in the Arabian Peninsula released a video on Tuesday about its commander."
            "\n\nIn the 12-minute video, Khalid Batarfi said the commander died when a drone "
            "struck his car on Feb. 20. Batarfi went on to call on followers to attack American "
            "embassies.",
            "2023-03-07",
        ),
        # the release that calls, named as one told before with its own date
        (
            "Police linked the men to a new magazine of the Islamic State, whose first issue "
            "appeared on Telegram last month.\n\nThe 20-page issue called on Muslims in India to "
            "attack Hindus, investigators said.",
            "2023-02-01",
        ),
        # the release introduced in the call's own sentence, with its date
        (
            "In an audio recording that circulated on WhatsApp last week, a speaker for Ansarul "
            "Islam urged followers to attack any school that stayed open.",
            "2023-02-27",
        ),
    ],
)
def test_a_call_takes_the_day_of_its_release(analyse, text, start):
    calls = _calls(analyse, text)
    assert calls, "no call to attack"
    assert calls[0]["date"]["start"] == start, calls[0]["date"]
