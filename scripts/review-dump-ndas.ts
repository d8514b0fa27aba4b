// `tsx scripts/review-dump-ndas.ts ROOT OUT.jsonl`: beside review-dump.ts, the JSON of every review
// of the ContractNLI NDAs the unseen samples name (docs/unseen-sample*.json), by the checkout at ROOT,
// under the scenario and side counsel chose and with no side. The CUAD texts those samples name are
// in review-dump.ts's output already. Then every ContractNLI development NDA, with no side and as
// each side of the scenario found. Two checkouts' dumps compared with `cmp` show a speed change
// moved no finding.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ndaTexts } from './unseen';

async function main(): Promise<void> {
  const [rootArg, out] = process.argv.slice(2);
  if (!rootArg || !out) throw new Error('usage: tsx scripts/review-dump-ndas.ts ROOT OUT.jsonl');
  const root = path.resolve(rootArg);
  const core = (await import(path.join(root, 'src/core/review'))) as typeof import('../src/core/review');
  const scenarios = (await import(path.join(root, 'src/core/scenarios'))) as typeof import('../src/core/scenarios');
  const lib = (await import(path.join(root, 'src/cli/built-in-library'))) as typeof import('../src/cli/built-in-library');
  const fromLib = lib.builtInReviewLibrary();
  const base = { locale: 'en' as const, ...(fromLib && { library: fromLib.fixSource, playbooks: fromLib.playbooks }) };
  const docs = path.join(root, 'docs');
  const readings = readdirSync(docs)
    .filter((f) => /^unseen-sample.*\.json$/.test(f))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(path.join(docs, f), 'utf8')) as { file: string; source?: string; scenario: string; side: string }[])
    .filter((r) => r.source === 'contractnli');
  const texts = ndaTexts();
  const lines: string[] = [];
  for (const r of readings) {
    const text = texts.get(r.file);
    if (text === undefined) throw new Error(`no ContractNLI NDA named ${r.file}`);
    const doc = core.fromText(text);
    lines.push(JSON.stringify({ file: r.file, auto: core.review(doc, base) }));
    lines.push(JSON.stringify({ file: r.file, side: r.side, result: core.review(doc, { ...base, scenario: r.scenario as never, role: r.side as never }) }));
  }
  for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const doc = core.fromText(text);
    const auto = core.review(doc, base);
    lines.push(JSON.stringify({ file, all: true, auto }));
    for (const role of auto.scenario ? scenarios.rolesOf(auto.scenario) : []) lines.push(JSON.stringify({ file, role, result: core.review(doc, { ...base, role }) }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${readings.length} readings, ${texts.size} NDAs, ${lines.length} reviews -> ${out}`);
}

void main();
