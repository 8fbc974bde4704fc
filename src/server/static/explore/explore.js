// The graph explorer: Cytoscape.js (fcose, dagre) over this server's /graphql and
// /export/. Bundled by esbuild when the server first serves it (src/server/explore.ts).
// What is on screen is replayed from the URL's hash (a list of steps: add, expand,
// view …), so a link reopens the same view.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

const config = JSON.parse(document.getElementById('explore-config').textContent);
const $ = (id) => document.getElementById(id);

/** One colour and shape per node type, the legend's too. */
const STYLE = {
  Document: ['#4e79a7', 'round-rectangle'],
  Organization: ['#f28e2b', 'hexagon'],
  Department: ['#e15759', 'ellipse'],
  Section: ['#76b7b2', 'round-rectangle'],
  Task: ['#59a14f', 'round-rectangle'],
  Regulation: ['#edc948', 'diamond'],
  Population: ['#b07aa1', 'ellipse'],
  Indicator: ['#ff9da7', 'triangle'],
  Deadline: ['#9c755f', 'tag'],
  Initiative: ['#bab0ac', 'star'],
};

// ---------------------------------------------------------------------------
// The API

let apiKey = sessionStorage.getItem('explore-api-key');

async function fetchWithKey(url, init = {}) {
  const headers = { ...(init.headers ?? {}), ...(apiKey ? { 'x-api-key': apiKey } : {}) };
  const res = await fetch(url, { ...init, headers });
  if (res.status === 401) {
    const key = window.prompt('This server needs a read key (READ_API_KEY):');
    if (key) {
      apiKey = key;
      sessionStorage.setItem('explore-api-key', key);
      return fetchWithKey(url, init);
    }
  }
  return res;
}

