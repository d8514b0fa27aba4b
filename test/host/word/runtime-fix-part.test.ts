import type { DocModel } from '../../../src/core/document';
import type { Finding } from '../../../src/core/findings';
import { fixPlacement } from '../../../src/core/fix';
import { segment } from '../../../src/core/review';
import { createWordHost } from '../../../src/host/word';
import { FEEDBACK_FIX, freeFeedbackFinding } from '../../support/feedback-fix';
import { FakeWord } from '../../support/fakeWord';
import type { ParagraphSeed } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';

// A fix for one subject of a clause that deals with two, applied in Word over Microsoft's Office.js
// runtime (the simulated document answers its requests) as the redline writes it: only the fix's
// own sentences go, as tracked deletions, and the fix's paragraphs follow the clause, which keeps
// its heading, its number and the other subject's sentences.

const HEADING = 'Feedback and Usage Data.';
const FEEDBACK = 'Customer may give Provider suggestions and comments about the Service ("Feedback"). Provider may use all Feedback freely without any restriction or obligation. ';
const USAGE = 'Provider may collect data on how the Service is used ("Usage Data") to operate and improve the Service, and may disclose Usage Data only in aggregate form that does not identify Customer.';
const CLAUSE = `${HEADING}  ${FEEDBACK}${USAGE}`;
const COURTS = 'Governing Law and Courts.  The laws of the State of New York govern this Agreement. The courts of New York County have exclusive jurisdiction over any dispute arising out of this Agreement.';

const SEEDS: ParagraphSeed[] = [
  { text: 'Pilot Agreement', style: 'Title' },
  { text: 'Pilot Access', list: { label: '1.', level: 0 } },
  { text: 'Access and Use.  During the Pilot Period, Customer may use the Product for its internal evaluation of the Product.', list: { label: '1.1', level: 1 } },
  { text: CLAUSE, list: { label: '1.2', level: 1 } },
  { text: 'Restrictions.  Customer shall not reverse engineer, decompile or disassemble the Product.', list: { label: '1.3', level: 1 } },
  { text: 'General Terms', list: { label: '2.', level: 0 } },
  { text: COURTS, list: { label: '2.1', level: 1 } },
];

const FIX = FEEDBACK_FIX;

function findingOn(doc: DocModel): Finding {
  const paragraph = doc.paragraphs.findIndex((p) => p.text === CLAUSE);
  const quote = 'Provider may use all Feedback freely without any restriction or obligation.';
  const start = CLAUSE.indexOf(quote);
  return freeFeedbackFinding(paragraph, start, quote);
}

