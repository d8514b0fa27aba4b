import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { run } from './run';

const DRAFTS = path.join(__dirname, '../fixtures/review/drafts');

/** A folder of real drafts with bad files among them, and a sub-folder. */
function inbox(): { dir: string; expected: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-batch-'));
  mkdirSync(path.join(dir, 'b-later'));
  copyFileSync(path.join(DRAFTS, 'nda-investor.txt'), path.join(dir, 'a-nda.txt'));
  writeFileSync(path.join(dir, 'a-zip-renamed.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0xff, 0xfe]));
  copyFileSync(path.join(DRAFTS, 'joint-development-integrator.txt'), path.join(dir, 'b-later', 'jda.txt'));
  writeFileSync(path.join(dir, 'b-later', 'broken.docx'), 'not a zip at all');
  writeFileSync(path.join(dir, 'notes.pdf'), '%PDF-1.7'); // not a draft: a folder lists only .docx and .txt
  copyFileSync(path.join(DRAFTS, 'sample-evaluation-automaker.txt'), path.join(dir, 'c-sample.txt'));
  const expected = ['a-nda.txt', 'a-zip-renamed.txt', 'b-later/broken.docx', 'b-later/jda.txt', 'c-sample.txt'].map((f) => path.join(dir, f));
  return { dir, expected };
}

type Line = { file: string; error?: string; findings?: unknown[] };

describe('clausewright review over many files', () => {
  const { dir, expected } = inbox();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reviews a folder recursively in name order, one JSON line per file, errors in their place', async () => {
    const missing = path.join(dir, 'missing.docx');
    const { code, out } = await run('review', missing, dir, '--json', '--scenario', 'pre-deal-disclosure', '--side', 'recipient');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => l.file)).toEqual([missing, ...expected]);
    expect(lines.map((l) => Boolean(l.error))).toEqual([true, false, true, true, false, false]);
    expect(lines[0]!.error).toBe('cannot read the file (ENOENT)');
    expect(code).toBe(2);
  });

  it('gives a folder without drafts a line of its own', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'cw-empty-'));
    try {
      writeFileSync(path.join(empty, 'scan.pdf'), '%PDF-1.7');
      const { code, out } = await run('review', empty, '--json');
      expect(code).toBe(2);
      expect(JSON.parse(out)).toEqual({ version: 2, file: empty, error: 'the folder holds no .docx or .txt file' });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('after Ctrl-C starts no further file, writes out those done and exits 130', async () => {
    const stop = new AbortController();
    let out = '';
    let err = '';
    const io = {
      out: (s: string) => {
        out += s;
        stop.abort(); // Ctrl-C while the first file's line is written
      },
      err: (s: string) => void (err += s),
    };
    const code = await main(['review', dir, '--json', '--scenario', 'pre-deal-disclosure', '--side', 'recipient'], io, { signal: stop.signal });
    expect(code).toBe(130);
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as Line).file)).toEqual([expected[0]]);
    expect(err).toBe(`stopped: 1 of ${expected.length} files reviewed and written out.\n`);
  });

  it('draws progress on a terminal only, and clears it before each output line', async () => {
    let err = '';
    const io = { out: () => undefined, err: (s: string) => void (err += s) };
    await main(['review', ...expected.slice(0, 3), '--json', '--scenario', 'pre-deal-disclosure', '--side', 'recipient'], io, { progress: true });
    expect(err).toContain('[################........] 2 of 3 files');
    expect(err.endsWith('\r\x1b[K')).toBe(true);
    const quiet = await run('review', ...expected.slice(0, 3), '--json');
    expect(quiet.err).toBe('');
  });
});
