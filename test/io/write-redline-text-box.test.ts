import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { DocModel } from '../../src/core/document';
import { fixesFor, issuesList } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { t } from '../../src/core/i18n';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { numberedDraft, type DraftLine } from '../fixtures/io/numbered-draft';
import { DRAFT } from '../fixtures/io/sample-evaluation';
import { HAVE_SOFFICE } from './libreoffice-settle';
import { expectNumbersSettled, flat, library, ourLabels, playbooks } from './redline-numbers';

/** The return fixes of a review of the draft for the provider, redlined. */
async function redlineReturns(input: Uint8Array): Promise<{ doc: DocModel; result: ReturnType<typeof review>; out: RedlineResult }> {
  const doc = await readDocx(input);
  const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
  const fixes = fixesFor(library, result, doc);
  const returns = result.findings.filter((f) => f.topic === 'return-or-destroy' && f.fix);
  const out = await writeRedlineDocx({ docx: input, accepted: returns.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
  return { doc, result, out };
}

/** A draft whose delivery and return terms sit in a text box anchored in clause 2.1, which runs on to a lettered 2.1(a). */
const BOXED: DraftLine[] = [
  ...DRAFT.slice(0, 6),
  [1, "The Provider shall deliver the Samples to the Evaluator's laboratory in Aalborg on the terms in the box below. The Samples remain the property of the Provider."],
  [2, 'The Evaluator shall use the Samples only for the Purpose.'],
  [1, 'The Evaluator shall not sell or lend the Samples to anyone.'],
  ...DRAFT.slice(-2),
];
const BOX: DraftLine[] = [
  ['body', 'Delivery: 20 modules, carriage paid.'],
  ['body', 'Return: after this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time.'],
  ['body', 'Contact: the Provider\'s laboratory manager in Suzhou.'],
];
/** The paragraphs as read: the box's after the paragraph that anchors it. */
const BOXED_READ: DraftLine[] = [...BOXED.slice(0, 7), ...BOX, ...BOXED.slice(7)];
/** The box's paragraph holding the quote, which the fix replaces. */
const BOX_QUOTE = BOXED_READ.indexOf(BOX[1]!);

describe('a fix whose quote sits in a text box', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  let doc: DocModel;
  let result: ReturnType<typeof review>;
  beforeAll(async () => {
    input = await numberedDraft(BOXED, { after: 6, lines: BOX });
    ({ doc, result, out } = await redlineReturns(input));
    expect(doc.paragraphs.map((p) => flat(p.text)).filter(Boolean)).toEqual(BOXED_READ.map(([, t]) => t));
    expect(result.findings.filter((f) => f.topic === 'return-or-destroy' && f.fix).map((f) => doc.paragraphs[f.evidence[0]!.paragraph]!.text)).toEqual([BOX[1]![1]]);
  });

  it('says in its comment why the fix stands beside the box: the box keeps its size', async () => {
    const comments = await (await JSZip.loadAsync(out.docx)).file('word/comments.xml')!.async('string');
    expect(comments).toContain('the box is drawn at a fixed size');
  });

  it('deletes the old text in both of Word’s copies of the box, the rest of the box as it was', async () => {
    expect([out.changes, out.comments]).toEqual([1, 1]);
    const xml = await (await JSZip.loadAsync(out.docx)).file('word/document.xml')!.async('string');
    const was = await (await JSZip.loadAsync(input)).file('word/document.xml')!.async('string');
    const boxes = xml.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g)!;
    const before = was.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g)!;
    expect(boxes).toHaveLength(2);
    boxes.forEach((box, k) => {
      const [delivery, returns, contact] = box.match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
      const [d0, , c0] = before[k]!.match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
      expect([delivery, contact]).toEqual([d0, c0]);
      // Its words deleted, and its mark, so no empty line is left in the box on Accept.
      expect(returns).toMatch(/^<w:p><w:pPr><w:rPr><w:del\b[^>]*\/><\/w:rPr><\/w:pPr><w:del\b[^>]*><w:r><w:delText xml:space="preserve">Return: after/);
      expect(returns).not.toMatch(/<w:t\b|<w:ins\b|commentRange/);
    });
  });

  it('goes in after the clause that holds the box, unnumbered, so no number stands twice and none after it moves', async () => {
    const fix = out.applied[0]!.paragraphs;
    expect(fix[0]).toBe('Return or Destruction of Samples and Materials');
    // Its own paragraphs carry no number taken from the clause that holds the box; sub-clauses keep their letters.
    expect(fix.slice(1).filter((l) => /^\d/.test(l))).toEqual([]);
    expect(fix.some((l) => /^\(a\)\t/.test(l))).toBe(true);
    const back = await ourLabels(out.docx);
    const at = back.findIndex((p) => p.text === flat(fix[0]!));
    expect(back[at - 1]!.text).toBe(flat(BOXED[7]![1]));
    expect(back.slice(at, at + fix.length).map((p) => p.text)).toEqual(fix.map(flat));
    expect(back.slice(at, at + fix.length).every((p) => p.label === undefined)).toBe(true);
    expect(back.filter((p) => p.label === '2.1' || /^2\.1\b/.test(p.text))).toHaveLength(1);
    // Accepted (our reader keeps insertions and drops deletions), the draft less the box's old text, plus the fix.
    expect(back.filter((p) => !fix.map(flat).includes(p.text))).toEqual((await ourLabels(input)).filter((p) => p.text !== flat(BOX[1]![1])));
    // mammoth reads the box's fallback copy: the old text is gone there too.
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean);
    const m = raw.indexOf(flat(fix[0]!));
    expect(raw.slice(m, m + fix.length)).toEqual(fix.map(flat));
    expect(raw).not.toContain(flat(BOX[1]![1]));
    expect(raw).toContain(flat(BOX[0]![1]));
    expect(raw).toContain(flat(BOX[2]![1]));
  });

  it('words the fix as it lands, unnumbered, and the issues list says the same: no "Section 2.1" in its words or its proposed text', () => {
    const fix = out.applied[0]!.paragraphs;
    expect(fix.filter((l) => /Section 2\.1\b/.test(l))).toEqual([]);
    expect(fix.at(-1)).toMatch(/^In this clause, "Affiliate" means/);
    for (const locale of ['en', 'zh-CN'] as const) {
      const list = issuesList({ review: result, doc, library, locale });
      const row = list.rows.find((r) => r.findingId === out.applied[0]!.finding)!;
      expect(row.section).toBe(locale === 'en' ? 'Text box in 2.1' : '2.1（文本框）');
      expect(row.proposed).not.toMatch(/2\.1/);
      if (locale === 'en') expect(row.proposed.split('\n').filter(Boolean)).toEqual(fix.map((l) => l.replace('\t', ' ')));
    }
  });

  // The box's fix takes the clause that holds the box (2.1 through its (a)); a second point quoted in
  // 2.1(a), whose fix would rewrite that clause, is a comment only in the redline, and the issues
  // list says so too rather than proposing a "2.1" the redline never writes (besideBoxIn, shared).
  it('places the fix beside the box in the issues list as the redline does: a later fix for the clause holding the box is a comment in both', async () => {
    const box = result.findings.find((f) => f.topic === 'return-or-destroy' && f.fix)!;
    const other = result.findings.find((f) => f.topic === 'no-reverse-engineering' && f.fix)!;
    const at = doc.paragraphs.findIndex((p) => p.text === BOXED[7]![1]);
    const text = doc.paragraphs[at]!.text;
    const extra = { ...box, id: 'extra', fix: other.fix, topic: other.topic, kind: 'one-sided' as const, evidence: [{ paragraph: at, start: 0, end: text.length, text }] };
    const both = { ...result, findings: [box, extra] };
    const fixes = fixesFor(library, both, doc);
    const red = await writeRedlineDocx({ docx: input, accepted: both.findings.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
    expect(red.applied.map((a) => a.finding)).toEqual([box.id]);
    const row = issuesList({ review: both, doc, library, locale: 'en' }).rows.find((r) => r.findingId === 'extra')!;
    expect(row.proposed).toBe(t('en', 'io.issues.covered', { clause: t('en', 'io.report.sectionParagraph', { n: doc.paragraphs.findIndex((p) => p.text === BOXED[6]![1]) + 1 }), point: 1 }));
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives back the draft on Reject, box and numbers; on Accept the box loses its old text and every number stays, read by our reader, mammoth and LibreOffice',
    async () => {
      const accepted = await expectNumbersSettled(input, out.docx, BOXED_READ, (i) => i === BOX_QUOTE);
      const fix = out.applied[0]!.paragraphs.map(flat);
      const texts = (await ourLabels(accepted)).map((p) => p.text);
      const at = texts.indexOf(fix[0]!);
      expect(texts.slice(at, at + fix.length)).toEqual(fix);
    },
    600_000,
  );
});

/** The same box with the quote as its last paragraph. */
const BOX_LAST: DraftLine[] = [BOX[0]!, BOX[2]!, BOX[1]!];
const BOXED_LAST_READ: DraftLine[] = [...BOXED.slice(0, 7), ...BOX_LAST, ...BOXED.slice(7)];

describe('a fix whose quote is the last paragraph of a text box', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  beforeAll(async () => {
    input = await numberedDraft(BOXED, { after: 6, lines: BOX_LAST });
    ({ out } = await redlineReturns(input));
  });

  it('deletes its words and the mark before it, in both of Word’s copies, so the paragraph before it ends the box on Accept', async () => {
    expect(out.changes).toBe(1);
    const boxes = (await (await JSZip.loadAsync(out.docx)).file('word/document.xml')!.async('string')).match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g)!;
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      const [delivery, contact, returns] = box.match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
      expect(delivery).not.toMatch(/<w:(?:ins|del)\b/);
      expect(contact).toMatch(/^<w:p><w:pPr><w:rPr><w:del\b[^>]*\/><\/w:rPr><\/w:pPr><w:r><w:t xml:space="preserve">Contact:/);
      expect(returns).toMatch(/^<w:p><w:del\b[^>]*><w:r><w:delText xml:space="preserve">Return: after/);
    }
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives back the draft on Reject; on Accept the box ends on its contact line, no empty line after it, read by our reader, mammoth and LibreOffice',
    async () => {
      const accepted = await expectNumbersSettled(input, out.docx, BOXED_LAST_READ, (i) => i === BOXED_LAST_READ.indexOf(BOX[1]!));
      const fix = out.applied[0]!.paragraphs;
      const read = (await readDocx(accepted)).paragraphs;
      expect(read.filter((p) => !p.text.trim())).toEqual([]);
      expect(read).toHaveLength(BOXED_LAST_READ.length - 1 + fix.length);
    },
    600_000,
  );
});

