"""The command line: a thin layer over the library. Data to stdout; progress, logs to stderr."""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
import time
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from watchfloor import __version__
from watchfloor.errors import ExitCode, InputNotFoundError, WatchfloorError
from watchfloor.settings import Settings, load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="watchfloor: sourced records of armed groups' actions from news reporting.",
)
# Off a terminal (CI logs, pipes) Rich would assume 80 columns and cut file names short.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


class State:
    settings: Settings


state = State()


def _version(value: bool) -> None:
    if value:
        out.print(f"watchfloor {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option(
            help="Database file or SQLAlchemy URL (default: $WATCHFLOOR_DB, then ./watchfloor.db)"
        ),
    ] = None,
    config: Annotated[Path | None, typer.Option(help="TOML file overriding settings")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details")] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit"
        ),
    ] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False)],
    )
    state.settings = load_settings(config, db=db)


def _store():
    from watchfloor.store import Store

    return Store(state.settings.db)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for every article of this run")
    ] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes")] = None,
) -> None:
    """Read articles, extract records and store them (re-ingesting stores nothing twice)."""
    from dataclasses import replace

    from watchfloor.pipeline import ingest as run_ingest
    from watchfloor.sources import discover

    when = _parse_date(published, "--published") if published else None
    settings = replace(state.settings, workers=workers) if workers else state.settings
    store = _store()
    files = discover(paths)
    started = time.perf_counter()
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    ) as bar:
        task = bar.add_task("ingest", total=None, rate="-")
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            elapsed = time.perf_counter() - started
            bar.update(task, advance=n, rate=f"{done / elapsed:.1f}" if elapsed else "-")

        bar.console.print(f"{len(files)} file(s) to read into {store.url}")
        stats = run_ingest(files, store, settings, published=when, progress=advance)
        bar.update(task, total=done)
    elapsed = time.perf_counter() - started
    _print_ingest_summary(stats, elapsed)


def _print_ingest_summary(stats, elapsed: float) -> None:
    table = Table(title="Ingest summary", show_header=False)
    table.add_row("articles read", str(stats.read))
    table.add_row("stored (new or re-processed)", str(stats.stored))
    table.add_row("unchanged (already stored)", str(stats.unchanged))
    table.add_row("skipped", str(len(stats.skipped)))
    table.add_row("seconds", f"{elapsed:.1f}")
    out.print(table)
    if stats.skipped:
        skipped = Table(title="Skipped inputs")
        skipped.add_column("input")
        skipped.add_column("reason")
        for s in stats.skipped:
            skipped.add_row(s.origin, s.reason)
        out.print(skipped)
    records = Table(title="Records found in this run")
    for col in ("kind", "type", "subtype", "count"):
        records.add_column(col)
    for (kind, type_, subtype), n in sorted(stats.records.items()):
        records.add_row(kind, type_, subtype, str(n))
    out.print(records)


@app.command()
def summary() -> None:
    """Counts of every stored event by type, subtype and certainty."""
    store = _store()
    table = Table(title=f"Stored events ({store.counts()['documents']} documents)")
    for col in ("type", "subtype", "certainty", "events"):
        table.add_column(col)
    for type_, subtype, certainty, n in store.summary_by_type():
        table.add_row(type_ or "", subtype or "", certainty or "", str(n))
    out.print(table)


# options shared by the commands that read stored events
TypeOption = Annotated[str | None, typer.Option("--type", help="Event type, e.g. attack")]
CountryOption = Annotated[str | None, typer.Option(help="Country name or ISO code")]
Admin1Option = Annotated[
    str | None, typer.Option(help="Province, governorate or state, e.g. Helmand")
]
SinceOption = Annotated[str | None, typer.Option(help="From date YYYY-MM-DD")]
UntilOption = Annotated[str | None, typer.Option(help="To date YYYY-MM-DD")]
LimitOption = Annotated[int, typer.Option(help="At most this many rows")]


def _event_filter(since: str | None, until: str | None, **fields):
    from watchfloor.store import EventFilter

    return EventFilter(
        since=_parse_date(since, "--since") if since else None,
        until=_parse_date(until, "--until") if until else None,
        **fields,
    )


