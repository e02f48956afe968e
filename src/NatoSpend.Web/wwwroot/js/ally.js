// Ally page: one ally's history in an edition, with estimates marked, the gap in money, and the mix of spending.
import { answerHref, api, chart, chartData, fillSelect, load, natoEditions, num, query, setDownloads, setNotes, setQuery, sortableTable, THRESHOLDS } from './common.js';
// The fiscal-room panel follows this page's controls on its own.
import './fiscal-panel.js';

const $ = id => document.getElementById(id);
const shareChart = chart($('share-chart'));
const mixChart = chart($('mix-chart'));
const pathsChart = chart($('paths-chart'));
const ukraineChart = chart($('ukraine-chart'));

// Each shape has its own line style as well as its colour, so the paths stay apart in grey print and for colour-blind readers.
const PLAN_COLORS = ['#b45309', '#0f766e', '#9f1239', '#1d4ed8', '#7c3aed', '#be185d'];
const INTERPOLATED = 'Interpolated between announced points';

const SHAPES = [
  { id: 'linear', name: 'Linear', color: '#0b5cad', type: 'solid', symbol: 'circle' },
  { id: 'min-step', name: 'Minimum step', color: '#2f7d32', type: [8, 4], symbol: 'rect' },
  { id: 'real-growth', name: 'Constant real growth', color: '#6b4c9a', type: 'dotted', symbol: 'triangle' },
  { id: 'front-loaded', name: 'Front-loaded', color: '#a21caf', type: [12, 3, 3, 3], symbol: 'roundRect' },
];

async function start([{ default: newest, editions }, registry, rules]) {
  const q = query();
  const withData = registry.allies.filter(a => a.has_expenditure_data);
  fillSelect($('ally'), withData.map(a => ({ value: a.ally, label: `${a.name} (${a.ally})` })), (q.get('code') ?? 'DEU').toUpperCase());
  fillSelect($('edition'), editions.map(e => ({ value: e.id, label: `${e.id} (published ${e.published})` })), q.get('edition') ?? newest);
  fillSelect($('paths-rules'), rules.rules.map(r => ({ value: r.id, label: `${r.id}: ${r.core_target}% core by ${r.deadline}` })), q.get('rules') ?? rules.default);
  $('paths-deadline').value = q.get('deadline') ?? '';
  if (q.get('add')) $('personnel-add').value = q.get('add');
  if (q.get('ramp')) $('personnel-ramp').value = q.get('ramp');
  $('ally').addEventListener('change', refresh);
  $('edition').addEventListener('change', refresh);
  $('paths-rules').addEventListener('change', () => { $('paths-deadline').value = ''; refreshPaths(); });
  $('paths-deadline').addEventListener('change', refreshPaths);
  $('paths-controls').addEventListener('submit', e => { e.preventDefault(); refreshPaths(); });
  $('personnel-form').addEventListener('submit', e => { e.preventDefault(); refreshPersonnel(); });
  $('personnel-ramp').addEventListener('change', refreshPersonnel);
  await refresh();
}

let current = null;

// The whole view in the address: the ally, the edition (always named), the paths' rules and deadline and the personnel inputs.
function writeState() {
  setQuery({
    code: $('ally').value, edition: $('edition').value, rules: $('paths-rules').value, deadline: $('paths-deadline').value,
    add: $('personnel-add').value, ramp: $('personnel-ramp').value,
  });
}

async function refresh() {
  const code = $('ally').value;
  const edition = $('edition').value;
  writeState();
  const shown = await load(async () => {
    const series = await api(`/api/v1/allies/${code}/series?edition=${encodeURIComponent(edition)}`);
    const last = series.years.filter(y => y.defence_exp_pct_gdp !== null).at(-1);
    const gaps = await Promise.all(THRESHOLDS.map(t =>
      api(`/api/v1/status?${new URLSearchParams({ edition, year: last.year, allies: code, target: t })}`)));
    return { series, last, gaps };
  }, ({ series, last, gaps }) => {
    current = series;
    render(series, last, gaps);
  });
  if (shown) await Promise.all([refreshPaths(), refreshPersonnel(), refreshUkraine()]);
}

