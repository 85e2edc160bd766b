"""Accuracy of attack extraction on every answer key the repo can reach; prints the figures.

    python bench/accuracy.py [--details] [--show-errors] [--limit N] [--only SET]
                             [--markdown bench/accuracy.md]

`--markdown FILE` also writes the figures as a report with the date and version: that is how
bench/accuracy.md is made (never by hand). The held-out news set (bench/gold/records) is scored
record by record (`--only records`, as `watchfloor eval records`), and so are the three
development news sets the extractors were tuned on (bench/gold/records_dev*), for comparison.

Reads samples/expected.jsonl (always) and ../shared/data (SATP, MUC-4, ISAF) when present;
scores SATP death tolls against bench/gold/satp_relevant_dev_tolls.tsv when both it and the SATP
data exist; the time stage on bench/cases/time*.jsonl (always) and on the day of each ISAF
release's event; the place stage on bench/cases/places*.jsonl (always) and on the province of
each ISAF release's event.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from watchfloor import __version__
from watchfloor.analyze.evaluate import (
    score_muc4,
    score_samples,
    score_satp,
    score_satp_dates,
    score_satp_tolls,
)
from watchfloor.analyze.evaluate_operations import score_releases
from watchfloor.analyze.evaluate_places import (
    score_places,
    score_release_provinces,
    score_wikievents_places,
)
from watchfloor.analyze.evaluate_records import score_records
from watchfloor.analyze.evaluate_time import score_release_dates, score_time
from watchfloor.settings import load_settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TOLL_GOLD = ROOT / "bench" / "gold" / "satp_relevant_dev_tolls.tsv"
DATE_GOLD = ROOT / "bench" / "gold" / "satp_relevant_dev_dates.tsv"
TIME_CASES = ROOT / "bench" / "cases" / "time.jsonl"
TIME_HELDOUT = ROOT / "bench" / "cases" / "time_heldout.jsonl"
PLACE_CASES = ROOT / "bench" / "cases" / "places.jsonl"
PLACE_HELDOUT = ROOT / "bench" / "cases" / "places_heldout.jsonl"
RECORDS_GOLD = ROOT / "bench" / "gold" / "records" / "gold.jsonl"
DEV_RECORDS = [
    ROOT / "bench" / "gold" / name / "gold.jsonl"
    for name in (
        "records_dev",
        "records_dev2",
        "records_dev3",
        "records_dev4",
        "records_dev5",
        "records_dev6",
        "records_dev7",
        "records_dev8",
        "records_dev9",
        "records_dev10",
        "records_dev11",
        "records_dev12",
        "records_dev13",
        "records_dev14",
        "records_dev15",
        "records_dev16",
        "records_dev17",
        "records_dev18",
        "records_dev19",
        "records_dev20",
        "records_dev21",
        "records_dev22",
        "records_dev23",
        "records_dev24",
        "records_dev25",
        "records_dev26",
        "records_dev27",
        "records_dev28",
        "records_dev29",
        "records_dev30",
        "records_dev31",
        "records_dev32",
        "records_dev33",
        "records_dev34",
        "records_dev35",
        "records_dev36",
        "records_dev37",
        "records_dev38",
        "records_dev39",
        "records_dev40",
        "records_dev41",
        "records_dev42",
        "records_dev43",
        "records_dev44",
        "records_dev45",
        "records_dev46",
        "records_dev47",
        "records_dev48",
        "records_dev49",
        "records_dev50",
        "records_dev51",
        "records_dev52",
        "records_dev53",
        "records_dev54",
        "records_dev55",
        "records_dev56",
        "records_dev57",
        "records_dev58",
        "records_dev59",
        "records_dev60",
        "records_dev61",
        "records_dev62",
        "records_dev63",
        "records_dev64",
        "records_dev65",
        "records_dev66",
        "records_dev67",
        "records_dev68",
        "records_dev69",
        "records_dev70",
        "records_dev71",
        "records_dev72",
        "records_dev73",
        "records_dev74",
        "records_dev75",
        "records_dev76",
        "records_dev77",
        "records_dev78",
        "records_dev79",
        "records_dev80",
        "records_dev81",
        "records_dev82",
        "records_dev83",
        "records_dev84",
        "records_dev85",
        "records_dev86",
        "records_dev87",
        "records_dev88",
        "records_dev89",
        "records_dev90",
    )
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--details", action="store_true", help="list misses and false alarms")
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="list SATP toll, ISAF date and province, and place case mismatches on stderr",
    )
    parser.add_argument("--limit", type=int, default=None, help="texts per external set")
    parser.add_argument(
        "--only",
        choices=["samples", "satp", "muc4", "time", "places", "operations", "records"],
        default=None,
    )
    parser.add_argument(
        "--markdown", type=Path, default=None, help="also write the report here (accuracy.md)"
    )
    args = parser.parse_args()
    settings = load_settings()
    report: dict = {"version": __version__}

    if args.only in (None, "samples"):
        t = time.perf_counter()
        score = score_samples(
            ROOT / "samples" / "corpus", ROOT / "samples" / "expected.jsonl", settings
        )
        report["samples"] = score.as_dict() | {"seconds": round(time.perf_counter() - t, 1)}
        if args.details:
            for label, g in score.missed:
                print(f"MISSED  {label}: {json.dumps(g)}", file=sys.stderr)
            for label, p in score.spurious:
                print(f"EXTRA   {label}: {p['summary']} | date={p.get('date')}", file=sys.stderr)
            for m in score.matched:
                if m.gold.get("killed_min") != (m.predicted.get("killed") or {}).get("min"):
                    print(
                        f"KILLED  {m.predicted['summary']} gold={m.gold['killed_min']}-{m.gold['killed_max']}",
                        file=sys.stderr,
                    )
    satp = SHARED / "satp"
    if args.only in (None, "satp") and satp.is_dir():
        t = time.perf_counter()
        report["satp_relevant_dev"] = score_satp(
            satp / "satp_relevant.dev.tsv", settings, args.limit
        ).as_dict()
        report["satp_all_dev"] = score_satp(
            satp / "satp_all.dev.tsv", settings, args.limit
        ).as_dict()
        report["satp_seconds"] = round(time.perf_counter() - t, 1)
        if TOLL_GOLD.is_file():
            t = time.perf_counter()
            tolls = score_satp_tolls(
                satp / "satp_relevant.dev.tsv", TOLL_GOLD, settings, args.limit
            )
            report["satp_tolls"] = tolls.as_dict() | {"seconds": round(time.perf_counter() - t, 1)}
            if args.show_errors:
                for line in tolls.mismatches():
                    print(line.describe(), file=sys.stderr)
        if DATE_GOLD.is_file():
            t = time.perf_counter()
            days = score_satp_dates(satp / "satp_relevant.dev.tsv", DATE_GOLD, settings, args.limit)
            report["satp_dates"] = days.as_dict() | {"seconds": round(time.perf_counter() - t, 1)}
            if args.show_errors:
                for d in days.mismatches():
                    got = (d.predicted or {}).get("start") if d.record else "no attack"
                    print(
                        f"SATP date line {d.gold.line}: coded {d.gold.words!r}, got {got} "
                        f"({(d.predicted or {}).get('text')!r})",
                        file=sys.stderr,
                    )
    muc = SHARED / "muc4"
    if args.only in (None, "muc4") and muc.is_dir():
        t = time.perf_counter()
        report["muc4_dev_detection"] = score_muc4(muc / "dev.json", settings, args.limit).as_dict()
        report["muc4_seconds"] = round(time.perf_counter() - t, 1)
        # role fillers of the attack records as MUC-4 templates, GTT's template metric
        from watchfloor.analyze.evaluate_muc4 import evaluate_muc4

        t = time.perf_counter()
        roles = evaluate_muc4(muc / "dev.json", settings, args.limit).score.as_dict()
        report["muc4_dev_role_fillers"] = {
            "micro": roles["micro"],
            "micro_f1_bootstrap": roles["micro_f1_bootstrap"],
            "slots": {k: v["f1"] for k, v in roles["slots"].items()},
            "documents": roles["documents"],
            "seconds": round(time.perf_counter() - t, 1),
        }
    if args.only in (None, "time"):
        for name, path in (("time_cases", TIME_CASES), ("time_cases_heldout", TIME_HELDOUT)):
            report[name] = {k: v for k, v in score_time(path).as_dict().items() if k != "by_form"}
        isaf = SHARED / "isaf_press_releases" / "isaf_dev.jsonl"
        if isaf.is_file():
            t = time.perf_counter()
            dates = score_release_dates(isaf, settings, args.limit)
            report["isaf_dev_dates"] = dates.as_dict() | {
                "seconds": round(time.perf_counter() - t, 1)
            }
            if args.show_errors:
                for o in dates.mismatches():
                    got = f"{o.predicted.start}..{o.predicted.end}" if o.predicted else "none"
                    print(
                        f"ISAF {o.release[:40]}: coded {o.gold}, got {got} ({o.how}) | "
                        f"{o.sentence[:140]}",
                        file=sys.stderr,
                    )
    if args.only in (None, "places"):
        for name, path in (("place_cases", PLACE_CASES), ("place_cases_heldout", PLACE_HELDOUT)):
            t = time.perf_counter()
            places = score_places(path, settings)
            report[name] = {k: v for k, v in places.as_dict().items() if k != "by_form"} | {
                "seconds": round(time.perf_counter() - t, 1)
            }
            if args.show_errors:
                for o in places.mismatches():
                    p, e = o.predicted, o.case.expected
                    print(
                        f"PLACE {o.case.id} [{o.case.form}]: expected "
                        f"{(e['name'], e.get('admin1'), e.get('country_code')) if e else None}, "
                        f"got {(p.name, p.admin1, p.country_code) if p else None}",
                        file=sys.stderr,
                    )
        isaf = SHARED / "isaf_press_releases" / "isaf_dev.jsonl"
        if isaf.is_file():
            t = time.perf_counter()
            provinces = score_release_provinces(isaf, settings, args.limit)
            report["isaf_dev_provinces"] = provinces.as_dict() | {
                "seconds": round(time.perf_counter() - t, 1)
            }
            if args.show_errors:
                for o in provinces.mismatches():
                    p = o.predicted
                    print(
                        f"ISAF {o.release[:40]}: coded {o.gold}, got "
                        f"{(p.name, p.admin1) if p else None} ({o.how}) | {o.sentence[:140]}",
                        file=sys.stderr,
                    )
        wiki = SHARED / "wikievents"
        if (wiki / "dev.jsonl").is_file():
            t = time.perf_counter()
            arguments = score_wikievents_places(
                wiki / "dev.jsonl", wiki / "dev.coref.jsonlines", settings
            )
            report["wikievents_dev_places"] = arguments.as_dict() | {
                "seconds": round(time.perf_counter() - t, 1)
            }
            if args.show_errors:
                for o in arguments.mismatches():
                    p = o.predicted
                    print(
                        f"WIKIEVENTS {o.doc} {o.trigger!r}: annotated {sorted(set(o.gold))}, got "
                        f"{(p.name, p.country_code) if p else None} from {o.predicted_words!r}",
                        file=sys.stderr,
                    )
    isaf = SHARED / "isaf_press_releases" / "isaf_dev.jsonl"
    if args.only in (None, "operations") and isaf.is_file():
        t = time.perf_counter()
        releases = score_releases(isaf, settings, args.limit)
        report["isaf_dev_operations"] = releases.as_dict() | {
            "seconds": round(time.perf_counter() - t, 1)
        }
        if args.show_errors:
            for o in releases.mismatches():
                print(
                    f"ISAF {o.release}: coded {sorted(o.coded_types)} captured "
                    f"{o.coded_captured} killed {o.coded_killed}; got {o.arrests} arrest records "
                    f"({o.arrested} arrested), {o.operations} operations "
                    f"{sorted(o.subtypes)} ({o.killed} killed)",
                    file=sys.stderr,
                )
    if args.only in (None, "records") and RECORDS_GOLD.is_file():
        t = time.perf_counter()
        records = score_records(RECORDS_GOLD, RECORDS_GOLD.parent / "articles", settings)
        report["heldout_news_records"] = records.as_dict() | {
            "seconds": round(time.perf_counter() - t, 1)
        }
    if args.only in (None, "records"):
        # the development sets the extractors were tuned on: their figures flatter
        for gold in DEV_RECORDS:
            if gold.is_file():
                t = time.perf_counter()
                records = score_records(gold, gold.parent / "articles", settings)
                report[f"development_news_{gold.parent.name}"] = records.as_dict() | {
                    "seconds": round(time.perf_counter() - t, 1)
                }
    print(json.dumps(report, indent=2))
    if args.markdown is not None:
        args.markdown.write_text(render_markdown(report, args), encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    return 0


def render_markdown(report: dict, args: argparse.Namespace) -> str:
    """The report as a page: one section per evaluation, its figures as nested lists."""
    lines = [
        "# watchfloor accuracy",
        "",
        f"Generated by `python bench/accuracy.py --markdown bench/accuracy.md` on "
        f"{date.today().isoformat()} with watchfloor {report['version']}"
        f"{f', --limit {args.limit}' if args.limit else ''}. Do not edit by hand: run it again.",
        "What each figure means: bench/README.md.",
        "",
    ]
    for name, figures in report.items():
        if name == "version":
            continue
        lines += [f"## {name}", ""]
        lines += _markdown_items(figures, 0)
        lines.append("")
    return "\n".join(lines)


def _markdown_items(value, depth: int) -> list[str]:
    pad = "  " * depth
    if not isinstance(value, dict):
        return [f"{pad}- {value}"]
    out = []
    for key, item in value.items():
        if isinstance(item, dict):
            out.append(f"{pad}- {key}:")
            out.extend(_markdown_items(item, depth + 1))
        elif isinstance(item, list):
            shown = ", ".join(str(v) for v in item) if item else "none"
            out.append(f"{pad}- {key}: {shown}")
        else:
            out.append(f"{pad}- {key}: {item}")
    return out


if __name__ == "__main__":
    sys.exit(main())
