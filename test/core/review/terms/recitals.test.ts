// Recitals say why the parties contract; an ownership statement in one is background, never a term.
// The operative clause that does grant or allocate is still read, for either side.
import { holderStance, ownershipTerms } from '../../../../src/core/review/terms/ownership';
import { recitalSpan } from '../../../../src/core/review/terms/recitals';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from '../rules/make-context';

const OPENING = 'This Patent Licence Agreement is made between Lindqvist Energy AB (the "Licensor") and Hexi Power Co., Ltd. (the "Licensee").';
const GRANT = '2. Grant. The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents to make and sell the Products.';

function read(role: RoleId, ...lines: string[]): string[] {
  const ctx = makeContext([OPENING, ...lines].join('\n'), { scenario: 'technology-license', role });
  return ownershipTerms(ctx).map((t) => `${t.verb} ${t.things.join('+')} ${holderStance(ctx, t)}`);
}

describe('recitals are no ownership terms', () => {
  it('reads no term in a WHEREAS clause, and the grant that follows as the one term, for either side', () => {
    const whereas = 'WHEREAS, the Licensor is the owner of the Licensed Patents and desires to grant to the Licensee a licence under them;';
    expect(read('licensee', whereas, '1. Definitions. "Products" means battery modules.', GRANT)).toEqual(['licenses background ours']);
    expect(read('licensor', whereas, '1. Definitions. "Products" means battery modules.', GRANT)).toEqual(['licenses background theirs']);
    // Without the WHEREAS the same words are a statement of ownership the reader takes.
    expect(read('licensor', 'The Licensor is the owner of the Licensed Patents.')).toEqual(['owns background ours']);
  });

  it('reads no term under a Recitals or Background heading, nor in lettered recitals', () => {
    expect(read('licensee', 'RECITALS', 'A. The Licensor owns all right, title and interest in the Licensed Patents.', GRANT)).toEqual(['licenses background ours']);
    expect(read('licensee', 'Background: the Licensor owns all right, title and interest in the Licensed Patents.', GRANT)).toEqual(['licenses background ours']);
  });

  it('still reads an operative clause titled "Background" once the operative sections have begun', () => {
    const titled = '3. Background. All know-how that a Party brought to the project before the Effective Date shall belong to that Party.';
    expect(read('licensee', GRANT, titled)).toEqual(['licenses background ours', 'owns background relative']);
  });

  it('still reads an operative clause headed "Background IP"', () => {
    expect(read('licensor', '3. Background IP. The Licensor retains all right, title and interest in the Licensed Technology.')).toEqual(['retains background ours']);
    expect(read('licensee', '3. Background IP. The Licensor retains all right, title and interest in the Licensed Technology.')).toEqual(['retains background theirs']);
  });

  it('ends the recitals where the parties agree, in the same sentence', () => {
    const s = { paragraph: 0, start: 0, end: 0, text: 'WHEREAS the Licensor owns the Licensed Patents; NOW, THEREFORE, the Licensor hereby grants to the Licensee a licence.' };
    const span = recitalSpan(s)!;
    expect(s.text.slice(span[0], span[1])).toBe('WHEREAS the Licensor owns the Licensed Patents; ');
    expect(recitalSpan({ ...s, text: '鉴于甲方拥有许可专利的全部权利，双方经友好协商达成如下协议。' })).toEqual([0, 16]);
    // "whereas" inside an operative sentence, as a contrast, opens no recital.
    expect(recitalSpan({ ...s, text: 'The Licensee shall pay the royalty within thirty days, whereas the patent costs are borne by the Licensor.' })).toBeUndefined();
  });
});
