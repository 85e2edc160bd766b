"""Operations that are only the setting of another event (``extract._one_view_of_each``): a
strike named only inside a leader's rumoured death, told nowhere else, is the rumour's setting
and no operation; a raid read on the very word of a camp overrun, with no one killed, is the
territorial change alone. Strikes with a toll of their own, that do the killing, or that the
article tells again stay operations."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 10, 12)  # a Saturday
LEAD = "The group released a new recording this week.\n\n"


def _events(analyse, text: str, kind: str) -> list[dict]:
    result = analyse(LEAD + text, PUBLISHED)
    return [r.data for r in result.records if r.kind == "event" and r.data["type"] == kind]


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry said in August that it might have killed Abu Bakr al-Baghdadi, "
        "the Islamic State's leader, in an air strike on a hideout near the border on July 20.",
        "Officials said in the spring that Ahmed Umar, the leader of al-Shabaab, had probably "
        "been killed in a drone strike in the hills, a claim never confirmed.",
        "Army officers said last year that they may have killed Abubakar Shekau, the leader of "
        "Boko Haram, in an air raid on a compound outside the city on March 3.",
    ],
)
def test_a_strike_only_inside_a_rumoured_death_is_no_operation(analyse, text):
    assert _events(analyse, text, "leadership_change")
    assert not _events(analyse, text, "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        # the strike has a toll of its own
        "The army said on Thursday that about 40 fighters were killed in air strikes on a camp "
        "near Gwoza and that Abubakar Shekau may have been among them.",
        # the strike is told again as the article's news
        "Officials were checking whether Abubakar Shekau was among those killed in air strikes "
        "near Gwoza on Thursday.\n\nThe strikes, carried out by Nigerian jets, hit two camps.",
    ],
)
def test_a_strike_of_its_own_stays_an_operation(analyse, text):
    assert _events(analyse, text, "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "Troops overran a Boko Haram camp near Gwoza on Saturday, the military said.",
        "Soldiers overran an Abu Sayyaf camp near Patikul on Wednesday, the army said.",
        "Government troops overran an al-Shabaab base outside Jilib on Friday, officials said.",
    ],
)
def test_a_camp_overrun_with_no_one_killed_is_no_raid(analyse, text):
    assert _events(analyse, text, "territorial_change")
    assert not _events(analyse, text, "military_operation")


@pytest.mark.parametrize(
    "text",
    [
        "Troops overran a Boko Haram camp near Gwoza on Thursday after a day of fighting in "
        "which six militants and a soldier were killed, the army said.",
        # the force is told with the arms backing its assault
        "Soldiers supported by fighter jets overran an al-Shabaab base outside Jilib on Friday.",
    ],
)
def test_a_camp_overrun_with_its_dead_stays_an_operation(analyse, text):
    assert _events(analyse, text, "military_operation")
