"""Figures fresh writers put in asides and projections (``extract.statistics``): an average told
in an aside after a count is that count's rate, whatever clauses come between ("counted 478
people kidnapped ... between January and September, an average of more than 50 a month"); the
need an agency projects is a statistic ("some 8.7 million people will need help this year"),
not a condition ("would need help if ..."); a count with its share told beside it ("38 health
centres, about one in six, are closed") is a statistic even when the parse hangs its subject on
the auxiliary; a payment told after the freedom it bought is a ransom ("was released after his
family paid 100 million naira"); people moved who are told with the counts of their parts are
counted, the whole and each part ("94 civilians, 43 women and 20 children among them, were
brought out"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 10, 11)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The research centre counted 478 people kidnapped in the state between January and "
            "September, an average of more than 50 a month, compared with 212 in the whole of "
            "last year.",
            50,
            "people kidnapped per month (average)",
        ),
        (
            "The research centre counted 478 people kidnapped in the state between January and "
            "September, an average of more than 50 a month, compared with 212 in the whole of "
            "last year.",
            212,
            "people kidnapped",
        ),
        (
            "Some 8.7 million people will need help this year, according to the U.N. "
            "humanitarian office.",
            8700000,
            "people in need of help",
        ),
        (
            "The regional health directorate says 38 community health centres in the region, "
            "about one in six, are closed because of insecurity.",
            38,
            "health centres closed",
        ),
        (
            "The bank director was widely reported to have been released after his family paid "
            "100 million naira, about $240,000.",
            240000,
            "ransoms paid",
        ),
    ],
)
def test_what_the_figure_counts(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    "text",
    [
        # a need that only a condition brings is no figure of need
        "If the fighting spreads, some 2 million more people would need help, the agency said.",
        # a payment that freed no one is no ransom
        "The contractor was paid after the company transferred $3 million to its account.",
    ],
)
def test_no_need_or_ransom(analyse, text):
    assert not {"people in need of help", "ransoms paid"} & set(_measures(analyse, text).values())


def test_a_count_of_people_moved_told_with_its_parts_is_stated(analyse):
    """ "94 civilians, 43 women and 20 children among them, were brought out of the camp": a
    breakdown a source gives, the whole and its parts, not an incident's detail."""
    text = (
        "On Sunday, 94 civilians, 43 women and 20 children among them, were brought out of the "
        "camp to a school in a nearby district, according to the agency."
    )
    measures = _measures(analyse, text)
    assert measures.get(94) == "civilians evacuated"
    assert measures.get(43) == "women evacuated"


def test_a_count_of_people_moved_without_parts_stays_the_incident_s(analyse):
    text = "On Sunday, 94 civilians were brought out of the camp to a school, the agency said."
    assert 94 not in _measures(analyse, text)


def test_people_held_hostage_are_held(analyse):
    """ "54 journalists held hostage": the parse may make them the doers of "held"."""
    text = "Reporters Without Borders counted 54 journalists held hostage worldwide last year."
    assert _measures(analyse, text).get(54) == "journalists held"


def test_captors_holding_hostages_are_not_held(analyse):
    text = "The militants held 30 hostages in the hotel for two days, officials said."
    assert "militants held" not in _measures(analyse, text).values()


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "At least 32 foreigners have been kidnapped in the country since 2014, and about a "
            "third of them are still unaccounted for, according to the institute.",
            33,
            "share of foreigners unaccounted for",
        ),
        # an incident's missing, which no event field holds
        (
            "At least 70 people were still unaccounted for after the bombing, officials said.",
            70,
            "people unaccounted for",
        ),
    ],
)
def test_people_unaccounted_for_are_counted_as_such(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_pair_of_tolls_since_an_incident_is_a_tally(analyse):
    """ "82 people have been killed and 156 wounded ... since gunmen ambushed a convoy": the
    pair shares its "since" clause, whichever verb the parse hangs it on; the dateline's day
    is no count."""
    text = (
        "PESHAWAR, Nov. 25, 2024 — At least 82 people have been killed and 156 wounded in "
        "the district since gunmen ambushed a convoy of passengers on Thursday, officials said."
    )
    measures = measures_by_value(records_of(analyse(text, date(2024, 11, 25)), kind="statistic"))
    assert measures.get(82) == "people killed"
    assert measures.get(156) == "people wounded"
    assert 25 not in measures
