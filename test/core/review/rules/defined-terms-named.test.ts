// Capitalised phrases that are named rather than undefined, as a fourth draw of unseen contracts
// wrote them (issue 12): a clause's own heading, a table of numbered definitions, the words of a
// law's name, a term cut off by a page break, the singular of a slash term, a term described where
// it is named, a party's own thing, a plan's label lines, and a longer defined term holding a
// reordered one. Each beside the near miss that must still fire.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const PARTIES = 'This Supply Agreement is made between Halvard Pharma AG ("Halvard") and Corvane Therapeutics Inc. ("Corvane").';
const BASE = [
  '"Product" means the active ingredient described in Exhibit A.',
  '"Specifications" means the specifications for the Product in Exhibit B.',
  'Halvard shall supply the Product to Corvane in accordance with the Specifications.',
  // Ordinary words in lower case: a capitalised phrase none of whose words the draft writes so reads as a name.
  'Each party shall keep a record of every force, event, tax, usage, process, transfer, rebate, volume, server, payment, packaging, review, refund, food, protection and endorsement it handles.',
];
const listed = (text: string[]) => undefinedTerms(makeContext([PARTIES, ...BASE, ...text].join('\n'))).map((f) => f.message).join(' ');

describe('force majeure, and a heading whose clause says what it is', () => {
  const FORCE = [
    '14.2 Force Majeure.',
    'Neither Party is liable for a delay caused by fire, flood, strike or any other event beyond its reasonable control.',
    'Delivery dates for the Product are extended for as long as the Force Majeure lasts.',
    'Either Party may end this Agreement by notice if the Force Majeure lasts more than ninety days.',
  ];
  it('reads "the Force Majeure" as the law\'s own term, which needs no definition', () => {
    expect(listed(FORCE)).not.toContain('Force Majeure');
    expect(listed(FORCE.slice(1))).not.toContain('Force Majeure');
    // A term built on it still wants its definition.
    expect(listed(['Halvard shall give notice of each Force Majeure Event within five days.', 'Corvane may end this Agreement after the Force Majeure Event lasts ninety days.'])).toContain('"Force Majeure Event"');
  });
  it('still flags a term of two words under its own heading ("Usage Data") when the clause does not say what it is', () => {
    const text = ['6.2 Usage Data.', 'Halvard may collect and analyse Usage Data about the use of the Product.', 'Halvard shall delete the Usage Data on termination.'];
    expect(listed(text)).toContain('"Usage Data"');
  });

  const TAXES = ['9.3 Taxes.', 'Any taxes on the sale of the Product are borne by Corvane.', 'Corvane shall pay the Taxes with each invoice.', 'Halvard may invoice the Taxes separately.', 'The Taxes do not reduce the price.'];
  it('still flags a one-word heading ("Taxes") whose clause does not say what it is', () => {
    expect(listed(TAXES)).toContain('"Taxes"');
  });
  it('reads a one-word heading as defined where its clause opens by describing it, as a table of definitions does', () => {
    const table = ['1.04 Certificate.', 'The certificate of analysis that Halvard issues for each batch of the Product.', ...TAXES.slice(2).map((t) => t.replace('Taxes', 'Certificate'))];
    expect(listed(table)).not.toContain('Certificate');
  });
});

