// The ally page's fiscal-room panel: what a required path adds to the deficit and debt, as natospend fiscal shows it.
// It follows the page's ally, edition, rules and deadline controls, and fetches /api/v1/fiscal on its own.
import { api, load, num, setDownloads, setNotes, sortableTable } from './common.js';

const $ = id => document.getElementById(id);
const error = () => $('fiscal-error');

function params() {
  const deadline = $('paths-deadline')?.value;
  return {
    ally: $('ally').value,
    edition: $('edition').value,
    rules: $('paths-rules').value,
    shape: $('fiscal-shape').value,
    ...(deadline ? { deadline } : {}),
  };
}

async function draw() {
  if (!$('ally').value || !$('paths-rules').value) return;
  const p = params();
  await load(() => api(`/api/v1/fiscal?${new URLSearchParams(p)}`), answer => render(answer, p), error());
}

function render(f, p) {
  $('fiscal-heading').textContent = `${f.name}: ${f.spending.label}. ${f.financing}`;
  const last = f.years.at(-1);
  const lastWithOutlook = f.years.filter(y => y.debt_with_path_pct_gdp !== null).at(-1);
  const cards = [
    [`${num(last.extra_debt, 0)} m ${f.currency}`, `extra debt by ${last.year}, interest included`],
    ...(lastWithOutlook ? [[`${num(lastWithOutlook.outlook_debt_pct_gdp, 1)}% → ${num(lastWithOutlook.debt_with_path_pct_gdp, 1)}%`, `debt, % of GDP, in ${lastWithOutlook.year} (outlook → with the path)`],
      [`${num(lastWithOutlook.outlook_balance_pct_gdp)}% → ${num(lastWithOutlook.balance_with_path_pct_gdp)}%`, `balance, % of GDP, in ${lastWithOutlook.year} (outlook → with the path)`]] : []),
    [f.escape_clause.status === 'activated' ? `${num(f.escape_clause.covered_m, 0)} m ${f.currency}` : 'not activated',
      f.escape_clause.status === 'activated' ? `of the extra covered by the EU escape clause, ${f.escape_clause.first_year}-${f.escape_clause.last_year}` : 'EU national escape clause'],
    [f.safe.status === 'allocated' ? `${num(f.safe.amounts[0].value)} ${f.safe.amounts[0].unit.split(',')[0]}` : 'no allocation',
      f.safe.status === 'allocated' ? `SAFE loans (${f.safe.allocation_status.split(' (')[0]}): loans, not spending` : 'SAFE loans'],
  ];
  $('fiscal-cards').replaceChildren(...cards.map(([value, label]) => {
    const li = document.createElement('li');
    li.innerHTML = '<span class="value"></span><span class="label"></span>';
    li.children[0].textContent = value;
    li.children[1].textContent = label;
    return li;
  }));
  const col = key => f.columns.find(c => c.key === key);
  const number = (key, decimals) => ({ key, title: col(key).title, numeric: true, unit: `${col(key).unit} (${col(key).provenance})`, value: r => r[key], render: r => num(r[key], decimals) });
  const columns = [
    { key: 'year', title: 'Year', header: true, value: r => r.year, render: r => String(r.year) },
    number('extra', 0), number('rate_pct', 2),
    { key: 'rate_basis', title: col('rate_basis').title, value: r => r.rate_basis, render: r => r.rate_basis },
    number('added_deficit', 0), number('extra_debt', 0),
    number('outlook_balance_pct_gdp', 2), number('balance_with_path_pct_gdp', 2),
    number('outlook_debt_pct_gdp', 1), number('debt_with_path_pct_gdp', 1),
  ];
  sortableTable($('fiscal-table'), columns, f.years, { key: 'year', direction: 'ascending' });
  $('fiscal-caption').textContent = `Million ${f.currency} (current prices) and % of GDP; balance is net lending (+) / borrowing (−). Outlook: ${f.outlook}.`;
  setDownloads($('fiscal-downloads'), '/api/v1/fiscal', p, 'the fiscal room');
  setNotes($('fiscal-notes'), [...f.assumptions.slice(1, 2), f.escape_clause.definition, f.safe.note, ...f.notes.slice(3)]);
}

// The panel sits below the first screen: it asks for its answer once it comes near the screen, so a phone that never
// scrolls to it never pays for it, and the page's first chart is not held up by it.
let near = false;

async function refresh() {
  if (near) await draw();
}

function start() {
  const section = $('fiscal-controls').closest('section');
  new IntersectionObserver((entries, observer) => {
    if (!entries.some(e => e.isIntersecting)) return;
    observer.disconnect();
    near = true;
    ready();
  }, { rootMargin: '200px 0px' }).observe(section);
  for (const id of ['ally', 'edition', 'paths-rules', 'paths-deadline', 'fiscal-shape']) $(id)?.addEventListener('change', refresh);
  $('fiscal-controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
}

// The page fills the ally and rules lists once the API answers; draw when both are there.
function ready() {
  const filled = () => $('ally').options.length > 0 && $('paths-rules').options.length > 0;
  if (filled()) { refresh(); return; }
  const observer = new MutationObserver(() => { if (filled()) { observer.disconnect(); refresh(); } });
  for (const id of ['ally', 'paths-rules']) observer.observe($(id), { childList: true });
}

start();
