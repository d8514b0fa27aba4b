import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { buildContext } from '../../../../src/core/review/engine';
import { makeContext } from './make-context';

const PARTIES = 'This Distribution Agreement is made between Voltcell Energy Co., Ltd. ("Voltcell") and Andes Power S.A. ("Andes").';
const BENCHMARKS = '"Performance Benchmarks" means the minimum purchase volumes set out in Schedule 2 for each Contract Year.';

describe('defined terms: real slips are found', () => {
  it('flags a term one word away from a defined one, even used once, at medium where it decides termination', () => {
    const text = [
      PARTIES,
      BENCHMARKS,
      'Andes shall meet the Performance Benchmarks in each Contract Year.',
      'This Agreement may be terminated by Voltcell on thirty days notice if Andes fails to satisfy the Performance Thresholds.',
    ].join('\n');
    const [f] = undefinedTerms(makeContext(text));
    expect(f).toMatchObject({ rule: 'drafting.undefined-term', severity: 'medium' });
    expect(f!.message).toBe('Undefined terms that decide money or termination: "Performance Thresholds"');
  });

  it('keeps an undefined term used throughout at low, even beside a payment: it is often defined by description', () => {
    const text = [
      PARTIES,
      BENCHMARKS,
      'Andes shall pay Voltcell a monthly fee equal to five percent of gross sales (the Continuing Fee).',
      'Andes shall pay the Continuing Fee on the tenth day of the following month.',
      'Late payments of the Continuing Fee bear interest at one percent per month.',
      'Andes shall meet the Performance Benchmarks in each Contract Year, and its accounts are reviewed against the Performance Benchmarks each quarter.',
    ].join('\n');
    const found = undefinedTerms(makeContext(text));
    expect(found.map((f) => [f.severity, f.message])).toEqual([['low', 'Capitalised terms used but never defined: "Continuing Fee"']]);
  });

  it('keeps a term at low where the fee it stands beside belongs to another item of the list', () => {
    const text = [
      PARTIES,
      '"Milestone Deliverable" means each deliverable due at a milestone under Schedule 2.',
      'Within five days of a change request, Voltcell will state (i) the change in Fees caused by the request, (ii) its effect on any Milestone Date or on the delivery schedule, and (iii) the staff it needs.',
    ].join('\n');
    expect(undefinedTerms(makeContext(text)).map((f) => f.severity)).toEqual(['low']);
  });

  it('flags a term made of a defined word and another word: "Research Plan" is not "Research"', () => {
    const text = [
      '"Research" means the pre-clinical studies of the Compound described in Exhibit A.',
      'Institution shall conduct the Research in accordance with the Research Plan and all applicable laws, and report the results of the research each quarter.',
      'Sponsor may propose amendments to the Research Plan at any time during the Research.',
    ].join('\n');
    const [f] = undefinedTerms(makeContext(text));
    expect(f!.message).toContain('"Research Plan"');
    expect(f!.severity).toBe('low');
  });

  it('finds "EffectiveDate" defined but "Effective Date" used', () => {
    const text = [
      PARTIES,
      'This Agreement is effective on the date of its signature by both Parties (the "EffectiveDate").',
      'Andes shall place its first order within sixty days after the Effective Date.',
      'The first Contract Year begins on the Effective Date.',
    ].join('\n');
    const ctx = makeContext(text);
    expect(undefinedTerms(ctx)[0]!.message).toContain('"Effective Date"');
    expect(unusedTerms(ctx)[0]!.message).toBe('Defined terms never used: "EffectiveDate"');
  });
});

describe('defined terms kept apart from another document\'s', () => {
  const CARVE_OUT = [
    'Capitalized terms used but not defined in this Agreement have the meanings given to them in the Separation Agreement.',
    '"Honeywell Shared IP" means the Intellectual Property owned by Honeywell and used in the SpinCo Business before the Distribution Date.',
    '"SpinCo Shared IP" means the Intellectual Property owned by SpinCo and used in the Honeywell Business before the Distribution Date.',
  ];

  it('flags a defined term written with its words in another order, even where definitions live elsewhere', () => {
    const text = [...CARVE_OUT, 'Each licensee bears the risk of its use of the Shared Honeywell IP in the SpinCo Business.'];
    const found = undefinedTerms(makeContext(text.join('\n')));
    expect(found[0]!.message).toBe('Capitalised terms used but never defined: "Shared Honeywell IP"');
  });

  it('names the other document once, as a low point, instead of listing its terms as undefined', () => {
    const text = [...CARVE_OUT, 'SpinCo shall not sell any Competing Products, being products that compete with the turbochargers of Honeywell, under the Licensed Marks, and Honeywell shall not license the Licensed Marks for the Competing Products.'];
    const found = undefinedTerms(makeContext(text.join('\n')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'low' });
    expect(found[0]!.message).toContain('Terms defined only in another document (Separation Agreement): "Competing Products"');
  });
});

