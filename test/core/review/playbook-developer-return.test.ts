import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

// A return-or-destroy duty binds the side that holds the other's things. A developer that only
// receives the customer's data and specifications is not asked for one (it would bind us); one that
// hands its own tools or documentation to the customer is. Built on the shipped playbooks.
describe('missing return-or-destroy for the developer only where it hands something over', () => {
  const noReturn = (lines: string[]) =>
    review(fromText(lines.join('\n')), { scenario: 'custom-development', role: 'developer', library, playbooks }).findings.some(
      (f) => f.rule === 'missing' && f.topic === 'return-or-destroy',
    );
  const parties = 'This Consulting Agreement is made between Qinghe Analytics Co., Ltd. (the "Developer") and Lakeside Foods Inc. (the "Customer").';
  const secrecy = 'Each party shall keep the confidential information of the other party confidential and use it only for the project.';
  it('stays quiet where only the customer hands over its data', () => {
    expect(noReturn([parties, 'The Customer shall provide the Developer with its production records and plant specifications.', 'The Developer shall analyse the records and advise on the layout of the plant.', secrecy])).toBe(false);
  });
  it('is raised where the developer hands the customer its own tools', () => {
    expect(noReturn([parties, 'The Developer shall provide the Customer with its simulation toolkit and the user documentation.', 'The Developer shall analyse the records and advise on the layout of the plant.', secrecy])).toBe(true);
  });
});
