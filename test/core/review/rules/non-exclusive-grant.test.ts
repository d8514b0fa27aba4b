// A distributor's missing exclusivity weighs high where the draft leaves the question open, and low
// where what the draft grants the distributor is stated non-exclusive: then exclusivity is an ask.
import { reviewAs } from '../../../support/review-as-side';

const partnership = (grant: string) =>
  [
    'This Reseller Agreement is made between Northwind Analytics Inc. ("Supplier") and Shenzhen Lanhai Digital Co., Ltd. ("Distributor").',
    'Distributor shall market and resell the Products to customers and shall purchase the Products from Supplier at the prices in Schedule 1.',
    grant,
    'This Agreement is governed by the laws of Singapore, and any dispute shall be finally settled by arbitration in Singapore.',
  ].join('\n');
const exclusivity = (grant: string) =>
  reviewAs(partnership(grant), { scenario: 'exclusive-partnership', role: 'distributor' })
    .findings.filter((f) => f.rule === 'missing' && f.topic === 'exclusivity')
    .map((f) => f.severity);

describe('missing exclusivity for a distributor', () => {
  it('is a low ask where the supplier grants the distributor only a non-exclusive licence', () => {
    expect(
      exclusivity('Supplier grants to Distributor a non-exclusive, non-transferable, revocable, royalty-free right and license to use the Supplier Marks solely as necessary to perform its obligations.'),
    ).toEqual(['low']);
  });
  it('stays high where the draft says nothing of exclusivity', () => {
    expect(exclusivity('Supplier shall provide Distributor with marketing materials and product training at no charge.')).toEqual(['high']);
  });
  it('stays high where the non-exclusive grant is one the distributor makes', () => {
    expect(exclusivity('Distributor grants to Supplier a non-exclusive, royalty-free license to use the customer lists it submits in the partner portal.')).toEqual(['high']);
  });
});
