#!/usr/bin/env node
// Bundle-size check: gzip bytes of the JavaScript the task pane loads at start (the <script> tags of
// dist/taskpane.html that come from our build; Office.js from the CDN is not ours to count).
// Fails above the budget. Run after `npm run build`.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET_KB = 150;
const dist = path.resolve('dist');
const page = process.argv[2] ?? 'taskpane.html';

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
console.log(`${page}: ${kb.toFixed(1)} KB gzip of JavaScript at start (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`size: over budget by ${(kb - BUDGET_KB).toFixed(1)} KB gzip`);
  process.exit(1);
}
