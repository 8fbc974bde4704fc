// The playground page: GraphiQL 3 on React 18, every file from this server
// (see assets.ts), example queries preloaded as tabs. The page itself carries no
// executable inline code, so it can be served with a strict Content-Security-Policy.
import { ASSET_PREFIX } from './assets.js';
import { PLAYGROUND_EXAMPLES } from './playground-examples.js';

export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL and CodeMirror set inline styles at run time.
  "style-src 'self' 'unsafe-inline'",
  // GraphiQL's fonts and icons are data: URIs inside its CSS.
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function playgroundHtml(endpoint: string): string {
  const config = {
    endpoint,
    tabs: PLAYGROUND_EXAMPLES.map(({ query, variables }) => ({ query, ...(variables && { variables: JSON.stringify(variables, null, 2) }) })),
  };
  const asset = (name: string) => ASSET_PREFIX + name;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Policy responsibility graph · GraphQL playground</title>
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('playground.css')}">
</head>
<body>
<div id="graphiql"><div class="loading">Loading the playground…</div></div>
<noscript>The playground needs JavaScript. The API itself answers POST requests at ${escapeHtml(endpoint)}.</noscript>
<script id="playground-config" type="application/json">${jsonForScript(config)}</script>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('playground.js')}"></script>
</body>
</html>
`;
}

/** JSON that cannot close its <script> element or open a comment. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