describe('defined terms written in capitals', () => {
  const LICENCE = [
    'This Agreement is between Eastern University ("UNIVERSITY") and Kestrel Surgical, Inc. ("COMPANY").',
    '1.1 "LICENSED PRODUCT(S)" means any product covered by a claim of the PATENT RIGHTS.',
    '1.2 "NET SALES" means the amount billed by COMPANY for LICENSED PRODUCTS, less returns and taxes.',
    '1.3 "PATENT RIGHTS" means the patents and applications listed in Exhibit A.',
  ];

  it('flags a term in capitals one word from a defined one, at medium where it is the royalty base', () => {
    const text = [...LICENCE, '2.1 COMPANY shall pay UNIVERSITY a running royalty of four percent (4%) of NET REVENUES from LICENSED PRODUCTS.'];
    const [f] = undefinedTerms(makeContext(text.join('\n')));
    expect(f).toMatchObject({ severity: 'medium' });
    expect(f!.message).toContain('"NET REVENUES"');
  });

  it('is quiet on defined terms in capitals, their plurals, acronyms and a disclaimer in capitals', () => {
    const text = [
      ...LICENCE,
      '2.1 COMPANY shall pay UNIVERSITY a running royalty of four percent (4%) of NET SALES of LICENSED PRODUCTS, and report to the FDA as required.',
      '2.2 THE PATENT RIGHTS ARE LICENSED AS IS, WITHOUT ANY WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.',
    ];
    expect(undefinedTerms(makeContext(text.join('\n')))).toEqual([]);
  });
});

describe('defined terms: roles written like parties', () => {
  it('flags a role used with the article twice and never defined', () => {
    const text = [
      'This Development Agreement is made between Pelican Apps Inc. ("Client") and Harbor Code LLC ("Developer").',
      'The Client and the Designer each agree not to disparage the other.',
      'Nothing in this Agreement limits the right of the Designer to show the work in its portfolio.',
    ].join('\n');
    expect(undefinedTerms(makeContext(text))[0]!.message).toContain('"Designer"');
  });

  it('is quiet on a role the draft defines', () => {
    const text = [
      'This Development Agreement is made between Pelican Apps Inc. ("Client") and Harbor Code LLC (the "Designer").',
      'The Client and the Designer each agree not to disparage the other.',
      'Nothing in this Agreement limits the right of the Designer to show the work in its portfolio.',
    ].join('\n');
    expect(undefinedTerms(makeContext(text))).toEqual([]);
  });
});

describe('defined terms: a party role left over from another form', () => {
  const SUPPLY = "BETWEEN: Organic Cells Inc. of Port Vila ('the Manufacturer') AND Pacific Trade Limited of Hong Kong ('the Customer').";

  it('flags another form\'s party role used once, where the parties go by roles of their own', () => {
    const text = [
      SUPPLY,
      'The Manufacturer shall supply the Products to the Customer, and the Customer shall pay the Manufacturer within thirty days of each delivery.',
      'The manufacturing sites used by the Agent to make the Products shall hold all licences required by law.',
      'Neither party is liable for a strike affecting the Principal solely or the industry as a whole.',
    ].join('\n');
    const [f] = undefinedTerms(makeContext(text));
    expect(f!.message).toBe('Capitalised terms used but never defined: "Agent" and "Principal"');
  });

  it('is quiet on the same words where the parties go by their names, or where the role is defined', () => {
    const byName = [PARTIES, 'Andes shall appoint the Agent named in Schedule 3 to clear the Products through customs.'].join('\n');
    expect(undefinedTerms(makeContext(byName))).toEqual([]);
    const defined = [
      SUPPLY,
      'The Customer may appoint a freight forwarder (the "Agent") to collect the Products from the Manufacturer.',
      'The manufacturing sites used by the Manufacturer shall release the Products only to the Agent.',
    ].join('\n');
    expect(undefinedTerms(makeContext(defined))).toEqual([]);
  });
});

