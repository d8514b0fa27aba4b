import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { run } from './run';
import { loadLibraryDir } from '../../src/cli/library-files';
import { t } from '../../src/core/i18n';
import { exampleParties, RAW_PLACEHOLDER } from '../fixtures/review/fix-guards';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const EXAMPLES = exampleParties(loaded.library);

/** The report's text as an independent reader (mammoth) sees it, and the fixing clauses in it. */
async function reviewReport(draft: string, scenario: string, side: string, dir: string): Promise<{ text: string; fixes: string }> {
  const out = path.join(dir, `${path.basename(draft)}.report.docx`);
  const io = await run('review', draft, '--scenario', scenario, '--side', side, '--report', out);
  expect(io.err).toBe('');
  const text = (await mammoth.extractRawText({ path: out })).value;
  // Each fix sits between its label and the next finding's heading.
  const label = t('en', 'io.report.fix');
  const fixes = text
    .split(label)
    .slice(1)
    .map((part) => part.split(/\n(?:High|Medium|Low|Information): /)[0]!)
    .join('\n');
  return { text, fixes };
}

function expectDraftParties(draft: string, fixes: string, parties: string[]): void {
  expect(fixes.length).toBeGreaterThan(0);
  for (const p of parties) expect(fixes).toMatch(new RegExp(`\\b${p}\\b`));
  for (const name of EXAMPLES.filter((n) => !draft.includes(n))) expect(fixes).not.toContain(name);
  expect(fixes).not.toMatch(RAW_PLACEHOLDER);
  expect(fixes).not.toContain(t('en', 'fix.blank.A'));
  expect(fixes).not.toContain(t('en', 'fix.blank.B'));
}

describe('clausewright review --report: fixes in the .docx name the draft’s parties', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-report-parties-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('for a committed evaluation draft whose parties are the "Provider" and the "Evaluator"', async () => {
    const draft = path.resolve(__dirname, '../fixtures/review/sample-testing-draft.txt');
    const { fixes } = await reviewReport(draft, 'sample-testing', 'provider', dir);
    expectDraftParties(readFileSync(draft, 'utf8'), fixes, ['Provider', 'Evaluator']);
    // The draft gives no return deadline: a plain blank, not the library's id.
    expect(fixes).toContain(t('en', 'fix.blank.returnDays'));
  });

  const real = path.resolve(__dirname, '../../../shared/corpus/realdrafts-dev/docs/pilot-commonpaper.txt');
  if (!existsSync(real)) console.warn(`Skipping the real draft: ${real} is absent.`);
  (existsSync(real) ? it : it.skip)('for a real pilot agreement whose parties are "Provider" and "Customer"', async () => {
    const { fixes } = await reviewReport(real, 'sample-testing', 'evaluator', dir);
    expectDraftParties(readFileSync(real, 'utf8'), fixes, ['Provider', 'Customer']);
  });
});
