// Terms defined in ways a third draw of unseen contracts used (issue 12): a comma kept inside the
// quotes, a slash plural, and a term defined by pointing to an exhibit or another agreement,
// with or without "as".
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Services Agreement is made between Northwind Bank N.A. ("Bank") and Ledgerline Systems Inc. ("Supplier").';
const undefinedIn = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message);

const USES = [
  '"Bank Data" means all data that Bank or its customers give Supplier under this Agreement.',
  '"Platform" means the payments software that Supplier hosts for Bank.',
  'Supplier and its partners may carry out research on the Platform only with the approval of Bank.',
  'Only users that Bank has authorised may log in, and the level of service is set out below.',
  'At the closing of each month Supplier shall report the date and length of each outage.',
  'Supplier shall ensure that its Research Partners keep the Bank Data in the United States.',
  'Supplier is responsible for any act of its Research Partners as for its own.',
  'Supplier shall issue a login to each Authorised User within two days after request.',
  'Bank is responsible for the acts of its Authorised Users on the Platform.',
  'Supplier shall credit Bank for each month in which the Platform misses the Service Levels.',
  'Supplier shall report its performance against the Service Levels each quarter.',
  'The first invoice falls due thirty days after the Closing Date.',
  'No fee accrues for any period before the Closing Date.',
];

describe('terms defined with their punctuation inside the quotes, or by pointing elsewhere', () => {
  it('reads a comma inside the quotes, a slash plural, "defined in" an exhibit and "as set forth in" another agreement as definitions', () => {
    const text = [
      '"Research Partners," for the purposes of this Agreement, means the subcontractors of Supplier that Bank approves in writing.',
      'Bank may give access to the Platform to its employees and contractors (each an "Authorised User/s").',
      'Supplier shall host the Platform at the Service Levels defined in Exhibit A.',
      '"Effective Date" means the Closing Date as set forth in the Purchase Agreement.',
      ...USES,
    ];
    expect(undefinedIn(text)).toEqual([]);
  });

  it('still flags the same terms where nothing defines them', () => {
    const [message] = undefinedIn(USES);
    for (const term of ['Research Partners', 'Authorised User', 'Service Levels', 'Closing Date']) expect(message).toContain(`"${term}"`);
  });
});

describe('another agreement named by its place among the attachments', () => {
  const uses = [
    'On signing, the parties shall each sign the Mutual Release Agreement, and no claim released by the Mutual Release Agreement survives.',
    'Bank may agree a mutual release of any other claim in writing.',
  ];
  it('is quiet on an agreement "attached hereto as Exhibit B", and still flags it where nothing identifies it', () => {
    expect(undefinedIn(['Each party shall sign the Mutual Release Agreement attached hereto as Exhibit B on the Effective Date.', ...uses])).toEqual([]);
    expect(undefinedIn(uses)).toEqual(['Capitalised terms used but never defined: "Mutual Release Agreement"']);
  });
});

describe('a term pointed to the attachment that lists it, with no "is" or "are"', () => {
  const draft = (line: string) => [
    '"Bank Data" means all data that Bank or its customers give Supplier under this Agreement.',
    line,
    'Supplier shall review its security controls each year and report any change to the Security Controls to Bank.',
  ];
  it('reads "the Security Controls identified in Schedule 2" as defined there', () => {
    expect(undefinedIn(draft('Supplier shall protect the Bank Data with at least the Security Controls identified in Schedule 2.')).join(' ')).not.toMatch(/Security Controls/);
  });
  it('still flags the term where the attachment is named for something else', () => {
    expect(undefinedIn(draft('Supplier shall protect the Bank Data with the Security Controls and report breaches as identified in Schedule 2.')).join(' ')).toMatch(/Security Controls/);
  });
});