describe('a fix whose quote sits in a text box that grows with its text', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  let fixed: RedlineResult;
  beforeAll(async () => {
    input = await numberedDraft(BOXED, { after: 6, lines: BOX, grows: true });
    ({ out } = await redlineReturns(input));
    ({ out: fixed } = await redlineReturns(await numberedDraft(BOXED, { after: 6, lines: BOX })));
  });

  it('goes beside the box as for a box of fixed size, the box holding nothing of it, and its comment says why', async () => {
    expect(out.applied).toEqual(fixed.applied);
    const zip = await JSZip.loadAsync(out.docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const box of xml.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g)!) expect(box).not.toMatch(/<w:ins\b/);
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('a text box is drawn in one piece on one page');
    expect(comments).not.toContain('fixed size');
    // Read back: the fix after the clause holding the box, the box less its old text.
    const fix = out.applied[0]!.paragraphs.map(flat);
    const texts = (await readDocx(out.docx)).paragraphs.map((p) => flat(p.text)).filter(Boolean);
    const at = texts.indexOf(fix[0]!);
    expect(texts[at - 1]).toBe(flat(BOXED[7]![1]));
    expect(texts).not.toContain(flat(BOX[1]![1]));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean);
    expect(raw).not.toContain(flat(BOX[1]![1]));
    expect(raw.slice(raw.indexOf(fix[0]!), raw.indexOf(fix[0]!) + fix.length)).toEqual(fix);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives back the draft on Reject; on Accept the box loses its old text and every number stays, read by our reader, mammoth and LibreOffice',
    async () => {
      await expectNumbersSettled(input, out.docx, BOXED_READ, (i) => i === BOX_QUOTE);
    },
    600_000,
  );
});

