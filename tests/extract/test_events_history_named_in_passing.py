"""History named in passing makes no event, whichever extractor reads it, while the news told
the same way still does (``extract.media``, ``extract.attacks``, ``extract.arrests``,
``extract.leaders``):

- a magazine's run of fifteen issues is no series of new releases, and a village made "the name
  of their magazine" releases nothing;
- "those attacks" points back at an attack the sentence before named only in passing;
- a statement "picked up by monitoring services" is not an arrest, but a man picked up by police
  is one, whatever the recogniser calls his name;
- a death named only as what an undated succession came after is background.

Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2017, 12, 20)


def _types(analyse, text: str) -> list[str]:
    return [r["type"] for r in records_of(analyse(text, PUBLISHED))]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The Islamic State published 17 issues of the magazine before replacing it last month "
            "with a new one.",
            "media_release",
        ),
        (
            "Rebels backed by Turkish tanks drove the Islamic State out of the village on Sunday, "
            "a place the militants had made the centrepiece of their propaganda and the name of "
            "their English-language magazine.",
            "media_release",
        ),
        (
            "The strike killed a forger with links to the network that carried out the March "
            "2016 attacks in Brussels. Those attacks killed 32 people.",
            "attack",
        ),
        (
            "The claim was carried on Monday by a regional news agency and was picked up by "
            "monitoring services in Europe.",
            "arrest",
        ),
        (
            "Khalimov was later said to have become the group's war minister after the death of "
            "Abu Omar al-Shishani.",
            "leadership_change",
        ),
    ],
)
def test_history_named_in_passing_makes_no_event(analyse, text, kind):
    assert kind not in _types(analyse, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Islamic State's media office released six videos on Sunday.", "media_release"),
        (
            "Gunmen stormed a hotel in Mogadishu on Friday, killing 20 people. That attack was "
            "claimed by al-Shabaab.",
            "attack",
        ),
        ("Kenyan police picked up Wanjala in Mombasa on Saturday.", "arrest"),
        (
            "Abu Ibrahim al-Hashimi was named the group's leader on Sunday after the death of Abu "
            "Bakr al-Baghdadi in a U.S. raid.",
            "leadership_change",
        ),
    ],
)
def test_news_told_the_same_way_stays(analyse, text, kind):
    assert _types(analyse, text).count(kind) >= 1


def test_that_attack_is_the_one_told_before(analyse):
    text = (
        "Gunmen stormed a hotel in Mogadishu on Friday, killing 20 people. That attack was "
        "claimed by al-Shabaab."
    )
    assert _types(analyse, text).count("attack") == 1
