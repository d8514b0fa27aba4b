import JSZip from 'jszip';
import { fixesFor } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { t } from '../../src/core/i18n';
import { numberedDraft, type DraftLine } from '../fixtures/io/numbered-draft';
import { DRAFT } from '../fixtures/io/sample-evaluation';
import { library, playbooks } from './redline-numbers';

// A clause whose heading lists three subjects, each in sentences of its own: the feedback fix's
// tracked deletion holds the feedback sentences and nothing of the usage-data or publicity terms.

const FEEDBACK = 'The Evaluator may give the Provider suggestions and comments about the Samples ("Feedback"). The Provider may use all Feedback freely without any restriction or obligation.';
const USAGE = 'The Provider may record how the Samples perform in the Evaluator’s tests ("Usage Data"). The Provider may share Usage Data with others only in aggregate form that does not identify the Evaluator.';
const PUBLICITY = 'Neither party may issue Publicity naming the other party without that party’s prior written consent.';

const draft = (heading: string): DraftLine[] => [
  ...DRAFT.slice(0, 4),
  [0, 'Evaluation'],
  [1, 'The Evaluator shall test the Samples in its vehicle prototypes and shall not reverse engineer them.'],
  [1, `${heading}. ${FEEDBACK} ${USAGE} ${PUBLICITY}`],
  [1, 'Each party bears its own costs of the evaluation.'],
  ...DRAFT.slice(-2),
];

/** The text of a redline's tracked deletions, and the text it keeps (neither deleted nor inserted). */
async function deletedAndKept(docx: Uint8Array): Promise<{ deleted: string; kept: string }> {
  const xml = await new JSZip().loadAsync(docx).then((z) => z.file('word/document.xml')!.async('string'));
  // A run's change (not a paragraph mark's, which is an empty element).
  const change = (tag: string) => new RegExp(`<w:${tag}\\b[^>]*[^/]>[\\s\\S]*?</w:${tag}>`, 'g');
  const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1]).join('');
  const rest = xml.replace(change('del'), '').replace(change('ins'), '');
  return { deleted, kept: [...rest.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') };
}

describe('a redline of a feedback fix in a clause headed with three subjects', () => {
  it.each(['Feedback, Usage Data and Publicity', 'Feedback, Usage Data, and Publicity', 'Feedback and Usage Data and Publicity'])(
    'heading "%s": deletes the feedback sentences and keeps the usage-data and publicity ones',
    async (heading) => {
      const input = await numberedDraft(draft(heading));
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', playbooks, library });
      const feedback = result.findings.filter((f) => f.topic === 'feedback' && f.fix);
      expect(feedback).toHaveLength(1);
      const fixes = fixesFor(library, result, doc);
      const out = await writeRedlineDocx({ docx: input, accepted: feedback.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-07T10:00:00Z') });
      expect(out.applied).toEqual([expect.objectContaining({ keeps: expect.arrayContaining(['Usage Data', 'Publicity']) })]);
      const { deleted, kept } = await deletedAndKept(out.docx);
      expect(deleted).toContain('The Provider may use all Feedback freely');
      expect(deleted).not.toContain('Usage Data');
      expect(deleted).not.toContain('Publicity');
      expect(kept).toContain(`${heading}.`);
      expect(kept).toContain(USAGE);
      expect(kept).toContain(PUBLICITY);
    },
  );
});

describe('a redline of a feedback fix in a clause of three subjects it cannot tell apart', () => {
  it('deletes nothing of the clause, puts the fix after it, and its comment says why', async () => {
    const heading = 'Feedback, Usage Data and Publicity';
    const input = await numberedDraft([
      ...DRAFT.slice(0, 4),
      [0, 'Evaluation'],
      [1, 'The Evaluator shall test the Samples in its vehicle prototypes and shall not reverse engineer them.'],
      [1, `${heading}. The Provider may use all Feedback and Usage Data freely and may name the Evaluator in its Publicity, without any restriction or obligation.`],
      [1, 'Each party bears its own costs of the evaluation.'],
      ...DRAFT.slice(-2),
    ]);
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', playbooks, library });
    const feedback = result.findings.filter((f) => f.topic === 'feedback' && f.fix);
    expect(feedback).toHaveLength(1);
    const fixes = fixesFor(library, result, doc);
    const out = await writeRedlineDocx({ docx: input, accepted: feedback.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-07T10:00:00Z') });
    expect(out.applied).toEqual([expect.objectContaining({ keeps: ['Usage Data', 'Publicity'] })]);
    expect((await deletedAndKept(out.docx)).deleted).toBe('');
    const comments = await new JSZip().loadAsync(out.docx).then((z) => z.file('word/comments.xml')!.async('string'));
    const said = [...comments.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(said).toContain(t('en', 'fix.placed.untold', { subjects: 'Usage Data and Publicity' }));
  });
});

