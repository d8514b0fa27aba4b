import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { DocModel } from '../../src/core/document';
import { fixesFor } from '../../src/core/fix';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { numberedDraft, type DraftLine } from '../fixtures/io/numbered-draft';
import { CLAUSE, DRAFT, NEXT, replaced, TYPED, typedReplaced } from '../fixtures/io/sample-evaluation';
import { HAVE_SOFFICE } from './libreoffice-settle';
import { expectNumbersSettled, flat, library, ofDraft, ourLabels, paragraphsOf, playbooks, returnFixed } from './redline-numbers';

describe('a clause of several paragraphs replaced whole, before a clause one list level down', () => {
  let input: Uint8Array;
  let doc: DocModel;
  let out: RedlineResult;
  let fix: string[];
  beforeAll(async () => {
    input = await numberedDraft(DRAFT);
    doc = await readDocx(input);
    const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
    const fixes = fixesFor(library, result, doc);
    const accepted = result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null }));
    out = await writeRedlineDocx({ docx: input, accepted, date: new Date('2026-12-04T10:30:00Z') });
    const returns = result.findings.find((f) => f.topic === 'return-or-destroy' && f.fix)!;
    fix = out.applied.find((a) => a.finding === returns.id)!.paragraphs;
  });

  it('reads as the draft says: 3.2 with (a) and (b), then 3.3', () => {
    const labels = doc.paragraphs.filter((p) => p.listLabel).map((p) => p.listLabel);
    expect(labels).toEqual(['1.', '1.1', '1.2', '2.', '2.1', '2.2', '3.', '3.1', '3.2', '(a)', '(b)', '3.3', '4.', '4.1']);
    expect(fix[1]!.startsWith('3.2.1\t')).toBe(true);
  });

  it('is written as Word records typing over the clause: new text on the first paragraph’s moved mark, the rest deleted whole after it', async () => {
    const xml = await (await JSZip.loadAsync(out.docx)).file('word/document.xml')!.async('string');
    const paragraphs = xml.match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
    const first = paragraphs.findIndex((p) => p.includes(CLAUSE));
    const mark = (p: string) => /<w:pPr>[\s\S]*?<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(p)?.[1] ?? '';
    // The clause's first paragraph: its words deleted, the new heading in their place, its mark inserted; its own numbering kept.
    expect(paragraphs[first]).toMatch(/<w:delText[^>]*>After this Agreement ends[\s\S]*<w:ins\b[\s\S]*Return or Destruction/);
    expect(mark(paragraphs[first]!)).toMatch(/^<w:ins\b/);
    expect(paragraphs[first]).toContain('<w:ilvl w:val="1"/><w:numId w:val="1"/>');
    // The new clause's last paragraph ends on that paragraph's own mark: no w:ins on it, and its former properties recorded.
    const last = paragraphs.findIndex((p) => p.includes(flat(fix.at(-1)!).slice(7, 60)));
    expect(last).toBe(first + fix.length - 1);
    expect(mark(paragraphs[last]!)).not.toMatch(/<w:ins\b/);
    expect(paragraphs[last]).toMatch(/<w:pPrChange\b[^>]*><w:pPr><w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="1"\/><w:numId w:val="1"\/><\/w:numPr><\/w:pPr><\/w:pPrChange>/);
    // Then (a) and (b), deleted paragraph marks and all, and 3.3 as it was.
    for (const k of [1, 2]) expect(mark(paragraphs[last + k]!)).toMatch(/^<w:del\b/);
    expect(paragraphs[last + 3]).toContain(NEXT);
    expect(paragraphs[last + 3]).not.toMatch(/<w:(?:ins|del|pPrChange)\b/);
  });

  it('our reader and mammoth read the fix in, and every paragraph of the draft that stays keeps its number', async () => {
    const ours = await ourLabels(out.docx);
    const at = ours.findIndex((p) => p.text === flat(fix[0]!));
    expect(ours.slice(at, at + fix.length).map((p) => p.text)).toEqual(fix.map(flat));
    expect(ours[at]!.label).toBe('3.2');
    const kept = ofDraft(ours, DRAFT);
    DRAFT.forEach(([, text], i) => {
      const was = doc.paragraphs.find((p) => flat(p.text) === flat(text))!.listLabel;
      expect({ text, label: kept[i]?.label }).toEqual({ text, label: replaced(i) ? undefined : was });
    });
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value.split('\n').map(flat).filter(Boolean);
    const m = raw.indexOf(flat(fix[0]!));
    expect(raw.slice(m, m + fix.length)).toEqual(fix.map(flat));
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice numbers it as the draft once rejected, and as the draft plus the fix once accepted, read by our reader, mammoth and LibreOffice',
    async () => {
      const accepted = await expectNumbersSettled(input, out.docx, DRAFT, replaced);
      expect((await ourLabels(accepted)).find((p) => p.text === flat(fix[0]!))?.label).toBe('3.2');
      // And the clause after it keeps its own number, one level down.
      expect(ofDraft(await ourLabels(accepted), DRAFT).find((p) => p?.text.startsWith(NEXT))?.label).toBe('3.3');
    },
    600_000,
  );
});

