import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { fixesFor, issuesList } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeIssuesCsv } from '../../src/io/write/issues-csv';
import { writeIssuesDocx } from '../../src/io/write/issues-docx';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { reportFor } from '../../src/io/write/report-for';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';
import { HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';
import { library, playbooks } from './redline-numbers';

skipMessage();

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A paragraph's words without its label ("1.5.3\tNo Feedback ..." gives "No Feedback ..."). */
const words = (line: string): string => flat(line.replace(/^[^\t]*\t/, ''));

// The Common Paper pilot agreement reviewed for a co-developer: its clause on feedback and usage
// data draws two points, one on feedback and one on usage data, each with a fixing clause that
// would replace that clause. The two go in as one change to it: the redline replaces the clause
// once with both fixes' paragraphs (numbered on, their terms defined once), comments on the second
// point that the change takes it in, and the issues list and the report say the same.
(HAVE_CORPUS ? describe : describe.skip)('two fixes for one clause of the pilot agreement', () => {
  const input = HAVE_CORPUS ? corpusBytes('contract_commonpaper_pilot_agreement.docx') : new Uint8Array();
  let setup: Promise<{ redline: RedlineResult; result: ReturnType<typeof review>; doc: Awaited<ReturnType<typeof readDocx>>; joined: string[]; feedbackFix: string[]; usageFix: string[] }>;
  beforeAll(() => {
    setup = (async () => {
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'joint-development', role: 'co-developer', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const redline = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      const { feedback, usage } = points(result);
      const joined = redline.applied.find((a) => a.finding === feedback.id)!.paragraphs;
      // Each fix's own paragraphs, without the closing one that defines its terms.
      const own = (f: typeof feedback) => fixes(f.fix!)!.paragraphs.slice(0, -1).map((p) => p.text);
      return { redline, result, doc, joined, feedbackFix: own(feedback), usageFix: own(usage) };
    })();
  });
  const points = (result: ReturnType<typeof review>) => ({
    feedback: result.findings.find((f) => f.rule === 'one-sided.free-feedback')!,
    usage: result.findings.find((f) => f.rule === 'one-sided.usage-data')!,
  });

  it('the redline replaces the clause once with both fixes and comments on the usage-data point that the change takes it in (our reader, mammoth)', async () => {
    const { redline, result, joined, feedbackFix, usageFix } = await setup;
    const { feedback, usage } = points(result);
    expect(feedback.section).toBe('1.5');
    expect(usage.section).toBe('1.5');
    expect(usage.fix && feedback.fix && usage.fix.clause !== feedback.fix.clause).toBe(true);
    expect(redline.applied.map((a) => a.finding)).toContain(feedback.id);
    expect(redline.applied.map((a) => a.finding)).not.toContain(usage.id);
    // One change: the feedback fix's paragraphs, then the usage-data fix's, numbered on under 1.5,
    // each without its closing sentence on how long it lasts: both last after the agreement ends
    // without limit, so one paragraph says it for the whole section, then the usage-data fix's
    // shorter period for its restrictions on Test Data.
    const lasts = /^This Section continues after this Agreement ends(?:, without time limit)?\./;
    expect([feedbackFix.at(-1), usageFix.at(-1)].every((l) => lasts.test(l!))).toBe(true);
    expect(joined.slice(1, -2).map(words)).toEqual([...feedbackFix.slice(0, -1), ...usageFix.slice(0, -1)].map(flat));
    expect(words(joined.at(-2)!)).toBe(flat(`This Section continues after this Agreement ends, without time limit. ${usageFix.at(-1)!.replace(lasts, '')}`));
    expect(joined.filter((l) => l.includes('This Section continues'))).toHaveLength(1);
    expect(joined.slice(1).map((l) => l.split('\t')[0])).toEqual(joined.slice(1).map((_, i) => `1.5.${i + 1}`));
    // Each term once, in the one closing paragraph.
    const definitions = joined.at(-1)!;
    for (const term of ['"Samples" means', '"Test Data" means']) expect(definitions.split(term)).toHaveLength(2);
    const texts = (await readDocx(redline.docx)).paragraphs.map((p) => flat(p.text));
    for (const line of usageFix.slice(0, -1)) expect(texts.some((x) => x.includes(flat(line)))).toBe(true);
    // mammoth lists each comment after the text: the usage-data point's says what became of its fix.
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(redline.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    const note = t('en', 'io.redline.joined', { clause: 'Section 1.5' });
    const comments = [...html.matchAll(/<dd>(.*?)<\/dd>/gs)].map((m) => m[1]!);
    expect(comments.filter((c) => c.includes(note))).toHaveLength(1);
    expect(comments.find((c) => c.includes(note))).toContain(usage.message.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 30));
    expect(html).not.toContain(t('en', 'io.redline.covered').split('{clause}')[0]!);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice, accepting every change, has both fixes in 1.5; rejecting every change, neither',
    async () => {
      const { redline, joined, feedbackFix, usageFix } = await setup;
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-joined-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, redline.docx);
        toPdf(file, dir);
        const accepted = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Accept', dir))))).paragraphs.map((p) => flat(p.text));
        for (const line of joined.slice(1)) expect(accepted.some((x) => x.endsWith(words(line)))).toBe(true);
        const rejected = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Reject', dir))))).paragraphs.map((p) => flat(p.text));
        for (const line of [...feedbackFix, ...usageFix]) expect(rejected.some((x) => x.includes(flat(line)))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );

  it.each(['en', 'zh-CN'] as const)('the issues list in %s (as .docx and as CSV) proposes the joined clause under the feedback point and says the usage-data point is dealt with there', async (locale) => {
    const { result, doc, joined } = await setup;
    const { feedback, usage } = points(result);
    const list = issuesList({ review: result, doc, library, locale });
    const rowOf = (id: string) => list.rows.find((r) => r.findingId === id)!;
    const said = t(locale, 'io.issues.joined', { clause: t(locale, 'io.report.sectionLabel', { label: '1.5' }), point: rowOf(feedback.id).number });
    expect(rowOf(usage.id).proposed).toBe(said);
    // The feedback row carries the clause the redline put in, word for word.
    for (const line of joined.slice(1)) expect(flat(rowOf(feedback.id).proposed)).toContain(flat(line.replace('\t', ' ')));

    const csv = new TextDecoder().decode(writeIssuesCsv(list));
    expect(csv).toContain(`"${said}"`);
    const cells = (await readDocx(await writeIssuesDocx(list))).paragraphs.filter((p) => p.table).map((p) => p.text);
    expect(cells).toContain(said);
  });

  it.each(['en', 'zh-CN'] as const)('the report in %s says the same', async (locale) => {
    const { result, doc, joined } = await setup;
    const { feedback, usage } = points(result);
    const texts = (await readDocx(await reportFor({ result, doc, library, locale }))).paragraphs.map((p) => flat(p.text));
    expect(texts).toContain(flat(t(locale, 'io.report.joined', { clause: t(locale, 'io.report.sectionLabel', { label: '1.5' }), issue: feedback.message })));
    for (const line of joined.slice(1)) expect(texts).toContain(flat(line));
    expect(usage.message).not.toBe(feedback.message);
  });
});
