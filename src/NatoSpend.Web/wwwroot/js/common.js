// Shared by every page: API calls and their errors, number formatting, downloads and sortable tables.
// Every figure comes from /api/v1, which builds it with the same code as the natospend CLI.

export const THRESHOLDS = [2, 3.5, 5];

/** What a page says when the API cannot be reached at all (a stopped server, a dropped network). */
export const UNREACHABLE = 'The dashboard could not reach the NatoSpend API; check that it is still running, then reload the page.';

// A copy written by `natospend site` says so in a meta tag: its answers are files beside the pages (see staticFile).
const STATIC_ROOT = document.querySelector('meta[name="natospend-static"]')?.getAttribute('content') ?? null;

/** Whether this page is a static copy of the dashboard (natospend site), answering from pre-computed files. */
export const isStatic = STATIC_ROOT !== null;

/** What a static copy says for a view it holds no answer for. */
export const NOT_PUBLISHED = 'This copy of the dashboard is a static site: it holds the answers for the views it was published with, and this choice is not one of them. The live dashboard (natospend serve) answers any choice; here, pick one of the listed options.';

/** An answer the API refused: its one-sentence ProblemDetails (RFC 7807) as the message, with the status and the whole body. */
export class ApiError extends Error {
  constructor(status, problem, path) {
    super(problem?.detail ?? problem?.title ?? `The API answered ${status} for ${path}.`);
    this.status = status;
    this.problem = problem;
  }
}

// Keys and values a static file name may hold; anything else (a free growth text, a pasted plan) is never pre-computed.
const SAFE = /^[A-Za-z0-9._,-]+$/;

/**
 * The file of a static copy that holds the API's answer to `path` (with the flat JSON `body` of a POST, if any), or null.
 * The mapping, which `natospend site` writes with: the path under api/v1/, then, if the query (and body) has any pairs,
 * a slash and its key=value pairs without `format` and empty values, sorted by key then value (ordinal) and joined by &;
 * the extension is .csv for format=csv and .json otherwise. /api/v1/status?year=2026&edition=2026 becomes
 * api/v1/status/edition=2026&year=2026.json.
 */
export function staticFile(path, body = null) {
  const url = new URL(path, 'http://natospend.invalid/');
  if (!url.pathname.startsWith('/api/v1/')) return null;
  let extension = 'json';
  const pairs = [];
  for (const [key, value] of [...url.searchParams, ...Object.entries(body ?? {})]) {
    if (key === 'format') { extension = value === 'csv' ? 'csv' : 'json'; continue; }
    if (value === null || value === undefined || value === '') continue;
    const text = String(value);
    if (!SAFE.test(key) || !SAFE.test(text)) return null;
    pairs.push([key, text]);
  }
  const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort(([k1, v1], [k2, v2]) => ordinal(k1, k2) || ordinal(v1, v2));
  const route = url.pathname.slice('/api/v1/'.length).replace(/\/+$/, '');
  const query = pairs.length ? '/' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : '';
  return `${STATIC_ROOT ?? ''}api/v1/${route}${query}.${extension}`;
}

/** The address to link to for an API answer: the API itself, or in a static copy its file (null when it holds none). */
export function answerHref(path) {
  return isStatic ? staticFile(path) : path;
}

// A static copy answers a GET, or a POST whose body is one flat JSON object (a simulation's settings), from its files.
async function staticRequest(path, init) {
  let body = null;
  if ((init.method ?? 'GET').toUpperCase() !== 'GET') {
    try { body = JSON.parse(init.body); } catch { body = null; }
    if (body === null || typeof body !== 'object' || Object.values(body).some(v => v !== null && typeof v === 'object')) throw new Error(NOT_PUBLISHED);
  }
  const file = staticFile(path, body);
  if (file === null) throw new Error(NOT_PUBLISHED);
  let response;
  try {
    response = await fetch(file, { headers: { Accept: 'application/json' } });
  } catch {
    throw new Error('The dashboard could not load its pre-computed answers; check the connection, then reload the page.');
  }
  if (response.status === 404) {
    // Where the API refused the view, the copy keeps its refusal beside it: the same sentence as the live app.
    const refusal = file.endsWith('.json') ? await fetch(file.replace(/\.json$/, '.problem.json')).catch(() => null) : null;
    const problem = refusal?.ok ? await refusal.json().catch(() => null) : null;
    if (problem) throw new ApiError(problem.status ?? 422, problem, path);
    throw new Error(NOT_PUBLISHED);
  }
  if (!response.ok) throw new ApiError(response.status, null, file);
  return response;
}

