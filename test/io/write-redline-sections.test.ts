import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readDocx } from '../../src/io';
import type { DraftLine } from '../fixtures/io/numbered-draft';
import { DRAFT, NEXT, replaced, TYPED_BREAK, typedReplaced } from '../fixtures/io/sample-evaluation';
import { HAVE_POPPLER, HAVE_SOFFICE, toPdf } from './libreoffice-settle';
import { expectNumbersSettled, flat, ourLabels, paragraphsOf, returnFixed } from './redline-numbers';

/** The line of the draft that starts with NEXT. */
const NEXT_LINE = DRAFT.find(([, t]) => t.startsWith(NEXT))![1];

/** Each w:sectPr of the body, as written. */
const sections = async (docx: Uint8Array): Promise<string[]> => (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];

/** Each page's width and height in points, as LibreOffice lays the document out. */
function pageSizes(docx: Uint8Array, dir: string, name: string): string[] {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', toPdf(file, dir)], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
}

/** The accepted draft has as many sections as the draft, and LibreOffice lays out its landscape pages as it did the draft's. */
async function expectPagesKept(input: Uint8Array, accepted: Uint8Array): Promise<void> {
  expect((await sections(accepted)).length).toBe((await sections(input)).length);
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-section-'));
  try {
    const was = pageSizes(input, dir, 'draft');
    expect(was.at(0)).toBe('portrait');
    expect(was.at(-1)).toBe('landscape');
    const now = pageSizes(accepted, dir, 'accepted');
    expect(now.at(-1)).toBe('landscape');
    expect(now.filter((s) => s === 'landscape')).toHaveLength(was.filter((s) => s === 'landscape').length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where Word numbers the paragraph that holds the break, the new line switches its number off in a
 * w:pPrChange, which records the paragraph's list and level for Word's Reject. LibreOffice's Reject
 * gives back the list but not the level ((b) came back as "4.", and the numbers after it moved
 * on by one), so there its Reject is held to the draft's text only. It is LibreOffice's: its Reject of
 * a paragraph's format change resets the paragraph and applies the w:pPrChange's properties, from
 * which it takes the list and the indents (an indent recorded there came back) but not the level
 * (written at level 3 in the new properties, or with no numbering at all, the paragraph came back at
 * level 0 all the same). No other markup serves: the break's mark must end both the new clause's
 * last line on Accept and the old paragraph on Reject, so their looks can differ only by a
 * w:pPrChange.
 */
describe.each([
  ['an empty paragraph after its typed heading’s sub-clauses', TYPED_BREAK, 8, typedReplaced, false],
  ['its last sub-clause, lettered by Word', DRAFT, 12, replaced, true],
])('a clause replaced whole whose last paragraph ends a section: %s', (_name, lines, sectionEnd, gone, listed) => {
  let done: Awaited<ReturnType<typeof returnFixed>>;
  beforeAll(async () => {
    done = await returnFixed(lines, sectionEnd);
  });

  it('keeps the section break on that paragraph, whose words the new clause’s last line replaces, numbered by its label alone', async () => {
    const { input, out, fix } = done;
    expect(await sections(out.docx)).toEqual(await sections(input));
    const paragraphs = await paragraphsOf(out.docx);
    const breaking = paragraphs.find((p) => /<w:pPr>[\s\S]*<w:sectPr\b/.test(p))!;
    if (lines[sectionEnd]![1]) expect(breaking).toContain(`>${lines[sectionEnd]![1]}</w:delText>`);
    expect(breaking).toMatch(/<w:ins\b[^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t xml:space="preserve">[^<]*<\/w:t><\/w:r>/);
    expect(flat(breaking.replace(/<w:delText[\s\S]*?<\/w:delText>/g, '').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, ''))).toBe(flat(fix.at(-1)!));
    if (listed) {
      // Word's letter is switched off there (the line carries its own label), the former look recorded for Reject.
      expect(breaking).toMatch(/<w:numId w:val="0"\/>[\s\S]*<w:sectPr\b[\s\S]*<w:pPrChange\b[^>]*><w:pPr><w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="2"\/><w:numId w:val="\d"\/><\/w:numPr><\/w:pPr><\/w:pPrChange>/);
    } else expect(breaking).not.toMatch(/<w:pPrChange\b/);
    // Our reader reads the fix in whole, in order.
    const texts = (await ourLabels(out.docx)).map((p) => p.text);
    const at = texts.indexOf(flat(fix[0]!));
    expect(texts.slice(at, at + fix.length)).toEqual(fix.map(flat));
  });

  (HAVE_SOFFICE && HAVE_POPPLER ? it : it.skip)(
    'LibreOffice keeps the page setup of both sections and every number once accepted, and gives back the draft once rejected (its text only where Word numbered the break’s paragraph)',
    async () => {
      const { input, out, fix } = done;
      const accepted = await expectNumbersSettled(input, out.docx, lines, gone, !listed);
      const texts = (await ourLabels(accepted)).map((p) => p.text);
      const at = texts.indexOf(flat(fix[0]!));
      expect(texts.slice(at, at + fix.length + 1)).toEqual([...fix.map(flat), flat(lines[sectionEnd + 1]![1])]);
      await expectPagesKept(input, accepted);
    },
    600_000,
  );
});

/** The sample evaluation draft with its return clause 3.2 as one paragraph, which ends the draft's portrait section. */
const ONE: DraftLine[] = [...DRAFT.slice(0, 10), [1, 'After this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time.'], ...DRAFT.slice(13)];
const ONE_BREAK = 10;

/** Paragraphs our reader reads, empty ones too. */
const paragraphCount = async (docx: Uint8Array): Promise<number> => (await readDocx(docx)).paragraphs.length;

describe('a clause of one numbered paragraph that ends a section, replaced whole', () => {
  let done: Awaited<ReturnType<typeof returnFixed>>;
  beforeAll(async () => {
    done = await returnFixed(ONE, ONE_BREAK);
  });

  it('is typed over as Word records it: the new heading in the paragraph, its mark inserted, the break moved to the new clause’s last mark', async () => {
    const { input, out, fix } = done;
    expect(await sections(out.docx)).toEqual(await sections(input));
    const paragraphs = await paragraphsOf(out.docx);
    const first = paragraphs.findIndex((p) => p.includes('>After this Agreement ends'));
    // Its own numbering kept for the heading, its mark inserted, the break gone from it.
    expect(paragraphs[first]).toMatch(/^<w:p><w:pPr><w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="1"\/><w:numId w:val="1"\/><\/w:numPr><w:rPr><w:ins\b[^>]*\/><\/w:rPr><\/w:pPr>/);
    expect(paragraphs[first]).not.toContain('sectPr');
    expect(paragraphs[first]).toContain('Return or Destruction of Samples and Materials');
    // The last line ends on the paragraph's own mark: not inserted, holding the break as written, its former look recorded.
    const last = paragraphs[first + fix.length - 1]!;
    const [sectPr] = await sections(input);
    expect(last).toContain(`${sectPr}<w:pPrChange`);
    expect(last).toMatch(/<w:pPrChange\b[^>]*><w:pPr><w:pStyle w:val="ListParagraph"\/><w:numPr><w:ilvl w:val="1"\/><w:numId w:val="1"\/><\/w:numPr><\/w:pPr><\/w:pPrChange>/);
    expect(last).not.toMatch(/<w:rPr>(?:<[^>]*>)*?<w:ins\b[^>]*\/>(?:<[^>]*>)*?<\/w:rPr><w:sectPr/);
    expect(flat(last.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, ''))).toBe(flat(fix.at(-1)!));
    expect(paragraphs[first + fix.length]).toContain(`>${NEXT}`);
    const texts = (await ourLabels(out.docx)).map((p) => p.text);
    const at = texts.indexOf(flat(fix[0]!));
    expect(texts.slice(at, at + fix.length)).toEqual(fix.map(flat));
  });

  (HAVE_SOFFICE && HAVE_POPPLER ? it : it.skip)(
    'LibreOffice gives back the draft, 3.2 at its own level, once rejected; once accepted the fix, every number and both page layouts, no empty line left',
    async () => {
      const { input, out, fix } = done;
      const accepted = await expectNumbersSettled(input, out.docx, ONE, (i) => i === ONE_BREAK);
      const read = await ourLabels(accepted);
      const at = read.findIndex((p) => p.text === flat(fix[0]!));
      expect(read[at]!.label).toBe('3.2');
      expect(read.slice(at, at + fix.length + 1).map((p) => p.text)).toEqual([...fix.map(flat), flat(NEXT_LINE)]);
      expect(read[at + fix.length]!.label).toBe('3.3');
      expect(await paragraphCount(accepted)).toBe((await paragraphCount(input)) - 1 + fix.length);
      await expectPagesKept(input, accepted);
    },
    600_000,
  );
});

/** A draft as typed, numbers and all: no paragraph has properties of its own, and the return clause is one paragraph. */
const BARE: DraftLine[] = [
  ...DRAFT.slice(0, 2),
  ['body', '1.\tDefinitions'],
  ['body', '1.1\t"Samples" means the photonic sensor modules the Provider delivers under this Agreement, including any part of them.'],
  ['body', '2.\tReturn of Samples'],
  ['body', '2.1\tAfter this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time.'],
  ['body', '2.2\tThe Evaluator shall certify to the Provider in writing that it has done so.'],
  ['body', '3.\tGoverning Law'],
  ['body', '3.1\tThis Agreement is governed by the laws of Hong Kong.'],
];
const BARE_CLAUSE = 5;

describe('a clause whose paragraph has no properties of its own, replaced whole', () => {
  let done: Awaited<ReturnType<typeof returnFixed>>;
  beforeAll(async () => {
    done = await returnFixed(BARE);
  });

  it('is typed over as a numbered one is: its mark inserted, the new clause ending on its own mark, recorded as having had no properties', async () => {
    const { out, fix } = done;
    const paragraphs = await paragraphsOf(out.docx);
    const first = paragraphs.findIndex((p) => p.includes('>2.1\tAfter this Agreement ends') || p.includes('>After this Agreement ends'));
    expect(paragraphs[first]).toMatch(/^<w:p><w:pPr><w:rPr><w:ins\b[^>]*\/><\/w:rPr><\/w:pPr><w:commentRangeStart\b[^>]*\/><w:del\b/);
    const last = paragraphs[first + fix.length - 1]!;
    expect(last).toMatch(/^<w:p>(?:<w:pPr>(?!.*?<w:ins\b[^>]*\/><\/w:rPr>).*?<\/w:pPr>)?<w:ins\b/);
    expect(flat(last.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, ''))).toBe(flat(fix.at(-1)!));
    expect(paragraphs[first + fix.length]).toContain('The Evaluator shall certify');
    expect(paragraphs[first + fix.length]).not.toMatch(/<w:(?:ins|del|pPrChange)\b/);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice gives back the draft once rejected, and the draft with the fix once accepted, no empty line left, read by our reader, mammoth and LibreOffice',
    async () => {
      const { input, out, fix } = done;
      const accepted = await expectNumbersSettled(input, out.docx, BARE, (i) => i === BARE_CLAUSE);
      const texts = (await ourLabels(accepted)).map((p) => p.text);
      const at = texts.indexOf(flat(fix[0]!));
      expect(texts.slice(at - 1, at + fix.length + 1)).toEqual([flat(BARE[4]![1]), ...fix.map(flat), flat(BARE[6]![1])]);
      expect(await paragraphCount(accepted)).toBe((await paragraphCount(input)) - 1 + fix.length);
    },
    600_000,
  );
});
