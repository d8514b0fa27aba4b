// Drafting points from the seventh drafting draw (issue 12, seed 1208): each a rule of drafting, with
// a near miss that still fires. The wording is ours, in the styles the draw showed.
import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { efforts } from '../../../../src/core/review/rules/efforts';
import { shallMisuse } from '../../../../src/core/review/rules/shall';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const messages = (found: { message: string }[]) => found.map((f) => f.message);

describe('a termination right under another heading', () => {
  const sponsorship = (right: string) =>
    [
      '1. DEFINITIONS 1.1 "Network Rules" means the rules of the card networks as amended from time to time.',
      '2. SPONSORSHIP 2.1 The Bank shall sponsor the Processor in the card networks, subject to the right of the Processor to terminate this Agreement pursuant to Section 3.2.',
      `3. COMPLIANCE 3.1 The Processor shall follow the Network Rules. 3.2 FAILURE TO AGREE CHANGES. If the parties cannot agree the changes the Network Rules require, ${right}`,
      '4. TERM AND TERMINATION 4.1 This Agreement runs for five years. 4.2 Either party may terminate this Agreement for material breach not cured within thirty days.',
    ].join('\n');

  it('is the right section to cite for ending the agreement', () => {
    expect(messages(crossReferences(makeContext(sponsorship('either party may terminate this Agreement on written notice to the other.'))))).toEqual([]);
  });

  it('still sends a reader to the termination clause where the section cited gives no such right', () => {
    const found = messages(crossReferences(makeContext(sponsorship('the parties shall refer the changes to their senior officers.'))));
    expect(found).toEqual(['References that point to the wrong section: Section 3.2 for "term and termination" (that is 4)']);
  });
});

describe('a section of another agreement', () => {
  const servicing = (reference: string) =>
    [
      '1. DEFINITIONS 1.1 "Transfer Agreement" means the receivables transfer agreement between the Originator and the Depositor.',
      `2. REACQUISITION 2.1 The Depositor shall enforce the Originator's duty to reacquire any Receivable ${reference}.`,
      '2.2 The Servicer shall report each reacquisition in the monthly report.',
    ].join('\n');

  it('is no missing section where "respectively" or "that Section" leads to it', () => {
    expect(messages(crossReferences(makeContext(servicing('under Section 4.6 or 4.7, respectively, of the applicable Transfer Agreement'))))).toEqual([]);
    expect(messages(crossReferences(makeContext(servicing('as described in Section 2.2.1 of the Transfer Agreement, and on the terms set out in that Section 2.2.1'))))).toEqual([]);
  });

  it('still is one where the sentence names no other agreement', () => {
    expect(messages(crossReferences(makeContext(servicing('under Section 4.6 or 4.7, respectively'))))).toEqual(['References to sections that do not exist: 4.6 and 4.7']);
    // "that" opening a clause, not pointing back.
    expect(messages(crossReferences(makeContext(servicing('provided that Section 2.9 applies'))))).toEqual(['References to sections that do not exist: 2.9']);
  });
});

describe('a section of a statute', () => {
  const licence = (exclusion: string) =>
    [
      '1. LICENCE 1.1 "Software" means the program in Schedule 1. 1.2 Licensor grants Licensee a licence to use the Software.',
      '2. LAW 2.1 Licensee has the rights the Copyright, Designs and Patents Act 1988 gives a lawful user of a computer program.',
      `2.2 ${exclusion}`,
      '3. GENERAL 3.1 Licensee may not assign this Agreement. 3.2 This Agreement is governed by English law.',
    ].join('\n');

  it('is no missing section where the sentence before names the statute', () => {
    expect(messages(crossReferences(makeContext(licence('Nothing in this Agreement excludes Section 50A or Section 296A to the extent the law does not allow it.'))))).toEqual([]);
  });

  it('still is one where the reference says it is to this agreement', () => {
    const found = messages(crossReferences(makeContext(licence('Nothing in Section 50A of this Agreement excludes those rights.'))));
    expect(found).toEqual(['References to sections that do not exist: 50']);
  });
});

