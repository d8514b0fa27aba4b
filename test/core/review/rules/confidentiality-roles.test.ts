import { confidentialityRoles } from '../../../../src/core/review/rules/confidentiality-roles';
import { makeContext } from './make-context';

const JOINT = [
  'This Joint Development Agreement is made between Northwind Cells Ltd. ("Northwind") and Kestrel Labs Inc. ("Kestrel").',
  'Northwind and Kestrel shall develop the battery pack described in Schedule 1.',
];
const LIFTED = [
  'Confidential information includes all business plans, pricing and technical data provided by or on behalf of the Disclosing Party to the Recipient, and all notes prepared by the Recipient or its Representatives which reflect that information.',
  'Confidential information does not include information already in the Recipient\'s possession and used in connection with the evaluation of the Transaction.',
];

describe('confidentiality terms written around roles the agreement never defines', () => {
  it('flags a clause lifted from an NDA into a development agreement, at medium under confidentiality', () => {
    const [f] = confidentialityRoles(makeContext([...JOINT, ...LIFTED].join('\n'), { scenario: 'joint-development', role: 'co-developer' }));
    expect(f).toMatchObject({ rule: 'ambiguous.confidentiality-roles', kind: 'ambiguous', severity: 'medium', topic: 'confidentiality' });
    expect(f!.message).toBe('Confidentiality terms use words this agreement never defines: "Disclosing Party", "Recipient", "Representatives" and "Transaction"');
  });

  it('is quiet where the roles are defined, in an NDA, or where definitions sit in another agreement', () => {
    const defined = [
      ...JOINT,
      'The party disclosing information (the "Disclosing Party") and the party receiving it (the "Recipient") shall keep it confidential, and the Recipient shall bind its officers and advisers (its "Representatives").',
      ...LIFTED,
    ];
    expect(confidentialityRoles(makeContext(defined.join('\n'), { scenario: 'joint-development', role: 'co-developer' }))).toEqual([]);
    expect(confidentialityRoles(makeContext([...JOINT, ...LIFTED].join('\n'), { scenario: 'pre-deal-disclosure', role: 'recipient' }))).toEqual([]);
    const elsewhere = [...JOINT, 'Capitalised terms used but not defined herein have the meanings given to them in the Master Services Agreement.', ...LIFTED];
    expect(confidentialityRoles(makeContext(elsewhere.join('\n'), { scenario: 'joint-development', role: 'co-developer' }))).toEqual([]);
  });
});
