// Ally page: one ally's history in an edition, with estimates marked, the gap in money, and the mix of spending.
import { api, chart, clearError, fillSelect, natoEditions, num, query, setDownloads, setNotes, setQuery, showError, sortableTable, THRESHOLDS } from './common.js';

const $ = id => document.getElementById(id);
const shareChart = chart($('share-chart'));
const mixChart = chart($('mix-chart'));

async function start() {
  const q = query();
  const [{ default: newest, editions }, registry] = await Promise.all([natoEditions(), api('/api/v1/allies')]);
  const withData = registry.allies.filter(a => a.has_expenditure_data);
  fillSelect($('ally'), withData.map(a => ({ value: a.ally, label: `${a.name} (${a.ally})` })), (q.get('code') ?? 'DEU').toUpperCase());
  fillSelect($('edition'), editions.map(e => ({ value: e.id, label: `${e.id} (published ${e.published})` })), q.get('edition') ?? newest);
  $('ally').addEventListener('change', refresh);
  $('edition').addEventListener('change', refresh);
  await refresh();
}

async function refresh() {
  const code = $('ally').value;
  const edition = $('edition').value;
  setQuery({ code, edition });
  try {
    const series = await api(`/api/v1/allies/${code}/series?edition=${encodeURIComponent(edition)}`);
    const last = series.years.filter(y => y.defence_exp_pct_gdp !== null).at(-1);
    const gaps = await Promise.all(THRESHOLDS.map(t =>
      api(`/api/v1/status?${new URLSearchParams({ edition, year: last.year, allies: code, target: t })}`)));
    clearError();
    render(series, last, gaps);
  } catch (error) {
    showError(error);
  }
}

function render(s, last, gaps) {
  document.title = `${s.name} · NatoSpend`;
  $('title').textContent = `${s.name} (${s.ally})`;
  const first = s.years[0].year;
  $('heading').textContent = `NATO edition ${s.edition}, ${first} to ${last.year}; ${s.source.definition.replaceAll('_', ' ')}; spending in ${s.currency} and USD. e = estimate.`;
  renderGaps(s, last, gaps);
  renderShare(s);
  renderMix(s);
  renderTable(s);
  setDownloads($('downloads'), `/api/v1/allies/${s.ally}/series`, { edition: s.edition }, 'this series');
  setNotes($('notes'), s.notes);
}

function renderGaps(s, last, gaps) {
  $('gap-year').textContent = `${last.year}${last.estimate ? ' (estimate)' : ''}`;
  $('gaps').replaceChildren(...gaps.map(g => {
    const row = g.allies[0];
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    const met = row.gap_pp <= 0 || Math.round(row.share * 100) / 100 >= g.target;
    li.children[0].textContent = met ? `meets ${g.target}%` : `${num(row.shortfall_natcur_m, 0)} m ${row.currency}`;
    li.children[1].textContent = met
      ? `share ${num(row.share)}% is at or above ${g.target}% of GDP (${num(-row.gap_pp)} pp above)`
      : `to reach ${g.target}% of GDP: ${num(row.gap_pp)} pp, USD ${num(row.shortfall_usd_m, 0)} m at ${g.year} GDP, current prices (derived)`;
    return li;
  }));
}

