"""Group, branch and leader names from ``data/groups.toml``, and alias -> canonical lookup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from watchfloor.data import load_toml


@dataclass(frozen=True)
class Named:
    canonical: str
    type: str  # armed_group | branch | person
    parent: str | None = None
    region: str | None = None
    aliases: tuple[str, ...] = ()
    case_sensitive: frozenset[str] = frozenset()
    # the names the same movement went by before ("Nusra Front" for Hayat Tahrir al-Sham): its
    # leaders are theirs too
    formerly: tuple[str, ...] = ()


def group_actor_type(named: Named | None) -> str:
    """The actor type a known group or branch is recorded as (any other name: an armed group)."""
    return named.type if named and named.type in ("branch", "armed_group") else "armed_group"


@dataclass
class GroupLexicon:
    entries: dict[str, Named] = field(default_factory=dict)
    _exact: dict[str, str] = field(default_factory=dict)
    _folded: dict[str, str] = field(default_factory=dict)

    def add(self, named: Named) -> None:
        self.entries[named.canonical] = named
        for alias in (named.canonical, *named.aliases):
            if alias in named.case_sensitive:
                self._exact[alias] = named.canonical
            else:
                self._folded.setdefault(fold(alias), named.canonical)

    def canonical(self, name: str) -> str | None:
        """Canonical name for any alias; ``None`` when the name is unknown."""
        name = name.strip()
        if name in self._exact:
            return self._exact[name]
        return self._folded.get(fold(name)) or self._folded.get(fold(_strip_article(name)))

    def get(self, canonical: str) -> Named | None:
        return self.entries.get(canonical)

    def groups(self) -> list[Named]:
        return [n for n in self.entries.values() if n.type != "person"]

    def people(self) -> list[Named]:
        return [n for n in self.entries.values() if n.type == "person"]

    def same_movement(self, a: str, b: str) -> bool:
        """One group under two of its names ("Nusra Front" and "Hayat Tahrir al-Sham")."""
        named_a, named_b = self.get(a), self.get(b)
        return a == b or bool(
            (named_a and b in named_a.formerly) or (named_b and a in named_b.formerly)
        )


def fold(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-]+", " ", text).strip()


def _strip_article(name: str) -> str:
    return re.sub(r"^(the)\s+", "", name, flags=re.I)


@cache
def group_lexicon() -> GroupLexicon:
    table = load_toml("groups.toml")
    lexicon = GroupLexicon()
    for row in table.get("group", []):
        lexicon.add(
            Named(
                canonical=row["canonical"],
                type=row.get("type", "armed_group"),
                parent=row.get("parent"),
                region=row.get("region"),
                aliases=tuple(row.get("aliases", [])),
                case_sensitive=frozenset(row.get("case_sensitive", [])),
                formerly=tuple(row.get("formerly", [])),
            )
        )
    for row in table.get("person", []):
        lexicon.add(
            Named(
                canonical=row["canonical"],
                type="person",
                parent=row.get("of"),
                aliases=tuple(row.get("aliases", [])),
            )
        )
    return lexicon