/** A clause on two subjects whose feedback terms are its lettered (a) and (b), followed by 2.3. */
const TWO_SUBJECTS: DraftLine[] = [
  ...DRAFT.slice(0, 4),
  [0, 'Evaluation'],
  [1, 'The Evaluator shall test the Samples in its vehicle prototypes and shall not reverse engineer them.'],
  [1, 'Feedback and Usage Data. The Provider may collect data on how the Samples perform in the Evaluator\'s tests ("Usage Data") and may use Usage Data only in aggregate form that does not identify the Evaluator. In addition:'],
  [2, 'the Evaluator may give the Provider suggestions and comments about the Samples ("Feedback"); and'],
  [2, 'the Provider may use all Feedback freely without any restriction or obligation.'],
  [1, 'Each party bears its own costs of the evaluation.'],
  ...DRAFT.slice(-2),
];

describe('a fix for one subject of a clause, whose last paragraphs it deletes whole, before a clause one level down', () => {
  (HAVE_SOFFICE ? it : it.skip)(
    'ends on the clause’s kept paragraph’s own mark, so LibreOffice’s Reject gives back 2.3, read by our reader, mammoth and LibreOffice',
    async () => {
      const input = await numberedDraft(TWO_SUBJECTS);
      const doc = await readDocx(input);
      const result = review(doc, { scenario: 'sample-testing', role: 'evaluator', playbooks, library });
      const fixes = fixesFor(library, result, doc);
      const feedback = result.findings.filter((f) => f.topic === 'feedback' && f.fix);
      expect(feedback).toHaveLength(1);
      const out = await writeRedlineDocx({ docx: input, accepted: feedback.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
      expect(out.applied).toEqual([expect.objectContaining({ keeps: ['Usage Data'] })]);
      const fix = out.applied[0]!.paragraphs;
      const accepted = await expectNumbersSettled(input, out.docx, TWO_SUBJECTS, (i) => TWO_SUBJECTS[i]![0] === 2);
      const texts = (await ourLabels(accepted)).map((p) => p.text);
      const at = texts.findIndex((t) => t.startsWith('Feedback and Usage Data.'));
      expect(texts.slice(at + 1, at + 1 + fix.length)).toEqual(fix.map(flat));
      expect(texts[at + 1 + fix.length]).toBe(flat(TWO_SUBJECTS[9]![1]));
    },
    600_000,
  );
});

describe('a clause whose first paragraph Word does not number (its number typed in a heading)', () => {
  let done: Awaited<ReturnType<typeof returnFixed>>;
  beforeAll(async () => {
    done = await returnFixed(TYPED);
  });

  it('is typed over as a numbered one is: the heading keeps its own layout, unnumbered, and the new heading its typed number', async () => {
    const { out, fix } = done;
    expect(fix[0]).toBe('2.\tReturn or Destruction of Samples and Materials');
    const paragraphs = await paragraphsOf(out.docx);
    const first = paragraphs.findIndex((p) => p.includes('Return of Samples'));
    expect(paragraphs[first]).toMatch(/^<w:p><w:pPr><w:pStyle w:val="Heading1"\/><w:rPr><w:ins\b[^>]*\/><\/w:rPr><\/w:pPr>/);
    expect(paragraphs[first]).toMatch(/<w:delText[^>]*>2\.\tReturn of Samples|<w:delText[^>]*>2\.<\/w:delText>[\s\S]*Return of Samples/);
    expect(paragraphs[first]).toContain('Return or Destruction of Samples and Materials');
    // The new clause ends on the heading's own mark (its Heading1 recorded as the former look), its old (a) and (b) deleted after it.
    const last = first + fix.length - 1;
    expect(paragraphs[last]).toMatch(/<w:pPrChange\b[^>]*><w:pPr><w:pStyle w:val="Heading1"\/><\/w:pPr><\/w:pPrChange>/);
    expect(paragraphs[last + 1]).toContain('>After this Agreement ends');
    expect(paragraphs[last + 2]).toContain('>The Evaluator shall certify');
    expect(paragraphs[last + 3]).not.toMatch(/<w:(?:ins|del|pPrChange)\b/);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice letters every sub-clause of the draft as it did once rejected, and once accepted, read by our reader, mammoth and LibreOffice',
    async () => {
      const accepted = await expectNumbersSettled(done.input, done.out.docx, TYPED, typedReplaced);
      const texts = (await ourLabels(accepted)).map((p) => p.text);
      const at = texts.indexOf(flat(done.fix[0]!));
      expect(texts.slice(at, at + done.fix.length + 1)).toEqual([...done.fix.map(flat), flat(TYPED[8]![1])]);
    },
    600_000,
  );
});
