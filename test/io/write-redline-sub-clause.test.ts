import { readDocx } from '../../src/io';
import { fixesFor } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { numberedDraft, type DraftLine } from '../fixtures/io/numbered-draft';
import { DRAFT } from '../fixtures/io/sample-evaluation';
import { HAVE_SOFFICE } from './libreoffice-settle';
import { expectNumbersSettled, flat, library, ourLabels, playbooks } from './redline-numbers';

/**
 * The sample evaluation draft whose 3.2 lists what happens when it ends as lettered sub-clauses on
 * separate terms: paying the last invoices, returning the samples (with no deadline, which the
 * review raises), and returning each other's documents.
 */
const PAY = 'the Evaluator shall pay any invoice of the Provider then outstanding within 30 days;';
const RETURN = 'after this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time, and shall certify to the Provider in writing that it has done so; and';
const DOCUMENTS = "each Party shall return the other Party's documents.";
const LISTED: DraftLine[] = [
  ...DRAFT.slice(0, 9),
  [1, 'This Agreement starts on the date above and ends six months later.'],
  [1, 'When this Agreement ends:'],
  [2, PAY],
  [2, RETURN],
  [2, DOCUMENTS],
  [1, 'Sections 3 and 5 survive the end of this Agreement.'],
  ...DRAFT.slice(14),
];
const gone = (i: number): boolean => LISTED[i]![1] === RETURN;

describe('a fix for a lettered sub-clause of a clause that lists separate terms', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  let fix: string[];
  beforeAll(async () => {
    input = await numberedDraft(LISTED);
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
    const returns = result.findings.filter((f) => f.topic === 'return-or-destroy' && f.fix);
    expect(returns.map((f) => f.section)).toEqual(['3.2(b)']);
    const fixes = fixesFor(library, result, doc);
    out = await writeRedlineDocx({ docx: input, accepted: returns.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
    fix = out.applied[0]!.paragraphs;
  });

  it('replaces that sub-clause alone: the payment and documents sub-clauses stay, and the fix follows the clause as 3.2.1 on', async () => {
    expect(out.applied).toEqual([expect.objectContaining({ keeps: ['3.2(a)', '3.2(c)'] })]);
    expect(fix[0]!.startsWith('3.2.1\t')).toBe(true);
    const read = await ourLabels(out.docx);
    const texts = read.map((p) => p.text);
    expect(texts).not.toContain(flat(RETURN));
    const lead = texts.indexOf('When this Agreement ends:');
    expect(read.slice(lead, lead + 3)).toEqual([
      { text: 'When this Agreement ends:', label: '3.2' },
      { text: flat(PAY), label: '(a)' },
      { text: flat(DOCUMENTS), label: '(b)' },
    ]);
    expect(texts.slice(lead + 3, lead + 3 + fix.length)).toEqual(fix.map(flat));
    expect(read[lead + 3 + fix.length]).toEqual({ text: 'Sections 3 and 5 survive the end of this Agreement.', label: '3.3' });
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives the draft back on Reject and, on Accept, keeps every other paragraph’s number, read by our reader, mammoth and LibreOffice',
    async () => {
      // With the return sub-clause gone, Word's list letters the documents one (b).
      const accepted = await expectNumbersSettled(input, out.docx, LISTED, gone, true, (i) => (LISTED[i]![1] === DOCUMENTS ? '(b)' : undefined));
      const texts = (await ourLabels(accepted)).map((p) => p.text);
      const at = texts.indexOf(flat(DOCUMENTS));
      expect(texts.slice(at + 1, at + 1 + fix.length)).toEqual(fix.map(flat));
    },
    600_000,
  );
});
