import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseClauseTag } from '../../src/core/agreement/tag';
import { PROPERTY, readDocx, writeTermsDocx } from '../../src/io';
import { SAMPLE_TERMS } from '../fixtures/io/terms';

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
});
