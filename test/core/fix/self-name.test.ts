import { fixesFor, fixText } from '../../../src/core/fix';
import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// A one-way NDA that calls itself "this NDA" throughout, and says nothing of residuals, return or
// reverse engineering: the fixes it gets must speak of "this NDA", not of some "Agreement".
const DRAFT = `MUTUAL NON-DISCLOSURE AGREEMENT
This Non-Disclosure Agreement ("NDA") is made between Halden Robotics AS, a company organised under the laws of Norway ("Halden"), and Suzhou Qiming Motion Co., Ltd., a company organised under the laws of the People's Republic of China ("Qiming").
1. Purpose. Halden will disclose to Qiming information about its gripper designs so that Qiming can assess a possible supply of drive units.
2. Confidential Information. "Confidential Information" means all information Halden discloses to Qiming under this NDA and marks as confidential.
3. Obligations. Qiming shall keep the Confidential Information secret and shall not disclose it to any third party.
4. Term. This NDA ends two years after its signature by both parties.
5. Governing Law. This NDA is governed by the laws of Norway.`;

function fixTexts(draft: string): string[] {
  const doc = fromText(draft);
  const result = review(doc, { library, playbooks, scenario: 'pre-deal-disclosure', role: 'discloser' });
  const fix = fixesFor(library, result, doc);
  return result.findings.filter((f) => f.fix).map((f) => fixText(fix(f.fix!)!));
}

describe('a fix calls the draft by the name the draft gives itself', () => {
  it('says "this NDA" in a draft that calls itself so, and never "this Agreement"', () => {
    const texts = fixTexts(DRAFT);
    expect(texts.some((t) => /\bthis NDA\b/i.test(t))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/\bthis Agreement\b/i);
  });

  it('keeps "this Agreement" where the draft calls itself so', () => {
    const texts = fixTexts(DRAFT.replace(/\bNDA\b/g, 'Agreement').replace('("Agreement")', '(the "Agreement")'));
    expect(texts.some((t) => /\bthis Agreement\b/i.test(t))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/\bthis NDA\b/i);
  });
});