/** Asks the API and resolves to its response when it is ok; a refusal becomes an ApiError, no answer at all the UNREACHABLE sentence. */
export async function request(path, init = {}) {
  if (isStatic) return staticRequest(path, init);
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

// Answers that every page asks for once (the list of editions) are shared.
const shared = new Map();

/** The API's answer as JSON. */
export async function api(path, init) {
  if (init === undefined && path === '/api/v1/editions') {
    if (!shared.has(path)) shared.set(path, request(path).then(r => r.json()).catch(e => { shared.delete(path); throw e; }));
    return shared.get(path);
  }
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

/** Points the download links at the API address with format=csv and format=json (in a static copy, at their files). */
export function setDownloads(container, path, params, what) {
  const links = ['csv', 'json'].map(format => {
    const query = new URLSearchParams({ ...params, format });
    const a = document.createElement('a');
    a.href = answerHref(`${path}?${query}`);
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

/** Reads the page's query string. */
export function query() {
  return new URLSearchParams(window.location.search);
}

// An embed (?embed=1&chart=ID) shows one chart with its title and a source line naming the edition, and nothing else.
export const embedded = query().get('embed') === '1';
if (embedded) document.documentElement.classList.add('embed');

/**
 * Writes the page's whole state into its address without reloading, so that a copied link reopens the same view. A page
 * names its edition (and outlook) explicitly, so that a link keeps its numbers when a newer edition ships; an embed
 * keeps its embed parameters.
 */
export function setQuery(params) {
  const url = new URL(window.location.href);
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== ''));
  for (const key of ['embed', 'chart']) {
    const value = query().get(key);
    if (value !== null) search.set(key, value);
  }
  url.search = search.toString();
  history.replaceState(null, '', url);
  noteNewer(search);
}

// Says when the view's NATO edition or IMF outlook is not the newest that ships, with a link to the same view on the newest.
async function noteNewer(search) {
  const list = await api('/api/v1/editions').catch(() => null);
  if (!list) return;
  const newest = kind => list.editions.filter(kind).reduce((a, b) => (b.published > a.published ? b : a), { published: '' });
  const older = [];
  for (const [key, kind, name] of [
    ['edition', e => e.publisher === 'NATO', 'NATO edition'],
    ['outlook', e => e.definition === 'macro_outlook', 'IMF outlook'],
  ]) {
    const named = list.editions.find(e => e.id === search.get(key) && kind(e));
    const latest = newest(kind);
    if (named && latest.id && latest.published > named.published) older.push({ key, name, named, latest });
  }
  let note = document.getElementById('newer-edition');
  if (older.length === 0) {
    note?.remove();
    return;
  }
  if (!note) {
    note = document.createElement('p');
    note.id = 'newer-edition';
    note.className = 'newer';
    note.setAttribute('role', 'note');
    const heading = document.querySelector('main h1');
    heading ? heading.after(note) : document.querySelector('main')?.prepend(note);
  }
  const latestView = new URL(window.location.href);
  for (const o of older) latestView.searchParams.set(o.key, o.latest.id);
  latestView.searchParams.delete('embed');
  latestView.searchParams.delete('chart');
  const a = document.createElement('a');
  a.href = latestView.toString();
  a.textContent = 'see this view with the newest';
  note.replaceChildren(
    `${older.map(o => `This view shows ${o.name} ${o.named.id} (published ${o.named.published}); a newer one, ${o.latest.id} (published ${o.latest.published}), has been published`).join('; ')}: `,
    a, '.');
}

let echartsLoading = null;
/** ECharts, loaded once, after the page's text: a page that draws nothing never downloads it. */
export function echartsReady() {
  echartsLoading ??= window.echarts ? Promise.resolve(window.echarts) : new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'lib/echarts.custom.min.js';
    script.async = true;
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error('The dashboard could not load its charts library; reload the page.'));
    document.head.append(script);
  });
  return echartsLoading;
}

