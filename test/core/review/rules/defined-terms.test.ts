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
