import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { run } from './run';
import { readDocument } from '../../src/cli/commands/review';
import { loadLibraryDir } from '../../src/cli/library-files';
import type { Finding, ReviewResult } from '../../src/core/findings';
import { ISSUE_COLUMNS, proposals } from '../../src/core/fix';
import { t, type Locale, type MessageKey } from '../../src/core/i18n';
import { issues as ISSUE_MESSAGES } from '../../src/core/i18n/messages/issues';
import { exampleParties, RAW_PLACEHOLDER } from '../fixtures/review/fix-guards';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;

const COMMITTED = path.resolve(__dirname, '../fixtures/review/sample-testing-draft.txt');
const REAL = path.resolve(__dirname, '../../../shared/corpus/realdrafts-dev/docs/pilot-commonpaper.txt');
const REAL_DOCX = path.resolve(__dirname, '../../../shared/corpus/docx/contract_commonpaper_mutual_nda.docx');

/** Python's csv module reads the file: a reader we did not write, as Excel-minded tools read it. */
const PYTHON = spawnSync('python3', ['--version']).status === 0;
if (!PYTHON) console.warn('Skipping the CSV read-back: python3 is absent.');
function readCsv(file: string): string[][] {
  const script = 'import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))';
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

/** Runs the command line under a language, as a user whose LANG is set. */
async function inLocale<T>(locale: Locale, fn: () => Promise<T>): Promise<T> {
  const { LANG, LC_ALL } = process.env;
  process.env.LANG = locale === 'zh-CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8';
  delete process.env.LC_ALL;
  try {
    return await fn();
  } finally {
    for (const [name, value] of Object.entries({ LANG, LC_ALL })) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The review the command line made, and the issues list it wrote beside it. */
async function reviewWithIssues(draft: string, scenario: string, side: string, out: string, locale: Locale = 'en'): Promise<ReviewResult> {
  const io = await inLocale(locale, () => run('review', draft, '--scenario', scenario, '--side', side, '--json', '--issues', out));
  expect(io.err).toBe('');
  expect(io.code).toBe(0);
  return JSON.parse(io.out) as ReviewResult;
}

/** Their text as the list must show it: the quote, or "not addressed" for a term the draft lacks. */
function theirText(f: Finding, locale: Locale): string {
  return f.kind === 'missing' || f.evidence.length === 0 ? t(locale, 'io.issues.notAddressed') : f.evidence.map((e) => e.text.trim()).join('\n…\n');
}

const ENGLISH_LABELS = Object.values(ISSUE_MESSAGES.en);
const headers = (locale: Locale) => ISSUE_COLUMNS.map((c) => t(locale, `io.issues.column.${c}` as MessageKey));

describe('clausewright review --issues', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-issues-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Each CSV row against the finding it lists: section, quote, and the fix every caller offers. */
  async function expectRowsMatch(draft: string, scenario: string, side: string, parties: string[]): Promise<void> {
    const out = path.join(dir, `${path.basename(draft)}.csv`);
    const result = await reviewWithIssues(draft, scenario, side, out);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/"\r\n"/);

    const rows = readCsv(out);
    expect(rows[0]).toEqual(headers('en'));
    expect(result.findings.length).toBeGreaterThan(3);
    expect(rows).toHaveLength(result.findings.length + 1);
    const doc = await readDocument(draft, 'en');
    const proposal = proposals(library, result, doc, { locale: 'en', companyName: '', open: result.findings });
    result.findings.forEach((f, i) => {
      const [number, section, issue, quote, position, proposed, why, status] = rows[i + 1]!;
      expect(number).toBe(String(i + 1));
      // A missing term is said to be missing; every quoted point names the section its quote is in.
      expect(section).toBe(f.kind === 'missing' ? t('en', 'io.issues.missing') : f.section);
      expect(issue).toBe(f.message);
      expect(quote).toBe(theirText(f, 'en'));
      expect(why).toBe(f.why);
      expect(status).toBe('Open');
      expect(position).not.toBe('');
      const p = proposal(f);
      // A point with no clause of ours, or whose clause has no place where its quote is, is a comment only.
      if (!p) expect(proposed).toBe(t('en', 'io.issues.commentOnly'));
      else if (p.kind === 'clause') expect(proposed).toBe(`${p.clause.heading}\n${p.clause.text}`);
      else if (p.kind === 'twin') expect(proposed).toBe(t('en', 'io.issues.otherLanguage'));
      else expect(proposed).toBe(t('en', p.kind === 'joined' ? 'io.issues.joined' : 'io.issues.covered', { clause: p.clause, point: result.findings.indexOf(p.by) + 1 }));
    });
    const proposedText = rows.slice(1).map((r) => r[5]).join('\n');
    for (const p of parties) expect(proposedText).toMatch(new RegExp(`\\b${p}\\b`));
    const text = readFileSync(draft, 'utf8');
    for (const name of exampleParties(library).filter((n) => !text.includes(n))) expect(proposedText).not.toContain(name);
    expect(proposedText).not.toMatch(RAW_PLACEHOLDER);
  }

  (PYTHON ? it : it.skip)('writes one CSV row per finding for a counterparty evaluation draft, fixes naming "Provider" and "Evaluator"', async () => {
    await expectRowsMatch(COMMITTED, 'sample-testing', 'provider', ['Provider', 'Evaluator']);
  });

  if (!existsSync(REAL)) console.warn(`Skipping the real draft: ${REAL} is absent.`);
  (PYTHON && existsSync(REAL) ? it : it.skip)('writes one CSV row per finding for a real pilot agreement, fixes naming "Provider" and "Customer"', async () => {
    await expectRowsMatch(REAL, 'sample-testing', 'evaluator', ['Provider', 'Customer']);
  });

  it('writes a landscape .docx table whose header row repeats, in English', async () => {
    const out = path.join(dir, 'issues.docx');
    const result = await reviewWithIssues(COMMITTED, 'sample-testing', 'provider', out);
    const html = (await mammoth.convertToHtml({ path: out })).value;
    // mammoth reads a repeated header row as <thead>.
    const head = /<thead>(.*?)<\/thead>/.exec(html)?.[1] ?? '';
    expect([...head.matchAll(/<th>(?:<p>)?(?:<strong>)?(.*?)</g)].map((m) => m[1])).toEqual(headers('en'));
    expect(html.match(/<tr>/g)).toHaveLength(result.findings.length + 1);
    const raw = (await mammoth.extractRawText({ path: out })).value;
    expect(raw).toContain(t('en', 'io.issues.deal', { deal: library.scenarios.find((s) => s.id === 'sample-testing')!.title.en }));
    expect(raw).toContain(t('en', 'io.issues.side', { side: library.scenarios.find((s) => s.id === 'sample-testing')!.roles.find((r) => r.id === 'provider')!.label.en }));
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('<w:tblHeader/>');
  });

  if (!existsSync(REAL_DOCX)) console.warn(`Skipping the real .docx: ${REAL_DOCX} is absent.`);
  (existsSync(REAL_DOCX) ? it : it.skip)('writes a Chinese list for a real .docx NDA with no English label in it', async () => {
    const out = path.join(dir, 'issues-zh.docx');
    const result = await reviewWithIssues(REAL_DOCX, 'pre-deal-disclosure', 'discloser', out, 'zh-CN');
    expect(result.findings.length).toBeGreaterThan(0);
    const html = (await mammoth.convertToHtml({ path: out })).value;
    const head = /<thead>(.*?)<\/thead>/.exec(html)?.[1] ?? '';
    expect([...head.matchAll(/<th>(?:<p>)?(?:<strong>)?(.*?)</g)].map((m) => m[1])).toEqual(headers('zh-CN'));
    const paragraphs = (await mammoth.extractRawText({ path: out })).value.split('\n').map((p) => p.trim());
    const scenario = library.scenarios.find((s) => s.id === 'pre-deal-disclosure')!;
    expect(paragraphs).toContain(t('zh-CN', 'io.issues.deal', { deal: scenario.title.zh }));
    expect(paragraphs).toContain(t('zh-CN', 'io.issues.side', { side: scenario.roles.find((r) => r.id === 'discloser')!.label.zh }));
    expect(paragraphs.filter((p) => p === t('zh-CN', 'io.issues.status.open'))).toHaveLength(result.findings.length);
    // The draft and its fixing clauses are English contract text; no label, status or position of ours is.
    const english = (p: string) => ENGLISH_LABELS.some((label) => (label.includes('{') ? p.startsWith(label.slice(0, label.indexOf('{'))) : p === label));
    expect(paragraphs.filter(english)).toEqual([]);
  });

  // The mutual NDA in English and Chinese, English | Chinese row by row: the fix changes the
  // English, and the list says, in its own language, that the Chinese is to be conformed to it.
  (PYTHON ? it : it.skip)('says in a Chinese CSV list that the Chinese version of a clause fixed in English is to be conformed', async () => {
    const lines = (name: string) => readFileSync(path.resolve(__dirname, '../fixtures/bilingual', name), 'utf8').split('\n');
    const zh = lines('nda.zh.txt');
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const rows = lines('nda.en.txt').flatMap((en, i) => (en.trim() ? [new TableRow({ children: [cell(en), cell(zh[i]!)] })] : []));
    const draft = path.join(dir, 'bilingual-nda.docx');
    writeFileSync(draft, await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] })));
    const out = path.join(dir, 'bilingual-nda.csv');
    const result = await reviewWithIssues(draft, 'pre-deal-disclosure', 'recipient', out, 'zh-CN');
    const f = result.findings.find((x) => x.rule === 'one-sided.no-independent-development')!;
    const proposed = readCsv(out)[result.findings.indexOf(f) + 1]![5]!;
    const label = /\d+(?:\.\d+)*/.exec(f.section!)![0];
    expect(proposed).toContain(`\n\n${t('zh-CN', 'io.issues.conform', { clause: t('zh-CN', 'io.report.sectionLabel', { label }) })}`);
    const conformed = t('zh-CN', 'io.issues.conform', { clause: '{clause}' }).split('{clause}')[0]!;
    expect(readCsv(out).filter((r) => r[5]!.includes(conformed))).toHaveLength(1);
    // A new section, proposed in English, says its Chinese text is to be added.
    const news = readCsv(out).slice(1).filter((r) => /^\d+\. /.test(r[5]!));
    expect(news.length).toBeGreaterThan(0);
    for (const r of news) expect(r[5]).toContain(t('zh-CN', 'io.issues.conformNew'));
  });

  it('refuses any other extension before reading a draft, in the catalog’s words', async () => {
    const io = await run('review', COMMITTED, '--side', 'provider', '--issues', path.join(dir, 'issues.xlsx'));
    expect(io.code).toBe(2);
    expect(io.err).toContain(t('en', 'cli.review.issuesFormat', { file: path.join(dir, 'issues.xlsx') }));
  });

  it('says so and exits 2 when the list cannot be written', async () => {
    const out = path.join(dir, 'no-such-folder', 'issues.csv');
    const io = await run('review', COMMITTED, '--side', 'provider', '--issues', out);
    expect(io.code).toBe(2);
    expect(io.err).toContain(t('en', 'io.issues.writeFailed', { file: out, reason: 'ENOENT' }));
  });
});
