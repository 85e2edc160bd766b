"""Operations counted over a stretch since an event ("have now killed 40 militants in raids
since the July 1 attack", "thousands of raids carried out since the campaign began") are a
tally, not one operation, as is the latest one a tally is told with ("With Friday's gunfight,
188 have been killed this year"); "this is a psychological operation" is a comment. Raids "since
Friday" may still be one sweep. Texts written for this test (``extract.operations``)."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

PUBLISHED = date(2016, 8, 12)


def _operations(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "Security forces have now killed at least 40 suspected militants in raids since the "
        "July 1 attack on the bakery, according to a tally kept by a monitor.",
        "The army's spokesman said that 108 militants had been killed and thousands of "
        "intelligence-led raids carried out since the campaign began.",
        '"For the army this is a psychological operation as much as a security one," said '
        "Irfan Malik, a former police official.",
        # the latest operation added to a tally, named in passing
        "With Friday's gunfight, 188 rebels have been killed in the state this year, according "
        "to police figures.",
    ],
)
def test_a_tally_or_a_comment_is_no_operation(analyse, text):
    assert _operations(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces have killed 12 militants in raids in Kunduz since Friday, officials said.",
        "Police killed three militants in a raid on a house in Dhaka on Tuesday.",
        "With air support, troops stormed the camp on Tuesday and killed 12 militants.",
        "It was a joint operation by the army and police, officials said, and 12 militants "
        "were killed.",
    ],
)
def test_one_sweep_or_one_raid_is_an_operation(analyse, text):
    assert len(_operations(analyse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "KISMAYO, Somalia, June 1, 2016 — In March, American aircraft struck a training camp at "
        "Raso, north of Mogadishu, killing more than 150 fighters, according to the Pentagon.",
        "KISMAYO, Somalia, June 1, 2016 — Kenyan soldiers were overrun at El Adde in January, in "
        "the deadliest attack on the country's army since independence.",
    ],
)
def test_an_operation_dated_by_a_month_long_gone_is_history(analyse, text):
    assert _operations(analyse, text) == []


def test_an_operation_last_month_is_news(analyse):
    text = (
        "KISMAYO, Somalia, June 1, 2016 — Last month American aircraft struck a training camp "
        "at Raso, north of Mogadishu, killing more than 150 fighters, the Pentagon said."
    )
    assert len(_operations(analyse, text)) == 1
