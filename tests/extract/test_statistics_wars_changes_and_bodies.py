"""A war's toll, a change told beside a count, and what a body numbers
(``extract.statistics``): the dead of a war are counted over its years, however the parse hangs
the clause that tells them; a toll told of an incident a "when" clause names is dated by that
clause; "a rise of 42 percent" or "up by about a third" set beside a count is the count's change;
"the detention of 166" counts people detained; "fighters number about 3,000" (or "between 400
and 600"), "it has about 1,200 men" and "has 200 armed men" (its armed fighters) give a body's
strength; accounts counted with what they said about an attack are no
detail of the attack. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import measures_by_value, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 12, 20)


def _measures(analyse, text: str) -> dict[int | None, str]:
    return measures_by_value(records_of(analyse(text, PUBLISHED), kind="statistic"))


@pytest.mark.parametrize(
    "text",
    [
        "Morocco, which fought a long war in the 1980s in which as many as 40,000 people were "
        "killed, has refused to negotiate.",
        "Peru's war with the rebels, in which 69,000 people died, ended in 2000.",
    ],
)
def test_a_wars_toll_is_a_statistic(analyse, text):
    assert next(iter(v for v in _measures(analyse, text) if v), None) in (40000, 69000)


def test_a_toll_told_in_an_incident_of_a_when_clause_long_ago(analyse):
    text = (
        "Markets have been guarded since December 2016, when a man drove a truck into a market "
        "in Berlin in an attack that eventually cost 13 lives."
    )
    assert _measures(analyse, text).get(13) == "people killed"


def test_an_incident_of_a_recent_when_clause_keeps_its_toll(analyse):
    text = (
        "Markets have been guarded since Sunday, when a man drove a truck into a market in "
        "Berlin in an attack that cost 13 lives."
    )
    assert 13 not in _measures(analyse, text)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The group counted 207 militant attacks across the country last year, a rise of 42 "
            "percent over 2020, in which 335 people were killed.",
            42,
            "percent change in militant attacks",
        ),
        (
            "The unit recorded 856 attacks in the first 10 months of the year, an average of "
            "nearly three a day, up by about a third on the same period of 2022.",
            33,
            "percent change in attacks",
        ),
        # set off by a comma from the verb it hangs on, still the count's
        (
            "The branch claimed 64 attacks in the first four months of the year, down by about "
            "half from the same period of 2020, the researchers said.",
            50,
            "percent change in attacks claimed",
        ),
        # the dead and the wounded changed together are casualties
        (
            "The mission reported that 1,659 civilians were killed and 3,524 wounded in the "
            "first six months of the year, a rise of 47 percent on the same period of 2022.",
            47,
            "percent change in civilian casualties",
        ),
    ],
)
def test_a_change_beside_a_count_is_the_counts(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_subject_down_by_a_share_is_no_change_of_a_count_before(analyse):
    text = "The group claimed 64 attacks last year. Attacks were down by about half, it said."
    assert 50 not in _measures(analyse, text)


def test_acts_counted_in_the_week_before_an_incident_are_a_tally(analyse):
    text = (
        "Gunmen bombed a bar in Iware on Sunday. The group's weekly newspaper listed 14 "
        "operations in Nigeria in the week before the bombing."
    )
    assert _measures(analyse, text).get(14) == "operations"


def test_what_remains_of_a_strength_told_before(analyse):
    text = (
        "The group had between 4,000 and 6,000 fighters in the country at its peak, officials "
        "say, and they now believe that fewer than 400 remain."
    )
    assert _measures(analyse, text).get(400) == "fighters remaining"


def test_a_change_with_its_own_noun_keeps_it(analyse):
    text = "Police recorded 300 kidnappings last year, and a 20 percent rise in robberies."
    assert _measures(analyse, text).get(20) == "percent change in robberies"


def test_a_share_told_beside_a_count_is_no_change(analyse):
    text = "The group counted 207 attacks last year, 42 percent of them in the north."
    assert _measures(analyse, text).get(42, "").startswith("share of")


def test_the_detention_of_a_bare_figure_counts_people_detained(analyse):
    text = (
        "Officials spoke on Friday.\n\nOver the same six months, American forces carried out "
        "171 missions against the group together with Iraqi troops. The operations killed 39 militants and led to the "
        "detention of 166, the command said."
    )
    assert _measures(analyse, text).get(166) == "people detained"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The group's fighters number about 3,000, officials say.", 3000, "fighters"),
        ("Its fighters now number more than 5,000, the report says.", 5000, "fighters"),
        # a range after "number" is the verb's, never a reference number
        (
            "The branch's desert fighters number between 400 and 600, according to the "
            "monitoring team.",
            400,
            "fighters",
        ),
        # men a group has under arms are its fighters
        (
            "The faction still has between 150 and 250 armed men in the hills, officials say.",
            150,
            "armed fighters",
        ),
        ("The cell had fewer than 40 armed men left, army officers say.", 40, "armed fighters left"),
        (
            "Division 12 says it has about 1,200 men, only a few of whom have been trained.",
            1200,
            "fighters",
        ),
    ],
)
def test_what_a_body_numbers_or_has(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_armed_men_who_storm_a_village_are_no_strength(analyse):
    text = "About 200 armed men stormed the village on Monday, killing three farmers."
    assert 200 not in _measures(analyse, text)


def test_a_reference_number_is_no_figure(analyse):
    assert not _measures(analyse, "The suspects were held in cell number 12 of the jail.")


def test_men_a_company_has_at_work_are_no_strength(analyse):
    text = "The company has about 1,200 men working at the plant."
    assert 1200 not in _measures(analyse, text)


def test_accounts_counted_with_what_they_said_of_an_attack(analyse):
    text = (
        "The telecommunications authority said on Sunday that it had blocked access to more "
        "than 100 social media accounts praising the attack."
    )
    assert _measures(analyse, text).get(100) == "media accounts blocked"


def test_neutralised_said_to_cover_the_wounded_is_not_killed(analyse):
    text = (
        'The ministry said 480 militants had been "neutralised" since Wednesday, its term for '
        "fighters killed, wounded or captured."
    )
    assert _measures(analyse, text).get(480) == "militants neutralised"


def test_neutralised_alone_is_killed(analyse):
    text = "The army said 300 militants had been neutralised since January."
    assert _measures(analyse, text).get(300) == "fighters killed"


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        (
            "The security service has said that about 1,700 Russian citizens are fighting with "
            "the Islamic State in Syria and Iraq.",
            1700,
            "russian citizens fighting with the islamic state",
        ),
        (
            "The group wants better treatment of its imprisoned members, who number about 350 "
            "in Spanish and French jails.",
            350,
            "members",
        ),
        (
            "ETA killed more than 800 people in a four-decade campaign for an independent "
            "homeland before it declared a ceasefire in 2011.",
            800,
            "people killed",
        ),
    ],
)
def test_what_a_group_is_or_did_over_its_years(analyse, text, value, measure):
    assert _measures(analyse, text).get(value) == measure


def test_a_campaign_of_one_week_is_no_struggle(analyse):
    text = "Gunmen killed 12 people in a bombing campaign last week."
    assert 12 not in _measures(analyse, text)


def test_men_fighting_where_tell_no_side(analyse):
    text = "About 2,000 fighters are fighting in the city, officials say."
    assert _measures(analyse, text).get(2000) == "fighters"
