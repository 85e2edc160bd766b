"""The capture of a group's head told by his post alone ("The leader of Los Lobos has been
arrested") is a leadership change; the arrest of one named person told just after it is the
same capture, named, and a later "after the arrest" points back at it: no arrest record of
their own (``extract._no_arrest_for_captured_leaders_told_again``). Others arrested with him
stay an arrest. A gerund opening a sentence talks of arresting as a kind of act ("Arresting
the man at the top matters"), and a bare "arrest" listed with other losses ("to illness,
arrest or gunfights") a kind of loss: no arrest made (``extract.arrests``). Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 11, 22)  # a Friday

LEAD = (
    "QUITO, Ecuador, Nov. 22, 2024 — The leader of Los Lobos, Ecuador's largest criminal gang, "
    "has been arrested in the Spanish city of Malaga, President Daniel Noboa said on Friday. "
)


def test_head_of_group_named_after_his_capture_is_one_leadership_change(analyse):
    text = LEAD + (
        'Wilmer Chavarria, known as "Pipo," was detained on Thursday by Spanish police at a '
        "flat in the city centre.\n\nOfficers said his deputy had taken charge of the gang's "
        "cells in El Oro after the arrest."
    )
    result = analyse(text, PUBLISHED)
    assert [r["subtype"] for r in records_of(result, "leadership_change")] == ["arrested"]
    assert not records_of(result, "arrest")


def test_others_taken_with_the_head_stay_an_arrest(analyse):
    text = LEAD + "Police in Guayaquil arrested 14 members of the gang on Thursday."
    result = analyse(text, PUBLISHED)
    assert records_of(result, "leadership_change")
    [arrest] = records_of(result, "arrest")
    assert arrest["arrested"]["min"] == 14


@pytest.mark.parametrize(
    "text",
    [
        '"Arresting the man at the top matters, but the gang is a franchise," said Ana Ruiz, '
        "a researcher at the Andes Crime Observatory.",
        "Detaining the group's financiers is harder than killing its gunmen, officials say.",
        # a kind of loss listed with others, no arrest made
        '"The party has lost a dozen central committee members to illness, arrest or gunfights '
        'in ten years," said Ravi Menon, a researcher.',
    ],
)
def test_arresting_as_a_kind_of_act_is_no_arrest(analyse, text):
    assert not records_of(analyse(text, PUBLISHED), "arrest")
