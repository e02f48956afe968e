// Plan checker: paste or upload a plan, choose the rules, and see the verdict, each check with its numbers and the smallest fix.
// The page sends the plan to POST /api/v1/plans/check, which runs the same checker as `natospend check FILE`.
import { api, fillSelect, load, num, query, request, setNotes, showError, sortableTable } from './common.js';

const $ = id => document.getElementById(id);

async function start([rules, registry]) {
  const q = query();
  fillSelect($('rules'), rules.rules.map(r => ({ value: r.id, label: `${r.id}: ${r.title}` })), q.get('rules') ?? rules.default);
  fillSelect($('template-ally'), registry.allies.filter(a => a.has_expenditure_data).map(a => ({ value: a.ally, label: `${a.name} (${a.ally})` })), 'DEU');
  $('plan-file').addEventListener('change', async () => {
    const file = $('plan-file').files[0];
    if (!file) return;
    $('plan-text').value = await file.text();
    await check();
  });
  $('template').addEventListener('click', async () => {
    if (await loadTemplate()) $('plan-text').focus();
  });
  $('plan-form').addEventListener('submit', e => { e.preventDefault(); check(); });
  $('rules').addEventListener('change', () => { if ($('plan-text').value.trim()) check(); });
  // check.html?template=DEU&rules=hague-draft-2032 opens with that ally's starter plan checked, so a result can be shared as a link.
  if (q.get('template')) {
    $('template-ally').value = q.get('template').toUpperCase();
    if (await loadTemplate(q.get('template-rules') ?? undefined)) await check();
  }
}

function loadTemplate(rules) {
  const path = `/api/v1/plans/template?${new URLSearchParams({ ally: $('template-ally').value, rules: rules ?? $('rules').value })}`;
  return load(async () => (await request(path)).text(), plan => { $('plan-text').value = plan; });
}

function contentType(text) {
  return text.trimStart().startsWith('{') ? 'application/json' : 'text/csv';
}

function post(text, format) {
  return request(`/api/v1/plans/check?${new URLSearchParams({ rules: $('rules').value, format })}`, {
    method: 'POST', headers: { 'Content-Type': contentType(text) }, body: text,
  });
}

// A plan the checker cannot read is an answer too: its 422 lists every problem in the plan.
async function checked(text) {
  try {
    return { result: await (await post(text, 'json')).json() };
  } catch (error) {
    if (error.status === 422 && error.problem?.problems) return { problems: error.problem.problems };
    throw error;
  }
}

async function check() {
  const text = $('plan-text').value;
  $('problems-box').hidden = true;
  if (!text.trim()) {
    showError(new Error('There is no plan to check; paste one, upload a file, or load a starter plan.'));
    return;
  }
  const shown = await load(() => checked(text), async ({ result, problems }) => {
    if (problems) {
      $('result').hidden = true;
      $('problems-box').hidden = false;
      $('problems').replaceChildren(...problems.map(p => { const li = document.createElement('li'); li.textContent = p; return li; }));
      return;
    }
    render(result);
    await setDownloads(text, result);
  });
  if (!shown) $('result').hidden = true;
}

