import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { loadLibraryDir } from '../../src/cli/library-files';
import type { DocModel } from '../../src/core/document';
import type { Finding, ReviewResult } from '../../src/core/findings';
import { definedOnce, fixesFor } from '../../src/core/fix';
import { t } from '../../src/core/i18n';
import { review, segment, type Playbooks } from '../../src/core/review';
import { fixOutcomes } from '../../src/core/fix/outcomes';
import type { RoleId, ScenarioId } from '../../src/core/scenarios';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { corpusBytes, HAVE_CORPUS, skipMessage } from './corpus';
import { HAVE_POPPLER, HAVE_SOFFICE, settle, toPdf } from './libreoffice-settle';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
const library = loaded.library;
const playbooks: Playbooks = {};
for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];

const OUTPUT = path.resolve(__dirname, '../../test-output/io');
const DATE = new Date('2026-12-04T10:30:00Z');

/** Real third-party drafts, each reviewed for a deal and side that gives both replaced and missing clauses. */
const CASES: { file: string; scenario: ScenarioId; side: RoleId }[] = [
  { file: 'contract_commonpaper_data_processing_agreement.docx', scenario: 'sample-testing', side: 'evaluator' },
  { file: 'contract_commonpaper_pilot_agreement.docx', scenario: 'sample-testing', side: 'evaluator' },
  { file: 'contract_commonpaper_partnership_agreement.docx', scenario: 'exclusive-partnership', side: 'supplier' },
  // Its sections are numbered through a numbering style (w:numStyleLink).
  { file: 'contract_commonpaper_design_partner_agreement.docx', scenario: 'joint-development', side: 'co-developer' },
  { file: 'contract_commonpaper_software_license_agreement.docx', scenario: 'technology-license', side: 'licensee' },
  { file: 'contract_commonpaper_professional_services_agreement.docx', scenario: 'custom-development', side: 'customer' },
];

interface Redlined {
  input: Uint8Array;
  doc: DocModel;
  result: ReviewResult;
  out: RedlineResult;
}

/** Review a draft and redline it with every fix accepted. */
async function redline(file: string, scenario: ScenarioId, side: RoleId): Promise<Redlined> {
  const input = corpusBytes(file);
  const doc = await readDocx(input);
  const result = review(doc, { scenario, role: side, playbooks, library });
  const fixes = fixesFor(library, result, doc);
  const accepted = result.findings.map((finding) => ({ finding, clause: finding.fix ? fixes(finding.fix) : null }));
  const out = await writeRedlineDocx({ docx: input, accepted, date: DATE });
  return { input, doc, result, out };
}

const texts = (doc: DocModel): string[] => doc.paragraphs.map((p) => p.text);

