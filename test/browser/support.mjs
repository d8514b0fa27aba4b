// Shared set-up for the browser tests: serve dist/ on a loopback port, launch Debian's chromium with
// playwright-core, and record every request that would leave localhost (drafts never may).
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');
export const shotsDir = path.join(root, 'test-output', 'browser');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.xml': 'application/xml', '.map': 'application/json' };

export async function serveDist() {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is not built: run `npm run build` first');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(dist, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page whose every request is checked: anything not on loopback is recorded and aborted. */
export async function guardedPage(browser, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const outside = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // What the page logged as wrong, to tell a failure by: asserted nowhere, shown when a step fails.
  const logged = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && logged.push(`${m.type()}: ${m.text()}`));
  return { context, page, outside, errors, logged };
}

export async function shot(page, name) {
  await mkdir(shotsDir, { recursive: true });
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until a long draft shown in batches has its last batch in, and its last task has ended. */
export async function shownInFull(page) {
  const shown = () => page.locator('article[data-active], article[aria-label^="Document:"]').first().locator('> *').count();
  for (let before = -1, now = await shown(); now !== before; before = now, now = await shown()) await page.waitForTimeout(500);
  await page.waitForTimeout(300);
}

/** For a test file: dist/ served and chromium launched before its tests, both closed after them. */
export function servedBrowser() {
  const at = { server: null, browser: null };
  before(async () => {
    at.server = await serveDist();
    at.browser = await launch();
  });
  after(async () => {
    await at.browser?.close();
    await at.server?.close();
  });
  return at;
}
