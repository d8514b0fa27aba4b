// A duty of confidence whose only way out is disclosure the law or a court requires: the point no
// longer says that a court order puts us in breach, and asks for the exceptions that are missing.
import { noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { makeContext } from './make-context';

const opening =
  'This Prototype Test Agreement is made between Corvane Systems Ltd. (the "Provider") and Lanzhou Vision Technology Co., Ltd. (the "Evaluator"), under which the Evaluator will test a sensor module (the "Prototype").';
const duty = 'Confidentiality. The Evaluator shall hold the Prototype in strict confidence for ever and shall not disclose any information about it to any third party.';
const law = 'The Evaluator may disclose information about the Prototype to the extent required by a court or by law, after notice to the Provider.';
const run = (terms: string[]) =>
  noIndependentDevelopment(makeContext([opening, ...terms].join('\n'), { scenario: 'sample-testing', role: 'evaluator' })).map((f) => [f.severity, f.message, f.why]);

describe('confidentiality whose only exception is disclosure the law requires', () => {
  it('says the law is excepted and asks for the other exceptions', () => {
    const [f] = run([duty, law]);
    expect(f?.[0]).toBe('medium');
    expect(f?.[1]).toBe('Confidentiality has no exceptions but disclosure the law requires');
    expect(f?.[2]).not.toMatch(/court order/);
    expect(f?.[2]).toMatch(/independent development/);
  });
});
