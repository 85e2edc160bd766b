"""Calls to attack and official warnings (``extract.threats``): sentences that must and must
not give a record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 6)  # a Saturday


def _threats(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "threat"]


def _actors(record: dict, role: str) -> list[tuple[str, str]]:
    return [(a["canonical"] or a["name"], a["type"]) for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "speaker", "targets", "day"),
    [
        (
            "The Islamic State spokesman urged supporters on Sunday to attack Jews and "
            "Christians in Europe.",
            ("Islamic State", "armed_group"),
            ["Jews", "Christians", "Europe"],
            "2024-06-30",
        ),
        (
            "In an audio message released on Tuesday, al-Shabaab called for attacks on Kenyan "
            "forces.",
            ("al-Shabaab", "branch"),
            ["Kenyan forces"],
            "2024-07-02",
        ),
        (
            "Abu Bakr al-Baghdadi called on his followers to carry out attacks in Saudi Arabia "
            "and Turkey.",
            ("Abu Bakr al-Baghdadi", "person"),
            ["Saudi Arabia", "Turkey"],
            None,
        ),
        # the message's group is named in the sentence before
        (
            "Islamic State released a new video on Monday. The video urged supporters to target "
            "Christmas markets.",
            ("Islamic State", "armed_group"),
            ["Christmas markets"],
            "2024-07-01",
        ),
    ],
)
def test_a_call_to_attack_is_recorded(analyse, text, speaker, targets, day):
    [record] = _threats(analyse, text)
    assert record["subtype"] == "call_to_attack"
    assert record["certainty"] == "reported"
    assert _actors(record, "speaker") == [speaker]
    assert record["targets"] == targets
    assert [name for name, _ in _actors(record, "target")] == targets
    if day is not None:
        assert record["date"]["start"] == day


def test_the_date_of_the_attacks_called_for_is_not_the_date_of_the_call(analyse):
    [record] = _threats(
        analyse, "Al-Shabaab called on Tuesday for attacks on Kenyan forces during Christmas."
    )
    assert record["date"]["start"] == "2024-07-02"


def test_a_call_names_no_quoted_words_as_targets(analyse):
    [record] = _threats(
        analyse,
        'Abu Bakr al-Baghdadi called on his fighters on Wednesday "to destroy the cities of '
        'the unbelievers".',
    )
    assert record["subtype"] == "call_to_attack"
    assert "targets" not in record
    assert _actors(record, "target") == []


def test_mentions_of_one_call_make_one_record(analyse):
    records = _threats(
        analyse,
        "New Islamic State spokesman urges followers to carry out attacks in the West\n\n"
        "The 40-minute message from spokesman Abu Hudhayfah al-Ansari urged supporters to "
        "target Jews and Christians, as well as American forces in Iraq.",
    )
    [record] = records
    assert record["targets"] == ["West", "Jews", "Christians", "American forces", "Iraq"]
    assert ("Hudhayfah al-Ansari", "person") in _actors(record, "speaker")


@pytest.mark.parametrize(
    ("text", "authority", "kind", "about", "day"),
    [
        (
            "The U.S. embassy in Nairobi warned on Thursday of a possible terrorist attack on "
            "hotels frequented by foreigners.",
            "U.S. embassy",
            "government",
            "possible terrorist attack",
            "2024-07-04",
        ),
        (
            "France raised its terror threat level to the highest on Wednesday.",
            "France",
            "government",
            "threat level raised",
            "2024-07-03",
        ),
        (
            "The State Department issued a travel advisory for Burkina Faso on Monday, citing "
            "the risk of terrorist attacks and kidnappings.",
            "State Department",
            "government",
            "terrorist attacks",
            "2024-07-01",
        ),
        (
            "British police warned on Friday that Islamist militants could target Christmas "
            "markets.",
            "British police",
            "state_force",
            "Islamist militants",
            "2024-07-05",
        ),
    ],
)
def test_an_official_warning_is_recorded(analyse, text, authority, kind, about, day):
    records = _threats(analyse, text)
    [record] = [r for r in records if r["subtype"] == "official_warning"]
    assert record["certainty"] == "reported"
    assert _actors(record, "authority") == [(authority, kind)]
    assert record["about"] == about
    assert record["date"]["start"] == day


def test_the_date_of_the_feared_attack_is_not_the_date_of_the_warning(analyse):
    [record] = _threats(
        analyse,
        "U.S. security authorities warned officials on Thursday about possible attacks by "
        "al-Qaeda around Election Day on Nov. 5.",
    )
    assert record["date"]["start"] == "2024-07-04"
    assert _actors(record, "subject") == [("al-Qaeda", "armed_group")]


def test_a_warning_of_attacks_is_recorded_as_a_warning(analyse):
    # whether the attack warned of gives a (speculative) attack record is the attack
    # extractor's business; the warning must be there
    [record] = _threats(
        analyse,
        "The U.S. embassy warned on Thursday that militants could be planning attacks on "
        "hotels in Nairobi.",
    )
    assert record["subtype"] == "official_warning"
    assert record["location"]["name"] == "Nairobi"
    assert record["about"] == "attacks"


@pytest.mark.parametrize(
    "text",
    [
        # generic, negated, history, hypothetical, expected
        "The group has long called for attacks on the West.",
        "Al-Qaeda did not call for attacks on civilians.",
        "Baghdadi had called for attacks on France in 2014.",
        "If the group calls for attacks, security will be raised.",
        "Analysts expect the Islamic State to call for attacks during the Olympics.",
        # calls that are no calls to attack
        "The United Nations called for an end to attacks on civilians.",
        "The president urged troops to attack the militants' hideouts.",
        "Al-Shabaab urged its fighters not to attack mosques.",
        # the words of a threat, quoted
        '"Kill them wherever you find them," the spokesman said.',
        '"Your cities will burn," the militant leader warned.',
        # warnings that are not official alerts about attacks
        "The weather service warned of heavy flooding in the region on Monday.",
        "The minister warned the Taliban of serious consequences if attacks continued.",
        "An analyst warned that the group could launch new attacks.",
        "An analyst warned that Kenya would see more attacks.",
        # negated, history, speculative warnings
        "Police did not issue any warning about attacks.",
        "In 2015, the embassy warned of possible attacks.",
        "The embassy may issue a warning about attacks.",
    ],
)
def test_no_threat_is_recorded(analyse, text):
    assert _threats(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "authority", "kind"),
    [
        # an authority telling the people it protects to leave or keep away
        (
            "The Foreign Office on Tuesday urged British nationals to leave Lebanon while "
            "flights were still running.",
            "Foreign Office",
            "government",
        ),
        (
            "The national maritime administration advised merchant ships to stay clear of the "
            "coast near the port for two days.",
            "national maritime administration",
            "state_force",
        ),
        (
            "The district police issued an alert to patrol units on Monday, telling them to "
            "avoid the forest road at night.",
            "district police",
            "state_force",
        ),
        # a raised alert is official by nature
        (
            "The coast guard raised its alert for the northern channel on Thursday.",
            "coast guard",
            "state_force",
        ),
    ],
)
def test_advice_to_leave_or_keep_away_is_a_warning(analyse, text, authority, kind):
    [record] = _threats(analyse, text)
    assert record["subtype"] == "official_warning"
    assert _actors(record, "authority") == [(authority, kind)]


@pytest.mark.parametrize(
    "text",
    [
        # advice that is no precaution, or not to the people an authority protects
        "The minister urged lawmakers to avoid any delay in passing the budget.",
        "The army told the militants to leave the town by Friday.",
        "The governor advised farmers to leave the fields fallow this season.",
        "Police told residents to leave the block on Monday after a gas leak.",
        "The embassy urged its citizens to avoid the coast as the volcano erupted.",
        # a judgement about militants, not a warning of what they may do
        "Officials in the capital cautioned that the rebels were not beaten.",
        # a raised alert about the weather
        "The coast guard raised its alert over the approaching storm.",
    ],
)
def test_advice_that_is_no_warning_gives_none(analyse, text):
    assert _threats(analyse, text) == []


def test_a_call_to_press_on_with_attacks_is_a_call(analyse):
    [record] = _threats(
        analyse,
        "Al-Shabaab released an audio message on Monday. In it, the group's leader urged its "
        "fighters to press on with their attacks.",
    )
    assert record["subtype"] == "call_to_attack"


def test_a_call_verb_read_as_an_adjective_still_calls(analyse):
    # the parse reads "exhorted" as an adjective of "readers"
    [record] = _threats(
        analyse,
        "In a column printed on Thursday, the Islamic State's weekly newsletter al-Naba "
        "exhorted readers to target Christians and Jews in Europe, according to a monitor.",
    )
    assert record["subtype"] == "call_to_attack"
    assert ("Islamic State", "armed_group") in _actors(record, "speaker")


def test_a_call_to_press_on_with_talks_is_no_call(analyse):
    assert (
        _threats(analyse, "The group's leader urged its fighters to press on with the talks.") == []
    )


def test_an_order_dated_hours_before_the_strikes_told_just_before(analyse):
    result = analyse(
        "BEIRUT, Oct. 29, 2024 — Israeli warplanes struck dozens of villages in the Bekaa valley "
        "on Monday, killing at least 60 people. The Israeli military had ordered residents of "
        "several towns near Baalbek to leave their homes hours earlier."
    )
    [warning] = [
        r.data for r in result.records if r.kind == "event" and r.data["type"] == "threat"
    ]
    assert warning["date"]["start"] == "2024-10-28"
