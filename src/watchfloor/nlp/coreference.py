"""Descriptions that stand for a group or leader named earlier: "the group", "the terror
organization", "its leader" (words in ``data/coreference.toml``).

Each description is resolved to the armed group or branch the entity ruler found last in it
sentence or the few before it; "its leader" to the person of ``data/groups.toml`` who leads
that group and is named in the article. Descriptions with no such antecedent refer to nothing:
nothing is guessed. Names with a possessive ("Baghdadi's men") are the ruler's already.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from watchfloor.data import load_toml
from watchfloor.extract.lexicon import alternation
from watchfloor.nlp.lexicon import group_lexicon
from watchfloor.nlp.ruler import GROUP_LABEL


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    text: str
    canonical: str  # the group or person it stands for


@dataclass(frozen=True)
class _Lexicon:
    groups: re.Pattern
    leaders: re.Pattern
    sentences_back: int


@cache
def _lexicon() -> _Lexicon:
    data = load_toml("coreference.toml")
    return _Lexicon(
        alternation(data["group_descriptions"]),
        alternation(data["leader_descriptions"]),
        int(data["sentences_back"]),
    )


def resolve_references(doc) -> list[Reference]:
    """Every description in a parsed (or sentence-split) spaCy ``Doc`` that stands for a group
    or leader named before it."""
    lex = _lexicon()
    sentences = list(doc.sents)
    named_people = {e.ent_id_ for e in doc.ents if e.label_ == "PERSON" and e.ent_id_}
    out: list[Reference] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        for pattern, is_leader in ((lex.groups, False), (lex.leaders, True)):
            for m in pattern.finditer(text):
                start = sentence.start_char + m.start()
                group = _last_group(sentences, index, start, lex.sentences_back)
                if group is None:
                    continue
                canonical = _leader_of(group, named_people) if is_leader else group
                if canonical is not None:
                    out.append(Reference(start, start + len(m.group()), m.group(), canonical))
    return out


def _last_group(sentences: list, index: int, before: int, back: int) -> str | None:
    for sentence in reversed(sentences[max(0, index - back) : index + 1]):
        named = [
            e
            for e in sentence.ents
            if e.label_ == GROUP_LABEL and e.ent_id_ and e.start_char < before
        ]
        if named:
            return named[-1].ent_id_
    return None


def _leader_of(group: str, named_people: set[str]) -> str | None:
    """The one person of the lexicon who leads ``group`` and whom the article names."""
    leaders = [
        p.canonical
        for p in group_lexicon().people()
        if p.parent == group and p.canonical in named_people
    ]
    return leaders[0] if len(leaders) == 1 else None