describe('applyFix of a fix for one subject of a two-subject clause', () => {
  it.each([
    ['over the real Office.js runtime', () => {
      const r = realRuntimeWord(SEEDS, '1.4');
      return { api: r.api, doc: r.word.doc };
    }],
    ['over the fake Word', () => {
      const f = new FakeWord(SEEDS, '1.4');
      return { api: f.api, doc: f.doc };
    }],
  ])('%s: replaces only the fix’s sentences, as one tracked change, and keeps the heading and the other subject', async (_case, make) => {
    const { api, doc } = make();
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const finding = findingOn(read.value);
    const placement = fixPlacement(read.value, segment(read.value), finding, FIX);
    expect(placement).toMatchObject({ kind: 'part', part: { keeps: ['Usage Data'] } });

    const result = await host.applyFix(finding, FIX, placement);
    expect(result).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 2, tracked: true }, notes: [] });
    expect(doc.trackingMode).toBe('Off');
    const at = doc.paragraphs.findIndex((p) => p.text === CLAUSE);
    // The clause stays where it was, its number with it, and the fix follows it; nothing else moved.
    expect(doc.paragraphs[at]!.deleted).toBeFalsy();
    expect(doc.paragraphs[at]!.list?.label).toBe('1.2');
    expect(doc.texts().slice(at + 1, at + 4)).toEqual([...FIX.paragraphs.map((p) => `${p.label}\t${p.text}`), SEEDS[4]!.text]);
    // One deletion, of the feedback sentences and the space after them; the rest is our insertion.
    expect(doc.paragraphs[at]!.changes.map((c) => [c.type, c.text])).toEqual([['Deleted', FEEDBACK]]);
    expect(doc.controls.map((c) => [c.tag, doc.indexOf(c.first), doc.indexOf(c.last)])).toEqual([[FIX.tag, at + 1, at + 2]]);

    doc.acceptAllChanges();
    expect(doc.texts().slice(at, at + 3)).toEqual([`${HEADING}  ${USAGE}`, ...FIX.paragraphs.map((p) => `${p.label}\t${p.text}`)]);
  });

  // Feedback sentences longer than Word's search takes at once (255 characters): the passage is
  // found by its first and last stretches, joined, and only it and the space after it go.
  const LONG = 'Customer may give Provider suggestions, comments, bug reports, test results, feature requests and other input about the Service and the Product ("Feedback"), in writing or orally, during the Pilot Period or after it. Provider may use, copy, modify, disclose and exploit all Feedback freely, in any product or service, without any restriction, attribution or obligation to Customer. ';
  const LONG_CLAUSE = `${HEADING}  ${LONG}${USAGE}`;
  const LONG_SEEDS = SEEDS.map((s) => (s.text === CLAUSE ? { ...s, text: LONG_CLAUSE } : s));
  it.each([
    ['over the real Office.js runtime', () => {
      const r = realRuntimeWord(LONG_SEEDS, '1.4');
      return { api: r.api, doc: r.word.doc };
    }],
    ['over the fake Word', () => {
      const f = new FakeWord(LONG_SEEDS, '1.4');
      return { api: f.api, doc: f.doc };
    }],
  ])('%s: takes out a passage too long to search at once, and nothing around it', async (_case, make) => {
    expect(LONG.trimEnd().length).toBeGreaterThan(255);
    const { api, doc } = make();
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const paragraph = read.value.paragraphs.findIndex((p) => p.text === LONG_CLAUSE);
    const quote = 'Provider may use, copy, modify, disclose and exploit all Feedback freely';
    const finding = { ...findingOn(read.value), evidence: [{ paragraph, start: LONG_CLAUSE.indexOf(quote), end: LONG_CLAUSE.indexOf(quote) + quote.length, text: quote }] };
    const placement = fixPlacement(read.value, segment(read.value), finding, FIX);
    expect(placement).toMatchObject({ kind: 'part', part: { deleted: [{ text: LONG }] } });
    expect(await host.applyFix(finding, FIX, placement)).toMatchObject({ ok: true, value: { mode: 'replaced' } });
    const at = doc.paragraphs.findIndex((p) => p.text === LONG_CLAUSE);
    expect(doc.paragraphs[at]!.changes.map((c) => [c.type, c.text])).toEqual([['Deleted', LONG]]);
    doc.acceptAllChanges();
    expect(doc.texts()[at]).toBe(`${HEADING}  ${USAGE}`);
  });

  // The feedback terms in a paragraph of their own under the clause's heading: that paragraph goes
  // whole (its mark with it, so no empty line is left on Accept), the heading's paragraph untouched.
  const OWN = 'Customer may give Provider suggestions and comments about the Service ("Feedback"). Provider may use all Feedback freely without any restriction or obligation.';
  const OWN_SEEDS: ParagraphSeed[] = [...SEEDS.slice(0, 3), { text: `${HEADING}  ${USAGE}`, list: { label: '1.2', level: 1 } }, { text: OWN }, ...SEEDS.slice(4)];
  it.each([
    ['over the real Office.js runtime', () => {
      const r = realRuntimeWord(OWN_SEEDS, '1.4');
      return { api: r.api, doc: r.word.doc };
    }],
    ['over the fake Word', () => {
      const f = new FakeWord(OWN_SEEDS, '1.4');
      return { api: f.api, doc: f.doc };
    }],
  ])('%s: deletes a paragraph of the fix’s own subject whole, and keeps the heading’s paragraph as it was', async (_case, make) => {
    const { api, doc } = make();
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const paragraph = read.value.paragraphs.findIndex((p) => p.text === OWN);
    const quote = 'Provider may use all Feedback freely without any restriction or obligation.';
    const finding = { ...findingOn(read.value), evidence: [{ paragraph, start: OWN.indexOf(quote), end: OWN.indexOf(quote) + quote.length, text: quote }] };
    const placement = fixPlacement(read.value, segment(read.value), finding, FIX);
    expect(placement).toMatchObject({ kind: 'part', span: { first: paragraph - 1, last: paragraph }, part: { deleted: [{ paragraph, start: 0, text: OWN }] } });

    expect(await host.applyFix(finding, FIX, placement)).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 2, tracked: true }, notes: [] });
    expect(doc.trackingMode).toBe('Off');
    const at = doc.paragraphs.findIndex((p) => p.text === OWN);
    expect(doc.paragraphs[at]!.deleted).toBe(true);
    expect(doc.paragraphs[at - 1]!.changes).toEqual([]);
    expect(doc.paragraphs[at - 1]!.list?.label).toBe('1.2');
    expect(doc.texts().slice(at + 1, at + 4)).toEqual([...FIX.paragraphs.map((p) => `${p.label}\t${p.text}`), SEEDS[4]!.text]);

    doc.acceptAllChanges();
    expect(doc.texts().slice(at - 1, at + 3)).toEqual([`${HEADING}  ${USAGE}`, ...FIX.paragraphs.map((p) => `${p.label}\t${p.text}`), SEEDS[4]!.text]);
  });

  // A passage to cut that the paragraph says twice (a sentence pasted in twice): Word's search finds
  // it twice, and a guess could cut the wrong one, so nothing is changed and the user is told.
  const TWICE_FEEDBACK = 'Provider may use all Feedback freely without any restriction or obligation. ';
  const TWICE = `${HEADING}  ${TWICE_FEEDBACK}${USAGE} ${TWICE_FEEDBACK}Customer may give Provider suggestions and comments about the Service ("Feedback").`;
  const TWICE_SEEDS = SEEDS.map((s) => (s.text === CLAUSE ? { ...s, text: TWICE } : s));
  it.each([
    ['over the real Office.js runtime', () => {
      const r = realRuntimeWord(TWICE_SEEDS, '1.4');
      return { api: r.api, doc: r.word.doc };
    }],
    ['over the fake Word', () => {
      const f = new FakeWord(TWICE_SEEDS, '1.4');
      return { api: f.api, doc: f.doc };
    }],
  ])('%s: changes nothing where a passage it would cut occurs twice in its paragraph', async (_case, make) => {
    const { api, doc } = make();
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const paragraph = read.value.paragraphs.findIndex((p) => p.text === TWICE);
    const quote = TWICE_FEEDBACK.trimEnd();
    const finding = { ...findingOn(read.value), evidence: [{ paragraph, start: TWICE.indexOf(quote), end: TWICE.indexOf(quote) + quote.length, text: quote }] };
    const placement = fixPlacement(read.value, segment(read.value), finding, FIX);
    // The plan is sound (each passage read at its own place); only Word cannot tell the two apart.
    expect(placement).toMatchObject({ kind: 'part', part: { deleted: [{ paragraph, text: TWICE_FEEDBACK }, { paragraph }] } });
    expect(await host.applyFix(finding, FIX, placement)).toMatchObject({ ok: false, error: { key: 'host.error.passageGone' } });
    expect(doc.texts()).toEqual(TWICE_SEEDS.map((s) => s.text));
    expect(doc.allChanges()).toEqual([]);
    expect(doc.trackingMode).toBe('Off');
  });

  it('gives the draft back on Reject All', async () => {
    const word = new FakeWord(SEEDS, '1.4');
    const host = createWordHost(word.api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const finding = findingOn(read.value);
    await host.applyFix(finding, FIX, fixPlacement(read.value, segment(read.value), finding, FIX));
    word.doc.rejectAllChanges();
    expect(word.doc.texts()).toEqual(SEEDS.map((s) => s.text));
  });

  it('changes nothing when a passage it would cut is no longer where the review read it', async () => {
    const { api, word } = realRuntimeWord(SEEDS, '1.4');
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const finding = findingOn(read.value);
    const placement = fixPlacement(read.value, segment(read.value), finding, FIX);
    if (placement.kind !== 'part') throw new Error('expected a part placement');
    // The user edited the feedback sentences since the review: the plan's words are not there.
    const stale = { ...placement, part: { ...placement.part, deleted: placement.part.deleted.map((r) => ({ ...r, text: r.text.replace('suggestions', 'ideas') })) } };
    expect(await host.applyFix(finding, FIX, stale)).toMatchObject({ ok: false, error: { key: 'host.error.passageGone' } });
    expect(word.doc.texts()).toEqual(SEEDS.map((s) => s.text));
    expect(word.doc.allChanges()).toEqual([]);
  });

  it('replaces the whole clause, all its paragraphs, where the fix covers all it deals with', async () => {
    const { api, word } = realRuntimeWord(SEEDS, '1.4');
    const host = createWordHost(api, 'en');
    const read = await host.readDocument();
    if (!read.ok) throw new Error(JSON.stringify(read));
    const restrictions = read.value.paragraphs.findIndex((p) => p.text === SEEDS[4]!.text);
    const quote = 'reverse engineer';
    const finding: Finding = {
      ...findingOn(read.value),
      id: 'restrictions#1',
      evidence: [{ paragraph: restrictions, start: SEEDS[4]!.text.indexOf(quote), end: SEEDS[4]!.text.indexOf(quote) + quote.length, text: quote }],
    };
    const clause = { ...FIX, number: '1.3', title: 'Restrictions', paragraphs: FIX.paragraphs.map((p) => ({ ...p, label: p.label.replace('1.2', '1.3') })) };
    const placement = fixPlacement(read.value, segment(read.value), finding, clause);
    expect(placement).toMatchObject({ kind: 'whole', span: { first: restrictions, last: restrictions } });
    const applied = await host.applyFix(finding, clause, placement);
    expect(applied).toMatchObject({ ok: true, value: { mode: "replaced", paragraphs: 3 } });
    expect(word.doc.paragraphs.filter((p) => p.deleted).map((p) => p.text)).toEqual([SEEDS[4]!.text]);
  });
});
