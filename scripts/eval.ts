// `npm run eval`: per-topic precision, recall and F1 of the review's topic detection on the real
// contracts in ../shared/corpus (CUAD dev and ContractNLI dev, mapping in its README), printed as a
// table with macro-F1 last. Documents alternate between a development half (even positions) and a
// held-out half (odd), reported side by side so overfitting to one half shows. Last, the real-drafts
// scorer's line over ../shared/corpus/realdrafts-dev (run `npm run build:cli` first: it runs lib/).
//   npm run eval                     the table
//   npm run eval -- --show fp:nda-19   also print false positives (or fn:) for one label, with evidence,
//                                       from the development half only, so the other half stays unseen
//   npm run eval -- --terms            also score IP Ownership Assignment from the ownership terms alone
//                                       (an assignment or vesting of any IP), and the share of documents
//                                       where only topic detection makes the label present; with
//                                       --show fn:terms (or fp:terms) the development half's misses
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext, fromText } from '../src/core/review';
import type { TopicId } from '../src/core/topics';
import type { ReviewContext } from '../src/core/review/context';

const CORPUS = path.resolve(__dirname, '../../shared/corpus');

interface Label {
  name: string;
  source: 'CUAD' | 'ContractNLI';
  topics: TopicId[];
}

const LABELS: Label[] = [
  { name: 'Exclusivity', source: 'CUAD', topics: ['exclusivity'] },
  { name: 'Joint IP Ownership', source: 'CUAD', topics: ['joint-ownership'] },
  { name: 'IP Ownership Assignment', source: 'CUAD', topics: ['foreground-ip', 'improvements'] },
  { name: 'Governing Law', source: 'CUAD', topics: ['governing-law'] },
  { name: 'nda-4', source: 'ContractNLI', topics: ['purpose-limitation'] },
  { name: 'nda-11', source: 'ContractNLI', topics: ['no-reverse-engineering'] },
  { name: 'nda-15', source: 'ContractNLI', topics: ['no-implied-license'] },
  { name: 'nda-16', source: 'ContractNLI', topics: ['return-or-destroy'] },
  { name: 'nda-19', source: 'ContractNLI', topics: ['survival'] },
];

interface Doc {
  source: Label['source'];
  name: string;
  text: string;
  /** Gold: label name → present; gold evidence for showing misses. */
  gold: Map<string, string[] | null>;
}

function loadCuad(): Doc[] {
  const dir = path.join(CORPUS, 'cuad-dev');
  const lines = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const row = JSON.parse(line) as { txt_file: string; labels: Record<string, { spans?: { text: string }[] }> };
    const byLower = new Map(Object.entries(row.labels).map(([k, v]) => [k.toLowerCase(), v]));
    const gold = new Map<string, string[] | null>();
    for (const l of LABELS.filter((x) => x.source === 'CUAD')) {
      const spans = byLower.get(l.name.toLowerCase())?.spans ?? [];
      gold.set(l.name, spans.length > 0 ? spans.map((s) => s.text) : null);
    }
    return { source: 'CUAD', name: row.txt_file, text: readFileSync(path.join(dir, 'text', row.txt_file), 'utf8'), gold };
  });
}

