"""Pledges of allegiance (``extract.pledges``): sentences that must and must not give a record."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 6, 12)  # a Wednesday


def _pledges(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == "pledge"]


def _names(record: dict, role: str) -> list[str]:
    return [a["canonical"] or a["name"] for a in record["actors"] if a["role"] == role]


@pytest.mark.parametrize(
    ("text", "subtype", "pledger", "pledged_to", "day"),
    [
        (
            "Boko Haram pledged allegiance to the Islamic State on Tuesday.",
            "allegiance",
            "Boko Haram",
            "Islamic State",
            "2024-06-11",
        ),
        (
            "Fighters of the Islamic State West Africa Province renewed their pledge of "
            "allegiance to the new caliph on Sunday.",
            "renewal",
            "Islamic State West Africa Province",
            None,  # "the new caliph": unnamed
            "2024-06-09",
        ),
        # told through a video: the pledge takes the video's date
        (
            "A video released by Amaq on Friday showed dozens of militants in Mozambique "
            "pledging allegiance to Abu Hafs al-Hashimi al-Qurayshi.",
            "allegiance",
            "militants",
            "Abu Hafs al-Hashimi al-Qurayshi",
            "2024-06-07",
        ),
        (
            "Tribal elders in Kunar swore allegiance to the Taliban on Monday.",
            "allegiance",
            "Tribal elders in Kunar",
            "Taliban",
            "2024-06-10",
        ),
    ],
)
def test_a_pledge_is_recorded(analyse, text, subtype, pledger, pledged_to, day):
    [record] = _pledges(analyse, text)
    assert record["subtype"] == subtype
    assert record["certainty"] == "reported"
    assert _names(record, "perpetrator") == [pledger]
    assert record["pledged_to"] == pledged_to
    assert record["date"]["start"] == day


def test_a_leader_pledges_for_his_group(analyse):
    [record] = _pledges(
        analyse,
        "Abubakar Shekau pledged allegiance to Abu Bakr al-Baghdadi in an audio message on "
        "Saturday.",
    )
    assert _names(record, "perpetrator") == ["Boko Haram"]
    assert _names(record, "speaker") == ["Abubakar Shekau"]
    assert _names(record, "other") == ["Abu Bakr al-Baghdadi"]
    assert record["pledged_to"] == "Abu Bakr al-Baghdadi"
    assert record["date"]["start"] == "2024-06-08"


def test_a_pledge_shown_in_videos_is_news(analyse):
    [record] = _pledges(
        analyse,
        "The Islamic State released a series of videos on Monday in which fighters from its "
        "provinces in Africa renew their oath of allegiance to the new caliph.",
    )
    assert record["subtype"] == "renewal"
    assert _names(record, "perpetrator")[0].startswith("fighters")
    assert record["date"]["start"] == "2024-06-10"


def test_a_headline_joins_its_lead(analyse):
    [record] = _pledges(
        analyse,
        "Boko Haram pledges allegiance to Islamic State\n\n"
        "Boko Haram pledged allegiance to the Islamic State on Tuesday in an audio message.",
    )
    assert record["date"]["start"] == "2024-06-11"


@pytest.mark.parametrize(
    "text",
    [
        # history and descriptions of a group by its old pledge
        "Boko Haram had pledged allegiance to the Islamic State in 2015.",
        "Boko Haram, which pledged allegiance to the Islamic State, attacked a village on Monday.",
        "The attacker had pledged allegiance to the Islamic State, police said on Monday.",
        # negated, refused, undone
        "Al-Shabaab has never pledged allegiance to the Islamic State.",
        "The commander refused to pledge allegiance to the new caliph on Monday.",
        "The faction broke its pledge of allegiance to the Islamic State last week.",
        # wishes, calls and possibilities
        "Analysts said the faction could pledge allegiance to al-Qaeda.",
        "The group's leader urged all fighters to pledge allegiance to the new emir.",
        "Taliban commanders will pledge allegiance to the new emir next week.",
        # look-alike words
        "Lawmakers pledged loyalty to the constitution on Monday.",
        "The government pledged $10 million on Monday to rebuild schools destroyed by Boko Haram.",
        "Residents pledged to help the army fight the Islamic State.",
    ],
)
def test_no_pledge_is_recorded(analyse, text):
    assert _pledges(analyse, text) == []


def test_they_of_a_clause_stand_for_the_armed_men_it_describes(analyse):
    [record] = _pledges(
        analyse,
        "On Monday the branch released pictures of dozens of armed men raising their rifles "
        "as they gave bay'ah to the new leader.",
    )
    assert record["subtype"] == "renewal"  # a branch's oath to its movement's new leader
    assert _names(record, "perpetrator") and _names(record, "perpetrator") != ["they"]


def test_pledging_to_a_new_leader_is_a_pledge(analyse):
    [record] = _pledges(
        analyse,
        "The group's newspaper on Thursday carried photographs from the Sinai branch pledging "
        "to the new caliph.",
    )
    assert record["subtype"] == "renewal"  # a branch's oath to its movement's new leader


def test_a_pledge_in_a_message_takes_the_message_date(analyse):
    [record] = _pledges(
        analyse,
        "Prosecutors said the suspect had sworn allegiance to the Islamic State in a video he "
        "uploaded in early May.",
    )
    assert record["date"]["start"] == "2024-05-01"


@pytest.mark.parametrize(
    "text",
    [
        "The council members pledged to the new mayor that they would cut taxes.",
        "The delegates said they gave their support to the new leader of the party.",
        "Residents pledged to the new leader of the cooperative on Monday.",
    ],
)
def test_other_promises_to_leaders_give_no_pledge(analyse, text):
    assert _pledges(analyse, text) == []
