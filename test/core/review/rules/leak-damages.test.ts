// Consequential loss excluded for a leak: a point for the discloser, whose loss from a leak is
// almost all consequential; quiet where breach of confidentiality is carved out, where only the
// discloser's own liability is limited, and for the recipient.
import { leakDamages } from '../../../../src/core/review/rules/leak-damages';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const OPENING =
  'This Mutual Non-Disclosure Agreement is made between Hangzhou Lanxin Sensors Co., Ltd. (the "Disclosing Party") and Brightwater Instruments Inc., a Delaware corporation (the "Receiving Party").';
const DUTY = 'The Receiving Party shall hold the Confidential Information in confidence and use it only to evaluate a possible supply relationship.';
const EXCLUSION = 'In no event shall either party be liable to the other for any indirect, incidental or consequential damages, including lost profits, arising out of this Agreement.';

const rules = (role: RoleId, ...lines: string[]) =>
  leakDamages(makeContext([OPENING, DUTY, ...lines].join('\n'), { scenario: 'pre-deal-disclosure', role })).map((f) => `${f.rule} ${f.severity}`);

describe('consequential loss excluded for a breach of confidentiality', () => {
  it('fires for the discloser where either party\'s consequential loss is excluded', () => {
    expect(rules('discloser', EXCLUSION)).toEqual(['one-sided.leak-damages-excluded medium']);
    const recipientOnly = 'The Receiving Party shall not be liable for any consequential damages arising from its breach of this Agreement.';
    expect(rules('discloser', recipientOnly)).toEqual(['one-sided.leak-damages-excluded medium']);
  });
  it('stays quiet where breach of confidentiality is carved out, in the same sentence or the next', () => {
    expect(rules('discloser', EXCLUSION.replace('arising out of this Agreement.', 'arising out of this Agreement, except for a breach of its confidentiality obligations.'))).toEqual([]);
    expect(rules('discloser', EXCLUSION, 'The exclusion above does not apply to any misuse or unauthorised disclosure of Confidential Information.')).toEqual([]);
  });
  it('stays quiet where only the discloser\'s liability for the information it gives is limited', () => {
    const disclaimer = 'The Disclosing Party shall not be liable to the Receiving Party for any loss of profits or consequential damages arising from the use of the Confidential Information.';
    expect(rules('discloser', disclaimer)).toEqual([]);
    const indemnity = 'Each party shall indemnify the other against injury caused by its staff on a site visit, but in no event shall the indemnifying party be liable for consequential damages.';
    expect(rules('discloser', indemnity)).toEqual([]);
  });
  it('stays quiet for the recipient, whom the exclusion protects', () => {
    expect(rules('recipient', EXCLUSION)).toEqual([]);
  });
});
