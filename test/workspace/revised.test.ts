import { fixesFor } from '../../src/core/fix';
import { review } from '../../src/core/review';
import type { ProposedFix } from '../../src/host/standalone';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { acceptedFindings, numberedProposals } from '../../src/workspace/revised';
import { corpusBytes, HAVE_CORPUS, skipMessage } from '../io/corpus';
import { library, playbooks } from '../support/review-as-side';

const describeCorpus = HAVE_CORPUS ? describe : describe.skip;
skipMessage();

describeCorpus('the workspace’s proposal cards', () => {
  it('say the numbers the revised draft gives new clauses, whichever were proposed or taken back', async () => {
    const input = corpusBytes('contract_commonpaper_design_partner_agreement.docx');
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'joint-development', role: 'co-developer', playbooks, library });
    const missing = [...new Map(result.findings.filter((f) => f.kind === 'missing' && f.fix).map((f) => [f.fix!.clause, f])).values()];
    expect(missing.length).toBeGreaterThanOrEqual(4);
    const last = Math.max(...doc.paragraphs.map((p) => Number(/^(\d+)\.$/.exec(p.listLabel ?? '')?.[1] ?? 0)));
    // Proposed one at a time, later finding first, each rendered as the task pane renders it.
    const propose = (f: (typeof missing)[number]): ProposedFix => ({ findingId: f.id, paragraph: null, clause: fixesFor(library, result, doc, { fixing: [f] })(f.fix!)! });
    const proposals = [propose(missing[3]!), propose(missing[1]!)];
    expect(proposals.map((p) => p.clause.number)).toEqual([String(last + 1), String(last + 1)]);

    const none = new Set<string>();
    const shown = numberedProposals(doc, result, none, proposals);
    // In the review's order: the earlier finding's clause first.
    expect(shown.map((p) => [p.findingId, p.clause.number])).toEqual([
      [missing[3]!.id, String(last + 2)],
      [missing[1]!.id, String(last + 1)],
    ]);
    for (const p of shown) for (const para of p.clause.paragraphs) if (para.level === 1) expect(para.label.startsWith(`${p.clause.number}.`)).toBe(true);

    // The revised draft writes what the cards say.
    const out = await writeRedlineDocx({ docx: input, accepted: acceptedFindings(result, none, proposals) });
    const back = await readDocx(out.docx);
    for (const p of shown) {
      const applied = out.applied.find((a) => a.finding === p.findingId)!;
      const heading = back.paragraphs.find((q) => q.text === applied.paragraphs[0]);
      expect(heading?.listLabel).toBe(`${p.clause.number}.`);
      expect(applied.paragraphs[1]!.startsWith(`${p.clause.number}.1\t`)).toBe(true);
    }

    // One taken back, or its finding dismissed: the other moves up to the draft's next number.
    expect(numberedProposals(doc, result, none, [proposals[0]!])[0]!.clause.number).toBe(String(last + 1));
    expect(numberedProposals(doc, result, new Set([missing[1]!.id]), proposals)[0]!.clause.number).toBe(String(last + 1));
  });
});
