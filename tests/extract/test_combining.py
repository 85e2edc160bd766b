"""What ``extract.extract_mentions`` does with the extractors' mentions taken together: one view
of each clash, no attack read into a leader's death, no tally of a year read as one attack."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 12, 1)


def _events(analyse, text: str) -> list[tuple[str, str]]:
    result = analyse(text, PUBLISHED)
    return sorted((r.data["type"], r.data["subtype"]) for r in result.records if r.kind == "event")


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban confirmed on Saturday that their leader, Mullah Fazlullah, was "
        "killed in an American drone strike in Kunar province on Nov. 20.",
        "Hezbollah named a new secretary-general on Tuesday, weeks after its leader Hassan "
        "Nasrallah was killed in Beirut.",
    ],
)
def test_a_leaders_death_is_not_also_an_attack(analyse, text):
    events = _events(analyse, text)
    assert any(t == "leadership_change" for t, _ in events), events
    assert not any(t == "attack" for t, _ in events), events


def test_a_claimed_attack_that_killed_a_leader_stays(analyse):
    events = _events(
        analyse,
        "The Islamic State claimed a suicide bombing that killed Taliban commander Mullah "
        "Fazlullah at a mosque in Kunar province on Friday.",
    )
    assert ("attack", "suicide_bombing") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "ADF fighters killed more than 1,200 civilians in North Kivu and Ituri in 2021, the "
        "Kivu Security Tracker says.",
        "Boko Haram fighters abducted about 400 people in Borno state in 2020, aid groups said.",
    ],
)
def test_a_tally_over_a_year_is_not_one_attack(analyse, text):
    assert not any(t == "attack" for t, _ in _events(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        # one attack, dated only to its month, with a large toll: still one attack
        "ADF fighters killed more than 100 villagers in an attack on Lhubiriha in North Kivu "
        "last month, officials said.",
        # a small toll dated to a year is not a tally
        "Gunmen killed four soldiers in an ambush near Beni earlier this year, the army said.",
    ],
)
def test_single_attacks_with_vague_dates_stay(analyse, text):
    assert any(t == "attack" for t, _ in _events(analyse, text))


@pytest.mark.parametrize(
    "text",
    [
        "In an audio message released on Monday, the group's spokesman urged supporters in "
        "Europe to attack civilians with knives and cars.",
        "The Islamic State threatened to attack Russia in a video released on Wednesday.",
    ],
)
def test_a_call_to_attack_is_not_also_an_attack(analyse, text):
    events = _events(analyse, text)
    assert ("threat", "call_to_attack") in events, events
    assert not any(t == "attack" for t, _ in events), events


def test_an_attack_told_before_a_call_in_its_sentence_stays(analyse):
    events = _events(
        analyse,
        "Al-Shabaab fighters killed four soldiers in Mogadishu on Monday, and the group's "
        "spokesman urged its supporters to attack more troops.",
    )
    assert any(t == "attack" for t, _ in events), events


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        (
            "Afghan special forces raided a compound in Deh Bala district on Tuesday, killing "
            "12 fighters and detaining three, the Defence Ministry said.",
            3,
        ),
        (
            "Iraqi troops raided a hideout near Tikrit on Monday and arrested two suspected "
            "militants, the army said.",
            2,
        ),
    ],
)
def test_people_detained_in_a_raid_are_the_raid_s_not_a_second_record(analyse, text, arrested):
    result = analyse(text, PUBLISHED)
    events = [r.data for r in result.records if r.kind == "event"]
    assert [e["type"] for e in events] == ["military_operation"], events
    assert events[0]["arrested"]["min"] == arrested


def test_an_arrest_beside_a_raid_in_its_own_clause_stays(analyse):
    events = _events(
        analyse,
        "Police arrested four men in Kano on Tuesday, a day after soldiers raided a "
        "militant camp in the Sambisa forest.",
    )
    assert ("arrest", "arrest") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces recaptured several villages in Achin district in the first week of the "
        "offensive, officials said on Monday.",
        "Iraqi forces declared Fallujah fully recaptured from the Islamic State on Sunday, "
        "ending a five-week offensive.",
        "Mozambican troops backed by Rwandan forces recaptured the port of Mocimboa da Praia "
        "after an offensive on Sunday.",
    ],
)
def test_the_offensive_a_place_was_taken_in_is_its_setting(analyse, text):
    events = _events(analyse, text)
    assert [t for t, _ in events] == ["territorial_change"], events


def test_an_offensive_that_killed_people_beside_a_place_taken_stays(analyse):
    events = _events(
        analyse,
        "Government troops retook the town of Damasak on Monday in an offensive that killed "
        "more than 200 militants, the army said.",
    )
    assert ("territorial_change", "recaptured") in events or ("territorial_change", "captured") in events, events
    assert any(t == "military_operation" for t, _ in events), events
