// Shared by every page: API calls and their errors, number formatting, downloads and sortable tables.
// Every figure comes from /api/v1, which builds it with the same code as the natospend CLI.

export const THRESHOLDS = [2, 3.5, 5];

/** What a page says when the API cannot be reached at all (a stopped server, a dropped network). */
export const UNREACHABLE = 'The dashboard could not reach the NatoSpend API; check that it is still running, then reload the page.';

/** An answer the API refused: its one-sentence ProblemDetails (RFC 7807) as the message, with the status and the whole body. */
export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail ?? problem?.title ?? `The API answered ${status} for ${path}.`);
    this.status = status;
    this.problem = problem;
  }
}

/** Asks the API and resolves to its response when it is ok; a refusal becomes an ApiError, no answer at all the UNREACHABLE sentence. */
export async function request(path, init = {}) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers } });
  } catch {
    throw new Error(UNREACHABLE);
  }
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null), path);
  }
  return response;
}

/** The API's answer as JSON. */
export async function api(path, init) {
  return (await request(path, init)).json();
}

/**
 * The one path from the API to a page: gets the answer (a URL to GET, or a function for a POST or an answer made of
 * several requests), clears the page's error and renders it, or shows in the error element why it could not.
 * Resolves to whether it rendered.
 */
export async function load(answer, render, errorElement = document.getElementById('error')) {
  try {
    const value = typeof answer === 'function' ? await answer() : await api(answer);
    clearError(errorElement);
    await render(value);
    return true;
  } catch (error) {
    showError(error, errorElement);
    return false;
  }
}

/** Shows an error message in the page's alert region, or in the region given. */
export function showError(error, region = document.getElementById('error')) {
  region.hidden = false;
  region.textContent = error.message ?? String(error);
}

export function clearError(region = document.getElementById('error')) {
  region.hidden = true;
  region.textContent = '';
}

const formats = new Map();
/** A number with thousands separators and a fixed number of decimals; absent as an en dash (never zero). */
export function num(value, decimals = 2) {
  if (value === null || value === undefined) return '–';
  if (!formats.has(decimals)) {
    formats.set(decimals, new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }));
  }
  return formats.get(decimals).format(value);
}

/** Fills a select with options and picks one. */
export function fillSelect(select, options, selected) {
  select.replaceChildren(...options.map(({ value, label }) => {
    const option = document.createElement('option');
    option.value = String(value);
    option.textContent = label;
    option.selected = String(value) === String(selected);
    return option;
  }));
}

/** Points the download links at the API address with format=csv and format=json. */
export function setDownloads(container, path, params, what) {
  const links = ['csv', 'json'].map(format => {
    const query = new URLSearchParams({ ...params, format });
    const a = document.createElement('a');
    a.href = `${path}?${query}`;
    a.textContent = `Download ${what} (${format.toUpperCase()})`;
    if (format === 'csv') a.download = '';
    return a;
  });
  container.replaceChildren(...links);
}

/** Lists notes (source, definitions, derivations) under a view. */
export function setNotes(list, notes) {
  list.replaceChildren(...notes.map(text => {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }));
}

/**
 * A table whose headers are buttons that sort it (keyboard: Tab to a header, Enter or Space to sort).
 * columns: [{ key, title, numeric, render(row) -> Node|string, value(row) -> sortable }]
 */
export function sortableTable(table, columns, rows, initial) {
  let sortKey = initial?.key ?? null;
  let direction = initial?.direction ?? 'descending';
  const thead = table.tHead ?? table.createTHead();
  const tbody = table.tBodies[0] ?? table.createTBody();
  const headRow = document.createElement('tr');
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    if (column.numeric) th.className = 'num';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = column.title;
    button.title = column.unit ? `${column.title}: ${column.unit}. Sort by this column.` : `Sort by ${column.title}`;
    button.addEventListener('click', () => {
      direction = sortKey === column.key && direction === 'descending' ? 'ascending' : 'descending';
      sortKey = column.key;
      render();
    });
    th.append(button);
    th.dataset.key = column.key;
    headRow.append(th);
  }
  thead.replaceChildren(headRow);

  function render() {
    const column = columns.find(c => c.key === sortKey);
    const sorted = column ? [...rows].sort((a, b) => compare(column.value(a), column.value(b)) * (direction === 'ascending' ? 1 : -1)) : rows;
    for (const th of headRow.children) {
      if (th.dataset.key === sortKey) th.setAttribute('aria-sort', direction); else th.removeAttribute('aria-sort');
    }
    tbody.replaceChildren(...sorted.map(row => {
      const tr = document.createElement('tr');
      for (const c of columns) {
        const td = document.createElement(c.header ? 'th' : 'td');
        if (c.header) td.scope = 'row';
        if (c.numeric) td.className = 'num';
        const content = c.render(row);
        td.append(content instanceof Node ? content : document.createTextNode(content));
        tr.append(td);
      }
      return tr;
    }));
  }
  render();
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return typeof a === 'string' ? a.localeCompare(b) : a - b;
}

/** An ECharts chart drawn as SVG (testable in the DOM), resized with its container. */
export function chart(element) {
  const instance = echarts.init(element, null, { renderer: 'svg' });
  new ResizeObserver(() => instance.resize()).observe(element);
  // Draw at the container's size once the page has laid out (the first size can come from before the styles applied).
  const setOption = instance.setOption.bind(instance);
  instance.setOption = (...args) => { instance.resize(); return setOption(...args); };
  return instance;
}

/** Reads the page's query string. */
export function query() {
  return new URLSearchParams(window.location.search);
}

/** Writes the page's state into its address without reloading, so a view can be shared as a link. */
export function setQuery(params) {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString();
  history.replaceState(null, '', url);
}

/** The years of a NATO edition, newest first, with estimates marked. */
export async function editionYears(edition) {
  const info = await api(`/api/v1/editions/${encodeURIComponent(edition)}`);
  return info;
}

/** The NATO editions, newest first, and the default. */
export async function natoEditions() {
  const list = await api('/api/v1/editions');
  return { default: list.default, editions: list.editions.filter(e => e.publisher === 'NATO') };
}
