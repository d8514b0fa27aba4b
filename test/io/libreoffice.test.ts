import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plan, presetAnswers, render } from '../../src/core/build';
import { loadLibraryDir } from '../../src/cli/library-files';
import { writeReportDocx, writeTermsDocx } from '../../src/io';
import { DRAFT, FIX_TEXT, REVIEW } from '../fixtures/io/review';
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
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', pdf, path.join(OUTPUT, 'joint-development')]);
  }, 120_000);

  it('the review report converts to PDF with its findings', async () => {
    const pdf = toPdf(await writeReportDocx({ result: REVIEW, doc: DRAFT, file: 'jda-draft-v3.docx', fixText: (f) => FIX_TEXT[f.clause] }), 'report', dir);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('High: Joint ownership of Results with no terms for exploiting them');
    expect(text).toContain('Where: Section 7.3(a)');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(OUTPUT, 'report')]);
  }, 120_000);
});
