// What changed page: two NATO editions side by side, as natospend changes shows them.
import { fillSelect, load, natoEditions, num, query, setDownloads, setNotes, setQuery, sortableTable } from './common.js';

const $ = id => document.getElementById(id);

async function start({ editions }) {
  const ids = editions.map(e => e.id);
  const asked = (query().get('editions') ?? '').split(',');
  const [older, newer] = asked.length === 2 && asked.every(id => ids.includes(id)) ? asked : [ids[1], ids[0]];
  const options = editions.map(e => ({ value: e.id, label: `${e.id} (published ${e.published})` }));
  fillSelect($('older'), options, older);
  fillSelect($('newer'), options, newer);
  for (const select of [$('older'), $('newer')]) select.addEventListener('change', refresh);
  $('controls').addEventListener('submit', e => { e.preventDefault(); refresh(); });
  await refresh();
}

async function refresh() {
  const editions = `${$('older').value},${$('newer').value}`;
  // The view's state lives in its address, so a link reopens the same comparison.
  setQuery({ editions });
  await load(`/api/v1/changes?${new URLSearchParams({ editions })}`, render);
}

function render(answer) {
  $('heading').textContent = `From NATO's ${answer.older.id} edition (published ${answer.older.published}, ${answer.older.definition}) `
    + `to its ${answer.newer.id} edition (published ${answer.newer.published}, ${answer.newer.definition}).`;
  table($('counts-table'), answer.count_columns, answer.counts);
  table($('movers-table'), answer.mover_columns, answer.movers);
  table($('revisions-table'), answer.revision_columns, answer.revisions);
  setDownloads($('downloads'), '/api/v1/changes', { editions: `${answer.older.id},${answer.newer.id}` }, 'the revisions');
  setNotes($('notes'), answer.notes);
}

// The columns come from the API with their units; numbers are shown at the decimals the terminal table uses.
function table(element, columns, rows) {
  const decimals = c => c.key === 'revision_pct' || c.key === 'threshold_pct' ? 1 : /(_at_or_above|_of|^change)$/.test(c.key) ? 0 : 2;
  sortableTable(element, columns.map(c => ({
    key: c.key,
    title: c.title,
    unit: c.unit,
    numeric: c.unit !== null,
    header: c.key === 'name' || (c.key === 'year' && !columns.some(o => o.key === 'name')),
    value: row => row[c.key],
    render: row => typeof row[c.key] === 'boolean' ? (c.key.endsWith('estimate') ? (row[c.key] ? 'e' : '') : (row[c.key] ? 'yes' : 'no'))
      : typeof row[c.key] === 'number' ? (c.key === 'year' || c.key.endsWith('_year') ? String(row[c.key]) : num(row[c.key], decimals(c)))
      : row[c.key] ?? '–',
  })), rows);
}

load(natoEditions, start);
