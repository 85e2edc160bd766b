"""The FastAPI application: the REST API under ``/api``, the dashboard's pages, OpenAPI docs at
``/docs`` with Swagger UI served from ``/static`` (never a CDN), all over one database.

Read-only unless built with a token: only then does ``POST /api/ingest`` exist, and it wants
that token as a Bearer credential. Every response forbids the browser to load anything from
another origin (Content-Security-Policy), and only local host names are answered, so a page
elsewhere cannot reach the server through DNS rebinding.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from watchfloor import __version__
from watchfloor.api.ingest import ingest_router
from watchfloor.api.pages import render_error
from watchfloor.api.pages import router as pages_router
from watchfloor.api.queries import Reader
from watchfloor.api.routes import router as api_router
from watchfloor.errors import RecordNotFoundError
from watchfloor.settings import Settings
from watchfloor.store import Store
from watchfloor.web import STATIC, missing_vendor_files

log = logging.getLogger("watchfloor")

LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]

# Pages: scripts, styles, images and requests from this server only. Leaflet positions its
# layers with inline styles, hence 'unsafe-inline' for styles (never for scripts).
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI starts from an inline script that FastAPI writes.
DOCS_POLICY = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")

DESCRIPTION = """
Sourced records of armed groups' activity, extracted from news reporting. Records are in the
format of `shared/spec/records.md`: every field points at the words of the article it came
from (`sources[].evidence`, `sources[].fields`).

Every list takes the same filters as the dashboard (`type`, `subtype`, `certainty`,
`attribution`, `country`, `admin1`, `actor`, `since`, `until`, `q`) and pages with `limit` and
`offset`; the answer says the `total` and the `next` offset.
"""


def create_app(
    settings: Settings, token: str | None = None, hosts: list[str] | None = None
) -> FastAPI:
    """The application over ``settings.db``; ``token`` enables ``POST /api/ingest``."""
    app = FastAPI(
        title="watchfloor",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.reader = Reader(Store(settings.db))
    app.state.ingest_enabled = bool(token)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=[*LOCAL_HOSTS, *(hosts or [])])
    app.middleware("http")(_security_headers)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api_router)
    if token:
        app.include_router(ingest_router(token))
    app.include_router(pages_router)
    app.add_api_route("/docs", _docs, include_in_schema=False, response_class=HTMLResponse)
    app.add_exception_handler(RecordNotFoundError, _not_found)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    missing = missing_vendor_files()
    if missing:
        log.warning(
            "front-end assets not built (%s): run `make setup`; the map and /docs need them",
            ", ".join(missing),
        )
    return app


def _docs() -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="watchfloor API",
        swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
        swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
        # the default validator is a web service: its badge would be fetched from outside
        swagger_ui_parameters={"validatorUrl": None},
    )


async def _security_headers(request: Request, call_next):
    response = await call_next(request)
    docs = request.url.path == "/docs"
    response.headers["Content-Security-Policy"] = DOCS_POLICY if docs else PAGE_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/openapi.json", "/export")


async def _not_found(request: Request, exc: Exception):
    if _wants_json(request):
        return JSONResponse({"detail": str(exc)}, status_code=404)
    return render_error(request, 404, str(exc))


async def _http_error(request: Request, exc: Exception):
    assert isinstance(exc, StarletteHTTPException)
    if _wants_json(request) or request.url.path.startswith("/static/"):
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )
    return render_error(request, exc.status_code, str(exc.detail))
