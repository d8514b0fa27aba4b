import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { loadLibraryDir } from '../../src/cli/library-files';
import type { DocModel } from '../../src/core/document';
import { fixesFor } from '../../src/core/fix';
import { review, type Playbooks } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { numberedDraft, type DraftLine } from '../fixtures/io/numbered-draft';
import { HAVE_POPPLER, HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks: Playbooks = {};
for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];

/**
 * A sample evaluation draft numbered by Word's own multi-level list, whose return clause (3.2) runs
 * over a lead-in and two lettered sub-clauses and is followed by a clause one level down from the
 * headings (3.3). The review replaces 3.2 whole (it gives no deadline for return).
 */
const DRAFT: DraftLine[] = [
  ['title', 'Sample Evaluation Agreement'],
  ['body', 'This Sample Evaluation Agreement is made on 3 March 2025 between Suzhou Lattice Photonics Co., Ltd., a company incorporated in the People\'s Republic of China (the "Provider"), and Aalborg Sensor Systems A/S, a company incorporated in Denmark (the "Evaluator").'],
  [0, 'Definitions'],
  [1, '"Samples" means the photonic sensor modules the Provider delivers under this Agreement, including any part of them.'],
  [1, '"Purpose" means testing the Samples in the Evaluator\'s vehicle prototypes to decide whether to buy the modules.'],
  [0, 'Samples'],
  [1, "The Provider shall deliver the Samples to the Evaluator's laboratory in Aalborg. The Samples remain the property of the Provider."],
  [1, 'The Evaluator shall use the Samples only for the Purpose.'],
  [0, 'Term and Termination'],
  [1, 'This Agreement starts on the date above and ends six months later.'],
  [1, 'After this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time, and shall:'],
  [2, 'certify to the Provider in writing that it has done so; and'],
  [2, 'keep no copy of any test report that describes the Samples.'],
  [1, 'Sections 3 and 5 survive the end of this Agreement.'],
  [0, 'Governing Law'],
  [1, 'This Agreement is governed by the laws of Hong Kong.'],
];
const CLAUSE = 'After this Agreement ends';
const NEXT = 'Sections 3 and 5 survive';
/** The draft's paragraphs the fix replaces: 3.2 and its (a) and (b). */
const replaced = (i: number): boolean => DRAFT[i]![1].startsWith(CLAUSE) || DRAFT[i]![0] === 2;

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Each non-empty paragraph with its list label, as our reader reads it (changes accepted). */
async function ourLabels(docx: Uint8Array): Promise<{ text: string; label?: string }[]> {
  const doc = await readDocx(docx);
  return doc.paragraphs.filter((p) => p.text.trim()).map((p) => ({ text: flat(p.text), label: p.listLabel }));
}

/** The label LibreOffice lays out before each paragraph, from its own text export (list paragraphs are indented). */
function libreOfficeLabels(docx: string, dir: string): { text: string; label?: string }[] {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, docx], { stdio: 'ignore', timeout: 240_000 });
  const lines = readFileSync(path.join(dir, `${path.basename(docx, '.docx')}.txt`), 'utf8').replace(/^\ufeff/, '').split('\n');
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      const listed = /^\s+(\S+) (.*)$/.exec(l);
      return listed ? { text: flat(listed[2]!), label: listed[1] } : { text: flat(l) };
    });
}

/** How deep in mammoth's nested lists each paragraph stands (0 outside any list): its reading of the list levels. */
async function mammothDepths(docx: Uint8Array): Promise<{ text: string; depth: number }[]> {
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value;
  const out: { text: string; depth: number }[] = [];
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)(ol|ul)>|<(?:li|p|h\d)>([^<]*)/g)) {
    if (m[2]) depth += m[1] ? -1 : 1;
    else if (m[3]?.trim()) out.push({ text: flat(m[3]), depth });
  }
  return out;
}

/** The entries of `read` for the draft's own paragraphs, found in order by their text. */
function ofDraft<T extends { text: string }>(read: T[], lines: readonly DraftLine[] = DRAFT): (T | undefined)[] {
  let from = 0;
  return lines.map(([, text]) => {
    const at = read.findIndex((r, i) => i >= from && r.text === flat(text));
    if (at < 0) return undefined;
    from = at + 1;
    return read[at];
  });
}

/**
 * The draft and the redline through LibreOffice: every change rejected, then every change accepted,
 * each saved as .docx and its numbers read by our reader, mammoth and LibreOffice's text export.
 * Rejected, every paragraph of the draft reads as it did; accepted, every one but those `gone`.
 */