/** Whether `lines` stand one after the other somewhere among `paragraphs`. */
function holdsInOrder(paragraphs: readonly string[], lines: readonly string[]): boolean {
  for (let i = paragraphs.indexOf(lines[0]!); i >= 0; i = paragraphs.indexOf(lines[0]!, i + 1)) {
    if (lines.every((l, k) => paragraphs[i + k] === l)) return true;
  }
  return false;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

const describeCorpus = HAVE_CORPUS ? describe : describe.skip;
skipMessage();

describeCorpus('a redlined draft, read back three independent ways', () => {
  let dir: string;
  const done = new Map<string, Redlined>();
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-'));
    mkdirSync(OUTPUT, { recursive: true });
    for (const c of CASES) done.set(c.file, await redline(c.file, c.scenario, c.side));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces whole clauses and adds the missing ones, one change per fix and one comment per finding', () => {
    let replaced = 0;
    for (const { result, out } of done.values()) {
      const withFix = result.findings.filter((f) => f.fix);
      expect(out.changes).toBeGreaterThan(0);
      expect(out.changes).toBeLessThanOrEqual(withFix.length);
      expect(out.comments).toBeGreaterThanOrEqual(out.changes);
      replaced += out.applied.filter((a) => result.findings.find((f) => f.id === a.finding)!.kind !== 'missing').length;
    }
    // Sections 7.2 of the DPA, 1.5 of the pilot and 12.3 of the partnership agreement.
    expect(replaced).toBeGreaterThanOrEqual(3);
  });

  it('our reader reads the fixes in (changes accepted), our deletions and our comments', async () => {
    for (const { result, out, doc } of done.values()) {
      const back = await readDocx(out.docx);
      for (const a of out.applied) expect(holdsInOrder(texts(back), a.paragraphs)).toBe(true);
      // Every fix's text is the library clause filled for this draft, under the draft's own numbering.
      const fixes = fixesFor(library, result, doc);
      // A term several fixes use is defined once, by the first of them (definedOnce).
      // Two fixes for one clause go in as one change (fixOutcomes), under the first's finding.
      const going = new Map(
        fixOutcomes(doc, segment(doc), result.findings.map((f) => ({ finding: f, clause: f.fix ? fixes(f.fix) : null }))).flatMap((o) => (o.kind === 'new' || o.kind === 'replace' ? [[o.finding.id, o.clause] as const] : [])),
      );
      const clauses = definedOnce(out.applied.map((a) => going.get(a.finding)!));
      const defined = out.applied.flatMap((a) => [...a.paragraphs.join('\n').matchAll(/"([^"]+)" means /g)].map((m) => m[1]));
      expect(defined).toEqual([...new Set(defined)]);
      for (const [k, a] of out.applied.entries()) {
        const clause = clauses[k]!;
        // Labels and words both: a fix speaks of its own number ("In this Section 6.2") only where it stands under it.
        // One that replaces part of a clause goes in under the clause's own heading.
        expect(a.paragraphs.slice(a.keeps ? 0 : 1)).toEqual(clause.paragraphs.map((p) => `${p.label}\t${p.text}`));
        for (const own of a.paragraphs.join('\n').matchAll(/In this Section ([\d.]+),/g)) expect(own[1]).toBe(clause.number);
        if (a.keeps) {
          const kept = back.paragraphs[back.paragraphs.findIndex((p) => p.text === a.paragraphs[0]) - 1];
          expect(kept?.listLabel?.replace(/\.$/, '')).toBe(clause.number);
          continue;
        }
        // The heading: numbered by Word where the draft's headings are (so later sections keep their numbers), else typed.
        const heading = back.paragraphs.find((p) => p.text === a.paragraphs[0] && (p.listLabel !== undefined || /^[\d.]+\t/.test(p.text)));
        expect(heading?.text.replace(/^[\d.]+\t/, '')).toBe(clause.title);
        if (heading?.listLabel) expect(a.paragraphs[1]!.startsWith(`${heading.listLabel.replace(/\.$/, '')}.`)).toBe(true);
      }
      const ours = back.comments!.filter((c) => c.author === 'Clausewright');
      expect(ours).toHaveLength(out.comments);
      // A point whose clause another point's fix rewrites, with its own fix joined in or not, says so after its reason.
      const notes = (['io.redline.covered', 'io.redline.joined'] as const).map((key) => t('en', key).split('{clause}') as [string, string]);
      const says = (text: string, f: Finding) => text === `${f.message}\n${f.why}` || notes.some(([lead, tail]) => text.startsWith(`${f.message}\n${f.why}\n${lead}`) && text.endsWith(tail));
      for (const c of ours) expect(result.findings.some((f) => says(c.text, f))).toBe(true);
      expect(back.revisions!.some((r) => r.kind === 'deletion' && r.author === 'Clausewright' && r.date === '2026-12-04T10:30:00Z')).toBe(out.applied.length > out.applied.filter((a) => result.findings.find((f) => f.id === a.finding)!.kind === 'missing').length);
    }
  });

  it('the replaced passages are gone once the changes are accepted', async () => {
    const { result, out } = done.get(CASES[0]!.file)!;
    const back = texts(await readDocx(out.docx));
    const replaced = result.findings.filter((f) => f.fix && f.kind !== 'missing' && out.applied.some((a) => a.finding === f.id));
    expect(replaced.length).toBeGreaterThan(0);
    for (const f of replaced) expect(back.some((t) => t.includes(f.evidence[0]!.text))).toBe(false);
  });

  it('mammoth (an independent reader, which shows insertions) reads every inserted paragraph', async () => {
    for (const { out } of done.values()) {
      const raw = (await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value;
      const paragraphs = raw.split('\n').map(flat).filter(Boolean);
      for (const a of out.applied) expect(holdsInOrder(paragraphs, a.paragraphs.map(flat))).toBe(true);
    }
  });

  it('leaves every other part of the package byte-for-byte as it was', async () => {
    for (const [file, { input, out }] of done) {
      const before = await JSZip.loadAsync(input);
      const after = await JSZip.loadAsync(out.docx);
      const hadComments = Object.keys(before.files).some((n) => /comments\.xml$/.test(n));
      const changed = new Set(['word/document.xml', 'word/comments.xml', ...(hadComments ? [] : ['[Content_Types].xml', 'word/_rels/document.xml.rels'])]);
      const names = Object.keys(before.files);
      expect(Object.keys(after.files).filter((n) => !names.includes(n))).toEqual(hadComments ? [] : ['word/comments.xml']);
      let same = 0;
      for (const name of names) {
        if (changed.has(name) || before.files[name]!.dir) continue;
        const [a, b] = await Promise.all([before.file(name)!.async('uint8array'), after.file(name)!.async('uint8array')]);
        expect({ file, name, same: Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0 }).toEqual({ file, name, same: true });
        same++;
      }
      expect(same).toBeGreaterThan(5);
    }
  });

  it('leaves each paragraph it deletes its own properties, so Reject gives the draft back as it was', async () => {
    for (const [file, { input, out }] of done) {
      const xml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const [before, after] = await Promise.all([xml(input), xml(out.docx)]);
      const props = (x: string) =>
        [...x.matchAll(/<w:p\b[^>]*>(<w:pPr>[\s\S]*?<\/w:pPr>)?/g)].map((m) => (m[1] ?? '').replace(/<w:rPr>[\s\S]*?<\/w:rPr>/g, ''));
      // Our paragraphs are the ones whose text we insert (a draft's paragraph whose mark we insert,
      // to end our clause on its own mark, is still its own); every other keeps its own w:pPr.
      const pPr = /<w:pPr>(?:[^<]|<(?!\/w:pPr>|w:pPrChange\b)|<w:pPrChange\b[\s\S]*?<\/w:pPrChange>)*<\/w:pPr>/.source;
      const ours = (x: string) => [...x.matchAll(new RegExp(`<w:p\\b[^>]*>(?:${pPr})?((?:<w:commentRangeStart[^>]*\\/>)*<w:ins\\b[^>]*w:author="Clausewright")?`, 'g'))].map((m) => Boolean(m[1]));
      const kept = props(after).filter((_, i) => !ours(after)[i]);
      expect({ file, same: kept.length === props(before).length && kept.every((p, i) => p === props(before)[i]) }).toEqual({ file, same: true });
    }
  });

  it('gives every change and comment an id of its own, none used before in the file', async () => {
    for (const { input, out } of done.values()) {
      const ids = async (bytes: Uint8Array): Promise<string[]> => {
        const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
        return [...xml.matchAll(/<w:(?:ins|del|commentRangeStart)\b[^>]*?\sw:id="(\d+)"/g)].map((m) => m[1]!);
      };
      const before = new Set(await ids(input));
      const all = await ids(out.docx);
      const added = all.filter((id) => !before.has(id));
      expect(added.length).toBe(all.length - before.size);
      expect(new Set(added).size).toBe(added.length);
    }
  });

  (HAVE_SOFFICE && HAVE_POPPLER ? it.each : it.skip.each)(CASES.map((c) => c.file))(
    'LibreOffice shows the changes in %s as a PDF, and accepting them all gives the fix text and the draft’s own numbers, rejecting them the draft',
    async (file) => {
      const { out, doc } = done.get(file)!;
      const docx = path.join(dir, `redline-${file}`);
      writeFileSync(docx, out.docx);
      const pdf = toPdf(docx, dir);
      const shown = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
      // Labels and text may come out of the PDF in either order; the words of each paragraph are there.
      const missing = out.applied.flatMap((a) => a.paragraphs.map((l) => flat(l.slice(l.indexOf('\t') + 1)).slice(0, 60))).filter((l) => !shown.includes(l));
      expect({ file, missing }).toEqual({ file, missing: [] });
      // Each "(a)" sub-clause stands in from the numbered paragraph that opens it, as laid out.
      const laid = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n');
      for (const a of out.applied) {
        const sub = a.paragraphs.find((l) => /^\([a-z]\)\t/.test(l));
        if (!sub) continue;
        const at = laid.findIndex((l) => flat(l).startsWith(flat(sub).slice(0, 30)));
        const opener = laid.slice(0, at).map((l, i) => (/^\s*\d+(?:\.\d+)+\s/.test(l) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
        expect({ file, at: at >= 0 && opener >= 0 }).toEqual({ file, at: true });
        expect(laid[at]!.search(/\S/)).toBeGreaterThan(laid[opener]!.search(/\S/));
      }
      // The page with the first change, rendered to test-output/io/ to be looked at.
      const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
      const page = pages.findIndex((p) => flat(p).includes(flat(out.applied[0]!.paragraphs[1]!).slice(0, 40))) + 1;
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), pdf, path.join(OUTPUT, `redline-${path.basename(file, '.docx')}`)]);

      const acceptedDoc = await readDocx(readFileSync(settle(docx, 'Accept', dir)));
      const accepted = texts(acceptedDoc);
      for (const a of out.applied) expect(holdsInOrder(accepted, a.paragraphs)).toBe(true);
      // The paragraph after each fix keeps its own style and list level, as our reader (which
      // keeps a paragraph's own mark, as Word does) reads the changes accepted.
      const ours = await readDocx(out.docx);
      const after = (d: DocModel, line: string) => {
        const p = d.paragraphs[d.paragraphs.findIndex((q) => q.text === line) + 1];
        return p && { text: p.text.slice(0, 40), style: p.style, label: p.listLabel };
      };
      for (const a of out.applied) {
        const last = a.paragraphs[a.paragraphs.length - 1]!;
        expect({ file, after: after(acceptedDoc, last) }).toEqual({ file, after: after(ours, last) });
      }
      // Accepted, the draft numbers as it did, plus our clauses: each of its paragraphs that stays
      // keeps its label, and each new heading follows the draft's last section.
      const labels = (d: DocModel) => d.paragraphs.filter((p) => p.text.trim()).map((p) => ({ text: p.text, label: p.listLabel }));
      const was = labels(doc);
      const now = labels(acceptedDoc);
      let at = 0;
      let kept = 0;
      const renumbered: string[] = [];
      for (const p of was) {
        const found = now.findIndex((q, i) => i >= at && q.text === p.text);
        if (found < 0) continue;
        at = found + 1;
        kept++;
        if (now[found]!.label !== p.label) renumbered.push(`${p.label} -> ${now[found]!.label}: ${p.text.slice(0, 40)}`);
      }
      expect({ file, renumbered }).toEqual({ file, renumbered: [] });
      expect(kept).toBeGreaterThan(was.length * 0.8);
      for (const a of out.applied) {
        const opening = a.paragraphs[a.keeps ? 0 : 1]!;
        const number = /^(\d+(?:\.\d+)*)\.\d+\t/.exec(opening)?.[1];
        const heading = acceptedDoc.paragraphs[acceptedDoc.paragraphs.findIndex((p) => p.text === opening) - 1];
        expect({ file, heading: (heading?.listLabel ?? /^[\d.]+(?=\t)/.exec(heading?.text ?? '')?.[0])?.replace(/\.$/, '') }).toEqual({ file, heading: number });
      }
      // Rejected, the draft as it was: its text, and every paragraph its own number (the DPA's 7.2(a)
      // and (b) came back as "8." and "9." while the deleted paragraphs were restyled, and the
      // pilot's 1.6 after its part-replaced 1.5 as "2.").
      const rejected = await readDocx(readFileSync(settle(docx, 'Reject', dir)));
      expect({ file, rejected: labels(rejected) }).toEqual({ file, rejected: was });
    },
    300_000,
  );
});

