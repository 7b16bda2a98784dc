// Builds programs/maps/countries-central-asia.json, the country outlines that
// programs/maps/ draws. Run by hand when the region or the detail changes;
// the site itself never runs it and never fetches map data.
//
// Source: Natural Earth 1:50m Admin 0 countries (public domain), as TopoJSON
// in the npm package world-atlas. The tools stay out of the project's
// package.json: install them into a scratch folder and pass its node_modules.
//
//   tmp=$(mktemp -d)
//   npm install --prefix "$tmp" --no-save \
//       world-atlas@2.0.2 topojson-client@3 topojson-simplify@3 i18n-iso-countries@7
//   node scripts/build_map_data.mjs "$tmp/node_modules"
//
// The output is deterministic: the same inputs give the same bytes.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const modules = process.argv[2];
if (!modules) {
  console.error("usage: node scripts/build_map_data.mjs <node_modules folder>");
  process.exit(2);
}
const require = createRequire(join(modules, "noop.js"));
const { feature } = require("topojson-client");
const { presimplify, simplify } = require("topojson-simplify");
const isoCountries = require("i18n-iso-countries");

// The region we draw: Central Asia, China and their neighbours, with a margin
// so a map fitted to cities near its edge still has land in its corners.
const WEST = 24, EAST = 146, SOUTH = 10, NORTH = 66;
// Coordinates are stored as integers in this unit (degrees).
const UNIT = 0.05;
// Visvalingam weight (square degrees) below which a vertex is dropped; it is
// applied to the shared topology, so neighbouring borders stay identical.
const MIN_WEIGHT = 0.004;

// Natural Earth's own marker for land without an ISO code (e.g. Siachen).
const NO_CODE = "-99";

// Sutherland–Hodgman: clip a closed ring against one half-plane at a time.
function clipRing(ring) {
  const edges = [
    [(p) => p[0] >= WEST, (a, b) => cutX(a, b, WEST)],
    [(p) => p[0] <= EAST, (a, b) => cutX(a, b, EAST)],
    [(p) => p[1] >= SOUTH, (a, b) => cutY(a, b, SOUTH)],
    [(p) => p[1] <= NORTH, (a, b) => cutY(a, b, NORTH)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, cut] of edges) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) out.push(cut(previous, current));
        out.push(current);
      } else if (inside(previous)) {
        out.push(cut(previous, current));
      }
    }
    points = out;
    if (!points.length) break;
  }
  return points;
}

function cutX(a, b, x) {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function cutY(a, b, y) {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

function twiceArea(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

// Quantise, drop repeated points, and delta-encode: [x0, y0, dx1, dy1, ...].
function encodeRing(points) {
  const grid = [];
  for (const [x, y] of points) {
    const q = [Math.round(x / UNIT), Math.round(y / UNIT)];
    const last = grid[grid.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) grid.push(q);
  }
  while (grid.length > 1 && grid[0][0] === grid.at(-1)[0] && grid[0][1] === grid.at(-1)[1]) {
    grid.pop();
  }
  // Rings that shrink below a few grid cells are specks at this scale.
  if (grid.length < 3 || Math.abs(twiceArea(grid)) < 4) return null;
  const flat = [grid[0][0], grid[0][1]];
  for (let i = 1; i < grid.length; i++) {
    flat.push(grid[i][0] - grid[i - 1][0], grid[i][1] - grid[i - 1][1]);
  }
  return flat;
}

const here = dirname(fileURLToPath(import.meta.url));
const source = join(modules, "world-atlas", "countries-50m.json");
const atlasVersion = JSON.parse(
  readFileSync(join(modules, "world-atlas", "package.json"), "utf8"),
).version;
const topology = simplify(presimplify(JSON.parse(readFileSync(source, "utf8"))), MIN_WEIGHT);
const countries = {};
for (const f of feature(topology, topology.objects.countries).features) {
  if (!f.geometry) continue;
  const polygons =
    f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const clipped = clipRing(ring);
      const encoded = clipped.length >= 3 ? encodeRing(clipped) : null;
      if (encoded) rings.push(encoded);
    }
  }
  if (!rings.length) continue;
  const code = f.id === undefined ? NO_CODE : isoCountries.numericToAlpha2(f.id);
  if (!code) throw new Error(`no alpha-2 code for ${f.id} ${f.properties.name}`);
  (countries[code] ??= []).push(...rings);
}

const sorted = {};
for (const code of Object.keys(countries).sort()) sorted[code] = countries[code];
const data = {
  source: `Natural Earth 1:50m Admin 0 countries, via world-atlas ${atlasVersion} (countries-50m.json)`,
  licence: "Public domain (Natural Earth terms of use)",
  built_by: "scripts/build_map_data.mjs",
  bounds: [WEST, SOUTH, EAST, NORTH],
  unit: UNIT,
  encoding:
    "countries: ISO alpha-2 (or -99 for land without a code) to rings; each ring is " +
    "[x0, y0, dx1, dy1, ...] in units of `unit` degrees east and north, implicitly closed",
  countries: sorted,
};
const lines = JSON.stringify(data, null, 0)
  // One country per line keeps diffs of a rebuild readable.
  .replace(/"countries":\{/, '"countries":{\n')
  .replace(/\]\],"/g, ']],\n"');
const target = join(here, "..", "programs", "maps", "countries-central-asia.json");
writeFileSync(target, lines + "\n");
console.log(`${target}: ${Buffer.byteLength(lines) + 1} bytes, ${Object.keys(sorted).length} countries`);
