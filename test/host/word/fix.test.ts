import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT, FINDINGS, PURPOSE, RETURN, renderFromFixture, TERMS } from '../fixtures';

const returnClause = TERMS.clauses[2]!;
const returnFinding = FINDINGS[3]!;
const clauseTexts = [`3.\tReturn of the Samples`, ...returnClause.paragraphs.map((p) => `${p.label}\t${p.text}`)];

describe('goTo', () => {
  it('selects the passage', async () => {
    const word = new FakeWord(DRAFT);
    const result = await createWordHost(word.api, 'en').goTo(FINDINGS[0]!);
    expect(result).toEqual({ ok: true, value: null, notes: [] });
    const ev = FINDINGS[0]!.evidence[0]!;
    expect(word.doc.selection).toEqual({ kind: 'span', para: word.doc.paragraphs[PURPOSE]!.id, start: ev.start, end: ev.end });
    expect(word.syncs).toBe(3);
  });

  it('says when there is no passage to go to', async () => {
    const word = new FakeWord(DRAFT);
    expect(await createWordHost(word.api, 'en').goTo(FINDINGS[5]!)).toMatchObject({ ok: false, error: { key: 'host.error.noPassage' } });
    expect(word.syncs).toBe(0);
  });
});

describe('applyFix', () => {
  it('replaces the passage with the vetted clause as tracked changes and restores the user\'s tracking mode', async () => {
    const word = new FakeWord(DRAFT);
    const result = await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause);
    expect(result).toEqual({ ok: true, value: { mode: 'replaced', paragraphs: 3, tracked: true }, notes: [] });
    expect(word.doc.trackingMode).toBe('Off');
    const texts = word.doc.texts();
    // Word keeps the tracked deletion in place until it is accepted.
    expect(texts).toEqual([...DRAFT.slice(0, RETURN).map((p) => p.text), ...clauseTexts, ...DRAFT.slice(RETURN).map((p) => p.text)]);
    expect(word.doc.paragraphs[RETURN + 3]!.deleted).toBe(true);
    expect(word.doc.paragraphs.filter((p) => p.deleted)).toHaveLength(1);
    expect(word.doc.allChanges().map((c) => [c.type, c.text])).toEqual([
      ...clauseTexts.map((t) => ['Added', t]),
      ['Deleted', DRAFT[RETURN]!.text],
    ]);
    expect(word.doc.controls).toEqual([expect.objectContaining({ tag: returnClause.tag, title: 'Return of the Samples' })]);
    expect(word.doc.paragraphs[RETURN]!.list).toBeUndefined();
    expect(word.syncs).toBe(2);
  });

  it('leaves no "removed" clause behind when the user rejects the proposed fix', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.applyFix(returnFinding, returnClause);
    const pending = await host.checkDrift(renderFromFixture);
    expect(pending.ok && pending.value.map((d) => [d.clauseId, d.status])).toEqual([['return-or-destroy', 'unchanged']]);
    word.doc.rejectAllChanges();
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
    const after = await host.checkDrift(renderFromFixture);
    expect(after.ok && after.value).toEqual([]);
  });

  it('keeps the user\'s tracking mode when it was already on', async () => {
    const word = new FakeWord(DRAFT);
    word.doc.trackingMode = 'TrackMineOnly';
    await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause);
    expect(word.doc.trackingMode).toBe('TrackMineOnly');
  });

  it('inserts after the cursor when the term is missing', async () => {
    const word = new FakeWord(DRAFT);
    word.doc.selection = { kind: 'span', para: word.doc.paragraphs[PURPOSE]!.id, start: 0, end: 0 };
    const missing = { ...FINDINGS[5]!, fix: { clause: 'return-or-destroy', variant: 'return-30-days' } };
    const result = await createWordHost(word.api, 'en').applyFix(missing, returnClause);
    expect(result.ok && result.value.mode).toBe('inserted');
    expect(word.doc.texts().slice(PURPOSE + 1, PURPOSE + 4)).toEqual(clauseTexts);
    expect(word.doc.paragraphs.some((p) => p.deleted)).toBe(false);
  });

  it('inserts a missing term after the cursor even where its finding quotes the part of the topic that is there', async () => {
    const word = new FakeWord(DRAFT);
    word.doc.selection = { kind: 'span', para: word.doc.paragraphs[PURPOSE]!.id, start: 0, end: 0 };
    // The missing check's finding worded as the gap in a term that covers another part of the topic.
    const part = { ...returnFinding, rule: 'missing', kind: 'ambiguous' as const, fix: { clause: 'return-or-destroy', variant: 'return-30-days' } };
    const result = await createWordHost(word.api, 'en').applyFix(part, returnClause);
    expect(result.ok && result.value.mode).toBe('inserted');
    expect(word.doc.paragraphs.some((p) => p.deleted)).toBe(false);
  });

  it('declines under WordApi 1.3 rather than edit without tracking', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    const result = await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause);
    expect(result).toEqual({ ok: false, error: { key: 'host.error.needsTracking' }, done: [{ key: 'host.done.nothing' }] });
    expect(word.syncs).toBe(0);
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
  });

  it('leaves the document as it was when Word fails before the old passage is deleted', async () => {
    const probe = new FakeWord(DRAFT);
    await createWordHost(probe.api, 'en').applyFix(returnFinding, returnClause);
    const ops = probe.lastBatchOps;
    for (const at of [0, 2, 7]) {
      const word = new FakeWord(DRAFT);
      word.failAt(at, 2);
      const result = await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause);
      expect(result.ok).toBe(false);
      expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
      expect(word.doc.paragraphs.some((p) => p.deleted)).toBe(false);
      expect(word.doc.trackingMode).toBe('Off');
      expect(!result.ok && result.done.at(-1)).toEqual({ key: 'host.done.trackingRestored' });
    }
    expect(ops).toBeGreaterThan(7);
  });

  it('reports the fix as applied when only restoring the tracking mode failed, and restores it', async () => {
    const probe = new FakeWord(DRAFT);
    await createWordHost(probe.api, 'en').applyFix(returnFinding, returnClause);
    const word = new FakeWord(DRAFT);
    word.failAt(probe.lastBatchOps - 4, 2); // setting tracking back (then the record, the mode read; the trace does not count)
    const result = await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause);
    expect(result).toMatchObject({ ok: false, done: [{ key: 'host.done.fixApplied' }, { key: 'host.done.trackingRestored' }] });
    expect(word.doc.trackingMode).toBe('Off');
    expect(word.doc.paragraphs.filter((p) => p.deleted)).toHaveLength(1);
  });

  it('replaces the whole of our clause when the passage is in one of its paragraphs', async () => {
    const word = new FakeWord(DRAFT);
    const host = createWordHost(word.api, 'en');
    await host.insertClauses(TERMS, 'end');
    const texts = word.doc.texts();
    const first = texts.indexOf(`3.\tReturn of the Samples`);
    const quote = 'destroy them';
    const second = texts[first + 1]!;
    const finding = { ...returnFinding, evidence: [{ paragraph: first + 1, start: second.indexOf(quote), end: second.indexOf(quote) + quote.length, text: quote }] };
    const revised = { ...returnClause, values: { returnDays: '15' }, paragraphs: returnClause.paragraphs.map((p) => ({ ...p, text: p.text.replace('Within 30 days', 'Within 15 days') })) };
    const result = await host.applyFix(finding, revised);
    expect(result).toMatchObject({ ok: true, value: { mode: 'replaced', paragraphs: 3 } });
    // The new clause, then all three paragraphs of the old one struck out (kept until accepted).
    expect(word.doc.paragraphs.slice(first, first + 6).map((p) => [p.text.slice(0, 20), Boolean(p.deleted)])).toEqual([
      ['3.\tReturn of the Sam', false],
      ['3.1\tWithin 15 days a', false],
      ['3.2\tAn officer of Ev', false],
      ['3.\tReturn of the Sam', true],
      ['3.1\tWithin 30 days a', true],
      ['3.2\tAn officer of Ev', true],
    ]);
    expect(word.syncs).toBe(2 + 3);
  });

  it('says so when Word does not set Track Changes back to the user\'s mode', async () => {
    const word = new FakeWord(DRAFT);
    word.quirks.trackMineOnlyIgnored = true;
    word.doc.trackingMode = 'TrackMineOnly';
    const result = await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause);
    expect(result).toMatchObject({ ok: true, notes: [{ key: 'host.note.trackingNotRestored' }] });
    expect(word.doc.trackingMode).toBe('TrackAll');
  });

  it('refuses a passage that is no longer in the document, changing nothing', async () => {
    const word = new FakeWord(DRAFT);
    const stale = { ...returnFinding, evidence: [{ paragraph: RETURN, start: 0, end: 10, text: 'Evaluator may keep the Samples' }] };
    expect(await createWordHost(word.api, 'en').applyFix(stale, returnClause)).toMatchObject({ ok: false, error: { key: 'host.error.passageGone' } });
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
  });

  it('refuses a fix core keeps as a comment only (no place in the quoted clause), as the redline does, changing nothing', async () => {
    const word = new FakeWord(DRAFT);
    const result = await createWordHost(word.api, 'en').applyFix(returnFinding, returnClause, { kind: 'none' });
    expect(result).toMatchObject({ ok: false, error: { key: 'host.error.noPlace' } });
    expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
    expect(word.doc.allChanges()).toEqual([]);
    expect(word.syncs).toBe(0);
  });
});

describe('applyFix with sub-clauses', () => {
  it('indents each "(a)" as built agreements do, and sets the paragraph after them back to the margin', async () => {
    const word = new FakeWord(DRAFT);
    const listed = {
      ...returnClause,
      paragraphs: [
        { level: 1 as const, label: '3.1', text: 'Evaluator may keep only:' },
        { level: 2 as const, label: '(a)', text: 'one archival copy of its test reports; and' },
        { level: 2 as const, label: '(b)', text: 'copies held in automatic back-ups until they are overwritten.' },
        { level: 1 as const, label: '3.2', text: 'Evaluator shall confirm the return in writing.' },
      ],
    };
    const result = await createWordHost(word.api, 'en').applyFix(returnFinding, listed);
    expect(result).toMatchObject({ ok: true, value: { mode: 'replaced', paragraphs: 5 } });
    const at = (start: string) => word.doc.paragraphs.find((p) => p.text.startsWith(start))!;
    expect(at('(a)\t').indent).toEqual({ left: 68.05, firstLine: -28.35 });
    expect(at('3.2\t').indent).toEqual({ left: 0, firstLine: 0 });
    expect(word.syncs).toBe(2);
  });
});