@app.command()
def events(
    type: TypeOption = None,
    subtype: Annotated[str | None, typer.Option(help="Subtype, e.g. bombing")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor name or part of it")] = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    since: SinceOption = None,
    until: UntilOption = None,
    search: Annotated[str | None, typer.Option(help="Words in the summary or article")] = None,
    certainty: Annotated[str | None, typer.Option(help="reported, alleged or speculative")] = None,
    limit: LimitOption = 200,
) -> None:
    """List stored events as a table, filtered."""
    rows = _store().events(
        _event_filter(
            type=type,
            subtype=subtype,
            actor=actor,
            country=country,
            admin1=admin1,
            since=since,
            until=until,
            text=search,
            certainty=certainty,
            limit=limit,
        )
    )
    table = Table(title=f"{len(rows)} event(s)")
    for col in (
        "id",
        "date",
        "type/subtype",
        "place",
        "perpetrator",
        "killed",
        "wounded",
        "certainty",
    ):
        table.add_column(col, overflow="fold")
    for row in rows:
        d = row.data
        perps = ", ".join(
            dict.fromkeys(
                a.get("canonical") or a["name"]
                for a in d.get("actors", [])
                if a["role"] == "perpetrator"
            )
        )
        when = row.date_start.isoformat() if row.date_start else "?"
        if row.date_end and row.date_end != row.date_start:
            when += f"..{row.date_end.isoformat()}"
        place = ", ".join(p for p in dict.fromkeys([row.place, row.country_code]) if p)
        table.add_row(
            row.id,
            when,
            f"{row.type}/{row.subtype}",
            place,
            perps,
            _q(d.get("killed")),
            _q(d.get("wounded")),
            row.certainty or "",
        )
    out.print(table)


@app.command()
def places(
    type: TypeOption = None,
    country: CountryOption = None,
    admin1: Admin1Option = None,
    since: SinceOption = None,
    until: UntilOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines")] = False,
    limit: LimitOption = 200,
) -> None:
    """The places where stored events happened, with how many events each."""
    counts = _store().place_counts(
        _event_filter(
            type=type, country=country, admin1=admin1, since=since, until=until, limit=limit
        )
    )
    if as_json:
        for c in counts:
            print(json.dumps(dataclasses.asdict(c), ensure_ascii=False))
        return
    table = Table(title=f"{len(counts)} place(s)")
    for col in ("events", "place", "admin1", "country"):
        table.add_column(col, justify="right" if col == "events" else "left", overflow="fold")
    for c in counts:
        table.add_row(str(c.events), c.place or "", c.admin1 or "", _country_label(c))
    out.print(table)


def _country_label(c) -> str:
    """ "Afghanistan (AF)"; a region across borders ("the Sahel") has no one country."""
    return f"{c.country} ({c.country_code})" if c.country_code else "(several countries)"


@app.command()
def show(
    record_id: Annotated[str, typer.Argument(help="Record id (a unique prefix works)")],
) -> None:
    """One record with its evidence; the words behind each field are highlighted."""
    import json

    record = _store().record(record_id)
    spec = record.to_spec()
    out.print(Text(f"{record.kind} {record.id}", style="bold"))
    out.print(spec.get("summary", ""))
    body = {k: v for k, v in spec.items() if k not in ("sources", "summary", "kind", "id")}
    out.print_json(json.dumps(body, ensure_ascii=False))
    for source in record.sources:
        out.print(
            Text(
                f"\nsource {source.doc_id}  {source.title or ''}  {source.published or ''}",
                style="bold",
            )
        )
        if source.url:
            out.print(source.url)
        for ev in source.evidence:
            out.print(_highlight(ev, source.fields))


_FIELD_STYLES = {
    "type": "bold red",
    "killed": "bold magenta",
    "wounded": "magenta",
    "actors": "bold cyan",
    "claimed_by": "cyan",
    "attribution": "cyan",
    "date": "bold green",
    "location": "bold yellow",
    "weapons": "blue",
}


def _highlight(evidence, fields) -> Text:
    text = Text(f"  [{evidence.start}:{evidence.end}] ")
    body = Text(evidence.text)
    legend = []
    for f in fields:
        if evidence.start <= f.start and f.end <= evidence.end:
            style = _FIELD_STYLES.get(f.field, "underline")
            body.stylize(style, f.start - evidence.start, f.end - evidence.start)
            legend.append(f"{f.field}={f.text!r}")
    text.append(body)
    if legend:
        text.append("\n    " + "; ".join(legend), style="dim")
    return text


@app.command()
def entities(
    type_: Annotated[
        str | None,
        typer.Option("--type", help="armed_group, branch, person, media_outlet or platform"),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines to stdout")] = False,
) -> None:
    """Groups, branches, people, outlets and platforms seen, with their aliases."""
    from watchfloor.analyze.entities import entity_records

    rows = [r for r in entity_records(_store()) if type_ is None or r.data["type"] == type_]
    rows.sort(key=lambda r: (-r.data["mentions"], r.data["canonical"]))
    rows = rows[:limit]
    if as_json:
        for record in rows:
            print(json.dumps(record.to_spec(), ensure_ascii=False))
        return
    table = Table(title=f"Entities ({len(rows)})")
    for col in ("canonical", "type", "mentions", "documents", "aliases"):
        table.add_column(col)
    for record in rows:
        d = record.data
        aliases = ", ".join(a for a in d["aliases"] if a != d["canonical"])
        table.add_row(
            d["canonical"], d["type"], str(d["mentions"]), str(len(record.sources)), aliases
        )
    out.print(table)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Canonical name or any alias, any case")],
) -> None:
    """One entity: its aliases, roles, and the events and statements it appears in, by date."""
    from watchfloor.analyze.entities import find_entity
    from watchfloor.errors import RecordNotFoundError

    view = find_entity(_store(), name)
    if view is None:
        raise RecordNotFoundError(f"no entity named {name!r}; `watchfloor entities` lists them")
    d = view.record.data
    out.print(Text(f"{d['canonical']} ({d['type']})", style="bold"))
    out.print(f"aliases: {', '.join(d['aliases'])}")
    out.print(f"mentions: {d['mentions']} in {len(view.record.sources)} document(s)")
    for key, value in d["attributes"].items():
        if key == "roles":
            for role in value:
                span = f"{role.get('from') or '?'} to {role.get('to') or '?'}"
                out.print(f"role: {role['role']} of {role.get('of') or '?'} ({span})")
        else:
            out.print(f"{key}: {value}")
    table = Table(title=f"Events ({len(view.events)})")
    for col in ("date", "id", "summary"):
        table.add_column(col)
    for record in view.events:
        table.add_row(
            (record.data.get("date") or {}).get("start") or "", record.id, record.data["summary"]
        )
    out.print(table)
    table = Table(title=f"Statements ({len(view.statements)})")
    for col in ("date", "speaker", "quote"):
        table.add_column(col)
    for record in view.statements:
        s = record.data
        table.add_row((s.get("date") or {}).get("start") or "", s["speaker"], s["quote"])
    out.print(table)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl or csv")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default stdout)")
    ] = None,
) -> None:
    """Write every record: JSONL exactly as shared/spec/records.md, or CSV of events."""
    from watchfloor.export import FORMATS, write_csv, write_jsonl

    if format not in FORMATS:
        err.print(f"unknown format {format!r}: choose one of {', '.join(FORMATS)}")
        raise typer.Exit(ExitCode.USAGE)
    store = _store()
    writer = write_jsonl if format == "jsonl" else write_csv
    if output is None:
        n = writer(store, sys.stdout)
    else:
        with output.open("w", encoding="utf-8", newline="") as fh:
            n = writer(store, fh)
    err.print(f"wrote {n} record(s)")


