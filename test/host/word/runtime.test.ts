import { createWordHost } from '../../../src/host/word';
import { realRuntimeWord } from '../../support/officeRuntime';
import { contractDraft, longDraft, redlined, renderFromFixture, TERMS } from '../fixtures';

// The Word host run over Microsoft's own Office.js runtime (@microsoft/office-js), which builds the
// request each sync sends; a simulated document answers. The package predates WordApi 1.6, whose
// tracked-change classes the harness adds in the runtime's own shape (support/officeRuntime/
// newer-api.ts): with 1.6 the changes are listed by author, with 1.4 only Word's reviewed text is read.

async function read(paragraphs: number, control: boolean, changes: number, apiVersion: '1.4' | '1.6' = '1.4') {
  const { api, word } = realRuntimeWord(redlined(paragraphs, changes), apiVersion);
  if (control) word.doc.addControl({ kind: 'paras', first: word.doc.paragraphs[8]!.id, last: word.doc.paragraphs[9]!.id }).tag = 'cw|definitions|standard|1.0.0';
  const result = await createWordHost(api, 'en').readDocument({ revisions: changes > 0 });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const text = word.doc.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  return { syncs: word.syncs, text, doc: result.value };
}

const LARS = { author: 'Lars Holm', date: new Date('2025-03-05T09:00:00Z') };

