// Overview: where every ally stands in a year of an edition, against a target.
import { chart, chartData, fillSelect, load, natoEditions, num, query, setDownloads, setNotes, setQuery, sortableTable, THRESHOLDS } from './common.js';
import { registerMaps, whenNear } from './map.js';

const $ = id => document.getElementById(id);
const controls = { edition: $('edition'), year: $('year'), target: $('target'), allies: $('allies') };
const rankChart = chart($('rank-chart'));
const mapChart = chart($('map'));

// One colour per threshold band, from the lowest up as the answer's bands list them; the API judges each share's band as NATO counts.
const BAND_COLORS = ['#e8793a', '#9ecae1', '#4292c6', '#08306b'];
const bandColor = (s, row) => BAND_COLORS[s.bands.indexOf(row.band)];

async function start({ default: newest, editions }) {
  const q = query();
  fillSelect(controls.edition, editions.map(e => ({ value: e.id, label: `${e.id} (published ${e.published})` })), q.get('edition') ?? newest);
  controls.target.value = q.get('target') ?? '2';
  controls.allies.value = q.get('allies') ?? 'all';
  $('columns').value = q.get('columns') === 'readings' ? 'readings' : 'money';
  $('columns').addEventListener('change', () => { writeQuery(); if (shown) renderTable(shown); });
  $('table-controls').addEventListener('submit', e => e.preventDefault());
  if (!await loadYears(q.get('year'))) return;
  controls.edition.addEventListener('change', async () => { if (await loadYears(controls.year.value)) await refresh(); });
  for (const c of [controls.year, controls.target, controls.allies]) c.addEventListener('change', refresh);
  await refresh();
}

function loadYears(wanted) {
  return load(`/api/v1/editions/${encodeURIComponent(controls.edition.value)}`, info => {
    const years = [...info.years].reverse();
    const pick = years.map(String).includes(String(wanted)) ? wanted : info.last_year;
    fillSelect(controls.year, years.map(y => ({ value: y, label: info.estimate_years.includes(y) ? `${y} (estimate)` : String(y) })), pick);
  });
}

// The answer on screen, so that a change of columns redraws the table without asking again.
let shown = null;

const viewParams = () => ({ edition: controls.edition.value, year: controls.year.value, target: controls.target.value, allies: controls.allies.value });

// The columns shown are part of the view's address (the default set is left out).
function writeQuery() {
  setQuery({ ...viewParams(), columns: $('columns').value === 'money' ? null : $('columns').value });
}

async function refresh() {
  const params = viewParams();
  writeQuery();
  await load(`/api/v1/status?${new URLSearchParams(params)}`, status => render(status, params));
}

function render(s, params) {
  shown = s;
  const estimate = s.allies.some(a => a.estimate) ? ' (estimate)' : '';
  $('heading').textContent = `NATO edition ${s.edition}, ${s.year}${estimate}: ${s.allies.length} allies with figures, target ${s.target}% of GDP. Shares of real GDP as published (${s.definition.replaceAll('_', ' ')}).`;
  renderCards(s);
  renderRanking(s);
  renderMap(s);
  renderTable(s);
  setDownloads($('downloads'), '/api/v1/status', params, 'this table');
  chartData(rankChart, '/api/v1/status', params);
  chartData(mapChart, '/api/v1/status', params);
  setNotes($('notes'), s.notes);
}

function renderCards(s) {
  const t = s.totals;
  const cards = s.counts.map(c => [`${c.at_or_above} of ${c.of}`, `allies at or above ${c.threshold}% of GDP (2-decimal rounding, as NATO counts)`]);
  // Editions with shares of GDP only publish no equipment figures: then there is no count, never a zero.
  if (s.equipment_count) {
    const e = s.equipment_count;
    cards.push([`${e.at_or_above} of ${e.of}`, `allies at or above ${e.guideline_pct}% of defence spending on major equipment (Wales guideline; derived from NATO's Table 8a)`]);
  }
  cards.push([t.nato_total_usd_m === null ? '–' : `USD ${num(t.nato_total_usd_m / 1000, 0)} bn`, 'NATO total, current prices (published)']);
  cards.push([t.europe_canada_usd_m === null ? '–' : `USD ${num(t.europe_canada_usd_m / 1000, 0)} bn`, 'Europe and Canada, current prices (published)']);
  cards.push([t.us_share_of_nato_pct === null ? '–' : `${num(t.us_share_of_nato_pct, 1)}%`, 'United States share of NATO spending (derived)']);
  cards.push([t.allies_shown_shortfall_usd_m === null ? '–' : `USD ${num(t.allies_shown_shortfall_usd_m / 1000, 1)} bn`, `shortfall to ${s.target}% of the allies shown, at ${s.year} GDP (derived)`]);
  $('cards').replaceChildren(...cards.map(([value, label]) => {
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    li.children[0].textContent = value;
    li.children[1].textContent = label;
    return li;
  }));
}

