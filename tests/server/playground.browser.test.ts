// The playground in a real browser (Chromium through playwright-core), with every
// request that does not go to our server blocked and recorded: the page must
// load, run the first example and show its answer offline.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';
import { startTestServer, type TestServer } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = !existsSync(CHROMIUM);
// Locally a missing browser skips (loudly); in CI (CI set) the test runs and fails.
const skip = missing && !process.env.CI;
if (skip) console.warn(`playground browser test SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

/** What the first example's answer contains on the seeds. */
const EXPECTED_IN_RESULT = PLAYGROUND_EXAMPLES[0]!.seedAnswerContains;

describe.skipIf(skip)('the playground in Chromium', () => {
  let server: TestServer;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    await resetDatabase();
    await ensureReferenceData(testGraph());
    await loadSeeds(testGraph());
    server = await startTestServer({ graph: testGraph(), neo4jUri: testInfo().uri });
    profile = mkdtempSync(join(tmpdir(), 'prg-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await server?.close();
    await closeTestDriver();
  });

  it('loads only local assets, runs the first example and shows its answer', async () => {
    const outside: string[] = [];
    const ours: string[] = [];
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') {
        ours.push(url.pathname);
        await route.continue();
      } else {
        outside.push(url.href);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });

    await page.goto(server.url);
    // The first tab holds the first example (GraphiQL opens the first of defaultTabs).
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await expect.poll(() => editor.innerText(), { timeout: 20_000 }).toContain(PLAYGROUND_EXAMPLES[0]!.operationName);
    // One tab per example, named after its operation.
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.allInnerTexts().then((t) => t.map((x) => x.trim()))).toEqual(PLAYGROUND_EXAMPLES.map((e) => e.operationName));
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes(PLAYGROUND_EXAMPLES[0]!.operationName));
    await page.locator('.graphiql-execute-button').click();
    expect((await answered).status()).toBe(200);
    const result = page.locator('.graphiql-response .CodeMirror');
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toContain(EXPECTED_IN_RESULT);
    const text = await result.innerText();
    expect(text).not.toContain('"errors"');

    await page.screenshot({ path: '/tmp/playground.png' });
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    expect(ours).toEqual(expect.arrayContaining(['/graphql', '/playground/graphiql.min.js', '/playground/react.production.min.js']));
  });
});
