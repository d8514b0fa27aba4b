// Suggestions named only in a concession ("remains the Vendor's property, even if suggestions made by
// the Tester are built into later versions") leave the product the thing owned: nothing of ours is
// assigned. Near miss: the suggestions themselves made the Vendor's property.
import { reviewAs } from '../../../support/review-as-side';

const trial = 'This Beta Test Agreement is made between Andes Render SpA (the "Vendor") and Wuxi Linhe Design Co., Ltd. (the "Tester").';
const points = (line: string) =>
  reviewAs([trial, line].join('\n'), { scenario: 'sample-testing', role: 'evaluator' })
    .findings.filter((f) => f.rule === 'one-sided.assignment' && f.topic === 'feedback')
    .map((f) => f.severity);

describe('suggestions named in a concession', () => {
  it('are not read as feedback assigned to the vendor', () => {
    expect(points('3. The beta build and all intellectual property rights in it are and will remain the property of the Vendor, even if suggestions made by the Tester are built into later versions of it.')).toEqual([]);
  });
  it('still fire where the suggestions themselves become the vendor\'s property', () => {
    expect(points('3. All suggestions made by the Tester about the beta build are and will remain the property of the Vendor.')).toEqual(['medium']);
  });
});