function renderRanking(s) {
  const rows = [...s.allies].sort((a, b) => a.share - b.share);
  rankChart.setOption({
    animation: false,
    grid: { left: 8, right: 56, top: 28, bottom: 28, containLabel: true },
    xAxis: { type: 'value', name: '% of GDP', nameLocation: 'middle', nameGap: 22, max: v => Math.max(5.5, Math.ceil(v.max)) },
    yAxis: { type: 'category', data: rows.map(r => r.name), axisLabel: { fontSize: 11, color: '#1b1f24' } },
    tooltip: { trigger: 'item', formatter: p => `${p.name}: ${num(rows[p.dataIndex].share)}%${rows[p.dataIndex].estimate ? ' (estimate)' : ''}` },
    series: [{
      type: 'bar',
      data: rows.map(r => ({ value: r.share, itemStyle: { color: bandColor(s, r), opacity: r.estimate ? 0.85 : 1 } })),
      label: { show: true, position: 'right', fontSize: 10, color: '#1b1f24', backgroundColor: 'rgba(255,255,255,0.9)', padding: [1, 2], formatter: p => `${num(rows[p.dataIndex].share)}${rows[p.dataIndex].estimate ? 'e' : ''}` },
      markLine: {
        symbol: 'none', silent: true,
        // Under the bars' value labels (which carry a white backing), and labelled above the plot, clear of the bars.
        z: 1,
        lineStyle: { color: '#4a5560', type: 'dashed' },
        label: { formatter: '{c}%', color: '#1b1f24', position: 'end', distance: 4 },
        data: THRESHOLDS.map(x => ({ xAxis: x })),
      },
    }],
  }, true);
  $('rank-caption').textContent = `Share of real GDP (2021 prices), ${s.year}, NATO edition ${s.edition}, as published; e = estimate. Dashed lines at 2%, 3.5% and 5%. Source: NATO.`;
}

let mapShown = null;
async function renderMap(s) {
  mapShown ??= whenNear($('map'));
  await mapShown;
  await registerMaps();
  const data = s.allies.map(r => ({ name: r.ally, value: r.share_rounded, label: r.name, estimate: r.estimate, itemStyle: { areaColor: bandColor(s, r) } }));
  const byCode = Object.fromEntries(data.map(d => [d.name, d]));
  const common = {
    type: 'map', roam: false, selectedMode: false, data,
    itemStyle: { areaColor: '#e3e6ea', borderColor: '#ffffff', borderWidth: 0.6 },
    emphasis: { label: { show: false }, itemStyle: { borderColor: '#c2410c', borderWidth: 1.5 } },
  };
  mapChart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: p => byCode[p.name] ? `${byCode[p.name].label}: ${num(byCode[p.name].value)}%${byCode[p.name].estimate ? ' (estimate)' : ''}` : `${p.data?.label ?? p.name}: not an ally or no figure` },
    series: [
      // Europe fills the frame; North America sits beside it at its top left, where the Atlantic leaves room.
      { ...common, map: 'nato-america', name: 'North America', left: 0, top: 0, width: '34%', height: '40%' },
      { ...common, map: 'nato-europe', name: 'Europe', left: '24%', top: '2%', width: '76%', height: '97%' },
    ],
  }, true);
  mapChart.off('click');
  mapChart.on('click', p => { if (byCode[p.name]) window.location.href = `ally.html?code=${p.name}&edition=${s.edition}`; });
  $('map-legend').replaceChildren(...[...s.bands.map((label, i) => ({ label, color: BAND_COLORS[i] })), { label: 'not an ally, or no figure (Iceland)', color: '#e3e6ea' }].map(b => {
    const li = document.createElement('li');
    li.innerHTML = `<span class="swatch" style="background:${b.color}"></span>`;
    li.append(b.label);
    return li;
  }));
  $('map-caption').textContent = `Share of real GDP, ${s.year}, NATO edition ${s.edition}, rounded to 2 decimals as NATO counts. Shapes: Natural Earth 1:50m (public domain) via world-atlas. North America (top left) and Europe drawn at different scales.`;
}