async function gql(query, variables = {}) {
  const res = await fetchWithKey(config.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const VIEW_FIELDS = 'nodes { id label name caption distance } edges { id type from to properties } truncated maxDepthReached';
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int, $types: [RelationshipType!], $labels: [NodeLabel!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, relationshipTypes: $types, labels: $labels) { ${VIEW_FIELDS} } }`;
const PATH = `query($from: ID!, $to: ID!, $max: Int) { path(fromId: $from, toId: $to, maxDepth: $max) { ${VIEW_FIELDS} } }`;
const SEARCH = `query($text: String!) { search(text: $text, first: 20) { totalCount hits { score node {
  id __typename
  ... on Task { number title document { title region year } }
  ... on Document { title region year }
  ... on Regulation { name }
  ... on Population { name }
  ... on Department { name }
  ... on Organization { name }
  ... on Initiative { name }
} } } }`;
const TASKS = `query($text: String, $region: String, $year: Int) { tasks(first: 20, filter: {text: $text, region: $region, year: $year}) { totalCount nodes { id number title document { title region year } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id __typename
  ... on Document { title issuer docNumber publishedAt year region documentKind: kind }
  ... on Organization { name region level }
  ... on Department { name departmentKind: kind aliases }
  ... on Section { number title }
  ... on Task { number title text leadSource year region }
  ... on Regulation { name title regulationKind: kind jurisdiction aliases }
  ... on Population { name aliases }
  ... on Indicator { text value unit comparator subject indicatorKind: kind }
  ... on Deadline { text date }
  ... on Initiative { name }
} }`;
const CHAIN = `query($id: ID!) { responsibilityChain(taskId: $id) { task { id } } }`;

// ---------------------------------------------------------------------------
// The drawing

const cy = cytoscape({
  container: $('cy'),
  wheelSensitivity: 0.3,
  // Large views stay fluid (2,000 nodes and more): edges hidden and a texture drawn while panning or zooming.
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': 160,
        'min-zoomed-font-size': 7,
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#333',
      },
    },
    ...Object.entries(STYLE).map(([label, [color, shape]]) => ({ selector: `node[label = "${label}"]`, style: { 'background-color': color, shape } })),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f1f1f' } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        label: 'data(display)',
        'font-size': 8,
        'text-rotation': 'autorotate',
        'text-background-color': '#fff',
        'text-background-opacity': 0.8,
        'min-zoomed-font-size': 8,
      },
    },
    { selector: 'edge[type = "LEADS"]', style: { 'line-color': '#e15759', 'target-arrow-color': '#e15759', width: 2.5 } },
    { selector: 'edge[type = "SUPPORTS"]', style: { 'line-color': '#f28e2b', 'target-arrow-color': '#f28e2b', 'line-style': 'dashed' } },
    { selector: 'edge[type = "CITES"]', style: { 'line-color': '#edc948', 'target-arrow-color': '#c9a227' } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#1f1f1f', 'target-arrow-color': '#1f1f1f' } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
});

function edgeDisplay(e) {
  return e.type === 'CITES' && e.properties?.mode ? `CITES·${e.properties.mode}` : e.type;
}

/** Adds nodes and edges (GraphView shape) that are not on screen yet; returns the ids added. */
function addView(view, origin) {
  const added = [];
  cy.batch(() => {
    for (const n of view.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      cy.add({ group: 'nodes', data: { id: n.id, label: n.label, caption: n.caption ?? n.name ?? n.id, name: n.name, origin } });
      added.push(n.id);
    }
    for (const e of view.edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      if (cy.getElementById(e.from).empty() || cy.getElementById(e.to).empty()) continue;
      cy.add({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type, display: edgeDisplay(e), properties: e.properties } });
    }
  });
  applyFilters();
  return added;
}

/** Cytoscape JSON from /export/ (big views: no 500-node limit). */
function addCyjs(cyjs, origin) {
  addView(
    {
      nodes: cyjs.elements.nodes.map(({ data }) => ({ id: data.id, label: data.type, caption: data.label, name: data.fullTitle })),
      edges: cyjs.elements.edges.map(({ data }) => {
        const { id, source, target, interaction, label, type, ...properties } = data;
        return { id, from: source, to: target, type, properties };
      }),
    },
    origin,
  );
}

function layout(name = $('layout').value, eles = cy.elements()) {
  const big = cy.nodes().length > 800;
  // Labels count in the nodes' size (they do not overlap), except in big views where they are hidden until zoomed in.
  const options =
    name === 'dagre'
      ? { name: 'dagre', rankDir: 'TB', nodeSep: 20, rankSep: 70, animate: false, nodeDimensionsIncludeLabels: !big, padding: 30 }
      : { name: 'fcose', quality: big ? 'draft' : 'default', animate: false, randomize: true, nodeRepulsion: 6000, idealEdgeLength: 80, numIter: big ? 1000 : 2500, nodeDimensionsIncludeLabels: !big, padding: 30 };
  cy.style().selector('edge').style('label', big ? '' : 'data(display)').update();
  const run = eles.layout(options);
  const done = new Promise((resolve) =>
    run.one('layoutstop', () => {
      // A few nodes are not blown up to fill the screen.
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center();
      }
      resolve();
    }),
  );
  run.run();
  return done;
}

// ---------------------------------------------------------------------------
// Steps (what the URL replays) and the view state

let steps = [];

function writeHash() {
  const params = new URLSearchParams();
  if (steps.length) params.set('steps', steps.join(';'));
  params.set('layout', $('layout').value);
  const hidden = [...document.querySelectorAll('#filters input:not(:checked)')].map((i) => i.value);
  if (hidden.length) params.set('hide', hidden.join(','));
  history.replaceState(null, '', `#${params}`);
}

const STEPS = {
  /** add:ID — the node and what links it to what is already drawn. */
  async add(id) {
    const data = await gql(NEIGHBORHOOD, { id, depth: 1, limit: 1 });
    addView(data.neighborhood, id);
    // The edges to nodes already on screen.
    const around = await gql(NEIGHBORHOOD, { id, depth: 1, limit: 200 });
    addView({ nodes: [], edges: around.neighborhood.edges }, id);
  },
  /** expand:ID[:TYPE] — its neighbours (through TYPE only). */
  async expand(id, type) {
    const data = await gql(NEIGHBORHOOD, { id, depth: 1, limit: 200, types: type ? [type] : null });
    addView(data.neighborhood, id);
    if (data.neighborhood.truncated) status(`${id}: the first 200 neighbours shown (truncated)`);
  },
  /** collapse:ID — removes the neighbours it brought that nothing else holds. */
  async collapse(id) {
    cy.nodes(`[origin = "${id}"]`).filter((n) => n.id() !== id && n.degree(false) <= 1).remove();
  },
  async remove(id) {
    cy.getElementById(id).remove();
  },
  /** chain:TASK — document → section → task → leads/supports → bureau. */
  async chain(id) {
    await gql(CHAIN, { id }); // NOT_FOUND for an unknown or non-task id
    const up = await gql(NEIGHBORHOOD, { id, depth: 3, limit: 100, types: ['HAS_SUBTASK', 'HAS_TASK', 'HAS_SECTION'], labels: ['Document', 'Section', 'Task'] });
    const roles = await gql(NEIGHBORHOOD, { id, depth: 2, limit: 100, types: ['LEADS', 'SUPPORTS', 'PART_OF', 'ACCOUNTABLE_FOR'], labels: ['Department', 'Organization'] });
    // Up the hierarchy only: the task's ancestors, not its siblings.
    const ancestors = new Set([id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of up.neighborhood.edges) if (ancestors.has(e.to) && !ancestors.has(e.from)) (ancestors.add(e.from), (grew = true));
    }
    addView({ nodes: up.neighborhood.nodes.filter((n) => ancestors.has(n.id)), edges: up.neighborhood.edges }, id);
    addView(roles.neighborhood, id);
    $('layout').value = 'dagre';
  },
  /** accountability:REGULATION — the tasks citing it, who leads and supports them, their bureaus. */
  async accountability(id) {
    const data = await gql(NEIGHBORHOOD, { id, depth: 3, limit: 500, types: ['CITES', 'LEADS', 'SUPPORTS', 'ACCOUNTABLE_FOR', 'PART_OF'] });
    addView(data.neighborhood, id);
    $('layout').value = 'dagre';
  },
  /** path:FROM:TO — the shortest path (up to 6 hops). */
  async path(from, to) {
    for (const max of [4, 6]) {
      const data = await gql(PATH, { from, to, max });
      if (!data.path.maxDepthReached) {
        if (data.path.nodes.length === 0) status('no path');
        addView(data.path, from);
        return;
      }
    }
    status('no path within 6 hops');
  },
  /** subgroups:POPULATION — its SUBGROUP_OF tree, up and down. */
  async subgroups(id) {
    const data = await gql(NEIGHBORHOOD, { id, depth: 3, limit: 300, types: ['SUBGROUP_OF'] });
    addView(data.neighborhood, id);
    $('layout').value = 'dagre';
  },
  /** around:ID[:HOPS] — everything within HOPS (default 2) of a node, through the export (no 500-node limit). */
  async around(id, hops = '2') {
    const res = await fetchWithKey(`/export/graph.cyjs?around=${encodeURIComponent(id)}&hops=${encodeURIComponent(hops)}`);
    if (!res.ok) throw new Error((await res.json()).error ?? res.statusText);
    addCyjs(await res.json(), id);
  },
};

function status(text) {
  $('status').textContent = text;
}

async function run(step, { record = true, relayout = true } = {}) {
  const [name, ...args] = step.split(':');
  const fn = STEPS[name];
  if (!fn) return;
  status('…');
  try {
    await fn(...args);
    if (record) {
      steps.push(step);
      writeHash();
    }
    if (relayout) await layout();
    status(`${cy.nodes(':visible').length} nodes, ${cy.edges(':visible').length} edges`);
  } catch (error) {
    status(`error: ${error.message}`);
  }
}

async function replay() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.get('layout')) $('layout').value = params.get('layout');
  const hide = new Set((params.get('hide') ?? '').split(',').filter(Boolean));
  for (const input of document.querySelectorAll('#filters input')) input.checked = !hide.has(input.value);
  steps = (params.get('steps') ?? '').split(';').filter(Boolean);
  for (const step of steps) await run(step, { record: false, relayout: false });
  const layoutName = params.get('layout') ?? $('layout').value;
  $('layout').value = layoutName;
  if (cy.nodes().length) await layout(layoutName);
  status(`${cy.nodes(':visible').length} nodes, ${cy.edges(':visible').length} edges`);
}

