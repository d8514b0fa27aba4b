import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { fixesFor, issuesList } from '../../src/core/fix';
import { bilingualInTurn } from '../../src/core/fix/language';
import { t } from '../../src/core/i18n';
import { review } from '../../src/core/review';
import { languageOf } from '../../src/core/review/bilingual/pairs';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { writeIssuesCsv } from '../../src/io/write/issues-csv';
import { writeIssuesDocx } from '../../src/io/write/issues-docx';
import { reportFor } from '../../src/io/write/report-for';
import { HAVE_POPPLER, HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';

// The mutual NDA of the in-turn test, laid out the two other ways Sino-foreign drafts are: the
// English in the left cell of a table and its Chinese in the right, row by row; and the whole
// English text followed by the whole Chinese. The fix goes into the English version of the clause
// as a tracked change; its Chinese version is left as it is, with a comment asking that it be
// conformed, which says too where the draft's language clause makes the Chinese prevail.
const read = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bilingual', name), 'utf8').split('\n');
const EN = read('nda.en.txt');
const ZH = read('nda.zh.txt');
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const cell = (text: string) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [new Paragraph(text)] });

/** The draft's lines in both languages; `chinese` makes its language clause say the Chinese text prevails. */
function rows(chinese = false): (readonly [string, string])[] {
  const all = EN.flatMap((l, i) => (l.trim() ? [[l, ZH[i]!] as const] : []));
  if (!chinese) return all;
  return all.map(([en, zh]) => [en.replace('the English text prevails', 'the Chinese text prevails'), zh.replace('以英文文本为准', '以中文文本为准')] as const);
}

const table = (lines: ReturnType<typeof rows>) => new Document({ sections: [{ children: [new Table({ rows: lines.map(([en, zh]) => new TableRow({ children: [cell(en), cell(zh)] })) })] }] });
const halves = (lines: ReturnType<typeof rows>) => new Document({ sections: [{ children: [...lines.map(([en]) => new Paragraph(en)), ...lines.map(([, zh]) => new Paragraph(zh))] }] });

const LAYOUTS = {
  'side by side in a table': { lines: rows(), make: table, prevails: false },
  'English first, then the Chinese': { lines: rows(), make: halves, prevails: false },
  'side by side in a table, the Chinese prevailing': { lines: rows(true), make: table, prevails: true },
  'English first, then the Chinese, the Chinese prevailing': { lines: rows(true), make: halves, prevails: true },
};
/** LibreOffice is slow: it reads back one draft of each layout. */
const IN_LIBREOFFICE = ['side by side in a table', 'English first, then the Chinese, the Chinese prevailing'];

type Setup = { input: Uint8Array; out: RedlineResult; doc: Awaited<ReturnType<typeof readDocx>>; result: ReturnType<typeof review> };

type Layout = keyof typeof LAYOUTS;
const setups = new Map<Layout, Promise<Setup>>();

/** Each layout's draft reviewed and redlined once, for every block below that reads it. */
function setupOf(layout: Layout): Promise<Setup> {
  const { lines, make } = LAYOUTS[layout];
  if (!setups.has(layout))
    setups.set(
      layout,
      (async () => {
        const input = new Uint8Array(await Packer.toBuffer(make(lines)));
        const doc = await readDocx(input);
        const result = review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
        const fixes = fixesFor(library, result, doc);
        const out = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
        return { input, out, doc, result };
      })(),
    );
  return setups.get(layout)!;
}

/** The layouts `test` holds for: each block below runs only where it applies, rather than skipping elsewhere. */
const layoutsWhere = (test: (l: (typeof LAYOUTS)[Layout]) => boolean) => (Object.keys(LAYOUTS) as Layout[]).filter((l) => test(LAYOUTS[l]));
const independent = (result: ReturnType<typeof review>) => result.findings.find((f) => f.rule === 'one-sided.no-independent-development')!;
/** The quoted English line, which the fix replaces, and its Chinese, which stays. */
const quotedIn = (layout: Layout, s: Setup) => LAYOUTS[layout].lines.find(([en]) => en.includes(independent(s.result).evidence[0]!.text))!;
/** The fix's paragraphs as they read once accepted: the heading typed over the quoted line's number, the rest as put in. */
const put = (s: Setup) => s.out.applied.find((a) => a.finding === independent(s.result).id)!.paragraphs.map(flat);
/** The fixes that go in as new sections: their headings, as our reader reads them once accepted. */
const newHeadings = (s: Setup) => s.out.applied.map((a) => flat(a.paragraphs[0]!)).filter((p) => /^\d+\. /.test(p));

