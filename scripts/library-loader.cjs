// webpack loader for src/taskpane/builtinLibrary.ts: the built-in clause library read, validated and
// assembled at build time, as `npm run build:cli` does for the command line, so the browser neither
// fetches the validator (zod) for it nor spends the first review's time validating it. The source
// files are this module's dependencies, so the dev server rebuilds it when one changes. A library
// with problems fails the build.
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.resolve(__dirname, '..');

module.exports = function libraryLoader() {
  if (this.cacheable) this.cacheable();
  const built = buildSync({
    stdin: { contents: "export { loadLibraryDir } from './src/cli/library-files'; export { describeLibraryIssue } from './src/core/library';", resolveDir: root, loader: 'ts' },
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    metafile: true,
    packages: 'external',
  });
  for (const input of Object.keys(built.metafile.inputs)) if (!input.startsWith('<')) this.addDependency(path.resolve(root, input));
  this.addContextDependency(path.join(root, 'clause-library'));
  const mod = { exports: {} };
  // library-files.ts finds clause-library/ from its own directory.
  new Function('module', 'exports', 'require', '__dirname', built.outputFiles[0].text)(mod, mod.exports, require, path.join(root, 'src/cli'));
  const loaded = mod.exports.loadLibraryDir();
  if (!loaded.ok) throw new Error(`the clause library has problems:\n${loaded.issues.map((i) => `  ${mod.exports.describeLibraryIssue(i, 'en')}`).join('\n')}`);
  // JSON text: V8 parses it far faster than the same data as an object literal.
  return `export const BUILTIN_LIBRARY = JSON.parse(${JSON.stringify(JSON.stringify(loaded.library))});\n`;
};
