// An independent-development exception worded by what it is independent of: "created by the Tester
// independent of any involvement with the Vendor". It is there, and it is tied to not using the
// vendor's material. Near miss: a tester that stays "independent of the Vendor" in its business.
import { INDEPENDENT } from '../../../../src/core/review/rules/confidentiality-scope';

describe('independent development worded as "independent of"', () => {
  it('reads information created independent of any involvement with the other side', () => {
    expect(INDEPENDENT.test('(c) information discovered or created by the Tester independent of any involvement with the Vendor or the beta software.')).toBe(true);
  });
  it('stays quiet where the words describe the relationship', () => {
    expect(INDEPENDENT.test('The Tester acts independent of the Vendor and is not its agent or partner.')).toBe(false);
  });
});