describe.each(Object.keys(LAYOUTS) as Layout[])('fixes to a draft in English and Chinese laid out %s', (layout) => {
  const { lines, make, prevails } = LAYOUTS[layout];
  let setup: Promise<Setup>;
  beforeAll(() => {
    setup = setupOf(layout);
  });
  const quoted = (s: Setup) => quotedIn(layout, s);

  it('replaces the clause in its English as a tracked change, in English, and keeps every other line of both (our reader, mammoth)', async () => {
    const s = await setup;
    expect(bilingualInTurn(s.doc)).toBe(false);
    expect(independent(s.result).fix).toBeDefined();
    const fix = put(s);
    expect(fix.length).toBeGreaterThan(1);
    for (const line of fix) expect(languageOf(line)).not.toBe('zh');
    const [en, zh] = quoted(s);
    const ours = (await readDocx(s.out.docx)).paragraphs.map((p) => flat(p.text));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(s.out.docx) })).value.split('\n').map(flat).filter(Boolean);
    for (const texts of [ours, raw]) {
      expect(texts).not.toContain(flat(en));
      expect(texts).toContain(flat(zh));
      for (const line of fix.slice(1)) expect(texts).toContain(line);
      for (const [e, z] of lines.filter(([e]) => e !== en)) expect([texts.includes(flat(e)), texts.includes(flat(z))]).toEqual([true, true]);
    }
    // Where the whole English comes first, the sections our fixes add end the English half, before the Chinese.
    if (make === halves) {
      const added = s.out.applied.flatMap((a) => a.paragraphs.map(flat)).filter((p) => /^\d+\. /.test(p));
      expect(added.length).toBeGreaterThan(0);
      for (const heading of added) expect(ours.indexOf(heading)).toBeLessThan(ours.indexOf(flat(lines[0]![1])));
    }
  });

  it('comments on the Chinese version that it must be conformed, and whether the Chinese prevails (our reader, mammoth)', async () => {
    const s = await setup;
    const [, zh] = quoted(s);
    const back = await readDocx(s.out.docx);
    const [lead] = t('en', 'io.redline.conform').split('{clause}') as [string];
    const notes = back.comments!.filter((c) => c.author === 'Clausewright' && c.text.startsWith(lead));
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(flat(back.paragraphs[note.paragraph!]!.text)).toBe(flat(zh));
    expect(note.text.includes(t('en', 'io.redline.conformPrevails'))).toBe(prevails);
    // The finding's own reason stays on the change to the English, not on the Chinese.
    expect(back.comments!.some((c) => c.text.startsWith(independent(s.result).message) && c.paragraph !== note.paragraph)).toBe(true);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(s.out.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    expect(html).toContain(lead.replace(/&/g, '&amp;'));
  });

  it('writes each change with its own id, our name and the date, and leaves every other part as it was', async () => {
    const { input, out } = await setup;
    const xml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const after = await xml(out.docx);
    const changes = [...after.matchAll(/<w:(ins|del)\b([^>]*)>/g)];
    expect(changes.length).toBeGreaterThan(2);
    for (const [, , attrs] of changes) expect(attrs).toMatch(/w:id="\d+".*w:author="Clausewright".*w:date="2026-12-06T10:00:00Z"/);
    const ids = [...after.matchAll(/<w:(?:ins|del|commentRangeStart)\b[^>]*?\sw:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every w:ins and w:del is closed where it opened (none nested in another).
    let open = 0;
    for (const m of after.matchAll(/<(\/?)w:(?:ins|del)\b[^>]*?(\/?)>/g)) {
      if (m[2]) continue;
      open += m[1] ? -1 : 1;
      expect(open === 0 || open === 1).toBe(true);
    }
    expect(open).toBe(0);
    const [before, later] = await Promise.all([JSZip.loadAsync(input), JSZip.loadAsync(out.docx)]);
    for (const name of Object.keys(before.files).filter((n) => !['word/document.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels'].includes(n) && !before.files[n]!.dir)) {
      const [a, b] = await Promise.all([before.file(name)!.async('uint8array'), later.file(name)!.async('uint8array')]);
      expect({ name, same: Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0 }).toEqual({ name, same: true });
    }
  });

  it.each(['en', 'zh-CN'] as const)('the issues list in %s proposes the English fix, as the redline makes it', async (locale) => {
    const s = await setup;
    const list = issuesList({ review: s.result, doc: s.doc, library, locale });
    const proposed = list.rows.find((r) => r.findingId === independent(s.result).id)!.proposed;
    expect(proposed).not.toBe(t(locale, 'io.issues.otherLanguage'));
    expect(flat(proposed)).toContain(put(s)[1]!.replace(/^[\d.]+ /, '').slice(0, 40));
  });

  it.each(['en', 'zh-CN'] as const)('the issues list in %s says under the proposed English that the Chinese is to be conformed, in the .docx and the CSV', async (locale) => {
    const s = await setup;
    const list = issuesList({ review: s.result, doc: s.doc, library, locale });
    const row = list.rows.find((r) => r.findingId === independent(s.result).id)!;
    const clause = t(locale, 'io.report.sectionLabel', { label: independent(s.result).section!.replace(/^Section /, '') });
    const line = t(locale, 'io.issues.conform', { clause });
    const [english, after] = row.proposed.split(`\n\n${line}`) as [string, string | undefined];
    // Our English text first, then the line, then (in a Chinese list) the same clause in Chinese for reference.
    expect(after).toBeDefined();
    expect(english).toContain(put(s)[1]!.replace(/^[\d.]+ /, '').slice(0, 40));
    expect(after!.includes(t(locale, 'io.redline.conformPrevails'))).toBe(prevails);
    if (locale === 'zh-CN') expect(after).toContain(t(locale, 'io.issues.inChinese'));
    // Only the point whose fix changes the English of a clause with its Chinese apart says so.
    expect(list.rows.filter((r) => r.proposed.includes(line.slice(0, line.indexOf(clause))))).toEqual([row]);
    // Each new section, proposed in English, says its Chinese text is to be added.
    const added = t(locale, 'io.issues.conformNew');
    const news = list.rows.filter((r) => /^\d+\. /.test(r.proposed));
    expect(news.length).toBeGreaterThan(0);
    for (const r of list.rows) expect({ row: r.number, says: r.proposed.includes(added) }).toEqual({ row: r.number, says: news.includes(r) });
    const csv = Buffer.from(writeIssuesCsv(list)).toString('utf8');
    expect(csv).toContain(line);
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from(await writeIssuesDocx(list)) })).value;
    const said = flat(prevails ? `${line}${locale === 'zh-CN' ? '' : ' '}${t(locale, 'io.redline.conformPrevails')}` : line);
    expect(docx.split('\n').map(flat)).toContain(said);
    // The report proposes the same, under the same clause.
    const report = (await mammoth.extractRawText({ buffer: Buffer.from(await reportFor({ result: s.result, doc: s.doc, library, locale })) })).value.split('\n').map(flat);
    expect(report.filter((p) => p === said)).toHaveLength(1);
  });

});