// ---------------------------------------------------------------------------
// Filters and legend

function filterBox(container, value, text, color) {
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = true;
  input.value = value;
  input.addEventListener('change', () => {
    applyFilters();
    writeHash();
  });
  label.append(input);
  if (color) {
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    label.append(swatch);
  }
  label.append(` ${text}`);
  container.append(label);
}

for (const label of config.labels) filterBox($('label-filters'), label, label, STYLE[label]?.[0]);
for (const type of config.relationshipTypes) filterBox($('type-filters'), type, type);

function applyFilters() {
  const hidden = new Set([...document.querySelectorAll('#filters input:not(:checked)')].map((i) => i.value));
  cy.batch(() => {
    cy.elements().removeClass('hidden');
    cy.nodes().filter((n) => hidden.has(n.data('label'))).addClass('hidden');
    cy.edges().filter((e) => hidden.has(e.data('type'))).addClass('hidden');
  });
}

// ---------------------------------------------------------------------------
// Search

$('search').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('search-text').value.trim();
  const region = $('search-region').value.trim() || null;
  const year = $('search-year').value.trim() ? Number($('search-year').value) : null;
  const results = $('results');
  results.textContent = '…';
  try {
    let hits;
    if (region || year) {
      const data = await gql(TASKS, { text: text || null, region, year });
      hits = data.tasks.nodes.map((t) => ({ id: t.id, type: 'Task', text: `${t.number} ${t.title}`, where: `${t.document.region ?? ''} ${t.document.year ?? ''}` }));
    } else {
      if (!text) return (results.textContent = '');
      const data = await gql(SEARCH, { text });
      hits = data.search.hits.map(({ node }) => ({
        id: node.id,
        type: node.__typename,
        text: node.__typename === 'Task' ? `${node.number} ${node.title}` : (node.name ?? node.title),
        where: node.document ? `${node.document.region ?? ''} ${node.document.year ?? ''}` : (node.region ?? ''),
      }));
    }
    results.textContent = '';
    if (hits.length === 0) results.textContent = 'nothing found';
    for (const hit of hits) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'hit';
      button.dataset.id = hit.id;
      button.title = hit.text;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = STYLE[hit.type]?.[0] ?? '#ccc';
      button.append(swatch, ` ${hit.text.length > 60 ? `${hit.text.slice(0, 59)}…` : hit.text}`);
      const where = document.createElement('small');
      where.textContent = ` ${hit.type} ${hit.where}`;
      button.append(where);
      button.addEventListener('click', () => run(`add:${hit.id}`));
      results.append(button);
    }
  } catch (error) {
    results.textContent = `error: ${error.message}`;
  }
});

