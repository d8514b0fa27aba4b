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
import { HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';

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
function ofDraft<T extends { text: string }>(read: T[]): (T | undefined)[] {
  let from = 0;
  return DRAFT.map(([, text]) => {
    const at = read.findIndex((r, i) => i >= from && r.text === flat(text));
    if (at < 0) return undefined;
    from = at + 1;
    return read[at];
  });
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
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-levels-'));
      try {
        const draft = path.join(dir, 'draft.docx');
        const redlined = path.join(dir, 'redlined.docx');
        writeFileSync(draft, input);
        writeFileSync(redlined, out.docx);
        toPdf(redlined, dir);
        const was = { ours: ofDraft(await ourLabels(input)), lo: ofDraft(libreOfficeLabels(draft, dir)), mammoth: ofDraft(await mammothDepths(input)) };
        expect(was.lo.find((p) => p?.text.startsWith(NEXT))?.label).toBe('3.3');
        for (const how of ['Reject', 'Accept'] as const) {
          const file = settle(redlined, how, dir);
          const bytes = new Uint8Array(readFileSync(file));
          const now = { ours: ofDraft(await ourLabels(bytes)), lo: ofDraft(libreOfficeLabels(file, dir)), mammoth: ofDraft(await mammothDepths(bytes)) };
          // Rejected, every paragraph of the draft as it was; accepted, every one that stays (3.2's three go).
          const gone = (i: number) => how === 'Accept' && replaced(i);
          for (const reader of ['ours', 'lo', 'mammoth'] as const) {
            const expected = was[reader].map((p, i) => (gone(i) ? undefined : p));
            expect({ how, reader, read: now[reader] }).toEqual({ how, reader, read: expected });
          }
          if (how === 'Accept') {
            const ours = await ourLabels(bytes);
            expect(ours.find((p) => p.text === flat(fix[0]!))?.label).toBe('3.2');
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