describe('defined terms: a draft whose quotes were lost', () => {
  const LOST = [
    'THIS SOFTWARE DEVELOPMENT AGREEMENT (Agreement) is made on 3 December 2018 (the Effective Date) between Harbor Code LLC, a Delaware limited liability company (Developer), and Pelican Apps Inc. (Client).',
    'Developer will design and deliver the mobile application (collectively, the Subject Program) and all related services (collectively, the Services).',
    'Client will pay the fees set out in the statement of work for the Subject Program and the Services.',
  ];

  it('reads names alone in brackets as definitions, and still finds a role from another form', () => {
    const text = [...LOST, 'The Client and the Designer both agree not to disparage the other.'].join('\n');
    const ctx = makeContext(text);
    expect(ctx.definitions.map((d) => d.term)).toEqual(['Agreement', 'Effective Date', 'Developer', 'Client', 'Subject Program', 'Services']);
    expect(undefinedTerms(ctx)[0]!.message).toBe('Capitalised terms used but never defined: "Designer"');
  });

  it('does not read brackets as definitions where the draft quotes its terms, nor one or two labels', () => {
    const quoted = [PARTIES, 'Andes shall keep the Products in the warehouse at Valparaiso (the Warehouse Site).'].join('\n');
    expect(makeContext(quoted).definitions.map((d) => d.term)).toEqual(['Voltcell', 'Andes']);
    const labels = 'Hillside Resort Inc. (Party A) engages Lotus Planning Co. (Party B) for a fee of NTD 12 million (SAY TWELVE MILLION ONLY).';
    expect(makeContext(labels).definitions).toEqual([]);
  });
});

describe('defined terms: the ways real contracts define stay quiet', () => {
  it('reads parties named in single quotes with the article, and terms defined by pointer', () => {
    const text = [
      "BETWEEN: Organic Cells Inc. of Port Vila ('the Manufacturer') AND Pacific Trade Limited of Hong Kong ('the Customer').",
      '"Term" has the meaning set out in Clause 3.1.',
      'The Manufacturer shall supply the Products to the Customer during the Term.',
      'The Customer shall pay the Manufacturer within thirty days of each delivery made during the Term, and the Manufacturer shall invoice the Customer monthly.',
      'The Products offered by the Manufacturer are set out in Annex I.',
      'The Customer shall resell the Products only in the Territory, and the Manufacturer shall deliver the Products to the Customer in Hong Kong.',
      'The Customer shall meet the Minimum Order Quantity as defined in Schedule 1 and report sales of the Products monthly.',
      'The Minimum Order Quantity may be revised once a year.',
      '"Territory" means Hong Kong and Macau.',
    ].join('\n');
    expect(undefinedTerms(makeContext(text))).toEqual([]);
  });

  it('treats a term defined with an optional plural as defined in both numbers', () => {
    const text = [
      PARTIES,
      '"Excess Component(s)" means any component bought for a forecast that Voltcell later cancels.',
      'Andes shall buy the Excess Components from Voltcell at cost, and Voltcell shall store the Excess Components for ninety days.',
    ].join('\n');
    expect(undefinedTerms(makeContext(text))).toEqual([]);
  });

  it('reads a definition repeated where a page broke as one definition', () => {
    const text = [
      '"Confidential Information" means all information in relation to this Agreement in',
      'Page 4 of 12',
      '"Confidential Information" means all information in relation to this Agreement in whatever form that is disclosed by the Parties to each other.',
      'Each Party shall keep the Confidential Information of the other secret.',
    ].join('\n');
    expect(duplicateDefinitions(makeContext(text))).toEqual([]);
  });

  it('reads a definition that points back to the preamble as the same definition', () => {
    const text = [
      'This Affiliation Agreement is made between Harbor Music Network, Inc. (the "Network") and Coastal Broadcasting Co. ("Affiliate") for the music television service of the Network (the "Service").',
      '"Service" means the music television service provided by Network as defined in the preamble to this Agreement.',
      'Affiliate shall carry the Service on its primary channel.',
    ].join('\n');
    expect(duplicateDefinitions(makeContext(text))).toEqual([]);
  });

  it('reads a cover-page field and the standard terms pointing to it as one definition', () => {
    const cell = (index: number, text: string, row: number, c: number) => ({ index, text, table: { table: 0, row, cell: c } });
    const doc = {
      paragraphs: [
        cell(0, 'Governing Law', 0, 0),
        cell(1, 'the laws of the State of Delaware, without regard to its conflict of laws rules', 0, 1),
        { index: 2, text: 'STANDARD TERMS' },
        { index: 3, text: '1. "Governing Law" means the law stated on the Cover Page.' },
        { index: 4, text: '2. This Agreement is governed by the Governing Law.' },
      ],
    };
    expect(duplicateDefinitions(buildContext(doc).ctx)).toEqual([]);
    // The same two definitions with no cover page between them are a rival pair.
    const rival = { paragraphs: [...doc.paragraphs.slice(0, 3), { index: 3, text: '1. "Governing Law" means the laws of England and Wales.' }, doc.paragraphs[4]!] };
    expect(duplicateDefinitions(buildContext(rival).ctx)).toHaveLength(1);
  });

  it('still flags a term defined twice with different meanings', () => {
    const text = [
      'This Agreement is effective as of 4 September 2024 (the "Effective Date").',
      '"Effective Date" means the date on which this Agreement is signed by both Parties.',
      'Supplier shall deliver the first Products within ninety days after the Effective Date.',
    ].join('\n');
    expect(duplicateDefinitions(makeContext(text))[0]!.message).toBe('Defined more than once: "Effective Date"');
  });

  it('does not read two definitions that differ only in the party as one thing under two names', () => {
    const text = [
      '"Buyer Sourced Components" means all components for the Products whose prices and supply terms are negotiated and controlled by Buyer.',
      '"Supplier Sourced Components" means all components for the Products whose prices and supply terms are negotiated and controlled by Supplier.',
      'Supplier shall buy the Buyer Sourced Components and the Supplier Sourced Components on the terms so agreed.',
    ].join('\n');
    expect(duplicateDefinitions(makeContext(text))).toEqual([]);
  });
});

