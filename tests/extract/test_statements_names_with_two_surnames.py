"""A surname alone stands for the full name given before (``extract.statements``), also when
the name has two given names or a second surname after the first, as Spanish names have
("Navarrete said" -> "Marisela Navarrete Bahena"), but not a title or a word that is no name
("Interior Minister Lopez"). Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


def _speakers(analyse, text: str) -> list[str]:
    result = analyse(text, date(2024, 10, 8))
    return [r.data["speaker"] for r in result.records if r.kind == "statement"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rosalba Quintero Arias, a councillor in the town, said the mayor had asked for "
            "protection.\n\n"
            '"He wrote to the ministry twice and nobody answered him," Quintero said.',
            "Rosalba Quintero Arias",
        ),
        (
            "Ana Milena Cuellar, who runs a monitoring group in Popayan, said the killings had "
            "a purpose.\n\n"
            '"They decide who may stand long before a single ballot is printed," Cuellar said.',
            "Ana Milena Cuellar",
        ),
        (
            "Interior Minister Lopez visited the town on Monday.\n\n"
            '"We will send more police to every municipality that asks for them," Lopez said.',
            "Lopez",
        ),
        (
            "Officials said Tomas Herrera had been warned.\n\n"
            '"He refused to leave because he thought somebody had to stay," Herrera said.',
            "Tomas Herrera",
        ),
    ],
)
def test_a_surname_stands_for_the_full_name(analyse, text, speaker):
    assert _speakers(analyse, text) == [speaker]
