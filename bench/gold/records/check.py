#!/usr/bin/env python3
# ruff: noqa: UP031  (a standalone standard-library checker; printf formatting kept)
"""Validate the held-out gold set (standard library only).

Usage: python3 bench/gold/records/check.py   (from the repository root, or from anywhere)

Checks gold.jsonl and negatives.jsonl against the articles in articles/ and prints
counts per kind, type and subtype, then every error found. Exit status 1 if any error.
The development set (../records_dev/check.py) runs the same checks with its own limits.
"""

import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# the size of the set: words per article, articles, and at least how many statistics and
# statements it holds
LIMITS = {"words": (250, 700), "articles": (16, 20), "statistics": 40, "statements": 40}

SUBTYPES = {
    "attack": {
        "bombing",
        "suicide_bombing",
        "armed_assault",
        "ambush",
        "assassination",
        "kidnapping",
        "hostage_taking",
        "execution",
        "vehicle_ramming",
        "stabbing",
        "arson",
        "hijacking",
        "drone_attack",
        "rocket_attack",
        "mass_killing",
        "other",
    },
    "military_operation": {"airstrike", "drone_strike", "raid", "offensive", "battle", "other"},
    "territorial_change": {"captured", "lost", "recaptured"},
    "media_release": {"video", "audio", "statement", "publication", "photos"},
    "pledge": {"allegiance", "renewal"},
    "leadership_change": {
        "killed",
        "captured",
        "arrested",
        "appointed",
        "announced",
        "rumoured_dead",
        "confirmed_alive",
    },
    "arrest": {"arrest", "conviction", "detention"},
    "online_action": {"takedown", "platform_migration", "account_hijack"},
    "threat": {"call_to_attack", "official_warning"},
}
ROLES = {"perpetrator", "target", "victim", "speaker", "subject", "authority", "other"}
ACTOR_TYPES = {
    "armed_group",
    "branch",
    "state_force",
    "government",
    "civilians",
    "person",
    "media_outlet",
    "platform",
    "other",
}
WEAPONS = {
    "explosives",
    "vehicle_bomb",
    "suicide_vest",
    "firearms",
    "knife",
    "vehicle_ramming",
    "incendiary",
    "drone",
    "rockets_artillery",
    "chemical",
    "other",
}
CERTAINTY = {"reported", "alleged", "speculative"}
PRECISION = {"day", "week", "month", "year"}
ATTRIBUTION = {None, "claimed", "attributed", "suspected", "unknown"}
MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "march", "april", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"],
        1,
    )
}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def iso(s):
    try:
        return datetime.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def publication_date(text):
    """Date stated on the first line: 'Published YYYY-MM-DD' or 'CITY, Mon. D, YYYY —'."""
    first = text.split("\n", 1)[0]
    m = re.match(r"Published (\d{4}-\d{2}-\d{2})\s*$", first)
    if m:
        return iso(m.group(1))
    m = re.search(r"\b([A-Z][a-z]+)\.? (\d{1,2}), (\d{4}) —", first)
    if m and m.group(1).lower() in MONTHS:
        return datetime.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def check_range(where, name, r):
    if r is None:
        return
    if not isinstance(r, dict) or set(r) != {"min", "max"}:
        err(where, f"{name} must be {{min,max}} or null")
        return
    lo, hi = r["min"], r["max"]
    for v in (lo, hi):
        if v is not None and not isinstance(v, (int, float)):
            err(where, f"{name} has a non-numeric bound {v!r}")
    if lo is None and hi is None:
        err(where, f"{name} has both bounds null (use null instead)")
    if isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
        err(where, f"{name} min > max")


def check_date(where, d, pub):
    if d is None:
        return
    for k in ("start", "end", "precision", "text"):
        if k not in d:
            err(where, f"date lacks {k}")
    s, e = iso(d.get("start")), iso(d.get("end"))
    if s is None or e is None:
        err(where, "date start/end not ISO: {!r} {!r}".format(d.get("start"), d.get("end")))
        return
    if s > e:
        err(where, "date start after end")
    if d.get("precision") not in PRECISION:
        err(where, "bad date precision {!r}".format(d.get("precision")))
    if pub and e > pub:
        err(where, f"date {e} after publication {pub}")


