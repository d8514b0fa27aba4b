import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest } = require('../scripts/manifest-origin.cjs') as { productionManifest: (xml: string, origin: string) => string };

const schemas = path.resolve(__dirname, '../../shared/schemas/office-addin-manifest');
const haveSchemas = existsSync(schemas);
if (!haveSchemas) console.warn(`skipping manifest validation tests: ${schemas} is absent`);
const maybe = haveSchemas ? describe : describe.skip;

function validate(xml: string): { code: number; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cw-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  try {
    const out = execFileSync('node', ['scripts/validate-manifest.mjs', file, '--schemas', schemas], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output: out };
  } catch (err) {
    const e = err as { status: number; stderr: string };
    return { code: e.status, output: e.stderr };
  }
}

const manifest = readFileSync(path.resolve(__dirname, '../manifest.xml'), 'utf8');

maybe('manifest.xml', () => {
  it('is valid against the add-in manifest schemas', () => {
    expect(validate(manifest)).toMatchObject({ code: 0 });
  });

  it('is rejected when elements are out of order', () => {
    // Permissions must follow DefaultSettings; putting it before Hosts breaks the sequence.
    const misordered = manifest
      .replace('  <Permissions>ReadWriteDocument</Permissions>\n', '')
      .replace('  <Hosts>\n    <Host Name="Document"/>', '  <Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name="Document"/>');
    expect(misordered).not.toEqual(manifest);
    const result = validate(misordered);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Permissions/);
  });

  it('is rejected when a value has the wrong type', () => {
    const result = validate(manifest.replace('<Version>0.1.0.0</Version>', '<Version>first</Version>'));
    expect(result.code).toBe(1);
  });

  it('built for production from ADDIN_ORIGIN alone: valid, every URL on that origin, no localhost', () => {
    const built = productionManifest(manifest, 'https://addin.example.org');
    expect(validate(built)).toMatchObject({ code: 0 });
    expect(built).not.toMatch(/localhost/i);
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => new URL(m[1]!).origin);
    expect(urls.length).toBeGreaterThan(5);
    expect(new Set(urls)).toEqual(new Set(['https://addin.example.org']));
  });

  it.each(['http://addin.example.org', 'https://addin.example.org/clausewright', 'https://localhost:8443', 'addin.example.org'])(
    'refuses ADDIN_ORIGIN %s with a message saying what it must be',
    (origin) => {
      expect(() => productionManifest(manifest, origin)).toThrow(/ADDIN_ORIGIN must be/);
    },
  );

  it('points SupportUrl and LearnMoreUrl at the support page shipped with the add-in', () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support.html"\/>/);
    expect(manifest).toMatch(/<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/support.html"\/>/);
    const webpack = readFileSync(path.resolve(__dirname, '../webpack.config.js'), 'utf8');
    expect(webpack).toMatch(/'support\.html', '\.\/src\/support\/support\.html'/);
  });

  it('asks for WordApi 1.3 at least and ReadWriteDocument', () => {
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });
});
