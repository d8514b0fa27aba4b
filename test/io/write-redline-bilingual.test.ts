import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { fixesFor, issuesList } from '../../src/core/fix';
import { bilingualInTurn } from '../../src/core/fix/language';
import { t } from '../../src/core/i18n';
import { review } from '../../src/core/review';
import { languageOf } from '../../src/core/review/bilingual/pairs';
import { hasCjk } from '../../src/core/review/zh/cjk';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { makeDocx, para } from '../fixtures/io/make-docx';
import { HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';


// A mutual NDA written in English and Chinese in turn: each English paragraph followed by its
// Chinese, as Sino-foreign drafts often are. Fixes to it are written the same way, each English
// paragraph followed by its Chinese, and a clause they replace goes in both languages.
const read = (name: string) => readFileSync(path.join(__dirname, '../fixtures/bilingual', name), 'utf8').split('\n');
const EN = read('nda.en.txt');
const ZH = read('nda.zh.txt');
const LINES = EN.flatMap((l, i) => (l.trim() ? [l, ZH[i]!] : []));
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('fixes to a draft written in English and Chinese in turn', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  let setup: Promise<{ doc: Awaited<ReturnType<typeof readDocx>>; result: ReturnType<typeof review> }>;
  beforeAll(() => {
    setup = (async () => {
      input = await makeDocx({ body: LINES.map((l) => para(escaped(l))).join('') });
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      out = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      return { doc, result };
    })();
  });

  /** Whether the lines alternate English, Chinese, English, Chinese ... (a blank in brackets aside). */
  const inTurn = (lines: readonly string[]): boolean => lines.length >= 2 && lines.every((l, i) => hasCjk(l.replace(/\[[^\]]{1,60}\]/g, '')) === (i % 2 === 1));

  it('reads the draft as written in turn, and writes each fix in both languages the same way', async () => {
    const { doc, result } = await setup;
    expect(bilingualInTurn(doc)).toBe(true);
    const fixes = fixesFor(library, result, doc, { locale: 'zh-CN' });
    const clauses = result.findings.flatMap((f) => (f.fix ? [fixes(f.fix)!] : []));
    expect(clauses.length).toBeGreaterThan(1);
    for (const c of clauses) expect({ clause: c.clauseId, inTurn: inTurn(c.paragraphs.map((p) => p.text)) }).toEqual({ clause: c.clauseId, inTurn: true });
  });

  it('replaces a clause in both its languages and inserts the fix in turn (our reader and mammoth)', async () => {
    const { result } = await setup;
    const independent = result.findings.find((f) => f.rule === 'one-sided.no-independent-development')!;
    const applied = out.applied.find((a) => a.finding === independent.id)!;
    expect(applied).toBeDefined();
    const put = applied.paragraphs.slice(1).map((p) => flat(p.replace(/^[\d.]+\t/, '')));
    expect(inTurn(put)).toBe(true);
    // The quoted clause's English and its Chinese both go; the paragraphs around them stay.
    const quoted = LINES.findIndex((l) => l.includes(independent.evidence[0]!.text));
    const gone = [LINES[quoted]!, LINES[quoted + 1]!];
    expect(languageOf(gone[1]!)).toBe('zh');
    const ours = (await readDocx(out.docx)).paragraphs.map((p) => flat(p.text));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean);
    for (const texts of [ours, raw]) {
      for (const g of gone) expect(texts).not.toContain(flat(g));
      for (const p of put) expect(texts.some((x) => x.endsWith(p))).toBe(true);
      for (const l of LINES.filter((x) => !gone.includes(x))) expect(texts).toContain(flat(l));
    }
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice accepts it into the fix in both languages, and rejects it back into the draft',
    async () => {
      const { result } = await setup;
      const independent = result.findings.find((f) => f.rule === 'one-sided.no-independent-development')!;
      const put = out.applied.find((a) => a.finding === independent.id)!.paragraphs.map(flat);
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-bilingual-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, out.docx);
        toPdf(file, dir);
        const accepted = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Accept', dir))))).paragraphs.map((p) => flat(p.text));
        const at = accepted.indexOf(put[1]!);
        expect(at).toBeGreaterThan(0);
        expect(accepted.slice(at, at + put.length - 1)).toEqual(put.slice(1));
        const rejected = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Reject', dir))))).paragraphs.map((p) => flat(p.text)).filter(Boolean);
        expect(rejected).toEqual(LINES.map(flat));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );

  it.each(['en', 'zh-CN'] as const)('the issues list in %s proposes each fix in both languages, with no second copy for reference', async (locale) => {
    const { doc, result } = await setup;
    const list = issuesList({ review: result, doc, library, locale });
    const proposed = list.rows.map((r) => r.proposed).filter((p) => !p.startsWith('—'));
    expect(proposed.length).toBeGreaterThan(1);
    for (const p of proposed) {
      expect(p).not.toContain(t(locale, 'io.issues.inChinese'));
      expect(p).not.toContain(t(locale, 'io.issues.inEnglish'));
      expect(inTurn(p.split('\n').slice(1).filter((l) => l.trim()))).toBe(true);
    }
  });
});
