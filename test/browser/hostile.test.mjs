/* global window, PerformanceObserver -- these run inside the page (page.evaluate) */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist, launch, guardedPage, shownInFull } from './support.mjs';

// Hostile files opened in the workspace: reading and review run in a worker, so the page stays
// usable, and every file ends in a review or a clear message. The 200 ms target for the longest
// main-thread task is a speed target and lives in `npm run bench -- ui`; here the bound is one only
// work on the page's thread would break (reviewing the longest file there takes seconds), so a
// loaded machine cannot fail it by chance.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LONGEST_TASK_MS = 1500;
const FILES = [
  ['attribute-name.docx', /malformed attribute/],
  ['unicode-path.docx', /more than is safe to read/],
  ['numbering-2g.docx', null],
  ['namespaces.docx', null],
  ['comment-ranges.docx', null],
  ['longest.docx', null],
  ['word-shaped.docx', null],
  ['image.txt', /not text/],
  ['utf16.txt', /UTF-16 without a byte-order mark/],
  ['empty.txt', /holds no text/],
];

let server;
let browser;
let dir;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'clausewright-hostile-browser-'));
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'test', 'hostile', 'write-recipes.ts'), dir, ...FILES.map(([f]) => f)]);
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('hostile files open in the workspace without blocking the page, each with its review or its reason', async () => {
  const { page, errors } = await guardedPage(browser, { viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.goto(`${server.base}/index.html`);
  await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 15_000 });
  const blocked = [];
  for (const [file, refusal] of FILES) {
    await page.evaluate(() => {
      window.longTasks = [];
      window.observer?.disconnect();
      window.observer = new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
      window.observer.observe({ entryTypes: ['longtask'] });
    });
    await page.locator('input[type=file][data-picker=draft]').setInputFiles(path.join(dir, file));
    // The largest files take about 3 s of CPU to read and review; on a runner shared at load 10 that
    // is over 10 s of wall clock. These waits ask whether the review ends, not how fast (the speed
    // targets are in `npm run bench -- ui`).
    if (refusal) {
      await page.getByRole('alert').filter({ hasText: refusal }).waitFor({ timeout: 30_000 });
      await page.getByRole('alert').getByRole('button', { name: 'Close' }).click();
    } else {
      await page.getByRole('article', { name: new RegExp(`Document: ${file.replace('.', '\\.')}`) }).waitFor({ timeout: 30_000 });
      await page.getByRole('list', { name: 'Findings by severity' }).waitFor({ timeout: 30_000 });
    }
    // A long draft is shown in batches: measure until the last batch is in.
    await shownInFull(page);
    const longest = await page.evaluate(() => Math.max(0, ...window.longTasks));
    console.log(`${file}: longest main-thread task ${longest} ms`);
    if (longest >= LONGEST_TASK_MS) blocked.push(`${file}: ${longest} ms`);
    if (file === 'comment-ranges.docx') {
      // A paragraph of 3 million characters shows its beginning, the rest on request.
      await page.getByRole('button', { name: /Show the rest of this paragraph/ }).waitFor();
    }
    // Still usable: the open button answers.
    assert.ok(await page.getByRole('button', { name: 'Open a .docx' }).isEnabled());
  }
  assert.deepEqual(blocked, [], `main-thread tasks over ${LONGEST_TASK_MS} ms`);
  assert.deepEqual(errors, []);
});
