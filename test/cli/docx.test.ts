import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';
import { readDocx } from '../../src/io';
import { makeDocx, para } from '../fixtures/io/make-docx';

const DRAFT_BODY = [
  para('Evaluation Agreement', '<w:pStyle w:val="Title"/>'),
  para('The Evaluator shall use the Samples solely for evaluating them for use in its battery modules.'),
  para('The Evaluator shall not reverse engineer, disassemble or analyse the composition of the Samples.'),
  para('All results of the evaluation, including any improvements to the Samples, shall be owned exclusively by the Evaluator.'),
  para('This Agreement is governed by the laws of England and Wales.'),
].join('');

/** The command line reading .docx drafts and writing .docx reports. */
describe('clausewright review with .docx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-docx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reviews a .docx and writes the report as .docx', async () => {
    const draft = path.join(dir, 'evaluation-draft.docx');
    writeFileSync(draft, await makeDocx({ body: DRAFT_BODY }));
    const report = path.join(dir, 'report.docx');
    const io = await run('review', draft, '--scenario', 'sample-testing', '--side', 'provider', '--report', report);
    const code = io.code;
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(io.out).toContain('evaluation-draft.docx');
    const doc = await readDocx(new Uint8Array(readFileSync(report)));
    const text = doc.paragraphs.map((p) => p.text);
    expect(text[0]).toBe('Review report');
    expect(text).toContain('Review of evaluation-draft.docx');
    const findingHeadings = doc.paragraphs.filter((p) => p.headingLevel === 2);
    expect(findingHeadings.length).toBeGreaterThan(0);
    // The summary table's total equals the number of findings listed.
    const cells = doc.paragraphs.filter((p) => p.table).map((p) => p.text);
    expect(cells[cells.indexOf('Total') + 1]).toBe(String(findingHeadings.length));
  });

  it('gives a clear message and exit code 2 for a password-protected file, and goes on with the others', async () => {
    const locked = path.join(dir, 'locked.docx');
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
    writeFileSync(locked, new Uint8Array([...header, ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])]));
    const draft = path.join(dir, 'second.docx');
    writeFileSync(draft, await makeDocx({ body: DRAFT_BODY }));
    const io = await run('review', locked, draft, '--json');
    const code = io.code;
    expect(code).toBe(2);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; findings?: unknown[] });
    expect(lines[0]).toEqual({ version: 2, file: locked, error: expect.stringMatching(/password-protected/) });
    expect(lines[1]!.file).toBe(draft);
    expect(Array.isArray(lines[1]!.findings)).toBe(true);
  });

  it('names a legacy .doc and a damaged .docx for what they are', async () => {
    const legacy = path.join(dir, 'old.doc');
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
    writeFileSync(legacy, new Uint8Array([...header, ...[...'WordDocument'].flatMap((c) => [c.charCodeAt(0), 0])]));
    const cut = path.join(dir, 'cut.docx');
    const whole = await makeDocx({ body: DRAFT_BODY });
    writeFileSync(cut, whole.subarray(0, whole.length - 40));
    const io = await run('review', legacy, cut);
    expect(io.code).toBe(2);
    expect(io.err).toMatch(/old\.doc: This is a legacy Word 97-2003 \.doc file/);
    expect(io.err).toMatch(/cut\.docx: This \.docx is damaged or incomplete/);
  });
});

describe('clausewright build --out FILE.docx', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cw-cli-build-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the preset terms as a .docx that reads back with its numbering and clause tags', async () => {
    const out = path.join(dir, 'joint-development.docx');
    const io = await run('build', '--scenario', 'joint-development', '--out', out);
    expect(io.code).toBe(0);
    const doc = await readDocx(new Uint8Array(readFileSync(out)));
    const headings = doc.paragraphs.filter((p) => p.headingLevel === 1);
    // Each section is a tagged clause; the project plan follows them as a schedule, outside every clause.
    const sections = headings.filter((p) => p.contentControl);
    expect(io.out).toBe(`Wrote ${sections.length} sections to ${out}\n`);
    expect(sections[0]).toMatchObject({ listLabel: '1.', text: 'Definitions' });
    expect(sections.every((s) => s.contentControl?.tag?.startsWith('cw|'))).toBe(true);
    expect(headings.filter((p) => !p.contentControl).map((p) => p.text)).toEqual(['Schedule 1: Project Plan']);
    expect(doc.paragraphs.find((p) => p.listLabel === '2.1')?.text.length).toBeGreaterThan(40);
    expect(doc.properties).toMatchObject({ subject: 'joint-development', ClausewrightLibrary: 'clausewright-core' });
  });

  it('says so, with exit code 2, when the file cannot be written', async () => {
    const out = path.join(dir, 'no-such-folder', 'terms.docx');
    const io = await run('build', '--scenario', 'sample-testing', '--out', out);
    expect(io.code).toBe(2);
    expect(io.err).toContain(`could not write the terms to ${out}: ENOENT`);
  });
});
