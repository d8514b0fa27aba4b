import type { RenderedTerms } from '../../../src/core/agreement/rendered';
import { CLAUSES_NS, parseClauseRecordsXml } from '../../../src/io/clause-records';
import { ooxmlBlocks } from '../../../src/host/word/ooxml';
import { planInsert } from '../../../src/host/word/plan';
import { createWordHost } from '../../../src/host/word';
import { FakeWord } from '../../support/fakeWord';
import { DRAFT, longDraft, PURPOSE, TERMS, WITH_SCHEDULES } from '../fixtures';

const planned = planInsert(TERMS).paragraphs.map((p) => p.text);
// The agreement ends in a clause: at the end of the document the plain paragraph its OOXML went
// into stays after it, as Word keeps a body's last paragraph; anywhere else it goes (insert.ts).
const inserted = [...planned, ''];

describe('insertClauses', () => {
  it('appends headings and numbered paragraphs, each clause in a tagged, titled control', async () => {
    const word = new FakeWord(DRAFT);
    const result = await createWordHost(word.api, 'en').insertClauses(TERMS, 'end');
    expect(result).toEqual({ ok: true, value: { clauses: 3, paragraphs: planned.length, recorded: true }, notes: [] });
    expect(word.doc.texts().slice(0, DRAFT.length)).toEqual(DRAFT.map((p) => p.text));
    expect(word.doc.texts().slice(DRAFT.length)).toEqual(inserted);
    expect(planned).toContain('2.1\t' + TERMS.clauses[1]!.paragraphs[0]!.text);
    const controls = word.doc.controls.map((c) => ({ tag: c.tag, title: c.title, text: word.doc.rangeText(word.doc.controlRange(c)).split('\r') }));
    expect(controls).toEqual(
      TERMS.clauses.map((c) => ({ tag: c.tag, title: c.title, text: [`${c.number}.\t${c.title}`, ...c.paragraphs.map((p) => `${p.label}\t${p.text}`)] })),
    );
    const heading = word.doc.paragraphs.find((p) => p.text === '2.\tUse of the Samples')!;
    expect(heading).toMatchObject({ styleBuiltIn: 'Heading1', list: undefined });
    expect(word.doc.customXmlParts.map((x) => x.namespaceUri)).toEqual([CLAUSES_NS]);
    const records = parseClauseRecordsXml(word.doc.customXmlParts[0]!.xml)!;
    expect(records[TERMS.clauses[2]!.tag]).toMatchObject({ clauseId: 'return-or-destroy', values: { returnDays: '30' } });
  });

  it('puts the schedules after the clauses as tables, outside every control, in the same 2 syncs', async () => {
    const word = new FakeWord(DRAFT);
    expect((await createWordHost(word.api, 'en').insertClauses(WITH_SCHEDULES, 'end')).ok).toBe(true);
    expect(word.syncs).toBe(2);
    const [samples, record] = WITH_SCHEDULES.schedules!;
    expect(word.doc.tables.map((t) => ({ rows: word.doc.tableRows(t), header: t.headerRowCount, style: t.styleBuiltIn }))).toEqual([
      { rows: [samples!.columns, ...samples!.rows], header: 1, style: 'GridTable1Light' },
      { rows: [record!.columns, ...record!.rows], header: 1, style: 'GridTable1Light' },
    ]);
    // Each heading and note sits before its table, the second schedule's heading after the first table.
    const texts = word.doc.texts();
    const at = (text: string) => texts.indexOf(text);
    expect(at(samples!.title)).toBeLessThan(at(samples!.intro[0]!));
    expect(at(samples!.intro[0]!) + 1).toBe(word.doc.indexOf(word.doc.tables[0]!.first));
    expect(at(record!.title)).toBe(word.doc.indexOf(word.doc.tables[0]!.last) + 1);
    expect(word.doc.paragraphs[at(record!.title)]).toMatchObject({ styleBuiltIn: 'Heading1', table: undefined });
    expect(word.doc.paragraphs.at(-2)!.text).toBe(record!.rows.at(-1)!.at(-1));
    expect(word.doc.controls).toHaveLength(TERMS.clauses.length);
    expect(word.doc.rangeText(word.doc.controlRange(word.doc.controls.at(-1)!))).not.toContain('Schedule');
  });

  it('without tables, gives each schedule row a paragraph: "Label: value" for particulars, "Heading: value; ..." for the record', () => {
    const texts = planInsert(WITH_SCHEDULES, { tables: false }).paragraphs.map((p) => p.text);
    expect(texts.slice(-8)).toEqual([
      'Schedule 1: Samples and Test Plan',
      WITH_SCHEDULES.schedules![0]!.intro[0],
      'Samples: Twelve lithium iron phosphate cells, model LFP-280',
      'Test plan: capacity at 25 °C under IEC 62620; cycle life at 0.5C, 1,000 cycles',
      'Schedule 2: Disclosure Record',
      WITH_SCHEDULES.schedules![1]!.intro[0],
      'No.: 1; Item: Batch LFP-280-2610, 12 cells; Kind: Batch of samples',
      'No.: 2; Item: housing drawings rev C.pdf; Kind: File; SHA-256 fingerprint: 3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea',
    ]);
  });

  it('puts the signature page after the last clause, outside every control, with a line to sign on for each blank', async () => {
    const signed: RenderedTerms = {
      ...TERMS,
      signing: {
        intro: 'Signed by the authorised representatives of the Parties on the dates below.',
        blocks: [
          { heading: 'Voltcell Energy Co., Ltd.', lines: [{ label: 'Signature', value: '' }, { label: 'Name', value: 'Li Wen' }] },
          { heading: 'Nordhavn Batteri AB', lines: [{ label: 'Signature', value: '' }, { label: 'Name', value: '' }] },
        ],
      },
    };
    const word = new FakeWord(DRAFT);
    expect((await createWordHost(word.api, 'en').insertClauses(signed, 'end')).ok).toBe(true);
    expect(word.syncs).toBe(2);
    expect(word.doc.texts().slice(-7)).toEqual([
      'Signed by the authorised representatives of the Parties on the dates below.',
      'Voltcell Energy Co., Ltd.',
      'Signature:\t_________________________',
      'Name:\tLi Wen',
      'Nordhavn Batteri AB',
      'Signature:\t_________________________',
      'Name:\t_________________________',
    ]);
    expect(word.doc.rangeText(word.doc.controlRange(word.doc.controls.at(-1)!))).not.toContain('Signed by');
  });

  describe('next to, inside and after one of our clauses', () => {
    /** The draft with the terms already inserted at the end; the second clause's paragraphs. */
    async function built() {
      const word = new FakeWord(DRAFT);
      const host = createWordHost(word.api, 'en');
      await host.insertClauses(TERMS, 'end');
      const first = word.doc.texts().indexOf('2.\tUse of the Samples');
      return { word, host, first, last: first + TERMS.clauses[1]!.paragraphs.length };
    }
    /** Each control's paragraph indexes: contiguous, and no two controls share a paragraph. */
    function spans(word: FakeWord): number[][] {
      return word.doc.controls.map((c) => word.doc.paraIds(word.doc.controlRange(c)).map((id) => word.doc.indexOf(id)));
    }
    const cases: [string, (b: Awaited<ReturnType<typeof built>>) => number, (b: Awaited<ReturnType<typeof built>>) => number][] = [
      ['the cursor just before the clause: in front of it', (b) => b.first - 1, (b) => b.first],
      ['the cursor inside the clause: after it, not inside', (b) => b.first + 1, (b) => b.last + 1],
      ['the cursor on its last paragraph: after it, outside the control', (b) => b.last, (b) => b.last + 1],
    ];
    it.each(cases)('%s', async (_case, cursorAt, expectedAt) => {
      const b = await built();
      const before = b.word.doc.texts();
      b.word.doc.selection = { kind: 'span', para: b.word.doc.paragraphs[cursorAt(b)]!.id, start: 0, end: 0 };
      const where = expectedAt(b);
      expect((await b.host.insertClauses(TERMS, 'cursor')).ok).toBe(true);
      const texts = b.word.doc.texts();
      expect(texts.slice(where, where + planned.length)).toEqual(planned);
      expect([...texts.slice(0, where), ...texts.slice(where + planned.length)]).toEqual(before);
      const all = spans(b.word).flat();
      expect(new Set(all).size).toBe(all.length);
      for (const s of spans(b.word)) expect(s).toEqual(s.map((_, i) => s[0]! + i));
      expect(spans(b.word)).toHaveLength(2 * TERMS.clauses.length);
    });
  });

  it.each([
    ['OOXML says so, in the same 2 round trips', false, 2],
    ['paragraph by paragraph where Word declines OOXML, in one more round trip', true, 7],
  ])('keeps its own clause numbers in a template that numbers Heading 1: %s', async (_how, refused, syncs) => {
    const word = new FakeWord(DRAFT);
    word.doc.numberedHeadings = true;
    word.quirks.ooxmlRefused = refused;
    const result = await createWordHost(word.api, 'en').insertClauses(TERMS, 'end');
    expect(result.ok).toBe(true);
    const headings = word.doc.paragraphs.slice(DRAFT.length).filter((p) => p.styleBuiltIn === 'Heading1');
    expect(headings.map((p) => [p.text, p.list])).toEqual(TERMS.clauses.map((c) => [`${c.number}.\t${c.title}`, undefined]));
    // Declined: the read, the declined block, the recovery's read and removal, then 3 for the paragraphs.
    expect(word.syncs).toBe(syncs);
    expect(word.doc.texts().slice(DRAFT.length)).toEqual(refused ? planned : inserted);
    expect(word.doc.controls.map((c) => c.tag)).toEqual(TERMS.clauses.map((c) => c.tag));
  });

  it('inserts after the paragraph holding the cursor, out of its list, leaving the rest as it was', async () => {
    const word = new FakeWord(DRAFT);
    word.doc.selection = { kind: 'span', para: word.doc.paragraphs[PURPOSE]!.id, start: 10, end: 10 };
    const result = await createWordHost(word.api, 'en').insertClauses(TERMS, 'cursor');
    expect(result.ok).toBe(true);
    const texts = word.doc.texts();
    expect(texts.slice(0, PURPOSE + 1)).toEqual(DRAFT.slice(0, PURPOSE + 1).map((p) => p.text));
    // No empty paragraph is left between the agreement and the draft's next paragraph.
    expect(texts.slice(PURPOSE + 1, PURPOSE + 1 + planned.length)).toEqual(planned);
    expect(texts.slice(PURPOSE + 1 + planned.length)).toEqual(DRAFT.slice(PURPOSE + 1).map((p) => p.text));
    expect(word.doc.paragraphs.slice(PURPOSE + 1, PURPOSE + 1 + planned.length).filter((p) => p.list)).toEqual([]);
  });

  it('takes a round trip to read and one per OOXML block, whatever the length of the document', async () => {
    const many: RenderedTerms = {
      ...TERMS,
      clauses: Array.from({ length: 60 }, (_, i) => ({ ...TERMS.clauses[1]!, number: String(i + 1), tag: `cw|clause-${i}|v|1.0.0` })),
    };
    expect(ooxmlBlocks(planInsert(many), many.clauses).length).toBeGreaterThan(1);
    for (const terms of [TERMS, many]) {
      const syncs: number[] = [];
      for (const seeds of [DRAFT, longDraft(5000)]) {
        const word = new FakeWord(seeds);
        expect((await createWordHost(word.api, 'en').insertClauses(terms, 'end')).ok).toBe(true);
        syncs.push(word.syncs);
        expect(word.doc.texts().slice(seeds.length)).toEqual([...planInsert(terms).paragraphs.map((p) => p.text), '']);
        expect(word.doc.controls.map((c) => c.tag)).toEqual(terms.clauses.map((c) => c.tag));
      }
      // One more when the clause records do not fit beside the last block.
      const blocks = ooxmlBlocks(planInsert(terms), terms.clauses).length;
      expect([1 + blocks, 2 + blocks]).toContain(syncs[0]);
      expect(syncs[1]).toBe(syncs[0]);
    }
    expect(ooxmlBlocks(planInsert(TERMS), TERMS.clauses)).toHaveLength(1);
  });

  it.each([
    ['clauses', TERMS],
    ['clauses and schedule tables', WITH_SCHEDULES],
  ])('removes what went in when Word fails part-way, so the document is as it was (%s)', async (_what, terms) => {
    const probe = new FakeWord(DRAFT);
    await createWordHost(probe.api, 'en').insertClauses(terms, 'end');
    const ops = probe.lastBatchOps;
    for (const at of [1, Math.floor(ops / 2), ops - 1]) {
      const word = new FakeWord(DRAFT);
      word.failAt(at, 2);
      const result = await createWordHost(word.api, 'en').insertClauses(terms, 'end');
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error).toMatchObject({ key: 'host.error.word', params: { code: 'GeneralException' } });
      expect(result.done).toEqual([{ key: 'host.done.rolledBack', params: { count: expect.any(Number) } }]);
      expect(word.doc.texts()).toEqual(DRAFT.map((p) => p.text));
      expect(word.doc.controls).toEqual([]);
      expect(word.doc.tables).toEqual([]);
      expect(word.doc.customXmlParts).toEqual([]);
    }
  });

  it('says exactly what is left when the removal fails too', async () => {
    const word = new FakeWord(DRAFT);
    word.failAt(5, 2);
    word.failAt(0, 4);
    const result = await createWordHost(word.api, 'en').insertClauses(TERMS, 'end');
    const inserted = word.doc.paragraphs.length - DRAFT.length;
    expect(inserted).toBeGreaterThan(0);
    expect(result).toMatchObject({ ok: false, done: [{ key: 'host.done.partialInsert', params: { count: inserted } }] });

    const blind = new FakeWord(DRAFT);
    blind.failAt(5, 2);
    blind.failAt(0, 3);
    expect(await createWordHost(blind.api, 'en').insertClauses(TERMS, 'end')).toMatchObject({ done: [{ key: 'host.done.partialUnknown' }] });
  });

  it('inserts without recording values under WordApi 1.3, and says so', async () => {
    const word = new FakeWord(DRAFT, '1.3');
    const result = await createWordHost(word.api, 'en').insertClauses(TERMS, 'end');
    expect(result).toEqual({ ok: true, value: { clauses: 3, paragraphs: planned.length, recorded: false }, notes: [{ key: 'host.note.notRecorded' }] });
    expect(word.doc.controls).toHaveLength(3);
  });
});

