import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { t } from '../../src/core/i18n';
import type { ReviewResult } from '../../src/core/findings';
import { languageOf } from '../../src/core/review/bilingual/pairs';
import { hasCjk } from '../../src/core/review/zh/cjk';
import { makeDocx, para } from '../fixtures/io/make-docx';
import { CORPUS_DOCX, HAVE_CORPUS, skipMessage } from '../io/corpus';
import { run } from './run';

// A Chinese reader sends an English counterparty draft back: the tracked changes are English
// contract text (the draft's language), the comments and the issues list are in Chinese.
const PILOT = path.join(CORPUS_DOCX, 'contract_commonpaper_pilot_agreement.docx');
skipMessage();

/** The body as mammoth reads it (tracked insertions accepted, comments left out). */
async function body(file: string): Promise<string> {
  return (await mammoth.extractRawText({ path: file })).value;
}

/** Each Word comment's paragraphs, as mammoth lists them after the body. */
async function comments(file: string): Promise<string[][]> {
  const html = (await mammoth.convertToHtml({ path: file }, { styleMap: ['comment-reference => sup'] })).value;
  return [...html.matchAll(/<dd>(.*?)<\/dd>/g)].map((m) => [...m[1]!.matchAll(/<p>(.*?)<\/p>/g)].map((p) => p[1]!.replace(/\s*<a [^>]*>↑<\/a>/, '').trim()));
}

function readCsv(file: string): string[][] {
  const script = 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))';
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

(HAVE_CORPUS ? describe : describe.skip)('clausewright review --redline --locale zh-CN on an English draft', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-redline-zh-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const reviewed = async (locale: 'en' | 'zh-CN') => {
    const redline = path.join(dir, `pilot-${locale}.docx`);
    const issues = path.join(dir, `pilot-${locale}.csv`);
    const io = await run('review', PILOT, '--scenario', 'sample-testing', '--side', 'evaluator', '--redline', redline, '--issues', issues, '--locale', locale, '--json');
    expect(io.err).toBe('');
    expect(io.code).toBe(0);
    return { result: JSON.parse(io.out) as ReviewResult & { redline: { changes: number } }, redline, issues };
  };

  it('inserts English clause text, blanks included, and comments in Chinese', async () => {
    const zh = await reviewed('zh-CN');
    expect(zh.result.redline.changes).toBeGreaterThan(1);
    const text = await body(zh.redline);
    // Our two carve-outs beside their restrictions and the survival blank of our test-data clause, all in English.
    expect(text).toContain('Nothing in this Agreement restricts Customer from developing, making or selling its own products');
    expect(text).toContain('Nothing in this Agreement prevents Customer from running, in its own facilities');
    expect(text).toContain(`continue for ${t('en', 'fix.blank.survivalYears')} years`);
    expect(hasCjk(text)).toBe(false);
    // The same body whatever the reader's language: only the comments differ.
    const en = await reviewed('en');
    expect(text).toBe(await body(en.redline));

    const notes = await comments(zh.redline);
    expect(notes).toHaveLength(zh.result.findings.length);
    for (const note of notes) expect(hasCjk(note.join(''))).toBe(true);
    expect(notes.map((n) => n[0]).sort()).toEqual(zh.result.findings.map((f) => f.message).sort());
    expect((await comments(en.redline)).map((n) => n[0]).sort()).toEqual(en.result.findings.map((f) => f.message).sort());
  });

  it('writes the Chinese issues list with the English clause as proposed, its Chinese beside it, and "comment only" where the redline only comments', async () => {
    const { result, issues } = await reviewed('zh-CN');
    const rows = readCsv(issues);
    expect(rows[0]![5]).toBe(t('zh-CN', 'io.issues.column.proposed'));
    const proposed = rows.slice(1).map((r) => r[5]!);
    // Every row but those that are comments only (no clause of ours, or a clause another point's text rewrites) proposes a clause.
    const withClause = proposed.filter((p) => !p.startsWith('—'));
    expect(withClause.length).toBeGreaterThan(1);
    for (const p of withClause) {
      const [english, chinese] = p.split(`\n\n${t('zh-CN', 'io.issues.inChinese')}\n`);
      expect(hasCjk(english!)).toBe(false);
      expect(hasCjk(chinese ?? '')).toBe(true);
    }
    // A point with no clause of ours (a vague time word) is a comment only in the list as in the redline.
    const vague = result.findings.findIndex((f) => f.rule === 'drafting.vague-time');
    expect(vague).toBeGreaterThanOrEqual(0);
    expect(proposed[vague]).toBe(t('zh-CN', 'io.issues.commentOnly'));
  });

  it('refuses a locale it does not have', async () => {
    const io = await run('review', PILOT, '--side', 'evaluator', '--locale', 'fr');
    expect(io.code).toBe(2);
    expect(io.err).toContain(t('en', 'cli.review.usage.locale', { value: 'fr', ids: 'en, zh-CN' }));
  });
});

// The other way round: a Chinese draft read by an English reader gets the library's Chinese clauses.
describe('clausewright review --redline --locale en on a Chinese draft', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-redline-en-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('inserts Chinese clause text and comments in English', async () => {
    const lines = readFileSync(path.join(__dirname, '../fixtures/zh/joint-development.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const draft = path.join(dir, '技术开发合同.docx');
    writeFileSync(draft, await makeDocx({ body: lines.map((l) => (/^第.{1,3}条\s\S{1,12}$/.test(l) ? para(l, '<w:pStyle w:val="Heading1"/>') : para(l))).join('') }));
    const redline = path.join(dir, 'revised.docx');
    const io = await run('review', draft, '--scenario', 'joint-development', '--side', 'co-developer', '--redline', redline, '--locale', 'en', '--json');
    expect(io.code).toBe(0);
    const result = JSON.parse(io.out) as ReviewResult & { redline: { changes: number } };
    expect(result.redline.changes).toBeGreaterThan(0);
    const before = (await body(draft)).split('\n').filter((l) => l.trim());
    const added = (await body(redline)).split('\n').filter((l) => l.trim() && !before.includes(l));
    expect(added.length).toBeGreaterThan(0);
    // Every paragraph our fixes put in is Chinese (no English clause text, no English blank).
    for (const p of added) {
      expect(hasCjk(p)).toBe(true);
      expect(languageOf(p)).not.toBe('en');
    }
    // Shared definitions name each section as Chinese does: 第4.1条、第6.3条……和第17条.
    expect(added.join('\n')).toMatch(/在第[\d.]{1,6}条、第[\d.]{1,6}条/);
    const notes = await comments(redline);
    expect(notes).toHaveLength(result.findings.length);
    expect(notes.map((n) => n[0]).sort()).toEqual(result.findings.map((f) => f.message).sort());
    for (const note of notes) expect(hasCjk(note[0]!)).toBe(false);
  });
});