describe('names that are no defined terms', () => {
  const PARTIES = 'This Sponsorship Agreement is made between Harbour Events LLC ("Organiser") and Keel Streaming Inc. ("Sponsor").';
  const undefinedIn = (text: string[]) => messages(undefinedTerms(makeContext([PARTIES, '"Event" means the festival held in June 2027.', ...text].join('\n'))));

  it('reads the post, an agency, an officer and a page given with its address as names', () => {
    const names = [
      'Notices shall be delivered by hand, sent by the United States Mail by certified mail, or sent by Express Mail to the addresses above.',
      'A copy of any notice sent by the United States Mail or by Express Mail shall also be sent by email.',
      'Neither party shall engage anyone excluded by the Department of Health and Human Services, and each shall check the Department lists each quarter and tell the other of any change in the Department records.',
      'The Sponsor shall certify its accounts through the Chief Financial Officer, and the Chief Financial Officer shall sign each statement.',
      'Links to the Event shall appear on the Music Channel www.harbour-events.example/music and the Food Channel www.harbour-events.example/food, and the Music Channel shall carry the schedule.',
    ];
    expect(undefinedIn(names)).toEqual([]);
  });

  it('still lists a capitalised term the draft uses and never defines', () => {
    const used = ['The Sponsor shall pay the Sponsorship Fee, a fee for the whole festival, within ten days of the Event, and the Organiser shall refund the Sponsorship Fee if the Event is cancelled.'];
    expect(undefinedIn(used)).toEqual(['Capitalised terms used but never defined: "Sponsorship Fee"']);
  });
});

describe('terms defined without quotes, or with one quote lost', () => {
  const employment = (bracket: string) =>
    [
      'THIS AGREEMENT is made BETWEEN Northgate Holdings Limited (the Company) and Jane Marlow (the Executive).',
      'Board means the board of directors of the Company.',
      'Financial Year means the Company\'s financial year ending on 31 December.',
      'Termination Date means the date on which the employment ends.',
      `The Company operates a pension plan ${bracket}, and the Executive may join the Plan on giving notice; the Company may close the Plan on notice, and the Plan ends on the Termination Date.`,
      'The holiday year runs from 1 January (the Holiday Year), and holiday not taken in a Holiday Year lapses at the end of the Holiday Year.',
      'The Board may place the Executive on leave (referred to as Garden Leave) during notice, and during Garden Leave the Company pays salary as usual; Garden Leave counts as service.',
    ].join('\n');

  it('reads a bracketed name as a definition where the draft defines its terms without quotes', () => {
    expect(messages(undefinedTerms(makeContext(employment('(the Plan)'))))).toEqual([]);
  });

  it('still lists a term that no bracket or list defines', () => {
    expect(messages(undefinedTerms(makeContext(employment('for its staff'))))).toEqual(['Capitalised terms used but never defined: "Plan"']);
  });

  it('reads a definition whose closing quote was lost, and a bracket that is part of a statute\'s title as no term', () => {
    const notice = [
      'This Sponsorship Agreement is made between Harbour Events LLC ("Organiser") and Keel Streaming Inc. ("Sponsor").',
      'The Organiser shall give the Sponsor written notice (the "Notice) of the terms for the next festival.',
      'The Sponsor may accept the Notice within fifteen days; if it does not, the Notice lapses and the Organiser may offer the Notice terms to others.',
    ];
    expect(messages(undefinedTerms(makeContext(notice.join('\n'))))).toEqual([]);
    const title = [...employment('(the Plan)').split('\n'), 'Nothing gives a third party any right under the Contracts (Rights of Third Parties) Act 1999.'];
    expect(messages(unusedTerms(makeContext(title.join('\n'))))).toEqual([]);
  });
});

describe('a passive duty whose bearer a participle names', () => {
  it('is quiet for "by the indemnified party", and still fires where no one bears it', () => {
    const named = 'The indemnified party may take part in the defence through counsel of its choice, but the cost of such counsel shall be borne solely by the indemnified party.';
    expect(shallMisuse(makeContext(named))).toEqual([]);
    const nobody = 'The indemnified party may take part in the defence through counsel of its choice, and the cost of such counsel shall be borne as the court directs.';
    expect(messages(shallMisuse(makeContext(nobody)))).toEqual(['Duties in the passive name no one to perform them (1)']);
  });
});

