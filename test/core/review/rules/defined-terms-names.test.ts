// Names that are no defined terms, and terms the draft does define in ways the lists missed (issue
// 12, sixth drafting draw): each a rule of drafting with a near miss that still fires.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Franchise Agreement is made between Brightwell Air Systems Inc. ("Franchisor") and Coastal Purifiers LLC ("Franchisee").';
const undefinedIn = (text: string[], gap = '\n') => undefinedTerms(makeContext([PARTIES, ...text].join(gap))).map((f) => f.message);
const unused = (text: string[]) => unusedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message);

describe('a name quoted as an example of what a term covers', () => {
  it('is no unused term, and a term defined beside it and never used still is', () => {
    const marks = [
      'Franchisor owns the name "Brightwell" and other trademarks and slogans (including, but not limited to, "Fresh Air Every Day") designated by Franchisor from time to time (the "Licensed Marks").',
      'Franchisee shall use the Licensed Marks only at the Center.',
    ];
    expect(unused(marks)).toEqual([]);
    const spare = [...marks, 'Franchisee shall pay a monthly royalty of six percent of gross sales (the "Royalty Fee") by the tenth day of each month.'];
    expect(unused(spare)).toEqual(['Defined terms never used: "Royalty Fee"']);
  });
});

describe('terms the draft defines or names in ways the list missed', () => {
  const control = (pointer: string) => [
    `7.2 The Consultant may end this Agreement by notice within six months after a Change of Control${pointer}, and the Company shall then pay the termination fee.`,
    '7.3 The termination fee is payable within thirty days after the effective date of such Change of Control.',
    '7.4 No fee is payable for any Change of Control that is only a change in the Company\'s place of incorporation.',
    '7.5 For this clause, a Change of Control occurs when any person comes to hold more than half of the voting shares of the Company.',
  ];
  it('reads a term pointed forward "(as defined below)" as defined, and still lists the same words where nothing points to a definition', () => {
    expect(undefinedIn(control(' (as defined below)'))).toEqual([]);
    expect(undefinedIn(control(''))).toEqual(['Capitalised terms used but never defined: "Change"']);
  });

  it('reads a defined term without the party name it opens with as that term, and not a term opening with another word', () => {
    const owned = (term: string) => [
      `Franchisee may show the ${term} (the "${term}") on its packaging, and no other logo, in the form set out in Schedule B.`,
      'Franchisee shall not alter such Co-Branding Logo, and on termination shall stop using such Co-Branding Logo.',
    ];
    expect(undefinedIn(owned('Brightwell Co-Branding Logo'))).toEqual([]);
    expect(undefinedIn(owned('Premium Co-Branding Logo'))).toEqual(['Capitalised terms used but never defined: "Co-Branding Logo"']);
  });

  it('reads a job title and a possessive opening a name as names, and still lists a role used as a term', () => {
    const names = [
      '"Leads" means enquiries passed by one party to the other.',
      'Franchisor shall notify the Director of Online Marketing of Franchisee of each Lead, and shall copy the Director of Online Marketing on each reply.',
      'The first link takes visitors to the Buyer\'s Guide, and the second to the Buyer\'s Guide archive.',
    ];
    expect(undefinedIn(names)).toEqual([]);
    const role = [...names, 'The Buyer may return any unit within thirty days, and Franchisor shall refund the Buyer in full.'];
    expect(undefinedIn(role)).toEqual(['Capitalised terms used but never defined: "Buyer"']);
  });

  it('reads numbered headings alone on their lines as titles, and still lists the words where a clause uses them', () => {
    const headings = ['"Fees" means the sums in Schedule 1, including those payable on termination.', '9.1 Events of the Termination', '9.2 Matters after the Termination', '9.3 Notice of the Termination'];
    // Each heading a paragraph of its own, as a filing sets them out.
    expect(undefinedIn(headings, '\n\n')).toEqual([]);
    const used = [
      ...headings,
      'On any termination, Franchisee shall pay all Fees due before the Termination, and Franchisor may keep the deposit after the Termination until every Fee is paid; the Termination does not end any duty to pay.',
    ];
    expect(undefinedIn(used, '\n\n')).toEqual(['Capitalised terms used but never defined: "Termination"']);
  });

  it('reads a law named like a defined application as a law, and still flags a slip from the defined term', () => {
    const law = [
      'The Bank shall file an application for approval of the merger (the "Bank Merger Application") within ten days.',
      'The Bank Merger Application complies with the Bank Merger Act and the regulations under it.',
    ];
    expect(undefinedIn(law)).toEqual([]);
    expect(undefinedIn([...law, 'The Bank shall send Franchisor a copy of the Bank Merger Approval when it is given.'])).toEqual(['Capitalised terms used but never defined: "Bank Merger Approval"']);
  });
});

describe('"the Term" where nothing defines it', () => {
  const licence = (period: string) => [
    `"${period}" means the three years from the first day of November 2026.`,
    '"Contract Territory" means the world.',
    `Licensee may use the Licensed Marks only during the Term and in the Contract Territory, and shall pay the fees in Schedule 1 for each year of the ${period}.`,
    'Licensor may end the licence before the end of its term on notice if Licensee does not pay a fee when due.',
  ];
  it('lists it once used, where the duration goes by another name', () => {
    expect(undefinedIn(licence('Contract Period'))).toEqual(['Capitalised terms used but never defined: "Term"']);
  });
  it('is quiet where the draft defines the Term or builds it from an Initial Term', () => {
    expect(undefinedIn(licence('Initial Term'))).toEqual([]);
    expect(undefinedIn([...licence('Contract Period'), 'The Contract Period and any renewal of it are together the "Term".'])).toEqual([]);
  });
});
