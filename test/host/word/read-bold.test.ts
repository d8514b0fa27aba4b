// Bold read from Word for terms a draft defines in bold without quotes (issue 12): the reader asks
// every paragraph's bold in its first query, and the words with their bold only of the paragraphs
// that mix bold and plain text where a term could define (at most 40), in a sync of their own: the
// same round trips, request and answer for 10 paragraphs as for 3,000, and a failure costs the bold only.
// Words are cut at spaces and at the punctuation set beside a term, so "(Orrin)," in bold with a plain
// comma is read as bold, not as mixed.
import { createWordHost } from '../../../src/host/word';
import { findDefinitions } from '../../../src/core/review/definitions';
import { segment } from '../../../src/core/review/segment';
import type { DocModel } from '../../../src/core/document';
import { realRuntimeWord } from '../../support/officeRuntime';
import { FakeWord, type ParagraphSeed } from '../../support/fakeWord';
import { setBold } from '../../support/fakeWord/bold-runs';

const DRAFT: ParagraphSeed[] = [
  { text: 'Orrin Analytics NV, a company registered in Ghent (Orrin), and Marrow Capital BV (Marrow Partners) agree as follows.' },
  { text: 'Programme is the joint study of sensor data the parties run in 2027.' },
  { text: 'Notices must be sent by courier to the address of the other party.' },
  { text: 'Each party shall use the information only for the Programme.' },
];
const BOLD = { 0: ['(Orrin)', '(Marrow Partners)'], 1: ['Programme'], 2: ['courier'] };
const terms = (doc: DocModel) => findDefinitions(doc, segment(doc).sentences).map((d) => d.term).sort();

/** The draft with `filler` plain paragraphs after it. */
const draft = (filler: number): ParagraphSeed[] => [...DRAFT, ...Array.from({ length: filler }, (_, i) => ({ text: `Clause ${i + 5} applies to each party in the same way.` }))];

describe('bold definitions read from Word', () => {
  it('over the fake Word: the bold stretches of mixed paragraphs, and the terms they define', async () => {
    const word = new FakeWord(draft(0));
    setBold(word.doc, BOLD);
    const result = await createWordHost(word.api, 'en').readDocument({ revisions: true });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const ps = result.value.paragraphs;
    expect(ps[1]!.emphasis).toEqual([{ start: 0, end: 'Programme'.length, bold: true }]);
    // Bold words with only a space between are one stretch; the brackets and the plain comma are cut off.
    expect(ps[0]!.emphasis?.map((e) => ps[0]!.text.slice(e.start, e.end))).toEqual(['Orrin', 'Marrow Partners']);
    // Bold stress where no term could be defined is not asked for.
    expect(ps[2]!.emphasis).toBeUndefined();
    expect(terms(result.value)).toEqual(['Marrow Partners', 'Orrin', 'Programme']);
  });

  it('over the real Office.js runtime: the same syncs, request and answer for 10 and 3,000 paragraphs', async () => {
    const run = async (filler: number) => {
      const { api, word } = realRuntimeWord(draft(filler), '1.3');
      setBold(word.doc, BOLD);
      const result = await createWordHost(api, 'en').readDocument({ revisions: true });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return { syncs: word.syncs, doc: result.value };
    };
    const small = await run(6);
    const large = await run(3000);
    expect(terms(large.doc)).toEqual(['Marrow Partners', 'Orrin', 'Programme']);
    expect(small.syncs).toHaveLength(2);
    expect(large.syncs).toHaveLength(2);
    large.syncs.forEach((s, i) => expect(s.actions).toBe(small.syncs[i]!.actions));
    for (const s of large.syncs) expect(s.requestBytes).toBeLessThan(20_000);
    // Only the mixed paragraphs' words come back, not the body's: the answer does not grow with it.
    expect(large.syncs[1]!.responseBytes).toBeLessThan(small.syncs[1]!.responseBytes + 100);
    expect(large.syncs[1]!.responseBytes).toBeLessThan(5_000);
  });

  it('asks the words of at most 40 mixed paragraphs, however many could define a term', async () => {
    const run = async (mixed: number) => {
      const seeds = [...DRAFT, ...Array.from({ length: mixed }, (_, i) => ({ text: `The part of the service listed in row ${i} (Item ${i}) is priced by the hour.` }))];
      const { api, word } = realRuntimeWord(seeds, '1.3');
      setBold(word.doc, { ...BOLD, ...Object.fromEntries(seeds.map((_, i) => [i + DRAFT.length, [`(Item ${i})`]]).slice(0, mixed)) });
      const result = await createWordHost(api, 'en').readDocument({ revisions: true });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return word.syncs;
    };
    const some = await run(100);
    const many = await run(3000);
    expect(many).toHaveLength(2);
    expect(many[1]!.actions).toBe(some[1]!.actions);
    expect(many[1]!.responseBytes).toBeLessThan(some[1]!.responseBytes * 1.1);
    expect(many[1]!.responseBytes).toBeLessThan(60_000);
  });

  it('still reads the document when Word fails the words query: only the bold is lost', async () => {
    const { api, word } = realRuntimeWord(draft(6), '1.3', { failsAt: 'Split' });
    setBold(word.doc, BOLD);
    const result = await createWordHost(api, 'en').readDocument({ revisions: true });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.paragraphs.map((p) => p.text)).toEqual(draft(6).map((p) => p.text));
    expect(result.value.paragraphs.every((p) => p.emphasis === undefined)).toBe(true);
  });

  it('asks nothing more where no paragraph mixes bold', async () => {
    const plain = realRuntimeWord(DRAFT, '1.3');
    const read = await createWordHost(plain.api, 'en').readDocument({ revisions: true });
    expect(read.ok && read.value.paragraphs.every((p) => p.emphasis === undefined)).toBe(true);
    expect(plain.word.syncs).toHaveLength(1);
  });
});
