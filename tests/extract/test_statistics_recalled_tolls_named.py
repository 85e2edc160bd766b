"""Statistics (``extract.statistics``) of past incidents' tolls recalled in passing, in sentences
written for this test (not taken from any gold set or article):

- a toll whose victims carry a noun no list names ("four worshippers", "three sailors") and
  whose number is a word is still read;
- a relative clause the parse hangs on the incident's place ("the March bombing of a church in
  the south, which killed ...") is dated by the incident's own words, and those words, when
  there are any, date it rather than the clause it hangs from ("Until this month, the
  deadliest attack was the March 2016 assault ..., in which");
- an attack on the police ("Its deadliest raid, on a police station ...") is no state force's
  operation: only the subject's own words say who killed;
- "That attack killed 39 people" points back at the attack the sentence before dated by its
  year.

An incident told this week, or a state force's killing a few months back, stays the event's.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 9, 20)

# the news the article leads with: what follows it is told after the lead
LEAD = "Police said on Thursday they had questioned a driver about a bomb found in the capital.\n\n"


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), kind="statistic")


MUST = [
    # (sentence, min, max, measure)
    (
        "He was blamed for the March bombing of a church in the south, which killed nine "
        "worshippers.",
        9,
        9,
        "worshippers killed",
    ),
    (
        "The faction claimed the February shooting at a navy base in the west, which killed "
        "three sailors.",
        3,
        3,
        "sailors killed",
    ),
    (
        "Its deadliest raid, on a police station at Kamba in January, killed 14 officers.",
        14,
        14,
        "officers killed",
    ),
    (
        "The cell carried out the April ambush of a convoy near the river, which killed six "
        "engineers.",
        6,
        6,
        "engineers killed",
    ),
    (
        "Their first big assault, on an army camp near the lake in March, killed 23 soldiers.",
        23,
        23,
        "soldiers killed",
    ),
    # the incident's own date, not the time of the clause it hangs from ("until this month")
    (
        "Until this month, the deadliest attack in the country was the March 2016 assault on "
        "a beach resort near the capital, in which gunmen killed 19 people.",
        19,
        19,
        "people killed",
    ),
    # "that attack" points back at one the sentence before dated by its year
    (
        "The trial of suspected accomplices in the 2016 attack on the nightclub opened on "
        "Monday. That attack killed 39 people.",
        39,
        39,
        "people killed",
    ),
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_recalled_toll_is_read(analyse, text, low, high, measure):
    found = _statistics(analyse, text)
    assert_statistic_stated(found, low, high, measure)
    hit = next(s for s in found if (s["value"]["min"], s["value"]["max"]) == (low, high))
    assert hit.get("borderline") is True


MUST_NOT = [
    # (sentence, value that must not be a statistic)
    # told this week: the event's own toll
    ("Gunmen killed four worshippers at a church in the town on Sunday.", 4),
    ("The bomb killed five shoppers at the market on Wednesday, police said.", 5),
    (
        "He was blamed for Tuesday's bombing of a chapel in the north, which killed seven "
        "pilgrims.",
        7,
    ),
    # a state force's killing months back is an operation, whatever it hit
    ("A police raid on a hideout in July killed six militants.", 6),
    # what came a day after the incident is no incident counted from long before
    ("The arrests came a day after gunmen stormed a hotel in the capital, killing 11 guests.", 11),
    ("Police killed three suspects in a raid on Tuesday.", 3),
]


@pytest.mark.parametrize(("text", "value"), MUST_NOT)
def test_no_statistic(analyse, text, value):
    found = _statistics(analyse, text)
    values = [s["value"]["min"] for s in found] + [s["value"]["max"] for s in found]
    assert value not in values, found


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        # the parse may hang the "when" clause on the attack, not the date; the date right
        # before it still dates the toll, long before the story
        (
            "It is the deadliest attack in Britain since July 2005, when four suicide bombers "
            "killed 52 people on London's transport network.",
            "people killed",
            52,
        ),
        # the incident the news came a year (or a month) after is recalled, whatever date
        # words the sentence lacks
        (
            "The attack came almost exactly a year after al-Shabaab overran a Kenyan base at El "
            "Adde, killing more than 140 soldiers.",
            "soldiers killed",
            140,
        ),
        # ... or a month after
        (
            "The attack came less than a month after gunmen and bombers killed 311 people at a "
            "mosque in Bir al-Abd.",
            "people killed",
            311,
        ),
    ],
)
def test_toll_of_an_incident_dated_long_before_is_recalled(analyse, text, measure, value):
    tolls = records_of(analyse(text, PUBLISHED), kind="statistic")
    assert [(t["measure"], t["value"]["min"]) for t in tolls] == [(measure, value)]
    assert tolls[0]["borderline"] is True
