// Terms the undefined-term rule listed though the draft settles them (issue 12, dismissed lists of
// the 512 draw): a numbered run-in definitions table without quotes, an optional plural that defines
// both numbers, and the filings an arbitral institution's rules name. Each with a near miss that fires.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Supply Agreement is made between Ostrava Pumps a.s. ("Ostrava") and Lindqvist Marine AB ("Lindqvist").';
const PLAIN = '20. No pump, spare stock, vessel, day, record, patent held, reseller agreement, request or answer beyond this text is covered.';
const undefinedIn = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...text, PLAIN].join('\n'))).map((f) => f.message);

describe('a numbered run-in definitions table', () => {
  const table = (entry: string) => [
    'ARTICLE 1 DEFINITIONS',
    '1.01 Business Day. A day on which banks in Stockholm are open for business.',
    '1.02 Delivery Point. The quay in Gdansk named in Schedule 2.',
    `1.03 Spare Stock. ${entry}`,
    '1.04 Pump Records. All logs and test sheets that Ostrava keeps for each pump.',
    '5.1 Ostrava shall deliver the pumps to the Delivery Point within ten Business Days after each order.',
    '5.2 Ostrava shall keep the Pump Records for five years and the Spare Stock at the Delivery Point.',
    '5.3 Lindqvist may draw on the Spare Stock when a pump fails.',
  ];

  it('reads each entry whose text is a noun phrase as a definition, and a clause run into its heading as none', () => {
    expect(undefinedIn(table('The pumps that Ostrava holds in reserve for Lindqvist.'))).toEqual([]);
    // Near miss: the same label over a sentence with a main verb is a heading, so the term stays undefined.
    expect(undefinedIn(table('Each pump in reserve shall be kept dry.'))).toEqual(['Capitalised terms used but never defined: "Spare Stock"']);
  });
});

describe('an optional plural', () => {
  it('defines both numbers, so a phrase made of it and another defined term is no new term', () => {
    const text = (definition: string, held = '1.2 "Held by" means owned or licensed with the right to sublicense.') => [
      `1.1 ${definition} means the patents and applications listed in Schedule 3.`,
      held,
      '4. Ostrava grants Lindqvist a licence under the Patents Held by Ostrava in Sweden, and Lindqvist keeps the Patents Held by Ostrava in force.',
    ];
    expect(undefinedIn(text('"Patent(s)"')).join(' ')).not.toContain('Patents Held');
    // Near misses: where the second word is not defined, the phrase is still listed; and "Agreement",
    // defined as this agreement, does not make "Reseller Agreements", other agreements, a known term.
    const resellers = [
      '1.1 "Reseller(s)" means the dealers Lindqvist appoints, and "Agreement" means this agreement.',
      '6. Lindqvist sends Ostrava a copy of its Reseller Agreements each year, and Ostrava may object to any of the Reseller Agreements.',
    ];
    expect(undefinedIn(resellers).join(' ')).toContain('Reseller Agreements');
    expect(undefinedIn(text('"Patent(s)"', '1.2 "Sublicense" means a licence Lindqvist grants under this one.')).join(' ')).toContain('Patents Held');
  });
});

describe('filings named by the arbitral rules', () => {
  it('does not list "Request" and "Answer" where they name the Request for Arbitration and the Answer to it', () => {
    const text = (tail: string) => [
      '1.1 "Rules" means the arbitration rules of the Stockholm Chamber of Commerce.',
      '18. Each dispute is settled under the Rules. The claimant names its arbitrator in the Request for Arbitration, and the respondent names its arbitrator in its Answer to the Request.',
      tail,
    ];
    expect(undefinedIn(text('19. The Rules apply as in force at the date of the Request for Arbitration.'))).toEqual([]);
    // Near miss: a "Request" that is a notice under the agreement is still a term to define.
    const orders = '19. Lindqvist may send a Request for spare parts at any time, and Ostrava shall fill each Request within five days. A Request binds Ostrava once accepted.';
    expect(undefinedIn([...text(orders)].slice(0, 1).concat(orders))).toEqual(['Capitalised terms used but never defined: "Request"']);
  });
});