// The paths and the personnel cost load side by side, so each shows its own error: one's answer must not clear the other's.
async function refreshPaths() {
  const s = current;
  if (!s) return;
  const rules = $('paths-rules').value;
  const deadline = $('paths-deadline').value;
  writeState();
  const params = { ally: s.ally, rules, edition: s.edition, ...(deadline ? { deadline } : {}) };
  await load(() => Promise.all([
    Promise.all(SHAPES.map(shape => api(`/api/v1/paths?${new URLSearchParams({ ...params, shape: shape.id })}`))),
    api(`/api/v1/plans?${new URLSearchParams({ ally: s.ally, rules })}`),
  ]), ([paths, plans]) => {
    renderPaths(s, paths, plans);
    renderPlans(plans);
    chartData(pathsChart, '/api/v1/paths', { ...params, shape: 'linear' });
    $('paths-downloads').replaceChildren(...SHAPES.flatMap(shape => ['csv', 'json'].map(format => {
      const a = document.createElement('a');
      a.href = answerHref(`/api/v1/paths?${new URLSearchParams({ ...params, shape: shape.id, format })}`);
      a.textContent = `${shape.name} path (${format.toUpperCase()})`;
      if (format === 'csv') a.download = '';
      return a;
    })), ...['csv', 'json'].map(format => {
      const a = document.createElement('a');
      a.href = answerHref(`/api/v1/plans?${new URLSearchParams({ ally: s.ally, rules, format })}`);
      a.textContent = `Plans with verdicts (${format.toUpperCase()})`;
      if (format === 'csv') a.download = '';
      return a;
    }));
  }, $('paths-error'));
}

function renderPaths(s, paths, plans) {
  const history = s.years.filter(y => y.defence_exp_pct_gdp !== null);
  const deadline = paths[0].deadline;
  const first = history[0].year;
  const years = [];
  for (let y = first; y <= Math.max(deadline, ...plans.plans.flatMap(p => [...p.years.map(r => r.year), ...p.announced.path.map(r => r.year)])); y++) years.push(String(y));
  const at = (rows, key) => years.map(y => { const r = rows.find(row => String(row.year) === y); return r ? r[key] : null; });
  const firstEstimate = history.findIndex(y => y.estimate);
  const published = history.filter((y, i) => firstEstimate < 0 || i < firstEstimate);
  const estimated = firstEstimate < 0 ? [] : history.slice(Math.max(0, firstEstimate - 1));
  const target = paths[0].target;
  const series = [
    {
      name: 'Published', type: 'line', data: at(published, 'defence_exp_pct_gdp'), symbolSize: 6, lineStyle: { width: 2.5, color: '#1b1f24' }, itemStyle: { color: '#1b1f24' },
      markLine: { symbol: 'none', silent: true, lineStyle: { color: '#4a5560', type: 'dashed' }, label: { formatter: `target {c}%`, color: '#1b1f24', position: 'insideEndTop' }, data: [{ yAxis: target }] },
    },
    { name: 'Estimate', type: 'line', data: at(estimated, 'defence_exp_pct_gdp'), symbol: 'emptyCircle', symbolSize: 8, lineStyle: { width: 2.5, type: 'dashed', color: '#c2410c' }, itemStyle: { color: '#c2410c' } },
    ...paths.map((p, i) => ({
      name: SHAPES[i].name, type: 'line', data: at(p.years, 'share'), symbol: SHAPES[i].symbol, symbolSize: 5,
      lineStyle: { width: 2, type: SHAPES[i].type, color: SHAPES[i].color }, itemStyle: { color: SHAPES[i].color },
    })),
    // A plan is its announced points only (diamonds, no line); the years between two points are interpolated, never a figure
    // of the plan, so their join is a thin grey dotted line with its own legend entry.
    ...plans.plans.flatMap((p, i) => {
      const color = PLAN_COLORS[i % PLAN_COLORS.length];
      const points = p.announced.path.filter(r => r.kind === 'announced');
      const plan = {
        name: `Plan: ${p.sources.plan.published ?? p.file} (${p.announced.verdict} on its announced points)`, type: 'line', connectNulls: false, symbol: 'diamond', symbolSize: 11,
        data: at(points, 'share'), lineStyle: { width: 0, opacity: 0 }, itemStyle: { color },
      };
      if (!p.announced.path.some(r => r.kind === 'interpolated')) return [plan];
      const join = {
        name: INTERPOLATED, type: 'line', connectNulls: false, symbol: 'none', z: 1,
        data: at(p.announced.path.map(r => ({ year: r.year, share: r.share ?? r.interpolated_share })), 'share'),
        lineStyle: { width: 1.5, type: [2, 5], color: '#4a5560' }, itemStyle: { color: '#4a5560' },
      };
      return [plan, join];
    }),
  ];
  const max = Math.max(target + 0.5, ...history.map(y => y.defence_exp_pct_gdp), ...plans.plans.flatMap(p => p.announced.path.map(r => r.share ?? r.interpolated_share ?? 0)));
  pathsChart.setOption({
    animation: false,
    grid: { left: 8, right: 24, top: 72, bottom: 24, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '–' : `${num(v)}%` },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: '% of GDP', nameTextStyle: { align: 'left' }, min: 0, max: Math.ceil(max) },
    series,
  }, true);
  const p = paths[0];
  $('paths-caption').textContent = `${s.name}: share of GDP as published in NATO edition ${p.edition} (black; dashed orange = estimate years), then the required paths from ${num(p.base_share)}% in ${p.base_year} to ${num(target)}% by ${deadline} under ${p.rules.id}, one line style per shape (derived by NatoSpend), and the ally's announced plans as diamonds at the years each announcement gives (a share derived from an amount where it gives only money); the grey dotted line is interpolated between announced points, never a figure of a plan. ${p.assumptions[0] ?? ''}`;
}

