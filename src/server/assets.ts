// The playground's static files, served from our own origin so it works with no
// internet connection. Only the names below exist: the URL never becomes a file
// path, so there is nothing to traverse. Files are read (and gzipped) once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../paths.js';

export const ASSET_PREFIX = '/playground/';

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
// From the checkout rather than beside this module, so a build into dist/ (which
// copies no static files) serves the same files.
const ownDir = join(projectRoot(), 'src', 'server', 'static');

/** URL name → where the file is and what it is. */
const ALLOWED: Record<string, { file: () => string; type: string }> = {
  'react.production.min.js': { file: () => join(packageDir('react'), 'umd', 'react.production.min.js'), type: JS },
  'react-dom.production.min.js': { file: () => join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: JS },
  'graphiql.min.js': { file: () => join(packageDir('graphiql'), 'graphiql.min.js'), type: JS },
  'graphiql.min.css': { file: () => join(packageDir('graphiql'), 'graphiql.min.css'), type: CSS },
  'playground.js': { file: () => join(ownDir, 'playground.js'), type: JS },
  'playground.css': { file: () => join(ownDir, 'playground.css'), type: CSS },
};

export const ASSET_NAMES = Object.keys(ALLOWED);

export interface Loaded {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

const cache = new Map<string, Loaded>();

function load(name: string): Loaded | undefined {
  const cached = cache.get(name);
  if (cached) return cached;
  const spec = Object.hasOwn(ALLOWED, name) ? ALLOWED[name] : undefined;
  if (!spec) return undefined;
  const body = readFileSync(spec.file());
  // The UMD builds point at source maps we do not serve; drop the comment so
  // browser dev tools do not ask for them (404 noise).
  const served = spec.type === JS ? Buffer.from(body.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')) : body;
  const loaded = loadedAsset(spec.type, served);
  cache.set(name, loaded);
  return loaded;
}

/** A file to serve: its bytes, gzipped once, and an ETag of its content. */
export function loadedAsset(type: string, body: Buffer): Loaded {
  return { type, body, gzipped: gzipSync(body), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Serves `/playground/<name>`; false when the name is not an allowed asset (the caller answers 404). */
export function serveAsset(name: string, req: IncomingMessage, res: ServerResponse): boolean {
  const asset = load(name);
  if (!asset) return false;
  sendAsset(asset, req, res);
  return true;
}

/** Answers with a loaded file: cached for an hour then revalidated (ETag), gzipped when the client takes it. */
export function sendAsset(asset: Loaded, req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Type', asset.type);
  // Revalidate after an hour: the files change only when the packages are upgraded.
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('ETag', asset.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.headers['if-none-match'] === asset.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzipped : asset.body;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}
