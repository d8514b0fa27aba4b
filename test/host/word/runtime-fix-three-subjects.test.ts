import type { DocModel } from '../../../src/core/document';
import type { Finding } from '../../../src/core/findings';
import { fixPlacement } from '../../../src/core/fix';
import { say } from '../../../src/core/i18n';
import { segment } from '../../../src/core/review';
import { createWordHost } from '../../../src/host/word';
import { FEEDBACK_FIX, freeFeedbackFinding } from '../../support/feedback-fix';
import { FakeWord } from '../../support/fakeWord';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';

// A clause headed with three subjects, open in Word: the feedback fix takes out only the feedback
// sentences, the usage-data and publicity ones stay (as the redline does). Where one sentence speaks
// of all three, the subjects cannot be told apart: nothing of the clause goes, the fix follows it,
// and Word's answer says why, in English and Chinese.

const HEADING = 'Feedback, Usage Data and Publicity.';
const FEEDBACK = 'Customer may give Provider suggestions and comments about the Service ("Feedback"). Provider may use all Feedback freely without any restriction or obligation. ';
const USAGE = 'Provider may collect data on how the Service is used ("Usage Data") and may disclose Usage Data only in aggregate form that does not identify Customer. ';
const PUBLICITY = 'Neither party may issue Publicity naming the other party without its prior written consent.';
const TOLD = `${HEADING}  ${FEEDBACK}${USAGE}${PUBLICITY}`;
const UNTOLD = `${HEADING}  Provider may use all Feedback and Usage Data freely, and may name Customer in its Publicity, without any restriction or obligation.`;

const seeds = (clause: string): ParagraphSeed[] => [
  { text: 'Pilot Agreement', style: 'Title' },
  { text: 'Pilot Access', list: { label: '1.', level: 0 } },
  { text: 'Access and Use.  During the Pilot Period, Customer may use the Product for its internal evaluation of the Product.', list: { label: '1.1', level: 1 } },
  { text: clause, list: { label: '1.2', level: 1 } },
  { text: 'Restrictions.  Customer shall not reverse engineer, decompile or disassemble the Product.', list: { label: '1.3', level: 1 } },
];

function findingOn(doc: DocModel, clause: string): Finding {
  const paragraph = doc.paragraphs.findIndex((p) => p.text === clause);
  const quote = 'Provider may use all Feedback';
  const start = clause.indexOf(quote);
  return freeFeedbackFinding(paragraph, start, quote);
}

const RUNTIMES = [
  ['over the real Office.js runtime', (s: ParagraphSeed[]) => {
    const r = realRuntimeWord(s, '1.4');
    return { api: r.api, doc: r.word.doc };
  }],
  ['over the fake Word', (s: ParagraphSeed[]) => {
    const f = new FakeWord(s, '1.4');
    return { api: f.api, doc: f.doc };
  }],
] as const;

describe.each(RUNTIMES)('applyFix of the feedback fix in a clause headed "Feedback, Usage Data and Publicity", %s', (_case, make) => {
  async function apply(clause: string) {
    const { api, doc } = make(seeds(clause));
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const finding = findingOn(read.value, clause);
    const placement = fixPlacement(read.value, segment(read.value), finding, FEEDBACK_FIX);
    return { doc, placement, result: await host.applyFix(finding, FEEDBACK_FIX, placement), at: doc.paragraphs.findIndex((p) => p.text === clause) };
  }

  it('takes out only the feedback sentences; the usage-data and publicity ones stay, the fix after them', async () => {
    const { doc, placement, result, at } = await apply(TOLD);
    expect(placement).toMatchObject({ kind: 'part', part: { keeps: ['Usage Data', 'Publicity'] } });
    expect(result).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 2, tracked: true }, notes: [] });
    expect(doc.paragraphs[at]!.changes.map((c) => [c.type, c.text])).toEqual([['Deleted', FEEDBACK]]);
    doc.acceptAllChanges();
    expect(doc.texts().slice(at, at + 3)).toEqual([`${HEADING}  ${USAGE}${PUBLICITY}`, ...FEEDBACK_FIX.paragraphs.map((p) => `${p.label}\t${p.text}`)]);
  });

  it('where one sentence speaks of all three, deletes nothing, puts the fix after the clause and says why', async () => {
    const { doc, placement, result, at } = await apply(UNTOLD);
    expect(placement).toMatchObject({ kind: 'part', part: { deleted: [], keeps: ['Usage Data', 'Publicity'] } });
    const note = { key: 'fix.placed.untold' as const, params: { subjects: 'Usage Data and Publicity' } };
    expect(result).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 2, tracked: true }, notes: [note] });
    expect(doc.paragraphs[at]!.changes).toEqual([]);
    expect(doc.texts().slice(at + 1, at + 3)).toEqual(FEEDBACK_FIX.paragraphs.map((p) => `${p.label}\t${p.text}`));
    expect(say('en', note)).toContain('the clause also deals with Usage Data and Publicity');
    expect(say('zh-CN', note)).toContain('本条款还涉及Usage Data and Publicity');
  });
});
