// In commissioned development the customer discloses its specifications, data and plans to the
// developer, so the points for a disclosing side apply to it: confidentiality that ends after a few
// years, and material returned only on request. Not where the draft names the customer alone its
// "Recipient": then it is the one receiving.
import { shortConfidentiality } from '../../../../src/core/review/rules/confidentiality-scope';
import { weDisclose } from '../../../../src/core/review/rules/flow';
import { makeContext } from './make-context';

const opening = 'This Development Agreement is made between Westbrook Data Services LLC (the "Developer") and Shenzhen Luming Robotics Co., Ltd. (the "Customer").';
const specs = 'The Customer shall provide the Developer with its product specifications, test data and production plans.';
const short = 'Each party shall keep the Confidential Information of the other party confidential for two (2) years from the date of its disclosure.';
const ctx = (...lines: string[]) => makeContext([opening, ...lines].join('\n'), { scenario: 'custom-development', role: 'customer' });

describe('the customer that gives the developer its specifications discloses', () => {
  it('is told when the protection of what it discloses ends after two years', () => {
    expect(weDisclose(ctx(specs, short))).toBe(true);
    expect(shortConfidentiality(ctx(specs, short)).map((f) => f.rule)).toEqual(['one-sided.short-confidentiality']);
  });
  it('is not, where the draft names the customer alone the Recipient', () => {
    const receiving = (...lines: string[]) =>
      makeContext([opening.replace('(the "Customer")', '(the "Recipient")'), ...lines].join('\n'), { scenario: 'custom-development', role: 'customer' });
    expect(weDisclose(receiving(short))).toBe(false);
    expect(shortConfidentiality(receiving(short))).toEqual([]);
  });
});
