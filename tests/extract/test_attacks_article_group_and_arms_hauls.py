"""Two rules of the attack extractor, through the real pipeline, on sentences written for these
tests: the article's armed group fills perp_org only of an attack whose sentences name its
doers or what or whom it hit; and weapon words listed as a haul of seized or handed-over arms
tell no attack."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers import attack_data_with_history
from watchfloor.analyze.evaluate_muc4 import document_templates, normalise
from watchfloor.pipeline import process_documents

pytestmark = pytest.mark.slow

# a MUC-4 dispatch: dateline, no publication date, past attacks kept (as ``eval muc4`` runs)
_DATELINE = "san salvador, 20 nov 89 (radio) -- "


@pytest.fixture(scope="module")
def analyse(nlp, settings, make_document):
    muc4_settings = replace(settings, keep_past_attacks=True)

    def run(text: str):
        [result] = process_documents([make_document(_DATELINE + text)], muc4_settings)
        return result

    return run


def _perp_orgs(analyse, text: str) -> set[str] | None:
    """The perpetrator organisations of the text's templates; None when it gives none."""
    templates = document_templates(analyse(text))
    if not templates:
        return None
    return {normalise(m) for t in templates for e in t["PerpOrg"] for m in e}


def _attacks(analyse, text: str) -> list[dict]:
    return attack_data_with_history(analyse(text))


# --- the article's group, given only to an attack tied to it by its own words -----------------

_LEAD = "the fmln rebels announced a new offensive in the eastern departments on sunday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "guerrillas blew up a bus on the coastal highway on monday, officials said.",
        "on monday unidentified men dynamited the power station of san miguel.",
        "mayor jose antonio cruz was shot dead outside his home in usulutan on monday.",
    ],
)
def test_an_attack_naming_its_doers_or_what_it_hit_takes_the_articles_group(analyse, sentence):
    assert "fmln" in (_perp_orgs(analyse, _LEAD + sentence) or set())


@pytest.mark.parametrize(
    "sentence",
    [
        "the church condemned the massacre and asked for an investigation on monday.",
        "the archbishop condemned the kidnapping on monday and demanded the hostages' release.",
        "relatives of the victims of the 1980 massacre marched through the capital on monday.",
    ],
)
def test_an_attack_told_by_its_word_alone_takes_no_group_from_the_article(analyse, sentence):
    orgs = _perp_orgs(analyse, _LEAD + sentence)
    assert orgs is not None  # the incident is a template all the same
    assert "fmln" not in orgs


# --- arms seized, found or handed over ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "among the war materiel confiscated on monday: a surface-to-air missile, 80 rifles and "
        "4 rocket launchers.",
        "the weapons captured by the army in the raid include 12 rocket launchers and 300 "
        "grenades.",
        "the arms seized from the rebels on monday included a soviet-made missile and two "
        "rocket launchers.",
    ],
)
def test_weapons_listed_as_a_haul_tell_no_attack(analyse, text):
    assert _attacks(analyse, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "guerrillas fired rockets at the police station in the centre of town on monday night.",
        "troops found the launcher from which rebels fired three rockets at the presidential "
        "palace on monday.",
        "a bomb found in a car outside the ministry exploded on monday as experts tried to "
        "defuse it, killing one of them.",
    ],
)
def test_weapons_used_beside_a_find_still_tell_the_attack(analyse, text):
    assert _attacks(analyse, text)
