// An efforts promise to use our product that lapses whenever a customer chooses otherwise: fires for
// the side whose product it is, hedged where the excused party's side is unknown, quiet where the
// commitment is firm or is ours.
import { customerChoice } from '../../../../src/core/review/rules/customer-choice';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Strategic Alliance Agreement is made between Hexi Boiler Co., Ltd. (the "Supplier") and Moorland Energy plc (the "Distributor").';
const run = (role: RoleId, ...lines: string[]) =>
  customerChoice(makeContext([OPENING, ...lines].join('\n'), { scenario: 'exclusive-partnership', role })).map((f) => `${f.rule} ${f.severity}`);

const efforts = 'The Distributor shall use reasonable endeavours to procure that a boiler supplied by the Supplier forms part of each plant it builds for a customer.';
const escape = 'The Distributor shall have no obligation under this Clause where a customer elects for any reason not to include a boiler supplied by the Supplier.';

describe('a commitment that lapses at a customer\'s choice', () => {
  it('fires for the supplier', () => {
    expect(run('supplier', efforts, escape)).toEqual(['one-sided.customer-choice medium']);
  });
  it('is hedged where the excused party is named only by its company name', () => {
    const named = 'Moorland shall have no obligation under this Clause where a customer elects for any reason not to include a boiler supplied by the Supplier.';
    const plain = 'This Strategic Alliance Agreement is made between Hexi Boiler Co., Ltd. and Moorland Energy plc.';
    const found = customerChoice(makeContext([plain, efforts.replace('The Distributor', 'Moorland'), named].join('\n'), { scenario: 'joint-development', role: 'co-developer' }));
    expect(found.map((f) => `${f.rule} ${f.severity} ${f.message}`)).toEqual(['one-sided.customer-choice low The commitment of Moorland lapses whenever a customer chooses otherwise']);
  });
  it('stays quiet where the commitment is firm, and for the side it excuses', () => {
    const firm = 'The Distributor shall purchase all boilers for its plants from the Supplier.';
    expect(run('supplier', firm, escape)).toEqual([]);
    expect(run('distributor', efforts, escape)).toEqual([]);
  });
});
