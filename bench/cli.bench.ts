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

    const bytes = names.reduce((n, f) => n + statSync(path.join(TEXTS, f)).size, 0);
    const batch = median([0, 1, 2].map(() => wallMs([BIN, 'review', TEXTS, ...SIDE, '--json'])));
    const mbps = bytes / 1e6 / (batch / 1000);
    const loadAfter = load();

    const measures: Measure[] = [
      { name: 'cli: floor (node start, read 300 KB, one keyword pass)', value: median(floor), unit: 'ms' },
      { name: 'cli: review one 300 KB agreement end to end (--json)', value: median(cli), unit: 'ms' },
      { name: 'cli: end to end / floor, median of paired runs', value: ratio, unit: 'x', target: '<= 2.0', ok: ratio <= 2, note: loadBefore },
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
