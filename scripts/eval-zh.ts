// `npx tsx scripts/eval-zh.ts`: per-topic precision and recall of topic detection on the Chinese
// contract drafts in test/fixtures/zh, against the topics each is annotated with (expected.json
// beside them). Two sets side by side: the seven drafts the Chinese detectors were written beside
// (dev) and four written after them (held-out, in held-out/), so fitting to the first set shows.
// The drafts are in the language of the PRC model technology contracts; see each expected.json.
// Last line: micro precision, recall and F1 over every topic of every draft of each set.
//   npx tsx scripts/eval-zh.ts --show    also print each miss (fn) and false alarm (fp) with its evidence
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, fromText } from '../src/core/review';
import { TOPIC_IDS, type TopicId } from '../src/core/topics';

const ROOT = path.resolve(__dirname, '../test/fixtures/zh');
const SETS = { dev: ROOT, 'held-out': path.join(ROOT, 'held-out') } as const;
type SetName = keyof typeof SETS;

interface Expected {
  contracts: { file: string; present: TopicId[] }[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  gold: number;
}

const show = process.argv.includes('--show');
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, gold: 0 });
const counts = new Map<TopicId, Record<SetName, Counts>>(TOPIC_IDS.map((id) => [id, { dev: zero(), 'held-out': zero() }]));
const drafts: Record<SetName, number> = { dev: 0, 'held-out': 0 };

for (const [set, dir] of Object.entries(SETS) as [SetName, string][]) {
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  drafts[set] = expected.contracts.length;
  for (const c of expected.contracts) {
    const { ctx } = buildContext(fromText(readFileSync(path.join(dir, c.file), 'utf8')));
    for (const id of TOPIC_IDS) {
      const gold = c.present.includes(id);
      const found = ctx.topics[id].present;
      const n = counts.get(id)![set];
      if (gold) n.gold++;
      if (gold && found) n.tp++;
      else if (found) {
        n.fp++;
        if (show) console.log(`fp ${id} ${set}/${c.file}: ${ctx.topics[id].evidence.map((e) => e.text).join(' | ')}`);
      } else if (gold) {
        n.fn++;
        if (show) console.log(`fn ${id} ${set}/${c.file}`);
      }
    }
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '   -' : `${((100 * a) / b).toFixed(0)}%`.padStart(4));
const cells = (n: Counts): string =>
  `${String(n.gold).padStart(3)}${String(n.tp).padStart(4)}${String(n.fp).padStart(4)}${String(n.fn).padStart(4)}   ${pct(n.tp, n.tp + n.fp)}  ${pct(n.tp, n.tp + n.fn)}`;
console.log(`${''.padEnd(24)}dev (${drafts.dev} drafts)               held-out (${drafts['held-out']} drafts)`);
console.log(`${'topic'.padEnd(24)}${'in  tp  fp  fn  prec   rec'.padEnd(30)}in  tp  fp  fn  prec   rec`);
const total: Record<SetName, Counts> = { dev: zero(), 'held-out': zero() };
for (const [id, bySet] of counts) {
  for (const set of Object.keys(SETS) as SetName[]) {
    total[set].tp += bySet[set].tp;
    total[set].fp += bySet[set].fp;
    total[set].fn += bySet[set].fn;
  }
  console.log(`${id.padEnd(24)}${cells(bySet.dev).padEnd(30)}${cells(bySet['held-out'])}`);
}
const summary = (set: SetName): string => {
  const { tp, fp, fn } = total[set];
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return `${set} precision ${(100 * p).toFixed(1)}%, recall ${(100 * r).toFixed(1)}%, F1 ${((200 * p * r) / (p + r)).toFixed(1)}`;
};
console.log(`Chinese drafts, micro over all topics: ${summary('dev')}; ${summary('held-out')}`);
