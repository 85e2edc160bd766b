"""An arrest an announcement adds with "also" ("It also said it had arrested the cell's
financier in Herat on Sunday") is another arrest, not more words about the one told before it:
each keeps its own day and count. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 11, 18)  # a Friday


def _arrests(analyse, text: str) -> list[dict]:
    return sorted(
        records_of(analyse(text, PUBLISHED), "arrest"), key=lambda r: r["date"]["start"]
    )


def test_an_arrest_added_with_also_keeps_its_own_day_and_count(analyse):
    text = (
        "Gunmen stormed a school in Kabul on Wednesday, killing 12 students. The intelligence "
        "agency said on Thursday that it had arrested two men in Kabul who had driven the "
        "gunmen to the school. It also said that it had arrested the cell's financier in Kabul "
        "on Sunday night."
    )
    later, earlier = _arrests(analyse, text)[::-1]
    assert (earlier["date"]["start"], earlier["arrested"]["min"]) == ("2022-11-13", 1)
    assert (later["date"]["start"], later["arrested"]["min"]) == ("2022-11-17", 2)


def test_an_arrest_told_again_without_also_is_one_record(analyse):
    text = (
        "Police arrested three men in Mombasa on Sunday over the bombing of a bus. The three "
        "were detained in a raid on a house near the port, police said."
    )
    [record] = _arrests(analyse, text)
    assert record["date"]["start"] == "2022-11-13"


def test_more_detainees_of_the_same_operation_are_one_arrest(analyse):
    text = (
        "Afghan and coalition forces detained three suspected insurgents in Kandahar province "
        "on Sunday during an operation against a bomb-making cell. The security force also "
        "detained two additional suspected insurgents during the operation."
    )
    assert len(_arrests(analyse, text)) == 1
