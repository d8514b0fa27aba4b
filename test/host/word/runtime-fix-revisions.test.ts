import type { DocModel } from '../../../src/core/document';
import type { Finding } from '../../../src/core/findings';
import { clauseLines } from '../../../src/core/agreement/clause-text';
import { fixPlacement } from '../../../src/core/fix';
import { segment } from '../../../src/core/review';
import { createWordHost } from '../../../src/host/word';
import { FEEDBACK_FIX, freeFeedbackFinding } from '../../support/feedback-fix';
import type { FakeDocument, ParagraphSeed } from '../../support/fakeWord/model';
import { RUNTIMES, SEARCHES } from '../../support/word-revisions';

// A fix for one subject of a clause that already holds tracked changes, by the counterparty's
// reviewer or by us, applied in Word as the redline writes it: only the fix's own sentences go.
// Word's paragraph text keeps deleted text, the review reads it with changes accepted: a passage
// with someone's deletion inside it is found by its words on either side, that deletion left as it
// is. The other reviewer's changes stand untouched, and ours are one change Accept and Reject undo.

const HEADING = 'Feedback and Usage Data.';
const FEEDBACK = 'Customer may give Provider suggestions and comments about the Service ("Feedback"). Provider may use all Feedback freely without any restriction or obligation. ';
const USAGE = 'Provider may collect data on how the Service is used ("Usage Data") to operate and improve the Service, and may disclose Usage Data only in aggregate form that does not identify Customer.';
const CLAUSE = `${HEADING}  ${FEEDBACK}${USAGE}`;
const US = 'Mei Chen';
const THEM = { author: 'Li Wei', date: new Date('2026-11-02T09:00:00Z') };

const FIX = FEEDBACK_FIX;
const OURS = FIX.paragraphs.map((p) => `${p.label}\t${p.text}`);

const seeds = (clause: ParagraphSeed): ParagraphSeed[] => [
  { text: 'Pilot Agreement', style: 'Title' },
  { text: 'Pilot Access', list: { label: '1.', level: 0 } },
  { text: 'Access and Use.  During the Pilot Period, Customer may use the Product for its internal evaluation of the Product.', list: { label: '1.1', level: 1 } },
  { ...clause, list: { label: '1.2', level: 1 } },
  { text: 'Restrictions.  Customer shall not reverse engineer, decompile or disassemble the Product.', list: { label: '1.3', level: 1 } },
];

function findingOn(doc: DocModel): Finding {
  const quote = 'Provider may use all Feedback freely';
  const paragraph = doc.paragraphs.findIndex((p) => p.text.startsWith(HEADING));
  const start = doc.paragraphs[paragraph]!.text.indexOf(quote);
  return freeFeedbackFinding(paragraph, start, quote);
}

/** Each change by `author`: its kind, its text and the text at its place (which must agree). */
const changesBy = (d: FakeDocument, author: string) =>
  d.paragraphs.flatMap((p) => p.changes.filter((c) => c.author === author).map((c) => [c.type, c.text, p.text.slice(c.start, c.start + c.text.length)]));

// The clause as the counterparty's reviewer left it: the text Word shows (deleted words still in it), and with their changes accepted.
const CASES: { name: string; clause: ParagraphSeed; accepted: string }[] = [
  {
    name: 'their insertion in the sentences that stay',
    clause: { text: CLAUSE.replace('only in aggregate', 'only in anonymised aggregate'), changes: [{ type: 'Added', text: 'anonymised ', ...THEM }] },
    accepted: `${HEADING}  ${USAGE.replace('only in aggregate', 'only in anonymised aggregate')}`,
  },
  {
    name: 'their deletion in the sentences that stay',
    clause: { text: CLAUSE.replace('only in aggregate', 'only in summary aggregate'), changes: [{ type: 'Deleted', text: 'summary ', ...THEM }] },
    accepted: `${HEADING}  ${USAGE}`,
  },
  {
    name: 'their insertion in the sentences the fix takes out',
    clause: { text: CLAUSE.replace('freely', 'freely and forever'), changes: [{ type: 'Added', text: ' and forever', ...THEM }] },
    accepted: `${HEADING}  ${USAGE}`,
  },
  {
    name: 'their deletion in the sentences the fix takes out',
    clause: { text: CLAUSE.replace('and comments', 'and remarks and comments'), changes: [{ type: 'Deleted', text: 'and remarks ', ...THEM }] },
    accepted: `${HEADING}  ${USAGE}`,
  },
  {
    // Inside the very words the finding quotes: the review reads them with the deletion accepted.
    name: 'their deletion inside the quoted words',
    clause: { text: CLAUSE.replace('use all Feedback', 'use all such Feedback'), changes: [{ type: 'Deleted', text: 'such ', ...THEM }] },
    accepted: `${HEADING}  ${USAGE}`,
  },
  {
    name: 'an earlier deletion of ours in the sentences the fix takes out',
    clause: { text: CLAUSE.replace('and comments', 'and remarks and comments'), changes: [{ type: 'Deleted', text: 'and remarks ', author: US, date: THEM.date }] },
    accepted: `${HEADING}  ${USAGE}`,
  },
];

