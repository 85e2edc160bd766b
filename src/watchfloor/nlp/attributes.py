"""Part of speech, morphology and lemma, as the model's attribute ruler and lemmatizer give them,
remembered per word form.

The stock ``attribute_ruler`` runs 179 matcher patterns whose set predicates are Python calls on
every token, and the rule lemmatizer is a Python loop too: together they cost a third of the
pipeline here. Their output for a token depends only on its form, tag and dependency label (and,
for a handful of two-token patterns, its neighbour's), so this component computes it once per
such key with the model's own patterns and lemmatizer, and writes whole documents at once.
The result is the same as running the two stock components (``tests/nlp`` compares them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

_KEY_ATTRS = [ORTH, TAG, DEP]


class _Rule:
    """One attribute-ruler rule: alternative token-spec sequences, and which token gets the attrs."""

    def __init__(self, rule_id: int, alternatives: list[list[dict]], attrs: dict, index: int):
        self.rule_id = rule_id
        self.alternatives = alternatives
        self.attrs = attrs
        self.index = index

    @property
    def single(self) -> bool:
        return all(len(a) == 1 for a in self.alternatives)


def _spec_matches(spec: dict, token: Token) -> bool:
    for attr, wanted in spec.items():
        if attr == "LOWER":
            value = token.lower_
        elif attr == "ORTH":
            value = token.text
        elif attr == "TAG":
            value = token.tag_
        elif attr == "DEP":
            value = token.dep_
        elif attr == "IS_SPACE":
            value = token.is_space
        else:  # an attribute this memo does not key on: be exact, not fast
            raise ValueError(f"attribute ruler pattern on {attr} is not supported")
        if isinstance(wanted, dict):
            if not all(_predicate_holds(op, arg, value) for op, arg in wanted.items()):
                return False
        elif value != wanted:
            return False
    return True


def _predicate_holds(op: str, arg, value) -> bool:
    if op == "IN":
        return value in arg
    if op == "NOT_IN":
        return value not in arg
    if op == "REGEX":
        return re.search(arg, str(value)) is not None
    raise ValueError(f"attribute ruler predicate {op} is not supported")


class MemoAttributes:
    """Drop-in for ``attribute_ruler`` followed by ``lemmatizer`` (rule mode, no overwrite)."""

    def __init__(self, ruler, lemmatizer):
        self.lemmatizer = lemmatizer
        rules = [
            _Rule(i, ruler.matcher.get(str(i))[1], ruler.attrs[i], ruler.indices[i])
            for i in range(len(ruler.attrs))
        ]
        self.singles = [r for r in rules if r.single]
        # every token spec of the multi-token rules, numbered: (rule, alternative, position)
        self.elements = [
            (rule, alt, k, spec)
            for rule in rules
            if not rule.single
            for alt, specs in enumerate(rule.alternatives)
            for k, spec in enumerate(specs)
        ]
        self._first_elements = frozenset(n for n, e in enumerate(self.elements) if e[2] == 0)
        self._elements_of: dict[tuple, frozenset[int]] = {}
        self._outcomes: dict[tuple, tuple[int, int, int, dict]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        keys = [tuple(k) for k in doc.to_array(_KEY_ATTRS).tolist()]
        contextual = self._contextual_rules(doc, keys) if self.elements else {}
        rows = [(0, 0, 0)] * len(keys)  # untagged tokens (sentences left unparsed) stay bare
        outcomes = self._outcomes
        for i, key in enumerate(keys):
            if key[1] == 0:
                continue
            extra = contextual.get(i, ())
            outcome = outcomes.get((key, extra))
            if outcome is None:
                outcome = self._learn(doc[i], key, extra)
            elif outcome[3]:  # TAG/DEP rewrites: rare (whitespace tokens)
                set_token_attrs(doc[i], outcome[3])
            rows[i] = outcome[:3]
        doc.from_array([POS, MORPH, LEMMA], np.array(rows, dtype="uint64"))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _contextual_rules(self, doc: Doc, keys: list[tuple]) -> dict[int, tuple[int, ...]]:
        """Token index -> ids of the multi-token rules whose attrs land on it."""
        matched = []
        for i, key in enumerate(keys):
            elements = self._elements_of.get(key)
            if elements is None:
                elements = frozenset(
                    n
                    for n, (_, _, _, spec) in enumerate(self.elements)
                    if _spec_matches(spec, doc[i])
                )
                self._elements_of[key] = elements
            matched.append(elements)
        found: dict[int, set[int]] = {}
        for start, elements in enumerate(matched):
            for n in elements & self._first_elements:
                rule, alt, _, _ = self.elements[n]
                length = len(rule.alternatives[alt])
                if start + length <= len(doc) and all(
                    n + j in matched[start + j] for j in range(1, length)
                ):
                    target = start + (rule.index if rule.index >= 0 else length + rule.index)
                    found.setdefault(target, set()).add(rule.rule_id)
        return {i: tuple(sorted(ids)) for i, ids in found.items()}

    def _learn(self, token: Token, key: tuple, contextual: tuple[int, ...]):
        """Apply the rules in the ruler's order (later wins), then the lemmatizer, and remember."""
        merged: dict = {}
        for _rule_id, attrs in sorted(
            [
                (r.rule_id, r.attrs)
                for r in self.singles
                if any(_spec_matches(a[0], token) for a in r.alternatives)
            ]
            + [
                (e[0].rule_id, e[0].attrs)
                for e in self.elements
                if e[2] == 0 and e[0].rule_id in contextual
            ]
        ):
            merged.update(attrs)
        if merged:
            set_token_attrs(token, merged)
        if token.lemma == 0:
            token.lemma_ = self.lemmatizer.lemmatize(token)[0]
        structural = {k: v for k, v in merged.items() if k in (TAG, DEP)}
        outcome = (token.pos, token.morph.key, token.lemma, structural)
        self._outcomes[(key, contextual)] = outcome
        return outcome
