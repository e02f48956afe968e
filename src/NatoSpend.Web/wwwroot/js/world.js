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
// In the table a mark is a sign after the figure, its words in a tooltip and in the caption: * estimated, † highly uncertain.
const sign = flag => (flag ? (flag.includes('uncertain') ? '†' : '*') : '');
function marked(text, flag) {
  if (!flag) return text;
  const span = document.createElement('span');
  const abbr = document.createElement('abbr');
  abbr.title = mark(flag);
  abbr.textContent = ` ${sign(flag)}`;
  span.append(text, abbr);
  return span;
}

async function start(catalog) {
  const releases = catalog.editions.filter(e => e.publisher === 'SIPRI');
  const q = query();
  fillSelect($('world-release'), releases.map(e => ({ value: e.id, label: `${e.id} (published ${e.published})` })), q.get('release') ?? releases[0]?.id);
  $('world-year').value = q.get('year') ?? '';
  $('world-prices').value = q.get('prices') === 'ppp' ? 'ppp' : '';
  $('world-prices').addEventListener('change', refresh);
  $('world-release').addEventListener('change', () => { $('world-year').value = ''; refresh(); });
  $('world-year').addEventListener('change', refresh);
  $('world-controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
  await refresh();
}

async function refresh() {
  const params = {
    release: $('world-release').value,
    ...($('world-year').value ? { year: $('world-year').value } : {}),
    ...($('world-prices').value ? { prices: $('world-prices').value } : {}),
  };
  setQuery(params);
  await load(`/api/v1/world?${new URLSearchParams(params)}`, render);
}

function render(world) {
  $('world-year').value = world.year;
  $('world-heading').textContent = `${world.year}, SIPRI release ${world.release.id} (published ${world.release.published}); constant prices of ${world.constant_prices_year ?? 'the release'}.`;
  const ppp = world.price_basis?.basis === 'ppp';
  // The PPP caveat stands on the view itself, not only in the notes.
  $('world-caveat').hidden = !ppp;
  $('world-caveat').textContent = ppp ? `${world.price_basis.label}. ${world.price_basis.caveat}` : '';
  renderChart(world, ppp);
  renderTable(world, ppp);
  const view = { release: world.release.id, year: world.year, ...(ppp ? { prices: 'ppp' } : {}) };
  setDownloads($('world-downloads'), '/api/v1/world', view, 'the table');
  chartData(worldChart, '/api/v1/world', view);
  setNotes($('world-notes'), [...world.notes, `Source: ${world.release.publisher}, ${world.release.title}, release ${world.release.id}, published ${world.release.published} (${world.release.url}).`]);
}

function renderChart(world, ppp) {
  // At PPP the bars are the converted figures; a country without the IMF's PPP rate for the year has no bar.
  const key = ppp ? 'spending_ppp_m' : 'usd_current_m';
  const unitName = ppp ? 'million international dollars (GDP-wide PPP)' : 'million USD';
  const rows = world.rows.filter(r => r[key] !== null);
  // Categories run bottom to top, so the largest is drawn at the top.
  const sorted = [...rows].sort((a, b) => a[key] - b[key]);
  worldChart.setOption({
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 84, top: 16, bottom: 44, containLabel: true },
    tooltip: { trigger: 'item', formatter: p => `${p.name}: ${num(p.value, 0)} ${unitName}${p.data.mark ? ` (${p.data.mark})` : ''}` },
    xAxis: { type: 'value', name: ppp ? 'million international dollars, GDP-wide PPP' : 'million USD, current prices', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', data: sorted.map(r => r.name) },
    series: [{
      name: ppp ? 'Military expenditure, million international dollars, GDP-wide PPP' : 'Military expenditure, million USD, current prices',
      type: 'bar',
      data: sorted.map(r => ({
        value: r[key],
        mark: mark(r.usd_current_flag),
        sign: sign(r.usd_current_flag),
        itemStyle: { color: r.kind === 'group' ? '#0b5cad' : '#b45309', decal: r.usd_current_flag ? { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -0.8 } : null },
      })),
      label: { show: true, position: 'right', formatter: p => `${num(p.value, 0)}${p.data.sign ? ` ${p.data.sign}` : ''}` },
    }],
  }, true);
  const measured = ppp
    ? `million international dollars at GDP-wide purchasing-power parity (SIPRI's current-USD figures, release ${world.release.id}, converted by NatoSpend with the IMF ${world.price_basis.outlook} PPP rate; not a military price index)`
    : `million US dollars at current prices and exchange rates (SIPRI, release ${world.release.id})`;
  $('world-chart-caption').textContent = `Military expenditure in ${world.year}, ${measured}. Blue bars are groups of allies summed by NatoSpend, orange bars countries as SIPRI publishes them; hatching marks a figure SIPRI estimates (*) or calls highly uncertain (†), or a sum that includes one.`;
}

function renderTable(world, ppp) {
  const col = key => world.columns.find(c => c.key === key);
  const money = (key, flag) => ({
    key, title: col(key).title, numeric: true, unit: `${col(key).unit} (${col(key).provenance})`, value: r => r[key],
    render: r => marked(num(r[key], 0), r[flag]),
  });
  const columns = [
    { key: 'name', title: col('name').title, header: true, value: r => r.name, render: r => r.name },
    { key: 'provenance', title: col('provenance').title, value: r => r.provenance, render: r => (r.kind === 'group' ? `${r.provenance}: sum of ${r.usd_current_countries} of ${r.members}` : r.provenance) },
    money('usd_current_m', 'usd_current_flag'),
    money('usd_constant_m', 'usd_constant_flag'),
    { key: 'share_of_gdp', title: col('share_of_gdp').title, numeric: true, unit: col('share_of_gdp').unit, value: r => r.share_of_gdp,
      render: r => marked(num(r.share_of_gdp), r.share_of_gdp_flag) },
  ];
  // The other readings of the same figure (derived with the IMF WEO), at PPP when PPP is asked for.
  const derived = (key, decimals) => col(key) && { key, title: col(key).title, numeric: true, unit: col(key).unit, value: r => r[key], render: r => num(r[key], decimals) };
  const extra = ppp
    ? [derived('spending_ppp_m', 0), derived('ppp_factor', 2), derived('per_capita_ppp', 1), derived('share_of_gov_expenditure_pct', 1)]
    : [derived('per_capita_usd', 1), derived('share_of_gov_expenditure_pct', 1)];
  columns.push(...extra.filter(Boolean));
  sortableTable($('world-table'), columns, world.rows, { key: ppp ? 'spending_ppp_m' : 'usd_current_m', direction: 'descending' });
  $('world-table-caption').textContent = `SIPRI release ${world.release.id}, ${world.year}: current and constant USD (million) and share of GDP, with SIPRI's marks (* an estimate or a sum including one, † highly uncertain), then per person and as a share of government spending${ppp ? ' at GDP-wide PPP' : ''} (derived with the IMF WEO); a dash is a figure not published or not derivable. Select a column heading to sort.`;
}

load(() => api('/api/v1/editions'), start);