function renderShare(s) {
  const years = s.years.filter(y => y.defence_exp_pct_gdp !== null);
  const firstEstimate = years.findIndex(y => y.estimate);
  const published = years.map((y, i) => (firstEstimate < 0 || i < firstEstimate) ? [String(y.year), y.defence_exp_pct_gdp] : [String(y.year), null]);
  const estimated = years.map((y, i) => (firstEstimate >= 0 && i >= firstEstimate - 1) ? [String(y.year), y.defence_exp_pct_gdp] : [String(y.year), null]);
  const max = Math.max(5.5, ...years.map(y => y.defence_exp_pct_gdp));
  shareChart.setOption({
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 40, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0, data: ['Published', 'Estimate'] },
    tooltip: { trigger: 'axis', valueFormatter: v => v === null ? '–' : `${num(v)}%` },
    xAxis: { type: 'category', data: years.map(y => String(y.year)) },
    yAxis: { type: 'value', name: '% of GDP', nameTextStyle: { align: 'left' }, max: Math.ceil(max) },
    series: [
      {
        name: 'Published', type: 'line', data: published, connectNulls: false, symbolSize: 7, lineStyle: { width: 2.5, color: '#12355b' }, itemStyle: { color: '#12355b' },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: '#4a5560', type: 'dashed' }, label: { formatter: '{c}%', color: '#1b1f24' }, data: THRESHOLDS.map(y => ({ yAxis: y })) },
      },
      { name: 'Estimate', type: 'line', data: estimated, symbol: 'emptyCircle', symbolSize: 8, lineStyle: { width: 2.5, type: 'dashed', color: '#c2410c' }, itemStyle: { color: '#c2410c' } },
    ],
  }, true);
  $('share-caption').textContent = `Share of real GDP (2021 prices) as published in NATO edition ${s.edition}; dashed orange = estimate years. Lines at 2%, 3.5% and 5%. Source: NATO.`;
}

function renderMix(s) {
  const years = s.years;
  const has = key => years.some(y => y[key] !== null && y[key] !== undefined);
  const series = [
    ['share_equipment_pct', 'Equipment', '#08519c'],
    ['share_personnel_pct', 'Personnel', '#c2410c'],
    ['share_infrastructure_pct', 'Infrastructure', '#2f7d32'],
    ['share_other_pct', 'Other', '#6b4c9a'],
  ].filter(([key]) => has(key));
  if (series.length === 0) {
    mixChart.clear();
    $('mix-caption').textContent = `Edition ${s.edition} does not publish the categories of spending (Tables 8a and 8b); choose the 2026 edition.`;
    return;
  }
  mixChart.setOption({
    animation: false,
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '–' : `${num(v, 1)}%` },
    xAxis: { type: 'category', data: years.map(y => String(y.year)) },
    yAxis: { type: 'value', name: '% of defence spending', nameTextStyle: { align: 'left' }, max: 100 },
    series: series.map(([key, name, color]) => ({
      name, type: 'line', data: years.map(y => y[key] ?? null), symbolSize: 6, lineStyle: { color }, itemStyle: { color },
      ...(key === 'share_equipment_pct' ? { markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#4a5560' }, label: { formatter: 'equipment 20%', position: 'insideEndTop' }, data: [{ yAxis: 20 }] } } : {}),
    })),
  }, true);
  $('mix-caption').textContent = `Equipment (incl. R&D), personnel, infrastructure and other, as a percent of defence spending (NATO Tables 8a, 8b), edition ${s.edition}; dashed line at the Wales 20% equipment guideline.`;
}

function renderTable(s) {
  const col = key => s.columns.find(c => c.key === key);
  const columns = [
    { key: 'year', title: 'Year', header: true, value: r => r.year, render: r => `${r.year}${r.estimate ? ' e' : ''}` },
  ];
  const wanted = [
    ['defence_exp_pct_gdp', 'Share %', 2], ['change_pp', 'Δ pp', 2], ['defence_exp_real_change_pct', 'Real Δ %', 1],
    ['defence_exp_natcur_current', `Spending (m ${s.currency})`, 0], ['defence_exp_usd_current', 'Spending (USD m)', 0],
    ['defence_exp_usd_const2021', 'Spending (USD m, 2021)', 0], ['gdp_natcur_current', `GDP (m ${s.currency})`, 0],
    ['share_equipment_pct', 'Equipment %', 1], ['share_personnel_pct', 'Personnel %', 1], ['military_personnel', 'Personnel (k)', 1],
  ];
  for (const [key, title, decimals] of wanted) {
    const c = col(key);
    if (!c) continue;
    columns.push({ key, title, numeric: true, unit: `${c.unit} (${c.provenance})`, value: r => r[key], render: r => num(r[key], decimals) });
  }
  sortableTable($('series-table'), columns, s.years, { key: 'year', direction: 'ascending' });
  $('table-caption').textContent = `${s.name}, NATO edition ${s.edition}, one row per year; e = estimate. Select a column heading to sort.`;
}

start().catch(showError);
