// About: the editions that ship, with their dates, definitions and terms, from /api/v1/editions.
import { load, setDownloads } from './common.js';

// Four columns, each cell stacking its parts, so that the table fits the page and its rows stay short.
function render(list) {
  const tbody = document.querySelector('#editions-table tbody');
  tbody.replaceChildren(...list.editions.map(e => {
    const tr = document.createElement('tr');
    const edition = document.createElement('th');
    edition.scope = 'row';
    edition.textContent = e.id + (e.id === list.default ? ' (default)' : '');
    const title = document.createElement('td');
    const a = document.createElement('a');
    a.href = e.url;
    a.textContent = `${e.publisher}, ${e.title}`;
    title.append(a, part(`published ${e.published}; cut-off ${e.cutoff ?? 'not stated'}`));
    const definition = document.createElement('td');
    definition.append(e.definition.replaceAll('_', ' '), part(e.prices));
    const coverage = document.createElement('td');
    coverage.className = 'long';
    coverage.append(e.coverage, part(e.terms));
    tr.append(edition, title, definition, coverage);
    return tr;
  }));
  setDownloads(document.getElementById('downloads'), '/api/v1/editions', {}, 'the list of editions');
}

function part(text) {
  const span = document.createElement('span');
  span.className = 'sub';
  span.textContent = text;
  return span;
}

load('/api/v1/editions', render);
