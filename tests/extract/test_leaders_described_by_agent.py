"""An unlisted man described as the agent of leading or founding a named group ("the Saharan
group led by the veteran X", "a faction founded by the preacher Y") is that group's leader or
founder when a later sentence tells his fate by surname; leading a convoy, or never leading the
group, describes no leader. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 11, 21)  # a Saturday


def _fates(analyse, text: str) -> list[tuple[str, str | None]]:
    return sorted(
        (r["subtype"], r.get("position"))
        for r in records_of(analyse(text, PUBLISHED), "leadership_change")
    )


DESCRIBED = [
    (
        "Al-Shabaab, the Somali group led by Yusuf Adan Warsame, claimed the attack on Friday. "
        "Officials said on Saturday that Warsame had been killed in a drone strike.",
        [("killed", "leader")],
    ),
    (
        "Al-Mourabitoun, the Saharan group led by the Algerian veteran Karim Benhaddou, claimed "
        "the attack. The government announced in June that Benhaddou had been killed in an air "
        "strike, but his death was never confirmed.",
        [("rumoured_dead", "leader")],
    ),
    (
        "The Islamic State in Somalia, a faction founded by the preacher Abdiqadir Farah Nuur, "
        "claimed the attack on Friday. Officials said on Saturday that Nuur had been killed.",
        [("killed", "founder")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_the_agent_of_leading_a_group_is_its_leader(analyse, text, expected):
    assert _fates(analyse, text) == expected


NOT_DESCRIBED = [
    "The convoy was led by the former officer Yusuf Adan Warsame, officials said. Officials said "
    "on Saturday that Warsame had been killed in a drone strike.",
    "Al-Shabaab, the Somali group never led by Yusuf Adan Warsame, claimed the attack on Friday. "
    "Officials said on Saturday that Warsame had been killed in a drone strike.",
]


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_leading_something_else_or_never_describes_no_leader(analyse, text):
    assert _fates(analyse, text) == []
