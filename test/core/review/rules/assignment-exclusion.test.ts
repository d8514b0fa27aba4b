// An assignment of what the supplier develops in manufacturing, which leaves out improvements to the
// supplier's own pre-existing IP: nothing of the supplier's technology passes, so no finding. The
// same assignment without that exclusion, or excluding the customer's IP instead, still fires.
import { assignment } from '../../../../src/core/review/rules/assignment';
import { makeContext } from './make-context';

const opening = 'This Manufacturing Agreement is made between Ningbo Arcstone Medical Co., Ltd. ("Arcstone") and Tallis Therapeutics Ltd (the "Customer").';
const assigns =
  'All right, title and interest in any enhancements carried out or technology developed during manufacture of the Products that relate solely to the Products ("New Technology") will be owned exclusively by the Customer, and Arcstone hereby assigns all right, title and interest in New Technology to the Customer.';
const run = (lines: string[]) =>
  assignment(makeContext([opening, ...lines].join('\n'), { scenario: 'exclusive-partnership', role: 'supplier' })).map((f) => `${f.rule} ${f.severity}`);

describe('an assignment that leaves out improvements to the assignor\'s own IP', () => {
  it('fires where nothing keeps the supplier\'s own technology out', () => {
    expect(run([assigns])).toEqual(['one-sided.assignment high']);
  });
  it('stays quiet where "New Technology" excludes modifications to the supplier\'s pre-existing IP', () => {
    expect(run([assigns, 'For greater certainty, "New Technology" shall exclude any modification to Arcstone pre-existing Intellectual Property Rights.'])).toEqual([]);
  });
  it('still fires where what is excluded is the customer\'s own IP', () => {
    // Near miss: the exclusion names the assignee's IP, so improvements to ours still pass.
    expect(run([assigns, 'For greater certainty, "New Technology" shall exclude any modification to the Customer\'s pre-existing Intellectual Property Rights.'])).toEqual([
      'one-sided.assignment high',
    ]);
  });
});
