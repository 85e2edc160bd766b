"""Descriptions that stand for a group or leader named before (``nlp.coreference``)."""

from __future__ import annotations

import pytest

from watchfloor.nlp.coreference import resolve_references
from watchfloor.pipeline import collect_entities

pytestmark = pytest.mark.slow

TEXT = (
    "Abu Bakr al-Baghdadi appeared in a new video on Monday. The Islamic State said the "
    "recording was made last week. The group has lost most of its territory, and its leader "
    "has not been seen in public for years.\n\n"
    "Separately, the terror organization published a photo set from Syria."
)


def test_descriptions_resolve_to_the_group_and_its_leader(nlp):
    refs = {(r.text.lower(), r.canonical) for r in resolve_references(nlp(TEXT))}
    assert ("the group", "Islamic State") in refs
    assert ("its leader", "Abu Bakr al-Baghdadi") in refs
    assert ("the terror organization", "Islamic State") in refs


def test_a_description_with_nothing_named_before_refers_to_nothing(nlp):
    text = "The group said on Monday that it would hold talks. Its leader travelled to Doha."
    assert resolve_references(nlp(text)) == []


def test_references_count_as_mentions_of_the_entity(nlp):
    entities = {e.canonical: e for e in collect_entities(nlp(TEXT))}
    islamic_state = entities["Islamic State"]
    assert islamic_state.attributes["referred_to_as"] == {
        "the group": 1,
        "the terror organization": 1,
    }
    assert islamic_state.count == 3  # one name, two descriptions
