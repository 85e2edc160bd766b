"""The attack extractor, through the real pipeline, on sentences written for these tests: an
attack word modified by a word of habit or of a campaign ("the indiscriminate shelling of
the suburbs", "frequent kidnappings of traders", "the constant shelling of the hills") tells a
practice, a charge or a trend, and no incident; the same words without such a modifier, or
with it on another word of the sentence, still tell one."""

from __future__ import annotations

import pytest

from helpers import attack_data_with_history

pytestmark = pytest.mark.slow


def _attacks(analyse, text: str) -> list[dict]:
    return attack_data_with_history(analyse(text))


@pytest.mark.parametrize(
    "text",
    [
        "The opposition condemned the indiscriminate bombing of the northern suburbs.",
        "Traders in the port complain of the frequent kidnappings of shopkeepers.",
        "Residents described the constant shelling of the hill villages by the rebels.",
        "The bishop denounced the systematic killings of farm workers in the valley.",
        "Refugees told of the indiscriminate shelling and burning of their villages.",
        "Such kidnappings of foreign engineers have become common in the oil region.",
    ],
)
def test_an_attack_told_as_a_practice_tells_no_incident(analyse, text: str) -> None:
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebels bombed the town hall of a mountain village on Monday, killing a clerk.",
        "Gunmen kidnapped two shopkeepers from the port market on Tuesday.",
        "A frequent visitor to the market was killed by a bomb on Sunday.",
        "The bombing of the bus station on Friday killed seven passengers.",
        # repetition inside one incident is no practice
        "Gunmen repeatedly stabbed a shopkeeper in the port market on Tuesday.",
    ],
)
def test_an_attack_without_a_word_of_habit_stays_one(analyse, text: str) -> None:
    assert _attacks(analyse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kidnapping has fallen sharply in the country since the peace deal.",
        "Kidnapping has become the most common form of violence in the state.",
        "Suicide bombing has become the group's favoured tactic.",
        "The ombudsman warned of a risk of forced displacement and kidnapping in two towns.",
    ],
)
def test_a_kind_of_act_with_its_trend_or_risk_tells_no_incident(analyse, text: str) -> None:
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Suicide bombing kills 12 in Kabul",
        "A kidnapping on Monday has become the talk of the town, police said.",
    ],
)
def test_an_act_told_as_one_stays_one(analyse, text: str) -> None:
    assert len(_attacks(analyse, text)) == 1
