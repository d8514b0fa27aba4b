// webpack loader for src/core/i18n/catalog.ts: the message tables built at build time. A page's
// start carries only the English messages it shows before its views load (the FIRST_PAINT areas);
// the rest of English (rule explanations, the build and prepare views, the command line) is a chunk
// of its own (`?locale=en-rest`), and each other language another (`?locale=zh-CN`). loadLocale
// fetches the rest of English for every language (it is the fallback) and the reader's language
// where it is not English; firstPaint fetches only what the page needs to draw before its views.
// The message files are this module's dependencies, so the dev server rebuilds it when one changes.
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.resolve(__dirname, '..');

/**
 * The message areas (files under src/core/i18n/messages) a page shows before its views: the tabs,
 * the workspace's bar and document, errors from reading a file and the host's notes. The views wait
 * for the rest (Shell's `ready`), which the workspace fetches beside the first view's chunk.
 */
const FIRST_PAINT = ['common', 'ui', 'ui-prepare', 'io', 'host', 'fix', 'issues', 'library', 'support'];

/** Every language's table, and the English keys of the first paint, from the message files as they are now. */
function tables(loader) {
  const built = buildSync({
    stdin: {
      contents: [
        "export { loadedTable } from './catalog';",
        ...FIRST_PAINT.map((file, i) => `import * as a${i} from './messages/${file}';`),
        `export const firstPaint = [${FIRST_PAINT.map((_, i) => `a${i}`).join(', ')}].flatMap((m) => Object.values(m)).flatMap((area) => Object.keys(area.en));`,
      ].join('\n'),
      resolveDir: path.join(root, 'src/core/i18n'),
      sourcefile: 'catalog-tables.ts',
      loader: 'ts',
    },
    absWorkingDir: root,
    bundle: true,
    platform: 'neutral',
    format: 'cjs',
    write: false,
    metafile: true,
  });
  for (const input of Object.keys(built.metafile.inputs)) if (!input.startsWith('<')) loader.addDependency(path.resolve(root, input));
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  const en = mod.exports.loadedTable('en');
  const first = new Set(mod.exports.firstPaint);
  const part = (keep) => Object.fromEntries(Object.entries(en).filter(([key]) => keep(first.has(key))));
  return { en: part((f) => f), 'en-rest': part((f) => !f), 'zh-CN': mod.exports.loadedTable('zh-CN') };
}

module.exports = function catalogLoader() {
  if (this.cacheable) this.cacheable();
  const all = tables(this);
  // JSON text: V8 parses it far faster than the same data as an object literal.
  const json = (table) => `JSON.parse(${JSON.stringify(JSON.stringify(table))})`;
  const wanted = /[?&]locale=([^&]+)/.exec(this.resourceQuery)?.[1];
  if (wanted) {
    if (!all[wanted] || wanted === 'en') throw new Error(`catalog-loader: no separate table for ${wanted}`);
    return `export default ${json(all[wanted])};\n`;
  }
  return [
    `const tables = { en: ${json(all.en)} };`,
    'const loading = {};',
    'export function loadedTable(locale) { return tables[locale]; }',
    // One fetch a part however often it is asked for; a failed fetch may be tried again.
    'function fetched(part, load, keep) {',
    '  return (loading[part] ??= load().then(',
    '    (m) => { keep(m.default); },',
    '    (err) => { delete loading[part]; throw err; },',
    '  ));',
    '}',
    'function zh() {',
    "  if (tables['zh-CN']) return Promise.resolve();",
    "  return fetched('zh-CN', () => import(/* webpackChunkName: \"messages-zh\" */ './catalog.ts?locale=zh-CN'), (table) => { tables['zh-CN'] = table; });",
    '}',
    'function enRest() {',
    "  return fetched('en-rest', () => import(/* webpackChunkName: \"messages-en-rest\" */ './catalog.ts?locale=en-rest'), (table) => { tables.en = { ...tables.en, ...table }; });",
    '}',
    '/** What the page draws before its views: the reader\'s language where it is not English. */',
    "export function firstPaint(locale) { return locale === 'zh-CN' ? zh() : Promise.resolve(); }",
    '/** Every message in the reader\'s language, and all of English, which stands in for any message missing there. */',
    "export function loadLocale(locale) { return Promise.all([enRest(), firstPaint(locale)]).then(() => undefined); }",
    '',
  ].join('\n');
};
