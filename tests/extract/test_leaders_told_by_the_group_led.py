"""A person told only by the named group he led ("Russian forces killed the man who led the
Islamic State's branch in the North Caucasus") is that group's leader (``extract.leaders``);
a man who ran a bakery leads no group. A cartel's founder is a post of the cartel, once the
cartel is known ("the founder of the Knights Templar drug cartel"). Texts written for this
test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2016, 12, 5)  # a Monday


def test_the_man_who_led_a_named_group_is_its_leader(analyse):
    text = (
        "Russian security forces have killed the man who led the Islamic State's branch in the "
        "North Caucasus, the Federal Security Service said on Sunday."
    )
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["subtype"] == "killed"


def test_a_man_who_ran_a_bakery_leads_no_group(analyse):
    text = "Police arrested a man who ran a bakery in Kano on Monday."
    assert records_of(analyse(text, PUBLISHED), "leadership_change") == []


def test_a_cartel_founder_killed_is_a_leadership_change(analyse):
    text = (
        "Officials said fingerprints had confirmed that soldiers killed Nazario Moreno, the "
        "founder of the Knights Templar drug cartel, on Sunday."
    )
    [change] = records_of(analyse(text, PUBLISHED), "leadership_change")
    assert change["subtype"] == "killed"
