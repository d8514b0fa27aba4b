// A duty of confidence on a thing the draft defines ("maintain the Prototype in confidence") with no
// exception at all: a medium point for the side that receives; quiet where an exception is there, and
// for the side whose thing it is.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening =
  'This Prototype Test Agreement is made between Corvane Systems Ltd. (the "Provider") and Lanzhou Vision Technology Co., Ltd. (the "Evaluator"), under which the Evaluator will test a sensor module (the "Prototype").';
const duty = 'Confidentiality. The Evaluator shall hold the Prototype in strict confidence and shall not disclose any information about the Prototype or its test results to any third party.';
const run = (terms: string[], role: RoleId = 'evaluator') =>
  noIndependentDevelopment(makeContext([opening, ...terms].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.severity} ${f.message}`);

describe('confidentiality of a defined thing with no exceptions', () => {
  it('fires for the evaluator', () => {
    expect(run([duty])).toEqual(['medium Confidentiality has no exceptions at all']);
  });
  it('stays quiet where the usual exceptions are there, and for the provider', () => {
    expect(
      run([
        duty,
        'This obligation does not apply to information that is or becomes publicly available through no fault of the Evaluator, was known to the Evaluator before disclosure, is received from a third party without restriction, or is independently developed by the Evaluator.',
      ]),
    ).toEqual([]);
    expect(run([duty], 'provider')).toEqual([]);
    // A duty on the other side, whatever the last party named before its verb.
    expect(run(['The Provider acknowledges that the Evaluator Prototype Notes are valuable to the Evaluator and shall hold the Prototype in strict confidence.'])).toEqual([]);
  });
});