describe('readDocument over the real Office.js runtime', () => {
  it.each([
    ['no control, no changes', false, 0, '1.4'],
    ['a content control', true, 0, '1.4'],
    ['a control and 150 tracked changes, reviewing with WordApi 1.4', true, 150, '1.4'],
    ['a control and 150 tracked changes, reviewing with WordApi 1.6 (the changes by author)', true, 150, '1.6'],
  ] as [string, boolean, number, '1.4' | '1.6'][])('%s: the same syncs for 10 and 3,000 paragraphs, every request under 20 KB', async (_case, control, changes, apiVersion) => {
    const small = await read(10, control, changes, apiVersion);
    const large = await read(3000, control, changes, apiVersion);
    expect(large.syncs).toHaveLength(small.syncs.length);
    for (const s of [...small.syncs, ...large.syncs]) expect(s.requestBytes).toBeLessThan(20_000);
    // The request is the same whatever the length (only ids and numbers in it may differ).
    large.syncs.forEach((s, i) => expect(s.actions).toBe(small.syncs[i]!.actions));
    if (changes) expect(large.doc.paragraphs.filter((p) => / not$/.test(p.text))).toEqual([]);
    if (apiVersion === '1.6') expect(large.doc.revisions?.length).toBeGreaterThan(50);
  });

  it('answers a plain read in at most 3.5 times the bytes of the document text', async () => {
    // Measured on the fixture draft (short numbered paragraphs, a table, a control): 3.0-3.5.
    const { syncs, text } = await read(3000, true, 0);
    expect(syncs.reduce((n, s) => n + s.responseBytes, 0) / text).toBeLessThanOrEqual(3.5);
  });

  const contracts = contractDraft(3000);
  (contracts.source === 'CUAD contracts' ? it : it.skip)('answers a read of real contracts in at most 1.5 times their text, with a control too', async () => {
    for (const control of [false, true]) {
      const { api, word } = realRuntimeWord(contracts.seeds, '1.4');
      if (control) word.doc.addControl({ kind: 'paras', first: word.doc.paragraphs[8]!.id, last: word.doc.paragraphs[9]!.id });
      expect((await createWordHost(api, 'en').readDocument()).ok).toBe(true);
      const text = word.doc.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
      expect(word.syncs.reduce((n, s) => n + s.responseBytes, 0) / text).toBeLessThanOrEqual(1.5);
    }
  });

  it('inserts clauses with requests that do not grow with the document (WordApi 1.3: no records)', async () => {
    const requests = async (paragraphs: number) => {
      const { api, word } = realRuntimeWord(longDraft(paragraphs), '1.3');
      expect((await createWordHost(api, 'en').insertClauses(TERMS, 'end')).ok).toBe(true);
      return word.syncs;
    };
    const small = await requests(22);
    const large = await requests(3000);
    expect(large.map((s) => s.actions)).toEqual(small.map((s) => s.actions));
    large.forEach((s, i) => expect(Math.abs(s.requestBytes - small[i]!.requestBytes)).toBeLessThan(1024));
  });

  // A clause where the struck-out word occurs twice, the second occurrence deleted, a whole
  // sentence deleted in the next paragraph and a word inserted, over the runtime with WordApi 1.4
  // (Word's reviewed text only) and 1.6 (the changes listed too), on Windows and on Mac, where
  // deleted text comes back as "" (office-js#5188).
  const repeated = 'The Recipient shall not disclose the Confidential Information and shall not use it for any purpose other than the Evaluation.';
  const redline = [
    'Confidentiality',
    // The second "not " struck out; the first stays.
    { text: repeated, changes: [{ type: 'Deleted' as const, ...LARS, text: 'not ', start: repeated.lastIndexOf('not ') }] },
    {
      text: 'The Recipient shall return all copies within 30 days. The Recipient may keep one archival copy. The Recipient shall promptly certify the return in writing.',
      changes: [
        { type: 'Deleted' as const, ...LARS, text: 'The Recipient may keep one archival copy. ' },
        { type: 'Added' as const, ...LARS, text: 'promptly ' },
      ],
    },
  ];
  const accepted = [
    'Confidentiality',
    'The Recipient shall not disclose the Confidential Information and shall use it for any purpose other than the Evaluation.',
    'The Recipient shall return all copies within 30 days. The Recipient shall promptly certify the return in writing.',
  ];
  it.each([
    ['Windows, WordApi 1.4', false, '1.4'],
    ['Mac, WordApi 1.4', true, '1.4'],
    ['Windows, WordApi 1.6', false, '1.6'],
    ['Mac, WordApi 1.6', true, '1.6'],
  ] as [string, boolean, '1.4' | '1.6'][])('reads the accepted text of repeated phrases and struck-out words (%s)', async (_platform, mac, apiVersion) => {
    const { api, word } = realRuntimeWord(redline, apiVersion, { mac });
    expect(word.doc.paragraphs[1]!.changes[0]!.start).toBeGreaterThan(repeated.indexOf('not '));
    const result = await createWordHost(api, 'en').readDocument({ revisions: true });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.paragraphs.map((p) => p.text)).toEqual(accepted);
    if (apiVersion === '1.4') return expect(result.value.revisions).toBeUndefined();
    // Each change by author, in the paragraph it is in; Mac's deletions without their text.
    expect(result.value.revisions).toEqual([
      { kind: 'deletion', author: 'Lars Holm', date: '2025-03-05T09:00:00.000Z', paragraph: 1, text: mac ? '' : 'not ' },
      { kind: 'deletion', author: 'Lars Holm', date: '2025-03-05T09:00:00.000Z', paragraph: 2, text: mac ? '' : 'The Recipient may keep one archival copy. ' },
      { kind: 'insertion', author: 'Lars Holm', date: '2025-03-05T09:00:00.000Z', paragraph: 2, text: 'promptly ' },
    ]);
  });

  it('records the clauses it inserts and reads them back for the drift check (WordApi 1.4 custom XML parts)', async () => {
    const { api, word } = realRuntimeWord(longDraft(22), '1.4');
    const host = createWordHost(api, 'en');
    expect(await host.insertClauses(TERMS, 'end')).toMatchObject({ ok: true, value: { recorded: true } });
    expect(word.doc.customXmlParts).toHaveLength(1);
    const drift = await host.checkDrift(renderFromFixture);
    if (!drift.ok) throw new Error(JSON.stringify(drift));
    expect(drift.value.map((d) => [d.tag, d.status])).toEqual(TERMS.clauses.map((c) => [c.tag, 'unchanged']));
  });
});
