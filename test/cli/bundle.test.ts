import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './run';

// The command line as users run it: the bundle in lib/cli through bin/clausewright.js, with its
// compiled-in library, lazily loaded .docx chunks and worker threads.
const ROOT = path.join(__dirname, '../..');
const BIN = path.join(ROOT, 'bin/clausewright.js');
const DRAFTS = path.join(__dirname, '../fixtures/review/drafts');
const BUNDLE = path.join(ROOT, 'lib/cli/clausewright.cjs');
/** One review, run again by the tests of the code cache. */
const REVIEW_NDA = ['review', path.join(DRAFTS, 'nda-investor.txt'), '--json', '--scenario', 'pre-deal-disclosure', '--side', 'discloser'];

/** The bundle's code caches in a lib/cli folder, by name. */
function caches(lib = path.join(ROOT, 'lib/cli')): string[] {
  return readdirSync(lib).filter((f) => f.startsWith('clausewright.') && f.endsWith(`-${process.version}-${process.arch}.cache`));
}

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  return cliWith({}, BIN, ...args);
}

/** A run of the launcher `bin` with more environment. */
function cliWith(env: Record<string, string>, bin: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the bundled command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cw-bundle-'));
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/build-cli.ts')], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The launcher and the built lib/cli copied into a folder of their own, times kept, so the caches still fit. */
  function copyOfCommandLine(name: string): { copy: string; bin: string; lib: string } {
    const copy = path.join(dir, name);
    mkdirSync(path.join(copy, 'bin'), { recursive: true });
    copyFileSync(BIN, path.join(copy, 'bin/clausewright.js'));
    cpSync(path.join(ROOT, 'lib'), path.join(copy, 'lib'), { recursive: true, preserveTimestamps: true });
    return { copy, bin: path.join(copy, 'bin/clausewright.js'), lib: path.join(copy, 'lib/cli') };
  }

  it('answers --help for every command', () => {
    for (const name of ['review', 'build', 'scenarios', 'library', 'schema']) {
      const { code, out } = cli(name, '--help');
      expect({ name, code, usage: out.split('\n')[0]!.startsWith(`Usage: clausewright ${name}`) }).toEqual({ name, code: 0, usage: true });
    }
  });

  it('reviews as the source does, Chinese and bilingual drafts too, from an ASCII bundle', async () => {
    expect(readFileSync(BUNDLE).findIndex((b) => b > 0x7f)).toBe(-1);
    const cases = [
      [path.join(__dirname, '../fixtures/zh/joint-development.txt'), '--scenario', 'joint-development', '--side', 'co-developer'],
      [path.join(__dirname, '../fixtures/bilingual/nda.en.txt'), '--counterpart', path.join(__dirname, '../fixtures/bilingual/nda.zh.txt'), '--scenario', 'pre-deal-disclosure', '--side', 'discloser'],
      [path.join(DRAFTS, 'sample-evaluation-automaker.txt'), '--scenario', 'sample-testing', '--side', 'provider'],
    ];
    for (const args of cases) {
      const source = await run('review', ...args, '--json');
      expect(source.out).toMatch(/"findings":\[\{/);
      expect(cli('review', ...args, '--json').out).toBe(source.out);
    }
  });

  it('keeps the .docx packages and zod out of the bundle that a review of text reads', () => {
    const code = readFileSync(BUNDLE, 'latin1');
    for (const name of ['docx', 'jszip', 'zod']) {
      expect(code).toContain(`require("${name}")`);
      expect(statSync(path.join(ROOT, `lib/cli/part-${name}.cjs`)).size).toBeGreaterThan(50_000);
    }
    expect(code).not.toContain('ZodError');
  });

  it("keeps V8's compiled code beside the bundle, and writes it anew after a review when V8 refuses it", () => {
    // The build's warm-up review wrote it.
    const [cache] = caches();
    expect(caches()).toHaveLength(1);
    expect(statSync(path.join(ROOT, 'lib/cli', cache!)).size).toBeGreaterThan(100_000);
    const draft = path.join(DRAFTS, 'nda-investor.txt');
    const before = cli('review', draft, '--json', '--scenario', 'pre-deal-disclosure', '--side', 'discloser');
    writeFileSync(path.join(ROOT, 'lib/cli', cache!), 'not compiled code');
    const after = cli('review', draft, '--json', '--scenario', 'pre-deal-disclosure', '--side', 'discloser');
    expect(after).toEqual(before);
    expect(caches()).toEqual([cache]);
    expect(statSync(path.join(ROOT, 'lib/cli', cache!)).size).toBeGreaterThan(100_000);
  });

  it("keeps the compiled code in the user's cache folder when it cannot be kept beside the bundle", () => {
    const { copy, bin, lib } = copyOfCommandLine('read-only');
    const env = { XDG_CACHE_HOME: path.join(copy, 'user-cache') };
    const expected = cliWith(env, bin, ...REVIEW_NDA);
    // A folder where the cache would be: it can be neither read nor replaced, as in a folder the user may not write.
    const [cache] = caches(lib);
    rmSync(path.join(lib, cache!));
    mkdirSync(path.join(lib, cache!, 'blocked'), { recursive: true });

    expect(cliWith(env, bin, ...REVIEW_NDA)).toEqual(expected);
    const userFolder = path.join(env.XDG_CACHE_HOME, 'clausewright');
    const kept = readdirSync(userFolder);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.startsWith('clausewright.') && kept[0]!.endsWith(`-${process.version}-${process.arch}.cache`)).toBe(true);
    const written = statSync(path.join(userFolder, kept[0]!), { bigint: true }).mtimeNs;
    // Taken by the next run, so not written again; and when corrupt, refused and written anew.
    expect(cliWith(env, bin, ...REVIEW_NDA)).toEqual(expected);
    expect(statSync(path.join(userFolder, kept[0]!), { bigint: true }).mtimeNs).toBe(written);
    writeFileSync(path.join(userFolder, kept[0]!), 'not compiled code');
    expect(cliWith(env, bin, ...REVIEW_NDA)).toEqual(expected);
    expect(statSync(path.join(userFolder, kept[0]!)).size).toBeGreaterThan(100_000);
  });

  it("never runs an earlier build's compiled code, though V8 would take it for a script of the same length", () => {
    // A copy of the command line, whose bundle is then rebuilt with one character changed.
    const { bin, lib } = copyOfCommandLine('rebuilt');
    const first = cliWith({}, bin, ...REVIEW_NDA);
    expect(first.out.startsWith('{"version":2,')).toBe(true);
    const [earlier] = caches(lib);

    const bundle = path.join(lib, 'clausewright.cjs');
    const code = readFileSync(bundle, 'latin1');
    expect(code).toContain('{version:2,file,...');
    writeFileSync(bundle, code.replace('{version:2,file,...', '{version:7,file,...'), 'latin1');
    const rebuilt = cliWith({}, bin, ...REVIEW_NDA);
    expect(rebuilt.out).toBe(first.out.replace('{"version":2,', '{"version":7,'));
    // The rebuilt bundle's cache replaced the earlier one.
    expect(caches(lib)).toHaveLength(1);
    expect(caches(lib)).not.toEqual([earlier]);
  });

  it("keeps a cache for each set of flags given to Node, so runs with and without them never rewrite each other's", () => {
    // V8 refuses a cache made under other flags: taking turns, each run would compile the whole bundle.
    const { bin, lib } = copyOfCommandLine('flags');
    const flagged = { NODE_OPTIONS: '--max-old-space-size=3072' };
    const expected = cliWith({}, bin, ...REVIEW_NDA);
    expect(cliWith(flagged, bin, ...REVIEW_NDA)).toEqual(expected);
    const kept = caches(lib);
    expect(kept).toHaveLength(2);
    const written = (): bigint[] => kept.map((c) => statSync(path.join(lib, c), { bigint: true }).mtimeNs);
    const before = written();
    expect(cliWith({}, bin, ...REVIEW_NDA)).toEqual(expected);
    expect(cliWith(flagged, bin, ...REVIEW_NDA)).toEqual(expected);
    expect(caches(lib)).toEqual(kept);
    expect(written()).toEqual(before);
  });

  it('builds a .docx, says the parties are examples, and reviews a batch on worker threads in input order', () => {
    const built = path.join(dir, 'inbox/built.docx');
    mkdirSync(path.dirname(built));
    const build = cli('build', '--scenario', 'sample-testing', '--out', built);
    expect(build.code).toBe(0);
    expect(build.err).toContain("note: the parties are the preset's examples");

    // Enough files for the worker pool, bad ones among the good.
    const files: string[] = [];
    for (let i = 0; i < 6; i++) {
      const good = path.join(dir, `draft-${i}.txt`);
      copyFileSync(path.join(DRAFTS, i % 2 ? 'sample-evaluation-automaker.txt' : 'nda-investor.txt'), good);
      files.push(good);
      if (i === 2) {
        const bad = path.join(dir, 'scanned.docx');
        writeFileSync(bad, '%PDF-1.4 renamed');
        files.push(bad);
      }
    }
    const { code, out } = cli('review', ...files, path.join(dir, 'inbox'), '--json', '--scenario', 'sample-testing', '--side', 'provider');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string; scenario?: string });
    expect(lines.map((l) => l.file)).toEqual([...files, built]);
    expect(lines.map((l) => l.error === undefined)).toEqual([true, true, true, false, true, true, true, true]);
    expect(code).toBe(2);
  });
});
