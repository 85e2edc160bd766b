"""Measures that keep what says which of the counted are counted (``extract.statistics``),
in sentences written for this test: the target of counted acts ("attacks on health workers"),
an unarmed doer ("kidnappings by criminal gangs"), what the counted lack ("pupils without
schools") or cannot do ("villagers unable to return"), a kind of groups as doers ("attacks by
separatist groups"), the kind "incidents of" name, the class a register puts them in ("listed
as missing"), and the later fate of people named by a
participle ("kidnapped passengers freed or escaped"), what they are doing ("servers hosting
the archive", a share's "not receiving food rations"); and what stays as it was: a definite
target or a place ("on the capital", "against the group", "on Kabul"), armed doers (the
figure's actor), people merely still somewhere ("fighters remaining"), doings that name no kind
of them ("taking part") and a place they act in ("operating in the north")."""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 14)


def _measures(analyse, text: str, low, high) -> list[str]:
    found = records_of(analyse(text, PUBLISHED), kind="statistic")
    return [s["measure"] for s in found if (s["value"]["min"], s["value"]["max"]) == (low, high)]


MUST = [
    # (sentence, min, max, measure an analyst would write)
    (
        "Human rights monitors counted more than 150 attacks on health workers in the country last year.",
        150,
        None,
        "attacks on health workers",
    ),
    (
        "The navy says it has recorded 41 strikes against merchant vessels since March.",
        41,
        41,
        "strikes against merchant vessels",
    ),
    (
        "Researchers documented at least 90 kidnappings by criminal gangs in the state in 2022.",
        90,
        None,
        "kidnappings by criminal gangs",
    ),
    (
        "The fighting has left some 15,000 pupils without schools, the ministry said.",
        15000,
        15000,
        "pupils without schools",
    ),
    (
        "Some 3,000 families remain without shelter after the floods, the agency said.",
        3000,
        3000,
        "families without shelter",
    ),
    (
        "An estimated 60,000 villagers are still unable to return to their farms, officials said.",
        60000,
        60000,
        "villagers unable to return",
    ),
    (
        "About 45 of the kidnapped passengers have been freed or have escaped since January, police said.",
        45,
        45,
        "kidnapped passengers freed or escaped",
    ),
    (
        "Officials say 300 displaced families have returned to the district since May.",
        300,
        300,
        "displaced families returned",
    ),
    # what the counted are doing
    (
        "Investigators found 25 servers hosting the group's archive, the agency said.",
        25,
        25,
        "servers hosting archive",
    ),
    (
        "An estimated 1.2 million people living in tents depend on food aid, the agency said.",
        1200000,
        1200000,
        "people living in tents",
    ),
    # what a share's part is (not) doing
    (
        "Aid groups say 40 percent of families in the camp are not receiving food rations.",
        40,
        40,
        "share of families not receiving food rations",
    ),
    (
        "Roughly half of the accounts were sharing the group's videos, researchers found.",
        50,
        50,
        "share of accounts sharing videos",
    ),
    (
        "The army estimated that up to 600 insurgents had been holding the port before the assault began.",
        None,
        600,
        "insurgents holding port",
    ),
    # a kind of groups as doers, which no actor names
    (
        "The monitor counted 79 attacks by separatist groups in the province in 2022.",
        79,
        79,
        "attacks by separatist groups",
    ),
    # acts counted by the kind their "of" phrase names
    (
        "According to the ministry, incidents of rebel violence fell to 665 in 2020.",
        665,
        665,
        "incidents of rebel violence",
    ),
    # the class a register puts the counted in, without its place
    (
        "More than 112,000 people are listed as missing in the country, according to the "
        "national register.",
        112000,
        None,
        "people listed as missing",
    ),
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST)
def test_the_measure_keeps_what_defines_the_counted(analyse, text, low, high, measure):
    assert measure in _measures(analyse, text, low, high)


MUST_NOT = [
    # (sentence, min, max, the measure as it stays)
    (
        "The coalition has conducted more than 5,000 airstrikes against the group since 2016.",
        5000,
        None,
        "airstrikes",
    ),
    ("Monitors recorded 300 attacks by insurgents in the province last year.", 300, 300, "attacks"),
    ("The monitor recorded 120 attacks by the group in 2022.", 120, 120, "attacks"),
    ("Analysts counted 90 attacks on the capital since January.", 90, 90, "attacks"),
    ("The group carried out more than 200 attacks on Kabul last year.", 200, None, "attacks"),
    (
        "Officials said some 12,000 troops were taking part in the offensive, which began in June.",
        12000,
        12000,
        "troops",
    ),
    (
        "About 4,000 fighters operating in the north of the country joined the new alliance.",
        4000,
        4000,
        "fighters joined",
    ),
    (
        "About 500 fighters are still holed up in the old city, the army said.",
        500,
        500,
        "fighters remaining",
    ),
]


@pytest.mark.parametrize(("text", "low", "high", "measure"), MUST_NOT)
def test_places_actors_and_definite_targets_stay_out(analyse, text, low, high, measure):
    assert _measures(analyse, text, low, high) == [measure]
