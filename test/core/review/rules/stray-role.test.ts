import { strayRole } from '../../../../src/core/review/rules/stray-role';
import { makeContext } from './make-context';

const NDA = [
  'This Non-Disclosure Agreement is made between Harbourline Power GmbH ("Harbourline") and Qinlan Energy Co., Ltd. ("Qinlan").',
  '3. Qinlan shall keep all information that Harbourline discloses strictly confidential and shall use it only to assess the proposed cooperation.',
];

describe('a warranty or duty put on a role that is not a party', () => {
  it('flags an IP warranty given by "the supplier" in an NDA between two named companies', () => {
    const text = [
      ...NDA,
      '9. The supplier warrants that it holds all rights needed to make and sell the delivered products and shall hold Harbourline harmless from any third-party claim of infringement.',
    ].join('\n');
    const [f] = strayRole(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.stray-role', kind: 'drafting', severity: 'low' });
    expect(f!.message).toBe('A warranty or duty falls on "the supplier", which is not a party to this agreement');
    expect(f!.evidence[0]!.text).toContain('The supplier warrants');
  });

  it('flags the role with a gloss in brackets and a duty written with "shall"', () => {
    const text = [...NDA, '10. The contractor (contractor = service provider) shall indemnify Harbourline against all claims arising from the work.'].join('\n');
    expect(strayRole(makeContext(text))[0]!.message).toContain('"the contractor"');
  });

  it('is quiet where the role points back to someone the clause introduced', () => {
    const text = [
      ...NDA,
      '5. Where Qinlan engages a supplier to test the samples, the supplier shall be bound by written confidentiality obligations no less protective than these.',
      '6. Qinlan may appoint a contractor to carry out the installation.',
      'The contractor shall comply with the site safety rules of Harbourline.',
    ].join('\n');
    expect(strayRole(makeContext(text))).toEqual([]);
  });

  it('is quiet where the role is a party, in any case, or the role is acted on', () => {
    const defined = [
      'This Supply Agreement is made between Harbourline Power GmbH (the "Supplier") and Qinlan Energy Co., Ltd. (the "Buyer").',
      'The supplier warrants that the products conform to the Specification.',
    ].join('\n');
    expect(strayRole(makeContext(defined))).toEqual([]);
    const informal = [
      'This agreement is made between Harbourline Power GmbH, as supplier, and Qinlan Energy Co., Ltd., as purchaser.',
      'The supplier warrants that the products conform to the drawings.',
    ].join('\n');
    expect(strayRole(makeContext(informal))).toEqual([]);
    const passive = [...NDA, '7. The supplier shall be notified in writing of any defect found in a sample within ten days after it is found.'].join('\n');
    expect(strayRole(makeContext(passive))).toEqual([]);
    const thirdParty = [...NDA, '8. The buyer shall pay the price within thirty days after delivery of each order placed with Harbourline.'].join('\n');
    expect(strayRole(makeContext(thirdParty))).toEqual([]);
    const right = [...NDA, '11. The contractor shall have the right to use subcontractors for the installation work.'].join('\n');
    expect(strayRole(makeContext(right))).toEqual([]);
    const crossLicence = [...NDA, '12. Where a licence is granted under this Agreement, the licensee shall have the right to sublicense, and the licensee shall keep records of each sublicense.'].join('\n');
    expect(strayRole(makeContext(crossLicence))).toEqual([]);
  });
});
