"""Independent scorer for MUC-4 role-filler templates (the template metric used since GTT).

Written from /work/shared/data/muc4/README.md, section "How the GTT scorer measures", without
reading the project's own scorer, so that `watchfloor eval muc4` can be checked against it.
Standard library only.

    python bench/scorers/muc4_scorer.py GOLD.jsonl PRED.json [--json] [--align-roles-only]
        [--merge-duplicate-gold]

GOLD: one JSON object per line (docid, doctext, templates), each template with `incident_type`
and the roles PerpInd, PerpOrg, Target, Victim, Weapon, each a list of entities, each entity a
list of `[mention, offset]` pairs. PRED: one JSON object keyed by docid, each value a list of
templates with `incident_type` and the five roles, each a list of entities, each a list of
mention strings.

What is counted: each predicted entity is one filler in the precision denominator, each gold
entity one in the recall denominator, and each template one `incident_type` slot on its side.
Within an aligned pair whose types agree, the correct fillers of a role are a MAXIMUM one-to-one
matching between predicted and gold entities (an edge when every string of the predicted
entity, normalised, is among the gold entity's normalised mentions), plus 1 incident-type slot.
So one number, `correct`, is the numerator of both precision and recall.

Ambiguities in the description and the reading chosen here:

 1. Micro-average: "per role (and incident type) and as a micro-average over all roles".
    Both are printed: `micro` over the five roles, `micro_with_type` over the five roles
    plus incident_type. (GTT's own eval.py, consulted only for this question, sums
    incident_type into its `micro_avg`; so `micro_with_type` is the figure comparable with
    published GTT numbers.)
 2. Which micro-F1 chooses the alignment: the one with incident type (the description says
    the type "counts as one slot per template"). `--align-roles-only` chooses by the
    five-role micro instead, so a difference from the project's scorer can be traced to this.
    Since every predicted (gold) filler is in the precision (recall) denominator whether its
    template is aligned or not, the best micro-F1 is the alignment with the most correct
    slots; it is found exactly (dynamic programming over subsets of gold templates).
 3. Alignment ties (equal micro-F1, possibly different per-role counts): the first in the
    order that takes predicted templates in file order and tries for each the gold templates
    in file order, then "unaligned" last (lexicographically first optimal assignment).
 4. "Each gold entity can be credited once": read as a one-to-one matching of predicted to
    gold entities, maximum in size (not greedy), so a second predicted entity naming an
    already-credited gold entity is wrong. NOTE: GTT's eval.py is more lenient (a predicted
    entity is right if it matches ANY gold entity, and a gold entity is recalled if ANY
    predicted entity matches it); that reading is not implemented here.
 5. Incident type match: the predicted type, lower-cased and stripped, is a substring of the
    gold type string, lower-cased ("attack" matches "bombing / attack"; so would
    "bombing / attack" itself). An empty or null predicted type never matches.
 6. An aligned pair whose types do not agree scores nothing and is then equivalent to leaving
    both templates unaligned (denominators are the same either way).
 7. Normalisation, in the order given: lower-case; delete (not replace by a space) every
    ASCII punctuation character; replace the whole words a/an/the by a space; collapse
    whitespace. Mentions that normalise to "" (e.g. "a", "the") are kept and count as
    fillers (they match only "" mentions); dropping them is the other reading.
 8. A predicted entity that is an empty list is not a filler (dropped); a bare string is read
    as a one-mention entity. A missing role is an empty list. Gold mentions may be
    `[string, offset]` pairs or plain strings. Gold entities with no mentions are dropped.
 9. Identical gold templates within a document (same type and mention strings) are NOT
    merged by default, as the description says nothing of it; `--merge-duplicate-gold` merges
    them as GTT's loader does (dev.json has 10 such duplicates: 191 templates, 181 distinct).
10. Documents missing from PRED have no predicted templates; predicted documents absent from
    GOLD are ignored (their count is printed on stderr).
11. P (R) with a zero denominator is 0.0; F1 is 0.0 when P + R = 0.
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
from functools import cache
from pathlib import Path
from typing import Any

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
TYPE = "incident_type"
SLOTS = (TYPE, *ROLES)
PUNCTUATION = set(string.punctuation)
ARTICLES = re.compile(r"\b(a|an|the)\b")

Entity = frozenset[str]
Template = dict[str, Any]  # incident_type: str; each role: list[Entity]
Counts = dict[str, list[int]]  # slot -> [pred, gold, correct]


# ---------------------------------------------------------------- normalising inputs


def normalise(text: str) -> str:
    lowered = text.lower()
    no_punct = "".join(ch for ch in lowered if ch not in PUNCTUATION)
    return " ".join(ARTICLES.sub(" ", no_punct).split())


def mention_text(mention: Any) -> str:
    """A gold mention is [string, offset]; a predicted one a string."""
    if isinstance(mention, list | tuple):
        return str(mention[0]) if mention else ""
    return str(mention)


def read_entities(value: Any) -> list[Entity]:
    entities: list[Entity] = []
    for entity in value or []:
        mentions = [entity] if isinstance(entity, str) else entity
        strings = frozenset(normalise(mention_text(m)) for m in mentions)
        if strings:
            entities.append(strings)
    return entities


def read_template(raw: dict[str, Any]) -> Template:
    incident = raw.get(TYPE)
    template: Template = {TYPE: incident.strip().lower() if isinstance(incident, str) else ""}
    for role in ROLES:
        template[role] = read_entities(raw.get(role))
    return template


def raw_key(raw: dict[str, Any]) -> str:
    """A gold template as its type and mention strings (offsets dropped), to spot duplicates."""
    roles = {role: [[mention_text(m) for m in e] for e in raw.get(role) or []] for role in ROLES}
    return json.dumps([raw.get(TYPE), roles], sort_keys=True)


def distinct(templates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    kept = []
    for raw in templates:
        key = raw_key(raw)
        if key not in seen:
            seen.add(key)
            kept.append(raw)
    return kept


def read_gold(path: Path, merge_duplicates: bool = False) -> dict[str, list[Template]]:
    gold: dict[str, list[Template]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                raw = doc.get("templates") or []
                raw = distinct(raw) if merge_duplicates else raw
                gold[str(doc["docid"])] = [read_template(t) for t in raw]
    return gold


def read_predictions(path: Path) -> dict[str, list[Template]]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        str(docid): [read_template(t) for t in templates or []] for docid, templates in raw.items()
    }


# ---------------------------------------------------------------- one aligned pair


def types_agree(pred: Template, gold: Template) -> bool:
    return bool(pred[TYPE]) and pred[TYPE] in gold[TYPE]


def max_matching(pred: list[Entity], gold: list[Entity]) -> int:
    """Size of a maximum one-to-one matching, an edge when pred's strings are gold mentions."""
    edges = [[gi for gi, g in enumerate(gold) if p <= g] for p in pred]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in edges[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    return sum(1 for pi in range(len(pred)) if augment(pi, set()))


def pair_correct(pred: Template, gold: Template) -> dict[str, int]:
    """Correct slots of an aligned pair; all zero when the types do not agree."""
    if not types_agree(pred, gold):
        return dict.fromkeys(SLOTS, 0)
    correct = {role: max_matching(pred[role], gold[role]) for role in ROLES}
    correct[TYPE] = 1
    return correct


# ---------------------------------------------------------------- one document


def best_alignment(
    preds: list[Template], golds: list[Template], with_type: bool = True
) -> list[int | None]:
    """For each predicted template, its gold index or None, maximising the correct slots."""
    weights = [[pair_correct(p, g) for g in golds] for p in preds]
    slots = SLOTS if with_type else ROLES
    gain = [[sum(w[s] for s in slots) for w in row] for row in weights]

    @cache
    def best(pi: int, used: int) -> int:
        if pi == len(preds):
            return 0
        value = best(pi + 1, used)  # unaligned
        for gi in range(len(golds)):
            if not used >> gi & 1:
                value = max(value, gain[pi][gi] + best(pi + 1, used | 1 << gi))
        return value

    alignment: list[int | None] = []
    used = 0
    for pi in range(len(preds)):
        target = best(pi, used)
        choice: int | None = None
        for gi in range(len(golds)):
            if not used >> gi & 1 and gain[pi][gi] + best(pi + 1, used | 1 << gi) == target:
                choice = gi
                break
        alignment.append(choice)
        if choice is not None:
            used |= 1 << choice
    best.cache_clear()
    return alignment


def empty_counts() -> Counts:
    return {slot: [0, 0, 0] for slot in SLOTS}


def score_document(preds: list[Template], golds: list[Template], with_type: bool = True) -> Counts:
    counts = empty_counts()
    for side, templates in ((0, preds), (1, golds)):
        for template in templates:
            counts[TYPE][side] += 1
            for role in ROLES:
                counts[role][side] += len(template[role])
    for pi, gi in enumerate(best_alignment(preds, golds, with_type)):
        if gi is not None:
            for slot, n in pair_correct(preds[pi], golds[gi]).items():
                counts[slot][2] += n
    return counts


# ---------------------------------------------------------------- corpus


def prf(pred: int, gold: int, correct: int) -> dict[str, Any]:
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "pred": pred, "gold": gold, "correct": correct}


