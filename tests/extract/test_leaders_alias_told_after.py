"""A leader the lexicon does not know, named with the alias he goes by ("Andres Felipe Vanegas,
a commander of the National Liberation Army known as Uriel"), is the same man when a later
sentence calls him by the alias ("Uriel ... was killed"): one leadership change
(``extract.leaders``). Another name told later is another man. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 10, 27)
LEAD = (
    "Colombian troops killed Andres Felipe Vanegas, a commander of the National Liberation "
    "Army known as Uriel, in an operation in the western province of Choco on Sunday, "
    "President Ivan Duque said. "
)


def test_alias_told_later_is_the_same_man(analyse):
    text = LEAD + (
        "Uriel, who led one of the units of the guerrilla group's Western War Front, was killed "
        "in a rural area of Novita after planes bombed the site."
    )
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["subtype"] == "killed"


def test_another_name_told_later_is_another_man(analyse):
    text = LEAD + (
        "Separately, troops killed Jhon Jairo Restrepo, a commander of the ELN's Western War "
        "Front, in a gunfight near Quibdo on Monday."
    )
    assert len(records_of(analyse(text, PUBLISHED), "leadership_change")) == 2
