import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { clickedFix } from '../../src/core/fix/clicked';
import { review } from '../../src/core/review';
import type { ProposedFix } from '../../src/host/standalone';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { acceptedFindings, numberedProposals } from '../../src/workspace/revised';
import { library, playbooks } from '../support/review-as-side';

// The supplier's evaluation agreement of test/cli/issues-redline-labels.test.ts: our fix for the
// results lock and the benchmark ban goes in after the draft's 3.1 as 3.2 to 3.8, and shares
// "Affiliate" with the confidentiality fix, which defines it for both.
const LINES = readFileSync(path.join(__dirname, '../fixtures/carve-out/evaluation.txt'), 'utf8').split('\n').filter((l) => l.trim());
const SHARED = /In Sections? [\d. a-z,]{1,40}, "Affiliate"/;

describe('the workspace’s proposal cards', () => {
  it('cite a shared definition’s sections by the labels they go in under, as the revised draft does', async () => {
    const input = await Packer.toBuffer(new Document({ sections: [{ children: LINES.map((l) => new Paragraph(l)) }] }));
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', playbooks, library });
    const open = result.findings;
    // Each point clicked as the task pane clicks it: the clause numbered the draft's way for its place.
    const proposals = open.flatMap((f): ProposedFix[] => {
      const clicked = clickedFix(library, result, doc, f, open, { locale: 'en' });
      return clicked?.kind === 'apply' ? [{ findingId: f.id, paragraph: f.evidence[0]?.paragraph ?? null, clause: clicked.clause }] : [];
    });
    const cards = numberedProposals(doc, result, new Set(), proposals).flatMap((p) => p.clause.paragraphs.map((q) => q.text));
    const out = await writeRedlineDocx({ docx: input, accepted: acceptedFindings(result, new Set(), proposals) });
    const written = out.applied.flatMap((a) => a.paragraphs);
    const shared = (texts: readonly string[]) => texts.flatMap((t) => SHARED.exec(t)?.[0] ?? []);
    expect(shared(written)).toEqual(['In Sections 1.2 and 3.2 to 3.8, "Affiliate"']);
    expect(shared(cards)).toEqual(shared(written));
  }, 60_000);
});