describe.each(layoutsWhere((l) => l.make === table))('new sections in a draft whose clauses sit in a table laid out %s', (layout) => {
  const { prevails } = LAYOUTS[layout];
  let setup: Promise<Setup>;
  beforeAll(() => {
    setup = setupOf(layout);
  });

  it('puts each clause the draft lacks in a new tracked row of its table, English in the English cell, a note to add the Chinese in the Chinese one (our reader, mammoth)', async () => {
    const s = await setup;
    const headings = newHeadings(s);
    expect(headings.length).toBeGreaterThan(0);
    const back = await readDocx(s.out.docx);
    const rowsBefore = Math.max(...s.doc.paragraphs.map((p) => p.table!.row));
    const [lead] = t('en', 'io.redline.conformNew').split('{clause}') as [string];
    headings.forEach((heading, k) => {
      const at = back.paragraphs.findIndex((p) => flat(p.text) === heading);
      const place = back.paragraphs[at]!.table!;
      // A row of its own, after the draft's rows, in the English (left) cell.
      expect(place).toEqual({ table: 0, row: rowsBefore + 1 + k, cell: 0 });
      const beside = back.paragraphs.filter((p) => p.table?.row === place.row && p.table.cell === 1);
      expect(beside.map((p) => p.text)).toEqual(['']);
      const notes = back.comments!.filter((c) => c.paragraph === back.paragraphs.indexOf(beside[0]!));
      expect(notes).toHaveLength(1);
      expect(notes[0]!.text.startsWith(lead)).toBe(true);
      expect(notes[0]!.text).toContain(t('en', 'io.report.sectionLabel', { label: /^(\d+)\./.exec(heading)![1]! }));
      expect(notes[0]!.text.includes(t('en', 'io.redline.conformPrevails'))).toBe(prevails);
    });
    // Each new row is a tracked insertion, so Reject takes it out whole.
    const xml = await (await JSZip.loadAsync(s.out.docx)).file('word/document.xml')!.async('string');
    expect([...xml.matchAll(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins\b[^>]*w:author="Clausewright"/g)]).toHaveLength(headings.length);
    // mammoth reads the headings inside the table's cells.
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(s.out.docx) })).value;
    for (const heading of headings) {
      const cellText = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => flat(m[1]!.replace(/<[^>]+>/g, ' ')));
      expect(cellText.some((c) => c.startsWith(heading.replace(/\t/g, ' ')))).toBe(true);
    }
  });
});

