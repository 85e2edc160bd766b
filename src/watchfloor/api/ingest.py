"""``POST /api/ingest``: articles in, records stored, through the same pipeline as the command
line. The route exists only when the server was started with a token, and answers 401 without
a Bearer credential and 403 with a wrong one.

The articles are written to a JSONL file (the format the command line reads) and ingested from
there, so the API and ``watchfloor ingest`` cannot differ in what they store. The pipeline runs
in one worker process, started on the first call and kept: it loads the spaCy model and the
gazetteer once, keeps their memory out of the server, and owns the gazetteer's SQLite
connection (which may only be used by the thread that opened it). One ingest at a time.
"""

from __future__ import annotations

import json
import multiprocessing
import secrets
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from watchfloor.settings import Settings

_lock = threading.Lock()
_worker: ProcessPoolExecutor | None = None
_bearer = HTTPBearer(auto_error=False, description="The token `watchfloor serve --token` set")


class Article(BaseModel):
    text: str = Field(min_length=1, description="The article's text")
    url: str | None = None
    title: str | None = None
    published: date | None = Field(None, description="Publication date YYYY-MM-DD")
    source: str | None = None


class IngestRequest(BaseModel):
    articles: list[Article] = Field(min_length=1, max_length=10_000)


def ingest_router(token: str) -> APIRouter:
    router = APIRouter(prefix="/api", tags=["ingest"])

    def authorised(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    ) -> None:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise HTTPException(
                401, "a Bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )
        if not secrets.compare_digest(credentials.credentials.encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    @router.post(
        "/ingest",
        summary="Ingest articles (needs the server's token)",
        dependencies=[Depends(authorised)],
    )
    def ingest(request: Request, body: IngestRequest) -> dict:
        """Run the articles through the whole pipeline and store the records. Re-sending an
        article stores nothing twice. Answers the ingest's figures."""
        settings = request.app.state.settings
        with _lock, tempfile.TemporaryDirectory(prefix="watchfloor-ingest-") as folder:
            path = Path(folder) / "articles.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for article in body.articles:
                    fh.write(json.dumps(article.model_dump(mode="json"), ensure_ascii=False))
                    fh.write("\n")
            return _pipeline_worker().submit(ingest_file, path, settings).result()

    return router


def _pipeline_worker() -> ProcessPoolExecutor:
    global _worker
    if _worker is None:
        # spawn, not fork: a fork of this threaded server would copy its threads' locks
        _worker = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    return _worker


def ingest_file(path: Path, settings: Settings) -> dict:
    """In the worker process: ``watchfloor ingest PATH`` on the server's database."""
    from watchfloor.pipeline import ingest
    from watchfloor.store import Store

    return ingest([path], Store(settings.db), settings).as_dict()
