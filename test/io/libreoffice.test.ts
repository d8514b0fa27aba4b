import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plan, presetAnswers, render } from '../../src/core/agreement';
import { loadLibraryDir } from '../../src/cli/library-files';
import { readDocx, writeIssuesDocx, writeReportDocx, writeTermsDocx } from '../../src/io';
import { issuesList } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { fromText, review, type Playbooks } from '../../src/core/review';
import { CORPUS_DOCX, HAVE_CORPUS } from './corpus';
import { DRAFT, proposalOf, REVIEW } from '../fixtures/io/review';
import { SAMPLE_TERMS } from '../fixtures/io/terms';

/**
 * Our .docx opens in LibreOffice: converted headless to PDF, its text holds the clause headings
 * and the list numbers; page 1 is rendered to test-output/io/ to be looked at.
 */
const HAVE_SOFFICE = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const HAVE_POPPLER = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
const OUTPUT = path.resolve(__dirname, '../../test-output/io');

function toPdf(docx: Uint8Array, name: string, dir: string): string {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  // A private profile per run, so parallel runs do not fight over ~/.config/libreoffice.
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 90_000 });
  return path.join(dir, `${name}.pdf`);
}

const describeLo = HAVE_SOFFICE && HAVE_POPPLER ? describe : describe.skip;
if (!HAVE_SOFFICE || !HAVE_POPPLER) console.warn('skipped: LibreOffice (soffice) or poppler-utils (pdftotext) is not installed');

describeLo('our .docx in LibreOffice', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-lo-'));
    mkdirSync(OUTPUT, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('built terms convert to PDF with their headings and numbering', async () => {
    const pdf = toPdf(await writeTermsDocx(SAMPLE_TERMS), 'terms', dir);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    for (const clause of SAMPLE_TERMS.clauses) expect(lines).toContain(`${clause.number}. ${clause.title}`);
    expect(lines.some((l) => l.startsWith('1.1 "Background IP" means'))).toBe(true);
    expect(lines.some((l) => l.startsWith('2.2 Nordvolt shall not:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('(a) reverse engineer'))).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(OUTPUT, 'terms')]);
  }, 120_000);

  it('the joint-development preset, as built from the library, keeps every heading and number', async () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const answers = presetAnswers(loaded.library, 'joint-development');
    const terms = render(loaded.library, plan(loaded.library, answers), answers);
    const pdf = toPdf(await writeTermsDocx(terms), 'joint-development', dir);
    const lines = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
    for (const clause of terms.clauses) {
      expect(lines).toContain(`${clause.number}. ${clause.title}`);
      expect(lines.some((l) => l.startsWith(`${clause.number}.1 `))).toBe(true);
    }
    // The recitals keep their letters, and the signature page both parties' blocks with lines to sign on.
    for (const p of terms.recitals?.paragraphs ?? []) expect(lines.some((l) => l.startsWith(`${p.label} ${p.text.slice(0, 20)}`))).toBe(true);
    const flowing = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const party of [terms.parties.A, terms.parties.B]) expect(flowing).toContain(`For and on behalf of ${party.name}`);
    expect(flowing.match(/Signature: _{10,}/g)).toHaveLength(2);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdf, path.join(OUTPUT, 'joint-development')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pages), '-l', String(pages), pdf, path.join(OUTPUT, 'joint-development-signatures')]);
  }, 120_000);

  it('the review report converts to PDF with its findings', async () => {
    const pdf = toPdf(await writeReportDocx({ result: REVIEW, doc: DRAFT, file: 'jda-draft-v3.docx', proposal: proposalOf }), 'report', dir);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('High: Joint ownership of Results with no terms for exploiting them');
    expect(text).toContain('Where: Section 7.3(a)');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(OUTPUT, 'report')]);
  }, 120_000);

  it('the issues list of a real review converts to landscape pages, each headed by the table’s header row', async () => {
    const loaded = loadLibraryDir();
    if (!loaded.ok) throw new Error('the built-in clause library does not load');
    const library = loaded.library;
    const doc = fromText(readFileSync(path.resolve(__dirname, '../fixtures/review/sample-testing-draft.txt'), 'utf8'));
    const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
    for (const locale of ['en', 'zh-CN'] as const) {
      const result = review(doc, { scenario: 'sample-testing', role: 'provider', library, playbooks, locale });
      const pdf = toPdf(await writeIssuesDocx(issuesList({ review: result, doc, library, locale })), `issues-${locale}`, dir);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const [width, height] = (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1).map(Number);
      expect(width).toBeGreaterThan(height!);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      for (let page = 1; page <= pages; page++) {
        const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain(t(locale, 'io.issues.column.proposed'));
      }
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdf, path.join(OUTPUT, `issues-${locale}`)]);
    }
  }, 240_000);
});

/**
 * An independent check of the list labels: LibreOffice's text export prints each list paragraph
 * with the label it lays out. Over every corpus file with numbering, each numbered paragraph we
 * read is found in that text (in order) and its label compared. One known difference: LibreOffice
 * ignores w:isLgl, printing "Section I.01" where Word shows "Section 1.01" (docx4j's fixture
 * records what Word shows in its [expect] markers, and read-features.test.ts checks it).
 */
const KNOWN_LO_DIFFERENCES: Record<string, string> = {
  'fx_docx4j_numbering_article_section_isLgl.docx': 'isLgl',
};

const describeLabels = HAVE_SOFFICE && HAVE_CORPUS ? describe : describe.skip;
if (!HAVE_CORPUS) console.warn(`skipped: the corpus is not at ${CORPUS_DOCX}`);

describeLabels('list labels against LibreOffice', () => {
  it('agree on every numbered paragraph of the corpus', async () => {
    const manifest = readFileSync(path.join(CORPUS_DOCX, 'MANIFEST.tsv'), 'utf8').split('\n');
    const files = manifest.filter((l) => /numPr=\d+/.test(l)).map((l) => l.split('\t')[0]!);
    expect(files.length).toBeGreaterThanOrEqual(30);
    const dir = mkdtempSync(path.join(tmpdir(), 'cw-lo-labels-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, ...files.map((f) => path.join(CORPUS_DOCX, f))], { stdio: 'ignore', timeout: 240_000 });
      const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
      let compared = 0;
      const differ: string[] = [];
      for (const file of files) {
        const doc = await readDocx(new Uint8Array(readFileSync(path.join(CORPUS_DOCX, file))));
        const lines = readFileSync(path.join(dir, file.replace(/\.docx$/, '.txt')), 'utf8').split('\n').map(norm);
        let from = 0;
        for (const p of doc.paragraphs) {
          const text = norm(p.text);
          if (!p.listLabel || p.table || text.length < 8) continue;
          const at = lines.findIndex((l, i) => i >= from && l.length > text.length && l.endsWith(text));
          if (at < 0) continue;
          from = at + 1;
          if (/^[•▪➢✓o]$/.test(p.listLabel)) continue; // bullets are drawn from symbol fonts differently
          compared++;
          const theirs = lines[at]!.slice(0, lines[at]!.length - text.length).trim();
          if (theirs !== p.listLabel && !(file in KNOWN_LO_DIFFERENCES)) differ.push(`${file}: ours ${p.listLabel}, LibreOffice ${theirs}: ${text.slice(0, 40)}`);
        }
      }
      expect(differ).toEqual([]);
      expect(compared).toBeGreaterThanOrEqual(800);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
