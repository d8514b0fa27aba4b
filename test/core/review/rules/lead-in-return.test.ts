// A return or destruction duty set out as an item of a list whose lead-in names the end of the
// agreement ("Upon any expiration or termination:") is a return term, not a missing one. A list led
// in by something else leaves the duty without the end that triggers it.
import { missingTerms } from '../../../../src/core/review/rules/missing';
import { makeContext } from './make-context';

const playbook = { required: ['return-or-destroy'] as const, recommended: [] } as never;
const run = (text: string) =>
  missingTerms(makeContext(text, { scenario: 'sample-testing', role: 'provider', playbook })).map((f) => `${f.severity} ${f.message}`);
const opening = 'This Evaluation Agreement is made between Hexa Robotics Ltd (the "Provider") and Lumen Data Inc. (the "Evaluator").';

describe('a return duty in a list led in by the end of the agreement', () => {
  it('reads the lead-in as the trigger', () => {
    const text = [
      opening,
      '7.3 Consequences of Ending. When this Agreement expires or is terminated:',
      '(a) the Evaluator will stop using the Evaluation Units;',
      '(b) each party will promptly return or destroy the other party\'s Confidential Information in its possession.',
    ].join('\n');
    expect(run(text)).toEqual([]);
  });
  it('still calls the return duty missing where the lead-in says nothing of the end', () => {
    // Near miss: the same item under a list of what the Evaluator may do during the trial.
    const text = [
      opening,
      '4.1 During the Evaluation Period the Evaluator may:',
      '(a) install the Evaluation Units at one site;',
      '(b) destroy any unit damaged in testing, after telling the Provider.',
    ].join('\n');
    expect(run(text).map((m) => m.split(' ')[0])).toEqual(['high']);
  });
});
