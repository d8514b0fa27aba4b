// A party introduced with one of its own affiliates named after "its", under one collective short
// name: "Acme Ltd. and its Acme Labs, Inc. Affiliate (collectively "Acme")" is one party, not two.
// Names and wording invented.
import { makeContext } from './rules/make-context';

const opening = (group: string) =>
  [
    `This limited use licence agreement (the "Agreement") is made by and between ORVANTE HOLDINGS LTD., a Cayman Islands company with its principal place of business at 12 Harbour Road, George Town, ${group} and LICENSEE.`,
    '1. Orvante grants to Licensee a non-exclusive licence to use the SDK with Orvante modules.',
  ].join('\n');

describe('a party with its own affiliate named inside its description', () => {
  it('is one party, with the collective short name', () => {
    const ctx = makeContext(opening('and its Orvante Devices, Inc. Affiliate (collectively "Orvante")'), { scenario: 'technology-license', role: 'licensee' });
    expect(ctx.parties).toEqual([{ name: 'ORVANTE HOLDINGS LTD.', shortName: 'Orvante' }]);
  });
  it('leaves two parties joined by "and" without "its" as two', () => {
    const ctx = makeContext(opening('and Corlin Devices, Inc. ("Corlin")'), { scenario: 'technology-license', role: 'licensee' });
    expect(ctx.parties.map((p) => p.name)).toEqual(['ORVANTE HOLDINGS LTD.', 'Corlin Devices, Inc.']);
  });
});
