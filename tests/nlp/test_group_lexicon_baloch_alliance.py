"""The Baloch separatists' alliance and its member groups are groups of their own: a statement
in the alliance's name is a release by a named group (``nlp.lexicon``, ``extract.media``).
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of
from watchfloor.nlp.lexicon import group_lexicon


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Baloch Raaji Aajoi Sangar", "Baloch Raaji Aajoi Sangar"),
        ("BRAS", "Baloch Raaji Aajoi Sangar"),
        ("Baloch Republican Guards", "Baloch Republican Guards"),
    ],
)
def test_the_alliance_and_its_members_are_known(alias, canonical):
    assert group_lexicon().canonical(alias) == canonical


@pytest.mark.slow
def test_a_statement_in_the_alliance_s_name_is_its_release(analyse):
    text = (
        "Baloch Raaji Aajoi Sangar, an alliance of separatist groups, said in a statement "
        "emailed to reporters on Thursday that its fighters had ambushed the convoy."
    )
    releases = records_of(analyse(text, date(2019, 4, 20)), "media_release")
    assert [r["date"]["start"] for r in releases] == ["2019-04-18"]
