// Defined terms in the forms a second draw of unseen contracts used (issue 12): a term used in the
// possessive, in the singular or by halves, forms defined together, schedule titles, a term defined
// by reference to another agreement, terms built from defined words, and party labels in signature blocks.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Services Agreement is made between Northwind Bank N.A. ("Bank") and Ledgerline Systems Inc. ("Supplier").';
const undefinedIn = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message);
const unused = (text: string[]) => unusedTerms(makeContext([PARTIES, ...text].join('\n'))).map((f) => f.message);

describe('defined terms that are used, in other forms', () => {
  it('counts a possessive, the singular of a plural term, either half of a pair and any of several forms defined together as uses', () => {
    const text = [
      'Each individual who performs the Services at a Bank site must pass the screening below (a "Contract Person").',
      "Supplier shall verify the Contract Person's identity and current address before the first visit.",
      'After the Initial Term this Agreement renews for successive one-year periods ("Renewal Terms").',
      'Either party may end any Renewal Term(s) by ninety days written notice.',
      '"Bank Name and Bank Marks" means the names, logos and trademarks of Bank.',
      'Supplier shall not use any Bank Name in its advertising.',
      '"Sale", "Sells" and "Sold" mean the transfer of a Licensed Report to a customer for value.',
      'Supplier shall report each Sale within ten days after it is made.',
    ];
    expect(unused(text)).toEqual([]);
  });

  it('still flags a term defined and never used, and a pair whose halves are never used', () => {
    const text = [
      'Supplier shall keep a written record of each Service Credit (a "Credit Record").',
      '"Bank Name and Bank Marks" means the names, logos and trademarks of Bank.',
      'Supplier shall provide the Services at the Bank sites listed in Schedule 1.',
    ];
    expect(unused(text)).toEqual(['Defined terms never used: "Credit Record" and "Bank Name and Bank Marks"']);
  });
});

describe('rules under headings with colons', () => {
  it('does not read brand guidelines ("Logo Background: The logo should never ...") as a definitions list, and still reads a real one', () => {
    const guidelines = [
      'Supplier shall follow these rules whenever it shows the Bank Marks.',
      '1. Logo Colour: The logo must appear in the approved blue or in white.',
      '2. Logo Background: The logo should never be used on a busy background.',
      '3. Logo Direction: The logo can be used on an angle only with the approval of Bank.',
    ];
    expect(unused(guidelines)).toEqual([]);
    const list = [
      'Service Credit: The amount credited to Bank for each hour the platform is unavailable.',
      'Downtime: Any period in which Bank cannot reach the hosted platform.',
      'Business Day: A day on which banks in New York are open for business.',
      'Supplier shall pay each Service Credit within thirty days.',
    ];
    expect(unused([...guidelines, ...list])).toEqual(['Defined terms never used: "Downtime" and "Business Day"']);
  });
});

describe('capitalised names that are defined or named elsewhere', () => {
  const BASE = [
    '"Services" means the hosting and support services described in Schedule 2.',
    '"Patents" means the patents listed in Schedule 1. "Control" or "Controlled by" means, for any right, the power to grant a licence of it.',
    'The following schedules form part of this Agreement: Schedule 1 - Licensed Patents; Schedule 2 - Support Procedures; Schedule 3 - Service Level Commitments.',
  ];

  it('is quiet on attachment titles, a term "as defined in" another agreement after a comma, and defined terms side by side', () => {
    const text = [
      ...BASE,
      'Supplier shall provide the Services under the Support Procedures and meet the Service Level Commitments in every month.',
      'Supplier shall escalate each fault as the Support Procedures require, and report against the Service Level Commitments quarterly.',
      'The Services are provided in the Hosting Territory, as defined in the Master Licence Agreement, and in the Hosting Territory only.',
      'Bank may license any other Patents Controlled by Supplier on the terms of this Agreement, and no other Patents Controlled by Supplier.',
      '"End User" means a customer of Bank who uses the hosted platform. Supplier shall support the End Users of Bank and report to Bank on the End Users at the end of each month, but is not liable to any of its End users for an outage.',
    ];
    expect(undefinedIn(text)).toEqual([]);
  });

  it('still flags a capitalised term that nothing defines or titles', () => {
    const text = [
      ...BASE,
      'Supplier shall meet the Response Targets for every fault, and Bank may claim a credit for each of the Response Targets missed.',
      'Each response target is measured in hours from the report of the fault.',
      'The Services are provided in the Hosting Territory, and in the Hosting Territory only.',
    ];
    expect(undefinedIn(text)).toEqual(['Capitalised terms used but never defined: "Response Targets" and "Hosting Territory"']);
  });
});

