// The command line as a whole process, wall time, against the floor of any tool doing the job:
// start node, read the file, make one keyword pass over it. One 300 KB agreement end to end, and
// the 202 CUAD development texts as one batch (worker threads on every core available).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Bench, Measure } from '../scripts/bench';

const ROOT = path.resolve(__dirname, '..');
const TEXTS = path.resolve(ROOT, '../shared/corpus/cuad-dev/text');
const BIN = path.join(ROOT, 'bin/clausewright.js');
const AGREEMENT_BYTES = 300_000;
const RUNS = 7;
// The command line reviews only from a side; this one runs every rule.
const SIDE = ['--scenario', 'sample-testing', '--side', 'provider'];

const FLOOR = `const text = require('fs').readFileSync(process.argv[1], 'utf8');
let n = 0; for (const _ of text.matchAll(/\\b(?:confidential|licen[cs]e|terminat\\w*)\\b/gi)) n++;
process.stdout.write(n + '\\n');`;

/** Wall milliseconds of one run of the command. */
function wallMs(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The one-minute load average, printed with each figure: several programs may share the cores. */
const load = (): string => `load ${loadavg()[0]!.toFixed(1)}`;

/**
 * Where one review's time goes, from the command line's own phase marks (src/cli/phases.ts): the
 * agreement twice in one run (two files stay on the main thread, one after the other), so the
 * second review shows what the first pays for running first (compiling patterns and code).
 * Medians of wall milliseconds: start-up to the read, the first review, the second.
 */
function whereTimeGoes(agreement: string): { startUp: number; cold: number; warm: number } {
  const runs = Array.from({ length: 5 }, () => {
    const r = spawnSync(process.execPath, [BIN, 'review', agreement, agreement, ...SIDE, '--json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CLAUSEWRIGHT_PHASES: '1' },
    });
    const marks = [...r.stderr.toString().matchAll(/^phase (\w+)\s+([\d.]+) ms wall/gm)].map((m) => ({ name: m[1]!, ms: Number(m[2]) }));
    const at = (name: string, nth: number): number => {
      const mark = marks.filter((m) => m.name === name)[nth];
      if (!mark) throw new Error(`no phase mark "${name}" in: ${r.stderr.toString()}`);
      return mark.ms;
    };
    return { startUp: at('library', 0), cold: at('review', 0) - at('read', 0), warm: at('review', 1) - at('read', 1) };
  });
  return { startUp: median(runs.map((x) => x.startUp)), cold: median(runs.map((x) => x.cold)), warm: median(runs.map((x) => x.warm)) };
}

const bench: Bench = async () => {
  if (!existsSync(TEXTS)) return { skipped: `${TEXTS} not found` };
  // The bundle as users run it, from the current source.
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/build-cli.ts')], { cwd: ROOT, stdio: 'ignore' });

  const names = readdirSync(TEXTS).sort();
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-bench-'));
  try {
    const parts: string[] = [];
    for (let i = 0, size = 0; size < AGREEMENT_BYTES; i++) {
      const t = readFileSync(path.join(TEXTS, names[i % names.length]!), 'utf8');
      parts.push(t);
      size += t.length;
    }
    const agreement = path.join(dir, 'agreement.txt');
    writeFileSync(agreement, parts.join('\n\n').slice(0, AGREEMENT_BYTES));

    // Turn about, after a warm-up of each, so drift on a shared machine touches both alike.
    const loadBefore = load();
    const floor: number[] = [];
    const cli: number[] = [];
    wallMs(['-e', FLOOR, agreement]);
    wallMs([BIN, 'review', agreement, ...SIDE, '--json']);
    for (let i = 0; i < RUNS; i++) {
      floor.push(wallMs(['-e', FLOOR, agreement]));
      cli.push(wallMs([BIN, 'review', agreement, ...SIDE, '--json']));
    }
    const ratio = median(cli.map((c, i) => c / floor[i]!));

    const split = whereTimeGoes(agreement);

    const bytes = names.reduce((n, f) => n + statSync(path.join(TEXTS, f)).size, 0);
    const batch = median([0, 1, 2].map(() => wallMs([BIN, 'review', TEXTS, ...SIDE, '--json'])));
    const mbps = bytes / 1e6 / (batch / 1000);
    const loadAfter = load();

    const measures: Measure[] = [
      { name: 'cli: floor (node start, read 300 KB, one keyword pass)', value: median(floor), unit: 'ms' },
      { name: 'cli: review one 300 KB agreement end to end (--json)', value: median(cli), unit: 'ms' },
      { name: 'cli: end to end / floor, median of paired runs', value: ratio, unit: 'x', target: '<= 2.0', ok: ratio <= 2, note: loadBefore },
      { name: 'cli: of the end to end, start-up before the read', value: split.startUp, unit: 'ms', note: 'node, bundle, modules, library' },
      { name: 'cli: of the end to end, the review itself', value: split.cold, unit: 'ms', note: 'first review in the process' },
      { name: 'cli: the same review again in the same process', value: split.warm, unit: 'ms', note: 'what first-run cost leaves out' },
      {
        name: 'cli: batch throughput over CUAD dev texts',
        value: mbps,
        unit: 'MB/s',
        target: '>= 6 MB/s',
        ok: mbps >= 6,
        note: `${names.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${(batch / 1000).toFixed(2)} s, ${availableParallelism()} cores, ${loadAfter}`,
      },
    ];
    return measures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
