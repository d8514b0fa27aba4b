import { loadLibraryDir } from '../../src/cli/library-files';
import { tokensOf } from '../../src/core/library';
import { libraryFixText } from '../../src/io';

describe('fix text for a report on a draft we did not build', () => {
  const loaded = loadLibraryDir();
  if (!loaded.ok) throw new Error('the built-in clause library does not load');
  const library = loaded.library;
  const fixText = libraryFixText(library);

  it('is the library clause with each placeholder left as a bracketed blank', () => {
    let checked = 0;
    for (const clause of library.clauses) {
      for (const variant of clause.variants) {
        const text = fixText({ clause: clause.id, variant: variant.id })!;
        expect(text).not.toMatch(/\{\{|\}\}/);
        for (const token of tokensOf(variant.text)) {
          const blank = token.kind === 'ref' ? `[Section: ${token.clause}]` : token.kind === 'value' && (token.name === 'A' || token.name === 'B') ? `[Party ${token.name}]` : `[${token.kind === 'value' ? token.name : ''}]`;
          expect(text).toContain(blank);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives nothing for a clause or variant the library does not have', () => {
    const clause = library.clauses[0]!;
    expect(fixText({ clause: clause.id, variant: 'no-such-variant' })).toBeUndefined();
    expect(fixText({ clause: 'no-such-clause', variant: clause.variants[0]!.id })).toBeUndefined();
    expect(libraryFixText(undefined)({ clause: clause.id, variant: clause.variants[0]!.id })).toBeUndefined();
  });
});
