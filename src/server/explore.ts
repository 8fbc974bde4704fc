// The graph explorer (/explore): a page that draws the graph with Cytoscape.js
// (fcose for force-directed layouts, dagre for hierarchical ones) and talks to
// /graphql and /export/ on this server. Its code (static/explore/explore.js) and the
// libraries it imports are bundled by esbuild the first time the page's script is
// asked for (about a second, then kept in memory): nothing is built ahead or
// committed, and every file comes from this server (no CDN), under the
// playground's Content-Security-Policy.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../graph/model.js';
import { projectRoot } from '../paths.js';
import { loadedAsset, sendAsset, type Loaded } from './assets.js';
import { PLAYGROUND_CSP } from './playground.js';

export const EXPLORE_PATH = '/explore';
export const EXPLORE_ASSET_PREFIX = '/explore/';
/** The explorer's page is held to the playground's policy: scripts and styles from this origin only (Cytoscape sets inline styles). */
export const EXPLORE_CSP = PLAYGROUND_CSP;

const staticDir = () => join(projectRoot(), 'src', 'server', 'static', 'explore');

let bundle: Promise<Loaded> | undefined;

/** The page's script and the libraries it imports, as one minified file (bundled once). */
export function exploreBundle(): Promise<Loaded> {
  bundle ??= (async () => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [join(staticDir(), 'explore.js')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    return loadedAsset('text/javascript; charset=utf-8', Buffer.from(result.outputFiles[0]!.contents));
  })();
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

const ASSETS: Record<string, () => Promise<Loaded>> = {
  'explore.js': exploreBundle,
  'explore.css': async () => loadedAsset('text/css; charset=utf-8', readFileSync(join(staticDir(), 'explore.css'))),
};
const loaded = new Map<string, Promise<Loaded>>();

/** Serves /explore/<name>; false when there is no such asset (the caller answers 404). */
export async function serveExploreAsset(name: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const load = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!load) return false;
  let asset = loaded.get(name);
  if (!asset) {
    asset = load();
    loaded.set(name, asset);
    asset.catch(() => loaded.delete(name));
  }
  sendAsset(await asset, req, res);
  return true;
}

export function serveExplorePage(res: ServerResponse, endpoint: string): void {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': EXPLORE_CSP,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(exploreHtml(endpoint));
}

export function exploreHtml(endpoint: string): string {
  // What the page needs to know, from the model: the labels and relationship types to draw and filter.
  const config = { endpoint, labels: NODE_LABELS, relationshipTypes: RELATIONSHIP_TYPES };
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Policy responsibility graph · explorer</title>
<link rel="stylesheet" href="${EXPLORE_ASSET_PREFIX}explore.css">
</head>
<body>
<header>
  <form id="search"><input id="search-text" type="search" placeholder="搜索 task, regulation, population, department…" aria-label="search">
    <input id="search-region" placeholder="region 地区" aria-label="region" size="8"><input id="search-year" placeholder="year" aria-label="year" size="5" inputmode="numeric">
    <button type="submit">Search</button></form>
  <div id="views">
    <label>View <select id="view-kind" aria-label="ready-made view">
      <option value="chain">responsibility chain (task id)</option>
      <option value="accountability">regulation accountability (regulation id)</option>
      <option value="path">path (from id, to id)</option>
      <option value="subgroups">population subgroups (population id)</option>
      <option value="around">everything around (id, 2 hops)</option>
    </select></label>
    <input id="view-a" placeholder="id" size="22" aria-label="first id"><input id="view-b" placeholder="to id (path)" size="22" aria-label="second id">
    <button id="view-go" type="button">Show</button>
  </div>
  <div id="tools">
    <label>Layout <select id="layout" aria-label="layout"><option value="fcose">force-directed (fcose)</option><option value="dagre">hierarchical (dagre)</option></select></label>
    <button id="relayout" type="button">Re-layout</button>
    <button id="export-png" type="button">PNG</button><button id="export-svg" type="button">SVG</button>
    <button id="clear" type="button">Clear</button>
  </div>
</header>
<main>
  <aside id="left">
    <section id="results" aria-label="search results"></section>
    <section id="filters" aria-label="filters"><h2>Show</h2><div id="label-filters"></div><div id="type-filters"></div></section>
  </aside>
  <div id="cy" aria-label="graph"></div>
  <aside id="panel" aria-label="details"><p class="hint">Search, pick a result; click a node or an edge for its details.</p></aside>
</main>
<div id="tooltip" hidden></div>
<div id="status" role="status"></div>
<noscript>The explorer needs JavaScript. The API answers POST requests at ${endpoint}.</noscript>
<script id="explore-config" type="application/json">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="${EXPLORE_ASSET_PREFIX}explore.js"></script>
</body>
</html>
`;
}
