import { COMMENT_MARKER } from '../../../src/host/common/comment';
import { loadLocale, t, type Locale } from '../../../src/core/i18n';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DISPUTES, DRAFT, FINDINGS, longDraft, manyFindings, PURPOSE, RESIDUALS, RESULTS, RETURN } from '../fixtures';

const placed = FINDINGS.filter((f) => f.evidence.length > 0);

describe('markFindings', () => {
  it('adds a comment with the message, why and fix on each passage, special characters included', async () => {
    const word = new FakeWord(DRAFT);
    const result = await createWordHost(word.api, 'en').markFindings(FINDINGS);
    expect(result).toEqual({
      ok: true,
      value: { marked: placed.length, as: 'comment', unplaced: ['no-reverse-engineering/missing#1'] },
      notes: [{ key: 'host.note.unplaced', params: { count: 1 } }],
    });
    const anchors = word.doc.comments.map((c) => ({ paragraph: word.doc.indexOf(c.para), start: c.start, end: c.end }));
    expect(anchors).toEqual(placed.map((f) => ({ paragraph: f.evidence[0]!.paragraph, start: f.evidence[0]!.start, end: f.evidence[0]!.end })));
    const first = word.doc.comments[0]!.content;
    expect(first.startsWith(COMMENT_MARKER)).toBe(true);
    expect(first).toContain(FINDINGS[0]!.message);
    expect(first).toContain(FINDINGS[0]!.why);
    expect(first).toContain('"purpose-limitation"');
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
    const residuals = word.doc.comments.find((c) => word.doc.indexOf(c.para) === RESIDUALS)!;
    expect(word.doc.para(residuals.para).text.slice(residuals.start, residuals.end)).toBe('learned from the Samples ^ the "Residuals"');
    expect(word.doc.comments.some((c) => word.doc.indexOf(c.para) === DISPUTES)).toBe(true);
  });

  it('carries the clause apply-fix would insert, as core/fix words it, in the same three syncs', async () => {
    const word = new FakeWord(DRAFT);
    const clauseText = '3.1 Within 30 days after the end of the Evaluation, Evaluator shall return the Samples to Provider.';
    await createWordHost(word.api, 'en').markFindings([FINDINGS[0]!], (f) => (f.id === FINDINGS[0]!.id ? clauseText : undefined));
    const content = word.doc.comments[0]!.content;
    expect(content).toContain(`We propose instead:\n${clauseText}`);
    expect(content).not.toContain('"purpose-limitation"');
    expect(word.syncs).toBeLessThanOrEqual(3);
  });

  it('words each comment in the language the pane shows when it is written, not the one it opened in', async () => {
    await loadLocale('zh-CN');
    const word = new FakeWord(DRAFT);
    let shown: Locale = 'en';
    const host = createWordHost(word.api, () => shown);
    const clauseText = '3.1 Within 30 days after the end of the Evaluation, Evaluator shall return the Samples to Provider.';
    await host.markFindings([FINDINGS[0]!], () => clauseText);
    shown = 'zh-CN';
    await host.markFindings([FINDINGS[1]!], () => clauseText);
    const [before, after] = word.doc.comments.map((c) => c.content);
    expect(before).toContain('Why it matters:');
    expect(before).toContain('We propose instead:');
    expect(after).toContain(t('zh-CN', 'host.comment.fixText', { text: clauseText }));
    expect(after).not.toContain('Why it matters:');
  });

  it('marks the whole paragraph when the quote is not unique in it', async () => {
    const seeds = DRAFT.map((p, i) => (i === RETURN ? { ...p, text: 'Evaluator shall return the Samples within a reasonable time and report within a reasonable time.' } : p));
    const word = new FakeWord(seeds);
    const finding = { ...FINDINGS[3]!, evidence: [{ paragraph: RETURN, start: 35, end: 59, text: 'within a reasonable time' }] };
    await createWordHost(word.api, 'en').markFindings([finding]);
    expect(word.doc.comments[0]).toMatchObject({ start: 0, end: seeds[RETURN]!.text.length });
  });

  it('anchors a quote longer than Word can search by its first and last stretches', async () => {
    const long = [DRAFT[RESULTS]!.text, DRAFT[PURPOSE]!.text, DRAFT[RETURN]!.text].join(' ');
    const text = `Subject to Section 4, ${long} Each party bears its own costs.`;
    const seeds = DRAFT.map((p, i) => (i === RESULTS ? { ...p, text } : p));
    const word = new FakeWord(seeds);
    const start = text.indexOf(long);
    const finding = { ...FINDINGS[1]!, evidence: [{ paragraph: RESULTS, start, end: start + long.length, text: long }] };
    await createWordHost(word.api, 'en').markFindings([finding]);
    expect(long.length).toBeGreaterThan(255);
    expect(word.doc.comments[0]).toMatchObject({ start, end: start + long.length });
  });

  it('finds a passage that moved after edits above it, and leaves out a passage that is gone', async () => {
    const word = new FakeWord([{ text: 'Recitals: the parties wish to evaluate battery cells.' }, ...DRAFT]);
    const gone = { ...FINDINGS[3]!, id: 'gone', evidence: [{ paragraph: RETURN, start: 0, end: 12, text: 'Evaluator will promptly return' }] };
    const result = await createWordHost(word.api, 'en').markFindings([FINDINGS[0]!, gone]);
    expect(result.ok && result.value).toEqual({ marked: 1, as: 'comment', unplaced: ['gone'] });
    expect(word.doc.indexOf(word.doc.comments[0]!.para)).toBe(PURPOSE + 1);
  });

  it('takes 3 syncs for 1 and for 500 findings', async () => {
    const syncs = async (n: number) => {
      const word = new FakeWord(longDraft(7100));
      const result = await createWordHost(word.api, 'en').markFindings(manyFindings(n));
      expect(result.ok && result.value.marked).toBe(n);
      expect(word.doc.comments).toHaveLength(n);
      return word.syncs;
    };
    expect(await syncs(1)).toBe(3);
    expect(await syncs(500)).toBe(3);
  });

  it('reports how many were marked when Word fails part-way', async () => {
    const word = new FakeWord(DRAFT);
    word.failAt(3, 3);
    const result = await createWordHost(word.api, 'en').markFindings(FINDINGS);
    expect(result).toMatchObject({ ok: false, done: [{ key: 'host.done.marks', params: { count: word.doc.comments.length, total: placed.length } }] });
    expect(word.doc.comments.length).toBeGreaterThan(0);
    expect(word.doc.comments.length).toBeLessThan(placed.length);
  });

  it('highlights under WordApi 1.3, never over the user\'s own highlighting', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    const host = createWordHost(word.api, 'en');
    expect(host.capabilities()).toMatchObject({ comments: false, trackedFixes: false, limits: expect.arrayContaining([{ key: 'host.limit.comments' }]) });
    word.doc.setHighlight({ kind: 'paras', first: word.doc.paragraphs[RETURN]!.id, last: word.doc.paragraphs[RETURN]!.id }, 'Green');
    const result = await host.markFindings(FINDINGS);
    expect(result.ok && result.value.as).toBe('highlight');
    const purpose = word.doc.paragraphs[PURPOSE]!;
    const ev = FINDINGS[0]!.evidence[0]!;
    expect(purpose.highlights).toEqual([{ start: ev.start, end: ev.end, color: 'Yellow' }]);
    expect(word.doc.paragraphs[RETURN]!.highlights).toEqual([{ start: 0, end: DRAFT[RETURN]!.text.length, color: 'Green' }]);
    expect(word.doc.controls.filter((c) => c.tag.startsWith('cw-mark|'))).toHaveLength(placed.length);
    expect(word.doc.comments).toEqual([]);
  });
});

