// Exceptions that free only the other side, in more of the words drafts use: "no wrongful act of
// Service Provider" (where the review knows the party by the last word of its label), "known by", "a
// breach of this clause by". The duty is theirs, so a missing independent-development exception is
// not our point. Near miss: the same exceptions freeing us.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { makeContext } from './make-context';

const form = 'Service Provider Name: __________ ("Service Provider")\nAs a condition of its engagement by Hangzhou Lumen Devices Co., Ltd. (the "Company"), Service Provider agrees as follows:';
const agreement = 'This Services Agreement is made between Hangzhou Lumen Devices Co., Ltd. (the "Customer") and Kestrel Labs LLC (the "Service Provider").';
const duty = (owner: string) =>
  `4.1 Service Provider shall hold in strict confidence and not disclose the Confidential Information of the ${owner}. "Confidential Information" means all information about the business of the ${owner} that Service Provider learns in performing the Services.`;
const run = (opening: string, owner: string, exceptions: string) =>
  noIndependentDevelopment(makeContext([opening, duty(owner), exceptions].join('\n'), { scenario: 'custom-development', role: 'customer' })).map((f) => f.rule);

describe('exceptions naming the party they free', () => {
  it('reads "no wrongful act of Service Provider" as freeing the service provider', () => {
    const theirs = '4.2 This duty does not apply to information that becomes publicly known through no wrongful act of Service Provider.';
    expect(run(form, 'Company', theirs)).toEqual([]);
    expect(run(form, 'Company', theirs.replace('Service Provider', 'the Company'))).toEqual(['one-sided.no-independent-development']);
  });
  it('reads "known by" and "a breach of this clause by" the same way', () => {
    const theirs =
      '4.2 This duty does not apply to information that was known by Service Provider before disclosure, or that enters the public domain other than by a breach of this clause by Service Provider.';
    expect(run(agreement, 'Customer', theirs)).toEqual([]);
    expect(run(agreement, 'Customer', theirs.replace(/by Service Provider/g, 'by the Customer'))).toEqual(['one-sided.no-independent-development']);
  });
});