async function expectNumbersSettled(input: Uint8Array, redline: Uint8Array, lines: readonly DraftLine[], gone: (i: number) => boolean, rejectKeepsLevels = true): Promise<Uint8Array> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-levels-'));
  try {
    const draft = path.join(dir, 'draft.docx');
    const redlined = path.join(dir, 'redlined.docx');
    writeFileSync(draft, input);
    writeFileSync(redlined, redline);
    toPdf(redlined, dir);
    const read = async (file: string, bytes: Uint8Array) => ({
      ours: ofDraft(await ourLabels(bytes), lines),
      lo: ofDraft(libreOfficeLabels(file, dir), lines),
      mammoth: ofDraft(await mammothDepths(bytes), lines),
    });
    const was = await read(draft, input);
    let accepted = new Uint8Array();
    for (const how of ['Reject', 'Accept'] as const) {
      const file = settle(redlined, how, dir);
      const bytes = new Uint8Array(readFileSync(file));
      const now = await read(file, bytes);
      for (const reader of ['ours', 'lo', 'mammoth'] as const) {
        const expected = was[reader].map((p, i) => (how === 'Accept' && gone(i) ? undefined : p));
        // Where LibreOffice's Reject is known not to give a list level back, the draft's text all the same.
        const texts = (ps: ({ text: string } | undefined)[]) => ps.map((p) => p?.text);
        if (how === 'Reject' && !rejectKeepsLevels) expect({ how, reader, read: texts(now[reader]) }).toEqual({ how, reader, read: texts(expected) });
        else expect({ how, reader, read: now[reader] }).toEqual({ how, reader, read: expected });
      }
      if (how === 'Accept') accepted = bytes;
    }
    return accepted;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    const kept = ofDraft(ours);
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
      expect(ofDraft(await ourLabels(accepted)).find((p) => p?.text.startsWith(NEXT))?.label).toBe('3.3');
    },
    600_000,
  );
});

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
  beforeAll(async () => {
    input = await numberedDraft(BOXED, { after: 6, lines: BOX });
    const doc = await readDocx(input);
    expect(doc.paragraphs.map((p) => flat(p.text)).filter(Boolean)).toEqual(BOXED_READ.map(([, t]) => t));
    const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
    const fixes = fixesFor(library, result, doc);
    const returns = result.findings.filter((f) => f.topic === 'return-or-destroy' && f.fix);
    expect(returns.map((f) => doc.paragraphs[f.evidence[0]!.paragraph]!.text)).toEqual([BOX[1]![1]]);
    out = await writeRedlineDocx({ docx: input, accepted: returns.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
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

/** A draft whose headings carry their numbers as typed text and whose sub-clauses Word letters, (a) again under each. */
const TYPED: DraftLine[] = [
  ...DRAFT.slice(0, 2),
  ['heading', '1.\tDefinitions'],
  [2, '"Samples" means the photonic sensor modules the Provider delivers under this Agreement, including any part of them.'],
  [2, '"Purpose" means testing the Samples in the Evaluator\'s vehicle prototypes to decide whether to buy the modules.'],
  ['heading', '2.\tReturn of Samples'],
  [2, 'After this Agreement ends, the Evaluator shall return or destroy the Samples within a reasonable time.'],
  [2, 'The Evaluator shall certify to the Provider in writing that it has done so.'],
  ['heading', '3.\tGoverning Law'],
  [2, 'This Agreement is governed by the laws of Hong Kong.'],
  [2, 'The courts of Hong Kong have exclusive jurisdiction.'],
];
/** Clause 2 of TYPED, which the return fix replaces whole. */
const typedReplaced = (i: number): boolean => i >= 5 && i <= 7;
/** TYPED with an empty paragraph closing clause 2 that ends a section, as Word leaves a section break on a line of its own. */
const TYPED_BREAK: DraftLine[] = [...TYPED.slice(0, 8), ['body', ''], ...TYPED.slice(8)];

/** The draft redlined with its return fixes accepted, and the paragraphs those put in. */
async function returnFixed(lines: readonly DraftLine[], sectionEnd?: number): Promise<{ input: Uint8Array; out: RedlineResult; fix: string[] }> {
  const input = await numberedDraft(lines, undefined, sectionEnd);
  const doc = await readDocx(input);
  const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
  const fixes = fixesFor(library, result, doc);
  const returns = result.findings.filter((f) => f.topic === 'return-or-destroy' && f.fix);
  const out = await writeRedlineDocx({ docx: input, accepted: returns.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
  expect(out.applied).toHaveLength(1);
  return { input, out, fix: out.applied[0]!.paragraphs };
}

const paragraphsOf = async (docx: Uint8Array): Promise<string[]> => (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).match(/<w:p\b[\s\S]*?<\/w:p>/g)!;

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

/** Each w:sectPr of the body, as written. */
const sections = async (docx: Uint8Array): Promise<string[]> => (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];

/** Each page's width and height in points, as LibreOffice lays the document out. */
function pageSizes(docx: Uint8Array, dir: string, name: string): string[] {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', toPdf(file, dir)], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
}

/**
 * Where Word numbers the paragraph that holds the break, the new line switches its number off in a
 * w:pPrChange, which records the paragraph's list and level for Word's Reject. LibreOffice's Reject
 * gives back the list but not the level ((b) came back as "3.", and the numbers after it moved
 * on by one), so there its Reject is held to the draft's text only.
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
    },
    600_000,
  );
});