function renderTable(s) {
  const col = key => s.columns.find(c => c.key === key);
  const unit = key => `${col(key).unit} (${col(key).provenance})`;
  const link = r => {
    const a = document.createElement('a');
    a.href = `ally.html?code=${r.ally}&edition=${s.edition}`;
    a.textContent = r.name;
    return a;
  };
  const share = r => {
    const span = document.createElement('span');
    span.textContent = num(r.share);
    if (r.estimate) {
      const e = document.createElement('abbr');
      e.className = 'est'; e.title = 'estimate'; e.textContent = ' e';
      span.append(e);
    }
    return span;
  };
  const columns = [
    { key: 'rank', title: '#', numeric: true, value: r => r.rank, render: r => String(r.rank), unit: 'rank by share' },
    { key: 'name', title: 'Ally', header: true, value: r => r.name, render: link },
    { key: 'share', title: 'Share %', numeric: true, value: r => r.share, render: share, unit: unit('share') },
  ];
  // Sixteen columns do not fit a laptop's width: the table shows one set at a time, chosen above it.
  const sets = {
    money: [
      { key: 'change_pp', title: 'Δ pp', numeric: true, value: r => r.change_pp, render: r => num(r.change_pp), unit: unit('change_pp') },
      { key: 'real_change_pct', title: 'Real Δ %', numeric: true, value: r => r.real_change_pct, render: r => num(r.real_change_pct, 1), unit: unit('real_change_pct') },
      { key: 'spending_usd_m', title: 'Spending (USD m)', numeric: true, value: r => r.spending_usd_m, render: r => num(r.spending_usd_m, 0), unit: unit('spending_usd_m') },
      { key: 'spending_natcur_m', title: 'Spending (m, nat.)', numeric: true, value: r => r.spending_natcur_m, render: r => r.spending_natcur_m === null ? '–' : `${num(r.spending_natcur_m, 0)} ${r.currency}`, unit: unit('spending_natcur_m') },
      { key: 'gap_pp', title: `Gap to ${s.target}% (pp)`, numeric: true, value: r => r.gap_pp, render: r => num(r.gap_pp), unit: unit('gap_pp') },
      { key: 'shortfall_usd_m', title: 'Shortfall (USD m)', numeric: true, value: r => r.shortfall_usd_m, render: r => num(r.shortfall_usd_m, 0), unit: unit('shortfall_usd_m') },
      { key: 'shortfall_natcur_m', title: 'Shortfall (m, nat.)', numeric: true, value: r => r.shortfall_natcur_m, render: r => r.shortfall_natcur_m === null ? '–' : `${num(r.shortfall_natcur_m, 0)} ${r.currency}`, unit: unit('shortfall_natcur_m') },
    ],
    readings: [
      { key: 'per_capita_usd_2021', title: 'Per capita (USD 2021)', numeric: true, value: r => r.per_capita_usd_2021, render: r => num(r.per_capita_usd_2021, 0), unit: unit('per_capita_usd_2021') },
      { key: 'equipment_share_pct', title: 'Equipment %', numeric: true, value: r => r.equipment_share_pct, render: r => num(r.equipment_share_pct, 1), unit: unit('equipment_share_pct') },
      { key: 'personnel_thousands', title: 'Personnel (k)', numeric: true, value: r => r.personnel_thousands, render: r => num(r.personnel_thousands, 1), unit: unit('personnel_thousands') },
      // Derived by the API with the WEO's population and government spending, already rounded there: shown with the decimals it sends.
      { key: 'per_capita_usd', title: 'Per capita (current USD)', numeric: true, value: r => r.per_capita_usd, render: r => num(r.per_capita_usd, 1), unit: unit('per_capita_usd') },
      { key: 'per_service_member_usd', title: 'Per service member (USD)', numeric: true, value: r => r.per_service_member_usd, render: r => num(r.per_service_member_usd, 0), unit: unit('per_service_member_usd') },
      { key: 'share_of_gov_expenditure_pct', title: '% of government spending', numeric: true, value: r => r.share_of_gov_expenditure_pct, render: r => num(r.share_of_gov_expenditure_pct, 2), unit: unit('share_of_gov_expenditure_pct') },
    ],
  };
  columns.push(...sets[$('columns').value] ?? sets.money);
  const table = $('status-table');
  table.dataset.year = String(s.year);
  sortableTable(table, columns, s.allies, { key: 'share', direction: 'descending' });
  const about = $('columns').value === 'readings'
    ? 'spending per person, per service member and as a share of government spending (derived from the IMF WEO and NATO\'s personnel), with NATO\'s equipment share and personnel'
    : `gap and shortfall to ${s.target}% of GDP at ${s.year} GDP`;
  $('table-caption').textContent = `${s.allies.length} allies, ${s.year}, NATO edition ${s.edition}; ${about}. Select a column heading to sort.`;
}

load(natoEditions, start);
