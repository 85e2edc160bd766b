"""A leader's arrest told with the post the authorities give him: the arrest is the leadership
change, told once. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 2, 1)  # a Friday

OPENING = "Troops have fought the Knights Templar cartel in Michoacan for a year. "


def test_a_post_given_after_an_alias(analyse):
    """ 'known as "El Tio," whom the government described as one of the cartel's leaders':
    the parse hangs the second naming on the first one's "as"."""
    text = (
        'Federal forces arrested Ramiro Salgado, known as "El Tio," whom the government '
        "described as one of the cartel's top leaders, in Morelia on Monday."
    )
    records = analyse(OPENING + text, PUBLISHED)
    [record] = records_of(records, "leadership_change")
    assert record["subtype"] == "arrested"
    assert any(a["name"] == "Ramiro Salgado" for a in record["actors"])
    assert records_of(records, "arrest") == []


def test_an_alias_with_no_post_is_an_arrest(analyse):
    text = (
        'Federal forces arrested Ramiro Salgado, known as "El Tio," whom the government '
        "described as a farmer from Apatzingan, in Morelia on Monday."
    )
    records = analyse(OPENING + text, PUBLISHED)
    assert records_of(records, "leadership_change") == []
    assert len(records_of(records, "arrest")) == 1
