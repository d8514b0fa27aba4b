#!/usr/bin/env node
// Offline manifest validation: manifest.xml against Microsoft's add-in manifest XSDs (patched copies
// in ../shared/schemas/office-addin-manifest), with xmllint-wasm so no network and no native xmllint.
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [--schemas DIR]
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import xmllint from 'xmllint-wasm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const schemaFlag = args.indexOf('--schemas');
const schemaDir = schemaFlag >= 0 ? args[schemaFlag + 1] : process.env.MANIFEST_SCHEMAS ?? path.resolve(root, '../shared/schemas/office-addin-manifest');
const manifest = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--schemas') ?? path.join(root, 'manifest.xml');
const MAIN = 'OfficeAppManifestV1_1.xsd';

export async function validateManifest(xmlText, dir = schemaDir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.xsd'));
  if (!names.includes(MAIN)) throw new Error(`${MAIN} not found in ${dir}`);
  const load = async (n) => ({ fileName: n, contents: await readFile(path.join(dir, n), 'utf8') });
  const schema = [await load(MAIN)];
  const preload = await Promise.all(names.filter((n) => n !== MAIN).map(load));
  const result = await xmllint.validateXML({ xml: [{ fileName: 'manifest.xml', contents: xmlText }], schema, preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage ?? String(e)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let text;
  try {
    text = await readFile(manifest, 'utf8');
  } catch {
    console.error(`validate:offline: cannot read ${manifest}`);
    process.exit(2);
  }
  try {
    const { valid, errors } = await validateManifest(text);
    if (!valid) {
      console.error(`The manifest is not valid: ${path.relative(process.cwd(), manifest)}`);
      for (const e of errors) console.error(`  ${e}`);
      process.exit(1);
    }
    console.log(`The manifest is valid against the add-in manifest schemas: ${path.relative(process.cwd(), manifest)}`);
  } catch (err) {
    console.error(`validate:offline: ${err.message}`);
    process.exit(2);
  }
}
