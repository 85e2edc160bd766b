"""A leader killed with his men in a gunfight with police is a leadership change and a battle
(``extract``): the attack the killing may also be read as (no doer but the leader's own group)
is set aside first, so the battle stays the one view of the clash. A clash told as the group's
attack on soldiers stays that attack. Texts written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 7, 30)  # a Thursday


def test_a_leader_killed_in_a_gunfight_with_police_gives_a_battle(analyse):
    text = (
        "Riaz Basra, the leader of the banned group Lashkar-e-Jhangvi, was killed along with "
        "his two sons and nine other militants in a gunfight with police in the Vehari district "
        "of Punjab province early on Wednesday, officials said."
    )
    result = analyse(text, PUBLISHED)
    assert [r["subtype"] for r in records_of(result, "leadership_change")] == ["killed"]
    assert [r["subtype"] for r in records_of(result, "military_operation")] == ["battle"]
    assert records_of(result, "attack") == []


def test_soldiers_killed_in_a_clash_with_the_group_stay_its_attack(analyse):
    text = "Five soldiers were killed in a clash with al-Shabaab fighters near Kismayo on Tuesday."
    result = analyse(text, PUBLISHED)
    assert len(records_of(result, "attack")) == 1
    assert records_of(result, "military_operation") == []
