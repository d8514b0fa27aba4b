// `npx tsx scripts/drafting-severe.ts [--seed 1211] [--count 30] [--dir cuad-dev/text]`
// Issue 12's measure: every medium or high drafting or proofreading point the review raises on a
// corpus folder (the 202 CUAD dev contracts by default), counted per rule, then COUNT points for
// counsel to read: every medium or high point in an order drawn with the seed, and where there are
// fewer than COUNT, low points drawn at random (same seed) to make up the number. The draw is over
// points, not contracts: a busy rule is drawn as often as it fires.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { review } from '../src/core/review/engine';
import { fromText } from '../src/core/review/text';
import { arg, PROOFREADING, random } from './seeded';

const dir = path.resolve(__dirname, '../../shared/corpus', arg('--dir') ?? 'cuad-dev/text');
if (!existsSync(dir)) {
  console.log(`drafting-severe: skipped (no corpus at ${dir})`);
  process.exit(0);
}
const next = random(Number(arg('--seed') ?? 1211));
const count = Number(arg('--count') ?? 30);
const files = readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).sort();

interface Point {
  file: string;
  severity: string;
  rule: string;
  message: string;
  quotes: string[];
}
const points: Point[] = [];
const lows: Point[] = [];
const perRule = new Map<string, { points: number; contracts: Set<string> }>();
for (const f of files) {
  for (const x of review(fromText(readFileSync(path.join(dir, f), 'utf8')), { locale: 'en' }).findings) {
    if (x.kind !== 'drafting' && !PROOFREADING.has(x.rule)) continue;
    const p = { file: f, severity: x.severity, rule: x.rule, message: x.message, quotes: x.evidence.slice(0, 3).map((e) => e.text) };
    if (x.severity === 'low') {
      lows.push(p);
      continue;
    }
    points.push(p);
    const r = perRule.get(x.rule) ?? { points: 0, contracts: new Set<string>() };
    r.points++;
    r.contracts.add(f);
    perRule.set(x.rule, r);
  }
}
console.log(`${'rule'.padEnd(34)} ${'points'.padStart(6)} ${'contracts'.padStart(9)}`);
for (const [rule, r] of [...perRule].sort((a, b) => b[1].points - a[1].points)) {
  console.log(`${rule.padEnd(34)} ${String(r.points).padStart(6)} ${String(r.contracts.size).padStart(9)}`);
}
console.log(`\n${files.length} contracts, ${points.length} medium or high drafting points, ${lows.length} low`);
// Fisher-Yates over the points in file order: the draw depends on the seed alone.
function shuffle(list: Point[]): Point[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
[...shuffle(points), ...shuffle(lows)].slice(0, count).forEach((p, i) => {
  console.log(`\n#${i + 1} ${p.file}\n  ${p.severity} ${p.rule}: ${p.message}`);
  for (const q of p.quotes) console.log(`    > ${q.replace(/\s+/g, ' ').slice(0, 320)}`);
});
