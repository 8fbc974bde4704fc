// The graph explorer (/explore) in Chromium (playwright-core), every request that
// does not go to our server blocked and recorded: search 孤儿 → add → expand → a
// LEADS edge's evidence in the side panel; the responsibility chain of a 汕尾 task
// (its lead 科室 and the bureau); a link reopens a view; PNG and SVG downloads.
// Screenshots go to $EXPLORE_SCREENSHOTS (docs/explorer for the README) or /tmp.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';
import { startTestServer, type TestServer } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`explorer browser test SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
const SHOTS = process.env.EXPLORE_SCREENSHOTS ?? tmpdir();

describe.skipIf(skip)('the explorer in Chromium', () => {
  let server: TestServer;
  let context: BrowserContext;
  let profile: string;
  const outside: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    await resetDatabase();
    await ensureReferenceData(testGraph());
    await loadSeeds(testGraph());
    server = await startTestServer({ graph: testGraph(), neo4jUri: testInfo().uri, access: { corsOrigins: [], introspection: true, playground: true, explorer: true } });
    profile = mkdtempSync(join(tmpdir(), 'prg-chromium-'));
    mkdirSync(SHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1500, height: 900 },
    });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') await route.continue();
      else {
        outside.push(url.href);
        await route.abort('blockedbyclient');
      }
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await server?.close();
    await closeTestDriver();
  });

  async function open(hash = ''): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${server.origin}/explore${hash}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    return page;
  }

  const nodeCaptions = (page: Page) => page.evaluate(() => (globalThis as any).explorer.cy.nodes().map((n: any) => `${n.data('label')}:${n.data('caption')}`).sort());

  it('search 孤儿 → add → expand → the side panel shows a LEADS edge’s evidence sentence', async () => {
    const page = await open();
    await page.fill('#search-text', '孤儿');
    await page.click('#search button[type=submit]');
    const hit = page.locator('#results .hit', { hasText: '实施儿童福利提升和关爱行动' });
    await hit.waitFor({ timeout: 20_000 });
    await hit.click();
    await expect.poll(() => nodeCaptions(page), { timeout: 20_000 }).toEqual(['Task:(三) 实施儿童福利提升和关爱行动']);

    // Tap the node: its properties; expand it.
    await page.evaluate(() => void (globalThis as any).explorer.cy.nodes()[0].emit('tap'));
    await expect.poll(() => page.locator('#panel dl').innerText(), { timeout: 10_000 }).toContain('实施儿童福利提升和关爱行动');
    await page.locator('#panel .actions button', { hasText: 'Expand all' }).click();
    await expect.poll(() => nodeCaptions(page), { timeout: 20_000 }).toContain('Department:社会福利科');
    expect(await nodeCaptions(page)).toHaveLength(13);

    await page.evaluate(() => void (globalThis as any).explorer.cy.edges('[type = "LEADS"]')[0].emit('tap'));
    await expect.poll(() => page.locator('#panel h2').innerText()).toBe('LEADS');
    const evidence = page.locator('#panel .evidence');
    expect(await evidence.locator('mark').innerText()).toBe('社会福利科');
    expect(await evidence.innerText()).toContain('社会福利科');
    expect(await page.locator('#panel .kind').innerText()).toBe('社会福利科 → (三) 实施儿童福利提升和关爱行动');
    await page.screenshot({ path: join(SHOTS, 'explore-search-expand.png') });

    // The steps are in the URL: the same link draws the same nodes.
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#steps=add%3Atask_[0-9a-f]{16}%3Bexpand%3Atask_[0-9a-f]{16}&layout=fcose$/);
    const again = await open(hash);
    expect(await nodeCaptions(again)).toEqual(await nodeCaptions(page));

    // PNG and SVG of the view download as non-empty images.
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngBytes = readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toBe('graph.png');
    expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(pngBytes.length).toBeGreaterThan(10_000);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/<svg[\s>]/);
    expect(svgText).toContain('社会福利科');
    await page.close();
    await again.close();
  }, 180_000);

  it('the responsibility chain of a 汕尾 task: document → section → task → its lead 科室 → the bureau, laid out top-down', async () => {
    const data = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tasks(filter: {region: "汕尾市", text: "孤儿"}) { nodes { id } } }' }),
    }).then((r) => r.json() as Promise<any>);
    const task = data.data.tasks.nodes[0].id;
    const page = await open(`#steps=chain:${task}&layout=dagre`);
    await expect.poll(() => nodeCaptions(page), { timeout: 20_000 }).toEqual([
      'Department:各县(市、区)民政局',
      'Department:社会福利科',
      'Document:汕尾市民政局2024年工作要点',
      'Organization:汕尾市民政局',
      'Section:二 实施民政领域“八项行动”',
      'Task:(三) 实施儿童福利提升和关爱行动',
    ]);
    const edges = await page.evaluate(() => (globalThis as any).explorer.cy.edges().map((e: any) => e.data('type')).sort());
    expect(edges).toEqual(['HAS_SECTION', 'HAS_TASK', 'LEADS', 'PART_OF', 'PART_OF', 'SUPPORTS']);
    // Hierarchical: the document above the section above the task.
    const y = await page.evaluate(() => Object.fromEntries((globalThis as any).explorer.cy.nodes().map((n: any) => [n.data('label') + ':' + n.data('caption'), n.position('y')])));
    expect(y['Document:汕尾市民政局2024年工作要点']).toBeLessThan(y['Section:二 实施民政领域“八项行动”']);
    expect(y['Section:二 实施民政领域“八项行动”']).toBeLessThan(y['Task:(三) 实施儿童福利提升和关爱行动']);
    await page.screenshot({ path: join(SHOTS, 'explore-chain.png') });
    await page.close();
  }, 120_000);

  it('loaded only local assets, with no error', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});