describe('a fix whose quote sits in a text box written in VML alone (no wps drawing)', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  let wps: RedlineResult;
  beforeAll(async () => {
    input = await numberedDraft(BOXED, { after: 6, lines: BOX, vmlOnly: true });
    ({ out } = await redlineReturns(input));
    ({ out: wps } = await redlineReturns(await numberedDraft(BOXED, { after: 6, lines: BOX })));
  });

  it('goes beside the box as for a drawn one, and deletes the old text in the box’s one copy, mark and all', async () => {
    expect(out.applied).toEqual(wps.applied);
    const xml = await (await JSZip.loadAsync(out.docx)).file('word/document.xml')!.async('string');
    const was = await (await JSZip.loadAsync(input)).file('word/document.xml')!.async('string');
    const [box] = xml.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g)!;
    const [delivery, returns, contact] = box!.match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
    const [d0, , c0] = was.match(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/)![0].match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
    expect([delivery, contact]).toEqual([d0, c0]);
    expect(returns).toMatch(/^<w:p><w:pPr><w:rPr><w:del\b[^>]*\/><\/w:rPr><\/w:pPr><w:del\b[^>]*><w:r><w:delText xml:space="preserve">Return: after/);
    // Accepted, the box has lost its old text, read by us and by mammoth, and the fix stands after 2.1(a).
    expect((await ourLabels(out.docx)).map((p) => p.text)).not.toContain(flat(BOX[1]![1]));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean);
    expect(raw).not.toContain(flat(BOX[1]![1]));
    expect(raw).toContain(flat(BOX[2]![1]));
    const comments = await (await JSZip.loadAsync(out.docx)).file('word/comments.xml')!.async('string');
    expect(comments).toContain('the box is drawn at a fixed size');
  });

  it('says the box grows with its text where its v:textbox fits the shape to the text', async () => {
    const { out: grown } = await redlineReturns(await numberedDraft(BOXED, { after: 6, lines: BOX, vmlOnly: true, grows: true }));
    const comments = await (await JSZip.loadAsync(grown.docx)).file('word/comments.xml')!.async('string');
    expect(comments).toContain('a text box is drawn in one piece on one page');
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives back the draft on Reject; on Accept the box loses its old text and every number stays',
    async () => {
      await expectNumbersSettled(input, out.docx, BOXED_READ, (i) => i === BOX_QUOTE);
    },
    600_000,
  );
});

