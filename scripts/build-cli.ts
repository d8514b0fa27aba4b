// `npm run build:cli`: the command line as one CommonJS bundle, lib/cli/clausewright.cjs (esbuild),
// with the built-in clause library validated now and carried as JSON text, parsed on first use, as
// is the message catalog. The launcher compiles the bundle with V8's code cache, which a warm-up
// review here writes: a script, because Node 20 caches compiled code only for scripts, not ES modules. The packages a review of a
// .txt never runs (the .docx reader and writer, zod) are parts of their own, lib/cli/part-*.cjs,
// which the launcher loads, with their own code cache, when a command first requires one: a review
// then reads half the code it did. A library with problems fails the build.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { describeLibraryIssue } from '../src/core/library';
import { loadLibraryDir } from '../src/cli/library-files';
import { reviewLibrary } from '../src/cli/review-library';
import { answersJsonSchema } from '../src/cli/commands/schema';
import { topicCueIndex } from '../src/core/review/topics';
import { bundledRequiredTextTable } from './required-text-table';
import { escapeNonAscii } from './ascii';
import { loadedTable } from '../src/core/i18n/catalog';
import { LOCALES } from '../src/core/i18n/locale';

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'lib/cli');

const loaded = loadLibraryDir();
if (!loaded.ok) {
  console.error(`build:cli: the clause library has problems:\n${loaded.issues.map((i) => `  ${describeLibraryIssue(i, 'en')}`).join('\n')}`);
  process.exit(1);
}
const library = loaded.library;

/**
 * src/cli/built-in-library.ts becomes the validated library: the review's small part of it inline, as
 * JSON text (V8 parses that far faster than a literal), and the whole in lib/cli/library.json, read
 * only by the commands that need clause texts. The bundle's __dirname is lib/cli (bin/clausewright.js).
 */
const compiledLibrary: Plugin = {
  name: 'compiled-library',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]built-in-library\.ts$/ }, () => ({
      loader: 'ts',
      contents: [
        "import { readFileSync } from 'node:fs';",
        "import path from 'node:path';",
        `const reviewJson = ${JSON.stringify(JSON.stringify(reviewLibrary(library)))};`,
        'let library, forReview;',
        "export function builtInLibrary() { return { ok: true, library: (library ??= JSON.parse(readFileSync(path.join(__dirname, 'library.json'), 'utf8'))) }; }",
        'export function builtInReviewLibrary() { return (forReview ??= JSON.parse(reviewJson)); }',
      ].join('\n'),
    }));
  },
};

/**
 * The topic detector's cue words, read from its patterns now rather than at each start (reading
 * some two hundred patterns was most of the review engine's set-up): the bundle's
 * src/core/review/topics/built-cue-index.ts returns them.
 */
const builtCueIndex: Plugin = {
  name: 'built-cue-index',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]review[\\/]topics[\\/]built-cue-index\.ts$/ }, () => ({
      loader: 'ts',
      contents: `const index = ${JSON.stringify(JSON.stringify(topicCueIndex()))};\nexport function builtCueIndex() { return JSON.parse(index); }`,
    }));
  },
};

/**
 * The words each of the review's pattern literals needs (required-text.ts), read now rather than on
 * a process's first review: src/core/review/built-required-text.ts returns them, parsed when first asked.
 */
const builtRequiredText: Plugin = {
  name: 'built-required-text',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]review[\\/]built-required-text\.ts$/ }, () => ({
      loader: 'ts',
      contents: `const table = ${JSON.stringify(JSON.stringify(bundledRequiredTextTable()))};\nexport function builtRequiredText() { return new Map(Object.entries(JSON.parse(table))); }`,
    }));
  },
};

/**
 * The message catalog as JSON text, a language parsed when first asked for: the source's tables are
 * some 400 KB of object literals in both languages, all built at each start, where a run needs one
 * language (as the browser's build does, scripts/catalog-loader.cjs).
 */
const catalogAsJson: Plugin = {
  name: 'catalog-as-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]i18n[\\/]catalog\.ts$/ }, () => ({
      loader: 'ts',
      contents: [
        `const json = { ${LOCALES.map((l) => `${JSON.stringify(l)}: ${JSON.stringify(JSON.stringify(loadedTable(l)))}`).join(', ')} };`,
        'const tables = {};',
        'export function loadedTable(locale) { return json[locale] === undefined ? undefined : (tables[locale] ??= JSON.parse(json[locale])); }',
        'export function loadLocale() { return Promise.resolve(); }',
      ].join('\n'),
    }));
  },
};

async function main(): Promise<void> {
  rmSync(path.join(root, 'lib'), { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await bundle('clausewright', { entryPoints: ['src/cli/bundle.ts'], external: [...PARTS], plugins: [compiledLibrary, builtCueIndex, builtRequiredText, catalogAsJson] });
  for (const name of PARTS) await bundle(`part-${name}`, { stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root } });
  writeFileSync(path.join(outdir, 'library.json'), JSON.stringify(library));
  // The questionnaire's schema, published beside the README (a test checks it is up to date);
  // written only when it changed, so a build running beside the tests never leaves it half-written.
  const schemaFile = path.join(root, 'schema/answers.schema.json');
  const schema = `${JSON.stringify(answersJsonSchema(), null, 2)}\n`;
  if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== schema) writeFileSync(schemaFile, schema);
  warmCodeCache();
  console.log(`build:cli: library ${library.id} ${library.version} (${library.clauses.length} clauses) validated and bundled`);
}

/** Packages bundled as parts of their own, loaded by the launcher when first required (bin/clausewright.js knows the list). */
const PARTS = ['docx', 'jszip', 'zod'];

/** One script in lib/cli: a function expression the launcher compiles as it is (no wrapper, so no copy). */
async function bundle(name: string, options: BuildOptions): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    outfile: path.join(outdir, `${name}.cjs`),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    minifyWhitespace: true,
    charset: 'ascii',
    // import() of a Node module becomes require(): vm.Script, which the launcher compiles, has no dynamic import.
    supported: { 'dynamic-import': false },
    legalComments: 'none',
    banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
    footer: { js: '})' },
    write: false,
    logLevel: 'warning',
    ...options,
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`esbuild wrote nothing for ${name}`);
  const code = asciiOnly(output.text);
  writeFileSync(output.path, code);
  console.log(`${path.relative(root, output.path)} ${(code.length / 1024).toFixed(0)} KB`);
}

/**
 * esbuild escapes every string but leaves Chinese in regular expression literals. Escaped there too,
 * the bundle is ASCII and V8 keeps its source as one byte a character, half the memory, which on a
 * short run is time. \uXXXX means the same in a pattern with or without the u flag (a surrogate pair
 * included); after a backslash it would not, so that is refused.
 */
function asciiOnly(code: string): string {
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error('the bundle has a backslash before a non-ASCII character');
  return escapeNonAscii(code);
}

/** Builds our own agreement and reviews it once, so the launcher writes the code cache of a review. */
function warmCodeCache(): void {
  const temp = mkdtempSync(path.join(tmpdir(), 'cw-warm-'));
  try {
    const bin = path.join(root, 'bin/clausewright.js');
    const draft = path.join(temp, 'warm.docx');
    execFileSync(process.execPath, [bin, 'build', '--scenario', 'sample-testing', '--out', draft], { stdio: 'ignore' });
    execFileSync(process.execPath, [bin, 'review', draft, '--scenario', 'sample-testing', '--side', 'provider', '--json'], { stdio: 'ignore' });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`build:cli: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
