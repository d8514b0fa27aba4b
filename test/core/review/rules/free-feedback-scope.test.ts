// A feedback licence confined to the other side's own products is counsel's acceptable position for
// the side giving feedback; one to exploit feedback in anything is not.
import { freeUse } from '../../../../src/core/review/rules/free-use';
import { makeContext } from './make-context';

const OPENING = 'This Evaluation Agreement is made between Voltaris Pte. Ltd. (the "Provider") and Hexi Energy Co., Ltd. (the "Evaluator").';
const run = (role: 'evaluator' | 'provider', clause: string) =>
  freeUse(makeContext([OPENING, clause].join('\n'), { scenario: 'sample-testing', role })).map((f) => f.rule);

describe('feedback licensed for the other side\'s own products', () => {
  const ownProducts = "The Evaluator grants the Provider a perpetual, royalty-free, non-exclusive licence under the Evaluator's Intellectual Property Rights in Feedback to use Feedback to develop, make and sell the Provider's products.";
  const anything = "The Evaluator grants the Provider a perpetual, royalty-free, non-exclusive licence under the Evaluator's Intellectual Property Rights in Feedback to use and exploit Feedback in any manner.";
  it('stays quiet for the evaluator on a licence confined to the provider\'s products', () => {
    expect(run('evaluator', ownProducts)).toEqual([]);
  });
  it('fires for the evaluator on a licence to exploit feedback in any manner', () => {
    expect(run('evaluator', anything)).toEqual(['one-sided.free-feedback']);
  });
  it('stays quiet for the provider, who receives the feedback', () => {
    expect(run('provider', anything)).toEqual([]);
  });
});
