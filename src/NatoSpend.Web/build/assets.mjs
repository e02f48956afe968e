// Builds the dashboard's browser assets from npm packages into wwwroot/lib (run by the project's build; no CDN at run time):
// - echarts.custom.min.js: the ECharts parts the pages use (build/echarts.js), SVG renderer only;
// - nato-map.json: the allies' map, Natural Earth 1:50m shapes cut to Europe and North America, coordinates rounded.
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { feature } from 'topojson-client';

const lib = new URL('../wwwroot/lib/', import.meta.url);

await build({
  entryPoints: [new URL('./echarts.js', import.meta.url).pathname],
  bundle: true, minify: true, format: 'iife', globalName: 'echarts', target: 'es2020', legalComments: 'none',
  outfile: new URL('echarts.custom.min.js', lib).pathname, logLevel: 'warning',
});

// ISO 3166-1 numeric (world-atlas ids) to ISO3, for the allies; other countries keep their name.
const ISO3 = {
  '008': 'ALB', '056': 'BEL', '100': 'BGR', '124': 'CAN', '191': 'HRV', '203': 'CZE', '208': 'DNK', '233': 'EST', '246': 'FIN', '250': 'FRA',
  '276': 'DEU', '300': 'GRC', '348': 'HUN', '352': 'ISL', '380': 'ITA', '428': 'LVA', '440': 'LTU', '442': 'LUX', '499': 'MNE', '528': 'NLD',
  '807': 'MKD', '578': 'NOR', '616': 'POL', '620': 'PRT', '642': 'ROU', '703': 'SVK', '705': 'SVN', '724': 'ESP', '752': 'SWE', '792': 'TUR',
  '826': 'GBR', '840': 'USA',
};
// The boxes hold whole allies: Türkiye reaches 44.8°E, Norway's Svalbard is left out (north of 72°N) as are Canada's Arctic islands above 75°N.
const EUROPE = { west: -25, east: 45.5, south: 34.5, north: 71.5 };
const AMERICA = { west: -170, east: -52, south: 18, north: 75 };
// 0.05 degrees is about half a pixel on the Europe panel at its largest: the rounding cannot be seen, and it halves the file.
const STEP = 0.05;

const topo = JSON.parse(await readFile(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'));
const world = feature(topo, topo.objects.countries).features;
const map = {
  europe: collection(world, EUROPE, () => true),
  america: collection(world, AMERICA, f => f.id === '840' || f.id === '124'),
};
await writeFile(new URL('nato-map.json', lib), JSON.stringify(map));

// Keeps the polygons whose centre lies in the box (dropping overseas territories), rounded, with repeated points removed.
function collection(features, box, wanted) {
  const kept = [];
  for (const f of features) {
    if (!f.geometry || !wanted(f)) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const inside = polygons.filter(p => {
      const [x, y] = centre(p[0]);
      return x >= box.west && x <= box.east && y >= box.south && y <= box.north;
    }).map(p => p.map(ring => round(ring)).filter(ring => ring.length >= 4));
    const polys = inside.filter(p => p.length > 0);
    if (polys.length === 0) continue;
    kept.push({ type: 'Feature', properties: { name: ISO3[f.id] ?? f.properties.name, country: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates: polys } });
  }
  return { type: 'FeatureCollection', features: kept };
}

function round(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [Math.round(x / STEP) * STEP, Math.round(y / STEP) * STEP].map(v => Math.round(v * 100) / 100);
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

function centre(ring) {
  let x = 0, y = 0;
  for (const [px, py] of ring) { x += px; y += py; }
  return [x / ring.length, y / ring.length];
}
