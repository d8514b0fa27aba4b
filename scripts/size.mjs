#!/usr/bin/env node
// Bundle-size check: gzip bytes of the JavaScript each page loads at start (the <script> tags of the
// page that come from our build; Office.js from the CDN is not ours to count). The task pane opens
// inside Word on every launch; the workspace opens in a browser over a .docx. Fails when a page is
// over its budget. Run after `npm run build`; `npm run size -- PAGE.html` checks one page.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** KB gzip at start, per page: the workspace's budget sits just above its size when the Chinese messages left its start (207.5 KB), so it cannot grow unnoticed. */
const BUDGETS_KB = { 'taskpane.html': 150, 'index.html': 215 };
const dist = path.resolve('dist');
const pages = process.argv[2] ? [process.argv[2]] : Object.keys(BUDGETS_KB);

let failed = false;
for (const page of pages) {
  const budget = BUDGETS_KB[page];
  if (budget === undefined) {
    console.error(`size: no budget for ${page}; pages with one: ${Object.keys(BUDGETS_KB).join(', ')}.`);
    process.exit(2);
  }
  let html;
  try {
    html = await readFile(path.join(dist, page), 'utf8');
  } catch {
    console.error(`size: dist/${page} not found; run \`npm run build\` first.`);
    process.exit(2);
  }
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]).filter((src) => !/^https?:/.test(src));
  let total = 0;
  for (const src of scripts) {
    const bytes = await readFile(path.join(dist, src.replace(/^\//, '')));
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    console.log(`${src.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${(gz / 1024).toFixed(1).padStart(7)} KB gzip`);
  }
  const kb = total / 1024;
  console.log(`${page}: ${kb.toFixed(1)} KB gzip of JavaScript at start (budget ${budget} KB)`);
  if (kb > budget) {
    console.error(`size: ${page} is over budget by ${(kb - budget).toFixed(1)} KB gzip`);
    failed = true;
  }
}
if (failed) process.exit(1);
