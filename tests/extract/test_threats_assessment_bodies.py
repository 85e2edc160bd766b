"""A national threat assessment body raising the alert level issues a warning, though "threat"
stands just before the verb (``extract.threats``, ``extract.certainty``): "threat" naming a
body or a scale is no speculation. A threat a group issues is still no attack. Texts written
for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpers import records_of

pytestmark = pytest.mark.slow

PUBLISHED = date(2015, 1, 17)  # a Saturday


def test_a_threat_assessment_body_raising_the_level_warns(analyse):
    text = (
        "Belgium's threat assessment body, OCAM, on Friday raised the national alert level to "
        "three on a scale of four, citing the risk of further attacks on police."
    )
    [warning] = records_of(analyse(text, PUBLISHED), "threat")
    assert warning["subtype"] == "official_warning"
    assert warning["date"]["start"] == "2015-01-16"


def test_a_threat_to_attack_is_no_attack(analyse):
    text = "The group issued a threat on Friday to attack the city's police stations."
    assert records_of(analyse(text, PUBLISHED), "attack") == []
