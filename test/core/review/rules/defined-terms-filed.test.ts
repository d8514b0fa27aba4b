// Capitalised words that filings and plain-language drafts write without meaning an undefined term
// (issue 12, the fifth drafting draw): a definition wrapped across lines, "Web" and capitalised
// pronouns, a heading run into a clause that opens with "You", a name joined by "&", a term cut by
// a filing's underline dashes, a plural in "-es", a table of contents and a numbered heading run
// into its clause, "Point(s) of Delivery", a tariff's "General Terms and Conditions" and a sum named
// with its amount, and a licensed profession's title. Each beside its near miss.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Franchise Agreement is made between Halvard Foods AG ("Halvard") and Corvane Kitchens Inc. ("Corvane").';
const BASE = [
  '"Products" means the soups described in Exhibit A.',
  '"System" means the methods and recipes Halvard licenses under this Agreement.',
  '"Brand Features" means each party\'s trade marks and logos.',
  'Corvane shall sell the Products under the System.',
  // Ordinary words in lower case: a capitalised phrase none of whose words the draft writes so reads as a name.
  'Each party keeps a record of every supply, mark, insolvency, death, notice, recipe, book, trade, dress, brand, site on the web for us and you, portal, manual, business, unit, guide, outlets, event, delivery, term, additional licence fee and general plan it handles.',
];
const listed = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...BASE, ...text].join('\n'))).map((f) => f.message).join(' ');

describe('filings and plain-language drafts', () => {
  it('reads a definition wrapped across lines with a stray closing quote', () => {
    const uses = ['Corvane may place the Supply Marks on its packaging.', 'Corvane shall not alter the Supply Marks.'];
    expect(listed(['Halvard licenses its logos ("the Supply                  Marks\') to Corvane.', ...uses])).not.toContain('Supply Marks');
    expect(listed(uses)).toContain('"Supply Marks"');
  });

  it('takes "Web" and a capitalised pronoun for ordinary words, not "Web Portal"', () => {
    const web = ['Corvane may show the Products on its Web site.', 'Halvard may link to the Web site.', 'Each party shall keep the Web site current.', 'Any fee you collect shall be paid to Us.', 'Royalties shall be paid to Us monthly.', 'Reports shall be sent to Us.'];
    expect(listed(web)).toBe('');
    expect(listed(['Corvane shall take orders through the Web Portal.', 'Halvard hosts the Web Portal.'])).toContain('"Web Portal"');
  });

  it('does not run a heading into the pronoun that opens its clause', () => {
    expect(listed(['5.16 Changes to the System You acknowledge that the System must change over time.', '5.17 Use of the System You shall use the System only for the Products.'])).toBe('');
    const undefinedHeading = listed(['5.16 Changes to the Recipe Book You acknowledge that the Recipe Book must change.', 'Corvane shall follow the Recipe Book.']);
    expect(undefinedHeading).toContain('"Recipe Book"');
    expect(undefinedHeading).not.toContain('You');
  });

  it('reads a name joined by "&" and a term cut by underline dashes as no term', () => {
    const notices = ['A copy of each notice to Halvard goes to Business & Legal Affairs, Halvard Foods AG.', 'Signed for Halvard by its Director, Business and Legal Affairs.', 'Questions go to the Business & Legal Affairs office.'];
    expect(listed(notices)).toBe('');
    expect(listed(['A copy of each notice goes to the Business Unit.', 'The Business Unit answers within ten days.'])).toContain('"Business Unit"');
    const dashes = ['"Brand Guidelines" means the rules for use of the Brand ---------------- Features.', 'Each party shall use the Brand ---------- Features as the Brand Guidelines say.', 'The Brand ---------- Features remain each party\'s property.'];
    expect(listed(dashes)).toBe('');
    expect(listed(['Corvane shall follow the Trade Dress Guide.', 'Halvard may update the Trade Dress Guide.'])).toContain('"Trade Dress Guide"');
  });

  it('reads "Franchised Businesses" as the plural of a defined term', () => {
    const defined = '"Franchised Business" means the business of selling the Products under the System.';
    expect(listed([defined, 'Halvard may run other Franchised Businesses outside the Territory.', 'Corvane shall not own other Franchised Businesses.'])).toBe('');
    expect(listed(['Halvard may run other Franchised Outlets outside the Territory.', 'Corvane shall not own other Franchised Outlets.'])).toContain('"Franchised Outlets"');
  });

  it('leaves a table of contents and numbered headings run into their clauses alone, but not the same words in clauses', () => {
    const titled = [
      'TABLE OF CONTENTS 9. DEFAULT AND TERMINATION 21         10.1 Termination in the Event of Insolvency 22   10.2 Termination with Notice 23   10.3 Termination with Cure 24',
      '10. DEFAULT AND TERMINATION   10.1 Termination in the Event of Insolvency   Corvane is in default if it becomes insolvent.',
      '10.5 Notice in the Event of Death   Halvard shall be told within ten days of any death of a principal of Corvane.',
    ];
    expect(listed(titled)).toBe('');
    const clauses = ['Halvard may end this Agreement in the Event of insolvency.', 'Corvane may end this Agreement in the Event of a default.', 'The licence ends in the Event of death.'];
    expect(listed(clauses)).toContain('"Event"');
  });

  it('reads "Point(s) of Delivery" and a tariff\'s "General Terms and Conditions" as names', () => {
    const names = [
      'Halvard shall deliver the Products at the Point(s) of Delivery in Exhibit B.',
      'Corvane shall accept the Products at the Point(s) of Delivery.',
      'Title passes at the Point(s) of Delivery.',
      'Subject to the General Terms and Conditions of the Halvard Freight Tariff, this Agreement starts on the first delivery.',
      'Corvane shall pay the rates in the General Terms and Conditions of the Halvard Freight Tariff.',
    ];
    expect(listed(names)).toBe('');
    expect(listed(['Halvard shall give notice of the Delivery.', 'Corvane shall inspect the Delivery.', 'Corvane may refuse the Delivery.'])).toContain('"Delivery"');
    expect(listed(['Subject to the General Terms, this Agreement starts on the first delivery.', 'Corvane shall comply with the General Terms.'])).toContain('"General Terms"');
  });

  it('reads the title of a licensed profession as a title, not another title-case role', () => {
    const audit = ['Corvane may have the books audited by an independent certified public accountant.', 'The fees of such Certified Public Accountant are paid by Corvane.', 'Halvard shall give such Certified Public Accountant access to its records.'];
    expect(listed(audit)).toBe('');
    expect(listed(audit.map((t) => t.replace(/certified public accountant|Certified Public Accountant/, 'Certified Recipe Auditor')))).toContain('"Certified Recipe Auditor"');
  });

  it('reads a sum named with its amount as named, and the same sum without it as undefined', () => {
    const uses = ['The Additional Licence Fee is an advance against royalties.', 'Halvard shall refund the unearned part of the Additional Licence Fee on termination.'];
    expect(listed(['Corvane shall pay Halvard an Additional Licence Fee of One Million Dollars ($1,000,000) on signing.', ...uses])).toBe('');
    expect(listed(['Corvane shall pay Halvard the Additional Licence Fee on signing.', ...uses])).toContain('"Additional Licence Fee"');
  });
});
