// `npx tsx scripts/eval-zh.ts`: per-topic precision and recall of topic detection on the Chinese
// contract drafts in test/fixtures/zh (written in the language of the PRC model technology contracts;
// see expected.json), against the topics each is annotated with. Last line: micro precision, recall
// and F1 over every topic of every draft.
//   npx tsx scripts/eval-zh.ts --show    also print each miss (fn) and false alarm (fp) with its evidence
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, fromText } from '../src/core/review';
import { TOPIC_IDS, type TopicId } from '../src/core/topics';

const DIR = path.resolve(__dirname, '../test/fixtures/zh');

interface Expected {
  contracts: { file: string; present: TopicId[] }[];
}

const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Expected;
const show = process.argv.includes('--show');
const counts = new Map<TopicId, { tp: number; fp: number; fn: number; gold: number }>(TOPIC_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0, gold: 0 }]));

for (const c of expected.contracts) {
  const { ctx } = buildContext(fromText(readFileSync(path.join(DIR, c.file), 'utf8')));
  for (const id of TOPIC_IDS) {
    const gold = c.present.includes(id);
    const found = ctx.topics[id].present;
    const n = counts.get(id)!;
    if (gold) n.gold++;
    if (gold && found) n.tp++;
    else if (found) {
      n.fp++;
      if (show) console.log(`fp ${id} ${c.file}: ${ctx.topics[id].evidence.map((e) => e.text).join(' | ')}`);
    } else if (gold) {
      n.fn++;
      if (show) console.log(`fn ${id} ${c.file}`);
    }
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '   -' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);
console.log(`topic                   drafts  tp  fp  fn  precision  recall`);
let tp = 0;
let fp = 0;
let fn = 0;
for (const [id, n] of counts) {
  tp += n.tp;
  fp += n.fp;
  fn += n.fn;
  console.log(`${id.padEnd(24)}${String(n.gold).padStart(5)}${String(n.tp).padStart(4)}${String(n.fp).padStart(4)}${String(n.fn).padStart(4)}       ${pct(n.tp, n.tp + n.fp)}    ${pct(n.tp, n.tp + n.fn)}`);
}
const p = tp / (tp + fp);
const r = tp / (tp + fn);
console.log(`${expected.contracts.length} Chinese drafts: micro precision ${(100 * p).toFixed(1)}%, recall ${(100 * r).toFixed(1)}%, F1 ${((200 * p * r) / (p + r)).toFixed(1)}`);
