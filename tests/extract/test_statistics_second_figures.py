"""Figures told without their noun after an earlier figure of the same sentence (also the
figure a change is told from: "..., down from about 400 in 2016"), passive verbs of judging,
tolls counted since a month or a year, and a source's tally of acts "during" an incident
(``extract.statistics``)."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2021, 5, 12)


def _statistics(analyse, text: str) -> list[dict]:
    result = analyse(text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "statistic"]


def _values(records: list[dict]) -> set[tuple]:
    return {(r["value"]["min"], r["value"]["max"]) for r in records}


@pytest.mark.parametrize(
    ("text", "low", "high", "word"),
    [
        (
            "According to army figures, 58 rebels have been killed in the district since "
            "January, and about 300 are still active in the hills.",
            300,
            300,
            "active",
        ),
        (
            "Border police arrested 412 smugglers in 2019, up from 350 the year before, "
            "according to official data, and have already detained more than 75 this year.",
            75,
            None,
            "detained",
        ),
        (
            "The agency counts about 4,000 Salafists in the state, of whom some 600 are "
            "considered prone to violence.",
            600,
            600,
            "salafists",
        ),
        (
            "Since June 2019, the army has killed more than 40 insurgents in the district, "
            "according to military figures.",
            40,
            None,
            "killed",
        ),
        # the figure a change is told from, past clauses of its own
        (
            "About 130 fighters remain on the island, the army estimates, down from about 400 "
            "in 2016.",
            400,
            400,
            "fighters",
        ),
        (
            "It recorded 17 attacks that harmed civilians in that period, down from 97 in the "
            "same months of 2019.",
            97,
            97,
            "attacks",
        ),
        # a bare figure, subject of a joined clause with a fate of its own: the first's noun
        (
            "More than 200 rebels have surrendered in the district since January, and nearly "
            "800 have been arrested, police said.",
            None,
            800,
            "rebels arrested",
        ),
        # ... but a move keeps its own name, and a state is not the first one's fate
        (
            "About 1,000 Indonesians have travelled to Syria since 2014, and about 300 have "
            "returned, officials said.",
            300,
            300,
            "returnees",
        ),
        (
            "The army said 400 militants had been killed this year, and that about 150 were "
            "still active in the hills.",
            150,
            150,
            "militants active",
        ),
        # a source's tally of acts during a stretch named by an incident noun
        (
            "The ombudsman's office said it had recorded 309 violent incidents during the "
            "strike.",
            309,
            309,
            "incidents",
        ),
    ],
)
def test_a_figure_is_found(analyse, text, low, high, word):
    records = _statistics(analyse, text)
    found = [r for r in records if (r["value"]["min"], r["value"]["max"]) == (low, high)]
    assert found, records
    assert word in found[0]["measure"], found


@pytest.mark.parametrize(
    "text",
    [
        # a round-up of days is an arrest event, not a tally
        "Police said on Thursday they had arrested nine people in the town since Tuesday.",
        "The gunman has killed three people since Monday, the police said.",
        # an incident's toll and its detail stay out
        "About 30 soldiers were wounded in the ambush on Friday and 12 taken to hospital in "
        "the capital.",
        # a plan stays a plan
        "The ministry is considering sending 2,000 more troops to the province.",
    ],
)
def test_no_statistic(analyse, text):
    assert _statistics(analyse, text) == [], _statistics(analyse, text)


def test_the_noun_comes_only_from_a_joined_clause(analyse):
    """A bare figure after a full stop of its own clause borrows no noun."""
    records = _statistics(
        analyse, "Officials counted 5,000 displaced families in the camps; 40 were new."
    )
    assert (40, 40) not in _values(records), records
