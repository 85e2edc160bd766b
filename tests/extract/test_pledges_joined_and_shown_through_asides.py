"""Pledges the parse hides (``extract.pledges``): "announced that they had joined the RSF and
swore allegiance to its commander", with "swore" joined to the group's name, is the joiners'
pledge; "showed about 15 armed men, said to be in eastern Burkina Faso, ... swearing
allegiance" is the shown men's, past the hedged aside the parse hangs it on; one shown in "a set
of photographs" released on a day takes that day, not the month a clause on the leader names.
What officials "had said in recent months" someone had sworn is a report before the news, and
"at least 12 armed groups have declared their allegiance since March" a tally: no pledge.
Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 7, 30)  # a Tuesday


def _pledges(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


def _names(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


def test_pledge_joined_to_the_name_of_the_group_joined(analyse):
    text = (
        "In a video posted on Sunday, leaders of an armed group from the Kutum area announced "
        "that they had joined the RSF and swore allegiance to its commander, Mohamed Hamdan "
        "Dagalo."
    )
    pledges = _pledges(analyse, text)
    assert len(pledges) == 1
    assert "Mohamed Hamdan Dagalo" in _names(pledges[0], "other")


def test_pledge_shown_past_a_hedged_aside(analyse):
    text = (
        "A video posted on Monday showed about 20 armed men, said to be in northern Benin, "
        "swearing allegiance to the Islamic State in the Greater Sahara."
    )
    pledges = _pledges(analyse, text)
    assert len(pledges) == 1
    assert _names(pledges[0], "perpetrator") == ["about 20 armed men"]


def test_pledge_reported_before_the_news_is_no_pledge(analyse):
    text = (
        "Some officials had said in recent months that Omar had broken with AQAP and sworn "
        "allegiance to the Islamic State's Yemen branch, but neither group confirmed it."
    )
    assert _pledges(analyse, text) == []


def test_pledge_of_men_said_to_be_somewhere(analyse):
    """ "about 30 fighters said to be in Cabo Delgado renewed their pledge": the parse makes
    "said" the sentence's verb and the pledge its clause; the men said to be there pledged."""
    text = (
        "In a video released on Sunday by the Islamic State's media office, about 25 fighters "
        "said to be in Niassa renewed their pledge of allegiance to the group's leader, Abu "
        "Hafs al-Hashimi al-Qurashi."
    )
    pledges = _pledges(analyse, text)
    assert len(pledges) == 1
    assert _names(pledges[0], "perpetrator") == ["about 25 fighters"]


def test_men_shown_pledging_in_the_passive_pledge(analyse):
    """ "dozens of fighters ... are shown renewing their oath": the passive subject of a verb of
    picturing is who pledges."""
    text = (
        "In a video circulated on Monday by az-Zallaqa, JNIM's media arm, dozens of fighters in "
        "Soum province are shown renewing their oath of allegiance to the alliance's leader, "
        "Iyad Ag Ghaly."
    )
    pledges = _pledges(analyse, text)
    assert [p["subtype"] for p in pledges] == ["renewal"]
    assert "Iyad Ag Ghaly" in _names(pledges[0], "other")


def test_men_said_to_be_wanted_for_pledging_pledge_nothing(analyse):
    text = (
        "Dozens of men are wanted by the police for renewing their oath of allegiance to the "
        "group in a video last year."
    )
    assert _pledges(analyse, text) == []


def test_pledge_read_as_a_noun_joined_to_the_verb(analyse):
    """ "had merged into the movement and sworn allegiance to its leader": the parse may make
    "sworn allegiance" a noun joined to "merged"; the faction that merged swore it."""
    text = (
        "The TTP said on Sunday that a breakaway faction of Lashkar-e-Islam in the Khyber "
        "district had merged into the movement and sworn allegiance to its leader, Noor Wali "
        "Mehsud."
    )
    pledges = _pledges(analyse, text)
    assert [p["subtype"] for p in pledges] == ["allegiance"]
    assert "Noor Wali Mehsud" in _names(pledges[0], "other")


def test_men_shown_pledging_where_the_parse_makes_the_oath_the_verb_s_object(analyse):
    # the parse reads "pledging" as an adjective of "allegiance", the object of "shown"
    text = (
        "In a video released on Saturday, about 40 fighters from the Gourma region were shown "
        "pledging allegiance to Ansar Dine's leader, Iyad Ag Ghaly."
    )
    [pledge] = _pledges(analyse, text)
    assert any("fighters" in name for name in _names(pledge, "perpetrator")), pledge["actors"]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # not the month a later aside about earlier images names
        (
            "The Islamic State's Sinai branch claimed an attack on a checkpoint in el-Arish on "
            "Wednesday. On Friday the Sinai branch released a set of photographs showing about "
            "a dozen masked fighters renewing their pledge of allegiance to Abu Bakr "
            "al-Baghdadi, part of a series of such images from the group's provinces since "
            "Baghdadi's video appearance in April.",
            date(2019, 6, 8),
            "2019-06-07",
        ),
        # not the month the leader was named, in a clause on him
        (
            "Last week, the Islamic State published photographs of about a dozen men in a "
            "forest, described as new recruits, swearing allegiance to Abu al-Hasan al-Hashimi "
            "al-Qurashi, who was named the group's leader in March.",
            date(2022, 6, 10),
            "2022-05-30",
        ),
    ],
)
def test_a_pledge_shown_in_photographs_takes_the_day_they_came_out(analyse, text, published, day):
    [pledge] = _pledges(analyse, text, published)
    assert pledge["date"]["start"] == day


def test_pledgers_counted_since_a_year_are_a_tally_not_a_pledge(analyse):
    text = (
        "At least 12 armed groups in the region have declared their allegiance to the Islamic "
        "State since March, according to the military."
    )
    assert _pledges(analyse, text) == []


def test_counted_pledgers_on_a_day_still_pledge(analyse):
    text = "Two armed groups in the region declared their allegiance to the Islamic State on Monday."
    assert len(_pledges(analyse, text)) == 1