describeCorpus('a fix for one subject of a clause that deals with two', () => {
  // "Feedback and Usage Data" and "Governing Law and Chosen Courts": our fixes are for feedback and the governing law.
  const FILE = 'contract_commonpaper_software_license_agreement.docx';
  let done: Redlined;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-part-'));
    done = await redline(FILE, 'technology-license', 'licensee');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** For each fix that keeps part of its clause: the clause as the draft has it, the sentences it keeps, and those it replaces. */
  function parts(): { heading: string; kept: string[]; gone: string[]; fix: string[] }[] {
    const { doc, result, out } = done;
    return out.applied
      .filter((a) => a.keeps)
      .map((a) => {
        const f = result.findings.find((x) => x.id === a.finding)!;
        const text = doc.paragraphs[f.evidence[0]!.paragraph]!.text;
        const sentences = text.split(/(?<=\.)\s+(?=[A-Z])/);
        const names = a.keeps!.map((k) => new RegExp(k.replace(/s$/, ''), 'i'));
        return {
          heading: sentences[0]!,
          kept: sentences.slice(1).filter((x) => names.some((n) => n.test(x))),
          gone: [f.evidence[0]!.text],
          fix: a.paragraphs,
        };
      });
  }

  /** The clause's heading, the sentences kept, none replaced, and the fix right after, in one reading of the accepted text. */
  function expectKept(paragraphs: readonly string[]): void {
    const all = parts();
    expect(all.map((p) => p.heading).sort()).toEqual(['Feedback and Usage Data.', 'Governing Law and Chosen Courts.']);
    for (const p of all) {
      const at = paragraphs.findIndex((t) => flat(t).startsWith(p.heading));
      expect(at).toBeGreaterThanOrEqual(0);
      const clause = flat(paragraphs[at]!);
      expect(p.kept.length).toBeGreaterThan(0);
      for (const k of p.kept) expect(clause).toContain(flat(k));
      for (const g of p.gone) expect(clause).not.toContain(flat(g));
      expect(paragraphs.slice(at + 1, at + 1 + p.fix.length).map(flat)).toEqual(p.fix.map(flat));
    }
  }

  it('keeps the clause’s heading and its sentences on the other subject, in our reader and in mammoth', async () => {
    expectKept(texts(await readDocx(done.out.docx)));
    expectKept((await mammoth.extractRawText({ buffer: Buffer.from(done.out.docx) })).value.split('\n').filter((l) => l.trim()));
  });

  it('keeps the courts that other clauses cite', async () => {
    const back = texts(await readDocx(done.out.docx)).join('\n');
    expect(back).toMatch(/in the Chosen Courts and each party irrevocably submits to the exclusive jurisdiction of the Chosen Courts/);
    expect(back).toMatch(/Despite Section 10\.3 \(Governing Law and Chosen Courts\)/);
  });

  (HAVE_SOFFICE ? it : it.skip)(
    'LibreOffice accepts the part replaced and gives the whole clause back on Reject',
    async () => {
      const docx = path.join(dir, 'part.docx');
      writeFileSync(docx, done.out.docx);
      toPdf(docx, dir);
      expectKept(texts(await readDocx(readFileSync(settle(docx, 'Accept', dir)))));
      const rejected = await readDocx(readFileSync(settle(docx, 'Reject', dir)));
      expect(texts(rejected).filter((t) => t.trim())).toEqual(texts(done.doc).filter((t) => t.trim()));
    },
    300_000,
  );
});