describe('sub-clauses', () => {
  // A return clause whose second paragraph lists what may be kept, as the library writes such lists.
  const withList: RenderedTerms = {
    ...TERMS,
    clauses: [
      ...TERMS.clauses.slice(0, 2),
      {
        ...TERMS.clauses[2]!,
        paragraphs: [
          { level: 1, label: '3.1', text: 'Within 30 days after this Agreement ends, Evaluator shall return the Samples to Provider.' },
          { level: 1, label: '3.2', text: 'Evaluator may keep only:' },
          { level: 2, label: '(a)', text: 'one archival copy of its test reports; and' },
          { level: 2, label: '(b)', text: 'copies held in automatic back-ups until they are overwritten.' },
          { level: 1, label: '3.3', text: 'Evaluator shall confirm the return in writing.' },
        ],
      },
    ],
  };

  it.each([
    // In OOXML each paragraph says its own indent; paragraph by paragraph, the next one inherits and is set back.
    ['as OOXML', false, undefined],
    ['paragraph by paragraph', true, { left: 0, firstLine: 0 }],
  ])('hang their "(a)" in from the clause text, as the .docx writer lays them out, and the next paragraph is at the margin (%s)', async (_how, refused, margin) => {
    const word = new FakeWord(DRAFT);
    word.quirks.ooxmlRefused = refused;
    expect((await createWordHost(word.api, 'en').insertClauses(withList, 'end')).ok).toBe(true);
    const at = (start: string) => word.doc.paragraphs.find((p) => p.text.startsWith(start))!;
    // 1361 and 567 twips, the writer's level-2 numbering indent.
    expect(at('(a)\t').indent).toEqual({ left: 68.05, firstLine: -28.35 });
    expect(at('(b)\t').indent).toEqual({ left: 68.05, firstLine: -28.35 });
    expect(at('3.3\t').indent).toEqual(margin);
    expect(at('3.2\t').indent).toBeUndefined();
  });
});
