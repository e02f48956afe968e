// About: the editions that ship, with their dates, definitions and terms, from /api/v1/editions.
import { load, setDownloads } from './common.js';

function render(list) {
  const tbody = document.querySelector('#editions-table tbody');
  tbody.replaceChildren(...list.editions.map(e => {
    const tr = document.createElement('tr');
    const cells = [e.id + (e.id === list.default ? ' (default)' : ''), null, e.published, e.cutoff ?? 'not stated', e.definition.replaceAll('_', ' '), e.prices, e.coverage, e.terms];
    cells.forEach((text, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.scope = 'row';
      if (i === 1) {
        const a = document.createElement('a');
        a.href = e.url;
        a.textContent = `${e.publisher}, ${e.title}`;
        cell.append(a);
      } else {
        cell.textContent = text;
      }
      if (i >= 5) cell.style.whiteSpace = 'normal';
      tr.append(cell);
    });
    return tr;
  }));
  setDownloads(document.getElementById('downloads'), '/api/v1/editions', {}, 'the list of editions');
}

load('/api/v1/editions', render);
