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
// V8 refuses a cache made under other flags too (NODE_OPTIONS=--max-old-space-size=4096, say): runs
// with and without them, taking turns, would each refuse and rewrite the other's. So each set of
// flags given to Node keeps its own cache; none, as at the build's warm-up, adds nothing to the name.
const FLAGS_KEY = cacheKeyOfFlags();

// Parts loaded without a good code cache, whose cache this run writes when it ends.
const uncached = [];

/**
 * Where a script's cache goes when lib/cli cannot be written (an install the user may only read,
 * run by a Node other than the one that built it): the user's cache folder, the name keyed to this
 * install's folder as well, so two installs there never remove each other's.
 */
function userCache(name) {
  const home = require('node:os').homedir();
  const base =
    process.env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local')
      : path.join(home, process.platform === 'darwin' ? 'Library/Caches' : '.cache'));
  return { folder: path.join(base, 'clausewright'), prefix: `${name}.${hashOf(dir)}.` };
}

/** '' without flags to Node, else a short key of them. */
function cacheKeyOfFlags() {
  const flags = [...process.execArgv, process.env.NODE_OPTIONS || ''].join(' ').trim();
  return flags === '' ? '' : `-f${hashOf(flags)}`;
}

/** A short key of a text, in base 36. */
function hashOf(text) {
  let key = 0;
  for (let i = 0; i < text.length; i++) key = (Math.imul(key, 31) + text.charCodeAt(i)) >>> 0;
  return key.toString(36);
}

/** The file's bytes, or undefined when it cannot be read. */
function readOrNothing(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

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
  let build;
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
    build = `${stat.size.toString(36)}-${stat.mtimeNs.toString(36)}`;
    source = fs.readFileSync(fd, 'latin1');
  } finally {
    fs.closeSync(fd);
  }
  const stamp = `${build}${FLAGS_KEY}${CACHE_SUFFIX}`;
  let cachedData = readOrNothing(path.join(dir, `${name}.${stamp}`));
  if (cachedData === undefined) {
    const user = userCache(name);
    cachedData = readOrNothing(path.join(user.folder, `${user.prefix}${stamp}`));
  }
  phase(`read ${name}`);
  const script = new vm.Script(source, { filename: file, cachedData });
  phase('compiled');
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requirePart, module, file, dir);
  phase('evaluated');
  return { name, build, stamp, exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
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
 * Keeps V8's code for what this run compiled, when there was no good cache: beside the script, else
 * in the user's cache folder. This Node's caches there of an earlier build of the script go.
 */
function saveCache({ name, build, stamp, script }) {
  const data = script.createCachedData();
  if (writeCache(dir, `${name}.`, build, stamp, data)) return;
  const user = userCache(name);
  try {
    fs.mkdirSync(user.folder, { recursive: true });
  } catch {
    return;
  }
  writeCache(user.folder, user.prefix, build, stamp, data);
}

/**
 * Writes folder/prefix+stamp whole or not at all, and removes the folder's prefix*CACHE_SUFFIX of
 * other builds (under any flags); false when it could not.
 */
function writeCache(folder, prefix, build, stamp, data) {
  const cacheFile = path.join(folder, `${prefix}${stamp}`);
  const temp = `${cacheFile}.${process.pid}`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, cacheFile);
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // A folder that cannot be written has no temp file to remove.
    }
    return false;
  }
  try {
    for (const other of fs.readdirSync(folder)) {
      if (other.startsWith(prefix) && other.endsWith(CACHE_SUFFIX) && !other.startsWith(`${prefix}${build}-`)) fs.rmSync(path.join(folder, other), { force: true });
    }
  } catch {
    // An earlier cache that cannot be removed stays: its name is never this build's.
  }
  return true;
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
