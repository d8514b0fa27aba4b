// A customer that owns what the developer builds owns the improvements made in it: silence on
// improvements is no gap for it. A customer that does not own the work keeps the point.
import { reviewAs } from '../../../support/review-as-side';

const opening = 'This Professional Services Agreement is made between Brightwater Software Ltd (the "Developer") and Chengdu Yunhe Medical Technology Co., Ltd. (the "Customer").';
const work = 'The Developer shall design and develop the inventory software described in the Statement of Work (the "Deliverables").';
const assigned = 'Except for Pre-Existing Materials, the Developer hereby assigns to the Customer all right, title and interest in and to the Deliverables upon payment of the applicable fees.';
const kept = 'The Developer owns all right, title and interest in and to the Deliverables and grants the Customer a non-exclusive licence to use them for its internal business.';
const improvements = (lines: string[]) =>
  reviewAs([opening, work, ...lines].join('\n'), { scenario: 'custom-development', role: 'customer' }).findings.filter((f) => f.kind === 'missing' && f.topic === 'improvements');

describe('improvements for a customer that owns the deliverables', () => {
  it('raises no missing improvements for a customer to whom the deliverables are assigned', () => {
    expect(improvements([assigned])).toEqual([]);
  });
  it('keeps the point for a customer that only gets a licence of what is built', () => {
    expect(improvements([kept]).map((f) => f.severity)).toEqual(['medium']);
  });
});
