import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseClauseTag } from '../../src/core/agreement/tag';
import type { RenderedSchedule } from '../../src/core/agreement/rendered';
import { PROPERTY, readDocx, writeTermsDocx } from '../../src/io';
import { SAMPLE_TERMS } from '../fixtures/io/terms';
import { WITH_SCHEDULES } from '../host/fixtures';

const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('built terms as .docx', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeTermsDocx(SAMPLE_TERMS);
  });

  it('reads back with the numbering Word shows: "1." headings, "1.1" paragraphs, "(a)" sub-clauses', async () => {
    const doc = await readDocx(bytes);
    const numbered = doc.paragraphs.filter((p) => p.listLabel);
    const expected = SAMPLE_TERMS.clauses.flatMap((c) => [
      [`${c.number}.`, c.title, 1],
      ...c.paragraphs.map((p) => [p.label, p.text, undefined]),
    ]);
    expect(numbered.map((p) => [p.listLabel, p.text, p.headingLevel])).toEqual(expected);
  });

  it('numbers with a Word list, not typed numbers', async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.match(/<w:numPr>/g)?.length).toBe(SAMPLE_TERMS.clauses.reduce((n, c) => n + 1 + c.paragraphs.length, 0));
    expect(xml).not.toMatch(/<w:t[^>]*>\s*\d+\.\d/);
  });

  it('puts every clause in a content control tagged as ours', async () => {
    const doc = await readDocx(bytes);
    for (const clause of SAMPLE_TERMS.clauses) {
      const inside = doc.paragraphs.filter((p) => p.contentControl?.tag === clause.tag);
      expect(inside).toHaveLength(1 + clause.paragraphs.length);
      expect(parseClauseTag(inside[0]!.contentControl!.tag)).toEqual({ clauseId: clause.clauseId, variantId: clause.variantId, version: clause.clauseVersion });
      expect(inside[0]!.contentControl!.title).toBe(clause.title);
    }
    expect(doc.paragraphs.slice(0, 3).every((p) => !p.contentControl)).toBe(true);
  });

  it('numbers the pages with a field in the footer', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const footers = zip.file(/^word\/footer\d*\.xml$/);
    expect(footers).toHaveLength(1);
    expect(await footers[0]!.async('string')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it('sets the title, the scenario and the library as document properties', async () => {
    const { properties } = await readDocx(bytes);
    expect(properties).toMatchObject({
      title: 'Sample Evaluation Terms',
      subject: 'sample-testing',
      [PROPERTY.library]: 'clausewright-core',
      [PROPERTY.libraryVersion]: '1.2.0',
      [PROPERTY.scenario]: 'sample-testing',
    });
  });

  it('bolds each defined term, with its quotes, where it is defined', async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const { term } of SAMPLE_TERMS.definitions) {
      expect(xml).toMatch(new RegExp(`<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">&quot;${term}&quot;</w:t></w:r>`));
    }
    expect(xml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">&quot;Cellforge&quot;<\/w:t>/);
    // Uses of a term elsewhere stay plain.
    expect(xml).toContain('<w:t xml:space="preserve">Nordvolt shall use the Samples and the Confidential Information of Cellforge solely for the Purpose.</w:t>');
  });

  it('reads the same clause text in mammoth, an independent reader', async () => {
    const raw = normalise((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
    const expected = normalise(
      [SAMPLE_TERMS.title, ...SAMPLE_TERMS.preamble, ...SAMPLE_TERMS.clauses.flatMap((c) => [c.title, ...c.paragraphs.map((p) => p.text)])].join('\n'),
    );
    expect(raw).toBe(expected);
  });

  it('starts each schedule on a page of its own: particulars upright in a narrow label column, a wide record on a landscape page', async () => {
    const [particulars0] = WITH_SCHEDULES.schedules!;
    const record: RenderedSchedule = {
      id: 'disclosure-record',
      title: 'Schedule 2: Disclosure Record',
      intro: [],
      columns: ['No.', 'Item', 'Kind', 'Classification', 'Purpose', 'Recipient', 'Approved by', 'Date', 'SHA-256 fingerprint'],
      rows: [['1', 'housing drawings rev C.pdf', 'File', 'Confidential', 'evaluation of the cells', 'Nordhavn engineering', 'Head of Legal', '2026-11-02', '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea']],
      monospace: 8,
    };
    const withSchedules = await writeTermsDocx({ ...SAMPLE_TERMS, schedules: [particulars0!, record] });
    const xml = await (await JSZip.loadAsync(withSchedules)).file('word/document.xml')!.async('string');
    // One section for the agreement and one per schedule; only the nine-column record turns the page.
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(3);
    expect(sections.map((x) => /w:orient="landscape"/.test(x))).toEqual([false, false, true]);
    expect(sections.every((x) => /<w:footerReference/.test(x))).toBe(true);
    const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    const [labelled, wide] = grids;
    expect(labelled![0]! / (labelled![0]! + labelled![1]!)).toBeCloseTo(0.3, 2);
    // The record's columns follow their longest word: "No." narrowest, "Classification" wider than "Kind".
    expect(Math.min(...wide!)).toBe(wide![0]);
    expect(wide![3]!).toBeGreaterThan(wide![2]!);
    expect(wide!.reduce((a, b) => a + b, 0)).toBeGreaterThan(13900);
  });
});
