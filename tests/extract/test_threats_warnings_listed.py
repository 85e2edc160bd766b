"""Official warnings told beside another clause ("said security had been tightened ... and
warned residents to ..."), by a military coalition or an ombudsman, or as forces put on alert
with no one named as putting them there (``extract.threats``): sentences that must and must
not give a record."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 3, 10)  # a Friday


def _warnings(analyse, text: str) -> list[dict]:
    threats = records_of(analyse(text, PUBLISHED), "threat")
    return [r for r in threats if r["subtype"] == "official_warning"]


def _authorities(record: dict) -> list[str]:
    return [a["name"] for a in record["actors"] if a["role"] == "authority"]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        # the warning listed with the passive clause the ministry reports
        (
            "The interior ministry said security had been tightened across the province and "
            "warned residents of the capital to avoid markets until further notice.",
            "interior ministry",
        ),
        (
            "The embassy said patrols had been doubled near its compound and urged its citizens "
            "to stay away from the port.",
            "embassy",
        ),
        # a military coalition of states telling civilians to leave
        (
            "On Thursday the Saudi-led coalition told civilians to leave the province by "
            "nightfall, saying it regarded the area as a military target.",
            "Saudi-led coalition",
        ),
        # an ombudsman's early warning about armed groups
        (
            "The ombudsman's office issued an early warning on Monday for six municipalities, "
            "saying villagers faced a high risk of killings by armed groups.",
            "ombudsman's office",
        ),
        # officials put on alert, no one named as putting them there
        (
            "Authorities in the border districts were put on high alert on Wednesday after the "
            "killing of a militant commander.",
            "Authorities",
        ),
        # what is warned of hung by the parse on the day
        (
            "The French embassy warned on Tuesday of possible attacks on bars and hotels "
            "popular with foreigners.",
            "French embassy",
        ),
        # precautions asked of the people protected
        (
            "The Philippine military urged residents on Sunday to report any suspicious "
            "strangers in their villages.",
            "Philippine military",
        ),
        (
            "The government told aid agencies to suspend operations in the district on Monday "
            "after two of their workers were shot.",
            "government",
        ),
        # forces told to review their plans
        (
            "Police across the country were told on Monday to review their protection plans "
            "for public events.",
            "Police",
        ),
    ],
)
def test_a_warning_is_found(analyse, text, authority):
    warnings = _warnings(analyse, text)
    assert warnings, "no official warning"
    assert authority in _authorities(warnings[0]), warnings[0]["actors"]


@pytest.mark.parametrize(
    "text",
    [
        # no authority warns: the listed clause has its own subject, or the alert is not theirs
        "The ministry said the roads had been reopened and the markets were busy again.",
        "Hospitals in the border districts were put on high alert on Wednesday after the bombing.",
        # a coalition of parties, asking nothing protective
        "The ruling coalition told voters to turn out on Sunday.",
        # a warning that is only planned
        "The interior minister said security would be stepped up at festivals next month.",
        # the same words from no authority, or about no attack
        "The company told its staff to suspend work on Monday because of the strike by drivers.",
        "The health ministry urged residents to report any suspicious symptoms of cholera.",
        # warned of on the day, but the weather
        "The ministry warned on Monday of heavy rain and flooding in the north.",
        # protection plans, but for the weather
        "Councils were told on Monday to review their protection plans for the coming floods.",
    ],
)
def test_no_warning_from_these(analyse, text):
    assert _warnings(analyse, text) == []


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        # insurgents told to be heading somewhere: a danger ahead, not a judgement of them
        (
            "The defence ministry warned on Monday that groups of insurgents were moving south "
            "into the district and told villagers there to report strangers to the police.",
            "defence ministry",
        ),
        # a military command puts places on alert
        (
            "The command put coastal towns in the province on alert on Thursday, saying "
            "militant boats had been spotted heading toward the islands.",
            "command",
        ),
    ],
)
def test_a_warning_of_attackers_on_the_move_is_found(analyse, text, authority):
    warnings = _warnings(analyse, text)
    assert warnings, "no official warning"
    assert authority in _authorities(warnings[0]), warnings[0]["actors"]


def test_insurgents_judged_make_no_warning(analyse):
    text = "The defence ministry cautioned on Monday that the insurgents were not defeated."
    assert _warnings(analyse, text) == []
