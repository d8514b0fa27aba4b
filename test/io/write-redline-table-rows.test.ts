import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { fixesFor } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';

// The mutual NDA in English alone, each line in a row of a one-column table (as some firms lay out
// a draft for comments). A clause the draft lacks goes in as a new row of that table, after the
// draft's last, as a tracked insertion: no Chinese cell, so no note to add a Chinese text.
const EN = readFileSync(path.join(__dirname, '../fixtures/bilingual/nda.en.txt'), 'utf8').split('\n').filter((l) => l.trim());
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('a draft whose clauses sit in a one-column table', () => {
  let setup: Promise<{ input: Uint8Array; docx: Uint8Array; headings: string[] }>;
  beforeAll(() => {
    setup = (async () => {
      const rows = EN.map((line) => new TableRow({ children: [new TableCell({ width: { size: 9000, type: WidthType.DXA }, children: [new Paragraph(line)] })] }));
      const input = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows }), new Paragraph('')] }] })));
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const out = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      const headings = out.applied.map((a) => flat(a.paragraphs[0]!)).filter((p) => /^\d+\. /.test(p));
      return { input, docx: out.docx, headings };
    })();
  });

  it('puts each new section in a tracked row of its own after the draft’s rows, with no note on a Chinese text (our reader, mammoth)', async () => {
    const { input, docx, headings } = await setup;
    expect(headings.length).toBeGreaterThan(0);
    const back = await readDocx(docx);
    headings.forEach((heading, k) => expect(back.paragraphs.find((p) => flat(p.text) === heading)?.table).toEqual({ table: 0, row: EN.length + k, cell: 0 }));
    const [lead] = t('en', 'io.redline.conformNew').split('{clause}') as [string];
    expect(back.comments!.filter((c) => c.text.startsWith(lead))).toEqual([]);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect([...xml.matchAll(/<w:trPr><w:ins\b/g)]).toHaveLength(headings.length);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    for (const heading of headings) expect(flat(table.replace(/<[^>]+>/g, ' '))).toContain(heading);
    // Every part but the document, its comments and what they need, byte for byte.
    const [a, b] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(docx)]);
    for (const name of Object.keys(a.files).filter((n) => !['word/document.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels'].includes(n) && !a.files[n]!.dir)) {
      expect({ name, same: Buffer.compare(Buffer.from(await a.file(name)!.async('uint8array')), Buffer.from(await b.file(name)!.async('uint8array'))) === 0 }).toEqual({ name, same: true });
    }
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice accepts the new rows into the table and rejects them back out, giving the draft back',
    async () => {
      const { input, docx, headings } = await setup;
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-rows-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, docx);
        toPdf(file, dir);
        const read = async (how: 'Accept' | 'Reject') => readDocx(new Uint8Array(readFileSync(settle(file, how, dir))));
        const accepted = await read('Accept');
        for (const heading of headings) expect(accepted.paragraphs.find((p) => flat(p.text) === heading)?.table).toMatchObject({ table: 0, cell: 0 });
        const texts = (d: Awaited<ReturnType<typeof readDocx>>) => d.paragraphs.map((p) => flat(p.text)).filter(Boolean);
        expect(texts(await read('Reject'))).toEqual(texts(await readDocx(input)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
