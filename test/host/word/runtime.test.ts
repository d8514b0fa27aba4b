import { createWordHost } from '../../../src/host/word';
import { realRuntimeWord } from '../../support/officeRuntime';
import { contractDraft, longDraft, redlined, TERMS } from '../fixtures';

// The Word host run over Microsoft's own Office.js runtime (@microsoft/office-js), which builds the
// request each sync sends; a simulated document answers. That package's runtime predates WordApi
// 1.6 (it has no getTrackedChanges), so these runs offer WordApi 1.4: tracked changes are then
// read through Word's reviewed text, without the list by author.

async function read(paragraphs: number, control: boolean, changes: number) {
  const { api, word } = realRuntimeWord(redlined(paragraphs, changes), '1.4');
  if (control) word.doc.addControl({ kind: 'paras', first: word.doc.paragraphs[8]!.id, last: word.doc.paragraphs[9]!.id }).tag = 'cw|definitions|standard|1.0.0';
  const result = await createWordHost(api, 'en').readDocument({ revisions: changes > 0 });
  if (!result.ok) throw new Error(JSON.stringify(result));
  const text = word.doc.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  return { syncs: word.syncs, text, doc: result.value };
}

describe('readDocument over the real Office.js runtime', () => {
  it.each([
    ['no control, no changes', false, 0],
    ['a content control', true, 0],
    ['a control and 150 tracked changes, reviewing', true, 150],
  ])('%s: the same syncs for 10 and 3,000 paragraphs, every request under 20 KB', async (_case, control, changes) => {
    const small = await read(10, control, changes);
    const large = await read(3000, control, changes);
    expect(large.syncs).toHaveLength(small.syncs.length);
    for (const s of [...small.syncs, ...large.syncs]) expect(s.requestBytes).toBeLessThan(20_000);
    // The request is the same whatever the length (only ids and numbers in it may differ).
    large.syncs.forEach((s, i) => expect(s.actions).toBe(small.syncs[i]!.actions));
    if (changes) expect(large.doc.paragraphs.filter((p) => / not$/.test(p.text))).toEqual([]);
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

  it.each([
    ['Windows', false],
    ['Mac', true],
  ])('reads the accepted text of a repeated phrase and a struck-out "not" (%s)', async (_platform, mac) => {
    const { api } = realRuntimeWord(
      [
        'Confidentiality',
        {
          text: 'The Recipient shall not disclose the Confidential Information and shall not use it for any purpose other than the Evaluation.',
          changes: [{ type: 'Deleted', author: 'Lars Holm', date: new Date('2025-03-05T09:00:00Z'), text: 'not ', start: 72 }],
        },
      ],
      '1.4',
      { mac },
    );
    const result = await createWordHost(api, 'en').readDocument({ revisions: true });
    expect(result.ok && result.value.paragraphs[1]!.text).toBe(
      'The Recipient shall not disclose the Confidential Information and shall use it for any purpose other than the Evaluation.',
    );
  });
});
