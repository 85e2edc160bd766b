"""An event told in a clause that came "days after" or "two weeks after" what the sentence is
about happened that long before it (``extract.dating.before_what_it_preceded``): "The raid came
days after the group published a new issue of its magazine" dates the issue in the days before
the raid (or before the story, when the raid's day is not told), not on the raid's day; so are
releases "in the week before" another. A day of its own in the clause stays. Texts written for
this test.
"""

from __future__ import annotations

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

LEAD = (
    "KABUL, Feb. 28, 2023 — Taliban forces killed a senior Islamic State commander in a raid "
    "in Kabul on Monday, officials said.\n\n"
)


def _dates(analyse, text: str, kind: str) -> list[tuple[str, str]]:
    return [(r["date"]["start"], r["date"]["end"]) for r in records_of(analyse(text), kind)]


def test_a_release_days_before_the_raid_is_dated_before_it(analyse):
    text = LEAD + (
        "The raid came days after the group published a new issue of its English-language "
        "magazine, in which it urged followers to strike foreign diplomats."
    )
    [(start, end)] = _dates(analyse, text, "media_release")
    assert start < "2023-02-27" and end < "2023-02-27" and start >= "2023-02-20"


def test_a_release_days_before_a_story_of_the_day_is_dated_before_it(analyse):
    text = (
        "Published 2023-02-28\n"
        "Taliban say they killed Islamic State commander\n\n"
        "The raid came days after the group published a new issue of its English-language "
        "magazine, officials said."
    )
    [(start, end)] = _dates(analyse, text, "media_release")
    assert start >= "2023-02-20" and end <= "2023-02-27"


def test_a_day_of_its_own_stays(analyse):
    text = LEAD + (
        "The raid came days after the group published a new issue of its magazine on Feb. 22."
    )
    assert _dates(analyse, text, "media_release") == [("2023-02-22", "2023-02-22")]


def test_releases_in_the_week_before_another_are_dated_in_that_week(analyse):
    text = (
        "Published 2016-12-06\n"
        "Islamic State's new spokesman urges attacks\n\n"
        "The Islamic State released the first recording of its new spokesman on Monday.\n\n"
        "In the week before it appeared, the group released two videos from its provinces in "
        "Iraq, each showing fighters renewing their pledge to its leader."
    )
    videos = [d for d in _dates(analyse, text, "media_release") if d != ("2016-12-05", "2016-12-05")]
    assert videos and all(s >= "2016-11-28" and e <= "2016-12-05" for s, e in videos)
    assert all(s < "2016-12-05" for s, _ in videos)


def test_a_day_its_own_sentence_gives_stays_whatever_the_parse_hangs_it_on(analyse):
    text = (
        "MOGADISHU, Somalia, Oct. 11, 2022 — The government banned al-Shabaab's propaganda on "
        "Monday.\n\n"
        "The ban came days after al-Kataib, al-Shabaab's media wing, released a 38-minute video "
        'titled "Between Two Rivers" on Oct. 3.'
    )
    assert ("2022-10-03", "2022-10-03") in _dates(analyse, text, "media_release")


def test_counted_from_the_day_the_event_named_was_told_on(analyse):
    """ "The attack came a day after al-Naba published an editorial": counted from the day the
    post told the attack on (Friday), not from the day of the sentence just before it, which
    tells arrests made since."""
    text = (
        "KABUL, May 20, 2024 — Gunmen killed three foreign tourists in an attack in the "
        "central city of Bamyan on Friday, officials said.\n\n"
        "The interior ministry said on Sunday that seven suspects had been arrested.\n\n"
        "The attack came a day after the Islamic State's weekly newspaper, al-Naba, published "
        "an editorial urging followers to strike foreigners."
    )
    assert _dates(analyse, text, "media_release") == [("2024-05-16", "2024-05-16")]
