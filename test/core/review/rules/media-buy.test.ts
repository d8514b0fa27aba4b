// Who owns the results and improvements is asked where something is made to order, not of a media buy:
// the publisher runs the advertiser's promotions and the advertiser designs its own graphics. Near
// miss: the same publisher also builds a microsite for the advertiser, so something is made for it.
import { reviewAs, ruleTopics } from '../../../support/review-as-side';

const mediaBuy = [
  'This Advertising Agreement is made between Hangzhou Lumen Retail Co., Ltd. (the "Advertiser") and Northgate Media Inc. ("Publisher").',
  '1. Publisher will run two banner advertising programs per month on its network sites during the Term.',
  '2. The Advertiser\'s spots will be aired on each weekly episode of the Publisher\'s programme.',
  '3. The Advertiser will design any graphics required for the promotions and supply digital copies of them to Publisher.',
  '4. The Advertiser hereby grants to Publisher a non-exclusive, royalty-free license to use and display its trademarks and logos solely in connection with the promotions.',
  '5. The Advertiser shall pay Publisher a fee of USD 40,000 per quarter.',
];
const rules = (side: 'customer' | 'developer', ...more: string[]) =>
  ruleTopics(reviewAs([...mediaBuy, ...more].join('\n'), { scenario: 'custom-development', role: side }).findings);

describe('results and improvements in a media buy', () => {
  it('are not asked of the advertiser whose promotions the publisher only runs', () => {
    expect(rules('customer')).not.toContain('missing/foreground-ip');
    expect(rules('customer')).not.toContain('missing/improvements');
  });
  it('are not asked of the publisher, which makes nothing to order', () => {
    expect(rules('developer')).not.toContain('missing/foreground-ip');
    expect(rules('developer')).not.toContain('missing/background-ip');
  });
  const microsite = '6. Publisher shall also develop a branded microsite for the Advertiser and deliver its source code at the end of the Term.';
  it('are asked again where the publisher also builds something for the advertiser', () => {
    expect(rules('customer', microsite)).toContain('missing/foreground-ip');
  });
  it('are asked again for the publisher that builds it', () => {
    expect(rules('developer', microsite)).toContain('missing/foreground-ip');
  });
});
