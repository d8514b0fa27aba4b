// `npx tsx scripts/drafting-unseen.ts [--sample docs/drafting-unseen-2612.json] [--draw [--outside-scope] [--seed 1212] [--count 15]]`
// The drafting and proofreading points on contracts the rules were not written against (issue 12).
// It draws from the same unseen CUAD contracts as scripts/unseen-sample.ts (nothing in the
// repository, the git log or the corpus sources names them, and the drafting sample did not draw
// them), which also leaves out the 15 that sample pinned, as its note names them. --draw prints a
// draw. Without it, the contracts counsel read (pinned in docs/drafting-unseen.json, drawn with
// seed 1212 on 5 December 2026) are each reviewed under the scenario and side counsel chose, and
// EVERY drafting or proofreading point, of any severity, is printed beside counsel's verdict
// ("keep" or "dismiss", with why), with precision by severity. A verdict belongs to a finding's rule
// and exact message, so a rule change that alters what a finding says shows it as NOT READ, counted
// apart, until someone reads it again. --sample reads another pinned draw (docs/drafting-unseen-2612.json,
// seed 2612, docs/drafting-unseen-512.json, seed 512, docs/drafting-unseen-1205.json, seed 1205, and
// docs/drafting-unseen-1206.json, seed 1206, each read before any fix was made for it). --outside-scope
// draws from the unseen contracts of every other kind (sponsorships, franchises, transportation ...):
// drafting points are points of any commercial contract, and the in-scope pool is nearly spent.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadLibraryDir } from '../src/cli/library-files';
import { review, type Playbooks } from '../src/core/review/engine';
import { fromText } from '../src/core/review/text';
import type { RoleId, ScenarioId } from '../src/core/scenarios';
import { arg, PROOFREADING } from './seeded';
import { CUAD, drawIfAsked, githubFile, ROOT, type Source } from './unseen';

if (!existsSync(CUAD)) {
  console.log(`drafting-unseen: skipped (no corpus at ${CUAD})`);
  process.exit(0);
}

drawIfAsked(1212);


interface Verdict {
  rule: string;
  message: string;
  verdict: 'keep' | 'dismiss';
  why: string;
}
interface Reading {
  file: string;
  /** A CUAD text (the default), or an agreement from a public GitHub repository kept in ../unseen-gh. */
  source?: Source;
  /** For a GitHub draw kept elsewhere than ../unseen-gh: the folder beside the repository. */
  folder?: string;
  scenario: ScenarioId;
  side: RoleId;
  verdicts: Verdict[];
  /** Drafting points counsel saw while reading that the review does not raise. */
  misses: string[];
}
const readings: Reading[] = JSON.parse(readFileSync(path.join(ROOT, arg('--sample') ?? 'docs/drafting-unseen.json'), 'utf8'));
const loaded = loadLibraryDir();
const playbooks: Playbooks = {};
if (loaded.ok) for (const sc of loaded.library.scenarios) playbooks[sc.id] = sc.playbook as Playbooks[typeof sc.id];

const tally = new Map<string, { kept: number; dismissed: number; unread: number }>();
let misses = 0;
for (const r of readings) {
  const result = review(fromText(readFileSync(r.source === 'github' ? githubFile(r.file, r.folder) : path.join(CUAD, r.file), 'utf8')), {
    scenario: r.scenario,
    role: r.side,
    ...(loaded.ok ? { library: loaded.library, playbooks } : {}),
    locale: 'en',
  });
  console.log(`\n# ${r.file} (${r.scenario}, ${r.side})`);
  for (const x of result.findings.filter((y) => y.kind === 'drafting' || PROOFREADING.has(y.rule))) {
    const v = r.verdicts.find((y) => y.rule === x.rule && y.message === x.message);
    const t = tally.get(x.severity) ?? { kept: 0, dismissed: 0, unread: 0 };
    tally.set(x.severity, t);
    if (v?.verdict === 'keep') t.kept++;
    else if (v?.verdict === 'dismiss') t.dismissed++;
    else t.unread++;
    console.log(`  [${x.severity}] ${x.rule}: ${x.message}\n    ${v ? `${v.verdict}: ${v.why}` : 'NOT READ'}`);
    for (const e of x.evidence.slice(0, 2)) console.log(`    > ${e.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  for (const m of r.misses) console.log(`  missed: ${m}`);
  misses += r.misses.length;
}
const share = (k: number, d: number) => `${k}/${k + d}${k + d ? ` (${Math.round((100 * k) / (k + d))}%)` : ''}`;
const rows = ['high', 'medium', 'low'].filter((s) => tally.has(s)).map((s) => `${s} ${share(tally.get(s)!.kept, tally.get(s)!.dismissed)}`);
const sum = [...tally.values()].reduce((a, t) => ({ kept: a.kept + t.kept, dismissed: a.dismissed + t.dismissed, unread: a.unread + t.unread }), { kept: 0, dismissed: 0, unread: 0 });
console.log(
  `\ndrafting-unseen: ${readings.length} contracts, ${sum.kept + sum.dismissed + sum.unread} drafting points; kept ${rows.join(', ')}; all ${share(sum.kept, sum.dismissed)}; ${sum.unread} not read; ${misses} misses noted by counsel`,
);
