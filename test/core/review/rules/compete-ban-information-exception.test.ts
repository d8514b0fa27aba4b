// A ban on using the product under evaluation to build a competing product is not lifted by the
// usual exception that takes independently developed information out of what is confidential: that
// exception frees the information, not the products we build. A carve-out that frees our own
// products still silences the point, and the ban stays no point for the side that imposes it.
import { competeBan } from '../../../../src/core/review/rules/compete-ban';
import { makeContext } from './make-context';

const opening = 'This Evaluation Agreement is made between Veridane Systems Inc. ("Vendor") and Shenzhen Qiaolan Technology Co., Ltd. ("Customer").';
const ban =
  'Except as expressly permitted by this Agreement, Customer will not (and will not allow anyone else to): (i) copy or modify the Product; (ii) use the Product to develop a competing service or product; or (iii) use the Product for any unlawful purpose.';
const exclusion =
  'Confidential Information does not include information that (a) Recipient knew without any obligation of confidentiality before disclosure by Discloser; (b) is or becomes publicly known through no fault of Recipient; or (c) Recipient independently developed without use of or reference to Discloser’s Confidential Information.';
const run = (terms: string[], role: 'provider' | 'evaluator') =>
  competeBan(makeContext([opening, ...terms].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.rule} ${f.severity}`);

describe('a ban on building a competing product beside a confidentiality exception', () => {
  it('is raised for the evaluator where the only independent-development words are in the confidentiality exclusions', () => {
    expect(run([ban, exclusion], 'evaluator')).toEqual(['one-sided.compete-ban medium']);
  });
  it('stays quiet where the evaluator may still develop its own products independently', () => {
    expect(
      run([ban, exclusion, 'Nothing in this Agreement prevents Customer from independently developing products or services that compete with the Product without use of Vendor’s Confidential Information.'], 'evaluator'),
    ).toEqual([]);
  });
  it('stays quiet for the vendor that imposes the ban', () => {
    expect(run([ban, exclusion], 'provider')).toEqual([]);
  });
});
