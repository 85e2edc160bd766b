"""Attacks told as history ("after the assassination of magistrate X") are dropped from the news
records; ``Settings.keep_past_attacks`` keeps them aside as the result's ``history`` records,
never stored, while the news records stay the same."""

from __future__ import annotations

import pytest

from helpers import attacks

pytestmark = pytest.mark.slow


def _fields(record, name: str) -> list[str]:
    return [f.text for s in record.sources for f in s.fields if f.field == name]


_STRIKE_AFTER_A_MURDER = (
    "The judges went on strike after the assassination of magistrate Luis Ferraz."
)
_RECALLED_BOMBING = "The union recalled the bombing of its offices by the rebels."


@pytest.mark.parametrize("text", [_STRIKE_AFTER_A_MURDER, _RECALLED_BOMBING])
def test_history_gives_no_record_by_default(analyse, text):
    result = analyse(text)
    assert attacks(result, None) == []
    assert result.history == []


def test_a_murder_recalled_after_a_preposition_is_kept_aside_as_history(analyse_keeping_history):
    result = analyse_keeping_history(_STRIKE_AFTER_A_MURDER)
    assert attacks(result, None) == []  # never among the records that are stored
    [past] = result.history
    assert past.data["subtype"] == "assassination"
    assert _fields(past, "victim") == ["Luis Ferraz"]


def test_a_recalled_bombing_is_kept_aside_as_history(analyse_keeping_history):
    [past] = analyse_keeping_history(_RECALLED_BOMBING).history
    assert past.data["subtype"] == "bombing"
    assert _fields(past, "target") == ["offices"]


def test_news_records_are_the_same_whether_history_is_kept_or_not(analyse, analyse_keeping_history):
    text = (
        "Gunmen shot dead a prosecutor in Pereira on Tuesday, police said. "
        "The killing came a year after the assassination of magistrate Luis Ferraz."
    )
    plain, keeping = analyse(text), analyse_keeping_history(text)
    assert [r.data for r in keeping.records] == [r.data for r in plain.records]
    [news] = attacks(keeping)
    assert "Pereira" in str(news.data["location"])
    assert [_fields(r, "victim") for r in keeping.history] == [["Luis Ferraz"]]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said no bomb exploded at the station on Monday.",
        "Gunmen shot dead a prosecutor in Pereira on Tuesday, police said.",
    ],
)
def test_no_history_from_a_denial_or_from_news(analyse_keeping_history, text):
    assert analyse_keeping_history(text).history == []
