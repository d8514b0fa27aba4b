// A material transfer form with no opening: its parties are named first in its supply clause, the
// one that supplies being the provider and the one supplied the recipient.
import { partyRefs } from '../../../src/core/review/rules/side';
import { makeContext } from './rules/make-context';

const FORM = [
  '**1. Supply of Samples by the Tissue Bank**',
  '1.1 Norvale Tissue Bank agrees to supply the Samples to the Researcher in the manner set out in this Agreement.',
  '1.2 The Researcher shall use the Samples only for the Approved Project.',
  '**2. Results**',
  '2.1 The Researcher hereby grants to Norvale Tissue Bank a perpetual, irrevocable, sub-licensable licence to use the Results.',
];
const refs = (lines: string[], sentence: string) => partyRefs(makeContext(lines.join('\n'), { scenario: 'sample-testing', role: 'evaluator' }), sentence).map((r) => `${r.text}:${r.side ?? '?'}`);

describe('a form whose parties first appear in its supply clause', () => {
  it('reads the supplier as the provider and the one supplied as the recipient', () => {
    const ctx = makeContext(FORM.join('\n'), { scenario: 'sample-testing', role: 'evaluator' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['Norvale Tissue Bank', 'Researcher']);
    expect(refs(FORM, 'The Researcher grants to Norvale Tissue Bank a licence to the Results.')).toEqual(['Researcher:B', 'Norvale Tissue Bank:A']);
  });

  it('names no party from a supply clause in the middle of a sentence or of no material', () => {
    const other = ['**1. Services**', '1.1 The parties note that Norvale Tissue Bank agrees to supply the Samples to the Researcher.', '1.2 Norvale Tissue Bank shall provide the Services to the Researcher.'];
    expect(makeContext(other.join('\n'), { scenario: 'sample-testing', role: 'evaluator' }).parties).toEqual([]);
  });
});