// ---------------------------------------------------------------------------
// The side panel

function row(dl, key, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return;
  const dt = document.createElement('dt');
  dt.textContent = key;
  const dd = document.createElement('dd');
  dd.textContent = Array.isArray(value) ? value.join(', ') : String(value);
  dl.append(dt, dd);
}

function button(text, onClick, className = '') {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

async function showNode(node) {
  const panel = $('panel');
  panel.textContent = '';
  const h = document.createElement('h2');
  h.textContent = node.data('name') ?? node.data('caption');
  const kind = document.createElement('p');
  kind.className = 'kind';
  kind.textContent = `${node.data('label')} · ${node.id()}`;
  panel.append(h, kind);
  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.append(
    button('Expand all', () => run(`expand:${node.id()}`)),
    button('Collapse', () => run(`collapse:${node.id()}`, { relayout: false })),
    button('Remove', () => run(`remove:${node.id()}`, { relayout: false })),
  );
  if (node.data('label') === 'Task') actions.append(button('Responsibility chain', () => run(`chain:${node.id()}`)));
  if (node.data('label') === 'Regulation') actions.append(button('Accountability', () => run(`accountability:${node.id()}`)));
  if (node.data('label') === 'Population') actions.append(button('Subgroup tree', () => run(`subgroups:${node.id()}`)));
  actions.append(button('Path from here…', () => (($('view-kind').value = 'path'), ($('view-a').value = node.id()), $('view-b').focus())));
  panel.append(actions);
  const expand = document.createElement('div');
  expand.className = 'expand';
  expand.append('Expand by: ');
  for (const type of config.relationshipTypes) expand.append(button(type, () => run(`expand:${node.id()}:${type}`), 'small'));
  panel.append(expand);
  const dl = document.createElement('dl');
  panel.append(dl);
  try {
    const { node: full } = await gql(NODE, { id: node.id() });
    if (full) for (const [key, value] of Object.entries(full)) if (key !== '__typename') row(dl, key, value);
  } catch (error) {
    row(dl, 'error', error.message);
  }
}

/** The evidence sentence with the mention marked (the first occurrence: offsets point into the document's text, not the sentence). */
function evidence(properties) {
  const p = document.createElement('p');
  p.className = 'evidence';
  const sentence = properties.sentence ?? '';
  const mention = properties.mention ?? '';
  const at = mention ? sentence.indexOf(mention) : -1;
  if (at < 0) {
    p.textContent = sentence;
  } else {
    const mark = document.createElement('mark');
    mark.textContent = mention;
    p.append(sentence.slice(0, at), mark, sentence.slice(at + mention.length));
  }
  return p;
}

function showEdge(edge) {
  const panel = $('panel');
  panel.textContent = '';
  const h = document.createElement('h2');
  h.textContent = edge.data('display');
  const ends = document.createElement('p');
  ends.className = 'kind';
  ends.textContent = `${edge.source().data('caption')} → ${edge.target().data('caption')}`;
  panel.append(h, ends);
  const properties = edge.data('properties') ?? {};
  if (properties.sentence) {
    const title = document.createElement('h3');
    title.textContent = 'Evidence';
    panel.append(title, evidence(properties));
  }
  const dl = document.createElement('dl');
  row(dl, 'id', edge.id());
  for (const [key, value] of Object.entries(properties)) if (key !== 'sentence') row(dl, key, value);
  panel.append(dl);
}

cy.on('tap', 'node', (event) => showNode(event.target));
cy.on('tap', 'edge', (event) => showEdge(event.target));

// Full title on hover.
const tooltip = $('tooltip');
cy.on('mouseover', 'node', (event) => {
  const n = event.target;
  tooltip.textContent = `${n.data('label')}: ${n.data('name') ?? n.data('caption')}`;
  tooltip.hidden = false;
});
cy.on('mousemove', (event) => {
  const { x, y } = event.renderedPosition ?? { x: 0, y: 0 };
  const box = $('cy').getBoundingClientRect();
  tooltip.style.left = `${box.left + x + 12}px`;
  tooltip.style.top = `${box.top + y + 12}px`;
});
cy.on('mouseout', 'node', () => (tooltip.hidden = true));

// ---------------------------------------------------------------------------
// Views, layouts, exports

$('view-go').addEventListener('click', () => {
  const kind = $('view-kind').value;
  const a = $('view-a').value.trim();
  const b = $('view-b').value.trim();
  if (!a || (kind === 'path' && !b)) return status('give an id (two for a path)');
  run(kind === 'path' ? `path:${a}:${b}` : `${kind}:${a}`);
});
$('layout').addEventListener('change', () => {
  writeHash();
  layout();
});
$('relayout').addEventListener('click', () => layout());
$('clear').addEventListener('click', () => {
  cy.elements().remove();
  steps = [];
  writeHash();
  $('panel').textContent = '';
  status('');
});

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
$('export-png').addEventListener('click', () => download('graph.png', cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' })));
$('export-svg').addEventListener('click', () => download('graph.svg', new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' })));

// For tests and the console.
window.explorer = { cy, run, layout, steps: () => steps };
replay().then(() => document.body.setAttribute('data-ready', 'true'));
