// Simulation: one ally's path under uncertain GDP, inflation and exchange rates -> the odds and a fan of its share per year (POST /api/v1/simulate).
import { api, chart, chartData, fillSelect, load, num, query, setNotes, setQuery, sortableTable } from './common.js';

const $ = id => document.getElementById(id);
const fanChart = chart($('fan-chart'));

async function start(rules) {
  const q = query();
  fillSelect($('rules'), rules.rules.map(r => ({ value: r.id, label: `${r.id}: ${r.core_target}% core by ${r.deadline}` })), q.get('rules') ?? rules.default);
  fillSelect($('shape'), [{ value: '', label: "the rule set's" }, ...rules.shapes.map(s => ({ value: s, label: s }))], q.get('shape') ?? '');
  for (const id of ['ally', 'fix', 'draws', 'seed']) {
    if (q.get(id)) $(id).value = q.get(id);
  }
  $('controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
  await refresh();
}

async function refresh() {
  const params = Object.fromEntries(Object.entries({
    ally: $('ally').value.trim().toUpperCase(), shape: $('shape').value, rules: $('rules').value, fix: $('fix').value,
    draws: $('draws').value, seed: $('seed').value,
  }).filter(([, v]) => v !== ''));
  setQuery(params);
  const body = { ...params, draws: params.draws ? Number(params.draws) : undefined, seed: params.seed ? Number(params.seed) : undefined };
  await load(() => api('/api/v1/simulate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }), render);
  chartData(fanChart, '/api/v1/simulate', {}, body);
}

function render(r) {
  const a = r.allies[0];
  const years = a.years;
  const q = key => years.map(y => y.share_pct[key]);
  const cards = [
    [`${num(a.p_reaches_target * 100, 0)}%`, `chance of reaching ${num(a.target, 2)}% of GDP by ${r.deadline}`],
    [`${num(a.p_passes_every_check * 100, 0)}%`, `chance of passing every check of ${r.rules.id}`],
    [`${num(years.at(-1).share_pct.p5, 2)}–${num(years.at(-1).share_pct.p95, 2)}%`, `share of GDP in ${r.deadline}, 5th to 95th percentile`],
  ];
  $('cards').replaceChildren(...cards.map(([value, label]) => {
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    li.children[0].textContent = value;
    li.children[1].textContent = label;
    return li;
  }));
  // Why every check is much rarer than reaching the target, in the API's words.
  $('every-check-reason').textContent = a.every_check_reason ?? '';
  $('every-check-reason').hidden = !a.every_check_reason;
  const diff = (hi, lo) => hi.map((v, i) => Math.round((v - lo[i]) * 10000) / 10000);
  const band = (name, data, color) => ({ name, type: 'line', stack: 'fan', data, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color }, itemStyle: { color }, tooltip: { show: false } });
  fanChart.setOption({
    animation: false,
    // The legend sits under the chart: on a phone it wraps to two lines, which at the top covered the axis title.
    grid: { left: 8, right: 28, top: 40, bottom: fanChart.getDom().clientWidth < 560 ? 76 : 48, containLabel: true },
    legend: { bottom: 0, data: ['5th to 95th percentile', '25th to 75th percentile', 'Median', 'Target'] },
    tooltip: { trigger: 'axis', formatter: ps => { const y = years[ps[0].dataIndex]; const s = y.share_pct; return `${y.year}: median ${num(s.p50, 2)}%, 25–75: ${num(s.p25, 2)}–${num(s.p75, 2)}%, 5–95: ${num(s.p5, 2)}–${num(s.p95, 2)}%`; } },
    xAxis: { type: 'category', boundaryGap: false, data: years.map(y => String(y.year)) },
    yAxis: { type: 'value', name: 'Share of GDP, %', scale: true, nameTextStyle: { align: 'left' } },
    series: [
      { ...band('base', q('p5'), 'transparent'), legendHoverLink: false },
      band('5th to 95th percentile', diff(q('p25'), q('p5')), '#c6dbef'),
      band('25th to 75th percentile', diff(q('p75'), q('p25')), '#6baed6'),
      band('5th to 95th percentile', diff(q('p95'), q('p75')), '#c6dbef'),
      { name: 'Median', type: 'line', data: q('p50'), symbolSize: 5, lineStyle: { width: 2.5, color: '#08306b' }, itemStyle: { color: '#08306b' } },
      { name: 'Target', type: 'line', data: years.map(() => a.target), symbol: 'none', lineStyle: { width: 2, type: 'dashed', color: '#000' }, itemStyle: { color: '#000' } },
    ],
  }, true);
  $('fan-caption').textContent = `${a.name}: the simulated share of GDP on the path '${a.path}' from ${r.base_year} (NATO edition ${r.edition}) to ${r.deadline}, ${num(r.draws, 0)} draws, seed ${r.seed}; bands: 5th–95th and 25th–75th percentiles; dashed: the target. Derived by NatoSpend.`;
  const columns = [{ key: 'year', title: 'Year', header: true, value: y => y.year, render: y => String(y.year) }];
  for (const key of ['p5', 'p25', 'p50', 'p75', 'p95', 'baseline']) {
    columns.push({ key, title: key === 'baseline' ? 'No shocks' : key, numeric: true, unit: '% of GDP (derived)', value: y => y.share_pct[key], render: y => num(y.share_pct[key], 2) });
  }
  sortableTable($('fan-table'), columns, years, { key: 'year', direction: 'ascending' });
  $('table-caption').textContent = `${a.name}: the share of GDP per year, percentiles of ${num(r.draws, 0)} draws. Select a column heading to sort.`;
  setNotes($('notes'), r.labels.assumptions);
}

load('/api/v1/rules', start);
