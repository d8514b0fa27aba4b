// Cross-references in drafts as filed (issue 12, fourth unseen draw): clauses redacted to "[ * * * ]",
// the last item of a list after "; and", a reference cut off by a page footer before the agreement
// it names, and which section to suggest when several are headed with what a reference is for.
import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { makeContext } from './make-context';

const LICENCE = [
  '1. DEFINITIONS 1.1 "Net Sales" means the gross amounts invoiced for the Products less returns.',
  '2. LICENCE 2.1 Licensor grants Licensee a licence to sell the Products in the Territory.',
  '3. ROYALTIES 3.1 Licensee shall pay Licensor a royalty of 6% of Net Sales. 3.2 [ * * * ] 3.3 Licensee shall keep complete records of Net Sales.',
  '4. WARRANTIES 4.1 Licensor represents that: 4.1.1 it owns the Licensed Patents; 4.1.2 no claim is pending against it; and 4.1.3 Licensor has granted no other licence in the Territory.',
  '5. TERM AND TERMINATION 5.1 This Agreement lasts five years. 5.2 Either party may terminate this Agreement for material breach not cured within thirty days.',
  '6. GENERAL 6.1 Notices are given in writing to the addresses above. 6.2 This Agreement is governed by the laws of England.',
];

function messages(text: string[]): string[] {
  return crossReferences(makeContext(text.join('\n'))).map((f) => f.message);
}

describe('cross-references in a draft as filed', () => {
  it('reads a clause redacted to "[ * * * ]" as there, and still flags a number that is not', () => {
    expect(messages([...LICENCE, 'The minimum royalty under Section 3.2 is credited against the royalty under Section 3.1.'])).toEqual([]);
    expect(messages([...LICENCE, 'The minimum royalty under Section 3.4 is credited against the royalty under Section 3.1.'])).toEqual([
      'References to sections that do not exist: 3.4',
    ]);
  });

  it('reads a redaction after a word as an amount, not a clause', () => {
    const text = [...LICENCE, '7. FEES 7.1 Licensee shall pay a support fee at a rate of 7.4 [***] per unit.', 'The fee rate under Section 7.4 survives termination of this Agreement.'];
    expect(messages(text)).toEqual(['References to sections that do not exist: 7.4']);
  });

  it('reads the last item of a list after "; and" as a clause', () => {
    expect(messages([...LICENCE, 'The representations in Sections 4.1.1 and 4.1.3 are made on the Effective Date.'])).toEqual([]);
    expect(messages([...LICENCE, 'The representations in Sections 4.1.1 and 4.1.4 are made on the Effective Date.'])).toEqual([
      'References to sections that do not exist: 4.1.4',
    ]);
  });

  it('leaves a reference cut off by a page footer before the agreement it names', () => {
    const cut = [
      ...LICENCE,
      '6.3 The Closing Payment due to Licensor and the Share Consideration due to Licensee pursuant to Section 1.2 of',
      '*** Confidential treatment requested; omitted portions filed separately with the Commission. -12-',
      'the Share Purchase Agreement offset each other at Closing.',
    ];
    expect(messages(cut)).toEqual([]);
    const own = [...LICENCE, '6.3 The Closing Payment due to Licensor pursuant to Section 1.2 of this Agreement is offset at Closing.'];
    expect(messages(own)).toEqual(['References to sections that do not exist: 1.2']);
  });
});

describe('the section suggested for a reference to the wrong one', () => {
  const DEAL = [
    '1. DEFINITIONS 1.1 "Orders" means purchase orders issued by Buyer.',
    '2. TRADEMARKS 2.1 Trademark Licence. Supplier grants Buyer a licence to use the Marks on the Products.',
    '2.1.1 Termination. Supplier may end the licence of the Marks if Buyer misuses them.',
    '3. PRICE 3.1 Buyer shall pay the prices in Schedule 2 within thirty days of invoice.',
    '4. TERM AND TERMINATION 4.1 This Agreement lasts three years.',
    '4.2 Termination of New Orders. Either party may stop new Orders on ninety days notice.',
    '5. GENERAL 5.1 Cumulative Remedies. The rights in this Agreement are cumulative. 5.2 Notices. Notices are given in writing.',
  ];

  it('names the section whose headings share most words with what the reference is for', () => {
    const text = [...DEAL, 'Except for termination of new orders pursuant to Section 5.1, this Agreement lasts while any Order is open.'];
    expect(messages(text)).toEqual(['References that point to the wrong section: Section 5.1 for "termination of new orders" (that is 4.2)']);
  });
});