describeCorpus('clauses the draft lacks, only some of them proposed', () => {
  it('follow the draft’s last section one after another, their text saying the same numbers', async () => {
    const file = 'contract_commonpaper_design_partner_agreement.docx';
    const input = corpusBytes(file);
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'joint-development', role: 'co-developer', playbooks, library });
    // Numbered among every fix the review offers, as a proposal made one at a time is.
    const fixes = fixesFor(library, result, doc);
    const missing = [...new Map(result.findings.filter((f) => f.kind === 'missing' && f.fix).map((f) => [f.fix!.clause, f])).values()];
    const chosen = [missing[1]!, missing[3]!];
    const proposed = chosen.map((f) => fixes(f.fix!)!);
    const last = Math.max(...doc.paragraphs.map((p) => Number(/^(\d+)\.$/.exec(p.listLabel ?? '')?.[1] ?? 0)));
    // The proposals skip numbers: the first and third new clause are among them.
    expect(proposed.map((c) => c.number)).not.toEqual([String(last + 1), String(last + 2)]);
    const out = await writeRedlineDocx({ docx: input, accepted: chosen.map((finding, i) => ({ finding, clause: proposed[i]! })), date: DATE });
    expect(out.changes).toBe(2);
    const back = await readDocx(out.docx);
    out.applied.forEach((a, k) => {
      const n = String(last + 1 + k);
      const at = back.paragraphs.findIndex((p) => p.text === a.paragraphs[0]);
      expect(back.paragraphs[at]!.listLabel).toBe(`${n}.`);
      for (const line of a.paragraphs.slice(1).filter((l) => /^\d/.test(l))) expect(line.startsWith(`${n}.`)).toBe(true);
      for (const own of a.paragraphs.join('\n').matchAll(/In this Section (\d+),/g)) expect(own[1]).toBe(n);
    });
  });
});

