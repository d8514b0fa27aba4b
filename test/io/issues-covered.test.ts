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

// The Common Paper pilot agreement reviewed for a co-developer: its clause on feedback and usage
// data draws two points, one on feedback and one on usage data, each with a fixing clause that
// would replace that clause. One clause can be replaced once: the redline puts in the feedback fix
// and comments on the usage-data point, and the issues list and the report say the same.
(HAVE_CORPUS ? describe : describe.skip)('two fixes for one clause of the pilot agreement', () => {
  const input = HAVE_CORPUS ? corpusBytes('contract_commonpaper_pilot_agreement.docx') : new Uint8Array();
  let setup: Promise<{ redline: RedlineResult; result: ReturnType<typeof review>; doc: Awaited<ReturnType<typeof readDocx>>; fixParagraphs: string[]; usageFix: string[] }>;
  beforeAll(() => {
    setup = (async () => {
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'joint-development', role: 'co-developer', library, playbooks });
      const fixes = fixesFor(library, result, doc);
      const redline = await writeRedlineDocx({ docx: input, accepted: result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null })), date: new Date('2026-12-06T10:00:00Z') });
      const feedback = result.findings.find((f) => f.rule === 'one-sided.free-feedback')!;
      const usage = result.findings.find((f) => f.rule === 'one-sided.usage-data')!;
      const fixParagraphs = redline.applied.find((a) => a.finding === feedback.id)!.paragraphs;
      const usageFix = fixes(usage.fix!)!.paragraphs.map((p) => p.text);
      return { redline, result, doc, fixParagraphs, usageFix };
    })();
  });
  const points = (result: ReturnType<typeof review>) => ({
    feedback: result.findings.find((f) => f.rule === 'one-sided.free-feedback')!,
    usage: result.findings.find((f) => f.rule === 'one-sided.usage-data')!,
  });

  it('the redline replaces the clause with the feedback fix and comments on the usage-data point, naming the clause (our reader, mammoth)', async () => {
    const { redline, result, usageFix } = await setup;
    const { feedback, usage } = points(result);
    expect(feedback.section).toBe('1.5');
    expect(usage.section).toBe('1.5');
    expect(usage.fix && feedback.fix && usage.fix.clause !== feedback.fix.clause).toBe(true);
    expect(redline.applied.map((a) => a.finding)).toContain(feedback.id);
    expect(redline.applied.map((a) => a.finding)).not.toContain(usage.id);
    const texts = (await readDocx(redline.docx)).paragraphs.map((p) => flat(p.text));
    for (const line of usageFix) expect(texts.some((x) => x.includes(flat(line)))).toBe(false);
    // mammoth lists each comment after the text: the usage-data point's says what became of its fix.
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(redline.docx) }, { styleMap: ['comment-reference => sup'] })).value;
    const note = t('en', 'io.redline.covered', { clause: 'Section 1.5' });
    const comments = [...html.matchAll(/<dd>(.*?)<\/dd>/gs)].map((m) => m[1]!);
    expect(comments.filter((c) => c.includes(note))).toHaveLength(1);
    expect(comments.find((c) => c.includes(note))).toContain(usage.message.replace(/&/g, '&amp;').replace(/"/g, '&quot;').slice(0, 30));
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice, accepting every change, keeps the feedback fix in 1.5 and none of the usage-data fix',
    async () => {
      const { redline, fixParagraphs, usageFix } = await setup;
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-covered-'));
      try {
        const file = path.join(dir, 'redlined.docx');
        writeFileSync(file, redline.docx);
        toPdf(file, dir);
        const accepted = (await readDocx(new Uint8Array(readFileSync(settle(file, 'Accept', dir))))).paragraphs.map((p) => flat(p.text));
        for (const line of fixParagraphs) expect(accepted).toContain(flat(line));
        for (const line of usageFix) expect(accepted.some((x) => x.includes(flat(line)))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );

  it.each(['en', 'zh-CN'] as const)('the issues list in %s (as .docx and as CSV) proposes the feedback fix and says the usage-data point’s clause is replaced by it', async (locale) => {
    const { result, doc, fixParagraphs } = await setup;
    const { feedback, usage } = points(result);
    const list = issuesList({ review: result, doc, library, locale });
    const rowOf = (id: string) => list.rows.find((r) => r.findingId === id)!;
    const said = t(locale, 'io.issues.covered', { clause: t(locale, 'io.report.sectionLabel', { label: '1.5' }), point: rowOf(feedback.id).number });
    expect(rowOf(usage.id).proposed).toBe(said);
    // The feedback row carries the clause the redline put in, word for word.
    for (const line of fixParagraphs.slice(1)) expect(flat(rowOf(feedback.id).proposed)).toContain(flat(line.replace('\t', ' ')));

    const csv = new TextDecoder().decode(writeIssuesCsv(list));
    expect(csv).toContain(`"${said}"`);
    const cells = (await readDocx(await writeIssuesDocx(list))).paragraphs.filter((p) => p.table).map((p) => p.text);
    expect(cells).toContain(said);
  });

  it.each(['en', 'zh-CN'] as const)('the report in %s says the same', async (locale) => {
    const { result, doc, fixParagraphs } = await setup;
    const { feedback, usage } = points(result);
    const texts = (await readDocx(await reportFor({ result, doc, library, locale }))).paragraphs.map((p) => flat(p.text));
    expect(texts).toContain(flat(t(locale, 'io.report.covered', { clause: t(locale, 'io.report.sectionLabel', { label: '1.5' }), issue: feedback.message })));
    for (const line of fixParagraphs.slice(1)) expect(texts).toContain(flat(line));
    expect(usage.message).not.toBe(feedback.message);
  });
});