describe('names and fragments that are not terms', () => {
  it('reads the words of a law or body cut by a comma or "and" as part of its name', () => {
    const text = [
      'Halvard shall not use any person debarred under the United States Food, Drug and Cosmetic Act.',
      'Halvard warrants that no person debarred under the United States Food, Drug and Cosmetic Act works on the Product.',
      'Corvane bears the fees under the Patient Protection and Affordable Care Act.',
      'Corvane shall report to the Patient Protection and Affordable Care Act registry.',
    ];
    const message = listed(text);
    expect(message).not.toContain('United States Food');
    expect(message).not.toContain('"Patient Protection"');
  });
  it('still flags a phrase cut by a comma when the name does not end in a law or body', () => {
    const text = ['Halvard shall follow the Packaging Standards, Labelling Guide and Shipping Manual.', 'Corvane may audit the Packaging Standards, Labelling Guide and Shipping Manual.'];
    expect(listed(text)).toContain('"Packaging Standards"');
  });

  const CUT = ['"Refund Period" means the sixty days after the first delivery.', 'If Corvane ends this Agreement during the Refund', 'Period, Halvard shall repay the advance.', 'Halvard shall repay the advance within the Refund Period.'];
  it('reads a phrase cut off at the end of a line as the defined term it begins', () => {
    expect(listed([...CUT, 'Any Refund', 'Period claim is made by notice.', 'At the end of each Refund', 'Period, Corvane may reorder.'])).not.toContain('"Refund"');
  });
  it('still flags a capitalised word at a line end where no defined term begins with it', () => {
    expect(listed(['Corvane may claim the Rebate', 'at the end of each quarter.', 'Halvard shall pay the Rebate', 'within ten days.', 'Halvard owes no Rebate', 'after termination.'])).toContain('"Rebate"');
  });

  it('reads the singular of a slash term as that term', () => {
    const text = ['Corvane shall pay the advances set out below (the "Payments/Advances").', 'Halvard shall invoice each Payment/Advance thirty days before its due date.', 'Corvane shall pay each Payment/Advance on its due date.', 'No Payment/Advance is refundable.'];
    expect(listed(text)).not.toContain('"Payment"');
  });
  it('still flags the first word of a slash pair that nothing defines', () => {
    const text = ['Halvard shall invoice each Payment/Credit thirty days before its due date.', 'Corvane shall pay each Payment/Credit on its due date.', 'No Payment/Credit is refundable.'];
    expect(listed(text)).toContain('"Payment"');
  });
});

describe('terms described where they are named', () => {
  const USE = ['If no Volume Rebate Program is in force, Halvard accepts no returns.', 'Halvard may end the Volume Rebate Program by notice.'];
  it('reads "a Volume Rebate Program, whereby ..." and "Payment Services are those ..." as definitions', () => {
    const text = [
      'Halvard may offer Corvane a Volume Rebate Program, whereby Halvard credits a share of the price in place of accepting returns.',
      ...USE,
      'Payment Services are those services by which Halvard collects payments from Corvane customers.',
      'Halvard shall perform the Payment Services from its own systems.',
      'The Payment Services are charged monthly.',
    ];
    const message = listed(text);
    expect(message).not.toContain('Volume Rebate Program');
    expect(message).not.toContain('Payment Services');
  });
  it('still flags the programme where nothing describes it', () => {
    expect(listed(USE)).toContain('"Volume Rebate Program"');
  });

  it("reads a thing named with its owner party (\"the Central Server of Halvard\") as that party's own", () => {
    const text = ['Corvane shall connect to the Central Server of Halvard.', 'Halvard shall maintain the Central Server of Halvard.'];
    expect(listed(text)).not.toContain('Central Server');
    expect(listed(['Corvane shall connect to the Central Server of the carrier.', 'Halvard shall maintain the Central Server of the carrier.'])).toContain('"Central Server"');
  });

  it('reads a plan line in title case as a label, and still flags the same phrase in a duty', () => {
    const label = ['• Establish a Test Laboratory in the Transfer Process to Support Validation', '• Review the Transfer Process with the Quality Team'];
    expect(listed(label)).not.toContain('Transfer Process');
    expect(listed(['Halvard shall complete the Transfer Process within ninety days.', 'Corvane shall support the Transfer Process at its own cost.'])).toContain('"Transfer Process"');
  });
});

describe('a reordered term inside a longer defined term', () => {
  const DEFS = ['"Patent Review List" means the list of patents that Halvard delivers under Section 2.', '"Review Patent" means a patent on the Patent Review List.'];
  it('is that longer term, not the reordered one', () => {
    expect(listed([...DEFS, 'Corvane shall review each patent on the Patent Review List within thirty days.'])).not.toContain('Patent Review"');
  });
  it('reads a numbered heading that holds the words as a title, not a slip', () => {
    expect(listed([...DEFS, '(iii) Patent Review Process.', 'Halvard shall deliver the Patent Review List within thirty days.'])).not.toContain('Patent Review"');
  });
  it('still flags the reordered words standing alone', () => {
    expect(listed([...DEFS, 'Corvane may challenge any Patent Review within thirty days.'])).toContain('"Patent Review"');
  });
});

describe('another agreement identified by its parties', () => {
  it('reads "the Endorsement Agreement of the parties" as a document, not a term', () => {
    const text = ['This exhibit is part of the Endorsement Agreement of the parties.', 'Corvane shall keep this exhibit with the Endorsement Agreement.', 'The Endorsement Agreement governs any conflict.'];
    expect(listed(text)).not.toContain('Endorsement Agreement');
  });
});
