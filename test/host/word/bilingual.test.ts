import { plan, presetAnswers, renderIn, type Answers } from '../../../src/core/agreement';
import { libraryRenderer } from '../../../src/host/common/render';
import { createWordHost } from '../../../src/host/word';
import { ooxmlBlocks } from '../../../src/host/word/ooxml';
import { planInsert } from '../../../src/host/word/plan';
import { realLibrary } from '../../core/agreement/real-library';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT } from '../fixtures';

const library = realLibrary();
const answers: Answers = { ...presetAnswers(library, 'sample-testing'), language: 'bilingual', prevailingLanguage: 'equal' };
const { terms, zh } = renderIn(library, plan(library, answers), answers);

describe('a bilingual agreement inserted into Word', () => {
  it('goes in paragraph by paragraph, each English one followed by its Chinese, a round trip per OOXML block', async () => {
    const word = new FakeWord(DRAFT);
    const result = await createWordHost(word.api, 'en').insertClauses(terms, 'end', zh);
    expect(result.ok).toBe(true);
    // The read, a block each, and the clause records when they do not fit beside the last block.
    const blocks = ooxmlBlocks(planInsert(terms, { zh }), terms.clauses).length;
    expect([1 + blocks, 2 + blocks]).toContain(word.syncs);
    const texts = word.doc.texts().slice(DRAFT.length);
    expect(texts.slice(0, 2)).toEqual([terms.title, zh!.title]);
    const clause = terms.clauses[2]!;
    const at = texts.indexOf(`${clause.number}.\t${clause.title}`);
    expect(texts[at + 1]).toBe(`${zh!.clauses[2]!.number}.\t${zh!.clauses[2]!.title}`);
    expect(texts[at + 2]).toBe(`${clause.paragraphs[0]!.label}\t${clause.paragraphs[0]!.text}`);
    expect(texts[at + 3]).toBe(`${zh!.clauses[2]!.paragraphs[0]!.label}\t${zh!.clauses[2]!.paragraphs[0]!.text}`);
    // Each clause's control holds both texts, under the English clause's tag.
    expect(word.doc.controls.map((c) => c.tag)).toEqual(terms.clauses.map((c) => c.tag));
    // Twice the paragraphs of the English alone, and a schedule heading in both languages.
    expect(planInsert(terms, { zh }).clauses.map((c) => c.to - c.from + 1)).toEqual(planInsert(terms).clauses.map((c) => 2 * (c.to - c.from + 1)));
  });

  it('reads as unchanged in the drift check, and an edit to the English still shows', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.insertClauses(terms, 'end', zh);
    const drift = await host.checkDrift(libraryRenderer(library));
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value.filter((d) => d.status !== 'unchanged').map((d) => d.clauseId)).toEqual([]);
    const returnClause = terms.clauses.find((c) => c.clauseId === 'return-or-destroy')!;
    const p = word.doc.paragraphs.find((x) => x.text.startsWith(`${returnClause.paragraphs[0]!.label}\t`) && /Within/.test(x.text))!;
    p.text = p.text.replace(/Within \d+ days/, 'Within 90 days');
    const again = await host.checkDrift(libraryRenderer(library));
    if (!again.ok) throw new Error('drift failed');
    expect(again.value.find((d) => d.clauseId === 'return-or-destroy')?.status).toBe('edited');
  });
});

describe('an agreement inserted in Chinese alone', () => {
  const chinese: Answers = { ...presetAnswers(library, 'sample-testing'), language: 'zh' };
  const built = renderIn(library, plan(library, chinese), chinese);

  it('is compared in Chinese: unchanged as inserted, and an edit to a number of days shows character by character', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.insertClauses(built.terms, 'end');
    const drift = await host.checkDrift(libraryRenderer(library));
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value.filter((d) => d.status !== 'unchanged').map((d) => `${d.clauseId}: ${d.status}`)).toEqual([]);
    expect(drift.value).toHaveLength(built.terms.clauses.length);

    const returnClause = built.terms.clauses.find((c) => c.clauseId === 'return-or-destroy')!;
    const p = word.doc.paragraphs.find((x) => x.text.startsWith(`${returnClause.paragraphs[0]!.label}\t`) && /\d+日内/.test(x.text))!;
    p.text = p.text.replace(/(\d+)日内/, '90日内');
    const again = await host.checkDrift(libraryRenderer(library));
    if (!again.ok) throw new Error('drift failed');
    const edited = again.value.filter((d) => d.status === 'edited');
    expect(edited.map((d) => d.clauseId)).toEqual(['return-or-destroy']);
    expect(edited[0]!.diff!.filter((part) => part.kind !== 'same').map((part) => `${part.kind} ${part.text}`)).toEqual(expect.arrayContaining(['added 9']));
  });

  it('finds a prohibition taken out of the Chinese', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.insertClauses(built.terms, 'end');
    const p = word.doc.paragraphs.slice(DRAFT.length).find((x) => x.text.includes('不得'))!;
    p.text = p.text.replace('不得', '可以');
    const drift = await host.checkDrift(libraryRenderer(library));
    if (!drift.ok) throw new Error('drift failed');
    expect(drift.value.filter((d) => d.status === 'edited')).toHaveLength(1);
  });
});
