// `npm run build:cli`: the command line as one ES module bundle in lib/cli (esbuild), with the
// built-in clause library validated now and carried as data, and the .docx reader and writers in
// chunks of their own that load only when a command needs them. A library with problems fails the build.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describeLibraryIssue } from '../src/core/library';
import { loadLibraryDir } from '../src/cli/library-files';
import { answersJsonSchema } from '../src/cli/commands/schema';

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'lib/cli');

const loaded = loadLibraryDir();
if (!loaded.ok) {
  console.error(`build:cli: the clause library has problems:\n${loaded.issues.map((i) => `  ${describeLibraryIssue(i, 'en')}`).join('\n')}`);
  process.exit(1);
}
const library = loaded.library;

/** src/cli/built-in-library.ts becomes the validated library as a literal. */
const compiledLibrary: Plugin = {
  name: 'compiled-library',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]built-in-library\.ts$/ }, () => ({
      loader: 'ts',
      contents: `const library = ${JSON.stringify(library)};\nexport function builtInLibrary() { return { ok: true, library }; }\n`,
    }));
  },
};

async function main(): Promise<void> {
  rmSync(path.join(root, 'lib'), { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    legalComments: 'none',
    // Some dependencies still call require() for Node built-ins; an ES module has none of its own.
    banner: { js: "import { createRequire as __cwRequire } from 'node:module'; const require = __cwRequire(import.meta.url);" },
    plugins: [compiledLibrary],
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.mjs'));
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  for (const [file, out] of outputs) console.log(`${path.relative(root, file).padEnd(40)} ${kb(out.bytes).padStart(8)}`);
  // The questionnaire's schema, published beside the README (a test checks it is up to date);
  // written only when it changed, so a build running beside the tests never leaves it half-written.
  const schemaFile = path.join(root, 'schema/answers.schema.json');
  const schema = `${JSON.stringify(answersJsonSchema(), null, 2)}\n`;
  if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== schema) writeFileSync(schemaFile, schema);
  console.log(`build:cli: library ${library.id} ${library.version} (${library.clauses.length} clauses) validated and bundled`);
}

main().catch((err: unknown) => {
  console.error(`build:cli: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