describe('defined terms: forms and names that are not undefined terms', () => {
  it('is quiet on the plural of a term quoted in a bracket it cannot read, a courier named as an example and an exchange', () => {
    const cases = [
      [
        'Andes shall give Voltcell a forecast each month (each forecast delivered under this Section 2.1(a), a "Rolling Forecast").',
        'Voltcell shall plan its production on the Rolling Forecasts, and the Rolling Forecasts bind Andes for the first month of each rolling period.',
      ],
      ['Notices are sent by hand or by Federal Express or similar overnight courier.', 'Samples are shipped by Federal Express or another carrier chosen by Andes.', 'Any express notice under a federal law is given in writing.'],
      ['Orders are priced in the currency of the day the New York Stock Exchange is open, and the New York Stock Exchange closing rate applies.', 'The stock of products is kept new.'],
    ];
    for (const lines of cases) expect(undefinedTerms(makeContext([PARTIES, ...lines].join('\n')))).toEqual([]);
  });

  it('is quiet on a term defined by pointer in a bracket, a brand whose lower case is only its web address, a shortened defined term and an optional plural', () => {
    const cases = [
      ['Claims against the Trust bind only the Trust Property (as defined in the Declaration of Trust), and each claimant looks to the Trust Property alone.', 'No trustee is liable out of its own property.'],
      ['Andes will list the Solarix range on its website (www.solarix.com).', 'Andes shall promote Solarix products and the Solarix brand, and report Solarix sales monthly.'],
      ['"Andes Marks" means the trademarks and service marks of Andes.', 'Voltcell shall use the Marks only on the Products, and shall stop using the Marks on termination; the Marks remain the property of Andes.'],
      ['"Zip Code(s)" means a five-digit postal zip code.', 'Andes shall sell only to buyers in the Zip Codes listed in Schedule 1, and may ask to add Zip Codes each year.'],
    ];
    for (const lines of cases) expect(undefinedTerms(makeContext([PARTIES, ...lines].join('\n')))).toEqual([]);
  });

  it('does not read a list of marks that holds the term in its own order as the term reordered', () => {
    const text = [PARTIES, '"Andes Marks" means the trademarks of Andes listed in Exhibit C.', 'Voltcell may use the Andes Marks in the Territory.', 'EXHIBIT C Marks Andes Marks Andes Power Andes Energy'].join('\n');
    expect(undefinedTerms(makeContext(text))).toEqual([]);
  });

  it('reads "Manufacture or Manufacturing means" as either word, used where either is', () => {
    const text = [
      PARTIES,
      '1.4 Manufacture or Manufacturing means to make, test, package and release the battery modules.',
      '"Launch Date" means the first commercial sale of the battery modules.',
      'Voltcell is responsible for the Manufacturing of the modules and bears the cost of any Manufacture outside China.',
    ].join('\n');
    expect(unusedTerms(makeContext(text)).map((f) => f.message)).toEqual(['Defined terms never used: "Launch Date"']);
  });
});

describe('proper names of states, bodies and treaties', () => {
  it('are not undefined terms', () => {
    const text = [
      '1.1 "Mainland China" means the People\'s Republic of China, excluding the Hong Kong Special Administrative Region, the Macau Special Administrative Region and Taiwan.',
      '1.2 The United Nations Convention on Contracts for the International Sale of Goods does not apply to this Agreement.',
      '1.3 The Supplier shall deliver the Products in Mainland China, and shall not sell them in the Macau Special Administrative Region.',
      // The same words in lower case elsewhere, as in any long agreement: a phrase is a name only by its form.
      '1.4 No special, administrative or regional fee applies to an international sale of the Products.',
    ].join('\n');
    const found = undefinedTerms(makeContext(text)).map((f) => f.message);
    expect(found.join(' ')).not.toMatch(/Macau|International Sale/);
  });
});
