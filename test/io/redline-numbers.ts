import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { loadLibraryDir } from '../../src/cli/library-files';
import { fixesFor } from '../../src/core/fix';
import { review, type Playbooks } from '../../src/core/review';
import { readDocx } from '../../src/io';
import { writeRedlineDocx, type RedlineResult } from '../../src/io/write/redline';
import { numberedDraft, type DraftLine } from '../fixtures/io/numbered-draft';
import { settle, toPdf } from './libreoffice-settle';

/** Readers of a redline's list numbers (ours, mammoth's nesting, LibreOffice's text export), after LibreOffice's Accept and Reject. */

export const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Each non-empty paragraph with its list label, as our reader reads it (changes accepted). */
export async function ourLabels(docx: Uint8Array): Promise<{ text: string; label?: string }[]> {
  const doc = await readDocx(docx);
  return doc.paragraphs.filter((p) => p.text.trim()).map((p) => ({ text: flat(p.text), label: p.listLabel }));
}

/** The label LibreOffice lays out before each paragraph, from its own text export (list paragraphs are indented). */
export function libreOfficeLabels(docx: string, dir: string): { text: string; label?: string }[] {
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
export async function mammothDepths(docx: Uint8Array): Promise<{ text: string; depth: number }[]> {
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
export function ofDraft<T extends { text: string }>(read: T[], lines: readonly DraftLine[]): (T | undefined)[] {
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
 * Rejected, every paragraph of the draft reads as it did; accepted, every one but those `gone`,
 * under the label `relettered` gives it where Word's list letters it anew (a later "(c)" as "(b)").
 */
export async function expectNumbersSettled(input: Uint8Array, redline: Uint8Array, lines: readonly DraftLine[], gone: (i: number) => boolean, rejectKeepsLevels = true, relettered: (i: number) => string | undefined = () => undefined): Promise<Uint8Array> {
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
        const expected = was[reader].map((p, i) => (how !== 'Accept' ? p : gone(i) ? undefined : p && 'label' in p && relettered(i) ? { ...p, label: relettered(i) } : p));
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


const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');
export const library = loaded.library;
export const playbooks: Playbooks = {};
for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];
/** The draft redlined with its return fixes accepted, and the paragraphs those put in. */
export async function returnFixed(lines: readonly DraftLine[], sectionEnd?: number): Promise<{ input: Uint8Array; out: RedlineResult; fix: string[] }> {
  const input = await numberedDraft(lines, undefined, sectionEnd);
  const doc = await readDocx(input);
  const result = review(doc, { scenario: 'sample-testing', role: 'provider', playbooks, library });
  const fixes = fixesFor(library, result, doc);
  const returns = result.findings.filter((f) => f.topic === 'return-or-destroy' && f.fix);
  const out = await writeRedlineDocx({ docx: input, accepted: returns.map((finding) => ({ finding, clause: fixes(finding.fix!) })), date: new Date('2026-12-04T10:30:00Z') });
  expect(out.applied).toHaveLength(1);
  return { input, out, fix: out.applied[0]!.paragraphs };
}

export const paragraphsOf = async (docx: Uint8Array): Promise<string[]> => (await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string')).match(/<w:p\b[\s\S]*?<\/w:p>/g)!;
