import { RECORDS_KEY } from '../../../src/core/agreement/records';
import { createWordHost } from '../../../src/host/word';
import { CLAUSES_NS, parseClauseRecordsXml } from '../../../src/io/clause-records';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT, renderFromFixture, TERMS } from '../fixtures';

const statuses = async (word: FakeWord) => {
  const drift = await createWordHost(word.api, 'en').checkDrift(renderFromFixture);
  if (!drift.ok) throw new Error('drift failed');
  return drift.value.map((d) => [d.clauseId, d.status]);
};

describe('clause records as a custom XML part in Word', () => {
  it('fake Word: add is queued until sync, getByNamespace filters by root namespace, getXml is read after sync', async () => {
    const word = new FakeWord(DRAFT);
    await word.api.run(async (ctx) => {
      ctx.document.customXmlParts.add('<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>');
      ctx.document.customXmlParts.add(`<?xml version="1.0"?><clauses xmlns="${CLAUSES_NS}"></clauses>`);
      expect(word.doc.customXmlParts).toEqual([]);
      await ctx.sync();
      const ours = ctx.document.customXmlParts.getByNamespace(CLAUSES_NS);
      expect(() => ours.items).toThrow(/not available/);
      ours.load('items');
      await ctx.sync();
      expect(ours.items).toHaveLength(1);
      const xml = ours.items[0]!.getXml();
      expect(() => xml.value).toThrow(/not available/);
      await ctx.sync();
      expect(xml.value).toContain(CLAUSES_NS);
    });
    expect(word.doc.customXmlParts.map((p) => p.namespaceUri)).toEqual(['http://schemas.openxmlformats.org/officeDocument/2006/bibliography', CLAUSES_NS]);
  });

  it('fake Word: custom XML parts need WordApi 1.4', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    await expect(word.api.run(async (ctx) => void ctx.document.customXmlParts.add(`<clauses xmlns="${CLAUSES_NS}"/>`))).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('each insertion adds a part with its own clauses, and drift reads them all', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.insertClauses({ ...TERMS, clauses: TERMS.clauses.slice(0, 2) }, 'end');
    await host.insertClauses({ ...TERMS, clauses: TERMS.clauses.slice(2) }, 'end');
    expect(word.doc.customXmlParts.map((p) => Object.keys(parseClauseRecordsXml(p.xml)!))).toEqual([
      TERMS.clauses.slice(0, 2).map((c) => c.tag),
      [TERMS.clauses[2]!.tag],
    ]);
    expect(await statuses(word)).toEqual([
      ['definitions', 'unchanged'],
      ['purpose-limitation', 'unchanged'],
      ['return-or-destroy', 'unchanged'],
    ]);
  });

  it('still reads the records of a document written before, from the document setting', async () => {
    const word = new FakeWord(DRAFT);
    await createWordHost(word.api, 'en').insertClauses(TERMS, 'end');
    word.doc.settings.set(RECORDS_KEY, JSON.stringify(parseClauseRecordsXml(word.doc.customXmlParts[0]!.xml)));
    word.doc.customXmlParts = [];
    expect(await statuses(word)).toEqual([
      ['definitions', 'unchanged'],
      ['purpose-limitation', 'unchanged'],
      ['return-or-destroy', 'unchanged'],
    ]);
    word.doc.settings.clear();
    expect((await statuses(word)).map(([, s]) => s)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
  });

  it('lists no clauses, instead of failing, where Word on the web answers a new document with no items (office-js#6673)', async () => {
    const word = new FakeWord(DRAFT);
    word.quirks.emptyItemsUndefined = true;
    const host = createWordHost(word.api, 'en');
    expect(await host.listClauses()).toEqual({ ok: true, value: [], notes: [] });
    expect(await host.checkDrift(renderFromFixture)).toEqual({ ok: true, value: [], notes: [] });
  });
});
