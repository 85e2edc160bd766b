"""What a statistic counts when the report lists several kinds of it or names the acts that
took a toll (``extract.statistics``): plural nouns listed with the counted one, by commas and a
last "and" ("shrines, tombs and Shiite husseiniyas", "mayors, vice mayors and governors"), even
where the parse joins the last to the verb ("blocked 37 Facebook pages and Twitter accounts"),
are all counted; a noun with a count of its own ("14 Indonesian sailors and several
Malaysians") and a list that says who people in general are ("18 captives, foreigners and
Filipinos") are not. Targets the recogniser tags as facilities ("attacks on mosques and
churches") still say which acts are counted, and acts named as the subject or the object before
a killing participle take their toll ("carried out 25 attacks on Sufi shrines ..., killing more
than 400 people"; "Attacks claimed by the group ... have killed"). Sentences written for this
test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 5, 10)


def _measures(analyse, text: str) -> dict[float | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "At least 30 shrines, tombs and Shiite husseiniyas have been blown up or damaged in "
            "Nineveh province since June 10, according to the council.",
            30,
            "shrines, tombs and husseiniyas blown up",
        ),
        (
            "At least 58 mayors, vice mayors and governors have been killed since mid-2016, "
            "according to the monitor.",
            58,
            "mayors, vice mayors and governors killed",
        ),
        (
            "The authority said on Thursday it had blocked 37 Facebook pages and Twitter accounts "
            "that shared the group's claim.",
            37,
            "facebook pages and twitter accounts blocked",
        ),
        (
            "The observatory counted at least 17 attacks on mosques and churches in Kano, Kaduna "
            "and Borno states between January and October.",
            17,
            "attacks on mosques and churches",
        ),
        (
            "Militants have carried out at least 25 attacks on Sufi shrines since 2005, killing "
            "more than 400 people, the monitor says.",
            400,
            "people killed in attacks",
        ),
        (
            "Attacks claimed by the Islamic State on churches and Christians have killed more "
            "than 100 people since December 2016, the monitor says.",
            100,
            "people killed in attacks",
        ),
    ],
)
def test_what_is_listed_or_named_is_counted(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "Since late March, militants have seized 14 Indonesian sailors and several Malaysians "
            "at sea, officials say.",
            14,
            "indonesian sailors seized",
        ),
        (
            "The army says Abu Sayyaf still holds at least 18 captives, foreigners and Filipinos.",
            18,
            "captives held",
        ),
    ],
)
def test_a_noun_with_its_own_count_or_saying_who_is_left_out(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure
