// What a developer hands over: only what it makes for the project, and only once paid. Each point
// fires for the developer, stays quiet on the near miss and for the customer.
import { assignmentByTime, unpaidAssignment } from '../../../../src/core/review/rules/developer-assignment';
import type { Rule } from '../../../../src/core/review/context';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING = 'This Software Development Agreement is made between Northfield Retail Inc. (the "Client") and Hexi Software Co., Ltd. (the "Developer").';
const run = (rule: Rule, role: RoleId, ...lines: string[]) =>
  rule(makeContext([OPENING, ...lines].join('\n'), { scenario: 'custom-development', role })).map((f) => `${f.rule} ${f.severity}`);

describe('everything produced during the agreement passes to the customer', () => {
  const byTime = 'Upon payment in full, the Developer unconditionally and irrevocably grants to the Client all software, improvements, code and other work produced by the Developer during the course of this Agreement.';
  it('fires for the developer', () => {
    expect(run(assignmentByTime, 'developer', byTime)).toEqual(['one-sided.assignment-by-time high']);
  });
  it('stays quiet where the transfer is of what is made in performing the Services', () => {
    const project = 'The Developer hereby assigns to the Client all Deliverables created by the Developer in the performance of the Services during the term of this Agreement.';
    expect(run(assignmentByTime, 'developer', project)).toEqual([]);
  });
  it('stays quiet for the customer', () => {
    expect(run(assignmentByTime, 'customer', byTime)).toEqual([]);
  });
});

describe('title passing before payment', () => {
  const now = 'The Developer hereby assigns and transfers to the Client all copyright and other intellectual property rights in the Deliverables.';
  it('fires for the developer on a present assignment or a work made for hire', () => {
    expect(run(unpaidAssignment, 'developer', now)).toEqual(['one-sided.unpaid-assignment medium']);
    expect(run(unpaidAssignment, 'developer', 'All Deliverables shall be works made for hire owned by the Client.')).toEqual(['one-sided.unpaid-assignment medium']);
  });
  it('stays quiet where the assignment takes effect on payment in full, or is made to us', () => {
    expect(run(unpaidAssignment, 'developer', 'Upon payment in full of the Fees, the Developer hereby assigns to the Client all intellectual property rights in the Deliverables.')).toEqual([]);
    expect(run(unpaidAssignment, 'developer', 'The Client hereby assigns to the Developer all rights in any Feedback on the Developer Platform.')).toEqual([]);
    expect(run(unpaidAssignment, 'developer', 'No Deliverable is a work made for hire.')).toEqual([]);
  });
  it('stays quiet for the customer', () => {
    expect(run(unpaidAssignment, 'customer', now)).toEqual([]);
  });
});
