import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requiredTextKey } from '../../../src/core/review/required-text';
import { bundledRequiredTextTable, requiredTextTable } from '../../../scripts/required-text-table';

// The command line's bundle carries the words of the review's pattern literals as a table made at
// build time (scripts/build-cli.ts); each entry must be what reading the pattern itself gives.
describe('the required-text table the bundle carries', () => {
  const table = requiredTextTable();

  // Each entry is made by requiredText itself, so comparing the two in one process could not fail;
  // what can go wrong is the folder read and the key, which the bundle looks patterns up by.
  it('lists the review engine\'s own patterns, each key naming its flags and source', () => {
    const keys = Object.keys(table);
    expect(keys.length).toBeGreaterThan(500);
    for (const key of keys) {
      const slash = key.indexOf('/');
      expect(requiredTextKey(new RegExp(key.slice(slash + 1), key.slice(0, slash)))).toBe(key);
    }
  });

  it('reads every pattern literal of a folder, keyed by flags and source', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'required-text-'));
    writeFileSync(path.join(dir, 'rule.ts'), 'export const ENDS = /\\b(first|second)\\s+anniversary\\b/gi;\nexport const ANY = /\\w+/g;\n');
    const read = requiredTextTable(dir);
    rmSync(dir, { recursive: true });
    // A pattern that needs no word is listed too, as null: left out, it was read again at run time.
    expect(read).toEqual({ 'gi/\\b(first|second)\\s+anniversary\\b': { words: ['anniversary'], caseless: true }, 'g/\\w+': null });
  });

  // The bundle is ASCII: a literal's Chinese is written there as \uXXXX, and the pattern's source says so.
  it('keys a pattern with Chinese by the source its literal has in the bundle', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'required-text-'));
    writeFileSync(path.join(dir, 'rule.ts'), 'export const JOINT = /共同所有[^。]{0,6}转让/g;\n');
    const keys = Object.keys(bundledRequiredTextTable(dir));
    rmSync(dir, { recursive: true });
    const asBundled = new RegExp('\\u5171\\u540c\\u6240\\u6709[^\\u3002]{0,6}\\u8f6c\\u8ba9', 'g');
    expect(keys).toEqual([requiredTextKey(asBundled)]);
  });
});
