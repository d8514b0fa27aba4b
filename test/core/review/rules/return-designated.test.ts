// A return owed only for materials designated as the discloser's property: a point for the
// discloser, quiet where all its information comes back, and for the recipient.
import { designatedReturn } from '../../../../src/core/review/rules/return-designated';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Mutual Confidentiality Agreement is made between Suzhou Weilan Optics Co., Ltd. (the "Disclosing Party") and Carrow Instruments Ltd., a company registered in England (the "Receiving Party").';
const DUTY = 'The Receiving Party shall hold the Confidential Information in confidence and use it only to evaluate a joint product.';
const DESIGNATED =
  'All drawings, samples and documents furnished by the Disclosing Party which are designated in writing as the property of the Disclosing Party shall remain its property and shall be returned to it within 10 days after its request.';

const rules = (role: RoleId, ...lines: string[]) =>
  designatedReturn(makeContext([OPENING, DUTY, ...lines].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);

describe('return only of materials designated as the discloser\'s property', () => {
  it('fires for the discloser where every return duty is limited to designated materials', () => {
    expect(rules('discloser', DESIGNATED)).toEqual(['one-sided.return-designated-only medium']);
  });
  it('stays quiet where another sentence brings back all the Confidential Information', () => {
    const all = 'Within 30 days after the end of the discussions, the Receiving Party shall return or destroy all Confidential Information and all copies of it.';
    expect(rules('discloser', DESIGNATED, all)).toEqual([]);
    const unlabelled = DESIGNATED.replace(' which are designated in writing as the property of the Disclosing Party', '');
    expect(rules('discloser', unlabelled)).toEqual([]);
  });
  it('stays quiet for the recipient', () => {
    expect(rules('recipient', DESIGNATED)).toEqual([]);
  });
});