describe.each(layoutsWhere((l) => l.make === halves))('new sections in a draft laid out %s', (layout) => {
  const { lines, prevails } = LAYOUTS[layout];
  let setup: Promise<Setup>;
  beforeAll(() => {
    setup = setupOf(layout);
  });

  it('asks, on the last Chinese provision, for the Chinese of each section added at the end of the English (our reader, mammoth)', async () => {
    const s = await setup;
    const labels = newHeadings(s).map((h) => /^(\d+)\./.exec(h)![1]!);
    expect(labels.length).toBeGreaterThan(0);
    const back = await readDocx(s.out.docx);
    const [lead] = t('en', 'io.redline.conformNewHalf').split('{clauses}') as [string];
    const notes = back.comments!.filter((c) => c.author === 'Clausewright' && c.text.startsWith(lead));
    expect(notes).toHaveLength(1);
    // On the Chinese of the draft's last line: the end of the Chinese half, where the new Chinese goes.
    expect(flat(back.paragraphs[notes[0]!.paragraph!]!.text)).toBe(flat(lines.at(-1)![1]));
    for (const label of labels) expect(notes[0]!.text).toContain(t('en', 'io.report.sectionLabel', { label }));
    expect(notes[0]!.text.includes(t('en', 'io.redline.conformPrevails'))).toBe(prevails);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(s.out.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    expect(html).toContain(lead);
  });
});

describe.each(IN_LIBREOFFICE as Layout[])('LibreOffice on a draft laid out %s', (layout) => {
  let setup: Promise<Setup>;
  beforeAll(() => {
    setup = setupOf(layout);
  });

  (HAVE_SOFFICE && HAVE_POPPLER ? it : it.skip)(
    'LibreOffice shows the change, accepts it into the English fix beside the unchanged Chinese, and rejects it back into the draft',
    async () => {
      const s = await setup;
      const [en, zh] = quotedIn(layout, s);
      const fix = put(s);
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-apart-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, s.out.docx);
        // Shown with its changes: the fix's first words and the Chinese, however a table's columns come out.
        const shown = flat(execFileSync('pdftotext', [toPdf(file, dir), '-'], { encoding: 'utf8' }));
        for (const line of fix.slice(1)) expect(shown).toContain(line.replace(/^[\d.()a-z]+ /, '').split(' ').slice(0, 3).join(' '));
        const settled = async (how: 'Accept' | 'Reject') => (await readDocx(new Uint8Array(readFileSync(settle(file, how, dir))))).paragraphs.map((p) => flat(p.text)).filter(Boolean);
        const accepted = await settled('Accept');
        expect(accepted).not.toContain(flat(en));
        expect(accepted).toContain(flat(zh));
        const at = accepted.indexOf(fix[1]!);
        expect(at).toBeGreaterThan(0);
        expect(accepted.slice(at, at + fix.length - 1)).toEqual(fix.slice(1));
        // The new sections, accepted, stand in the table's rows where the draft's clauses are.
        if (LAYOUTS[layout].make === table) {
          const back = await readDocx(new Uint8Array(readFileSync(settle(file, 'Accept', dir))));
          for (const heading of newHeadings(s)) expect(back.paragraphs.find((p) => flat(p.text) === heading)?.table).toMatchObject({ table: 0, cell: 0 });
        }
        expect(await settled('Reject')).toEqual(s.doc.paragraphs.map((p) => flat(p.text)).filter(Boolean));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
