import { plan, presetAnswers, renderIn, type Answers } from '../../../src/core/agreement';
import type { RenderedTerms } from '../../../src/core/agreement/rendered';
import { createWordHost } from '../../../src/host/word';
import { realLibrary } from '../../core/agreement/real-library';
import { FakeWord } from '../../support/fakeWord';
import type { FakeDocument } from '../../support/fakeWord/model';
import { realRuntimeWord } from '../../support/officeRuntime';
import { DRAFT, longDraft, TERMS, WITH_SCHEDULES } from '../fixtures';

// Insertion run over Microsoft's Office.js runtime (its requests are what Word would receive; the
// simulated document applies them as the fake Word does) and over the fake Word: the two must
// leave the same document, and no request may reach 20 KB.

type Setup = (doc: FakeDocument) => void;

/** What a reader of the document sees: texts, styles, indents, lists, controls and tables by position. */
function shape(doc: FakeDocument) {
  const at = (id: number) => doc.indexOf(id);
  return {
    paragraphs: doc.paragraphs.map((p) => [p.text, p.styleBuiltIn, p.indent ?? null, p.list?.label ?? null, p.table ?? null]),
    controls: doc.controls.map((c) => [c.tag, c.title, at(c.first), at(c.last)]).sort((a, b) => Number(a[2]) - Number(b[2])),
    tables: doc.tables.map((t) => [at(t.first), at(t.last), t.rowCount, t.columnCount, t.headerRowCount, t.styleBuiltIn]),
  };
}

async function both(terms: RenderedTerms, where: 'end' | 'cursor', setup: Setup = () => {}, apiVersion: '1.3' | '1.4' = '1.3', declined = false) {
  const runtime = realRuntimeWord(DRAFT, apiVersion, { ooxmlRefused: declined });
  const fake = new FakeWord(DRAFT, apiVersion);
  fake.quirks.ooxmlRefused = declined;
  // The same built document first: our terms at the end, by each.
  for (const api of [runtime.api, fake.api]) expect((await createWordHost(api, 'en').insertClauses(TERMS, 'end')).ok).toBe(true);
  setup(runtime.word.doc);
  setup(fake.doc);
  const before = runtime.word.syncs.length;
  const overRuntime = await createWordHost(runtime.api, 'en').insertClauses(terms, where);
  const overFake = await createWordHost(fake.api, 'en').insertClauses(terms, where);
  return { overRuntime, overFake, runtime: runtime.word.doc, fake: fake.doc, syncs: runtime.word.syncs.slice(before) };
}

describe('insertClauses over the real Office.js runtime and over the fake Word', () => {
  const second = (doc: FakeDocument) => doc.texts().indexOf('2.\tUse of the Samples');
  const cursorAt = (pick: (doc: FakeDocument) => number): Setup => (doc) => {
    doc.selection = { kind: 'span', para: doc.paragraphs[pick(doc)]!.id, start: 0, end: 0 };
  };
  it.each([
    ['at the end', 'end' as const, () => {}],
    ['the cursor just before one of our clauses', 'cursor' as const, cursorAt((d) => second(d) - 1)],
    ['the cursor inside one of our clauses', 'cursor' as const, cursorAt((d) => second(d) + 1)],
    ['the cursor on the last paragraph of one of our clauses', 'cursor' as const, cursorAt((d) => second(d) + TERMS.clauses[1]!.paragraphs.length)],
  ])('%s: the same document, no control inside another, every request under 20 KB', async (_case, where, setup) => {
    const r = await both(TERMS, where, setup);
    expect(r.overRuntime).toEqual(r.overFake);
    expect(r.overRuntime.ok).toBe(true);
    expect(shape(r.runtime)).toEqual(shape(r.fake));
    // Two sets of our clauses, each control over its own paragraphs, none nested in another.
    const spans = shape(r.runtime).controls.map(([, , a, b]) => [Number(a), Number(b)] as const);
    expect(spans).toHaveLength(2 * TERMS.clauses.length);
    spans.slice(1).forEach(([a], i) => expect(a).toBeGreaterThan(spans[i]![1]));
    for (const s of r.syncs) expect(s.requestBytes).toBeLessThan(20_000);
  });

  it.each([
    ['as OOXML', false],
    ['with insertTable (WordApi 1.3) where Word declines OOXML', true],
  ])('puts schedule tables in the same place, rows and heading row %s', async (_how, declined) => {
    const r = await both(WITH_SCHEDULES, 'end', () => {}, '1.3', declined);
    expect(r.overRuntime.ok && r.overFake.ok).toBe(true);
    expect(shape(r.runtime)).toEqual(shape(r.fake));
    const [samples, record] = WITH_SCHEDULES.schedules!;
    const rows = (doc: FakeDocument) => doc.tables.slice(-2).map((t) => doc.tableRows(t));
    expect(rows(r.runtime)).toEqual([
      [samples!.columns, ...samples!.rows],
      [record!.columns, ...record!.rows],
    ]);
    expect(r.runtime.tables.slice(-2).map((t) => [t.headerRowCount, t.styleBuiltIn])).toEqual([
      [1, 'GridTable1Light'],
      [1, 'GridTable1Light'],
    ]);
  });
});

describe('a whole agreement over the real Office.js runtime', () => {
  const library = realLibrary();
  const built = (answers: Answers) => renderIn(library, plan(library, answers), answers);
  it.each([
    ['joint development, English', { ...presetAnswers(library, 'joint-development') }],
    ['sample testing, English and Chinese', { ...presetAnswers(library, 'sample-testing'), language: 'bilingual', prevailingLanguage: 'equal' }],
  ] as [string, Answers][])('%s: every request under 20 KB, the same round trips into 10 and 3,000 paragraphs', async (_name, answers) => {
    const { terms, zh } = built(answers);
    const run = async (paragraphs: number) => {
      const { api, word } = realRuntimeWord(longDraft(paragraphs), '1.3');
      expect((await createWordHost(api, 'en').insertClauses(terms, 'end', zh)).ok).toBe(true);
      expect(word.doc.controls.map((c) => c.tag)).toEqual(terms.clauses.map((c) => c.tag));
      return word.syncs;
    };
    const small = await run(10);
    const large = await run(3000);
    expect(large).toHaveLength(small.length);
    for (const s of [...small, ...large]) expect(s.requestBytes).toBeLessThan(20_000);
  });
});
