import { fromText, review } from '../../../src/core/review';

// An operation and maintenance deal: the plant's owner buys the operator's services, so it is the
// customer of the custom-development scenario and the operator does the work.
const services = (owner: string, operator: string) =>
  fromText(`OPERATION AND MAINTENANCE AGREEMENT
This Agreement is made on 1 March 2026 between Jiangsu Huaneng Storage Technology Co., Ltd., a company organised under the laws of the People's Republic of China (${owner}), and Westbrook Energy Services Inc., a Delaware corporation (${operator}).
1. Services. The Operator shall operate, maintain and repair the Facility in accordance with Prudent Industry Practice.
2. Fees. The Owner shall pay the Operator the Monthly Fee within thirty (30) days after receipt of a correct invoice.
3. Data. All operating data and reports the Operator generates in performing the Services shall be the property of the Owner.
4. Governing Law. This Agreement is governed by the laws of the People's Republic of China.`);

const OWNER = 'Jiangsu Huaneng Storage Technology Co., Ltd.';
const OPERATOR = 'Westbrook Energy Services Inc.';

describe('the owner of a plant is the customer of the operator that works on it', () => {
  it.each([
    ['the "Owner" or "Customer"', 'the "Operator" or "Contractor"'],
    ['the "Owner"', 'the "Operator"'],
    ['the "Owner"', 'the "Contractor"'],
  ])('%s against %s, for either side', (owner, operator) => {
    const doc = services(owner, operator);
    const asCustomer = review(doc, { scenario: 'custom-development', role: 'customer' }).parties;
    expect(asCustomer?.ours).toContain(OWNER);
    expect(asCustomer?.theirs).toContain(OPERATOR);
    const asDeveloper = review(doc, { scenario: 'custom-development', role: 'developer' }).parties;
    expect(asDeveloper?.ours).toContain(OPERATOR);
    expect(asDeveloper?.theirs).toContain(OWNER);
  });

  it('keeps the owner of licensed technology on the side that licenses it', () => {
    const doc = fromText(`PATENT LICENCE AGREEMENT
This Agreement is made between Halden Cells GmbH, a German company (the "Owner"), and Suzhou Lianke Energy Co., Ltd., a company organised under the laws of the People's Republic of China (the "Licensee").
1. Grant. The Owner hereby grants the Licensee a non-exclusive licence under the Licensed Patents to make and sell Products in China.`);
    expect(review(doc, { scenario: 'technology-license', role: 'licensor' }).parties?.ours).toContain('Halden Cells GmbH');
    expect(review(doc, { scenario: 'technology-license', role: 'licensee' }).parties?.ours).toContain('Suzhou Lianke Energy Co., Ltd.');
  });

  it('gives a contractor no side of its own: under an NDA it may be the one that receives', () => {
    const doc = fromText(`NON-DISCLOSURE AGREEMENT
This Agreement is made between Hexi Energy Co., Ltd., a company incorporated in the People's Republic of China (the "Company"), and Brightline Engineering LLC, a Delaware limited liability company (the "Contractor").
1. Disclosure. The Company shall disclose to the Contractor the confidential information needed to quote for the site works.
2. Use. The Contractor shall use the confidential information only to prepare its quotation.`);
    expect(review(doc, { scenario: 'pre-deal-disclosure', role: 'recipient' }).parties?.ours).toContain('Brightline Engineering LLC');
    expect(review(doc, { scenario: 'pre-deal-disclosure', role: 'discloser' }).parties?.ours).toContain('Hexi Energy Co., Ltd.');
  });
});
