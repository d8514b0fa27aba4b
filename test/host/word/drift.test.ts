import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT, renderFromFixture, TERMS } from '../fixtures';

async function built() {
  const word = new FakeWord(DRAFT);
  const host = createWordHost(word.api, 'en');
  const inserted = await host.insertClauses(TERMS, 'end');
  expect(inserted.ok).toBe(true);
  return { word, host };
}

function paragraphWith(word: FakeWord, start: string) {
  return word.doc.paragraphs.find((p) => p.text.startsWith(start))!;
}

describe('listClauses and checkDrift', () => {
  it('finds our clauses by tag and reports them unchanged', async () => {
    const { host } = await built();
    const listed = await host.listClauses();
    if (!listed.ok) throw new Error('list failed');
    expect(listed.value.map((c) => [c.clauseId, c.located, c.paragraphs.length])).toEqual([
      ['definitions', 'control', 3],
      ['purpose-limitation', 'control', 3],
      ['return-or-destroy', 'control', 3],
    ]);
    const drift = await host.checkDrift(renderFromFixture);
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value.map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('reports an edited clause with a word diff', async () => {
    const { word, host } = await built();
    const p = paragraphWith(word, '3.1\t');
    p.text = p.text.replace('Within 30 days', 'Within 90 days');
    const drift = await host.checkDrift(renderFromFixture);
    if (!drift.ok) throw new Error('drift failed');
    const edited = drift.value.find((d) => d.clauseId === 'return-or-destroy')!;
    expect(edited.status).toBe('edited');
    expect(edited.diff!.filter((d) => d.kind !== 'same')).toEqual([
      { kind: 'removed', text: '30' },
      { kind: 'added', text: '90' },
    ]);
  });

  it('finds a clause by its text when its control was lost, and reports a removed clause', async () => {
    const { word, host } = await built();
    // Copy and paste in Word on the web drops the control but keeps the text.
    word.doc.controls = word.doc.controls.filter((c) => !c.tag.includes('purpose-limitation'));
    const returnClause = word.doc.controls.find((c) => c.tag.includes('return-or-destroy'))!;
    word.doc.deleteParagraphs(word.doc.paraIds(word.doc.controlRange(returnClause)));
    const drift = await host.checkDrift(renderFromFixture);
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value.map((d) => [d.clauseId, d.status, d.located, d.note?.key])).toEqual([
      ['definitions', 'unchanged', 'control', undefined],
      ['purpose-limitation', 'unchanged', 'fingerprint', 'host.drift.controlLost'],
      ['return-or-destroy', 'removed', undefined, undefined],
    ]);
  });

  it('falls back to fingerprints when the library cannot render a clause, and says when it cannot check at all', async () => {
    const { word, host } = await built();
    const drift = await host.checkDrift((clauseId, variantId, values) => {
      if (clauseId === 'definitions') throw new Error('clause "definitions" has no variant "standard" in library 2.0.0');
      return renderFromFixture(clauseId, variantId, values);
    });
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value[0]).toMatchObject({ status: 'unchanged' });
    expect(drift.value[0]!.note).toBeUndefined(); // an unchanged clause needs no explanation
    expect(drift.value[0]!.diff).toBeUndefined();
    const definition = paragraphWith(word, '1.2\t');
    definition.text = definition.text.replace('lithium iron phosphate', 'sodium-ion');
    const edited = await host.checkDrift((clauseId, variantId, values) => {
      if (clauseId === 'definitions') throw new Error('no clause "definitions"');
      return renderFromFixture(clauseId, variantId, values);
    });
    expect(edited.ok && edited.value[0]!.status).toBe('edited');

    const old = new FakeWord(DRAFT, '1.3');
    const oldHost = createWordHost(old.api, 'en');
    await oldHost.insertClauses(TERMS, 'end');
    const unrecorded = await oldHost.checkDrift(renderFromFixture);
    expect(unrecorded.ok && unrecorded.value.map((d) => d.status)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
    expect(unrecorded.ok && unrecorded.notes).toEqual([{ key: 'host.limit.record' }]);
  });
});
