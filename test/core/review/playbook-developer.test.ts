import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// A developer's draft that says nothing of the IP each side brings: silence passes none of the
// developer's tools or know-how, so the missing term is a medium point to add, not a high one.
// Built on the shipped playbooks.
describe('the developer\'s background IP left unsaid', () => {
  const severity = (lines: string[]) =>
    review(fromText(lines.join('\n')), { scenario: 'custom-development', role: 'developer', library, playbooks }).findings.find((f) => f.rule === 'missing' && f.topic === 'background-ip')
      ?.severity;
  const opening = 'This Software Development Agreement is made between Nanshan Code Co., Ltd. (the "Developer") and Harbour Freight Ltd (the "Customer").';

  it('is raised at medium where the developer builds software and nothing is said of its own IP', () => {
    expect(severity([opening, 'The Developer shall develop a route planning module to the Customer\'s specification using its own software libraries.'])).toBe('medium');
  });
  it('is not raised where the draft says each side keeps what it brings', () => {
    // Near miss: the same work, with the background kept.
    expect(
      severity([
        opening,
        'The Developer shall develop a route planning module to the Customer\'s specification using its own software libraries.',
        'Each Party retains all right, title and interest in its pre-existing intellectual property.',
      ]),
    ).toBeUndefined();
  });
});
