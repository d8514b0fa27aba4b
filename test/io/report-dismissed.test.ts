import mammoth from 'mammoth';
import { loadLibraryDir } from '../../src/cli/library-files';
import { issuesList } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { review, type Playbooks } from '../../src/core/review';
import { readDocx, reportFor } from '../../src/io';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook])) as Playbooks;
skipMessage();

const count = (text: string, part: string) => text.split(part).length - 1;

// A licensee's review of a real software licence: several of our fixes use "Background IP", which
// the draft does not define, so it is defined once, in the first of them. The reviewer dismisses
// that one: the report lists it under its own heading, and the open fixes define the term themselves.
(HAVE_CORPUS ? describe : describe.skip)('the report of a review with a dismissed finding', () => {
  it('lists it under "Dismissed", counts only the open ones, and words the open fixes without it', async () => {
    const doc = await readDocx(corpusBytes('contract_commonpaper_software_license_agreement.docx'));
    const result = review(doc, { scenario: 'technology-license', role: 'licensee', playbooks, library });
    const rows = issuesList({ review: result, doc, library }).rows;
    const owner = rows.find((r) => r.proposed.includes('"Background IP" means'))!;
    const setAside = result.findings.find((f) => f.id === owner.findingId)!;
    // Other open fixes use the term the dismissed one defined for them.
    expect(rows.filter((r) => r !== owner && r.proposed.includes('Background IP')).length).toBeGreaterThan(0);

    for (const locale of ['en', 'zh-CN'] as const) {
      const bytes = await reportFor({ result, doc, library, locale, dismissed: new Set([setAside.id]), file: 'licence.docx' });
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      const heading = t(locale, 'io.report.dismissed');
      expect(count(text, `\n${heading}\n`)).toBe(1);
      const [live, dismissed] = text.split(`\n${heading}\n`) as [string, string];
      // Its heading in the dismissed part only; the summary's total counts the open findings.
      const title = `${t(locale, 'io.report.labelled', { label: t(locale, `io.report.severity.${setAside.severity}`) })}${setAside.message}`;
      expect(live).not.toContain(title);
      expect(dismissed).toContain(title);
      expect(live).toMatch(new RegExp(`\\n${t(locale, 'io.report.total')}\\n+${result.findings.length - 1}\\n`));
      // The open fixes define the term once among them; the dismissed fix, standing alone, its own.
      expect(count(live, '"Background IP" means')).toBe(1);
      expect(count(dismissed, '"Background IP" means')).toBe(1);
    }
  });
});
