"""Territorial changes told in ways the capture words alone missed: a transliterated name with
its article before a place noun ("the al-Zour area"), a camp said to be an armed group's taken by
another group ("ISWAP overran a JAS camp near X"), a prison, mine or airport in a named place
whose control changed hands ("regained control of a prison in the city of X"), and a place
taken then lost again in one sentence ("seized X ... before troops drove them out": two
changes)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 4)  # a Thursday


def _changes(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "territorial_change")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Houthi fighters captured the al-Zour area on Monday after two days of clashes.",
            "al-Zour",
        ),
        ("Government forces recaptured the ad-Dahla area on Friday.", "ad-Dahla"),
        ("Rebels seized the ash-Shaar neighbourhood on Sunday after a week of fighting.", "Shaar"),
    ],
)
def test_a_transliterated_name_before_a_place_noun_is_the_place(analyse, text, place):
    [change] = _changes(analyse, text)
    assert place in change["location"]["name"]


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP fighters overran a JAS camp near the village of Kwalleram on Monday.",
        "Clan militiamen seized an al-Shabaab base near the town of Bardale on Sunday.",
        "Taliban fighters took over an ISKP hideout near the village of Sangar on Tuesday.",
    ],
)
def test_a_group_s_camp_taken_by_anyone_is_a_change(analyse, text):
    assert len(_changes(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters overran an army base near Marte on Monday and burned vehicles.",
        "Al-Shabaab fighters stormed a military camp near Bardale on Sunday.",
    ],
)
def test_an_army_base_overrun_by_militants_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a base overrun in a sentence that tells no raid is ground taken
        "Boko Haram fighters overran an army base in Marte on Monday and held the town for "
        "most of the day, forcing soldiers to fall back to Dikwa.",
        "Taliban fighters overran an army base in Ghormach district on Tuesday after a siege "
        "of several days.",
    ],
)
def test_an_army_base_held_after_it_was_overrun_is_a_change(analyse, text):
    [change] = _changes(analyse, text)
    assert change["subtype"] == "captured"


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters overran an army base in Marte on Monday, killing four soldiers.",
        "An aid worker was seized along with two others when fighters overran a military base "
        "in Rann on Monday.",
        "The faction has overrun a string of army bases in Borno since July.",
    ],
)
def test_a_base_overrun_in_a_raid_or_a_tally_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        (
            "Kurdish-led forces said on Wednesday they had regained full control of a prison "
            "in the city of Qamishli.",
            "recaptured",
        ),
        (
            "Soldiers took control of an illegal gold mine in the town of Zaruma on Monday.",
            "captured",
        ),
        ("Afghan commandos recaptured the airport in Kunduz on Sunday.", "recaptured"),
    ],
)
def test_a_site_whose_control_changed_hands_stands_for_its_place(analyse, text, subtype):
    [change] = _changes(analyse, text)
    assert change["subtype"] == subtype


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized weapons at a prison in Guayaquil on Thursday.",
        "Police took control of the security perimeter around the prison in Guayaquil on Thursday.",
        "Gunmen attacked a prison in Qamishli on Wednesday.",
    ],
)
def test_a_site_only_visited_is_no_change(analyse, text):
    assert _changes(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Its fighters seized the town of Monguno on Sunday and held it for several hours before "
        "troops drove them out, the army said.",
        "Boko Haram fighters overran the town of Damasak on Sunday, but they were forced out by "
        "soldiers hours later.",
        "ISKP gunmen seized two villages in the Achin district on Tuesday, but Afghan commandos "
        "pushed them out again.",
    ],
)
def test_a_place_taken_and_lost_again_is_two_changes(analyse, text):
    changes = _changes(analyse, text)
    assert sorted(c["subtype"] for c in changes) == ["captured", "recaptured"]
    [retaken] = [c for c in changes if c["subtype"] == "recaptured"]
    assert any(a["role"] == "authority" for a in retaken["actors"])


def test_a_place_retaken_on_a_day_of_its_own_is_dated_by_it(analyse):
    """The clause that drives the captors out tells its own day; without one the retaking is
    dated as the capture."""
    dated = (
        "ISKP gunmen seized two villages in the Achin district on Monday night, but Afghan "
        "commandos pushed them out again on Tuesday."
    )
    days = {c["subtype"]: c["date"]["start"] for c in _changes(analyse, dated)}
    assert days == {"captured": "2024-07-01", "recaptured": "2024-07-02"}
    undated = "ISKP gunmen seized two villages in the Achin district on Monday, but Afghan commandos pushed them out again."
    days = {c["subtype"]: c["date"]["start"] for c in _changes(analyse, undated)}
    assert days == {"captured": "2024-07-01", "recaptured": "2024-07-01"}


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters overran the town of Damasak on Sunday and drove residents out.",
        "Al-Shabaab fighters seized the town of Bardale on Sunday and forced the traders out.",
    ],
)
def test_people_driven_out_by_the_captors_are_no_retaking(analyse, text):
    assert [c["subtype"] for c in _changes(analyse, text)] == ["captured"]
