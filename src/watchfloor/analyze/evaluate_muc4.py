"""MUC-4 role-filler evaluation: the pipeline's attack records as MUC-4 templates, scored with
the template-level role-filler entity metric of GTT (Du, Rush and Cardie, NAACL 2021).

**From records to templates.** The attack records of a document become templates, whatever
their certainty: reported and alleged attacks, and speculative ones (planned, threatened,
attempted, foiled), since a MUC-4 template records an incident at any stage of execution
(accomplished, attempted or threatened); the weapons of a speculative record, used by no
one, fill no template. Records whose only targets are armed forces (a
patrol, a garrison: combat, which MUC-4 leaves out) give none. A record's incident type comes from its subtype
(``INCIDENT_TYPES``); a record whose sentences tell another type as well ("... and burned the
facilities": arson) gives a template for each (``record_templates``). An attack template whose
weapons are all explosives (bombs, dynamite, grenades: no gun, rocket or fire) is a bombing,
MUC-4's attack by explosives. The five role slots hold
the words the record's ``Source.fields`` point at, as printed: ``PerpInd`` from the field
``perp_individual``, ``PerpOrg`` from ``perp_org`` and ``claimed_by``, ``Target`` from
``target``, ``Victim`` from ``victim`` and ``forces_victim`` (a man of the armed forces hurt,
by name: he makes no template of his own, as combat, but is a victim of an attack that hit more
than the forces; a victim told by surname alone is printed by the full name the article gave
him before, which the record keeps as ``victim_full_name``) and ``Weapon`` from ``weapon``. Each filler is an entity
of one mention, except that a name and the acronym printed beside it in brackets ("national
liberation army (eln)") are one entity of two mentions, and a surname printed beside the full
name is left out. A template's perpetrators are one band, named by their first words, and
weapons told by the same head word ("a car bomb ... the bomb") are one, by the fullest words.
Templates of one document with the same incident type that share a target
or victim, or of which one names none, are one incident told twice and are merged.

**The metric** (implemented here from the description in ``shared/data/muc4/README.md``):

- strings are normalised: lower case, punctuation removed, the articles a/an/the dropped,
  whitespace collapsed; gold templates are read without their offsets, entities with no
  mention dropped, and a template that repeats an earlier one of its document is dropped;
- per document, the one-to-one alignment of predicted to gold templates (templates may stay
  unaligned) with the best micro-F1 over the document is kept, found exactly (first in
  enumeration order on ties). A document with more gold templates than ``MAX_EXACT_GOLD``
  (none in MUC-4: 14 at most) is aligned greedily, the pair that raises its F1 most first;
- an aligned pair scores only when the predicted incident type appears in the gold template's
  type string ("attack" in "bombing / attack"); a pair that does not is the same as two
  unaligned templates. An aligned pair's incident type is one right slot;
- within an aligned pair each role is scored by entity: a predicted entity (a list of mention
  strings) fits a gold entity when every one of its strings is among the gold entity's
  mentions; predicted and gold entities are paired one to one (a maximum matching), so each
  gold entity is credited once and each predicted entity once;
- predicted templates left unaligned add their type and fillers to the precision denominator,
  gold ones to the recall denominator; counts are summed over documents, and precision, recall
  and F1 are given per role, for the incident type, and micro-averaged over all six slots.

GTT's own scorer credits a predicted entity that fits any gold entity, even one already
credited; the one-to-one pairing here can only give the same figures or lower ones.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from watchfloor.analyze.evaluate import bootstrap_spread, read_jsonl_rows, run_pipeline
from watchfloor.data import load_toml
from watchfloor.errors import UnreadableInputError
from watchfloor.extract.lexicon import attack_lexicon
from watchfloor.models import DocumentResult, FieldSpan, RawArticle, Record
from watchfloor.settings import Settings
from watchfloor.text import EmptyArticleError, to_document

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
SLOTS = ("incident_type", *ROLES)

# record field -> MUC-4 role
ROLE_FIELDS: dict[str, str] = {
    "perp_individual": "PerpInd",
    "perp_org": "PerpOrg",
    "claimed_by": "PerpOrg",
    "target": "Target",
    "victim": "Victim",
    # a man of the forces hurt, by name: a victim when the attack hit more than the forces
    "forces_victim": "Victim",
    "weapon": "Weapon",
}

# attack subtype -> MUC-4 incident type ("attack" for every subtype not listed)
INCIDENT_TYPES: dict[str, str] = {
    "bombing": "bombing",
    "suicide_bombing": "bombing",
    "kidnapping": "kidnapping",
    "hostage_taking": "kidnapping",
    "arson": "arson",
}

# gold templates of one document up to which the best alignment is found exactly
MAX_EXACT_GOLD = 18

Template = dict[str, Any]  # "incident_type": str; role: list of entities (lists of strings)


# --- the metric -----------------------------------------------------------------------------

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCTUATION = str.maketrans("", "", string.punctuation)


def normalise(text: str) -> str:
    """Lower case, punctuation removed, articles dropped, whitespace collapsed."""
    return " ".join(_ARTICLES.sub(" ", text.lower().translate(_PUNCTUATION)).split())


@dataclass
class Counts:
    """Right and total fillers, on the precision side and on the recall side."""

    p_num: int = 0
    p_den: int = 0
    r_num: int = 0
    r_den: int = 0

    def add(self, other: Counts) -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def precision(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def recall(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "right_predicted": self.p_num,
            "predicted": self.p_den,
            "right_gold": self.r_num,
            "gold": self.r_den,
        }


SlotCounts = dict[str, Counts]


def _empty() -> SlotCounts:
    return {slot: Counts() for slot in SLOTS}


def _micro(counts: SlotCounts) -> Counts:
    total = Counts()
    for c in counts.values():
        total.add(c)
    return total


def normalised_template(template: Template) -> Template:
    """A template with every mention normalised, mentions that normalise to nothing dropped,
    and entities left with no mention dropped."""
    out: Template = {"incident_type": template.get("incident_type") or "attack"}
    for role in ROLES:
        entities = []
        for entity in template.get(role) or []:
            mentions = [m for m in (normalise(s) for s in entity) if m]
            if mentions:
                entities.append(mentions)
        out[role] = entities
    return out


def _type_fits(predicted: Template, gold: Template) -> bool:
    kind = str(predicted["incident_type"] or "").strip()
    return bool(kind) and kind in str(gold["incident_type"])


def _credited(predicted: list[list[str]], gold: list[list[str]]) -> int:
    """Size of a maximum one-to-one pairing of predicted entities with gold entities they fit
    (every mention of the predicted entity among the gold entity's mentions)."""
    fits = [
        [g for g, mentions in enumerate(gold) if all(m in mentions for m in entity)]
        for entity in predicted
    ]
    owner: dict[int, int] = {}  # gold entity -> predicted entity paired with it

    def pair(p: int, seen: set[int]) -> bool:
        for g in fits[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or pair(owner[g], seen):
                owner[g] = p
                return True
        return False

    return sum(pair(p, set()) for p in range(len(predicted)))


def pair_counts(predicted: Template, gold: Template) -> SlotCounts:
    """Counts of an aligned pair whose incident types fit (normalised templates)."""
    counts = {"incident_type": Counts(1, 1, 1, 1)}
    for role in ROLES:
        right = _credited(predicted[role], gold[role])
        counts[role] = Counts(right, len(predicted[role]), right, len(gold[role]))
    return counts


def _unaligned(template: Template, predicted: bool) -> SlotCounts:
    sizes = {"incident_type": 1} | {role: len(template[role]) for role in ROLES}
    if predicted:
        return {slot: Counts(0, n, 0, 0) for slot, n in sizes.items()}
    return {slot: Counts(0, 0, 0, n) for slot, n in sizes.items()}


def score_document(predicted: list[Template], gold: list[Template]) -> SlotCounts:
    """Counts of one document under its best alignment (templates already normalised)."""
    pairs = {
        (p, g): pair_counts(predicted[p], gold[g])
        for p in range(len(predicted))
        for g in range(len(gold))
        if _type_fits(predicted[p], gold[g])
    }
    alone_p = [_unaligned(t, predicted=True) for t in predicted]
    alone_g = [_unaligned(t, predicted=False) for t in gold]
    options = [[g for g in range(len(gold)) if (p, g) in pairs] for p in range(len(predicted))]
    if len(gold) <= MAX_EXACT_GOLD:
        alignment = _best_alignment(options, pairs)
    else:
        alignment = _greedy_alignment(options, pairs, alone_p, alone_g)
    return _alignment_counts(alignment, pairs, alone_p, alone_g)


def _alignment_counts(
    alignment: dict[int, int],
    pairs: dict[tuple[int, int], SlotCounts],
    alone_p: list[SlotCounts],
    alone_g: list[SlotCounts],
) -> SlotCounts:
    counts = _empty()
    parts = [pairs[(p, g)] for p, g in alignment.items()]
    parts += [c for p, c in enumerate(alone_p) if p not in alignment]
    taken = set(alignment.values())
    parts += [c for g, c in enumerate(alone_g) if g not in taken]
    for part in parts:
        for slot, c in part.items():
            counts[slot].add(c)
    return counts


def _f1_of(alignment, pairs, alone_p, alone_g) -> float:
    return _micro(_alignment_counts(alignment, pairs, alone_p, alone_g)).f1


def _best_alignment(options, pairs) -> dict[int, int]:
    """The alignment with the best micro-F1, exactly. Every filler counts in the denominators
    whether its template is aligned or not, so the best F1 is the most right fillers: a
    maximum-weight matching, found by dynamic programming over the gold templates taken. Among
    equals the first in enumeration order wins (each predicted template trying the gold ones in
    order, then staying unaligned)."""
    gains = {key: _micro(counts).r_num for key, counts in pairs.items()}

    @cache
    def best(p: int, taken: int) -> int:
        if p == len(options):
            return 0
        top = best(p + 1, taken)
        for g in options[p]:
            if not taken >> g & 1:
                top = max(top, gains[(p, g)] + best(p + 1, taken | 1 << g))
        return top

    alignment: dict[int, int] = {}
    taken = 0
    for p, choices in enumerate(options):
        target = best(p, taken)
        for g in choices:
            if not taken >> g & 1 and gains[(p, g)] + best(p + 1, taken | 1 << g) == target:
                alignment[p] = g
                taken |= 1 << g
                break
    return alignment


def _greedy_alignment(options, pairs, alone_p, alone_g) -> dict[int, int]:
    """Pairs added one at a time, the one that raises the document's F1 most first."""
    alignment: dict[int, int] = {}
    current = _f1_of(alignment, pairs, alone_p, alone_g)
    while True:
        taken = set(alignment.values())
        best = None
        for p, choices in enumerate(options):
            if p in alignment:
                continue
            for g in choices:
                if g in taken:
                    continue
                f1 = _f1_of(alignment | {p: g}, pairs, alone_p, alone_g)
                if f1 > current and (best is None or f1 > best[0]):
                    best = (f1, p, g)
        if best is None:
            return alignment
        current, p, g = best
        alignment[p] = g


@dataclass
class Muc4Score:
    """Counts per slot summed over documents, and each document's micro counts (for the
    bootstrap interval)."""

    slots: SlotCounts = field(default_factory=_empty)
    documents: int = 0
    per_document: list[Counts] = field(default_factory=list)

    def add(self, counts: SlotCounts) -> None:
        self.documents += 1
        for slot, c in counts.items():
            self.slots[slot].add(c)
        self.per_document.append(_micro(counts))

    @property
    def micro(self) -> Counts:
        return _micro(self.slots)

    def micro_f1_interval(self) -> dict | None:
        """How much the micro F1 would move on another sample of documents like these (a
        test split scored elsewhere differs from ours by about it): ``bootstrap_spread``."""
        units = [(c.p_num, c.p_den, c.r_num, c.r_den) for c in self.per_document]
        return bootstrap_spread(units, _f1_of_sums)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "slots": {slot: self.slots[slot].as_dict() for slot in SLOTS},
            "micro": self.micro.as_dict(),
            "micro_f1_bootstrap": self.micro_f1_interval(),
        }


def _f1_of_sums(sums: list[float]) -> float:
    return Counts(*sums).f1


def score_templates(
    predicted: dict[str, list[Template]], gold: dict[str, list[Template]]
) -> Muc4Score:
    """Score predicted templates against gold ones, document by document (every gold
    document counts; a document with no prediction has predicted nothing)."""
    score = Muc4Score()
    for doc_id, gold_templates in gold.items():
        golds = [normalised_template(t) for t in gold_templates]
        preds = [normalised_template(t) for t in predicted.get(doc_id, [])]
        score.add(score_document(preds, golds))
    return score


def gold_templates(row: dict) -> list[Template]:
    """A data row's templates as role -> entities (lists of mention strings), offsets left
    out, entities with no mention dropped and a template repeating an earlier one dropped."""
    out: list[Template] = []
    for raw in row.get("templates") or []:
        template: Template = {"incident_type": raw.get("incident_type") or "attack"}
        for role in ROLES:
            entities = []
            for entity in raw.get(role) or []:
                mentions = [m[0] if isinstance(m, list | tuple) else m for m in entity]
                if mentions:
                    entities.append(mentions)
            template[role] = entities
        if template not in out:
            out.append(template)
    return out


# --- records -> templates ---------------------------------------------------------------------


def incident_type(record: Record) -> str:
    return INCIDENT_TYPES.get(record.data.get("subtype") or "", "attack")


# record certainties that tell an incident MUC-4 templates record: done, or attempted or
# threatened (its "stage of execution")
TEMPLATE_CERTAINTIES = ("reported", "alleged", "speculative")


def is_template_attack(record: Record) -> bool:
    """An attack record told as done, alleged, or attempted or threatened."""
    return (
        record.kind == "event"
        and record.data.get("type") == "attack"
        and record.data.get("certainty") in TEMPLATE_CERTAINTIES
    )


def only_against_armed_forces(record: Record) -> bool:
    """An attack whose only targets are the armed forces (a patrol, a garrison, soldiers):
    combat, not the terrorist incidents MUC-4 templates record."""
    fields = {f.field for source in record.sources for f in source.fields}
    return "target_forces" in fields and not fields & {"target", "victim"}


def _template(kind: str, fields: list[FieldSpan], text: str) -> Template:
    spans: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
    for f in fields:
        role = ROLE_FIELDS.get(f.field)
        if role is not None and (f.start, f.end) not in spans[role]:
            spans[role].append((f.start, f.end))
    template: Template = {"incident_type": kind}
    for role in ROLES:
        template[role] = _entities([text[s:e] for s, e in sorted(spans[role])], text)
    template["Victim"] = _fullest_names(template["Victim"])
    return template


# roles an incident shares with the others told in the same record: the same people did them
_SHARED_ROLES = ("PerpInd", "PerpOrg")


def record_templates(record: Record, text: str) -> list[Template]:
    """A record as MUC-4 templates. Its sentences are read in turn, each with the incident
    type its triggers tell (the record's own for a sentence with none) and the things, people
    and weapons it names. Sentences of the record's own type make one template; a sentence of
    another type ("... and burned the facilities": arson) makes a template of its own, joined
    by later ones of that type unless they name other targets or victims. The record's
    perpetrators fill every template: the same people did it all. A sentence of another type
    that names nothing and no one hit ("the guerrillas had been planting bombs") tells no
    incident of its own: its words go to the record's template."""
    main = incident_type(record)
    fields = [f for f in _record_fields(record) if not _weapon_never_used(record, f)]
    spans = sorted({(e.start, e.end) for source in record.sources for e in source.evidence})
    kinds: dict[int, str] = {}  # evidence sentence -> incident type its triggers tell
    for f in fields:
        if f.field == "type":
            at = _sentence_of(spans, f.start)
            kind = trigger_incident_type(f.text)
            if at not in kinds or _TYPE_RANK.index(kind) < _TYPE_RANK.index(kinds[at]):
                kinds[at] = kind
    shared = [f for f in fields if ROLE_FIELDS.get(f.field) in _SHARED_ROLES]
    words: dict[int, list[FieldSpan]] = {}
    for f in fields:
        if ROLE_FIELDS.get(f.field) not in (None, *_SHARED_ROLES):
            words.setdefault(_sentence_of(spans, f.start), []).append(f)
    hitting = sorted(at for at in kinds if _hits_something(words.get(at, [])))
    # a later sentence telling a bombing of something else is another bombing ("another bomb
    # exploded at a telephone booth"); a later attack sentence mostly retells the first
    apart = {at for at in hitting if kinds[at] != main or (main == "bombing" and at != hitting[0])}
    own_type = [f for at, found in words.items() if at not in apart for f in found]
    templates = [_template(main, shared + own_type, text)]
    for at in sorted(apart):
        _add_incident(templates, _template(kinds[at], shared + words.get(at, []), text))
    full_names = [text[f.start : f.end] for f in fields if f.field == "victim_full_name"]
    for template in templates:
        template["Victim"] = _by_full_names(template["Victim"], full_names)
    return [_bombing_by_its_weapons(t) for t in _without_a_bare_main(templates)]


def _record_fields(record: Record) -> list[FieldSpan]:
    return [f for source in record.sources for f in source.fields]


def _weapon_never_used(record: Record, f: FieldSpan) -> bool:
    """ "threatened to blow up the dam with mortars", "a plot to ram the gate with a truck
    bomb": the weapons of an attack only threatened, planned or guessed at (a speculative
    record) were used by no one, so they are no MUC-4 instruments; the record keeps them. (A
    foiled attempt's bomb would count, but such records rarely name one: on the MUC-4 train
    split 2 of 21 weapons of speculative records were right.)"""
    return f.field == "weapon" and record.data.get("certainty") == "speculative"


def _by_full_names(entities: list[list[str]], full_names: list[str]) -> list[list[str]]:
    """ "quesada" told by the record with "tomas quesada" as the full name the article gave him
    before (field ``victim_full_name``): the victim by his full name."""
    out = []
    for entity in entities:
        short = normalise(entity[0])
        fuller = [n for n in full_names if normalise(n).endswith(" " + short)]
        out.append([fuller[0]] if fuller else entity)
    return _entities_once(out)


# weapon kinds of the attack lexicon that are explosives
_EXPLOSIVE_KINDS = frozenset({"explosives", "vehicle_bomb", "suicide_vest"})


def _bombing_by_its_weapons(template: Template) -> Template:
    """An attack whose weapons are explosives and nothing else ("attacked the pipeline ...
    the dynamite charge") is a bombing, MUC-4's attack by explosives; one that also used guns,
    rockets or fire stays an attack. Weapons of no known kind are left out of the reckoning."""
    if template["incident_type"] != "attack":
        return template
    kinds = {kind for entity in template["Weapon"] for m in entity for kind in weapon_kinds(m)}
    if kinds and kinds <= _EXPLOSIVE_KINDS:
        return {**template, "incident_type": "bombing"}
    return template


def weapon_kinds(words: str) -> set[str]:
    """The weapon kinds of the attack lexicon a weapon's words tell ("dynamite": explosives)."""
    return {kind for kind, pattern in attack_lexicon().weapons.items() if pattern.search(words)}


# incident types a record may take from its weapon words alone ("attacked ... with explosives")
_TOLD_BY_ITS_WEAPON = ("bombing",)


def _without_a_bare_main(templates: list[Template]) -> list[Template]:
    """ "unidentified persons attacked the embassy with explosives": a record of one type
    (bombing) whose sentence that names what it hit tells another (attack) is one incident,
    not a second one that hit nothing: the record's own template, left with its perpetrators
    alone, takes the words of the first other one, keeping the record's type."""
    main, others = templates[0], templates[1:]
    if main["incident_type"] not in _TOLD_BY_ITS_WEAPON:
        return templates  # a kidnapping whose hostages go unnamed is an incident all the same
    if others and not any(main[role] for role in ("Target", "Victim", "Weapon")):
        _merge_into(main, others[0])
        return [main, *others[1:]]
    return templates


def _hits_something(fields: list[FieldSpan]) -> bool:
    """Whether a sentence's words name what or whom its incident hit."""
    return any(ROLE_FIELDS.get(f.field) in _INCIDENT_ROLES for f in fields)


def _add_incident(templates: list[Template], template: Template) -> None:
    home = next((t for t in templates if _same_incident(t, template)), None)
    if home is None:
        templates.append(template)
    else:
        _merge_into(home, template)


# incident types from most to least specific
_TYPE_RANK = ("bombing", "kidnapping", "arson", "attack")


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (start, end) in enumerate(spans):
        if start <= offset < end:
            return i
    return -1


def trigger_incident_type(words: str) -> str:
    """The MUC-4 incident type a trigger's words tell ("car bomb": bombing)."""
    lex = attack_lexicon()
    for subtype in lex.priority:
        pattern = lex.triggers.get(subtype)
        if pattern is not None and pattern.fullmatch(words):
            return INCIDENT_TYPES.get(subtype, "attack")
    return "attack"


def _fullest_names(entities: list[list[str]]) -> list[list[str]]:
    """ "rodriguez porth" beside "antonio rodriguez porth": one person, by the fuller name."""
    names = [normalise(e[0]) for e in entities]
    return [
        e
        for e, name in zip(entities, names, strict=True)
        if not any(other != name and other.endswith(" " + name) for other in names)
    ]


_BRACKETED = r"\s*\(\s*{}\s*\)"


def _entities(mentions: list[str], text: str) -> list[list[str]]:
    """Mentions as entities: one per distinct normalised string, a name and the acronym the
    text prints beside it in brackets ("national liberation army (eln)", "fmln (farabundo
    marti national liberation front)") joined into one."""
    entities: list[list[str]] = []
    seen: dict[str, int] = {}
    for mention in mentions:
        key = normalise(mention)
        if not key or key in seen:
            continue
        seen[key] = len(entities)
        entities.append([mention])
    for i in list(seen.values()):
        for short_key, j in list(seen.items()):
            if i == j or not entities[i] or not entities[j] or " " in short_key:
                continue
            long_form = entities[i][0]
            if re.search(
                re.escape(long_form) + _BRACKETED.format(re.escape(short_key)), text
            ) or re.search(re.escape(short_key) + _BRACKETED.format(re.escape(long_form)), text):
                entities[i] = entities[i] + entities[j]
                entities[j] = []
    return [e for e in entities if e]


def document_templates(result: DocumentResult) -> list[Template]:
    """The templates of one document's attack records, one per incident, and of the threats
    an armed group made against someone named (MUC-4 records threatened incidents too)."""
    text = result.document.text
    templates: list[Template] = []
    for record in result.records + result.history:
        if is_template_attack(record) and not only_against_armed_forces(record):
            for template in record_templates(record, text):
                _add_incident(templates, template)
        elif is_group_threat(record):
            template = threat_template(record, text)
            if template is not None:
                _add_incident(templates, template)
    _victims_by_fullest_names(templates)
    for template in templates:
        template["PerpInd"] = _one_band_of_perpetrators(template["PerpInd"])
        template["Weapon"] = _weapons_once_by_head(template["Weapon"])
    return templates


def _one_band_of_perpetrators(entities: list[list[str]]) -> list[list[str]]:
    """ "a group of armed men ... the guerrillas ... the column": the people who did one
    incident are one band told in several words (a MUC-4 template almost always has one
    PerpInd entity), named here by the first words the text gives them."""
    return entities[:1]


def _head_word(mention: str) -> str:
    """The last word of a mention, a plural's trailing s dropped ("car bombs": "bomb")."""
    words = normalise(mention).split()
    if not words:
        return ""
    head = words[-1]
    return head[:-1] if head.endswith("s") and not head.endswith("ss") and len(head) > 3 else head


def _weapons_once_by_head(entities: list[list[str]]) -> list[list[str]]:
    """ "a car bomb ... the bomb", "powerful bombs ... the bombs": one weapon told twice, by
    its fullest words (the most of them; the first on ties); weapons of other heads ("bomb",
    "dynamite") stay apart."""
    fullest: dict[str, list[str]] = {}
    for entity in entities:
        head = _head_word(entity[0])
        if head not in fullest or _word_count(entity[0]) > _word_count(fullest[head][0]):
            fullest[head] = entity
    kept = [id(e) for e in fullest.values()]
    return [e for e in entities if id(e) in kept]


def _word_count(mention: str) -> int:
    return len(normalise(mention).split())


def _victims_by_fullest_names(templates: list[Template]) -> None:
    """ "rodriguez porth" or "carlos valencia" in one template, "antonio rodriguez porth" or
    "carlos valencia garcia" in another: the person named by the fullest form the document's
    templates give him (when only one fuller name holds the shorter one)."""
    names = {normalise(m) for t in templates for e in t["Victim"] for m in e}
    for template in templates:
        entities = []
        for entity in template["Victim"]:
            short = normalise(entity[0])
            fuller = [n for n in names if n != short and f" {short} " in f" {n} "]
            entities.append([fuller[0]] if len(fuller) == 1 else entity)
        template["Victim"] = _entities_once(entities)


def _entities_once(entities: list[list[str]]) -> list[list[str]]:
    seen: set[str] = set()
    out = []
    for entity in entities:
        key = normalise(entity[0])
        if key not in seen:
            seen.add(key)
            out.append(entity)
    return out


def is_group_threat(record: Record) -> bool:
    """A call to attack, or a threat, made by an armed group."""
    return (
        record.kind == "event"
        and (record.data.get("type"), record.data.get("subtype")) == ("threat", "call_to_attack")
        and any(
            a.get("type") in ("armed_group", "branch")
            and a.get("role") in ("speaker", "perpetrator")
            for a in record.data.get("actors") or []
        )
    )


# incident types whose targets are people ("threatened to kidnap senator X"): the victims
_AGAINST_PEOPLE = ("kidnapping", "attack")


def threat_template(record: Record, text: str) -> Template | None:
    """A group's threat against someone named, as the template of a threatened incident: the
    type its attack word tells, the group as perpetrator, the named targets as victims (of a
    kidnapping or an attack) or targets (of a bombing or arson)."""
    fields = [f for source in record.sources for f in source.fields]
    targets = [f for f in fields if f.field == "target"]
    callers = [f for f in fields if f.field == "speaker"]
    trigger = next((f for f in fields if f.field == "type"), None)
    if not targets or not callers or trigger is None:
        return None
    sentence = next(
        (
            e
            for source in record.sources
            for e in source.evidence
            if e.start <= trigger.start < e.end
        ),
        None,
    )
    if sentence is None:
        return None
    kind = _threatened_incident(text[trigger.end : sentence.end])
    if kind is None:
        return None
    role = "Victim" if kind in _AGAINST_PEOPLE else "Target"
    template: Template = {"incident_type": kind, **{r: [] for r in ROLES}}
    template["PerpOrg"] = _entities([f.text for f in callers], text)
    template[role] = _entities([f.text for f in targets], text)
    return template


def _threatened_incident(words: str) -> str | None:
    """The incident type of the first attack word after a threat's own word."""
    lex = attack_lexicon()
    found = [
        (match.start(), INCIDENT_TYPES.get(subtype, "attack"))
        for subtype in lex.priority
        if (pattern := lex.triggers.get(subtype)) is not None
        for match in [pattern.search(words)]
        if match is not None
    ]
    return min(found)[1] if found else None


def _fillers(template: Template, roles: tuple[str, ...] = ROLES) -> set[str]:
    return {normalise(m) for role in roles for e in template[role] for m in e}


# what tells two incidents apart: what and whom they hit (the same group does many)
_INCIDENT_ROLES = ("Target", "Victim")


def _same_incident(a: Template, b: Template) -> bool:
    if a["incident_type"] != b["incident_type"]:
        return False
    fa, fb = _fillers(a, _INCIDENT_ROLES), _fillers(b, _INCIDENT_ROLES)
    return not fa or not fb or bool(fa & fb) or _one_person_named_twice(a, b)


def _one_person_named_twice(a: Template, b: Template) -> bool:
    """ "lopez albujar" alone in one, "enrique lopez albujar" in the other: the same victim,
    by a shorter form of the full name (a template naming others as well may be another
    incident)."""
    va, vb = _fillers(a, ("Victim",)), _fillers(b, ("Victim",))
    for alone, others in ((va, vb), (vb, va)):
        if len(alone) == 1 and any(_same_person(next(iter(alone)), o) for o in others):
            return True
    return False


def _same_person(short: str, full: str) -> bool:
    return " " in short and full.endswith(" " + short)


def _merge_into(home: Template, other: Template) -> None:
    for role in ROLES:
        known = {normalise(m) for e in home[role] for m in e}
        for entity in other[role]:
            if not any(normalise(m) in known for m in entity):
                home[role].append(entity)
                known.update(normalise(m) for m in entity)
    home["Victim"] = _fullest_names(home["Victim"])


# --- running the pipeline on MUC-4 documents ------------------------------------------------


@dataclass
class Muc4Evaluation:
    score: Muc4Score
    predicted: dict[str, list[Template]]
    gold: dict[str, list[Template]]

    def predictions_json(self) -> dict:
        """The predicted templates keyed by document id, beside the gold ones, as the GTT code
        release lays out its prediction files."""
        return {
            doc_id: {"pred_templates": self.predicted.get(doc_id, []), "gold_templates": gold}
            for doc_id, gold in self.gold.items()
        }


def evaluate_muc4(path: Path, settings: Settings, limit: int | None = None) -> Muc4Evaluation:
    """Run the pipeline on the first ``limit`` documents of a MUC-4 JSON-lines file (the GTT
    processing: ``docid``, ``doctext``, ``templates``) and score its templates."""
    rows = read_jsonl_rows(path)[:limit]
    gold = {row["docid"]: gold_templates(row) for row in rows}
    documents = []
    for row in rows:
        try:
            documents.append(to_document(RawArticle(text=row["doctext"], origin=row["docid"])))
        except EmptyArticleError:
            continue
    # the key codes past attacks an article is about (a murder whose investigation it tells)
    settings = replace(settings, keep_past_attacks=True)
    predicted = {
        result.document.origin: document_templates(result)
        for result in run_pipeline(documents, settings)
    }
    return Muc4Evaluation(score_templates(predicted, gold), predicted, gold)


def write_predictions(evaluation: Muc4Evaluation, path: Path) -> None:
    path.write_text(
        json.dumps(evaluation.predictions_json(), indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def read_prediction_file(path: Path) -> dict[str, list[Template]]:
    """Predicted templates keyed by document id: the layout ``write_predictions`` writes (each
    document's ``pred_templates``, as the GTT code release does) or a plain id -> list."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UnreadableInputError(f"{path}: not a JSON predictions file ({exc})") from exc
    if not isinstance(data, dict):
        raise UnreadableInputError(f"{path}: expected an object keyed by document id")
    return {
        doc_id: value.get("pred_templates", []) if isinstance(value, dict) else value
        for doc_id, value in data.items()
    }


def rescore_predictions(path: Path, predictions: Path, limit: int | None = None) -> Muc4Score:
    """Score a predictions file against the templates of a MUC-4 JSON-lines file, without
    running the pipeline (to rescore another system's output, or ours from --predictions)."""
    rows = read_jsonl_rows(path)[:limit]
    gold = {row["docid"]: gold_templates(row) for row in rows}
    return score_templates(read_prediction_file(predictions), gold)


# --- published figures ----------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedFigure:
    system: str
    source: str
    metric: str
    precision: float | str
    recall: float | str
    f1: float | str


def published_figures() -> list[PublishedFigure]:
    """Published micro-averaged figures on the MUC-4 test set (``data/muc4_published.toml``),
    as their papers report them; "not checked" where no one has checked the paper."""
    table = load_toml("muc4_published.toml")
    return [
        PublishedFigure(
            system=row["system"],
            source=row["source"],
            metric=row["metric"],
            precision=row.get("precision", "not checked"),
            recall=row.get("recall", "not checked"),
            f1=row.get("f1", "not checked"),
        )
        for row in table["systems"]
    ]
