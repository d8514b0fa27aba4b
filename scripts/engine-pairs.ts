// `tsx scripts/engine-pairs.ts BASE_ROOT NEW_ROOT [PAIRS] [KB,KB,...] [RULE_ID]`: the review engine of two
// checkouts, each bundled with esbuild from its own tree, loaded in one process and run in turn on
// the bench's agreement (the CUAD development texts joined in name order, cut to size; 300 KB by
// default, as bench/cli.bench.ts makes it), `--scenario sample-testing --side provider`. On a shared
// machine only the pairs' ratios mean much. With a rule id, only that rule's registry entry is timed,
// on a context built afresh (untimed) for each run, since readings are kept per context: it prints for each size the median CPU time of both builds, the
// median of the pairs' ratios (base / new) with their range, and the load average before and after.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { builtInReviewLibrary } from '../src/cli/built-in-library';

type Engine = typeof import('../src/core/review') & { REGISTRY: typeof import('../src/core/review/rules').REGISTRY };

const TEXTS = path.resolve(__dirname, '../../shared/corpus/cuad-dev/text');

function engine(root: string, name: string): Engine {
  const outfile = path.join(tmpdir(), `engine-pairs-${process.pid}-${name}.cjs`);
  buildSync({
    stdin: { contents: "export { review, fromText, buildContext } from './src/core/review'; export { REGISTRY } from './src/core/review/rules';", resolveDir: root, loader: 'ts' },
    absWorkingDir: root,
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Engine;
}

function agreement(bytes: number): string {
  const names = readdirSync(TEXTS).sort();
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const t = readFileSync(path.join(TEXTS, names[i % names.length]!), 'utf8');
    parts.push(t);
    size += t.length;
  }
  return parts.join('\n\n').slice(0, bytes);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

function main(): void {
  const [baseRoot, newRoot, pairsArg, sizesArg, ruleId] = process.argv.slice(2);
  if (!baseRoot || !newRoot) throw new Error('usage: tsx scripts/engine-pairs.ts BASE_ROOT NEW_ROOT [PAIRS] [KB,KB,...]');
  const pairs = Number(pairsArg ?? 21);
  const sizes = (sizesArg ?? '300').split(',').map((k) => Number(k) * 1000);
  const builds = [engine(path.resolve(baseRoot), 'base'), engine(path.resolve(newRoot), 'new')];
  const lib = builtInReviewLibrary();
  const options = { locale: 'en' as const, scenario: 'sample-testing' as never, role: 'provider' as never, ...(lib && { library: lib.fixSource, playbooks: lib.playbooks }) };
  console.log(`load before: ${load()}`);
  for (const bytes of sizes) {
    const text = agreement(bytes);
    const docs = builds.map((b) => b.fromText(text));
    // CPU time of the process, not wall time: on a loaded machine the wall clock counts the waits
    // for a core, which fall on either build by chance.
    const entries = builds.map((b) => b.REGISTRY.find((e) => e.rules[0]?.id === ruleId));
    if (ruleId && !entries.every(Boolean)) throw new Error(`no rule ${ruleId} in both builds`);
    const run = (i: number) => {
      const entry = entries[i];
      const ctx = entry && builds[i]!.buildContext(docs[i]!, options).ctx;
      const t = process.cpuUsage();
      if (entry) entry.check(ctx!);
      else builds[i]!.review(docs[i]!, options);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    // Warm-up: the first reviews compile the code and the patterns.
    for (let i = 0; i < 3; i++) [0, 1].forEach(run);
    const times: number[][] = [[], []];
    const ratios: number[] = [];
    for (let p = 0; p < pairs; p++) {
      // Turn about which goes first, so drift touches both alike.
      const order = p % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) times[i]!.push(run(i));
      ratios.push(times[0]![p]! / times[1]![p]!);
    }
    console.log(
      `${bytes / 1000} KB${ruleId ? ` ${ruleId}` : ''}: base ${median(times[0]!).toFixed(0)} ms, new ${median(times[1]!).toFixed(0)} ms, base/new median of ${pairs} pairs ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}), load ${load()}`,
    );
  }
}

main();