/**
 * An ECharts chart drawn as SVG (testable in the DOM), resized with its container, with its tools under it: PNG and SVG
 * downloads (the chart with its title and caption), the data shown as CSV (see chartData) and the code to embed it.
 * ECharts loads in the background once a chart is near the screen: the returned handle queues setOption, clear, on and off until then.
 * The element's authored aria-label stays: ECharts' own aria prose ("the data for Slovenia is 1.61") is turned off.
 */
export function chart(element) {
  let instance = null;
  let loading = null;
  // ECharts is fetched when the first chart is drawn, after the page's text: the figures show before the charts' library has
  // loaded, and each chart draws in a task of its own.
  // A chart is drawn when it comes near the screen: a phone that never scrolls to it never pays for it.
  const near = new Promise(resolve => {
    const observer = new IntersectionObserver(entries => {
      if (entries.some(e => e.isIntersecting)) {
        observer.disconnect();
        resolve();
      }
    }, { rootMargin: '200px 0px' });
    observer.observe(element);
  });
  const ready = () => (loading ??= near.then(echartsReady).then(echarts => {
    instance = echarts.init(element, null, { renderer: 'svg' });
    new ResizeObserver(() => instance.resize()).observe(element);
    return instance;
  }));
  const later = () => new Promise(resolve => setTimeout(resolve, 0));
  // The calls run in the order they were made.
  let queue = Promise.resolve();
  const run = action => (queue = queue.catch(() => undefined).then(ready).then(action));
  const handle = {
    element,
    csv: null,
    getDom: () => element,
    // Draw at the container's size once the page has laid out (the first size can come from before the styles applied).
    setOption: (option, ...rest) => run(async i => { await later(); i.resize(); i.setOption({ ...option, aria: { enabled: false } }, ...rest); }),
    clear: () => run(i => i.clear()),
    on: (...args) => run(i => i.on(...args)),
    off: (...args) => run(i => i.off(...args)),
    svg: () => (instance ? instance.renderToSVGString() : null),
  };
  chartTools(handle);
  return handle;
}

/**
 * Sets the "data shown" link of a chart: the API's CSV of exactly what the chart draws (in a static copy, its file).
 * With a body, the answer is a POST (a simulation): the link asks for it when clicked.
 */
export function chartData(handle, path, params, body = null) {
  const link = handle.tools?.querySelector('a.data');
  if (!link) return;
  const address = `${path}?${new URLSearchParams({ ...params, format: 'csv' })}`;
  link.onclick = null;
  if (body) {
    link.hidden = false;
    link.href = '#';
    link.onclick = async event => {
      event.preventDefault();
      try {
        const response = await request(address, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        save(await response.blob(), link.dataset.file);
      } catch (error) {
        showError(error);
      }
    };
    return;
  }
  const href = answerHref(address);
  link.hidden = href === null;
  if (href !== null) link.href = href;
}

function chartTools(handle) {
  const element = handle.element;
  const figure = element.closest('figure');
  if (!figure) return;
  const id = element.id;
  const title = () => element.dataset.title ?? element.getAttribute('aria-label') ?? document.title;
  if (embedded && query().get('chart') === id) showEmbed(figure, title());
  const tools = document.createElement('div');
  tools.className = 'chart-tools';
  const button = (text, label, action) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.addEventListener('click', action);
    return b;
  };
  const file = extension => `natospend-${document.location.pathname.split('/').at(-1).replace(/\.html$/, '') || 'index'}-${id}.${extension}`;
  const data = document.createElement('a');
  data.className = 'data';
  data.textContent = 'Data shown (CSV)';
  data.download = file('csv');
  data.dataset.file = file('csv');
  data.hidden = true;
  const embedBox = document.createElement('div');
  embedBox.className = 'embed-code';
  embedBox.hidden = true;
  tools.append(
    button('PNG', `Download this chart as PNG: ${title()}`, () => downloadImage(handle, figure, title(), 'png', file('png')).catch(e => showError(e))),
    button('SVG', `Download this chart as SVG: ${title()}`, () => downloadImage(handle, figure, title(), 'svg', file('svg')).catch(e => showError(e))),
    data,
    button('Embed', `Embed this chart: ${title()}`, () => {
      embedBox.hidden = !embedBox.hidden;
      if (!embedBox.hidden) fillEmbed(embedBox, id, title());
    }),
    embedBox);
  figure.append(tools);
  handle.tools = tools;
}

