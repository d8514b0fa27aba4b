#!/usr/bin/env node
// Thin launcher for the bundled command line in lib/cli (`npm run build:cli`, run by npm's prepare step).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');

// Regular expressions compiled to machine code at once, not interpreted first: a review runs each
// over the whole text once, where the interpreter's first pass is the slow part (about a sixth of
// a 300 KB review's CPU time, measured). Set before any expression is compiled.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
// The optimising compiler only for code that runs long: a review's time is in regular expressions
// and in many functions that run a few thousand times, which the optimiser compiled at a cost it
// never earned back (a 300 KB agreement, measured), while a reader's loop over a million XML nodes
// still gets it. About fifteen times the default budget.
require('node:v8').setFlagsFromString('--interrupt-budget=1000000');

const dir = path.join(__dirname, '..', 'lib', 'cli');
const main = path.join(dir, 'main.mjs');
if (!fs.existsSync(main)) {
  process.stderr.write('clausewright: the command line is not built yet. Run `npm run build:cli` first.\n');
  process.exit(2);
}
// Ctrl-C during a review: no new file is started and what is done is written out; a second
// Ctrl-C, or one during any other command, stops at once.
const stop = new globalThis.AbortController();
process.on('SIGINT', () => (stop.signal.aborted || process.argv[2] !== 'review' ? process.exit(130) : stop.abort()));

import(pathToFileURL(main).href)
  .then((cli) =>
    cli.main(process.argv.slice(2), undefined, {
      workerScript: path.join(dir, 'worker.mjs'),
      signal: stop.signal,
      progress: Boolean(process.stderr.isTTY),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`clausewright: ${err && err.message ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
