// `npx tsx scripts/unseen-sample.ts [--sample docs/unseen-sample-1205.json] [--draw [--source contractnli] [--seed 2026] [--count 15]]`
// A small honest measure on contracts the rules were not written against (issue 12). From the CUAD
// texts in ../shared/corpus it leaves out every contract named anywhere in the repository (tests,
// scripts, docs, sources, the library, the git log), the CUAD copies of the real drafts, and the
// first 40 contracts the drafting sample draws with its seed; keeps the kinds of deal the product
// reviews (development, licence, supply, distribution, collaboration...), and draws COUNT of them
// with a fixed seed. --draw prints such a draw, to start a new sample. Without it, the contracts
// counsel read (pinned in docs/unseen-sample.json, as drawn on 5 December 2026, or the pinned file
// --sample names, such as the second draw in docs/unseen-sample-1205.json) are each reviewed
// under the scenario and side counsel chose, and every medium or high finding is printed beside
// counsel's verdict there ("keep" or "dismiss", with why), with the totals. The draw is pinned
// because naming a contract anywhere in the repository (as the note on this sample does) takes it
// out of later draws. A reading with `"source": "contractnli"` names one of the ContractNLI NDAs
// (by its file name in dev.json) instead of a CUAD text; `--draw --source contractnli` draws those.
// `"source": "standard-terms"` names a published standard form's Markdown in ../shared/corpus/standard-terms,
// and `"source": "docx"` a Word file in ../shared/corpus/docx, read as the command line reads it.
// `"source": "github"` names an agreement found in a public GitHub repository, kept in ../unseen-gh
// or the `folder` it names, such as ../unseen-gh2 (never committed); its `from` field says where to
// fetch it again (docs/unseen-sample-gh-1207.md).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../src/cli/commands/review';
import { loadLibraryDir } from '../src/cli/library-files';
import { review, type Playbooks } from '../src/core/review/engine';
import { fromText } from '../src/core/review/text';
import type { RoleId, ScenarioId } from '../src/core/scenarios';
import { arg } from './seeded';
import { CUAD as dir, DOCX, drawIfAsked, githubFile, ndaTexts, ROOT, STANDARD_TERMS, type Source } from './unseen';

if (!existsSync(dir)) {
  console.log(`unseen-sample: skipped (no corpus at ${dir})`);
  process.exit(0);
}

drawIfAsked(2026);

interface Reading {
  file: string;
  /** Where the file is: a CUAD text (the default) or a ContractNLI NDA by its file name. */
  source?: Source;
  /** For a GitHub draw kept elsewhere than ../unseen-gh: the folder beside the repository. */
  folder?: string;
  scenario: ScenarioId;
  side: RoleId;
  /** Our company's name as the draft writes it, as a user gives it with --our-party, where the draft names its parties only by name. */
  ourParty?: string;
  /** Counsel's verdict on each medium or high finding, by "rule/topic" (or rule id alone). */
  verdicts: Record<string, { verdict: 'keep' | 'dismiss'; why: string }>;
  /** What counsel would raise that the review does not, in counsel's words. */
  misses: string[];
}
const readings: Reading[] = JSON.parse(readFileSync(path.join(ROOT, arg('--sample') ?? 'docs/unseen-sample.json'), 'utf8'));
const loaded = loadLibraryDir();
const playbooks: Playbooks = {};
if (loaded.ok) for (const sc of loaded.library.scenarios) playbooks[sc.id] = sc.playbook as Playbooks[typeof sc.id];

const ndas = readings.some((r) => r.source === 'contractnli') ? ndaTexts() : new Map<string, string>();
/** A Word file is read as the command line reads it; a standard form's Markdown as plain text. */
async function docOf(r: Reading): Promise<ReturnType<typeof fromText>> {
  if (r.source === 'docx') return readDocument(path.join(DOCX, r.file), 'en');
  if (r.source === 'standard-terms') return fromText(readFileSync(path.join(STANDARD_TERMS, r.file), 'utf8'));
  if (r.source === 'github') return fromText(readFileSync(githubFile(r.file, r.folder), 'utf8'));
  return fromText(textOf(r));
}
function textOf(r: Reading): string {
  if (r.source !== 'contractnli') return readFileSync(path.join(dir, r.file), 'utf8');
  const text = ndas.get(r.file);
  if (text === undefined) throw new Error(`unseen-sample: no ContractNLI NDA named ${r.file}`);
  return text;
}

// Word files are read asynchronously, as the command line reads them; all before the first review.
void Promise.all(readings.map(docOf)).then((docs) => {
  let kept = 0;
  let dismissed = 0;
  let unread = 0;
  let misses = 0;
  for (const r of readings) {
    const f = r.file;
    const result = review(docs[readings.indexOf(r)]!, {
      scenario: r.scenario,
      role: r.side,
      ...(r.ourParty ? { companyName: r.ourParty } : {}),
      ...(loaded.ok ? { library: loaded.library, playbooks } : {}),
      locale: 'en',
    });
    console.log(`\n# ${f} (${r.scenario}, ${r.side}${r.ourParty ? `, our party ${r.ourParty}` : ''})`);
    for (const x of result.findings.filter((y) => y.severity === 'medium' || y.severity === 'high')) {
      const v = r.verdicts[`${x.rule}/${x.topic}`] ?? r.verdicts[x.rule];
      if (v?.verdict === 'keep') kept++;
      else if (v?.verdict === 'dismiss') dismissed++;
      else unread++;
      console.log(`  [${x.severity}] ${x.rule}/${x.topic}: ${x.message}\n    ${v ? `${v.verdict}: ${v.why}` : 'NOT READ'}`);
      for (const e of x.evidence.slice(0, 1)) console.log(`    > ${e.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
    for (const m of r.misses) console.log(`  missed: ${m}`);
    misses += r.misses.length;
  }
  const total = kept + dismissed;
  console.log(
    `\nunseen-sample: ${readings.length} contracts, ${total + unread} medium/high findings, kept ${kept}/${total}${total ? ` (${Math.round((100 * kept) / total)}%)` : ''}${unread ? `, ${unread} not read` : ''}; ${misses} misses noted by counsel`,
  );
});