function renderPlans(plans) {
  if (plans.plans.length === 0) {
    const li = document.createElement('li');
    li.textContent = 'No announced plan for this ally ships with NatoSpend; check your own on the Plan checker page.';
    $('plans').replaceChildren(li);
    return;
  }
  // Oldest first, so that the list reads as the plans over time; each says what its announced points show and what it revised.
  const ordered = [...plans.plans].sort((a, b) => (a.announced_on ?? '').localeCompare(b.announced_on ?? '') || a.file.localeCompare(b.file));
  $('plans').replaceChildren(...ordered.map(p => {
    const li = document.createElement('li');
    // Revisions name plans by file name, without the folder.
    const name = p.file.split('/').at(-1);
    li.dataset.file = name;
    const announced = document.createElement('strong');
    announced.className = `announced ${p.announced.verdict.replaceAll(' ', '-')}`;
    announced.textContent = p.announced.label;
    const title = document.createElement('span');
    title.textContent = ` ${p.sources.plan.title} (${p.announced_on ?? 'undated'}; ${p.basis_label}; ${name}). `;
    const verdict = document.createElement('strong');
    verdict.className = `verdict ${p.verdict.replaceAll(' ', '-')}`;
    verdict.textContent = p.verdict;
    const summary = document.createElement('span');
    summary.textContent = ` ${p.announced.completeness}. ${p.summary} `;
    li.append(announced, title, verdict, summary);
    const revision = plans.revisions.find(r => r.file === name);
    if (revision) {
      const changes = document.createElement('p');
      changes.className = 'revision';
      changes.textContent = `What this revision changed against ${revision.revises}: ${revision.changes.join('; ')}.`;
      li.append(changes);
    }
    if (p.sources.plan.url) {
      const a = document.createElement('a');
      a.href = p.sources.plan.url;
      a.textContent = 'Source';
      a.rel = 'noopener';
      li.append(a);
    }
    return li;
  }));
}

async function refreshPersonnel() {
  const s = current;
  if (!s) return;
  writeState();
  const params = { ally: s.ally, add: $('personnel-add').value || '60000', ramp: $('personnel-ramp').value, edition: s.edition, rules: $('paths-rules').value };
  await load(`/api/v1/personnel?${new URLSearchParams(params)}`, r => {
    const total = r.rows.find(row => row.year === 'total');
    const last = r.rows.filter(row => row.year !== 'total').at(-1);
    const cur = s.currency;
    const cards = [
      [`${num(last.cost_natcur_m, 0)} m ${cur}`, `a year by ${last.year}, ${num(last.cost_pp_gdp, 3)} pp of GDP (derived)`],
      [`${num(total.cost_natcur_m, 0)} m ${cur}`, `in all, ${r.base_year} to ${r.deadline} (USD ${num(total.cost_usd_m, 0)} m, current prices)`],
      [total.absorbed_pct === null ? '–' : `${num(total.absorbed_pct, 1)}%`, `of the extra money on the ${r.shape} path to the target (${r.rules.id})`],
    ];
    $('personnel-cards').replaceChildren(...cards.map(([value, label]) => {
      const li = document.createElement('li');
      li.innerHTML = '<span class="value"></span><span class="label"></span>';
      li.children[0].textContent = value;
      li.children[1].textContent = label;
      return li;
    }));
    const col = key => r.columns.find(c => c.key === key);
    const columns = [{ key: 'year', title: 'Year', header: true, value: row => row.year, render: row => String(row.year) }];
    for (const [key, decimals] of [['added', 0], ['cost_natcur_m', 1], ['cost_usd_m', 1], ['cost_pp_gdp', 3], ['path_extra_natcur_m', 1], ['absorbed_pct', 1]]) {
      const c = col(key);
      columns.push({ key, title: c.title, numeric: true, unit: `${c.unit} (${c.provenance})`, value: row => row[key], render: row => num(row[key], decimals) });
    }
    sortableTable($('personnel-table'), columns, r.rows);
    $('personnel-caption').textContent = `${s.name}: ${num(Number(r.added), 0)} more service members by ${r.deadline} (${r.ramp} ramp), year by year; every figure derived by NatoSpend.`;
    setNotes($('personnel-notes'), [...r.notes, ...r.unit_costs.map(u => `Unit cost: ${u.item} ${num(u.value, 0)} ${u.currency} (${u.price_year} prices), ${u.source}.`)]);
    setDownloads($('personnel-downloads'), '/api/v1/personnel', params, 'this cost');
  }, $('personnel-error'));
}

