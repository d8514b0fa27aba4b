// Whose "best efforts" duty it is, where the review names the party that owes it but cannot place it:
// the duty may be owed to us, so the point gives the advice for either owner rather than advising us
// to soften it. A duty of "the Party" hit by force majeure, or of our own name, is still ours to soften.
import { fromText, review } from '../../../../src/core/review';

const keys = (text: string) =>
  review(fromText(text), { scenario: 'custom-development', role: 'customer' })
    .findings.filter((f) => f.rule === 'drafting.best-efforts')
    .map((f) => f.wording?.message.key ?? f.message);

const OPENING = `DEVELOPMENT AGREEMENT
This Development Agreement is made between Harbour Analytics Ltd. ("Customer") and Quillon Systems Inc. ("Developer").
1. Work. Developer shall build the Software described in the Specification.`;

describe('best efforts owed by a party the review cannot place', () => {
  it('gives the advice for either owner where a named party we cannot place owes it', () => {
    expect(keys(`${OPENING}\n2. Support. The Reviewer shall use its best efforts to report each defect it finds to Customer.`)).toEqual([
      'review.rule.drafting.best-efforts-unplaced.message',
    ]);
    expect(keys(`${OPENING}\n2. Duties. You shall devote your working time to the business of Customer and use your best efforts to promote its interests.`)).toEqual([
      'review.rule.drafting.best-efforts-unplaced.message',
    ]);
  });

  it('still advises softening a duty that may be ours: of either party, or of our own name', () => {
    expect(keys(`${OPENING}\n2. Force majeure. The Party affected shall use its best efforts to overcome the event.`)).toEqual(['review.rule.drafting.best-efforts.message']);
    expect(keys(`${OPENING}\n2. Support. Customer shall use its best efforts to supply test data.`)).toEqual(['review.rule.drafting.best-efforts.message']);
  });
});
