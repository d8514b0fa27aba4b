// A vendor licence that defines its software to take in any change to it, and gives the vendor all
// rights in that software: the code the licensee writes on the vendor's interface vests in the vendor.
// Read for the licensee. Names and wording invented.
import { modificationsOwned } from '../../../../src/core/review/rules/modifications-owned';
import { makeContext } from './make-context';

const LICENSEE = { scenario: 'technology-license', role: 'licensee' } as const;
const LICENSOR = { scenario: 'technology-license', role: 'licensor' } as const;
const rules = (found: { rule: string; severity: string }[]) => found.map((f) => `${f.rule} ${f.severity}`);

const opening = 'This Interface Licence Agreement is made between Holloway Signal Devices Inc. (the "Licensor") and Hefei Lumen Power Co., Ltd. (the "Licensee").';
const wide = '1. "Toolkit" means the Licensor\'s host control library and its programming interface, together with any modifications or derivations to the library or the interface.';
const owner = '2. The Licensor owns all patent, copyright and other proprietary rights in and to the Toolkit.';
const grant = '3. The Licensor grants the Licensee a non-exclusive licence to use the Toolkit to control the Licensor\'s modules inside the Licensee\'s chargers.';
const run = (lines: string[], side: typeof LICENSEE | typeof LICENSOR = LICENSEE) => modificationsOwned(makeContext([opening, ...lines].join('\n'), side));

describe('the licensed software defined to take in any change, owned by the licensor', () => {
  it('is raised for the licensee, quoting the definition and the ownership', () => {
    const found = run([wide, owner, grant]);
    expect(rules(found)).toEqual(['one-sided.modifications-owned medium']);
    expect(found[0]!.evidence.map((e) => e.text.slice(0, 20))).toEqual(['1. "Toolkit" means t', '2. The Licensor owns']);
  });

  it('stays quiet where the changes defined are those the licensor supplies', () => {
    const supplied = '1. "Toolkit" means the Licensor\'s host control library, including any modifications of it provided to the Licensee by the Licensor.';
    expect(run([supplied, owner, grant])).toEqual([]);
  });

  it('stays quiet where the licensee owns the changes it makes', () => {
    expect(run([wide, owner, grant, '4. The Licensee shall own the modifications and derivative works it makes of the Toolkit.'])).toEqual([]);
  });

  it('is still raised where the draft only denies the licensee ownership of changes', () => {
    const denied = '4. Nothing in this Agreement gives the Licensee title to or ownership of the Toolkit or of any modifications to it.';
    expect(rules(run([wide, owner, grant, denied]))).toEqual(['one-sided.modifications-owned medium']);
  });

  it('stays quiet where the licensor owns only its own software, and for the licensor', () => {
    const narrow = '1. "Toolkit" means the Licensor\'s host control library and its programming interface.';
    expect(run([narrow, owner, grant])).toEqual([]);
    expect(run([wide, owner, grant], LICENSOR)).toEqual([]);
  });
});
