import mammoth from 'mammoth';
import { readDocx, sectionOf, writeReportDocx } from '../../src/io';
import { DRAFT, proposalOf, REVIEW } from '../fixtures/io/review';

describe('section labels for findings', () => {
  it('cites a numbered paragraph by its label and a sub-clause with its parent', () => {
    expect(sectionOf(DRAFT, 3)).toBe('7.2');
    expect(sectionOf(DRAFT, 5)).toBe('7.3(a)');
    expect(sectionOf(DRAFT, 1)).toBe('7');
    expect(sectionOf(DRAFT, 0)).toBeUndefined();
  });
});

describe('the review report .docx', () => {
  const write = (): Promise<Uint8Array> => writeReportDocx({ result: REVIEW, doc: DRAFT, file: 'jda-draft-v3.docx', proposal: proposalOf });

  it('summarises counts, then each finding by severity with where, quote, why and fix', async () => {
    const doc = await readDocx(await write());
    const text = doc.paragraphs.map((p) => p.text);
    const cells = doc.paragraphs.filter((p) => p.table).map((p) => p.text);
    expect(cells).toEqual(['Severity', 'Findings', 'High', '1', 'Medium', '1', 'Low', '1', 'Information', '0', 'Total', '3']);
    const headings = doc.paragraphs.filter((p) => p.headingLevel === 2).map((p) => p.text);
    expect(headings).toEqual([
      'High: Joint ownership of Results with no terms for exploiting them',
      'Medium: Improvements made by either Party belong to the Co-Developer',
      'Low: No governing law',
    ]);
    expect(text).toContain('Where: Section 7.2');
    expect(text).toContain('Quote: “All Results shall be jointly owned by the Parties.”');
    expect(text).toContain('Where: Section 7.3(a)');
    expect(text).toContain('Where: Not in the document');
    expect(text).toContain(`Why it matters: ${REVIEW.findings[0]!.why}`);
    // The fix text arrives as the library's paragraphs.
    expect(text).toContain('Each Party shall account to the other Party for one half of the net income it receives from exploiting jointly owned Results.');
    expect(doc.properties?.subject).toBe('jda-draft-v3.docx');
  });

  it('lays the fix text out as the library does: paragraphs, then "(a)" sub-clauses', async () => {
    const text = (await readDocx(await write())).paragraphs.map((p) => p.text);
    const at = text.indexOf('Each Party shall disclose to the other Party in writing:');
    expect(at).toBeGreaterThan(0);
    expect(text[at + 1]).toBe('(a)\teach Improvement it makes to the other Party’s Background IP, within 30 days after making it; and');
    expect(text[at + 2]).toMatch(/^\(b\)\tany patent application/);
  });

  it('reads the same in mammoth', async () => {
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(await write()) })).value;
    expect(raw).toContain('Improvements to a Party’s Background IP belong to that Party, whichever Party makes them.');
    expect(raw).toContain('Where: Section 7.3(a)');
  });

  it('writes Chinese labels for a Chinese reader', async () => {
    const doc = await readDocx(await writeReportDocx({ result: REVIEW, doc: DRAFT, locale: 'zh-CN' }));
    expect(doc.paragraphs[0]!.text).toBe('审阅报告');
    expect(doc.paragraphs.map((p) => p.text)).toContain('位置：第 7.2 条');
  });

  it('says so when there are no findings', async () => {
    const doc = await readDocx(await writeReportDocx({ result: { ...REVIEW, findings: [] }, doc: DRAFT }));
    expect(doc.paragraphs.map((p) => p.text)).toContain('No findings.');
  });
});
