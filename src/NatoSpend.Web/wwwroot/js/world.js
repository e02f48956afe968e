// World page: the alliance beside Russia, China and Ukraine in one year of a SIPRI release, as natospend world shows it.
import { api, chart, chartData, fillSelect, load, num, query, setDownloads, setNotes, setQuery, sortableTable } from './common.js';

const $ = id => document.getElementById(id);
const worldChart = chart($('world-chart'));

// SIPRI's marks in words, for the table and the chart's labels.
const MARKS = {
  sipri_estimate: 'SIPRI estimate',
  highly_uncertain: 'highly uncertain',
  includes_sipri_estimate: 'includes SIPRI estimates',
  includes_highly_uncertain: 'includes highly uncertain figures',
};
const mark = flag => (flag ? MARKS[flag] ?? flag : '');

async function start(catalog) {
  const releases = catalog.editions.filter(e => e.publisher === 'SIPRI');
  const q = query();
  fillSelect($('world-release'), releases.map(e => ({ value: e.id, label: `${e.id} (published ${e.published})` })), q.get('release') ?? releases[0]?.id);
  $('world-year').value = q.get('year') ?? '';
  $('world-release').addEventListener('change', () => { $('world-year').value = ''; refresh(); });
  $('world-year').addEventListener('change', refresh);
  $('world-controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
  await refresh();
}

async function refresh() {
  const params = { release: $('world-release').value, ...($('world-year').value ? { year: $('world-year').value } : {}) };
  setQuery(params);
  await load(`/api/v1/world?${new URLSearchParams(params)}`, render);
}

function render(world) {
  $('world-year').value = world.year;
  $('world-heading').textContent = `${world.year}, SIPRI release ${world.release.id} (published ${world.release.published}); constant prices of ${world.constant_prices_year ?? 'the release'}.`;
  renderChart(world);
  renderTable(world);
  setDownloads($('world-downloads'), '/api/v1/world', { release: world.release.id, year: world.year }, 'the table');
  chartData(worldChart, '/api/v1/world', { release: world.release.id, year: world.year });
  setNotes($('world-notes'), [...world.notes, `Source: ${world.release.publisher}, ${world.release.title}, release ${world.release.id}, published ${world.release.published} (${world.release.url}).`]);
}

function renderChart(world) {
  const rows = world.rows.filter(r => r.usd_current_m !== null);
  // Categories run bottom to top, so the largest is drawn at the top.
  const sorted = [...rows].sort((a, b) => a.usd_current_m - b.usd_current_m);
  worldChart.setOption({
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 48, top: 16, bottom: 32, containLabel: true },
    tooltip: { trigger: 'item', formatter: p => `${p.name}: ${num(p.value, 0)} million USD${p.data.mark ? ` (${p.data.mark})` : ''}` },
    xAxis: { type: 'value', name: 'USD m, current' },
    yAxis: { type: 'category', data: sorted.map(r => r.name) },
    series: [{
      name: 'Military expenditure, million USD, current prices',
      type: 'bar',
      data: sorted.map(r => ({
        value: r.usd_current_m,
        mark: mark(r.usd_current_flag),
        itemStyle: { color: r.kind === 'group' ? '#0b5cad' : '#b45309', decal: r.usd_current_flag ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -0.8 } : null },
      })),
      label: { show: true, position: 'right', formatter: p => `${num(p.value, 0)}${p.data.mark ? ' *' : ''}` },
    }],
  }, true);
  $('world-chart-caption').textContent = `Military expenditure in ${world.year}, million US dollars at current prices and exchange rates (SIPRI, release ${world.release.id}). Blue bars are groups of allies summed by NatoSpend, orange bars countries as SIPRI publishes them; * and hatching mark a figure SIPRI estimates or calls highly uncertain (or a sum that includes one).`;
}

function renderTable(world) {
  const col = key => world.columns.find(c => c.key === key);
  const money = (key, flag) => ({
    key, title: col(key).title, numeric: true, unit: `${col(key).unit} (${col(key).provenance})`, value: r => r[key],
    render: r => (r[flag] ? `${num(r[key], 0)} (${mark(r[flag])})` : num(r[key], 0)),
  });
  const columns = [
    { key: 'name', title: col('name').title, header: true, value: r => r.name, render: r => r.name },
    { key: 'provenance', title: col('provenance').title, value: r => r.provenance, render: r => (r.kind === 'group' ? `${r.provenance}: sum of ${r.usd_current_countries} of ${r.members}` : r.provenance) },
    money('usd_current_m', 'usd_current_flag'),
    money('usd_constant_m', 'usd_constant_flag'),
    { key: 'share_of_gdp', title: col('share_of_gdp').title, numeric: true, unit: col('share_of_gdp').unit, value: r => r.share_of_gdp,
      render: r => (r.share_of_gdp_flag ? `${num(r.share_of_gdp)} (${mark(r.share_of_gdp_flag)})` : num(r.share_of_gdp)) },
  ];
  sortableTable($('world-table'), columns, world.rows, { key: 'usd_current_m', direction: 'descending' });
  $('world-table-caption').textContent = `SIPRI release ${world.release.id}, ${world.year}: current and constant USD (million) and share of GDP, with SIPRI's marks; a dash is a figure SIPRI does not publish. Select a column heading to sort.`;
}

load(() => api('/api/v1/editions'), start);
