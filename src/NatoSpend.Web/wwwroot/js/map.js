// Country shapes for the overview map: Natural Earth 1:50m admin-0 countries (public domain) as TopoJSON from the
// world-atlas npm package, vendored at build into lib/. Drawn as two panels: Europe and North America.

// ISO 3166-1 numeric codes (world-atlas ids) of the allies, by ISO3 code.
export const NUMERIC = {
  ALB: '008', BEL: '056', BGR: '100', CAN: '124', HRV: '191', CZE: '203', DNK: '208', EST: '233', FIN: '246', FRA: '250',
  DEU: '276', GRC: '300', HUN: '348', ISL: '352', ITA: '380', LVA: '428', LTU: '440', LUX: '442', MNE: '499', NLD: '528',
  MKD: '807', NOR: '578', POL: '616', PRT: '620', ROU: '642', SVK: '703', SVN: '705', ESP: '724', SWE: '752', TUR: '792',
  GBR: '826', USA: '840',
};
const ISO3 = Object.fromEntries(Object.entries(NUMERIC).map(([iso3, n]) => [n, iso3]));

const EUROPE = { west: -26, east: 46, south: 34, north: 72 };
const AMERICA = { west: -170, east: -50, south: 24, north: 84 };

let loaded = null;

/** Registers the maps 'nato-europe' and 'nato-america' with ECharts once; features are named by ISO3 code for allies. */
export async function registerMaps() {
  loaded ??= (async () => {
    const response = await fetch('lib/countries-50m.json');
    const topo = await response.json();
    const world = topojson.feature(topo, topo.objects.countries).features;
    echarts.registerMap('nato-europe', collection(world, EUROPE, () => true));
    echarts.registerMap('nato-america', collection(world, AMERICA, f => f.id === NUMERIC.USA || f.id === NUMERIC.CAN));
  })();
  return loaded;
}

// Keeps the polygons whose centre lies in the box (this drops overseas territories and far-away parts of large countries).
function collection(features, box, wanted) {
  const kept = [];
  for (const f of features) {
    if (!f.geometry || !wanted(f)) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const inside = polygons.filter(p => {
      const [x, y] = centre(p[0]);
      return x >= box.west && x <= box.east && y >= box.south && y <= box.north;
    });
    if (inside.length === 0) continue;
    kept.push({
      type: 'Feature',
      id: f.id,
      properties: { name: ISO3[f.id] ?? f.properties.name, country: f.properties.name },
      geometry: { type: 'MultiPolygon', coordinates: inside },
    });
  }
  return { type: 'FeatureCollection', features: kept };
}

function centre(ring) {
  let x = 0, y = 0;
  for (const [px, py] of ring) { x += px; y += py; }
  return [x / ring.length, y / ring.length];
}
