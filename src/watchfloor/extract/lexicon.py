"""``data/attacks.toml`` compiled once into regular expressions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from watchfloor.data import load_toml


def alternation(patterns: list[str]) -> re.Pattern:
    """One case-insensitive regex matching any of ``patterns`` as whole words."""
    ordered = sorted(patterns, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in ordered) + r")(?![\w-])", re.I
    )


@dataclass(frozen=True)
class AttackLexicon:
    triggers: dict[str, re.Pattern]
    any_trigger: re.Pattern  # any trigger, weak or generic: no sentence without one tells an attack
    priority: tuple[str, ...]
    weak: re.Pattern
    generic: re.Pattern
    perpetrator_nouns: re.Pattern
    state_forces: re.Pattern
    judicial_doers: frozenset[str]  # "the authorities executed 12 men": a state's sentence
    verdict_verbs: frozenset[str]  # "men convicted of ...": the condemned, told as such
    militant_victims: re.Pattern
    civilian_victims: re.Pattern  # "soldiers massacred six priests": an attack on civilians
    civilian_harm: re.Pattern
    separate_incident: re.Pattern
    speculative_lemmas: frozenset[str]
    possible_attack_lemmas: frozenset[str]  # a warning, a fear, a plan: about a possible attack
    not_possible_attack_lemmas: frozenset[str]  # an arrest, a charge, a call: another's record
    background_lemmas: frozenset[str]
    reaction_lemmas: frozenset[str]  # background lemmas that react to an attack told right there
    not_after_trigger: re.Pattern
    takeover: re.Pattern  # "overran": a place taken, when no one was hurt
    cornered: re.Pattern  # "during a raid": a man who then killed himself made no attack
    background_prepositions: frozenset[str]
    historical: re.Pattern
    claims: dict[str, re.Pattern]
    victims: dict[str, re.Pattern]
    weapons: dict[str, re.Pattern]

    def subtype_rank(self, subtype: str) -> int:
        return self.priority.index(subtype) if subtype in self.priority else len(self.priority)


def _with_things_burned(triggers: dict[str, list[str]], things: list[str]) -> dict[str, list[str]]:
    """The triggers with ``{burnable}`` spelled out: one list of what arson burns, kept once."""
    burnable = "(?:" + "|".join(things) + ")"
    return {k: [p.replace("{burnable}", burnable) for p in v] for k, v in triggers.items()}


@cache
def attack_lexicon() -> AttackLexicon:
    table = load_toml("attacks.toml")
    cues = table["cues"]
    triggers = _with_things_burned(table["triggers"], cues["burnable_things"])
    return AttackLexicon(
        triggers={k: alternation(v) for k, v in triggers.items()},
        any_trigger=alternation(
            [w for words in triggers.values() for w in words] + cues["generic"]
        ),
        priority=tuple(table["subtype_priority"]),
        weak=re.compile(r"(?:" + "|".join(cues["weak"]) + r")", re.I),
        generic=alternation(cues["generic"]),
        perpetrator_nouns=alternation(cues["perpetrator_nouns"]),
        state_forces=alternation(cues["state_forces"]),
        judicial_doers=frozenset(cues["judicial_doers"]),
        verdict_verbs=frozenset(cues["verdict_verbs"]),
        militant_victims=alternation(cues["militant_victims"]),
        civilian_victims=alternation(cues["civilian_victims"]),
        civilian_harm=alternation(cues["civilian_harm_verbs"]),
        separate_incident=alternation(cues["separate_incident"]),
        speculative_lemmas=frozenset(cues["speculative_governors"]),
        possible_attack_lemmas=frozenset(cues["possible_attack_governors"]),
        not_possible_attack_lemmas=frozenset(cues["not_a_possible_attack_governors"]),
        background_lemmas=frozenset(cues["background_governors"]),
        reaction_lemmas=frozenset(cues["reaction_governors"]),
        not_after_trigger=re.compile(
            r"\s*(?:" + "|".join(cues["not_after_trigger"]) + r")\b", re.I
        ),
        historical=alternation(cues["historical_markers"]),
        takeover=alternation(cues["takeover_triggers"]),
        cornered=alternation(cues["cornered"]),
        background_prepositions=frozenset(cues["background_prepositions"]),
        claims={k: alternation(v) for k, v in table["claims"].items()},
        victims={k: alternation(v) for k, v in table["victims"].items()},
        weapons={k: alternation(v) for k, v in table["weapons"].items()},
    )
