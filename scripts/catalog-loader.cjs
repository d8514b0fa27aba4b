// webpack loader for src/core/i18n/catalog.ts: the message tables built at build time, English in
// the module itself and each other language as a chunk of its own (`?locale=zh-CN`), fetched by
// loadLocale when the reader's language is that one. A page in English then neither downloads nor
// parses the Chinese table, about half the catalog. The message files are this module's
// dependencies, so the dev server rebuilds it when one changes.
const path = require('node:path');
const { buildSync } = require('esbuild');

const root = path.resolve(__dirname, '..');

/** Every language's table, from the message files as they are now. */
function tables(loader) {
  const built = buildSync({
    entryPoints: [path.join(root, 'src/core/i18n/catalog.ts')],
    absWorkingDir: root,
    bundle: true,
    platform: 'neutral',
    format: 'cjs',
    write: false,
    metafile: true,
  });
  for (const input of Object.keys(built.metafile.inputs)) loader.addDependency(path.resolve(root, input));
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  return { en: mod.exports.loadedTable('en'), 'zh-CN': mod.exports.loadedTable('zh-CN') };
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
    'export function loadLocale(locale) {',
    "  if (tables[locale] || locale !== 'zh-CN') return Promise.resolve();",
    // One fetch a language however often it is asked for; a failed fetch may be tried again.
    "  return (loading[locale] ??= import(/* webpackChunkName: \"messages-zh\" */ './catalog.ts?locale=zh-CN').then(",
    '    (m) => { tables[locale] = m.default; },',
    '    (err) => { delete loading[locale]; throw err; },',
    '  ));',
    '}',
    '',
  ].join('\n');
};
