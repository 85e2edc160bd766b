"""Acts told as not done or as a running count (``extract.arrests``, ``extract.operations``):

- "kill suspects instead of arresting them", "rather than detain them": the arrest is what was
  not done, so no arrest record;
- "police have killed more than 50 militants in such encounters since January": operations of a
  kind counted since a point are a running count (a statistic), not one operation; one
  encounter on a day stays an operation;
- a campaign told as the cause of what the sentence tells ("a decline it credits to the army's
  offensive", "the offensive has driven fighters across the border"), with no day of its own,
  is background, not an operation.

Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 7, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups have long complained that the security services kill suspects instead "
        "of arresting them.",
        "Families say the police shot the men rather than detain them.",
    ],
)
def test_an_arrest_done_instead_is_no_arrest(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "arrest") == []


def test_an_arrest_made_is_still_recorded(analyse):
    text = "Police arrested two suspects in Multan on Tuesday instead of waiting for a warrant."
    assert len(records_of(analyse(text, PUBLISHED), "arrest")) == 1


def test_encounters_of_a_kind_counted_since_a_month_are_no_operation(analyse):
    text = (
        "A monitoring group says police in the province have killed more than 60 suspected "
        "militants in such encounters since March."
    )
    assert records_of(analyse(text, PUBLISHED), "military_operation") == []


def test_one_encounter_on_a_day_is_an_operation(analyse):
    text = "Police killed four militants in an encounter in Muzaffargarh on Monday."
    assert len(records_of(analyse(text, PUBLISHED), "military_operation")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A monitoring group counted about 900 civilians killed in militant attacks in 2015, a "
        "decline it credits largely to the army's offensive in the tribal areas.",
        "The faction split in August, and the army's offensive in North Waziristan has driven "
        "many fighters across the border into Afghanistan.",
    ],
)
def test_a_campaign_told_as_a_cause_is_no_operation(analyse, text):
    assert records_of(analyse(text, PUBLISHED), "military_operation") == []


def test_a_campaign_with_a_day_of_its_own_is_an_operation(analyse):
    text = "The army's offensive in North Waziristan began on Sunday with raids on hideouts."
    assert len(records_of(analyse(text, PUBLISHED), "military_operation")) == 1
