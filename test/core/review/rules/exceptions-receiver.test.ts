// A missing independent-development exception is raised for the side bound by the duty. Where the
// exceptions free only the other side ("through no fault of the Consultant"), the duty is theirs and
// the point is not ours; where they free us, or both, it stays.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Consulting Agreement is made between Hexi Robotics Co., Ltd. (the "Customer") and Andes Advisory S.A. (the "Consultant").';
const duty =
  '3.1 The Consultant shall keep in strict confidence the Confidential Information of the Customer and shall not disclose it to any third party. "Confidential Information" means all information relating to the business of the Customer disclosed to the Consultant.';
const theirs =
  '3.2 The duty in Section 3.1 does not apply to information that (a) is available to the public generally; (b) becomes part of the public domain through no fault of the Consultant; or (c) is already in the lawful possession of the Consultant at the time of receipt.';
const ours = theirs.replace(/the Consultant/g, 'the Customer');
const run = (role: RoleId, exceptions: string) =>
  noIndependentDevelopment(makeContext([opening, duty, exceptions].join('\n'), { scenario: 'custom-development', role })).map((f) => `${f.rule} ${f.severity}`);

describe('independent development, for the side the exceptions free', () => {
  it('stays quiet for the customer where the exceptions free only the consultant', () => {
    expect(run('customer', theirs)).toEqual([]);
  });
  it('still fires for the consultant that the duty binds', () => {
    expect(run('developer', theirs)).toEqual(['one-sided.no-independent-development medium']);
  });
  it('still fires for the customer where the exceptions free the customer', () => {
    expect(run('customer', ours)).toEqual(['one-sided.no-independent-development medium']);
  });
});

describe('exceptions that free a role of the flow', () => {
  it('still fires where they free "the Receiving Party", whichever party that is', () => {
    const flow = '3.2 The duty in Section 3.1 does not apply to information that becomes public through no act or omission of the Receiving Party.';
    expect(run('developer', flow).map((x) => x.split(' ')[0])).toEqual(['one-sided.no-independent-development']);
  });
});
