#!/usr/bin/env node
// Thin launcher for the bundled command line, lib/cli/clausewright.cjs (`npm run build:cli`, run by
// npm's prepare step). A batch's worker threads start from this file too.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const v8 = require('node:v8');
const vm = require('node:vm');

/** CLAUSEWRIGHT_PHASES=1: the launcher's phases, as src/cli/phases.ts marks the bundle's. */
function phase(name) {
  if (!process.env.CLAUSEWRIGHT_PHASES) return;
  const { user, system } = process.cpuUsage();
  fs.writeSync(2, `phase ${name.padEnd(12)} ${globalThis.performance.now().toFixed(1).padStart(7)} ms wall ${((user + system) / 1000).toFixed(1).padStart(7)} ms cpu\n`);
}
phase('node');

// Regular expressions compiled to machine code at once, not interpreted first: a review runs each
// over the whole text once, where the interpreter's first pass is the slow part (about a sixth of
// a 300 KB review's CPU time, measured). Set before any expression is compiled.
v8.setFlagsFromString('--no-regexp-tier-up');
// The optimising compiler only for code that runs long: a review's time is in regular expressions
// and in many functions that run a few thousand times, which the optimiser compiled at a cost it
// never earned back (a 300 KB agreement, measured), while a reader's loop over a million XML nodes
// still gets it. About fifteen times the default budget.
v8.setFlagsFromString('--interrupt-budget=1000000');

const dir = path.join(__dirname, '..', 'lib', 'cli');
const bundle = path.join(dir, 'clausewright.cjs');
// Packages a review of a .txt never runs, each a part of its own (scripts/build-cli.ts), loaded when
// the bundle first requires one.
const PARTS = new Set(['docx', 'jszip', 'zod']);
// V8 refuses another Node's cache; each Node keeps its own.
const CACHE_SUFFIX = `-${process.version}-${process.arch}.cache`;
// Parts loaded without a good code cache, whose cache this run writes when it ends.
const uncached = [];

/**
 * One script in lib/cli, compiled with V8's compiled code kept beside it: with it a run neither parses
 * nor compiles the functions it uses. V8 refuses a cache from another Node or other flags, but checks
 * only the length of the source: a cache of an earlier build of the same length would run that
 * build's code. So the cache's name carries the script's size and modification time, and a rebuilt
 * or edited script never meets the cache of another. Each script is ASCII (scripts/build-cli.ts),
 * one function expression taking what a module gets.
 */
function load(name) {
  const file = path.join(dir, `${name}.cjs`);
  const fd = fs.openSync(file, 'r');
  let source;
  let stamp;
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    stamp = `${stat.size.toString(36)}-${stat.mtimeNs.toString(36)}`;
    source = fs.readFileSync(fd, 'latin1');
  } finally {
    fs.closeSync(fd);
  }
  const cacheFile = path.join(dir, `${name}.${stamp}${CACHE_SUFFIX}`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  phase(`read ${name}`);
  const script = new vm.Script(source, { filename: file, cachedData });
  phase('compiled');
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requirePart, module, file, dir);
  phase('evaluated');
  return { name, exports: module.exports, script, cacheFile, cached: cachedData !== undefined && !script.cachedDataRejected };
}

const parts = new Map();
/** The bundle's require: a part from lib/cli, anything else from Node. */
function requirePart(id) {
  if (!PARTS.has(id)) return require(id);
  if (!parts.has(id)) {
    const part = load(`part-${id}`);
    if (!part.cached) uncached.push(part);
    parts.set(id, part.exports);
  }
  return parts.get(id);
}

/**
 * Keeps V8's code for what this run compiled, when there was no good cache, and removes this Node's
 * other caches of the script (an earlier build's); a read-only install keeps none.
 */
function saveCache({ name, script, cacheFile }) {
  const temp = `${cacheFile}.${process.pid}`;
  try {
    fs.writeFileSync(temp, script.createCachedData());
    fs.renameSync(temp, cacheFile);
    for (const other of fs.readdirSync(dir)) {
      const stale = path.join(dir, other);
      if (other.startsWith(`${name}.`) && other.endsWith(CACHE_SUFFIX) && stale !== cacheFile) fs.rmSync(stale, { force: true });
    }
  } catch {
    fs.rmSync(temp, { force: true });
  }
}

if (!fs.existsSync(bundle)) {
  process.stderr.write('clausewright: the command line is not built yet. Run `npm run build:cli` first.\n');
  process.exit(2);
}

// A batch's worker thread is started from this file with an argument of its own
// (src/cli/worker.ts); the main thread does not load worker_threads to tell.
if (process.argv[2] === '--review-worker' && !require('node:worker_threads').isMainThread) {
  load('clausewright').exports.serveReviews();
} else {
  // Ctrl-C during a review: no new file is started and what is done is written out; a second
  // Ctrl-C, or one during any other command, stops at once.
  const stop = new globalThis.AbortController();
  process.on('SIGINT', () => (stop.signal.aborted || process.argv[2] !== 'review' ? process.exit(130) : stop.abort()));

  const runtime = {
    workerScript: __filename,
    signal: stop.signal,
    // Asked only by a batch: the tty module loads the network stack, which one review never needs.
    get progress() {
      return require('node:tty').isatty(2);
    },
  };
  const cli = load('clausewright');
  cli.exports
    .main(process.argv.slice(2), undefined, runtime)
    .then(
      (code) => {
        phase('done');
        process.exitCode = code;
        // After a review, so the cache holds the review's functions and not only the start's.
        if (!cli.cached && process.argv[2] === 'review') saveCache(cli);
        uncached.forEach(saveCache);
        process.on('exit', () => phase('exit'));
      },
      (err) => {
        process.stderr.write(`clausewright: ${err && err.message ? err.message : String(err)}\n`);
        process.exitCode = 2;
      },
    );
}