def score_muc4(
    gold: dict[str, list[Template]],
    predictions: dict[str, list[Template]],
    align_with_type: bool = True,
) -> dict[str, Any]:
    totals = empty_counts()
    for docid, golds in gold.items():
        counts = score_document(predictions.get(docid, []), golds, align_with_type)
        for slot in SLOTS:
            for i in range(3):
                totals[slot][i] += counts[slot][i]

    def pooled(slots: tuple[str, ...]) -> dict[str, Any]:
        return prf(*(sum(totals[s][i] for s in slots) for i in range(3)))

    return {
        "roles": {slot: prf(*totals[slot]) for slot in SLOTS},
        "micro": pooled(ROLES),
        "micro_with_type": pooled(SLOTS),
    }


def format_table(report: dict[str, Any]) -> str:
    lines = [f"{'':<16}{'pred':>6}{'gold':>6}{'correct':>8}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [*report["roles"].items(), ("micro", report["micro"])]
    rows.append(("micro+type", report["micro_with_type"]))
    for name, row in rows:
        lines.append(
            f"{name:<16}{row['pred']:>6}{row['gold']:>6}{row['correct']:>8}"
            f"{row['p']:>8.3f}{row['r']:>8.3f}{row['f1']:>8.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--align-roles-only",
        action="store_true",
        help="choose each document's alignment by the five-role micro-F1 (no incident type)",
    )
    parser.add_argument(
        "--merge-duplicate-gold",
        action="store_true",
        help="keep one of identical gold templates in a document (as GTT's loader does)",
    )
    args = parser.parse_args(argv)
    gold = read_gold(args.gold, merge_duplicates=args.merge_duplicate_gold)
    predictions = read_predictions(args.pred)
    extra = sorted(set(predictions) - set(gold))
    if extra:
        print(f"ignored {len(extra)} predicted documents not in gold", file=sys.stderr)
    report = score_muc4(gold, predictions, align_with_type=not args.align_roles_only)
    print(json.dumps(report, indent=2, sort_keys=True) if args.json else format_table(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
