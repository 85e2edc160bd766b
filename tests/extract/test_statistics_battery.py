"""A battery of plain newswire sentences stating numbers about the conflict
(``extract.statistics``), written for this test (not taken from any gold set): each must give a
statistic with the stated value and measure, or must give no statistic at all. One sentence is
one article. A measure is right as the evaluation judges it (bench/gold/README.md): the same
last word, or half the words shared."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import assert_statistic_stated, records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2021, 6, 12)


def _statistics(analyse, text: str) -> list[dict]:
    return records_of(analyse(text, PUBLISHED), kind="statistic")


MUST = [
    # (sentence, min, max, measure)
    (
        "The United Nations estimates that the group has between 3,000 and 5,000 fighters in Afghanistan.",
        3000,
        5000,
        "fighters",
    ),
    (
        "More than 40,000 foreign fighters from 110 countries travelled to Syria and Iraq to join the Islamic State, according to the United Nations.",
        40000,
        None,
        "foreign fighters",
    ),
    (
        "The Pentagon estimates that the Islamic State still has about 10,000 fighters in Iraq and Syria.",
        10000,
        10000,
        "fighters",
    ),
    (
        "According to the Syrian Observatory for Human Rights, more than 380,000 people have been killed in the war since 2011.",
        380000,
        None,
        "people killed",
    ),
    (
        "The conflict has displaced more than 2 million people in northeastern Nigeria since 2009, according to the UN refugee agency.",
        2000000,
        None,
        "people displaced",
    ),
    (
        "Boko Haram has killed more than 30,000 people since it took up arms in 2009.",
        30000,
        None,
        "people killed",
    ),
    (
        "The State Department is offering a reward of up to $10 million for information on the group's leader.",
        None,
        10000000,
        "reward offered",
    ),
    (
        "Washington has offered a $5 million reward for information leading to his capture.",
        5000000,
        5000000,
        "reward offered",
    ),
    (
        "Twitter said it had suspended more than 125,000 accounts linked to the Islamic State since mid-2015.",
        125000,
        None,
        "accounts suspended",
    ),
    (
        "The group claimed 1,200 attacks in Iraq last year, according to an analysis of its weekly newspaper.",
        1200,
        1200,
        "attacks claimed",
    ),
    (
        "Militants carried out an average of 15 attacks a month in the province in 2020, the police said.",
        15,
        15,
        "attacks per month",
    ),
    (
        "The number of arrests doubled to 1,200 in 2020, the interior ministry said.",
        1200,
        1200,
        "arrests",
    ),
    (
        "The group killed 350 people in 2019, according to the Armed Conflict Location and Event Data Project.",
        350,
        350,
        "people killed",
    ),
    (
        "Some 5,000 troops have been deployed to the region since January, the defence ministry said.",
        5000,
        5000,
        "troops deployed",
    ),
    ("France has about 5,100 troops deployed in the Sahel.", 5100, 5100, "troops deployed"),
    (
        "As many as 1,500 Europeans are believed to have returned from Syria, according to Europol.",
        None,
        1500,
        "europeans returned",
    ),
    (
        "An estimated 6,000 to 7,000 al-Shabaab fighters remain active in Somalia, U.S. officials said.",
        6000,
        7000,
        "fighters",
    ),
    (
        "Roughly 2,000 civilians were killed in the fighting last year, the UN mission said.",
        2000,
        2000,
        "civilians killed",
    ),
    (
        "At least 1,300 civilians were killed in attacks by armed groups in Burkina Faso in 2020, Human Rights Watch said.",
        1300,
        None,
        "civilians killed",
    ),
    (
        "Nearly 3,000 members of the group have surrendered since January, the army said.",
        None,
        3000,
        "members surrendered",
    ),
    (
        "The police said more than 900 suspected militants had been arrested since the start of the year.",
        900,
        None,
        "militants arrested",
    ),
    (
        "Afghan forces lost more than 28,000 members between 2015 and 2019, President Ashraf Ghani said.",
        28000,
        None,
        "members killed",
    ),
    (
        "The Islamic State has as many as 2,000 fighters in Afghanistan, according to a UN report.",
        None,
        2000,
        "fighters",
    ),
    (
        "The Taliban have between 55,000 and 85,000 full-time fighters, according to the U.N.",
        55000,
        85000,
        "fighters",
    ),
    (
        "Facebook said it had removed 1.9 million pieces of Islamic State and al-Qaeda content in the first quarter.",
        1900000,
        1900000,
        "pieces of content removed",
    ),
    (
        "YouTube took down more than 300,000 videos for violating its violent extremism policy between July and December.",
        300000,
        None,
        "videos removed",
    ),
    (
        "More than 100,000 people have fled their homes in Cabo Delgado since March, the UN said.",
        100000,
        None,
        "people displaced",
    ),
    (
        "Telegram said it had shut down 43,000 channels used by terrorist groups in 2019.",
        43000,
        43000,
        "channels shut down",
    ),
    (
        "Nearly half of the victims were children, according to the UN.",
        None,
        50,
        "share of victims",
    ),
    (
        "About a third of the foreign fighters have returned home, the study found.",
        33,
        33,
        "share of foreign fighters",
    ),
    (
        "Attacks in the region rose by 30 percent last year, according to the Global Terrorism Index.",
        30,
        30,
        "percent increase in attacks",
    ),
    (
        "More than 7,000 people were kidnapped in Nigeria in the first half of the year, according to a security consultancy.",
        7000,
        None,
        "people abducted",
    ),
    (
        "Since 2015, at least 800 members of the security forces have been killed in the region.",
        800,
        None,
        "members killed",
    ),
    (
        "The Islamic State claimed responsibility for 2,400 attacks worldwide in 2019, according to its own figures.",
        2400,
        2400,
        "attacks claimed",
    ),
    (
        "The UN says al-Qaeda's Yemen branch has between 6,000 and 7,000 fighters.",
        6000,
        7000,
        "fighters",
    ),
    (
        "Authorities have arrested around 1,100 suspects in terrorism cases this year, the minister said.",
        1100,
        1100,
        "suspects arrested",
    ),
    (
        "The insurgency has killed more than 40,000 people in Mozambique, Nigeria and Niger, the report said.",
        40000,
        None,
        "people killed",
    ),
    (
        "Between 2014 and 2017 the group executed more than 5,000 people in Syria, the monitor said.",
        5000,
        None,
        "people executed",
    ),
    (
        "There are an estimated 20,000 Boko Haram fighters in the Lake Chad basin, officials said.",
        20000,
        20000,
        "fighters",
    ),
    (
        "Some 850 Britons travelled to Syria and Iraq to join jihadist groups, officials said.",
        850,
        850,
        "britons travelled to syria and iraq",
    ),
    (
        "The Indian army said more than 200 militants were killed in Kashmir last year.",
        200,
        None,
        "militants killed",
    ),
    (
        "The group earns an estimated $1 million a month from extortion, according to the Treasury.",
        1000000,
        1000000,
        "revenue per month",
    ),
    (
        "An estimated 1.5 million people have been displaced by the violence in Burkina Faso, according to the government.",
        1500000,
        1500000,
        "people displaced",
    ),
    (
        "Security forces have killed 1,080 militants in the past three years, the ministry said.",
        1080,
        1080,
        "militants killed",
    ),
    (
        "There were 1,500 terrorist attacks in the Sahel in 2020, up from 1,100 in 2019, according to ACLED.",
        1500,
        1500,
        "terrorist attacks",
    ),
    (
        "Of the 12,000 foreign fighters, about 1,200 came from Western Europe, the report said.",
        1200,
        1200,
        "foreign fighters",
    ),
    (
        "The movement had recruited more than 1,000 children since 2018, UNICEF said.",
        1000,
        None,
        "children recruited",
    ),
    (
        "The group has carried out more than 600 suicide bombings since 2011, according to a study by the University of Chicago.",
        600,
        None,
        "suicide bombings",
    ),
    (
        "About 70 percent of the attacks targeted security forces, the report found.",
        70,
        70,
        "share of attacks",
    ),
    (
        "The coalition has conducted more than 34,000 airstrikes against the group since 2014.",
        34000,
        None,
        "airstrikes",
    ),
    (
        "The fighting has displaced 250,000 people, of whom 60 percent are children, the UN said.",
        60,
        60,
        "share of people displaced",
    ),
    (
        "More than 500 people were killed last year, including 120 children, according to the monitor.",
        120,
        120,
        "children killed",
    ),
    (
        "The group's strength is estimated at 4,000 fighters by U.S. officials.",
        4000,
        4000,
        "fighters",
    ),
    ("U.S. officials put the number of fighters at around 2,500.", 2500, 2500, "fighters"),
    (
        "The number of foreign fighters in the country has risen to 12,000, officials said.",
        12000,
        12000,
        "foreign fighters",
    ),
    (
        "Around 1,000 Tunisians have returned from Syria and Iraq since 2011, the interior ministry said.",
        1000,
        1000,
        "tunisians returned",
    ),
    ("Al-Shabaab is believed to have between 5,000 and 9,000 fighters.", 5000, 9000, "fighters"),
    (
        "The agency said that in 2020 it had blocked 2,100 Telegram channels operated by the group.",
        2100,
        2100,
        "channels blocked",
    ),
    (
        "Authorities have charged more than 180 people with terrorism offences since 2014.",
        180,
        None,
        "people charged",
    ),
    (
        "The number of people killed in terrorist attacks worldwide fell by 15 percent in 2019.",
        15,
        15,
        "percent change in people killed",
    ),
    (
        "The reward for information on the group's leader was raised to $25 million.",
        25000000,
        25000000,
        "reward offered",
    ),
    ("The United States has about 2,500 troops in Afghanistan.", 2500, 2500, "troops"),
    (
        "Officials said the death toll from the insurgency had reached 35,000 since 2009.",
        35000,
        35000,
        "people killed",
    ),
    (
        "The number of civilians killed in the conflict fell to 3,000 last year from 3,800 in 2019.",
        3000,
        3000,
        "civilians killed",
    ),
]

MUST_NOT = [
    "The 25-year-old suspect was arrested on Tuesday.",
    "The siege lasted 12 hours before troops stormed the building.",
    "The attack took place on 14 July 2016 in Nice.",
    "The village is 40 kilometres from the border.",
    "The blast on Monday killed 12 people and wounded 30, police said.",
    "Gunmen stormed the hotel at 10 p.m. on Friday, killing eight guests.",
    "The bomb exploded outside a shop at 45 Main Street.",
    "He was one of the group's founders.",
    "Resolution 2249 was adopted by the Security Council in 2015.",
    "Thousands of people marched in the capital on Sunday.",
    "The leader, 45, was born in Samarra.",
    "The group's weekly newspaper published its 250th issue on Thursday.",
    "Two soldiers were wounded in the clash, the army said.",
    "The explosion destroyed three houses in the village on Wednesday.",
    "The gunman fired 30 rounds before police shot him.",
    "Hundreds of fighters are believed to be hiding in the mountains.",
    "The plane carrying 150 passengers landed safely on Tuesday.",
    "The flight took off from Istanbul at 3:15 p.m.",
    "The 2015 attacks in Paris shocked the world.",
    "A 10-minute video showed the hostages kneeling in the sand.",
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_a_stated_number_is_a_statistic(analyse, text, low, high, measure):
    assert_statistic_stated(_statistics(analyse, text), low, high, measure)


@pytest.mark.parametrize("text", MUST_NOT)
def test_no_statistic(analyse, text):
    found = _statistics(analyse, text)
    assert found == [], [(s["value"], s["measure"]) for s in found]
