// What the developer brings that the customer needs a licence to: asked where technology passes (software,
// know-how), not of an adviser who writes reports and presentations. Near miss: the same engagement
// where the adviser builds software into what the customer keeps.
import { reviewAs, ruleTopics } from '../../../support/review-as-side';

const engagement = [
  'This Consulting Agreement is made between Ningbo Haishu Devices Co., Ltd. (the "Company") and Meridian Investor Partners LLC (the "Consultant").',
  '1. The Consultant shall develop the Company\'s investor-relations programme, prepare its investor presentations and arrange meetings with analysts and fund managers.',
  '2. The Company shall pay the Consultant a monthly fee of USD 8,000.',
];
const rules = (...more: string[]) =>
  ruleTopics(reviewAs([...engagement, ...more].join('\n'), { scenario: 'custom-development', role: 'customer' }).findings);

describe('a licence to what the developer brings', () => {
  it('is not asked of an adviser through whom no technology passes', () => {
    expect(rules()).not.toContain('missing/background-license');
  });
  it('is still asked where the adviser builds its software into what the customer keeps', () => {
    expect(rules('3. The Consultant shall also build an investor portal for the Company, using its own software tools and code libraries.')).toContain('missing/background-license');
  });
});
