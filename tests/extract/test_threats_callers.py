"""Who calls, and which warnings count, told in ways earlier rules missed: a leader named
again by surname, a newsletter's editorial "urging", "the group" of a relative clause, a
statement the parse left verbless, "to keep attacking"; a state of emergency declared by a
named president, advice given as a noun, an alert sent by a department, border checks and
airports shut, a threat level kept. And what still gives none. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import actor_names, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 8, 2)  # a Wednesday


def _threats(analyse, text: str, subtype: str) -> list[dict]:
    return [r for r in records_of(analyse(text, PUBLISHED), "threat") if r["subtype"] == subtype]


CALLS = [
    (
        "The Islamic State named a new leader on Monday in a recording read by its new "
        "spokesman, Abu Omar al-Muhajir.\n\nIn the recording, Muhajir also called on supporters "
        "to strike targets in Europe.",
        "Abu Omar al-Muhajir",
    ),
    (
        "The Islamic State's weekly newsletter, al-Naba, published an editorial on Thursday "
        "urging supporters to attack crowds at the tournament.",
        "Islamic State",  # the outlet speaks for its group
    ),
    (
        "Days earlier ISKP had published a new issue of its magazine, in which the group urged "
        "followers to strike foreign diplomats in Kabul.",
        "ISKP",
    ),
    (
        "The Islamic State Khorasan Province said it carried out the bombing. The statement "
        "called on followers to keep attacking the party's offices.",
        "Islamic State Khorasan Province",
    ),
    (
        "The video was released by the group's media arm, in which a senior cleric, Ibrahim "
        "al-Rubaish, praised the dead commander. Al-Qaeda in the Arabian Peninsula confirmed "
        "the death.\n\nRubaish urged Muslims to strike American interests.",
        "Al-Qaeda in the Arabian Peninsula",
    ),
]


@pytest.mark.parametrize(("text", "caller"), CALLS)
def test_the_caller_is_found(analyse, text, caller):
    [call] = _threats(analyse, text, "call_to_attack")
    assert caller in actor_names(call, "speaker")


WARNINGS = [
    "On Monday, President Noboa declared a 60-day state of emergency across the country.",
    "On Monday the Chinese Embassy repeated its advice to Chinese citizens to leave "
    "Afghanistan as soon as possible, citing security risks.",
    "On Tuesday the provincial home department sent an alert to police warning that "
    "militants might attack processions during the month of Muharram.",
    "Germany began checks on all of its land borders on Friday, citing the threat from "
    "Islamist extremists.",
    "To guard against attacks on the vote, authorities shut the country's airports and land "
    "borders on Saturday.",
    "Belgium's crisis centre said on Saturday that it was keeping the national threat level "
    "at three.",
]


@pytest.mark.parametrize("text", WARNINGS)
def test_the_warning_is_recorded(analyse, text):
    assert _threats(analyse, text, "official_warning")


NONE = [
    # a condition set for hostages, no call to attack
    "In the video, the group warned that further hostages would be killed if the airstrikes "
    "continued.",
    # "the group" of a rights group asking for an end to violence
    "The rights group urged both sides to stop the killing of civilians.",
    # the month is no place, and a guess gives no attack of its own
    "Shiite leaders asked for more police during the month of Muharram.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_call(analyse, text):
    result = analyse(text, PUBLISHED)
    assert not _threats(analyse, text, "call_to_attack")
    assert all(
        (r["location"] or {}).get("name") != "Mukharram al Fawqānī" for r in records_of(result)
    )