/** The return term after the box, in the clause whose paragraph anchors it: its (a). */
const AFTER_BOX: DraftLine[] = [...BOXED.slice(0, 7), [2, 'After this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time.'], ...BOXED.slice(8)];
const AFTER_BOX_LINES: DraftLine[] = [BOX[0]!, BOX[2]!];
const AFTER_BOX_READ: DraftLine[] = [...AFTER_BOX.slice(0, 7), ...AFTER_BOX_LINES, ...AFTER_BOX.slice(7)];

describe('a fix whose quote follows a text box in the same clause', () => {
  let input: Uint8Array;
  let out: RedlineResult;
  let plain: RedlineResult;
  beforeAll(async () => {
    input = await numberedDraft(AFTER_BOX, { after: 6, lines: AFTER_BOX_LINES });
    ({ out } = await redlineReturns(input));
    ({ out: plain } = await redlineReturns(await numberedDraft(AFTER_BOX)));
  });

  it('replaces the quote’s paragraph as it would with no box there, and leaves the box and the paragraph that anchors it as they were', async () => {
    // The same clause's lines: with no box, the fix takes only (a) from 2.1, whose delivery and
    // ownership terms stay, and follows it; beside the box it replaces (a)'s paragraph under its title.
    const lines = (r: RedlineResult) => r.applied.map((a) => a.paragraphs.filter((l) => l.includes('\t')));
    expect(lines(out)).toEqual(lines(plain));
    expect(plain.applied.flatMap((a) => a.keeps ?? [])).toContain('The Samples remain the property of the Provider.');
    const xml = await (await JSZip.loadAsync(out.docx)).file('word/document.xml')!.async('string');
    const was = await (await JSZip.loadAsync(input)).file('word/document.xml')!.async('string');
    const anchor = (x: string) => x.match(/<w:p><w:pPr>(?:(?!<\/w:p>)[\s\S])*?on the terms in the box below[\s\S]*?<\/mc:AlternateContent><\/w:r><\/w:p>/)![0];
    expect(anchor(xml)).toBe(anchor(was));
    const fix = out.applied[0]!.paragraphs.map(flat);
    const texts = (await ourLabels(out.docx)).map((p) => p.text);
    expect(texts.slice(texts.indexOf(fix[0]!), texts.indexOf(fix[0]!) + fix.length)).toEqual(fix);
    expect(texts).toEqual(expect.arrayContaining(AFTER_BOX_LINES.map(([, t]) => t)));
    expect(texts).not.toContain(flat(AFTER_BOX[7]![1]));
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives back the draft on Reject; on Accept the box and every number stay',
    async () => {
      await expectNumbersSettled(input, out.docx, AFTER_BOX_READ, (i) => i === AFTER_BOX_READ.indexOf(AFTER_BOX[7]!));
    },
    600_000,
  );
});
