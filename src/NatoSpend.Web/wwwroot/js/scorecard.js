// Scorecard page: every ally's newest plan against the rule set's required path, as natospend plans --scorecard shows it.
import { api, chart, chartData, editionYears, fillSelect, load, natoEditions, num, query, setDownloads, setNotes, setQuery, sortableTable } from './common.js';

const $ = id => document.getElementById(id);
const scorecardChart = chart($('scorecard-chart'));

// Okabe-Ito colours, and a marker shape per status so that the chart reads in grey print too.
const STATUS = {
  'on track': { name: 'On track (announced share)', color: '#009E73', symbol: 'circle' },
  'off track': { name: 'Off track (announced share)', color: '#D55E00', symbol: 'triangle' },
  'not assessable': { name: 'Not assessable: one point (announced share)', color: '#0072B2', symbol: 'diamond' },
};
const REQUIRED = 'Required path in that year (derived)';

// The rule sets, and the newest NATO edition's years to tell which rule sets still have a path ahead.
async function choices() {
  const [rules, { default: newest }] = await Promise.all([api('/api/v1/rules'), natoEditions()]);
  return { rules, edition: await editionYears(newest) };
}

async function start({ rules, edition }) {
  // A rule set whose deadline is not after NATO's latest published year has no required path to score against.
  const open = rules.rules.filter(r => r.deadline > edition.last_year);
  fillSelect($('rules'), open.map(r => ({ value: r.id, label: `${r.id}: ${r.core_target}% core by ${r.deadline}` })), query().get('rules') ?? rules.default);
  $('rules').addEventListener('change', refresh);
  $('controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
  await refresh();
}

async function refresh() {
  const rules = $('rules').value;
  setQuery({ rules });
  await load(`/api/v1/plans/scorecard?${new URLSearchParams({ rules })}`, render);
}

function render(card) {
  const c = card.counts;
  $('heading').textContent = `Rules ${card.rules.id}: ${card.rules.title}. Required path: ${card.required_path.shape} from NATO's ${card.required_path.from_year} share (edition ${card.edition.id}) to each ally's target by ${card.required_path.deadline}.`;
  $('counts').replaceChildren(...[[c.on_track, 'on track'], [c.off_track, 'off track'], [c.not_assessable, 'not assessable']].map(([value, label]) => {
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    li.children[0].textContent = String(value);
    li.children[1].textContent = `allies ${label}`;
    return li;
  }));
  renderChart(card);
  renderTable(card);
  setDownloads($('downloads'), '/api/v1/plans/scorecard', { rules: card.rules.id }, 'the scorecard');
  chartData(scorecardChart, '/api/v1/plans/scorecard', { rules: card.rules.id });
  setNotes($('notes'), card.notes);
}

function renderChart(card) {
  const rows = card.allies.filter(r => r.announced_share !== null && r.required_share !== null)
    .sort((a, b) => a.gap_pp - b.gap_pp || a.name.localeCompare(b.name));
  // Categories run bottom to top, so the largest shortfall is drawn at the top.
  const labels = rows.map(r => `${r.name} ${r.year} (${r.status})`).reverse();
  const at = r => labels.indexOf(`${r.name} ${r.year} (${r.status})`);
  const joins = rows.map(r => ({
    name: 'gap', type: 'line', symbol: 'none', silent: true, tooltip: { show: false },
    data: [[r.required_share, at(r)], [r.announced_share, at(r)]], lineStyle: { width: 2, color: STATUS[r.status].color },
  }));
  const series = [
    ...joins,
    { name: REQUIRED, type: 'scatter', symbol: 'emptyCircle', symbolSize: 11, itemStyle: { color: '#1b1f24' }, data: rows.map(r => [r.required_share, at(r)]) },
    ...Object.entries(STATUS).filter(([status]) => rows.some(r => r.status === status)).map(([status, look]) => ({
      name: look.name, type: 'scatter', symbol: look.symbol, symbolSize: 12, itemStyle: { color: look.color },
      data: rows.filter(r => r.status === status).map(r => [r.announced_share, at(r)]),
    })),
  ];
  const max = Math.max(5.5, ...rows.map(r => Math.max(r.announced_share, r.required_share)));
  scorecardChart.getDom().style.height = `${Math.max(360, 120 + 26 * rows.length)}px`;
  scorecardChart.setOption({
    animation: false,
    grid: { left: 8, right: 24, top: 56, bottom: 32, containLabel: true },
    legend: { top: 0, data: [REQUIRED, ...Object.values(STATUS).map(s => s.name)] },
    tooltip: { trigger: 'item', formatter: p => `${labels[p.value[1]]}: ${p.seriesName} ${num(p.value[0])}%` },
    xAxis: { type: 'value', name: '% of GDP', min: 0, max: Math.ceil(max) },
    yAxis: { type: 'category', data: labels },
    series,
  }, true);
  const left = card.allies.filter(r => r.announced_share === null || r.required_share === null).map(r => r.name);
  $('chart-caption').textContent = `Core defence spending, % of GDP, in the year assessed: the ring is the required path under ${card.rules.id} (derived by NatoSpend), the filled marker the plan's announced share, coloured and shaped by status; ranked by the gap. ${left.length ? `Not drawn (no plan, no core figure, or a point before the path starts): ${left.join(', ')}.` : ''}`.trim();
}

function renderTable(card) {
  const col = key => card.columns.find(c => c.key === key);
  const text = key => ({ key, title: col(key).title, value: r => r[key], render: r => r[key] ?? '–' });
  const number = (key, decimals = 2) => ({ key, title: col(key).title, numeric: true, unit: `${col(key).unit} (${col(key).provenance})`, value: r => r[key], render: r => num(r[key], decimals) });
  const columns = [
    { key: 'name', title: 'Ally', header: true, value: r => r.name, render: r => `${r.name} (${r.ally})` },
    number('plans', 0),
    { ...text('newest_plan'), render: r => r.newest_plan ? `${r.newest_plan} (${r.announced ?? 'undated'}; ${r.basis})` : '–' },
    text('announced_verdict'),
    { ...text('year'), value: r => r.year, render: r => r.year === null ? '–' : String(r.year) },
    number('announced_share'),
    number('required_share'),
    number('gap_pp'),
    {
      key: 'status', title: col('status').title, value: r => r.status,
      render: r => { const s = document.createElement('span'); s.className = `status-${r.status.replaceAll(' ', '-')}`; s.textContent = r.status; return s; },
    },
    { ...text('reason'), render: r => r.reason },
  ];
  sortableTable($('scorecard-table'), columns, card.allies, { key: 'gap_pp', direction: 'ascending' });
  $('table-caption').textContent = `Each ally's newest plan under ${card.rules.id}; gap = announced less required, pp (negative is behind the path). Select a column heading to sort.`;
}

load(choices, start);