// The iframe code for the current view (its whole state is in the address) with only this chart shown.
function fillEmbed(box, id, title) {
  const url = new URL(window.location.href);
  url.searchParams.set('embed', '1');
  url.searchParams.set('chart', id);
  const code = `<iframe src="${url.toString().replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" title="${title.replaceAll('"', '&quot;')}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
  const label = document.createElement('label');
  label.textContent = 'Embed code (the link names its edition, so the chart keeps its numbers)';
  const text = document.createElement('textarea');
  text.readOnly = true;
  text.rows = 3;
  text.value = code;
  label.append(text);
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy';
  copy.addEventListener('click', async () => {
    text.select();
    try { await navigator.clipboard.writeText(code); copy.textContent = 'Copied'; } catch { copy.textContent = 'Select and copy the code'; }
  });
  box.replaceChildren(label, copy);
}

function showEmbed(figure, title) {
  // Hide everything in main but the figure, its error region and the notes of a newer edition.
  for (let node = figure; node && node.tagName !== 'MAIN'; node = node.parentElement) {
    node.classList.add('embed-path');
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling !== node && sibling.id !== 'error' && sibling.id !== 'newer-edition') sibling.classList.add('embed-hidden');
    }
  }
  const heading = document.createElement('p');
  heading.className = 'embed-title';
  heading.textContent = title;
  figure.prepend(heading);
  const q = query();
  const source = document.createElement('p');
  source.className = 'embed-source';
  const full = new URL(window.location.href);
  full.searchParams.delete('embed');
  full.searchParams.delete('chart');
  const link = document.createElement('a');
  link.href = full.toString();
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'NatoSpend: the full view';
  const named = [q.get('edition') ? `NATO edition ${q.get('edition')}` : null, q.get('outlook') ? `IMF outlook ${q.get('outlook')}` : null].filter(Boolean);
  source.append(`Source: ${named.length ? named.join(', ') : 'as the caption names it'}. `, link);
  figure.append(source);
}

async function downloadImage(handle, figure, title, type, name) {
  const chartSvg = handle.svg();
  if (!chartSvg) return;
  const width = handle.element.clientWidth;
  const height = handle.element.clientHeight;
  const caption = figure.querySelector('figcaption')?.textContent ?? '';
  // The chart with its title above and its caption (source, edition, definition) below, so a downloaded chart keeps its labels.
  const lines = wrap(caption, Math.max(40, Math.floor(width / 6.4)));
  const top = 30;
  const bottom = 16 * lines.length + 12;
  const escape = s => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + top + bottom}" font-family="DejaVu Sans, Arial, sans-serif">`
    + `<rect width="100%" height="100%" fill="#fff"/><text x="8" y="20" font-size="15" font-weight="600" fill="#1b1f24">${escape(title)}</text>`
    + `<g transform="translate(0 ${top})">${chartSvg}</g>`
    + lines.map((line, i) => `<text x="8" y="${height + top + 18 + 16 * i}" font-size="11" fill="#4a5560">${escape(line)}</text>`).join('')
    + '</svg>';
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  if (type === 'svg') {
    save(svgBlob, name);
    return;
  }
  // A data: address (not a blob:) keeps the canvas untainted, so that it can be saved.
  const image = new Image();
  await new Promise((resolve, reject) => {
    image.onload = resolve;
    image.onerror = () => reject(new Error('The browser could not draw the chart as PNG; download it as SVG instead.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  const canvas = document.createElement('canvas');
  canvas.width = image.width * 2;
  canvas.height = image.height * 2;
  const context = canvas.getContext('2d');
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  await new Promise(resolve => canvas.toBlob(blob => { save(blob, name); resolve(); }, 'image/png'));
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) { lines.push(line); line = word; } else { line = line ? `${line} ${word}` : word; }
  }
  if (line) lines.push(line);
  return lines;
}

function save(blob, name) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
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
