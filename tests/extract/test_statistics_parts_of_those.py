"""Statistics (``extract.statistics``) of a part of a figure told in the sentence before ("Of
those, 1,500 were civilians", "Among them, 120 are women"), in sentences written for this test
(not taken from any gold set or article):

- "Of those," / "Among them," standing alone refer back to the last figure of the two sentences
  before (passing over one that only places the acts of another: "in raids on 300
  addresses"), or with no figure before, to the last people the sentence named ("ambushed a
  convoy of police officers and killed 15 of them"); the part keeps its noun, or the
  predicate noun that names which of them ("were civilians"), and what its own clause says
  happened to them;
- a part of a figure that gave a statistic is a statistic too, even when its whole has no
  period (a standing figure);
- a part of an incident's toll or of a crowd that gave no statistic gives none.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 9, 20)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


MUST = [
    # (text, min, max, measure)
    # "them" with no figure before: the people the sentence named (a recalled toll here)
    (
        "Police said the cell was behind several attacks. Gunmen ambushed a convoy of state "
        "police officers in the mountains in March 2018 and killed 15 of them.",
        15,
        15,
        "police officers killed",
    ),
    # the people, not the addresses their raids were on
    (
        "Police have detained 1,510 people in raids on 300 addresses since January. Of those, "
        "230 have been charged, prosecutors said.",
        230,
        230,
        "people charged",
    ),
    (
        "The war has killed more than 9,000 people since 2014. Of those, 1,531 were civilians, "
        "the agency said.",
        1531,
        1531,
        "civilians killed",
    ),
    (
        "The ministry says 3,200 militants were killed last year. Of them, about 400 were "
        "foreigners.",
        400,
        400,
        "foreigners killed",
    ),
    (
        "Some 900 people have been detained since March. Among them, 120 are women, police said.",
        120,
        120,
        "women detained",
    ),
    (
        "Some 5,000 foreign fighters went to the region. Of those, about 600 have died there, "
        "the agency said.",
        600,
        600,
        "foreign fighters killed",
    ),
    (
        "About 1,200 fighters left the country for Syria. Of them, roughly 150 were killed "
        "there, officials said.",
        150,
        150,
        "fighters killed",
    ),
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_part_of_the_figure_before(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


MUST_NOT = [
    # (text, value that must not be a statistic)
    ("Gunmen stormed a school on Monday and seized 80 pupils. Of those, 12 were killed.", 12),
    ("A bomb hit a bus on Tuesday, wounding 30 passengers. Of them, four later died.", 4),
    ("Police said 300 people attended the rally. Of those, 12 were journalists.", 12),
    ("Of those, 40 were arrested.", 40),
]


@pytest.mark.parametrize(("text", "value"), MUST_NOT)
def test_no_statistic(analyse, text, value):
    found = _statistics(analyse, text)
    values = [s["value"]["min"] for s in found] + [s["value"]["max"] for s in found]
    assert value not in values, found
