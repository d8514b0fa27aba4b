// Terms a draft settles by leaving the deal open on purpose: a non-exclusive appointment is its answer on
// exclusivity, an agent "not geographically restricted" has a territory (everywhere), and an agent paid on
// what others buy has no stock to sell off when the deal ends. Each beside a near miss that still raises the gap.
import { reviewAs, ruleTopics } from '../../support/review-as-side';

const rules = (text: string) =>
  ruleTopics(reviewAs(text, { scenario: 'exclusive-partnership', role: 'distributor' }).findings);

const PARTIES = 'This Servicing Agreement is made between Harwell Fund Services LLC ("Supplier") and Shenzhen Lanting Wealth Technology Co., Ltd. ("Distributor").';
const AGENT = [
  PARTIES,
  'The Distributor shall provide account servicing to its own customers who hold units of the Funds, and the Supplier shall pay the Distributor a servicing fee of 20 basis points a year on the assets so held.',
  'This Agreement is governed by the laws of the State of New York, and any dispute arising out of it shall be settled by arbitration in New York.',
];

describe('a non-exclusive appointment', () => {
  it('is the draft\'s answer on exclusivity, not a missing term', () => {
    expect(rules([...AGENT, 'Either party may enter into other similar servicing agreements with any other person without the consent of the other party.'].join('\n'))).not.toContain('missing/exclusivity');
    expect(rules([...AGENT, 'The Supplier appoints the Distributor as a non-exclusive servicing agent for the Funds.'].join('\n'))).not.toContain('missing/exclusivity');
  });
  it('still raises no exclusivity where the draft says nothing of it', () => {
    expect(rules([...AGENT, 'Either party may end this Agreement on ninety days\' written notice to the other.'].join('\n'))).toContain('missing/exclusivity');
  });
});

describe('a reach with no bounds of place', () => {
  const exclusive = 'The Distributor shall sell card-processing services to its merchants exclusively through the Supplier.';
  it('is a territory: everywhere', () => {
    expect(rules([...AGENT, exclusive, 'The Distributor shall not be geographically restricted in the merchants it refers or the offices it opens.'].join('\n'))).not.toContain('missing/territory');
  });
  it('still raises no territory where the draft names none and sets none free', () => {
    expect(rules([...AGENT, exclusive, 'The Distributor shall open its offices where the Supplier approves in writing.'].join('\n'))).toContain('missing/territory');
  });
});

describe('what a distributor may go on doing after the end', () => {
  it('is not asked of an agent paid on what others buy', () => {
    expect(rules(AGENT.join('\n'))).not.toContain('missing/continuing-rights');
  });
  it('is asked of a distributor that buys the products to resell', () => {
    expect(rules([...AGENT, 'The Distributor shall purchase the Products from the Supplier for resale to its customers at prices it sets.'].join('\n'))).toContain('missing/continuing-rights');
  });
});
