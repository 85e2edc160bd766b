"""Statistics (``extract.statistics``) of tolls recalled from months back, of hostages whose fate
is told, of troops counted in a force, of campaigns for a place and of short bouts of strikes,
each in sentences written for this test (not taken from any gold set or article).

- An attack dated two months or more before the article, or by a month alone that is the one
  before last ("in July" in a September story), told after the lead, is history (the
  attack extractor drops it), so its toll is a borderline statistic, dated by the words of the sentence, by a "when"
  clause ("since October, when ...") or by its subject ("The Jakarta attack in January 2016,
  ..., killed"); a state force's killing months back stays an operation's detail.
- The attackers who died in their own attack are never counted.
- Hostages whose later fate is told ("were killed", "are still held") keep their noun.
- Troops counted "in" a force or mission right after their noun keep the force.
- "killed in the battle for X" is a campaign's toll, not one incident's.
- Strikes "between Sunday and Monday" are a bout's detail; a tally "since Saturday" is not.
- A conflict's toll needs the victims as the verb's own object: not "the government began
  mourning for the 20 people killed", nor "pressure over two hostages".
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2019, 9, 20)


# the news the article leads with: what follows it is told after the lead
LEAD = "Police said on Thursday they had questioned a driver about a bomb found in the capital.\n\n"


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(LEAD + text, PUBLISHED), kind="statistic")


def _lead_statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


MUST = [
    # (sentence, min, max, measure, borderline)
    # --- a past attack's toll, months before the article -------------------------------------
    (
        "Its fighters murdered 19 travellers taken from a minibus near the border in May.",
        19,
        19,
        "travellers killed",
        True,
    ),
    (
        "Gunmen killed seven guests at a lakeside lodge in March, and 11 people died when a "
        "car bomb hit a market in the north in June.",
        11,
        11,
        "people killed",
        None,  # the second toll of the sentence, kept as one of its figures
    ),
    (
        "Checkpoints have been reinforced across the province since February, when insurgents "
        "killed 27 policemen in a night raid on a border post.",
        27,
        27,
        "policemen killed",
        True,
    ),
    (
        "The hotel siege in March 2017, the deadliest in the country's history, killed 31 "
        "guests and staff near the airport.",
        31,
        31,
        "guests and staff killed",
        True,
    ),
    # --- hostages whose fate is told ----------------------------------------------------------
    (
        "The army says 64 hostages taken by the group last year are still held in the forest.",
        64,
        64,
        "hostages still held",
        None,
    ),
    (
        "Officials say 58 hostages abducted from a school in 2018 are still held by the faction.",
        58,
        58,
        "hostages still held",
        None,
    ),
    (
        "The group is accused of the siege of a resort in 2016, in which 17 hostages were killed.",
        17,
        17,
        "hostages killed",
        None,
    ),
    # --- troops counted in a force --------------------------------------------------------------
    # a month told alone, the one before last: however late in it the attack came
    (
        "A suicide bomber killed 31 guests at a wedding hall in the north in July.",
        31,
        31,
        "guests killed",
        True,
    ),
    # soldiers who died are the dead, not a state force that killed
    (
        "Nine soldiers died in a single ambush in the hills in November 2018.",
        9,
        9,
        "soldiers killed",
        True,
    ),
    (
        "Uganda has about 6,200 soldiers in the African Union mission, officials say.",
        6200,
        6200,
        "soldiers in the african union mission",
        None,
    ),
    (
        "Germany keeps some 1,100 troops in the NATO force in Lithuania.",
        1100,
        1100,
        "troops in the nato force",
        None,
    ),
    # --- a campaign for a place -----------------------------------------------------------------
    (
        "A monitoring group said more than 2,300 people had been killed in the battle for "
        "the city, among them at least 900 government soldiers.",
        2300,
        None,
        "people killed",
        None,
    ),
    (
        "About 650 civilians died in the long fight for the port, the UN said.",
        650,
        650,
        "civilians killed",
        None,
    ),
]


@pytest.mark.parametrize(("text", "low", "high", "measure", "borderline"), MUST)
def test_statistic_is_read(analyse, text, low, high, measure, borderline):
    found = _statistics(analyse, text)
    assert_statistic_stated(found, low, high, measure)
    if borderline:
        hit = next(s for s in found if (s["value"]["min"], s["value"]["max"]) == (low, high))
        assert hit.get("borderline") is True


MUST_NOT = [
    # (sentence, value that must not be a statistic)
    # the attackers killed in their own attack
    (
        "The bombing of the stadium in January 2017 killed nine fans and three attackers.",
        3,
    ),
    (
        "The raid on the bank in 2016 killed five customers and the four assailants.",
        4,
    ),
    # a state force's killing a few months back is an operation, not a recalled toll
    ("Security forces killed 14 rebels in another forest in June.", 14),
    ("Troops killed 22 militants near the border in May, the army said.", 22),
    # an attack told this week, or last month: its toll is the event's
    ("Gunmen killed 12 worshippers at a mosque in the north in August.", 12),
    ("Gunmen killed 12 worshippers at a mosque in the north on Tuesday.", 12),
    # a battle of one day
    ("Fifteen soldiers were killed in the battle for the bridge on Monday, the army said.", 15),
    # strikes of a bout of days
    (
        "Coalition jets carried out 19 strikes near the town between Saturday and Sunday "
        "morning, the command said.",
        19,
    ),
    ("Warplanes flew 26 sorties over the valley from Monday to Wednesday.", 26),
    # victims that are no verb's object: mourning, pressure
    (
        "The president declared three days of mourning for the 18 people killed when "
        "gunmen stormed the mall on Saturday.",
        18,
    ),
    ("The group stepped up pressure on the two governments over three hostages.", 3),
    # "so far" ends a superlative's phrase: the strike ranks, its toll is no total
    (
        "Aircraft struck targets around the port on Friday, killing 16 people and wounding "
        "41, according to the rebels, in the deadliest of the raids so far.",
        16,
    ),
]


@pytest.mark.parametrize(("text", "value"), MUST_NOT)
def test_no_statistic(analyse, text, value):
    found = _statistics(analyse, text)
    values = [s["value"]["min"] for s in found] + [s["value"]["max"] for s in found]
    assert value not in values, found


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 33 shoppers at a mall in the capital in April, police said.",
        "A suicide bomber killed 41 worshippers at a mosque in the north in March.",
    ],
)
def test_an_old_attack_the_lead_tells_is_the_news(analyse, text):
    """The attack extractor keeps an attack the lead tells, however old: no statistic."""
    assert not _lead_statistics(analyse, text)


def test_a_running_tally_of_raids_stays(analyse):
    found = _statistics(
        analyse, "Police have carried out 380 raids since Saturday, the minister said."
    )
    assert_statistic_stated(found, 380, 380, "raids")


def test_a_conflicts_toll_stays(analyse):
    found = _statistics(analyse, "The insurgency has killed more than 40,000 people since 2008.")
    assert_statistic_stated(found, 40000, None, "people killed")