describeCorpus('a draft that already holds another author’s comment and tracked changes', () => {
  const FILE = 'fx_oxpt_HC031_complicated_document.docx';

  it('keeps them, and adds ours beside them with their text escaped', async () => {
    const input = corpusBytes(FILE);
    const doc = await readDocx(input);
    const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
    const clause = fixesFor(library, result, doc)({ clause: 'return-or-destroy', variant: 'samples-protective' })!;
    const theirs = doc.revisions!.find((r) => r.kind === 'deletion')!;
    const commented = doc.comments![0]!;
    const quote = (paragraph: number) => ({ paragraph, start: 0, end: doc.paragraphs[paragraph]!.text.length, text: doc.paragraphs[paragraph]!.text });
    const finding = (id: string, over: Partial<Finding>): Finding => ({
      id, rule: 'ambiguous.return-destroy', topic: 'return-or-destroy', severity: 'high', kind: 'ambiguous',
      message: 'Return of R&D samples <on request> only', why: 'A "reasonable" time is no deadline: give one in days.', evidence: [], ...over,
    });
    const accepted = [
      // A fix over the paragraph that holds their deletion, and a comment where theirs is.
      { finding: finding('a', { evidence: [quote(theirs.paragraph)], fix: { clause: clause.clauseId, variant: clause.variantId } }), clause },
      { finding: finding('b', { kind: 'one-sided', evidence: [quote(commented.paragraph!)] }) },
    ];
    const out = await writeRedlineDocx({ docx: input, accepted, author: 'Li Wei', date: DATE });
    expect([out.changes, out.comments]).toEqual([1, 2]);
    const back = await readDocx(out.docx);
    // Theirs keeps its text, author, date and passage (its paragraph number moves with our change).
    const { paragraph: _moved, ...same } = commented;
    expect(back.comments).toContainEqual(expect.objectContaining(same));
    const mine = back.comments!.filter((c) => c.author === 'Li Wei');
    expect(mine.map((c) => c.text)).toEqual([`${accepted[0]!.finding.message}\n${accepted[0]!.finding.why}`, `${accepted[1]!.finding.message}\n${accepted[1]!.finding.why}`]);
    expect(mine[1]!.paragraph).toBe(back.comments!.find((c) => c.id === commented.id)!.paragraph);
    for (const r of doc.revisions!) expect(back.revisions).toContainEqual(expect.objectContaining({ kind: r.kind, author: r.author, date: r.date, text: r.text }));
    expect(back.revisions!.some((r) => r.author === 'Li Wei' && r.kind === 'insertion')).toBe(true);
    expect(holdsInOrder(texts(back), out.applied[0]!.paragraphs)).toBe(true);
    // Their comments part is appended to, not replaced.
    const [before, after] = await Promise.all([input, out.docx].map(async (b) => (await JSZip.loadAsync(b)).file('word/comments.xml')!.async('string')));
    expect(after!.startsWith(before!.slice(0, before!.lastIndexOf('</')))).toBe(true);
  });
});

