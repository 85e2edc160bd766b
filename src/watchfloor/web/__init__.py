"""The dashboard's templates (Jinja2, autoescaped) and static files.

``static/vendor/`` is not in the repository: ``make setup`` builds it from the npm packages
pinned in ``web/package.json`` (Leaflet, topojson-client, world-atlas, swagger-ui-dist) so that
every page loads its scripts, styles and basemap from the server itself.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
VENDOR = STATIC / "vendor"

# what the pages need from the build; missing ones are named at start-up
VENDOR_FILES = (
    "leaflet/leaflet.js",
    "leaflet/leaflet.css",
    "topojson-client/topojson-client.min.js",
    "world-atlas/countries-110m.json",
    "swagger-ui/swagger-ui-bundle.js",
    "swagger-ui/swagger-ui.css",
)


def missing_vendor_files() -> list[str]:
    return [name for name in VENDOR_FILES if not (VENDOR / name).is_file()]