describe('applyFix on a clause that already holds tracked changes, taking out part of it', () => {
  describe.each(RUNTIMES.flatMap(([runtime, make]) => SEARCHES.map(([search, skips]) => [`${runtime}, ${search}`, make, skips] as const)))('over %s', (_runtime, make, skips) => {
    it.each(CASES)('$name: keeps them as they were, and its own change is undone by Reject and kept by Accept', async ({ clause, accepted }) => {
      const draft = seeds(clause);
      const { api, doc, syncs } = make(draft);
      doc.searchSkipsDeleted = skips;
      const host = createWordHost(api, 'en');
      const read = await host.readDocument({ revisions: true });
      if (!read.ok) throw new Error(JSON.stringify(read));
      const finding = findingOn(read.value);
      const placement = fixPlacement(read.value, segment(read.value), finding, FIX);
      expect(placement).toMatchObject({ kind: 'part', part: { keeps: ['Usage Data'] } });
      const theirs = changesBy(doc, THEM.author);

      const before = syncs();
      expect(await host.applyFix(finding, FIX, placement)).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 2, tracked: true }, notes: [] });
      // Where a deletion lies inside the passage, one more round trip asks the paragraph's reviewed text.
      expect(syncs() - before).toBeLessThanOrEqual(4);
      expect(doc.trackingMode).toBe('Off');
      expect(changesBy(doc, THEM.author)).toEqual(theirs);
      const at = doc.paragraphs.findIndex((p) => p.text === clause.text);
      expect(doc.texts().slice(at + 1, at + 3)).toEqual(OURS);
      expect(doc.controls.map((c) => [c.tag, doc.indexOf(c.first), doc.indexOf(c.last)])).toEqual([[FIX.tag, at + 1, at + 2]]);

      // Our change rejected: the draft as it was, the other reviewer's changes still pending.
      const rejected = structuredClone(doc);
      Object.setPrototypeOf(rejected, Object.getPrototypeOf(doc));
      rejected.rejectAllChanges(US);
      expect(rejected.texts()).toEqual(draft.map((s) => s.text));
      expect(changesBy(rejected, THEM.author)).toEqual(theirs);

      // Accepted: the clause keeps its heading and the other subject, ours follows; theirs still pending.
      doc.acceptAllChanges(US);
      // (An insertion of theirs inside the passage goes with it: Word drops it with the text.)
      const taken = clause.text.includes(' and forever');
      expect(changesBy(doc, THEM.author)).toEqual(taken ? [] : theirs);
      doc.acceptAllChanges();
      expect(doc.texts().slice(at, at + 4)).toEqual([accepted, ...OURS, draft[4]!.text]);
    });
  });
});

// A fix that replaces the whole clause, where the counterparty's reviewer deleted words inside the
// very words the finding quotes: the clause goes as one change of ours, their deletion left inside
// it as theirs (Reject of ours gives their version back, still pending; Accept of all, the fix).
describe('applyFix replacing a whole clause with their deletion inside the quoted words', () => {
  const RESTRICTIONS = 'Restrictions.  Customer shall not reverse engineer, translate, decompile or disassemble the Product.';
  const draft = [...seeds({ text: CLAUSE }).slice(0, 4), { text: RESTRICTIONS, list: { label: '1.3', level: 1 }, changes: [{ type: 'Deleted' as const, text: 'translate, ', ...THEM }] }];
  const clause = { ...FIX, number: '1.3', title: 'Restrictions', paragraphs: FIX.paragraphs.map((p) => ({ ...p, label: p.label.replace('1.2', '1.3') })) };
  describe.each(RUNTIMES.flatMap(([runtime, make]) => SEARCHES.map(([search, skips]) => [`${runtime}, ${search}`, make, skips] as const)))('over %s', (_runtime, make, skips) => {
    it('replaces the clause as one change of ours and keeps their deletion inside it as theirs', async () => {
      const { api, doc, syncs } = make(draft);
      doc.searchSkipsDeleted = skips;
      const host = createWordHost(api, 'en');
      const read = await host.readDocument({ revisions: true });
      if (!read.ok) throw new Error(JSON.stringify(read));
      const paragraph = read.value.paragraphs.findIndex((p) => p.text.startsWith('Restrictions.'));
      const quote = 'reverse engineer, decompile';
      const start = read.value.paragraphs[paragraph]!.text.indexOf(quote);
      expect(start).toBeGreaterThan(0);
      const finding: Finding = { ...findingOn(read.value), id: 'restrictions#1', evidence: [{ paragraph, start, end: start + quote.length, text: quote }] };
      const placement = fixPlacement(read.value, segment(read.value), finding, clause);
      expect(placement).toMatchObject({ kind: 'whole', span: { first: paragraph, last: paragraph } });
      const theirs = changesBy(doc, THEM.author);

      const before = syncs();
      expect(await host.applyFix(finding, clause, placement)).toMatchObject({ ok: true, value: { mode: 'replaced', paragraphs: 3, tracked: true } });
      expect(syncs() - before).toBeLessThanOrEqual(3);
      expect(changesBy(doc, THEM.author)).toEqual(theirs);
      expect(doc.paragraphs.filter((p) => p.deleted).map((p) => p.text)).toEqual([RESTRICTIONS]);

      const rejected = structuredClone(doc);
      Object.setPrototypeOf(rejected, Object.getPrototypeOf(doc));
      rejected.rejectAllChanges(US);
      expect(rejected.texts()).toEqual(draft.map((s) => s.text));
      expect(changesBy(rejected, THEM.author)).toEqual(theirs);

      doc.acceptAllChanges();
      expect(doc.texts().slice(paragraph)).toEqual(clauseLines(clause).map((l) => l.text));
    });
  });
});
