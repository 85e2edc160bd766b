"""A headline's figure that the story tells again is one statistic, whatever measure the
headline's few words gave it, with both sentences as its evidence; a headline figure the story
does not repeat stays a statistic of its own. Texts written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2020, 10, 9)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


def _evidence(analyse, text: str, value: int) -> list[list[str]]:
    """The evidence sentences of each statistic record of ``value``."""
    return [
        [span.text for source in r.sources for span in source.evidence]
        for r in analyse(text, PUBLISHED).records
        if r.kind == "statistic" and r.data["value"]["min"] == value
    ]


def test_a_headline_figure_told_again_is_one_statistic(analyse):
    text = (
        "Published 2020-10-09\n"
        "Freed hostages reach the capital after the government releases some 180 prisoners\n\n"
        "Two hostages held for years by a Sahel alliance landed in the capital on Thursday, "
        "days after the government freed some 180 prisoners, officials said."
    )
    [evidence] = _evidence(analyse, text, 180)
    assert len(evidence) == 2


def test_a_headline_figure_alone_stays(analyse):
    text = (
        "Published 2020-10-09\n"
        "Government releases some 180 prisoners\n\n"
        "Two hostages held for years by a Sahel alliance landed in the capital on Thursday."
    )
    assert [r["value"]["min"] for r in _statistics(analyse, text)] == [180]
