// A return or destruction "required immediately" has its deadline; and where the deadline is missing,
// it weighs medium for the side whose material comes back, low for the side that returns it.
import { returnDestroy } from '../../../../src/core/review/rules/return-destroy';
import type { RoleId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const opening = 'This Sample Transfer Agreement is made between Nanjing Cellbright Biotech Co., Ltd. (the "Provider") and Orchard Analytics Inc. (the "Evaluator").';
const run = (role: RoleId, clause: string) =>
  returnDestroy(makeContext([opening, clause].join('\n'), { scenario: 'sample-testing', role })).map((f) => `${f.wording?.message.key} ${f.severity}`);

describe('a return with no deadline', () => {
  const open = '6. After this Agreement ends, the Evaluator shall return or destroy the Samples and all copies of the test protocol.';
  it('is medium for the provider whose samples come back', () => {
    expect(run('provider', open)).toEqual(['review.rule.ambiguous.return-destroy.neither.message medium']);
  });
  it('is low for the evaluator that returns them', () => {
    expect(run('evaluator', open)).toEqual(['review.rule.ambiguous.return-destroy.neither.message low']);
  });
  it('reads "the immediate return or destruction" as a deadline', () => {
    const now = '6. After a breach the Provider may require the immediate return or destruction of the Samples and all copies of the test protocol.';
    expect(run('provider', now)).toEqual(['review.rule.ambiguous.return-destroy.no-certificate.message low']);
  });
});
