// What one side sends or discloses, and how far it stays protected: everything we send declared
// non-confidential and free for them to use; a confidentiality duty whose only exception is public
// information, where we receive; a data set protected only where it is marked, where we disclose.
import { markedOnly, noIndependentDevelopment } from '../../../../src/core/review/rules/confidentiality-scope';
import { submissionsFree } from '../../../../src/core/review/rules/submissions-free';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import type { Rule } from '../../../../src/core/review/context';
import { makeContext } from './make-context';

const openings: Partial<Record<ScenarioId, string>> = {
  'sample-testing': 'This Evaluation Agreement is made between Tarnwick Instruments Ltd. (the "Provider") and Harbin Cell Technology Co., Ltd. (the "Evaluator").',
  'technology-license': 'This Licence Agreement is made between Tarnwick Instruments Ltd. (the "Licensor") and Harbin Cell Technology Co., Ltd. (the "Licensee").',
  'pre-deal-disclosure': 'This Non-Disclosure Agreement is made between Tarnwick Instruments Ltd. (the "Disclosing Party") and Harbin Cell Technology Co., Ltd. (the "Receiving Party").',
};
function run(rule: Rule, scenario: ScenarioId, role: RoleId, terms: string[]): string[] {
  const ctx = makeContext([openings[scenario]!, ...terms].join('\n'), { scenario, role });
  return rule(ctx).map((f) => `${f.wording?.message.key.replace(/^review\.rule\.|\.message$/g, '') ?? f.rule} ${f.severity}`);
}

describe('what we send declared non-confidential and free for them to use', () => {
  const addressed = [
    'You agree that any data, reports or other material you upload to the Provider\'s portal under this Agreement will be deemed non-confidential. The Provider may reproduce, publish and sublicense that material for any commercial or non-commercial purpose.',
  ];
  const labelled = ['All test reports and other information the Evaluator provides to the Provider shall be considered non-confidential, and the Provider shall be free to use and disclose them without restriction.'];

  it('fires for the evaluator, whether the terms say "you" or name it by its label', () => {
    expect(run(submissionsFree, 'sample-testing', 'evaluator', addressed)).toEqual(['one-sided.submissions-free high']);
    expect(run(submissionsFree, 'sample-testing', 'evaluator', labelled)).toEqual(['one-sided.submissions-free high']);
  });
  it('fires for a licensee that sends the licensor its reports', () => {
    const t = ['Any information or other communication the Licensee sends to the Licensor is non-confidential, and the Licensor may use it for any purpose.'];
    expect(run(submissionsFree, 'technology-license', 'licensee', t)).toEqual(['one-sided.submissions-free high']);
  });
  it('stays quiet for the provider, whose side receives what is sent', () => {
    expect(run(submissionsFree, 'sample-testing', 'provider', labelled)).toEqual([]);
  });
  it('stays quiet where it is the other side that sends, or nothing frees their use', () => {
    expect(run(submissionsFree, 'sample-testing', 'evaluator', ['Any information the Provider furnishes to the Evaluator will be considered non-confidential, and the Evaluator may use it for any purpose.'])).toEqual([]);
    expect(run(submissionsFree, 'sample-testing', 'evaluator', ['Any information the Evaluator provides to the Provider that is already public will be considered non-confidential.'])).toEqual([]);
    expect(run(submissionsFree, 'sample-testing', 'evaluator', ['All reports the Evaluator provides to the Provider remain the Evaluator\'s Confidential Information, and the Provider may use them only to correct the Product.'])).toEqual([]);
  });
});

describe('confidentiality whose only exception is public information', () => {
  const defined = '"Confidential Information" means all technical and business information the Disclosing Party discloses to the Receiving Party. The Receiving Party shall keep the Confidential Information secret and shall not use it except to evaluate the Transaction.';
  const publicOnly = 'The obligations in this Agreement do not apply to information that is or becomes public knowledge through no fault of the Receiving Party.';

  it('fires, high, for the recipient: nothing for what it had, was given or built', () => {
    expect(run(noIndependentDevelopment, 'pre-deal-disclosure', 'recipient', [defined, publicOnly])).toEqual(['one-sided.public-only-exception high']);
  });
  it('stays quiet for the discloser', () => {
    expect(run(noIndependentDevelopment, 'pre-deal-disclosure', 'discloser', [defined, publicOnly])).toEqual([]);
  });
  it('asks only for independent development where other exceptions stand beside the public one', () => {
    const more = 'The obligations in this Agreement do not apply to information that is or becomes public knowledge through no fault of the Receiving Party, or that the Receiving Party receives from a third party free of any duty of confidence.';
    expect(run(noIndependentDevelopment, 'pre-deal-disclosure', 'recipient', [defined, more])).toEqual(['one-sided.no-independent-development medium']);
    const all = `${more.slice(0, -1)}, or that the Receiving Party develops independently without use of the Confidential Information.`;
    expect(run(noIndependentDevelopment, 'pre-deal-disclosure', 'recipient', [defined, all])).toEqual([]);
  });
});

describe('a data set protected only where it is marked', () => {
  const duty = 'The Evaluator shall keep the Confidential Data in confidence and use it only for the Purpose.';
  const marked = '"Confidential Data" means the data in the Data Set that the Provider discloses to the Evaluator and that is marked with a legend showing that it is confidential.';

  it('fires for the provider that discloses the data', () => {
    expect(run(markedOnly, 'sample-testing', 'provider', [marked, duty])).toEqual(['one-sided.marked-only medium']);
  });
  it('stays quiet for the evaluator, and where unmarked data is protected too', () => {
    expect(run(markedOnly, 'sample-testing', 'evaluator', [marked, duty])).toEqual([]);
    const either = '"Confidential Data" means all data in the Data Set that the Provider discloses to the Evaluator, whether or not marked as confidential.';
    expect(run(markedOnly, 'sample-testing', 'provider', [either, duty])).toEqual([]);
  });
});
