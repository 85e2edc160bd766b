// Copies the front-end libraries the dashboard uses out of node_modules into dist/, which
// `make setup` copies into the Python package (src/watchfloor/web/static/vendor/). Pages load
// them from the server itself: nothing is fetched from a CDN at run time.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const dist = join(here, "dist");

// [from (inside node_modules), to (inside dist)]
const files = [
  ["leaflet/dist/leaflet.js", "leaflet/leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet/leaflet.css"],
  ["leaflet/dist/images", "leaflet/images"],
  ["leaflet/LICENSE", "leaflet/LICENSE"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client/topojson-client.min.js"],
  ["topojson-client/LICENSE", "topojson-client/LICENSE"],
  // 1:110m countries (110 kB): enough for an overview map, quick to draw
  ["world-atlas/countries-110m.json", "world-atlas/countries-110m.json"],
  ["world-atlas/LICENSE", "world-atlas/LICENSE"],
  ["swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui/swagger-ui-bundle.js"],
  ["swagger-ui-dist/swagger-ui.css", "swagger-ui/swagger-ui.css"],
  ["swagger-ui-dist/favicon-32x32.png", "swagger-ui/favicon-32x32.png"],
  ["swagger-ui-dist/LICENSE", "swagger-ui/LICENSE"],
];

rmSync(dist, { recursive: true, force: true });
for (const [from, to] of files) {
  const target = join(dist, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, from), target, { recursive: true });
}
console.log(`copied ${files.length} assets into ${dist}`);
