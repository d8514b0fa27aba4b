// A licensee kept out of any business that competes with the licensor: raised for the licensee, with the
// PRC note where the licence is under PRC law. Near misses: the promise binds the licensor only, or the
// licensee is only kept from using the licensed technology for a competitor.
import { vendorNonCompete } from '../../../../src/core/review/rules/vendor-non-compete';
import { makeContext } from './make-context';

const opening = [
  'This Technology Licence Agreement is made between Aurelia Optics GmbH (the "Licensor") and Suzhou Jinghe Photonics Co., Ltd. (the "Licensee").',
  '2.1 The Licensor hereby grants to the Licensee a non-exclusive licence under the Licensed Patents to make and sell the Products in the Territory.',
];
const found = (...clauses: string[]) => vendorNonCompete(makeContext([...opening, ...clauses].join('\n'), { scenario: 'technology-license', role: 'licensee' }));

describe('a non-compete binding the licensee', () => {
  it('is raised for the licensee, with the PRC note under PRC law', () => {
    const hit = found('9.1 During the Term and for five years after it ends, the Licensee shall not, directly or indirectly, engage in any business that competes with the Licensor anywhere in the world.');
    expect(hit.map((f) => f.message)).toEqual(['As licensee you may not engage in a business that competes with the other side']);
    const prc = found(
      '9.1 During the Term, the Licensee shall not engage in any business that competes with the Licensor.',
      '15.1 This Agreement is governed by the laws of the People\'s Republic of China.',
    );
    expect(prc[0]?.why).toMatch(/Civil Code arts\. 850 and 864/);
    expect(hit[0]?.why).not.toMatch(/Civil Code/);
  });
  it('stays quiet where the promise binds the licensor, or only limits use of the licensed technology', () => {
    expect(found('9.1 During the Term, the Licensor shall not engage in any business that competes with the Licensee in the Territory.')).toEqual([]);
    expect(found('9.1 The Licensee shall not use the Licensed Patents to make products for any competitor of the Licensor.')).toEqual([]);
  });
});