describe('party labels over signatures', () => {
  const CONTENT = [
    'This Content Licence Agreement is made between Jadeview Media Ltd. ("COMPANY") and Harbour Film LLC ("Harbour") and Reel Coast LLC ("Reel") (Harbour and Reel shall be individually and collectively referred to as "CONTENT PROVIDER").',
    'CONTENT PROVIDER grants COMPANY a licence to show the Content on its web sites in the Territory.',
  ];
  const twice = (text: string[]) => duplicateDefinitions(makeContext(text.join('\n'))).map((f) => f.message);

  it('does not read a party\'s label in a signature block as a second definition', () => {
    expect(twice([...CONTENT, '"CONTENT PROVIDER": Harbour Film LLC By: /s/ Ana Ruiz Name: Ana Ruiz Title: Manager', '"CONTENT PROVIDER": Reel Coast LLC By: /s/ Li Wei Name: Li Wei Title: Director'])).toEqual([]);
    // The last label over a company's name, where the filed copy ends.
    expect(twice([...CONTENT, '"CONTENT PROVIDER": Harbour Film LLC By: /s/ Ana Ruiz Name: Ana Ruiz Title: Manager "CONTENT PROVIDER": Reel Coast LLC'])).toEqual([]);
    // Two columns, the labels side by side over the names.
    expect(twice([...CONTENT, '"CONTENT PROVIDER" "COMPANY" Harbour Film LLC Jadeview Media Ltd. By /s/ Ana Ruiz By /s/ Chen Hao'])).toEqual([]);
  });

  it('still flags the label given a second meaning in the body', () => {
    expect(twice([...CONTENT, '"CONTENT PROVIDER" means Harbour Film LLC alone for the purposes of the payment terms in this Agreement.'])).toEqual([
      'Defined more than once: "CONTENT PROVIDER"',
    ]);
  });
});

describe('forms pointed to together', () => {
  it('reads ""Party" and "Parties" have the meaning given in the preamble" as a pointer, and still flags a rival meaning', () => {
    const preamble = 'This Development Agreement is made between Gulfrock Energy Inc. ("Gulfrock") and Basin Drilling LLC ("Basin") (each a "Party" and together the "Parties").';
    const pointer = '1.28 "Party" and "Parties" have the meaning given to them in the preamble.';
    expect(duplicateDefinitions(makeContext([preamble, pointer].join('\n')))).toEqual([]);
    // Pointers one after another, each to its own section, are pointers too.
    const pointers = '"Acceptance Criteria" has the meaning given to it in Section 4.1. "Acceptance Period" has the meaning given to it in Section 4.2.';
    const acceptance = '4.1 The criteria the Works must meet ("Acceptance Criteria") are set out in Schedule 2. 4.2 Gulfrock has thirty days after delivery ("Acceptance Period") to test the Works.';
    expect(duplicateDefinitions(makeContext([preamble, pointer, pointers, acceptance].join('\n')))).toEqual([]);
    const rival = '1.29 "Party" means Gulfrock alone for the purposes of Article 5.';
    expect(duplicateDefinitions(makeContext([preamble, pointer, rival].join('\n'))).map((f) => f.message)).toEqual(['Defined more than once: "Party"']);
  });
});

describe('terms as PDF text and older forms write them', () => {
  const VENTURE = [
    'Harbour Cells Inc. ("Harbour") and Pivot Kiosk Corp. ("Pivot") form a joint venture (the "Joint Venture") to sell batteries.',
    'The stations WHBR-TV and WPVT-TV are sometimes referred to herein collectively as the "Stations".',
  ];
  const wrapped = 'The Joint                Venture may also sell through the Stations; each of the Stations keeps the revenue of the Joint                Venture for its own slots, and the Stations bear their costs.';

  it('joins a term wrapped across a wide gap, and reads "referred to herein collectively as" as naming a term', () => {
    expect(undefinedIn([...VENTURE, wrapped, 'Profits of the Joint                Venture are shared equally.'])).toEqual([]);
  });

  it('still flags an undefined term across the same gap', () => {
    const capital = 'Each party funds its Capital                Account monthly, and the Capital                Account of each party is reported yearly.';
    expect(undefinedIn([...VENTURE, wrapped, capital, 'No party may withdraw from its capital account.'])).toEqual(['Capitalised terms used but never defined: "Capital Account"']);
  });
});

describe('a term built from the one defined before it (issue 12, fourth unseen draw)', () => {
  const RENEWAL = 'This Agreement lasts two years from the Effective Date (the "Initial Term") and then renews for successive one-year terms (each a "Renewal Term", and together with the Initial Term, the "Term").';
  it('counts the Renewal Term as used wherever the Term it builds is used', () => {
    expect(unused([RENEWAL, 'Supplier shall keep the Services available throughout the Term.', 'Bank may end the Initial Term early on ninety days notice.'])).toEqual([]);
  });

  it('still flags a term defined beside another with no word that builds one from the other', () => {
    const beside = 'This Agreement lasts two years from the Effective Date (the "Initial Term") and then renews for successive one-year terms (each an "Extension Period", and the whole of it the "Term").';
    expect(unused([beside, 'Supplier shall keep the Services available throughout the Term.', 'Bank may end the Initial Term early on ninety days notice.'])).toEqual([
      'Defined terms never used: "Extension Period"',
    ]);
  });
});
