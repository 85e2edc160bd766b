"""The stages composed: documents in, ``DocumentResult`` out, and the ingest loop around them.

``process_documents`` is a pure function of its inputs (documents and settings), so it can be
mapped over worker processes, or any distributed engine, unchanged.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from watchfloor.extract import (
    build_context,
    extract_mentions,
    extract_statements,
    extract_statistics,
    sentence_worth_parsing,
    sentence_worth_parsing_with_history,
)
from watchfloor.geo import gazetteer
from watchfloor.models import (
    Document,
    DocumentResult,
    EntityMention,
    RawArticle,
    Record,
    Skipped,
)
from watchfloor.nlp import group_lexicon, load_pipeline
from watchfloor.nlp.coreference import resolve_references
from watchfloor.nlp.ruler import GROUP_LABEL
from watchfloor.resolve import build_records
from watchfloor.resolve.stated import (
    statement_records,
    statistic_records,
    without_event_counts,
)
from watchfloor.settings import Settings
from watchfloor.sources import discover, read_paths
from watchfloor.store import Store
from watchfloor.text import EmptyArticleError, to_document

log = logging.getLogger("watchfloor")


def language_pipeline(settings: Settings):
    """The spaCy pipeline these settings call for (cached per process)."""
    # history kept (MUC-4): attacks told in passing hide in sentences the news need not parse
    parse_test = (
        sentence_worth_parsing_with_history
        if settings.keep_past_attacks
        else sentence_worth_parsing
    )
    focus = parse_test if settings.focused_parsing else None
    return load_pipeline(settings.spacy_model, focus)


def process_documents(documents: list[Document], settings: Settings) -> list[DocumentResult]:
    """nlp -> time/geo -> extract -> resolve for a batch of documents."""
    nlp = language_pipeline(settings)
    config_hash = settings.config_hash()
    results = []
    texts = (d.text for d in documents)
    for document, doc in zip(
        documents, nlp.pipe(texts, batch_size=settings.batch_size), strict=True
    ):
        try:
            results.append(_analyse(document, doc, settings, config_hash))
        except Exception as exc:  # one article's defect must not stop the run
            reason = f"analysis failed ({type(exc).__name__}: {exc}); please report this article"
            log.error("skipped %s: %s", document.origin, reason, exc_info=True)
            results.append(DocumentResult(document, [], [], failure=reason))
    return results


def _analyse(document: Document, doc, settings: Settings, config_hash: str) -> DocumentResult:
    ctx = build_context(document, doc)
    ctx.keep_past_attacks = settings.keep_past_attacks
    mentions = extract_mentions(ctx)
    news = [m for m in mentions if not m.past]
    window = document.window_days(settings.reporting_window_days, settings.dispatch_window_days)
    records = build_records(document, news, window, config_hash, ctx.fallback_location())
    records += statement_records(document, extract_statements(ctx), config_hash)
    statistics = statistic_records(document, extract_statistics(ctx), config_hash)
    records += without_event_counts(statistics, records)
    history = _history_records(document, mentions, window, config_hash, ctx)
    return DocumentResult(document, records, collect_entities(doc), history)


def _history_records(
    document: Document, mentions: list, window: int, config_hash: str, ctx
) -> list[Record]:
    """The attacks told as history (``Settings.keep_past_attacks``), as records of what
    happened, kept apart from the news records."""
    past = [m for m in mentions if m.past]
    if not past:
        return []
    return build_records(document, past, window, config_hash, ctx.fallback_location())


def collect_entities(doc) -> list[EntityMention]:
    """Known groups, branches and leaders named in the document, by alias; descriptions that
    stand for one of them ("the group", "its leader") add to its count and are listed in its
    attributes (``referred_to_as``)."""
    lexicon = group_lexicon()
    counts: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ not in (GROUP_LABEL, "PERSON") or not ent.ent_id_:
            continue
        counts[(ent.ent_id_, ent.text)] += 1
    referred: dict[str, Counter] = {}
    for ref in resolve_references(doc):
        referred.setdefault(ref.canonical, Counter())[ref.text.lower()] += 1
    out = []
    for (canonical, alias), n in sorted(counts.items()):
        named = lexicon.get(canonical)
        if named is None:
            continue
        attributes: dict = {}
        if named.type == "branch":
            attributes = {"parent": named.parent, "region": named.region}
        elif named.type == "person" and named.parent:
            attributes = {"affiliation": named.parent}
        references = referred.pop(canonical, None)
        if references:  # on the first alias row of the entity only
            attributes["referred_to_as"] = dict(sorted(references.items()))
            n += sum(references.values())
        out.append(EntityMention(canonical, named.type, alias, n, attributes))
    return out


@dataclass
class IngestStats:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    records: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "unchanged": self.unchanged,
            "skipped": [{"origin": s.origin, "reason": s.reason} for s in self.skipped],
            "records": {"/".join(k): v for k, v in self.records.items()},
        }


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    settings: Settings,
    published: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestStats:
    """Read, process and store every article under ``paths``; bad inputs are skipped."""
    files = discover(paths)
    stats = IngestStats()
    config_hash = settings.config_hash()
    run_id = store.begin_run(settings.as_dict(), config_hash)
    pending = _new_documents(read_paths(files, published), store, stats, settings, progress)
    done: list[DocumentResult] = []
    for result in _process_stream(pending, settings):
        if result.failure is not None:
            stats.skipped.append(Skipped(result.document.origin, result.failure))
            if progress:
                progress(1)
            continue
        done.append(result)
        if len(done) >= settings.batch_size:
            _store_batch(store, done, stats, run_id, config_hash)
        if progress:
            progress(1)
    _store_batch(store, done, stats, run_id, config_hash)
    store.finish_run(run_id, stats.as_dict())
    return stats


def _store_batch(
    store: Store, done: list[DocumentResult], stats: IngestStats, run_id: int, config_hash: str
) -> None:
    """One transaction per batch: whole documents are stored, or none of the batch."""
    store.save_many(done, run_id, config_hash)
    for result in done:
        stats.stored += 1
        for record in result.records:
            stats.records[
                (record.kind, record.data.get("type") or "", record.data.get("subtype") or "")
            ] += 1
    done.clear()


def _new_documents(
    items: Iterator[RawArticle | Skipped],
    store: Store,
    stats: IngestStats,
    settings: Settings,
    progress,
) -> Iterator[Document]:
    seen: set[str] = set()
    config_hash = settings.config_hash()
    for item in items:
        stats.read += 1
        if isinstance(item, Skipped):
            stats.skipped.append(item)
            log.warning("skipped %s: %s", item.origin, item.reason)
            if progress:
                progress(1)
            continue
        try:
            document = to_document(item, settings.max_chars)
        except EmptyArticleError:
            stats.skipped.append(Skipped(item.origin, "empty article (fewer than 3 words)"))
            log.warning("skipped %s: empty article", item.origin)
            if progress:
                progress(1)
            continue
        if document.id in seen or store.is_current(document.id, config_hash):
            stats.unchanged += 1
            if progress:
                progress(1)
            continue
        seen.add(document.id)
        yield document


def _batches(documents: Iterator[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _process_stream(documents: Iterator[Document], settings: Settings) -> Iterator[DocumentResult]:
    batches = _batches(documents, settings.batch_size)
    if settings.workers <= 1:
        for batch in batches:
            yield from process_documents(batch, settings)
        return
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    if ctx.get_start_method() == "fork":
        # Load once here: forked workers share the model and gazetteer pages copy-on-write
        # instead of each spending seconds loading their own.
        _warm_worker(settings)
        # the model's objects live as long as the workers: keep the collector off them (a
        # full collection would otherwise walk them, and touch their pages, in every worker)
        gc.freeze()
    with ctx.Pool(settings.workers, initializer=_warm_worker, initargs=(settings,)) as pool:
        for results in pool.imap(_process_batch, ((b, settings) for b in batches)):
            yield from results


def _warm_worker(settings: Settings) -> None:
    language_pipeline(settings)
    gazetteer()


def _process_batch(args: tuple[list[Document], Settings]) -> list[DocumentResult]:
    batch, settings = args
    return process_documents(batch, settings)
