import type { Finding } from '../../../src/core/findings';
import { createWordHost } from '../../../src/host/word';
import type { FakeDocument, ParagraphSeed } from '../../support/fakeWord/model';
import { RUNTIMES, SEARCHES } from '../../support/word-revisions';

// Following a finding (go to its passage) and marking it (a comment on its passage), where the
// counterparty's reviewer deleted words inside the very words the finding quotes: the review read
// the clause with their deletion accepted, Word's text keeps the deleted words. The passage is
// found by its words before and after the deletion, whatever Word's search does with deleted text,
// in a fixed number of round trips whatever the document's length.

const THEM = { author: 'Li Wei', date: new Date('2026-11-02T09:00:00Z') };
const RESTRICTIONS = 'Restrictions.  The Customer shall not reverse engineer, translate, decompile or disassemble the Software, except where the law allows it.';
const QUOTE = 'reverse engineer, decompile or disassemble';

const seeds = (cover: number): ParagraphSeed[] => [
  { text: 'Licence Agreement', style: 'Title' },
  ...Array.from({ length: cover }, (_, i) => ({ text: `Recital ${i + 1}.  The parties record the background to this agreement in their own words.` })),
  { text: 'Licence.  The Supplier grants the Customer a licence to use the Software for its internal business.', list: { label: '1.', level: 0 } },
  { text: RESTRICTIONS, list: { label: '2.', level: 0 }, changes: [{ type: 'Deleted', text: 'translate, ', ...THEM }] },
  { text: 'Term.  This agreement runs for two years from the date both parties sign it.', list: { label: '3.', level: 0 } },
];

async function open(make: (typeof RUNTIMES)[number][1], skips: boolean, cover: number) {
  const { api, doc, syncs } = make(seeds(cover));
  doc.searchSkipsDeleted = skips;
  const host = createWordHost(api, 'en');
  const read = await host.readDocument({ revisions: true });
  if (!read.ok) throw new Error(JSON.stringify(read));
  const paragraph = read.value.paragraphs.findIndex((p) => p.text.startsWith('Restrictions.'));
  const start = read.value.paragraphs[paragraph]!.text.indexOf(QUOTE);
  expect(start).toBeGreaterThan(0);
  const finding: Finding = {
    id: 'restrictions.no-translation#1',
    rule: 'restrictions.no-translation',
    topic: 'no-reverse-engineering',
    severity: 'medium',
    kind: 'one-sided',
    message: 'The restrictions name no translation',
    why: 'Said in our own words for the test.',
    evidence: [{ paragraph, start, end: start + QUOTE.length, text: QUOTE }],
  };
  return { host, doc, syncs, finding };
}

/** The passage in Word's text: from the quote's first words to its last, their deletion inside it. */
function passage(doc: FakeDocument) {
  const p = doc.paragraphs.find((x) => x.text === RESTRICTIONS)!;
  const start = RESTRICTIONS.indexOf('reverse engineer');
  return { para: p.id, start, end: RESTRICTIONS.indexOf(' the Software') };
}

describe.each(RUNTIMES.flatMap(([runtime, make]) => SEARCHES.map(([search, skips]) => [`${runtime}, ${search}`, make, skips] as const)))(
  'a finding whose quoted words hold their tracked deletion, over %s',
  (_runtime, make, skips) => {
    it('go to passage selects the passage, deletion inside, in four round trips whatever the length', async () => {
      const counts: number[] = [];
      for (const cover of [0, 400]) {
        const { host, doc, syncs, finding } = await open(make, skips, cover);
        const before = syncs();
        expect(await host.goTo(finding)).toEqual({ ok: true, value: null, notes: [] });
        counts.push(syncs() - before);
        expect(doc.selection).toEqual({ kind: 'span', ...passage(doc) });
        expect(doc.paragraphs.find((p) => p.text === RESTRICTIONS)!.changes).toMatchObject([{ type: 'Deleted', text: 'translate, ', author: THEM.author }]);
      }
      expect(counts).toEqual([4, 4]);
    });

    it('marking comments on the passage, in four round trips whatever the length or the number of such findings', async () => {
      const counts: number[] = [];
      for (const [cover, many] of [[0, 1], [400, 3]] as const) {
        const { host, doc, syncs, finding } = await open(make, skips, cover);
        const findings = Array.from({ length: many }, (_, i) => ({ ...finding, id: `${finding.id}${i}` }));
        const before = syncs();
        expect(await host.markFindings(findings)).toEqual({ ok: true, value: { marked: many, as: 'comment', unplaced: [] }, notes: [] });
        counts.push(syncs() - before);
        expect(doc.comments.map(({ para, start, end }) => ({ para, start, end }))).toEqual(findings.map(() => passage(doc)));
      }
      expect(counts).toEqual([4, 4]);
    });
  },
);
