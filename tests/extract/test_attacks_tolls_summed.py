"""The attack extractor, through the real pipeline, on sentences written for these tests:
acts told in the plural whose clause sums their toll ("attacks on two mosques in October that
together killed more than 100 worshippers") are several incidents, whose total is a statistic
(``extract.statistics``), not one attack; one attack with its own toll stays an attack."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import attack_data_with_history, measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 11, 4)
SUMMED = (
    "The Taliban detained 20 men in Kabul on Tuesday.\n\nThe branch has claimed a string of "
    "bombings since August, among them attacks on Shi'ite mosques in Kunduz and Kandahar in "
    "October that together killed more than 90 worshippers."
)


def test_acts_whose_toll_is_summed_are_no_one_attack(analyse):
    result = analyse(SUMMED, PUBLISHED)
    assert [a for a in attack_data_with_history(result) if a.get("killed")] == []
    assert measures_by_value(records_of(result, kind="statistic")).get(90) == (
        "worshippers killed"
    )


def test_one_attack_with_its_toll_stays_an_attack(analyse):
    text = "A suicide bomber attacked a Shi'ite mosque in Kunduz on Friday, killing 46 worshippers."
    attacks = attack_data_with_history(analyse(text, PUBLISHED))
    assert [a["killed"]["min"] for a in attacks] == [46]
