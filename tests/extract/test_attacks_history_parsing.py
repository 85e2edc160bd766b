"""When the settings keep history (MUC-4), sentences that may tell an attack in passing are
parsed though they hold no supported trigger ("after the attack on mayor X", "X, who was
killed last week"), and an attack noun named by whom or what it hit ("the attack on senator
X") is kept aside as history; the news pipeline parses and records exactly as before."""

from __future__ import annotations

import pytest

from helpers import attacks

pytestmark = pytest.mark.slow


def _sentence_test(nlp, text: str, test) -> bool:
    doc = nlp.make_doc(text)
    return test(doc[:], text)


_AFTER_THE_ATTACK_ON_NAMED = (
    "Two weeks after the attack on mayor Pedro Soto Villa, the town council met again."
)
_NO_ATTACK_WORD = "The town council met again to discuss the new market."
_ATTACK_WITHOUT_WHOM = "The council said the attack would not change its plans."


def test_a_sentence_with_an_unsupported_attack_word_is_parsed_only_for_history(nlp):
    from watchfloor.extract import sentence_worth_parsing, sentence_worth_parsing_with_history

    assert _sentence_test(nlp, _AFTER_THE_ATTACK_ON_NAMED, sentence_worth_parsing_with_history)
    assert not _sentence_test(nlp, _AFTER_THE_ATTACK_ON_NAMED, sentence_worth_parsing)


def test_a_sentence_without_an_attack_word_is_not_parsed_for_history(nlp):
    from watchfloor.extract.attacks import worth_parsing_as_history

    assert not _sentence_test(nlp, _NO_ATTACK_WORD, worth_parsing_as_history)


def test_the_attack_on_a_named_person_is_kept_as_history(analyse_keeping_history):
    result = analyse_keeping_history(_AFTER_THE_ATTACK_ON_NAMED)
    assert attacks(result, None) == []
    assert [r for r in result.history if r.data["type"] == "attack"]


def test_the_attack_on_a_named_person_gives_no_news_record(analyse):
    result = analyse(_AFTER_THE_ATTACK_ON_NAMED)
    assert attacks(result, None) == []
    assert result.history == []


def test_an_attack_named_by_no_one_it_hit_is_not_kept(analyse_keeping_history):
    result = analyse_keeping_history(_ATTACK_WITHOUT_WHOM)
    assert [r for r in result.history if r.data["type"] == "attack"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The union leader called the new tax an attack on the poor.",
        "The bishop said the decree was the worst attack against democracy.",
    ],
)
def test_an_attack_noun_that_judges_something_is_not_kept(analyse_keeping_history, text):
    result = analyse_keeping_history(text)
    assert [r for r in result.history if r.data["type"] == "attack"] == []


def test_the_attack_on_a_thing_is_kept_as_history(analyse_keeping_history):
    result = analyse_keeping_history(
        "Police arrested two men for the attack against a bus in the capital."
    )
    assert [r for r in result.history if r.data["type"] == "attack"]