describe('a file that is no .docx', () => {
  it('is refused with the reader’s own error before anything is written', async () => {
    const bytes = new TextEncoder().encode('Within 30 days after the end of this Agreement, the Recipient shall return all Samples.');
    await expect(writeRedlineDocx({ docx: bytes, accepted: [] })).rejects.toMatchObject({ name: 'DocxError', code: 'not-zip' });
  });
});

describeCorpus('a finding whose quote sits in a text box', () => {
  const FILE = 'fx_mammoth_text_box.docx';

  it('gets its comment on the paragraph that holds the box, and the file still reads three ways', async () => {
    const input = corpusBytes(FILE);
    const doc = await readDocx(input);
    const boxed = doc.paragraphs.findIndex((p) => p.text === 'Datum plane');
    expect(boxed).toBeGreaterThan(0);
    const finding: Finding = {
      id: 'box', rule: 'ambiguous.undefined-term', topic: 'confidentiality', severity: 'low', kind: 'ambiguous',
      message: '"Datum plane" is used but never defined', why: 'Define it, or say which drawing sets it out.',
      evidence: [{ paragraph: boxed, start: 0, end: 11, text: 'Datum plane' }],
    };
    const out = await writeRedlineDocx({ docx: input, accepted: [{ finding }], date: DATE });
    expect([out.changes, out.comments]).toEqual([0, 1]);
    const back = await readDocx(out.docx);
    expect(texts(back)).toEqual(texts(doc));
    expect(back.comments).toEqual([expect.objectContaining({ author: 'Clausewright', text: `${finding.message}\n${finding.why}` })]);
    // Anchored outside the drawing, on the body paragraph the box stands in.
    const xml = await (await JSZip.loadAsync(out.docx)).file('word/document.xml')!.async('string');
    const start = xml.indexOf('<w:commentRangeStart');
    expect(start).toBeGreaterThan(0);
    expect(xml.lastIndexOf('<w:txbxContent', start)).toBeLessThan(xml.lastIndexOf('<w:body', start));
    expect((await mammoth.extractRawText({ buffer: Buffer.from(out.docx) })).value).toContain('Datum plane');
    if (HAVE_SOFFICE && HAVE_POPPLER) {
      const dir = mkdtempSync(path.join(tmpdir(), 'cw-redline-box-'));
      try {
        const docx = path.join(dir, 'box.docx');
        writeFileSync(docx, out.docx);
        expect(execFileSync('pdftotext', [toPdf(docx, dir), '-'], { encoding: 'utf8' })).toContain('Datum plane');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 300_000);
});
