"""``watchfloor serve``: the REST API and the dashboard over one database (FastAPI).

``create_app(settings, token)`` builds the application; ``api.server`` runs it. The pages are
in ``api.pages`` (templates and static files in ``watchfloor.web``), the JSON routes in
``api.routes``, and both read through ``api.queries.Reader``.
"""

from __future__ import annotations

from watchfloor.api.app import create_app

__all__ = ["create_app"]
