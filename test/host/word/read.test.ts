import { createWordHost } from '../../../src/host/word';
import { FakeWord, type ParagraphSeed } from '../../support/fakeWord';
import { DRAFT, longDraft, PURPOSE, RESULTS } from '../fixtures';

describe('readDocument', () => {
  it('reads text, style, heading level, list label, table position and enclosing control', async () => {
    const word = new FakeWord(DRAFT);
    const control = word.doc.addControl({ kind: 'paras', first: word.doc.paragraphs[RESULTS]!.id, last: word.doc.paragraphs[RESULTS + 1]!.id });
    control.tag = 'cw|foreground-ownership|generating-party|1.0.0';
    control.title = 'Ownership of Results';
    const result = await createWordHost(word.api, 'en').readDocument();
    if (!result.ok) throw new Error(JSON.stringify(result));
    const ps = result.value.paragraphs;
    expect(ps).toHaveLength(DRAFT.length);
    expect(ps[0]).toMatchObject({ index: 0, text: 'MATERIAL EVALUATION AGREEMENT', style: 'Title' });
    expect(ps[0]!.headingLevel).toBeUndefined();
    expect(ps[11]).toMatchObject({ text: 'Purpose', headingLevel: 1, listLabel: '2.' });
    expect(ps[PURPOSE]).toMatchObject({ listLabel: '2.1', style: 'List Paragraph', text: DRAFT[PURPOSE]!.text });
    expect(ps[6]).toMatchObject({ table: { table: 0, row: 2, cell: 0 } });
    expect(ps[RESULTS]!.contentControl).toEqual({ tag: 'cw|foreground-ownership|generating-party|1.0.0', title: 'Ownership of Results' });
    expect(ps[RESULTS - 1]!.contentControl).toBeUndefined();
    expect(result.value.revisions).toBeUndefined(); // listed only when reviewing
  });

  it('numbers tables in order of their start, a table nested in a cell included', async () => {
    const word = new FakeWord([
      { text: 'Milestone', table: { row: 0, cell: 0 } },
      { text: 'Acceptance test', table: { row: 0, cell: 0, nesting: 2 } },
      { text: 'Payment', table: { row: 0, cell: 1, nesting: 2 } },
      { text: 'after the nested table', table: { row: 0, cell: 0 } },
      { text: 'Fees are payable within 30 days of invoice.', table: { row: 1, cell: 0 } },
      { text: 'Schedule 2' },
      { text: 'Sample', table: { row: 0, cell: 0 } },
    ]);
    const result = await createWordHost(word.api, 'en').readDocument();
    expect(result.ok && result.value.paragraphs.map((p) => p.table?.table)).toEqual([0, 1, 1, 0, 0, undefined, 2]);
  });

  it('reviewing with WordApi 1.6: tracked changes by author, and the text as Word gives it accepted', async () => {
    const seeds = DRAFT.map((p, i) =>
      i === PURPOSE
        ? {
            ...p,
            text: 'Evaluator may use the Samples for evaluation only and any other purposes related to its business.',
            changes: [
              { type: 'Added' as const, author: 'Lars Holm', date: new Date('2025-03-05T09:00:00Z'), text: 'only' },
              { type: 'Deleted' as const, author: 'Lars Holm', date: new Date('2025-03-05T09:01:00Z'), text: ' and any other purposes related to its business' },
            ],
          }
        : p,
    );
    const word = new FakeWord(seeds, '1.6');
    const plain = await createWordHost(word.api, 'en').readDocument();
    expect(plain.ok && plain.value.paragraphs[PURPOSE]!.text).toBe(seeds[PURPOSE]!.text);
    expect(plain.ok && plain.value.revisions).toBeUndefined();
    const result = await createWordHost(word.api, 'en').readDocument({ revisions: true });
    if (!result.ok) throw new Error('read failed');
    expect(result.value.paragraphs[PURPOSE]!.text).toBe('Evaluator may use the Samples for evaluation only.');
    expect(result.value.revisions).toEqual([
      { kind: 'insertion', author: 'Lars Holm', date: '2025-03-05T09:00:00.000Z', paragraph: PURPOSE, text: 'only' },
      { kind: 'deletion', author: 'Lars Holm', date: '2025-03-05T09:01:00.000Z', paragraph: PURPOSE, text: ' and any other purposes related to its business' },
    ]);

    // WordApi 1.4 has Word's reviewed text but no list of changes: the text is right, authors unknown.
    const older = new FakeWord(seeds, '1.4');
    const host = createWordHost(older.api, 'en');
    expect(host.capabilities()).toMatchObject({ readRevisions: false, limits: [{ key: 'host.limit.revisionAuthors' }] });
    const current = await host.readDocument({ revisions: true });
    if (!current.ok) throw new Error('read failed');
    expect(current.value.paragraphs[PURPOSE]!.text).toBe('Evaluator may use the Samples for evaluation only.');
    expect(current.value.revisions).toBeUndefined();
  });

  // The deleted word occurs twice in the paragraph; only the second occurrence is struck out.
  const REPEATED: ParagraphSeed = {
    text: 'The Recipient shall not disclose the Confidential Information and shall not use it for any purpose other than the Evaluation.',
    changes: [{ type: 'Deleted', author: 'Lars Holm', date: new Date('2025-03-05T09:00:00Z'), text: 'not ', start: 72 }],
  };
  const STRUCK: ParagraphSeed = {
    text: 'The Recipient may not retain copies of the Samples after the Evaluation ends.',
    changes: [
      { type: 'Deleted', author: 'Lars Holm', date: new Date('2025-03-05T09:00:00Z'), text: 'not ', start: 18 },
      { type: 'Added', author: 'Lars Holm', date: new Date('2025-03-05T09:00:00Z'), text: ' ends', start: 71 },
    ],
  };

  it.each([
    ['Windows', false],
    ['Mac, where Word gives deleted text as ""', true],
  ])('takes the accepted text from Word, a repeated phrase and a struck-out "not" included (%s)', async (_platform, mac) => {
    const word = new FakeWord(['Confidentiality', REPEATED, STRUCK], '1.6');
    word.quirks.macDeletedText = mac;
    const result = await createWordHost(word.api, 'en').readDocument({ revisions: true });
    if (!result.ok) throw new Error('read failed');
    expect(result.value.paragraphs.map((p) => p.text)).toEqual([
      'Confidentiality',
      'The Recipient shall not disclose the Confidential Information and shall use it for any purpose other than the Evaluation.',
      'The Recipient may retain copies of the Samples after the Evaluation ends.',
    ]);
    // On Mac too each deletion is in its own paragraph: the first paragraph lost one stretch only.
    expect(result.value.revisions?.map((r) => [r.kind, r.paragraph])).toEqual([
      ['deletion', 1],
      ['deletion', 2],
      ['insertion', 2],
    ]);
  });

  it('reads the accepted text when Word fails to list tracked changes, and says authors are unknown', async () => {
    const word = new FakeWord(['Confidentiality', REPEATED], '1.6');
    word.failAt(3); // the first batch's fourth operation: loading the tracked changes
    const result = await createWordHost(word.api, 'en').readDocument({ revisions: true });
    expect(result).toMatchObject({ ok: true, notes: [{ key: 'host.note.revisionsUnreadable' }] });
    expect(result.ok && result.value.paragraphs[1]!.text).toMatch(/^The Recipient shall not disclose .* and shall use it/);
    expect(result.ok && result.value.revisions).toBeUndefined();
  });

  it('takes the same number of syncs, at most 2, for 10 and for 5,000 paragraphs', async () => {
    const syncs = async (n: number) => {
      const word = new FakeWord(longDraft(n));
      word.doc.addControl({ kind: 'paras', first: word.doc.paragraphs[9]!.id, last: word.doc.paragraphs[9]!.id }).tag = 'cw|a|b|1.0.0';
      const result = await createWordHost(word.api, 'en').readDocument();
      expect(result.ok && result.value.paragraphs.length).toBe(n);
      return word.syncs;
    };
    const small = await syncs(10);
    expect(small).toBeLessThanOrEqual(2);
    expect(await syncs(5000)).toBe(small);
  });

  it('reports a Word failure instead of throwing', async () => {
    const word = new FakeWord(DRAFT);
    word.failAt(0);
    const result = await createWordHost(word.api, 'zh-CN').readDocument();
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ key: 'host.error.word', params: expect.objectContaining({ code: 'GeneralException' }) }),
      done: [{ key: 'host.done.nothing' }],
    });
  });
});