def main(folder=HERE, limits=LIMITS):
    art = os.path.join(folder, "articles")
    articles = {}
    for name in sorted(os.listdir(art)):
        if name.endswith(".txt"):
            with open(os.path.join(art, name), encoding="utf-8") as f:
                articles[name] = f.read()
    pubs = {}
    for name, text in articles.items():
        pub = publication_date(text)
        if pub is None:
            err(name, "no publication date on the first line")
        pubs[name] = pub
        words = len(text.split())
        low, high = limits["words"]
        if not low <= words <= high:
            err(name, "%d words (want %d-%d)" % (words, low, high))
    fewest, most = limits["articles"]
    if not fewest <= len(articles) <= most:
        err("articles/", "%d articles (want %d-%d)" % (len(articles), fewest, most))

    recs = []
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("gold.jsonl:%d" % n, "blank line")
                continue
            try:
                recs.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err("gold.jsonl:%d" % n, f"not JSON: {e}")

    ids = collections.Counter(r.get("id") for _, r in recs)
    for i, c in ids.items():
        if c > 1:
            err("gold.jsonl", f"duplicate id {i}")

    counts = collections.Counter()
    sub_counts = collections.Counter()
    per_doc = collections.defaultdict(collections.Counter)
    for n, r in recs:
        where = "gold.jsonl:%d (%s)" % (n, r.get("id"))
        kind = r.get("kind")
        doc = r.get("doc")
        if doc not in articles:
            err(where, f"doc {doc!r} not in articles/")
            text, pub = "", None
        else:
            text, pub = articles[doc], pubs[doc]
        ev = r.get("evidence")
        if not isinstance(ev, list) or not ev:
            err(where, "evidence must be a non-empty list")
            ev = []
        for s in ev:
            if not isinstance(s, str) or not s.strip():
                err(where, "empty evidence string")
            elif s not in text:
                err(where, f"evidence not verbatim in {doc}: {s:.80}")
        per_doc[doc][kind] += 1
        if kind == "event":
            t, st = r.get("type"), r.get("subtype")
            counts["event"] += 1
            counts["event:" + str(t)] += 1
            sub_counts[f"{t}/{st}"] += 1
            if t not in SUBTYPES:
                err(where, f"bad type {t!r}")
            elif st not in SUBTYPES[t]:
                err(where, f"bad subtype {st!r} for {t}")
            for k in (
                "date",
                "location",
                "actors",
                "killed",
                "wounded",
                "arrested",
                "abducted",
                "weapons",
                "claimed_by",
                "certainty",
                "title",
            ):
                if k not in r:
                    err(where, f"event lacks {k}")
            check_date(where, r.get("date"), pub)
            loc = r.get("location")
            if loc is not None:
                if set(loc) != {"name", "admin1", "country", "country_code"}:
                    err(where, f"location keys {sorted(loc)}")
                cc = loc.get("country_code")
                if cc is not None and not re.fullmatch(r"[A-Z]{2}", cc):
                    err(where, f"bad country_code {cc!r}")
            for a in r.get("actors", []):
                if set(a) != {"name", "canonical", "role", "type"}:
                    err(where, f"actor keys {sorted(a)}")
                if a.get("role") not in ROLES:
                    err(where, "bad role {!r}".format(a.get("role")))
                if a.get("type") not in ACTOR_TYPES:
                    err(where, "bad actor type {!r}".format(a.get("type")))
            for k in ("killed", "wounded", "arrested", "abducted"):
                check_range(where, k, r.get(k))
            for w in r.get("weapons", []):
                if w not in WEAPONS:
                    err(where, f"bad weapon {w!r}")
            if r.get("certainty") not in CERTAINTY:
                err(where, "bad certainty {!r}".format(r.get("certainty")))
            if r.get("attribution") not in ATTRIBUTION:
                err(where, "bad attribution {!r}".format(r.get("attribution")))
            if t == "arrest" and not r.get("arrested"):
                err(where, "arrest without a count")
            if t == "leadership_change" and not any(
                a.get("role") == "subject" for a in r.get("actors", [])
            ):
                err(where, "leadership_change without a subject")
            if "series" in r:
                s = r["series"]
                if not (isinstance(s, dict) and {"index", "count", "text"} <= set(s)):
                    err(where, "series must have index, count, text")
        elif kind == "statistic":
            counts["statistic"] += 1
            for k in ("measure", "value", "period", "place", "actor", "attributed_to"):
                if k not in r:
                    err(where, f"statistic lacks {k}")
            check_range(where, "value", r.get("value"))
            m = r.get("measure")
            if not isinstance(m, str) or m != m.lower():
                err(where, "measure must be a lower-case string")
            p = r.get("period")
            if p is not None:
                if set(p) != {"start", "end", "text"}:
                    err(where, f"period keys {sorted(p)}")
                for k in ("start", "end"):
                    if p.get(k) is not None and iso(p[k]) is None:
                        err(where, f"period {k} not ISO")
        elif kind == "statement":
            counts["statement"] += 1
            for k in ("speaker", "speaker_role", "affiliation", "quote"):
                if k not in r:
                    err(where, f"statement lacks {k}")
            q = r.get("quote") or ""
            if '"' in q:
                err(where, "quote contains a quote mark")
            joined = " ".join(ev)
            if not any('"' in s for s in ev):
                err(where, "no quote mark in the evidence")
            flat_ev = re.sub(r"\W+", " ", joined).lower().split()
            bag = collections.Counter(flat_ev)
            for w, c in collections.Counter(re.sub(r"\W+", " ", q).lower().split()).items():
                if bag[w] < c:
                    err(where, f"quote word {w!r} not in evidence")
                    break
            sp = r.get("speaker") or ""
            if sp.split()[-1] not in text:
                err(where, f"speaker surname {sp!r} not in article")
            if r.get("date") is not None:
                check_date(where, r["date"], pub)
        else:
            err(where, f"bad kind {kind!r}")

    negs = 0
    with open(os.path.join(folder, "negatives.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "negatives.jsonl:%d" % n
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(where, f"not JSON: {e}")
                continue
            negs += 1
            doc = r.get("doc")
            if doc not in articles:
                err(where, f"doc {doc!r} not in articles/")
                continue
            for s in r.get("evidence", []):
                if s not in articles[doc]:
                    err(where, f"evidence not verbatim: {s:.80}")
            per_doc[doc]["negative"] += 0

    for name in articles:
        if not per_doc.get(name):
            err(name, "no records in gold.jsonl")

    print("articles: %d" % len(articles))
    print(
        "records: %d  (events %d, statistics %d, statements %d)"
        % (len(recs), counts["event"], counts["statistic"], counts["statement"])
    )
    print("negatives: %d" % negs)
    print("events per type:")
    for t in sorted(SUBTYPES):
        print("  %-20s %3d" % (t, counts["event:" + t]))
    print("events per type/subtype:")
    for k in sorted(sub_counts):
        print("  %-36s %3d" % (k, sub_counts[k]))
    print("records per article (event / statistic / statement):")
    for name in sorted(articles):
        c = per_doc.get(name, {})
        print(
            "  %-44s %s %3d %3d %3d"
            % (name, pubs[name], c.get("event", 0), c.get("statistic", 0), c.get("statement", 0))
        )
    for t in SUBTYPES:
        if t != "attack" and counts["event:" + t] < 5:
            err("coverage", "%s has %d events (want >= 5)" % (t, counts["event:" + t]))
    if counts["statistic"] < limits["statistics"]:
        err("coverage", "only %d statistics" % counts["statistic"])
    if counts["statement"] < limits["statements"]:
        err("coverage", "only %d statements" % counts["statement"])

    print("errors: %d" % len(errors))
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