eval_app = typer.Typer(help="Score the pipeline's stages on files of cases.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("time")
def eval_time(
    cases: Annotated[Path, typer.Argument(help="JSONL of time cases (bench/cases/time.jsonl)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List the cases got wrong (stderr)")
    ] = False,
) -> None:
    """Time expressions: exact-span accuracy, by precision level and by form."""
    from watchfloor.analyze.evaluate_time import score_time

    if not cases.is_file():
        raise InputNotFoundError(f"no case file at {cases}")
    score = score_time(cases)
    figures = score.as_dict()
    if show_errors:
        for o in score.outcomes:
            if not o.right:
                got = o.found.span if o.found else None
                err.print(
                    f"[{o.case.form}] {o.case.id}: {o.case.expression!r} expected "
                    f"{o.case.start}..{o.case.end}, got "
                    f"{(got.start, got.end) if got else None} from "
                    f"{o.found.text if o.found else [m.text for m in o.spurious]!r}",
                    markup=False,
                )
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    table = Table(title=f"time expressions: {cases.name}")
    table.add_column("group")
    table.add_column("cases", justify="right")
    table.add_column("right", justify="right")
    table.add_row(
        "span exact (with an expression)",
        str(figures["with_expression"]),
        str(figures["span_exact"]),
    )
    table.add_row("words exact", str(figures["with_expression"]), str(figures["words_exact"]))
    table.add_row("negatives rejected", str(figures["negatives"]), str(figures["negatives_right"]))
    for level, row in figures["by_precision"].items():
        table.add_row(f"precision {level}", str(row["cases"]), str(row["right"]))
    for form, row in figures["by_form"].items():
        table.add_row(f"form {form}", str(row["cases"]), str(row["right"]))
    out.print(table)


@eval_app.command("places")
def eval_places(
    cases: Annotated[Path, typer.Argument(help="JSONL of place cases (bench/cases/places.jsonl)")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List the cases got wrong (stderr)")
    ] = False,
) -> None:
    """Event places: country, admin1 and within-25-km accuracy, by form."""
    from watchfloor.analyze.evaluate_places import score_places

    if not cases.is_file():
        raise InputNotFoundError(f"no case file at {cases}")
    score = score_places(cases, state.settings)
    figures = score.as_dict()
    if show_errors:
        for o in score.mismatches():
            p, e = o.predicted, o.case.expected
            err.print(
                f"[{o.case.form}] {o.case.id}: expected "
                f"{(e['name'], e.get('admin1'), e.get('country_code')) if e else None}, got "
                f"{(p.name, p.admin1, p.country_code, p.precision) if p else None}"
                f"{'' if o.from_text else ' (article country)'}"
                f"{f', {o.distance_km} km off' if o.distance_km else ''}",
                markup=False,
            )
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    table = Table(title=f"event places: {cases.name}")
    for col in ("check", "cases", "right"):
        table.add_column(col, justify="left" if col == "check" else "right")
    for name in ("country", "admin1", "within_25km", "no_place"):
        table.add_row(name, str(figures[name]["n"]), str(figures[name]["right"]))
    table.add_row("all checks of a case", str(figures["cases"]), str(figures["all_right"]))
    for form, row in figures["by_form"].items():
        table.add_row(f"form {form}", str(row["cases"]), str(row["right"]))
    out.print(table)


@eval_app.command("records")
def eval_records(
    gold: Annotated[Path, typer.Argument(help="Gold records (JSONL, records format + doc)")],
    articles: Annotated[
        Path | None,
        typer.Option(
            help="Folder of the articles named by 'doc' (default: GOLD's folder/articles)"
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    show_errors: Annotated[
        bool, typer.Option("--show-errors", help="List missed and extra records (stderr)")
    ] = False,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Write the pipeline's records here (JSONL in the gold layout)"),
    ] = None,
    score_file: Annotated[
        Path | None,
        typer.Option(
            "--score",
            help="Score this predictions file (JSONL in the gold layout) instead of running "
            "the pipeline",
        ),
    ] = None,
) -> None:
    """Events, statistics and statements against a gold file: precision, recall, F1 per kind
    and event type, and per-field accuracy of matched events (README: "Scoring records")."""
    from watchfloor.analyze import evaluate_records as er

    if not gold.is_file():
        raise InputNotFoundError(f"no gold file at {gold}")
    gold_records = er.read_gold(gold)
    if score_file is not None:
        if not score_file.is_file():
            raise InputNotFoundError(f"no predictions file at {score_file}")
        predicted, missing = er.read_predictions(score_file), []
    else:
        folder = articles or gold.parent / "articles"
        if not folder.is_dir():
            raise InputNotFoundError(f"no article folder at {folder}; give it with --articles")
        predicted, missing = er.predict_records(sorted(gold_records), folder, state.settings)
    if predictions is not None:
        rows = [r for doc in sorted(predicted) for r in predicted[doc]]
        predictions.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        err.print(f"{len(rows)} predicted records written to {predictions}", markup=False)
    score = er.score_predictions(gold_records, predicted, missing)
    describe = er.describe
    figures = score.as_dict()
    if show_errors:
        for e in score.errors:
            err.print(f"{e.doc} {e.how} ({e.why}): {describe(e.record)}", markup=False)
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    table = Table(title=f"records: {gold.name}")
    for col in ("kind / event type", "gold", "predicted", "matched", "P", "R", "F1"):
        table.add_column(col, justify="left" if col.startswith("kind") else "right")
    rows = [*figures["kinds"].items(), *(("  " + k, v) for k, v in figures["event_types"].items())]
    for name, row in rows:
        table.add_row(
            name,
            *(str(row[k]) for k in ("gold", "predicted", "matched")),
            *(_figure(row[k]) for k in ("precision", "recall", "f1")),
        )
    out.print(table)
    fields = Table(title="matched records: fields right")
    fields.add_column("field")
    fields.add_column("share", justify="right")
    for name, value in figures["event_fields"].items():
        fields.add_row(f"event {name}", _figure(value))
    fields.add_row("statistic measure", _figure(figures["statistic_measure_right"]))
    fields.add_row("statement speaker", _figure(figures["statement_speaker_right"]))
    out.print(fields)
    _print_spreads(figures["bootstrap"])
    if figures["missing_docs"]:
        err.print(f"articles not found: {', '.join(figures['missing_docs'])}", markup=False)


def _print_spreads(spreads: dict[str, dict | None]) -> None:
    """The headline figures' 95% ranges over resampled articles, one line each."""
    for name, spread in spreads.items():
        if spread is not None:
            out.print(
                f"{name.replace('_', ' ')} over resampled articles: 95% between "
                f"{spread['low']:.3f} and {spread['high']:.3f}, sd {spread['sd']:.3f}",
                markup=False,
            )


@eval_app.command("muc4")
def eval_muc4(
    path: Annotated[
        Path, typer.Argument(help="MUC-4 documents with templates (JSON lines, GTT processing)")
    ],
    predictions: Annotated[
        Path | None,
        typer.Option(help="Write the predicted templates here (JSON keyed by document id)"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON")] = False,
    limit: Annotated[int | None, typer.Option(help="Only the first N documents")] = None,
    score_file: Annotated[
        Path | None,
        typer.Option(
            "--score",
            help="Score this predictions file (as --predictions writes it, or doc id -> list "
            "of templates) instead of running the pipeline",
        ),
    ] = None,
) -> None:
    """MUC-4 role fillers: the pipeline's attack records as templates, scored per role and
    micro-averaged with the GTT template metric, beside published figures."""
    from watchfloor.analyze.evaluate_muc4 import (
        SLOTS,
        evaluate_muc4,
        published_figures,
        rescore_predictions,
        write_predictions,
    )

    if not path.is_file():
        raise InputNotFoundError(f"no MUC-4 file at {path}")
    if score_file is not None:
        if not score_file.is_file():
            raise InputNotFoundError(f"no predictions file at {score_file}")
        score = rescore_predictions(path, score_file, limit)
    else:
        evaluation = evaluate_muc4(path, state.settings, limit)
        if predictions is not None:
            write_predictions(evaluation, predictions)
            err.print(f"predicted templates written to {predictions}", markup=False)
        score = evaluation.score
    figures = score.as_dict()
    published = [dataclasses.asdict(p) for p in published_figures()]
    if as_json:
        print(json.dumps(figures | {"published": published}, indent=2))
        return
    table = Table(title=f"MUC-4 role fillers: {path.name} ({figures['documents']} documents)")
    for col in ("slot", "P", "R", "F1", "right/predicted", "right/gold"):
        table.add_column(col, justify="left" if col == "slot" else "right")
    rows = [(slot, figures["slots"][slot]) for slot in SLOTS] + [("micro", figures["micro"])]
    for name, row in rows:
        table.add_row(
            name,
            *(_figure(row[k]) for k in ("precision", "recall", "f1")),
            f"{row['right_predicted']}/{row['predicted']}",
            f"{row['right_gold']}/{row['gold']}",
        )
    out.print(table)
    spread = figures["micro_f1_bootstrap"]
    if spread is not None:
        out.print(
            f"micro F1 over resampled documents ({spread['resamples']} bootstrap resamples): "
            f"95% between {spread['low']:.3f} and {spread['high']:.3f}, sd {spread['sd']:.3f}",
            markup=False,
        )
    context = Table(title="Published micro-averaged figures on the MUC-4 test set, for context")
    for col in ("system", "P", "R", "F1", "metric", "source"):
        context.add_column(col, overflow="fold")
    for p in published:
        context.add_row(
            p["system"],
            *(str(p[k]) for k in ("precision", "recall", "f1")),
            p["metric"],
            p["source"],
        )
    out.print(context)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _q(q: dict | None) -> str:
    if not q:
        return ""
    lo, hi = q.get("min"), q.get("max")
    if lo is not None and hi is None:
        return f"{lo}+"
    return str(lo) if lo == hi else f"{lo}-{hi}"


def _parse_date(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"{option} must be a date as YYYY-MM-DD, not {value!r}")
        raise typer.Exit(ExitCode.USAGE) from None


@app.command()
def serve(
    host: Annotated[
        str, typer.Option(help="Address to listen on (127.0.0.1: this machine only)")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            envvar="WATCHFLOOR_TOKEN",
            help="Enable POST /api/ingest, which then needs this Bearer token",
        ),
    ] = None,
) -> None:
    """Serve the dashboard and the REST API over the database (read-only without --token)."""
    from watchfloor.api.app import LOCAL_HOSTS
    from watchfloor.api.server import serve as run_server

    if host not in LOCAL_HOSTS:
        err.print(f"warning: listening on {host}: other machines can read this database")
    err.print(f"serving {state.settings.db}; API docs at /docs; Ctrl-C stops")
    run_server(state.settings, host, port, token, announce=lambda url: out.print(url, markup=False))


def main() -> None:
    try:
        app()
    except WatchfloorError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        sys.exit(int(exc.exit_code))