describe('a best-efforts duty placed on its party', () => {
  const franchise = (franchisee: string) =>
    [
      `This Franchise Agreement is made between Redline Grill Systems, Inc. ("we" or "us"), and ${franchisee}.`,
      'You shall operate the Restaurant in the Designated Area. In consideration of our promise not to grant another franchise in the area, you at all times shall use your best efforts to promote the Restaurant, and you shall be in default if you:',
      '3. Fail to devote your best efforts to the Restaurant.',
    ].join('\n');

  it('is the other side\'s where a plain-language draft names the franchisee "you" and we are the franchisor', () => {
    const found = efforts(makeContext(franchise('Jordan Lee ("you")'), { scenario: 'technology-license', role: 'licensor' }));
    expect(messages(found)).toEqual(['The other side\'s "best efforts" duty is vague']);
  });

  // Not the advice to soften it: the duty may be owed to us (issue 12, a servant's "best endeavours" owed to the company).
  it('gives the advice for either owner where the draft does not say who "you" is', () => {
    const found = efforts(makeContext(franchise('Jordan Lee'), { scenario: 'technology-license', role: 'licensor' }));
    expect(messages(found)).toEqual(['"Best efforts" duty of a party the review could not place']);
  });

  it('is the consultant\'s where the consultant owes it, not the company named after "of"', () => {
    const text = [
      'This Consulting Agreement is made between Emberline Health Inc. (the "Company") and Dr. Ana Ruiz (the "Consultant").',
      'The Consultant will devote sufficient time to the affairs of the Company to provide the Services, and will use her best efforts to promote the interests of the Company.',
    ].join('\n');
    expect(messages(efforts(makeContext(text, { scenario: 'custom-development', role: 'customer' })))).toEqual(['The other side\'s "best efforts" duty is vague']);
    expect(messages(efforts(makeContext(text, { scenario: 'custom-development', role: 'developer' })))).toEqual(['"Best efforts" standard']);
  });
});

describe('a party with two names', () => {
  const consulting = (names: string) =>
    [
      `This Consulting Agreement is made between Medway Realty Trust, Inc. (${names}) and Harbour Advisers LLC (the "Consultant").`,
      'The Company shall use its best efforts to give the Consultant the information it needs, and MRT shall pay the fees in Schedule 1.',
    ].join('\n');

  it('is one party under either name, so its best-efforts duty is the other side\'s to the consultant', () => {
    const found = efforts(makeContext(consulting('"MRT" or the "Company"'), { scenario: 'custom-development', role: 'developer' }));
    expect(messages(found)).toEqual(['The other side\'s "best efforts" duty is vague']);
  });

  it('is not placed where the draft never gives it the second name', () => {
    const found = efforts(makeContext(consulting('"MRT"'), { scenario: 'custom-development', role: 'developer' }));
    expect(messages(found)).toEqual(['"Best efforts" standard']);
  });
});

describe('a deal\'s shared glossary', () => {
  const glossary = (borrowed: number) =>
    [
      'This Servicing Agreement is made between Harbour Owner Trust (the "Issuer") and Keel Finance LLC (the "Servicer").',
      '"Collection Account" means the account the Servicer keeps for collections.',
      ...['Bankruptcy Action', 'Authenticating Agent', 'Owner Trustee Fee', 'Note Register', 'Record Date', 'Tax Opinion'].slice(0, borrowed).map((t, i) => `"${t}" has the meaning stated in Section ${i + 2}.1 of the Indenture.`),
      'The Servicer shall pay all collections into the Collection Account within two days and report them to the Issuer.',
    ].join('\n');

  it('defines terms this agreement does not use, by design', () => {
    expect(messages(unusedTerms(makeContext(glossary(6))))).toEqual([]);
  });

  it('still shows unused terms where only a few are borrowed', () => {
    expect(messages(unusedTerms(makeContext(glossary(2))))).toEqual(['Defined terms never used: "Bankruptcy Action" and "Authenticating Agent"']);
  });
});

describe('a party\'s label given again over the signature', () => {
  const endorsement = (signer: string) =>
    [
      'This Endorsement Agreement is made between Northwind Health LLC ("Northwind") and Dana Cole ("Endorser), an individual.',
      'Endorser shall appear in two advertising campaigns each year, and Northwind shall pay Endorser the fees in Schedule 1.',
      'IN WITNESS WHEREOF the parties have signed this Agreement.',
      `WITNESS: ${signer} ("Endorser")    By: /s/ ${signer}`,
    ].join('\n');

  it('is one naming, even where the opening lost a quote', () => {
    expect(messages(duplicateDefinitions(makeContext(endorsement('Dana Cole'))))).toEqual([]);
  });

  it('is still a second definition beside another name', () => {
    expect(messages(duplicateDefinitions(makeContext(endorsement('Riley Shaw'))))).toEqual(['Defined more than once: "Endorser"']);
  });
});
