// `tsx scripts/own-sentences-corpus.ts [OUT.json]`: read-only, over the shared corpus's .docx files
// and real drafts, every fix the review offers (with no side, then as each side of the scenario it
// finds) whose clause keeps sentences on other subjects (core/fix/own-sentences.ts): the file, the
// rule, the quote, what the fix takes out and what it keeps, once each, for a reader to check the
// split. Prints a count per file; the list goes to OUT (default /tmp/own-sentences-corpus.json).
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../src/cli/library-files';
import { readDocument } from '../src/cli/commands/review';
import * as fixes from '../src/core/fix';
import { clauseSpan } from '../src/core/fix/clause-span';
import { ownSentences } from '../src/core/fix/own-sentences';
import { review, segment, type Playbooks } from '../src/core/review';
import { rolesOf } from '../src/core/scenarios';

const CORPUS = path.resolve(__dirname, '../../shared/corpus');

async function main(): Promise<void> {
  const out = process.argv[2] ?? '/tmp/own-sentences-corpus.json';
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in library does not validate');
  const library = loaded.library;
  const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
  const files = [
    ...readdirSync(path.join(CORPUS, 'realdrafts-dev/docs')).sort().map((f) => path.join(CORPUS, 'realdrafts-dev/docs', f)),
    ...readdirSync(path.join(CORPUS, 'docx')).filter((f) => f.endsWith('.docx')).sort().map((f) => path.join(CORPUS, 'docx', f)),
  ];
  const seen = new Set<string>();
  const splits: { file: string; rule: string; topic: string; quote: string; deleted: string[]; keeps: string[] }[] = [];
  for (const file of files) {
    const doc = await readDocument(file, 'en').catch(() => null);
    if (!doc) continue;
    const segments = segment(doc);
    const auto = review(doc, { library, playbooks });
    const results = [auto, ...(auto.scenario ? rolesOf(auto.scenario).map((role) => review(doc, { library, playbooks, scenario: auto.scenario!, role })) : [])];
    let n = 0;
    for (const result of results)
      for (const finding of result.findings) {
        const clicked = fixes.clickedFix(library, result, doc, finding, [], { locale: 'en', companyName: '' });
        if (clicked?.kind !== 'apply' || clicked.placement.kind !== 'part' || clicked.clause.beside) continue;
        const span = clauseSpan(doc, segments.sections, finding.evidence[0]!.paragraph, 'end');
        const own = ownSentences(doc, segments, span, finding, clicked.clause.topic);
        if (!own || JSON.stringify(own) !== JSON.stringify(clicked.placement.part)) continue;
        const key = `${file}|${JSON.stringify(own.deleted)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        n++;
        splits.push({ file: path.basename(file), rule: finding.rule, topic: clicked.clause.topic, quote: finding.evidence[0]!.text, deleted: own.deleted.map((d) => d.text), keeps: own.keeps });
      }
    if (n > 0) console.log(`${path.basename(file)}: ${n}`);
  }
  writeFileSync(out, JSON.stringify(splits, null, 1));
  console.log(`${files.length} files, ${splits.length} splits by own-sentences -> ${out}`);
}

void main();
