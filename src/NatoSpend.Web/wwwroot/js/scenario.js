// Scenario explorer: deadline, shape, rules, outlook, exchange rates and growth override -> the alliance's totals and the US share, year by year (GET /api/v1/alliance).
import { api, chart, chartData, fillSelect, load, num, query, setDownloads, setNotes, setQuery, sortableTable } from './common.js';

const $ = id => document.getElementById(id);
const totalsChart = chart($('totals-chart'));
let rulesById = new Map();
// The NATO edition the paths start from: named in the address, so that a link keeps its numbers after a newer edition.
let edition = null;

async function start([rules, editions]) {
  const q = query();
  const outlooks = editions.editions.filter(e => e.definition === 'macro_outlook');
  const nato = editions.editions.filter(e => e.publisher === 'NATO').map(e => e.id);
  edition = nato.includes(q.get('edition')) ? q.get('edition') : editions.default;
  fillSelect($('outlook'), outlooks.map((o, i) => ({ value: o.id, label: `${o.title.replace('World Economic Outlook database, ', 'IMF WEO ')}${i === 0 ? ' (newest)' : ''}` })), q.get('outlook') ?? outlooks[0]?.id);
  fillSelect($('exchange_rates'), [
    { value: 'outlook', label: "the outlook's, then relative prices" },
    { value: 'hold', label: "held at NATO's base-year rate" },
  ], q.get('exchange_rates') ?? 'outlook');
  rulesById = new Map(rules.rules.map(r => [r.id, r]));
  fillSelect($('rules'), rules.rules.map(r => ({ value: r.id, label: `${r.id}: ${r.core_target}% core by ${r.deadline}` })), q.get('rules') ?? rules.default);
  fillSelect($('shape'), [{ value: '', label: "the rule set's" }, ...rules.shapes.map(s => ({ value: s, label: s }))], q.get('shape') ?? 'linear');
  $('deadline').value = q.get('deadline') ?? '';
  $('growth').value = q.get('growth') ?? '';
  $('controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
  for (const id of ['shape', 'rules', 'deadline', 'outlook', 'exchange_rates']) $(id).addEventListener('change', refresh);
  $('growth').addEventListener('change', refresh);
  await refresh();
}

async function refresh() {
  const params = Object.fromEntries(Object.entries({
    shape: $('shape').value, rules: $('rules').value, deadline: $('deadline').value, growth: $('growth').value.trim(),
    outlook: $('outlook').value, edition, exchange_rates: $('exchange_rates').value === 'outlook' ? '' : $('exchange_rates').value,
  }).filter(([, v]) => v !== ''));
  setQuery(params);
  await load(`/api/v1/alliance?${new URLSearchParams(params)}`, r => render(r, params));
}

function render(r, params) {
  const years = r.years;
  const last = years.at(-1);
  const first = years[0];
  $('deadline').placeholder = String(rulesById.get(r.rules.id)?.deadline ?? r.deadline);
  const cards = [
    [`USD ${num(last.total_usd_m / 1000, 0)} bn`, `the alliance in ${last.year} on ${r.shape} paths (${num(first.total_usd_m / 1000, 0)} bn in ${first.year}, derived: the sum of NATO's published figures), current prices`],
    [`${num(last.us_share_pct, 1)}%`, `United States share in ${last.year}, current USD (${num(first.us_share_pct, 1)}% in ${first.year})`],
    [`${num(last.us_share_2021_pct, 1)}%`, `United States share in ${last.year}, USD at 2021 prices (${num(first.us_share_2021_pct, 1)}% in ${first.year})`],
    [`USD ${num(last.europe_canada_usd_m / 1000, 0)} bn`, `Europe and Canada in ${last.year}`],
    [`USD ${num(years.reduce((sum, y) => sum + (y.extra_vs_hold_usd_m ?? 0), 0) / 1000, 0)} bn`, `more than holding ${first.year} shares, ${first.year} to ${last.year} in all`],
  ];
  $('cards').replaceChildren(...cards.map(([value, label]) => {
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    li.children[0].textContent = value;
    li.children[1].textContent = label;
    return li;
  }));
  $('cards').dataset.total = String(years.reduce((sum, y) => sum + y.total_usd_m, 0));
  totalsChart.setOption({
    animation: false,
    grid: { left: 8, right: 8, top: 56, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: years.map(y => String(y.year)) },
    yAxis: [
      { type: 'value', name: 'USD bn', nameTextStyle: { align: 'left' }, axisLabel: { formatter: v => num(v, 0) } },
      { type: 'value', name: 'US share %', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: 'Europe and Canada', type: 'bar', stack: 'total', data: years.map(y => Math.round(y.europe_canada_usd_m / 100) / 10), itemStyle: { color: '#4292c6' }, tooltip: { valueFormatter: v => `USD ${num(v, 1)} bn` } },
      { name: 'United States', type: 'bar', stack: 'total', data: years.map(y => Math.round(y.us_usd_m / 100) / 10), itemStyle: { color: '#12355b' }, tooltip: { valueFormatter: v => `USD ${num(v, 1)} bn` } },
      { name: 'US share', type: 'line', yAxisIndex: 1, data: years.map(y => y.us_share_pct), symbolSize: 6, lineStyle: { width: 2.5, type: 'dashed', color: '#c2410c' }, itemStyle: { color: '#c2410c' }, tooltip: { valueFormatter: v => `${num(v, 1)}%` } },
    ],
  }, true);
  $('totals-caption').textContent = `Defence spending of the allies on ${r.shape} paths from ${r.base_year} (published shares, NATO edition ${r.edition}) to each ally's target by ${r.deadline} under ${r.rules.id}; USD billion, current prices and ${$('exchange_rates').value === 'hold' ? `exchange rates held at ${r.base_year}` : `each year's projected exchange rates (${$('outlook').selectedOptions[0]?.textContent ?? 'the outlook'}, then relative prices)`}; dashed line: the US share (right axis). Derived by NatoSpend.`;
  const col = key => r.columns.find(c => c.key === key);
  const columns = [{ key: 'year', title: 'Year', header: true, value: y => y.year, render: y => String(y.year) }];
  const keys = ['total_usd_m', 'europe_canada_usd_m', 'us_usd_m', 'us_share_pct', 'us_share_2021_pct', 'total_usd_2021_m', 'extra_vs_hold_usd_m', ...r.columns.filter(c => c.key.startsWith('at_or_above_')).map(c => c.key)];
  for (const key of keys) {
    const c = col(key);
    if (!c) continue;
    const decimals = key.startsWith('at_or_above_') ? 0 : key.startsWith('us_share') ? 1 : 0;
    columns.push({ key, title: c.title, numeric: true, unit: `${c.unit} (${c.provenance})`, value: y => y[key], render: y => num(y[key], decimals) });
  }
  sortableTable($('totals-table'), columns, years, { key: 'year', direction: 'ascending' });
  $('table-caption').textContent = `The alliance year by year, ${r.shape} paths to ${r.deadline} (${r.rules.id}); USD million. Select a column heading to sort.`;
  setDownloads($('downloads'), '/api/v1/alliance', params, 'this scenario');
  chartData(totalsChart, '/api/v1/alliance', params);
  setNotes($('notes'), [...r.assumptions, ...r.notes]);
}

load(() => Promise.all([api('/api/v1/rules'), api('/api/v1/editions')]), start);