function loadContractNli(): Doc[] {
  type NliDoc = {
    file_name: string;
    text: string;
    spans: [number, number][];
    annotation_sets: { annotations: Record<string, { choice: string; spans: number[] }> }[];
  };
  const data = JSON.parse(readFileSync(path.join(CORPUS, 'contractnli-dev', 'dev.json'), 'utf8')) as { documents: NliDoc[] };
  return data.documents.map((d) => {
    const gold = new Map<string, string[] | null>();
    for (const l of LABELS.filter((x) => x.source === 'ContractNLI')) {
      const a = d.annotation_sets[0]!.annotations[l.name]!;
      gold.set(l.name, a.choice === 'NotMentioned' ? null : a.spans.map((i) => d.text.slice(d.spans[i]![0], d.spans[i]![1])));
    }
    return { source: 'ContractNLI', name: d.file_name, text: d.text, gold };
  });
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function main(): void {
  if (!existsSync(CORPUS)) {
    console.log(`eval: skipped (${CORPUS} not found)`);
    return;
  }
  const show = process.argv.find((a, i) => process.argv[i - 1] === '--show');
  const docs = [...loadCuad(), ...loadContractNli()];
  const counts = new Map<string, Counts[]>(LABELS.map((l) => [l.name, [0, 1].map(() => ({ tp: 0, fp: 0, fn: 0 }))]));
  const terms = { counts: { tp: 0, fp: 0, fn: 0 }, present: 0, detectorsOnly: 0 };
  let index = 0;
  for (const doc of docs) {
    const { ctx } = buildContext(fromText(doc.text));
    const half = index++ % 2;
    for (const l of LABELS.filter((x) => x.source === doc.source)) {
      const predicted = l.topics.some((t) => ctx.topics[t].present);
      const gold = doc.gold.get(l.name) ?? null;
      if (l.name === ASSIGNMENT_LABEL) {
        const byTerms = passesIp(ctx);
        if (byTerms && gold) terms.counts.tp++;
        else if (byTerms) terms.counts.fp++;
        else if (gold) terms.counts.fn++;
        if (predicted) terms.present++;
        if (predicted && !byTerms) terms.detectorsOnly++;
        if (half === 0 && show === 'fn:terms' && gold && !byTerms) {
          console.log(`FN (terms) ${doc.name}`);
          for (const g of gold) console.log(`   gold: ${g.slice(0, 400).replace(/\s+/g, ' ')}`);
        }
        if (half === 0 && show === 'fp:terms' && byTerms && !gold) {
          console.log(`FP (terms) ${doc.name}`);
          for (const c of passing(ctx)) console.log(`   [${c.verb} ${c.things.join(',')}] ${c.quote.text.slice(0, 400)}`);
        }
      }
      const c = counts.get(l.name)![half]!;
      if (predicted && gold) c.tp++;
      else if (predicted) c.fp++;
      else if (gold) c.fn++;
      if (half === 0 && show === `fp:${l.name}` && predicted && !gold) {
        console.log(`FP ${doc.name}`);
        for (const t of l.topics) for (const e of ctx.topics[t].evidence) console.log(`   [${t}] ${e.text.slice(0, 400)}`);
      }
      if (half === 0 && show === `fn:${l.name}` && !predicted && gold) {
        console.log(`FN ${doc.name}`);
        for (const g of gold) console.log(`   gold: ${g.slice(0, 400).replace(/\s+/g, ' ')}`);
      }
    }
  }
  const rows: string[] = [];
  rows.push(`${'label'.padEnd(26)} ${'topics'.padEnd(28)} ${'n'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'F1 dev'.padStart(7)} ${'F1 held'.padStart(8)}`);
  const macro = { all: [] as number[], dev: [] as number[], held: [] as number[] };
  const bySource = new Map<string, number[]>();
  for (const l of LABELS) {
    const [dev, held] = counts.get(l.name)!;
    const all = { tp: dev!.tp + held!.tp, fp: dev!.fp + held!.fp, fn: dev!.fn + held!.fn };
    const s = f1(all);
    const fd = f1(dev!).f;
    const fh = f1(held!).f;
    macro.all.push(s.f);
    macro.dev.push(fd);
    macro.held.push(fh);
    bySource.set(l.source, [...(bySource.get(l.source) ?? []), s.f]);
    const label = l.source === 'CUAD' ? l.name : `${l.name} (NLI)`;
    rows.push(
      `${label.padEnd(26)} ${l.topics.join(',').padEnd(28)} ${String(all.tp + all.fn).padStart(4)} ${s.p.toFixed(3).padStart(6)} ${s.r.toFixed(3).padStart(6)} ${s.f.toFixed(3).padStart(6)} ${fd.toFixed(3).padStart(7)} ${fh.toFixed(3).padStart(8)}`,
    );
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  for (const r of rows) console.log(r);
  console.log(
    `by source: ${[...bySource].map(([k, v]) => `${k} ${mean(v).toFixed(3)}`).join(', ')}; lowest label F1 ${Math.min(...macro.all).toFixed(3)}; ${docs.length} documents`,
  );
  console.log(
    `macro-F1 ${mean(macro.all).toFixed(3)} (development half ${mean(macro.dev).toFixed(3)}, held-out half ${mean(macro.held).toFixed(3)})`,
  );
  if (process.argv.includes('--terms')) {
    const s = f1(terms.counts);
    console.log(
      `${ASSIGNMENT_LABEL} from the terms alone: P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)}; scored present in ${terms.present} documents, ${terms.detectorsOnly} by topic detection alone`,
    );
  }
  realDrafts();
}

const ASSIGNMENT_LABEL = 'IP Ownership Assignment';

/** The ownership terms that pass intellectual property to a party: an assignment, or vesting. */
function passing(ctx: ReviewContext) {
  return (ctx.terms?.ownership ?? []).filter(
    (c) => (c.verb === 'assigns' || c.verb === 'vests') && c.things.some((t) => t !== 'goods' && t !== 'confidential-information'),
  );
}

function passesIp(ctx: ReviewContext): boolean {
  return passing(ctx).length > 0;
}

/**
 * Counsel's real drafts: the scorer beside the corpus runs the built command line over each agreement
 * (with the deal and side counsel fixed, then without) and prints its summary line.
 */
function realDrafts(): void {
  const scorer = path.join(CORPUS, 'realdrafts-dev', 'score.mjs');
  if (!existsSync(scorer)) return;
  const run = spawnSync(process.execPath, [scorer, '--project', path.resolve(__dirname, '..')], { encoding: 'utf8' });
  const summary = run.stdout.split('\n').find((line) => line.startsWith('realdrafts '));
  console.log(summary ?? `realdrafts: the scorer failed (exit ${run.status}): ${run.stderr.slice(0, 300)}`);
}

main();