function render(r) {
  $('result').hidden = false;
  const verdict = $('verdict');
  verdict.textContent = r.verdict;
  verdict.className = `verdict ${r.verdict.replaceAll(' ', '-')}`;
  $('result').dataset.verdict = r.verdict;
  $('plan-title').textContent = `${r.name} (${r.ally}): ${r.sources.plan.title}; basis: ${r.basis_label}; rules ${r.rules.id} (${r.rules.title}), core target ${num(r.target)}% by ${r.rules.deadline}.`;
  $('summary').textContent = r.summary;
  $('reasons').replaceChildren(...r.reasons.map(text => { const li = document.createElement('li'); li.textContent = text; return li; }));
  $('fix').textContent = r.fix ? r.fix.message : 'None needed: the plan passes every check that decides the verdict.';
  const changes = r.fix?.changes ?? [];
  $('fix-table').closest('.table-wrap').hidden = changes.length === 0;
  sortableTable($('fix-table'), [
    { key: 'year', title: 'Year', header: true, value: c => c.year, render: c => String(c.year) },
    { key: 'ledger', title: 'Ledger', value: c => c.ledger, render: c => c.ledger },
    { key: 'from_share', title: 'From % GDP', numeric: true, value: c => c.from_share, render: c => num(c.from_share) },
    { key: 'to_share', title: 'To % GDP', numeric: true, value: c => c.to_share, render: c => num(c.to_share) },
    { key: 'change_pp', title: 'Change pp', numeric: true, value: c => c.change_pp, render: c => num(c.change_pp) },
    { key: 'change_money_millions', title: `Change (m ${r.currency})`, numeric: true, value: c => c.change_money_millions, render: c => num(c.change_money_millions, 1) },
  ], changes);
  sortableTable($('checks-table'), [
    { key: 'name', title: 'Check', header: true, value: k => k.name, render: k => k.name },
    { key: 'outcome', title: 'Outcome', value: k => k.outcome, render: k => { const b = document.createElement('span'); b.className = `outcome-${k.outcome}`; b.textContent = k.outcome; return b; } },
    { key: 'weight', title: 'Weight', value: k => k.weight, render: k => k.weight },
    { key: 'years', title: 'Years', value: k => k.years.join(','), render: k => k.years.join(', ') },
    { key: 'numbers', title: 'Numbers', value: k => k.numbers.length, render: k => k.numbers.map(n => `${n.name} ${n.value}${n.unit ? ' ' + n.unit : ''}`).join('; ') },
    { key: 'message', title: 'Finding', value: k => k.message, render: k => k.message },
  ], r.checks);
  for (const td of $('checks-table').querySelectorAll('tbody td:nth-child(4), tbody td:nth-child(5), tbody td:nth-child(6)')) td.classList.add('wrap');
  const col = key => r.columns.find(c => c.key === key);
  const yearColumns = [{ key: 'year', title: 'Year', header: true, value: y => y.year, render: y => String(y.year) }];
  for (const [key, decimals] of [['core_given_as', null], ['core_share', 2], ['core_spending', 0], ['related_share', 2], ['related_counted', 2], ['ukraine_share', 2], ['core_checked_share', 2], ['equipment_share', 2], ['step_pp', 2], ['real_growth_pct', 1], ['nato_published_share', 2]]) {
    const c = col(key);
    if (!c) continue;
    yearColumns.push(decimals === null
      ? { key, title: c.title, value: y => y[key], render: y => y[key] ?? '–' }
      : { key, title: c.title, numeric: true, unit: `${c.unit} (${c.provenance})`, value: y => y[key], render: y => num(y[key], decimals) });
  }
  sortableTable($('years-table'), yearColumns, r.years, { key: 'year', direction: 'ascending' });
  setNotes($('notes'), [...r.assumptions, ...r.notes, ...r.ukraine_cross_check.map(u => u.warning).filter(Boolean)]);
}

let urls = [];
async function setDownloads(text, result) {
  urls.forEach(u => URL.revokeObjectURL(u));
  const csv = await (await post(text, 'csv')).text();
  const base = `natospend-check-${result.ally.toLowerCase()}-${result.rules.id}`;
  const files = [
    [new Blob([csv], { type: 'text/csv' }), `${base}.csv`, 'Download the checks (CSV)'],
    [new Blob([JSON.stringify(result, null, 2)], { type: 'application/json' }), `${base}.json`, 'Download the whole check (JSON)'],
  ];
  urls = files.map(([blob]) => URL.createObjectURL(blob));
  $('downloads').replaceChildren(...files.map(([, name, label], i) => {
    const a = document.createElement('a');
    a.href = urls[i];
    a.download = name;
    a.textContent = label;
    return a;
  }));
}

load(() => Promise.all([api('/api/v1/rules'), api('/api/v1/allies')]), start);