describe('clearMarks', () => {
  it('removes our comments and keeps the user\'s', async () => {
    const word = new FakeWord(DRAFT);
    word.doc.comments.push({ id: 999, content: 'Lars: please confirm the notice period', para: word.doc.paragraphs[18]!.id, start: 0, end: 10 });
    const host = createWordHost(word.api, 'en');
    await host.markFindings(FINDINGS);
    expect(await host.clearMarks()).toEqual({ ok: true, value: { removed: placed.length }, notes: [] });
    expect(word.doc.comments.map((c) => c.id)).toEqual([999]);
    expect(word.syncs).toBe(5);
  });

  it('removes our highlights and controls under WordApi 1.3, leaving the user\'s highlight and text', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    const returnRange = { kind: 'paras' as const, first: word.doc.paragraphs[RETURN]!.id, last: word.doc.paragraphs[RETURN]!.id };
    word.doc.setHighlight(returnRange, 'Green');
    const host = createWordHost(word.api, 'en');
    await host.markFindings(FINDINGS);
    const result = await host.clearMarks();
    expect(result.ok && result.value.removed).toBe(placed.length);
    expect(word.doc.controls).toEqual([]);
    expect(word.doc.paragraphs[PURPOSE]!.highlights).toEqual([]);
    expect(word.doc.highlightOf(returnRange)).toBe('Green');
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
  });

  it('reports how many were removed when Word fails part-way', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.markFindings(FINDINGS);
    word.failAt(2, 2);
    const result = await host.clearMarks();
    expect(result).toMatchObject({ ok: false, done: [{ key: 'host.done.cleared', params: { count: 2 } }] });
    expect(word.doc.comments).toHaveLength(placed.length - 2);
  });
});
