"""Statistics (``extract.statistics``) by the gold conventions: values of shares and sums,
measures that say what happened to the counted, tolls of past incidents, and the sentences that
must give none."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 11, 14)


def _statistics(analyse, text: str, published: date = PUBLISHED) -> list[dict]:
    result = analyse(text, published)
    return [r.data for r in result.records if r.kind == "statistic"]


@pytest.mark.parametrize(
    ("text", "measure", "low", "high"),
    [
        # a sum in a currency named after the figure
        (
            "The state government had offered a reward of 5 million rupees for information "
            "leading to his arrest.",
            "reward offered",
            5000000,
            5000000,
        ),
        # a place's population
        (
            "Idlib and its surroundings are home to about 3 million people, according to the "
            "United Nations.",
            "population",
            3000000,
            3000000,
        ),
        # a toll over a stretch of fighting, not one incident's
        (
            "More than 130 people, including fighters and civilians, were killed in the ten days "
            "of fighting, the Observatory said.",
            "people killed",
            130,
            None,
        ),
        # a relative clause states a fact, whatever the clause it hangs from fears
        (
            "She said the cells could be absorbed by bandit gangs, which kidnapped more than "
            "2,000 people in the first half of the year, according to her group's count.",
            "people kidnapped",
            2000,
            None,
        ),
        # ... and so does a participle on a noun ("the prisons holding ...")
        (
            "The administration warned that it could no longer guarantee the security of the "
            "prisons holding about 12,000 suspected fighters.",
            "fighters held in prisons",
            12000,
            12000,
        ),
        # a part of a whole the sentence stated is stated too
        (
            "The administration warned that it could no longer guarantee the security of the "
            "prisons holding about 12,000 suspected fighters, among them 2,500 to 3,000 "
            "foreigners.",
            "foreign fighters",
            2500,
            3000,
        ),
        # "the displaced" counted
        (
            "More than 20,000 of the displaced had arrived in the city of Cucuta, the city's "
            "mayor said.",
            "people displaced",
            20000,
            None,
        ),
        # what happened to the counted, in the text's words
        (
            "The Defence Ministry said about 5,000 soldiers had been sent to the region.",
            "soldiers deployed",
            5000,
            5000,
        ),
        (
            "The peacekeeping mission in Mali has lost more than 100 personnel to hostile acts "
            "since 2013.",
            "personnel killed",
            100,
            None,
        ),
        (
            "TikTok said it had taken down more than 500,000 videos in the region between Oct. 7 "
            "and Oct. 14.",
            "videos removed",
            500000,
            None,
        ),
        (
            "Twitter has said it suspended more than 1.2 million accounts for promoting "
            "terrorism between August 2015 and December 2017.",
            "accounts suspended",
            1200000,
            None,
        ),
        # accounts counted in one day's hijacking: no event field holds their number
        (
            "On Thursday, hackers also took over at least 14 dormant Twitter accounts belonging "
            "to small businesses.",
            "twitter accounts",
            14,
            None,
        ),
        (
            "Lorenzana said between 20 and 30 fighters were still holed up in a small area.",
            "fighters remaining",
            20,
            30,
        ),
    ],
)
def test_statistic_found(analyse, text, measure, low, high):
    found = [s for s in _statistics(analyse, text) if s["value"] == {"min": low, "max": high}]
    assert [s["measure"] for s in found] == [measure], _statistics(analyse, text)


def test_a_share_of_a_stated_whole_is_given_in_percent(analyse):
    """ "about half of them" of a stated 3 million: 50 percent, not 1.5 million."""
    records = _statistics(
        analyse,
        "Idlib is home to about 3 million people, about half of them displaced from other parts "
        "of Syria, according to the United Nations.",
    )
    [share] = [r for r in records if r.get("fraction")]
    assert share["value"] == {"min": 50, "max": 50}
    assert share["unit"] == "percent"
    assert share["measure"].startswith("share of")
    assert share["of"] == 3000000


@pytest.mark.parametrize(
    ("text", "published", "value", "measure"),
    [
        (
            "Amaq became the group's main channel for claiming attacks, including the November "
            "2015 attacks in Paris, in which 130 people were killed.",
            date(2018, 4, 27),
            {"min": 130, "max": 130},
            "people killed in attacks",
        ),
        (
            "Authorities blame the group for the March 2022 bombing of the train, in which at "
            "least eight people were killed.",
            date(2025, 8, 18),
            {"min": 8, "max": None},
            "people killed in bombing",
        ),
    ],
)
def test_the_toll_of_a_past_incident_is_a_borderline_statistic(
    analyse, text, published, value, measure
):
    [record] = _statistics(analyse, text, published)
    assert record["measure"] == measure
    assert record["value"] == value
    assert record["borderline"] is True


@pytest.mark.parametrize(
    "text",
    [
        # a recent incident's toll is the event's
        "The bombing on Monday, in which 12 people were killed, was the worst since 2019.",
        "Security forces killed 13 rebels in another forest in May.",
        # "a day after" dates an incident; it is no rate
        "Troops pounded rebel positions on Monday, a day after two bombs tore through a "
        "cathedral on Sunday, killing 20 people and wounding more than 100.",
        # the strikes an incident's toll was taken in
        "A spokesman said five fighters were killed and six wounded in 73 strikes on five "
        "provinces.",
        # a few channels blocked on one day
        "Telegram blocked three channels on Friday.",
        # a plan in the relative clause itself
        "Officials fear the gangs, which could kidnap more than 2,000 people, will grow.",
        # a part of a whole that is itself only possible
        "The group could recruit up to 5,000 fighters, among them 1,000 foreigners.",
    ],
)
def test_no_statistic(analyse, text):
    assert _statistics(analyse, text) == []
