import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { fixesFor, fixText } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx } from '../../src/io/write/redline';
import { flat, library, playbooks } from './redline-numbers';

// A licensor's software licence reviewed for us as the licensee: we indemnify the licensor for any
// claim from our use and even from its own performance, with no cap, and it indemnifies us for
// nothing. The fix is the library's cap on our indemnity, filled with the draft's own names; the
// redline puts it in after the indemnity, which stays, as a tracked insertion. The draft with the
// cap accepted draws no liability finding. Before, the finding carried no fix and the redline
// could only comment on it.
const LINES = readFileSync(path.join(__dirname, '../fixtures/liability/licence-indemnity.txt'), 'utf8').split('\n').filter((l) => l.trim());
const INDEMNITY = LINES.find((l) => l.startsWith('5.1 '))!;

async function docxOf(lines: readonly string[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] })));
}

describe('an uncapped one-way indemnity in a real-looking licence, redlined', () => {
  let setup: Promise<{ input: Uint8Array; result: ReturnType<typeof review>; fix: string[]; docx: Uint8Array }>;
  beforeAll(() => {
    setup = (async () => {
      const input = await docxOf(LINES);
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'technology-license', role: 'licensee', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const finding = result.findings.find((f) => f.rule === 'one-sided.one-way-indemnity')!;
      const clause = fixes(finding.fix!)!;
      const out = await writeRedlineDocx({ docx: input, accepted: [{ finding, clause }], date: new Date('2026-12-07T10:00:00Z') });
      return { input, result, fix: clause.paragraphs.map((p) => p.text), docx: out.docx };
    })();
  });

  it('offers the cap on our indemnity, in the draft names for the parties and a blank for the amount', async () => {
    const { result, fix } = await setup;
    const finding = result.findings.find((f) => f.rule === 'one-sided.one-way-indemnity')!;
    expect(finding.fix).toEqual({ clause: 'liability', variant: 'indemnity-capped-receiving-side' });
    expect(fix[0]).toMatch(/^Licensee's total liability under the indemnities it gives in this Agreement is limited to the greater of \[amount and currency\] and the total amounts paid or payable/);
    expect(fix.join(' ')).toContain('negligence or wilful misconduct by Licensor or its personnel');
  });

  it('puts the cap in after the indemnity as a tracked insertion, the indemnity kept (our reader, mammoth, the XML)', async () => {
    const { docx, fix } = await setup;
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const runs = (m: RegExpMatchArray) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    const inserted = [...xml.matchAll(/<w:ins\b[^>]*>(.*?)<\/w:ins>/gs)].map(runs).join('').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    for (const line of fix) expect(inserted).toContain(line);
    expect(xml).not.toMatch(/<w:del\b/);
    const back = (await readDocx(docx)).paragraphs.map((p) => flat(p.text));
    const at = back.findIndex((x) => x === flat(INDEMNITY));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(back.findIndex((x) => x.endsWith(flat(fix[0]!)))).toBeGreaterThan(at);
    const raw = flat((await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value);
    for (const line of fix) expect(raw).toContain(flat(line));
  });

  it('draws no liability finding once the cap is accepted', async () => {
    const { fix } = await setup;
    const at = LINES.indexOf(INDEMNITY) + 1;
    const accepted = await readDocx(await docxOf([...LINES.slice(0, at), ...fix.map((t, i) => `5.1.${i + 1} ${t}`), ...LINES.slice(at)]));
    const again = review(accepted, { scenario: 'technology-license', role: 'licensee', library, playbooks });
    expect(again.findings.filter((f) => f.topic === 'liability').map((f) => f.rule)).toEqual([]);
    // Nothing flags the words of the cap itself.
    const fixAt = accepted.paragraphs.findIndex((p) => p.text.includes(fix[0]!.slice(0, 30)));
    expect(again.findings.filter((f) => f.evidence.some((e) => e.paragraph >= fixAt && e.paragraph < fixAt + fix.length)).map((f) => f.rule)).toEqual([]);
  });
});

describe('a limit that binds one side only', () => {
  it('is answered by the mutual limit, with the indemnities and PRC art. 506 carve-outs', async () => {
    const lines = [
      'DISTRIBUTION AGREEMENT',
      'This Distribution Agreement is made between Helvar Components GmbH ("Supplier") and Dongshan Electric Co., Ltd. ("Distributor").',
      '1. Appointment',
      '1.1 Supplier appoints Distributor as its non-exclusive distributor of the Products in the Territory.',
      '2. Orders',
      '2.1 Distributor shall order Products by written purchase order and shall pay each invoice within 45 days.',
      '3. Liability',
      '3.1 In no event shall Supplier be liable to Distributor for any indirect, incidental or consequential damages, or for any loss of profits, arising out of this Agreement.',
      '4. Governing Law',
      '4.1 This Agreement is governed by the laws of Germany.',
    ];
    const doc = await readDocx(await docxOf(lines));
    const result = review(doc, { scenario: 'exclusive-partnership', role: 'distributor', library, playbooks });
    const finding = result.findings.find((f) => f.rule === 'one-sided.one-way-exclusion')!;
    expect(finding.fix).toEqual({ clause: 'liability', variant: 'mutual' });
    const text = fixText(fixesFor(library, result, doc)(finding.fix!)!);
    expect(text).toContain('Neither Party is liable to the other Party');
    expect(text).toContain("a Party's liability under an indemnity it gives in this Agreement");
    expect(text).toContain('loss of or damage to property caused intentionally or by gross negligence');
  });
});
