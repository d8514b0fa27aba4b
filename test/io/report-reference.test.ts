import { readFileSync } from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { issuesList } from '../../src/core/fix';
import { t, type Locale } from '../../src/core/i18n';
import { fromText, review } from '../../src/core/review';
import { languageOf } from '../../src/core/review/bilingual/pairs';
import { readDocx } from '../../src/io';
import { reportFor } from '../../src/io/write/report-for';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';
import { library, playbooks } from './redline-numbers';

skipMessage();

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The report's suggested clauses as the issues list has them: the clause in the draft's language,
 * then, for a reader of the other language, the same clause in the reader's under a line that says
 * it is for reference. Each proposed cell of the list is found, line for line, in the report.
 */
async function expectReportAsList(doc: Awaited<ReturnType<typeof readDocx>>, result: ReturnType<typeof review>, locale: Locale, other: 'en' | 'zh' | undefined): Promise<string[]> {
  const bytes = await reportFor({ result, doc, library, locale });
  const texts = (await readDocx(bytes)).paragraphs.map((p) => flat(p.text));
  const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  const label = t(locale, other === 'zh' ? 'io.issues.inChinese' : 'io.issues.inEnglish');
  const list = issuesList({ review: result, doc, library, locale });
  const withClause = list.rows.filter((r) => !r.proposed.startsWith('—'));
  expect(withClause.length).toBeGreaterThan(1);
  for (const row of withClause) {
    const lines = row.proposed.split('\n').map(flat).filter(Boolean);
    for (const line of lines) expect(texts).toContain(line);
    expect(lines.includes(label)).toBe(other !== undefined);
    if (other) {
      // The reader's copy reads in the reader's language.
      const after = lines.slice(lines.indexOf(label) + 1);
      expect(after.filter((l) => languageOf(l) === other).length).toBeGreaterThan(0);
    }
  }
  expect(raw.includes(label)).toBe(other !== undefined);
  return texts;
}

describe('the report gives the reader’s copy of each suggested clause, as the issues list does', () => {
  (HAVE_CORPUS ? it : it.skip)('an English draft for a Chinese reader: English clauses, each followed by its Chinese', async () => {
    const doc = await readDocx(corpusBytes('contract_commonpaper_pilot_agreement.docx'));
    const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', library, playbooks, locale: 'zh-CN' });
    await expectReportAsList(doc, result, 'zh-CN', 'zh');
    await expectReportAsList(doc, review(doc, { scenario: 'sample-testing', role: 'evaluator', library, playbooks }), 'en', undefined);
  });

  it('a Chinese draft for an English reader: Chinese clauses, each followed by its English', async () => {
    const doc = fromText(readFileSync(path.join(__dirname, '../fixtures/zh/joint-development.txt'), 'utf8'));
    const result = review(doc, { scenario: 'joint-development', role: 'co-developer', library, playbooks });
    await expectReportAsList(doc, result, 'en', 'en');
  });
});
