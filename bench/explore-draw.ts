// How long Cytoscape.js (fcose, as the explorer draws) and sigma.js (graphology +
// ForceAtlas2, WebGL) take to lay out and draw a 2,000-node neighbourhood in
// headless Chromium, and how long a frame takes while panning (is it usable?).
//
//   npm run bench:draw -- --cyjs FILE [--nodes 2000] [--runs 3]
//
// FILE is an export of the graph (kg export --format cyjs --around ID --hops 2 …);
// its first --nodes nodes (and the edges among them) are drawn. Each library's page
// is bundled with esbuild and served from memory on a loopback port; every other
// request is blocked.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { cyjs: { type: 'string' }, nodes: { type: 'string', default: '2000' }, runs: { type: 'string', default: '3' } } });
if (!values.cyjs) {
  console.error('usage: npm run bench:draw -- --cyjs FILE [--nodes 2000] [--runs 3]');
  process.exit(2);
}
const limit = Number(values.nodes);
const runs = Number(values.runs);
const exported = JSON.parse(readFileSync(values.cyjs, 'utf8')) as { elements: { nodes: Array<{ data: any }>; edges: Array<{ data: any }> } };
// A neighbourhood: breadth first from the best-connected node, until --nodes are reached.
const adjacency = new Map<string, string[]>();
for (const { data } of exported.elements.edges) {
  adjacency.set(data.source, [...(adjacency.get(data.source) ?? []), data.target]);
  adjacency.set(data.target, [...(adjacency.get(data.target) ?? []), data.source]);
}
const hub = [...adjacency].sort((a, b) => b[1].length - a[1].length)[0]![0];
const kept = new Set<string>([hub]);
for (const queue = [hub]; queue.length > 0 && kept.size < limit; ) {
  for (const next of adjacency.get(queue.shift()!) ?? []) {
    if (kept.size >= limit) break;
    if (!kept.has(next)) (kept.add(next), queue.push(next));
  }
}
const nodes = exported.elements.nodes.filter(({ data }) => kept.has(data.id)).map(({ data }) => ({ id: data.id, type: data.type, caption: data.label }));
const edges = exported.elements.edges.filter(({ data }) => kept.has(data.source) && kept.has(data.target)).map(({ data }) => ({ id: data.id, source: data.source, target: data.target, type: data.type }));

// Both pages get the same graph and report {layoutMs, drawMs, frameMs} on window.result.
const PAGES: Record<string, string> = {
  cytoscape: `
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
cytoscape.use(fcose);
const { nodes, edges } = window.graph;
const t0 = performance.now();
const cy = cytoscape({
  container: document.getElementById('view'),
  elements: [...nodes.map((n) => ({ group: 'nodes', data: n })), ...edges.map((e) => ({ group: 'edges', data: e }))],
  style: [{ selector: 'node', style: { label: 'data(caption)', 'font-size': 10, 'min-zoomed-font-size': 7, width: 14, height: 14 } }, { selector: 'edge', style: { width: 1, 'curve-style': 'haystack' } }],
  hideEdgesOnViewport: true,
  textureOnViewport: true,
});
const t1 = performance.now();
const layout = cy.layout({ name: 'fcose', quality: 'draft', animate: false, randomize: true, numIter: 1000 });
layout.one('layoutstop', () => {
  const t2 = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(async () => {
    const t3 = performance.now();
    const frames = [];
    for (let i = 0; i < 20; i++) {
      const f0 = performance.now();
      cy.panBy({ x: 5, y: 3 });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      frames.push(performance.now() - f0);
    }
    frames.sort((a, b) => a - b);
    window.result = { buildMs: t1 - t0, layoutMs: t2 - t1, drawMs: t3 - t2, totalMs: t3 - t0, frameMs: frames[10] };
  }));
});
layout.run();
`,
  sigma: `
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
const { nodes, edges } = window.graph;
const t0 = performance.now();
const graph = new Graph({ multi: true });
let i = 0;
for (const n of nodes) graph.addNode(n.id, { label: n.caption, x: Math.cos(i) * i, y: Math.sin(i++) * i, size: 4 });
for (const e of edges) graph.addEdgeWithKey(e.id, e.source, e.target);
const t1 = performance.now();
forceAtlas2.assign(graph, { iterations: 200, settings: forceAtlas2.inferSettings(graph) });
const t2 = performance.now();
const renderer = new Sigma(graph, document.getElementById('view'), { renderEdgeLabels: false, labelRenderedSizeThreshold: 8 });
requestAnimationFrame(() => requestAnimationFrame(async () => {
  const t3 = performance.now();
  const frames = [];
  const camera = renderer.getCamera();
  for (let k = 0; k < 20; k++) {
    const f0 = performance.now();
    const s = camera.getState();
    camera.setState({ ...s, x: s.x + 0.001, y: s.y + 0.001 });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    frames.push(performance.now() - f0);
  }
  frames.sort((a, b) => a - b);
  window.result = { buildMs: t1 - t0, layoutMs: t2 - t1, drawMs: t3 - t2, totalMs: t3 - t0, frameMs: frames[10] };
}));
`,
};

const dir = mkdtempSync(join(tmpdir(), 'prg-draw-'));
const bundles: Record<string, string> = {};
for (const [name, code] of Object.entries(PAGES)) {
  writeFileSync(join(dir, `${name}.js`), code);
  const out = await esbuild.build({ entryPoints: [join(dir, `${name}.js`)], bundle: true, format: 'iife', minify: true, write: false, logLevel: 'silent', nodePaths: [join(import.meta.dirname, '..', 'node_modules')] });
  bundles[name] = out.outputFiles[0]!.text;
}
rmSync(dir, { recursive: true, force: true });
const data = `window.graph = ${JSON.stringify({ nodes, edges })};`;
const server = createServer((req, res) => {
  const name = (req.url ?? '/').slice(1);
  if (name in bundles) {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><body style="margin:0"><div id="view" style="width:1400px;height:900px"></div><script>${data}</script><script>${bundles[name]}</script></body>`);
  } else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
console.log(`${nodes.length} nodes, ${edges.length} edges; ${runs} runs each (median)`);
const results: Record<string, unknown> = {};
for (const name of Object.keys(PAGES)) {
  const all: Array<Record<string, number>> = [];
  for (let r = 0; r < runs; r++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await page.goto(`${origin}/${name}`);
    await page.waitForFunction(() => (globalThis as any).result, undefined, { timeout: 300_000, polling: 200 });
    all.push(await page.evaluate(() => (globalThis as any).result));
    if (errors.length) throw new Error(`${name}: ${errors.join('; ')}`);
    if (r === 0) await page.screenshot({ path: join(tmpdir(), `draw-${name}.png`) });
    await page.close();
  }
  const median = (key: string) => all.map((x) => x[key]!).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  results[name] = Object.fromEntries(['buildMs', 'layoutMs', 'drawMs', 'totalMs', 'frameMs'].map((k) => [k, Math.round(median(k))]));
  console.log(name, JSON.stringify(results[name]));
}
await browser.close();
server.close();
