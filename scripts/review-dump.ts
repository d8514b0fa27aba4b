// `tsx scripts/review-dump.ts ROOT OUT.jsonl`: the JSON of every review of the shared corpus (CUAD
// dev texts, the real drafts, the .docx files) by the checkout at ROOT, one line per review: with
// no side, then as each side of the scenario it finds (or the drafts' expected scenario and side).
// Two checkouts' dumps compared with `cmp` show a change that should not move a finding did not.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CORPUS = path.resolve(__dirname, '../../shared/corpus');

async function main(): Promise<void> {
  const [rootArg, out] = process.argv.slice(2);
  if (!rootArg || !out) throw new Error('usage: tsx scripts/review-dump.ts ROOT OUT.jsonl');
  const root = path.resolve(rootArg);
  const core = (await import(path.join(root, 'src/core/review'))) as typeof import('../src/core/review');
  const scenarios = (await import(path.join(root, 'src/core/scenarios'))) as typeof import('../src/core/scenarios');
  const cli = (await import(path.join(root, 'src/cli/commands/review'))) as typeof import('../src/cli/commands/review');
  const lib = (await import(path.join(root, 'src/cli/built-in-library'))) as typeof import('../src/cli/built-in-library');
  const fromLib = lib.builtInReviewLibrary();
  const base = { locale: 'en' as const, ...(fromLib && { library: fromLib.fixSource, playbooks: fromLib.playbooks }) };

  const expect = JSON.parse(readFileSync(path.join(CORPUS, 'realdrafts-dev/expect.json'), 'utf8')) as {
    documents: { file: string; scenario?: string; side?: string }[];
  };
  const files = [
    ...readdirSync(path.join(CORPUS, 'cuad-dev/text')).sort().map((f) => path.join(CORPUS, 'cuad-dev/text', f)),
    ...readdirSync(path.join(CORPUS, 'realdrafts-dev/docs')).sort().map((f) => path.join(CORPUS, 'realdrafts-dev/docs', f)),
    ...readdirSync(path.join(CORPUS, 'docx')).filter((f) => f.endsWith('.docx')).sort().map((f) => path.join(CORPUS, 'docx', f)),
  ];
  const lines: string[] = [];
  for (const file of files) {
    let doc;
    try {
      doc = await cli.readDocument(file, 'en');
    } catch (err) {
      lines.push(JSON.stringify({ file, error: (err as Error).message }));
      continue;
    }
    const auto = core.review(doc, base);
    lines.push(JSON.stringify({ file, auto }));
    for (const role of auto.scenario ? scenarios.rolesOf(auto.scenario) : []) {
      lines.push(JSON.stringify({ file, role, result: core.review(doc, { ...base, role }) }));
    }
    const expected = expect.documents.find((d) => d.file === path.basename(file));
    if (expected?.scenario && expected.side) {
      const options = { ...base, scenario: expected.scenario as never, role: expected.side as never };
      lines.push(JSON.stringify({ file, expected, result: core.review(doc, options) }));
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${files.length} files, ${lines.length} reviews -> ${out}`);
}

void main();
