import { fromText } from '../../src/core/review';
import { parseProposals, storedProposals, storeProposals } from '../../src/workspace/proposals';
import type { ProposedFix } from '../../src/host/standalone';
import { memoryStorage } from '../support/memoryStorage';

const clause = {
  clauseId: 'feedback',
  variantId: 'no-duty',
  clauseVersion: '1.0.0',
  topic: 'feedback' as const,
  number: '1.5',
  title: 'Feedback',
  tag: 'cw|feedback|no-duty|1.0.0',
  values: {},
  paragraphs: [{ level: 1 as const, label: '1.5.1', text: 'Customer is not obliged to give Feedback.' }],
};
const draft = (buyer: string) =>
  fromText(`PILOT AGREEMENT\nThis Pilot Agreement is made between Nordlicht GmbH ("Provider") and ${buyer} ("Customer").\nProvider may use all Feedback freely.`);

describe('proposals kept per document', () => {
  memoryStorage();

  it('come back for the same draft and not for another deal on the same form', () => {
    const fix: ProposedFix = { findingId: 'one-sided.free-feedback-1a2b', paragraph: 2, clause };
    expect(storeProposals(draft('Hexi Energy Co., Ltd.'), [fix])).toBe(true);
    expect(storedProposals(draft('Hexi Energy Co., Ltd.'))).toEqual([fix]);
    expect(storedProposals(draft('Qingtai New Energy Co., Ltd.'))).toEqual([]);
    // None left: nothing is kept.
    storeProposals(draft('Hexi Energy Co., Ltd.'), []);
    expect(storedProposals(draft('Hexi Energy Co., Ltd.'))).toEqual([]);
  });

  it('keep only whole proposals from storage, placed inside the draft', () => {
    const good = { findingId: 'a', paragraph: null, clause };
    expect(parseProposals([good, { findingId: 'b', paragraph: 99, clause }, { findingId: 'c', paragraph: 1, clause: { title: 'x' } }, null, 'x'], 3)).toEqual([good]);
    expect(parseProposals({ findingId: 'a' }, 3)).toBeNull();
  });
});
