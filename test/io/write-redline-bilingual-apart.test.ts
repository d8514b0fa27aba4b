import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import mammoth from 'mammoth';
import { fixesFor, issuesList } from '../../src/core/fix';
import { bilingualInTurn } from '../../src/core/fix/language';
import { t } from '../../src/core/i18n';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { HAVE_SOFFICE, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';

// The mutual NDA of the in-turn test, laid out the two other ways Sino-foreign drafts are: the
// English in the left cell of a table and its Chinese in the right, row by row; and the whole
// English text followed by the whole Chinese. A fix in one language cannot replace one version
// and leave the other saying something else: where the clause stands in both, the redline
// replaces neither and its comment says why, as the issues list does.
const read = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bilingual', name), 'utf8').split('\n');
const EN = read('nda.en.txt');
const ZH = read('nda.zh.txt');
const ROWS = EN.flatMap((l, i) => (l.trim() ? [[l, ZH[i]!] as const] : []));
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const cell = (text: string) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [new Paragraph(text)] });

const LAYOUTS = {
  'side by side in a table': () => new Document({ sections: [{ children: [new Table({ rows: ROWS.map(([en, zh]) => new TableRow({ children: [cell(en), cell(zh)] })) })] }] }),
  'English first, then the Chinese': () => new Document({ sections: [{ children: [...ROWS.map(([en]) => new Paragraph(en)), ...ROWS.map(([, zh]) => new Paragraph(zh))] }] }),
};

describe.each(Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[])('fixes to a draft in English and Chinese laid out %s', (layout) => {
  let setup: Promise<{ input: Uint8Array; out: RedlineResult; doc: Awaited<ReturnType<typeof readDocx>>; result: ReturnType<typeof review> }>;
  beforeAll(() => {
    setup = (async () => {
      const input = new Uint8Array(await Packer.toBuffer(LAYOUTS[layout]()));
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const out = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      return { input, out, doc, result };
    })();
  });
  const independent = (result: ReturnType<typeof review>) => result.findings.find((f) => f.rule === 'one-sided.no-independent-development')!;

  it('replaces neither version of the quoted clause, and comments that it stands in both (our reader, mammoth)', async () => {
    const { out, doc, result } = await setup;
    expect(bilingualInTurn(doc)).toBe(false);
    const f = independent(result);
    expect(f.fix).toBeDefined();
    expect(out.applied.map((a) => a.finding)).not.toContain(f.id);
    const ours = (await readDocx(out.docx)).paragraphs.map((p) => flat(p.text));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean);
    // No version of any clause of the draft is replaced in one language: every line of both stays.
    for (const texts of [ours, raw]) for (const [en, zh] of ROWS) expect([texts.includes(flat(en)), texts.includes(flat(zh))]).toEqual([true, true]);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(out.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    const comments = [...html.matchAll(/<dd>(.*?)<\/dd>/gs)].map((m) => m[1]!);
    const note = comments.find((c) => c.includes(t('en', 'io.redline.otherLanguage')));
    expect(note).toBeDefined();
    expect(note).toContain(f.message.slice(0, 30).replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
  });

  it.each(['en', 'zh-CN'] as const)('the issues list in %s says the same', async (locale) => {
    const { doc, result } = await setup;
    const list = issuesList({ review: result, doc, library, locale });
    expect(list.rows.find((r) => r.findingId === independent(result).id)!.proposed).toBe(t(locale, 'io.issues.otherLanguage'));
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice opens the redline',
    async () => {
      const { out } = await setup;
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-apart-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, out.docx);
        expect(statSync(toPdf(file, dir)).size).toBeGreaterThan(1000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