async function refreshUkraine() {
  const s = current;
  if (!s) return;
  const years = [];
  for (let y = 2022; y <= s.years.at(-1).year; y++) years.push(y);
  // A year Kiel has no figures for is left out of the chart: not an error to show.
  const answers = await Promise.all(years.map(y => api(`/api/v1/ukraine?${new URLSearchParams({ allies: s.ally, year: y, edition: s.edition })}`).catch(() => null)));
  const rows = answers.filter(a => a !== null).map(a => ({ year: a.year, complete: a.complete_year, partial: a.partial_year, note: a.partial_year_note, row: a.allies[0], release: a.release }));
  if (rows.length === 0 || rows.every(r => !r.row?.tracked)) {
    ukraineChart.clear();
    $('ukraine-caption').textContent = `The Kiel Institute's tracker does not list ${s.name}.`;
    $('ukraine-downloads').replaceChildren();
    return;
  }
  ukraineChart.setOption({
    animation: false,
    grid: { left: 8, right: 24, top: 48, bottom: 24, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '–' : `EUR ${num(v, 0)} m` },
    xAxis: { type: 'category', data: rows.map(r => r.complete ? String(r.year) : `${r.year} (${r.partial})`) },
    yAxis: { type: 'value', name: 'EUR million', nameTextStyle: { align: 'left' } },
    series: [{
      name: 'Military aid (Kiel)', type: 'line', symbolSize: 8, lineStyle: { width: 2.5, color: '#0b5cad' }, itemStyle: { color: '#0b5cad' },
      data: rows.map(r => ({ value: r.row.military_aid_eur_m, symbol: r.complete ? 'circle' : 'emptyCircle' })),
    }],
  }, true);
  $('ukraine-caption').textContent = `${s.name}'s military aid to Ukraine allocated each year, EUR million, nominal; Kiel Institute, Ukraine Support Tracker, ${rows[0].release}. Hollow point = part of a year. ${rows.filter(r => r.note).map(r => r.note).join(' ')} NATO's figures already include the aid an ally reports: a component, never added on top.`.replace(/ {2,}/g, ' ');
  chartData(ukraineChart, '/api/v1/ukraine', { allies: s.ally, year: rows.at(-1).year, edition: s.edition });
  setDownloads($('ukraine-downloads'), '/api/v1/ukraine', { allies: s.ally, year: rows.at(-1).year, edition: s.edition }, `aid in ${rows.at(-1).year}`);
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
  chartData(shareChart, `/api/v1/allies/${s.ally}/series`, { edition: s.edition });
  chartData(mixChart, `/api/v1/allies/${s.ally}/series`, { edition: s.edition });
  setNotes($('notes'), s.notes);
}

function renderGaps(s, last, gaps) {
  $('gap-year').textContent = `${last.year}${last.estimate ? ' (estimate)' : ''}`;
  $('gaps').replaceChildren(...gaps.map(g => {
    const row = g.allies[0];
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    const met = row.meets_target;
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
    // Derived by the API, already rounded there: shown with the decimals it sends.
    ['per_capita_usd', 'Per capita (USD)', 1], ['per_service_member_usd', 'Per service member (USD)', 0],
    ['share_of_gov_expenditure_pct', '% of government spending', 2], ['gov_expenditure_pct_gdp', 'Government spending, % of GDP', 3],
  ];
  for (const [key, title, decimals] of wanted) {
    const c = col(key);
    if (!c) continue;
    columns.push({ key, title, numeric: true, unit: `${c.unit} (${c.provenance})`, value: r => r[key], render: r => num(r[key], decimals) });
  }
  sortableTable($('series-table'), columns, s.years, { key: 'year', direction: 'ascending' });
  $('table-caption').textContent = `${s.name}, NATO edition ${s.edition}, one row per year; e = estimate. Select a column heading to sort.`;
}

load(() => Promise.all([natoEditions(), api('/api/v1/allies'), api('/api/v1/rules')]), start);
