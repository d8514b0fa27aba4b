// Drafting points from the eighth drafting draw (issue 12, seed 1209) and the known leftovers: each a
// rule of drafting, with a near miss that still fires. The wording is ours, in the styles the draw showed.
import { findDefinitions } from '../../../../src/core/review/definitions';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { twoWayFrequency } from '../../../../src/core/review/rules/two-way-frequency';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { segment } from '../../../../src/core/review/segment';
import { fromText } from '../../../../src/core/review/text';
import { makeContext } from './make-context';

const messages = (found: { message: string }[]) => found.map((f) => f.message);
const PARTIES = 'This Sponsorship Agreement is made between Harbour Events LLC ("Organiser") and Keel Streaming Inc. ("Sponsor").';
const undefinedIn = (text: string[]) => messages(undefinedTerms(makeContext([PARTIES, '"Event" means the festival held in June 2027.', ...text].join('\n'))));
/** A real slip beside the names, so each test shows what is left. */
const SLIP = 'The Sponsor shall pay the Hospitality Charge for each box, and the Organiser may raise the Hospitality Charge once a year; the Hospitality Charge excludes food and any other charge.';

describe('names that are no defined terms', () => {
  it('reads amounts in words, a name cut at its apostrophe, a titled document, a coded schedule and a split word as names', () => {
    const names = [
      'The Organiser may charge a fee of One Hundred and No/100 Dollars ($100.00) for each returned cheque, and One Hundred and No/100 Dollars ($100.00) for each late report, and One Hundred Dollars for each lost pass.',
      'The Sponsor shall be named as a sponsor of the National Get Fit Don\'t Sit Day, and the National Get Fit Don\'t Sit Day page and the National Get Fit Don\'t Sit Day emails shall carry its logo.',
      'The Sponsor shall sign the Collateral Assignment of Lease attached hereto as Exhibit A, and the Collateral Assignment shall bind any successor; the Organiser may enforce the Collateral Assignment.',
      'Power shall be supplied under the Utility\'s Rate Schedule FT-A, and the charges in this Rate Schedule apply; any change to the Rate Schedule applies from its effective date.',
      'The Sponsor may sell its goods only at the Licensed Restaur ant stands, and each Licensed Restaur ant stand shall meet the standards for a restaurant; the Licensed Restaur ant signage needs approval.',
      'No other assignment, lease, rate or schedule applies, and a hundred days\' notice is needed for any national day of action or licensed stand.',
      SLIP,
    ];
    expect(undefinedIn(names)).toEqual(['Capitalised terms used but never defined: "Hospitality Charge"']);
  });

  it('reads insurance lines, a periodical, a public body, an office, an institution\'s rules and the words of a long heading as names', () => {
    const names = [
      'The Sponsor shall keep Commercial General Liability insurance and Automobile Liability insurance, and name the Organiser as an additional insured under the Commercial General Liability and Automobile Liability policies.',
      'The Sponsor may place one advertisement in each issue of the Harbour Magazine, and the Harbour Magazine shall print it in colour.',
      'Interest runs at the rate published by the Board of Governors of the Federal Reserve System, as the Federal Reserve System publishes it each week.',
      'The Event is subject to the limits set by the Office of the Commissioner of Sailing, and the Commissioner may move any race; the Organiser shall follow the Commissioner directions.',
      'Any dispute shall be mediated by JAMS under its Mediation Procedures, and if the Mediation Procedures do not resolve it within sixty days, either party may sue.',
      '(c) Amendments Requiring Consent of all Affected Sponsors and Organisers.',
      'No amendment that changes the race calendar binds a sponsor affected by it without its consent.',
      '(d) Notices to Affected Sponsors Following Cancellation of a Race.',
      SLIP,
    ];
    expect(undefinedIn(names)).toEqual(['Capitalised terms used but never defined: "Hospitality Charge"']);
  });

  it('still lists a document, a schedule and a class of sponsors no title, code or heading stands behind', () => {
    const terms = [
      'The Sponsor shall sign the Collateral Assignment, and the Collateral Assignment shall bind any successor; the Organiser may enforce the Collateral Assignment.',
      'The charges in the Rate Schedule apply, and any change to the Rate Schedule applies from its effective date; no other schedule of charges applies.',
      'The Organiser shall consult the Affected Sponsors, and the Affected Sponsors may object; a sponsor not affected may not.',
      'The Sponsor may not make any other assignment of its rights.',
    ];
    expect(undefinedIn(terms)).toEqual(['Capitalised terms used but never defined: "Collateral Assignment", "Rate Schedule" and "Affected Sponsors"']);
  });
});

describe('terms defined by heading', () => {
  const summary = (fields: string[]) =>
    [
      'SPONSORSHIP AGREEMENT AGREEMENT SUMMARY',
      'This Sponsorship Agreement (the "Agreement") consists of this summary and the General Provisions below.',
      ...fields,
      'GENERAL PROVISIONS',
      '1. In consideration of the Annual Payment, the Organiser shall furnish the Sponsorship Benefits to the Sponsor, and the Sponsorship Benefits may not be transferred.',
      '2. If the Sponsor fails to pay the Annual Payment when due, the Organiser may suspend the Sponsorship Benefits until the Annual Payment is paid.',
    ].join('\n');
  const FIELDS = [
    'SPONSOR: Name: Keel Streaming Inc. Address: 1 Quay Road, Portsmouth',
    'ORGANISER: Name: Harbour Events LLC Address: 9 Dock Street, Southampton',
    'SPONSORSHIP BENEFITS: The Organiser shall provide the Sponsor with one fascia sign and four season tickets.',
    'TERM: The term shall run from 1 January 2027 to 31 December 2027.',
    'ANNUAL PAYMENT: The Sponsor shall pay $250,000, in two equal parts on 30 April and 30 June 2027.',
  ];

  it('reads a summary page\'s fields as its definitions', () => {
    expect(messages(undefinedTerms(makeContext(summary(FIELDS))))).toEqual([]);
  });

  it('still lists terms where one label with a colon is a heading run into its text, not a page of fields', () => {
    const found = messages(undefinedTerms(makeContext(summary([FIELDS[3]!, 'The Organiser shall provide the Sponsor with these benefits: one fascia sign and four season tickets.']))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Sponsor", "Organiser" and "Sponsorship Benefits"']);
  });

  const franchise = (body: string) =>
    [
      'This Franchise Agreement is made between Wingspan Restaurants, Inc. ("we" or "us") and the franchisee named below ("you").',
      '"Gross Sales" means all revenue of the Restaurant. "Restaurant" means the restaurant you operate under this Agreement.',
      'X. CONTINUING FEE',
      `A. ${body}`,
      'B. Each monthly statement of Gross Sales shall be accompanied by the Continuing Fee, and we may debit the Continuing Fee from your account on the fifth of each month.',
      'C. Late Continuing Fee payments bear interest at the rate stated in the Manual, and we may charge a late fee.',
    ].join('\n');

  it('reads a sum set under its own heading as defined', () => {
    expect(messages(undefinedTerms(makeContext(franchise('You will pay us, while this Agreement is in effect, a monthly Continuing Fee equal to five percent (5%) of the Gross Sales of the Restaurant.'))))).toEqual([]);
  });

  it('still lists a headed term the clause never sets', () => {
    const found = messages(undefinedTerms(makeContext(franchise('The Continuing Fee is described in the Manual, which we may change.'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Continuing Fee"']);
  });
});

describe('an undefined term that sets money', () => {
  const licence = (payment: string) =>
    [
      'This License Agreement is made between Brightwater University ("LICENSOR") and Cobalt Devices Inc. ("COMPANY").',
      '"Licensed Patents" means the patents listed in Exhibit A. "Field" means surgical instruments.',
      `2.1 ${payment}`,
      '2.2 Payments are due within thirty days after each calendar quarter, with a report of the Net Revenues of the quarter and the Net Revenues of the year to date, and of all other revenues.',
    ].join('\n');

  it('is medium where a royalty is worked out on it', () => {
    const found = undefinedTerms(makeContext(licence('COMPANY shall pay an earned royalty of four percent (4%) of the Net Revenues from products made under the Licensed Patents.')));
    expect(found.map((f) => [f.severity, f.message])).toEqual([['medium', 'Undefined terms that decide money or termination: "Net Revenues"']]);
  });

  it('stays low where the rate applies to a sum it only names', () => {
    const found = undefinedTerms(makeContext(licence('COMPANY shall pay a maintenance charge of seventeen percent (17%) of the Net Revenues fee set out in Exhibit B.')));
    expect(found.map((f) => [f.severity, f.message])).toEqual([['low', 'Capitalised terms used but never defined: "Net Revenues"']]);
  });

  it('stays low where it only sits near a payment', () => {
    const found = undefinedTerms(makeContext(licence('COMPANY shall pay an earned royalty of four percent (4%) of the sales of products made under the Licensed Patents.')));
    expect(found.map((f) => [f.severity, f.message])).toEqual([['low', 'Capitalised terms used but never defined: "Net Revenues"']]);
  });
});

describe('definitions in capitals run on after a heading, and the article headings beside them', () => {
  const gas = (definition: string) =>
    [
      'GAS TRANSPORTATION AGREEMENT between Tidewater Pipeline Company, hereinafter referred to as "Transporter", and Harbour Gas and Electric Company, hereinafter referred to as "Shipper".',
      `ARTICLE I - DEFINITIONS 1.1 ${definition} 1.2 EQUIVALENT QUANTITY - shall be as defined in Article I of the General Terms and Conditions of the Tariff.`,
      'ARTICLE II - TRANSPORTATION Transporter shall receive daily at the Point of Receipt such gas as Shipper tenders up to the Transportation Quantity, and deliver the Equivalent Quantity.',
      'ARTICLE VII - BILLINGS AND PAYMENTS Transporter shall bill and Shipper shall pay the charges monthly. If Shipper tenders more than the Transportation Quantity, Transporter may refuse the excess.',
    ].join('\n');

  it('reads "1.1 TRANSPORTATION QUANTITY - shall mean" as a definition, and an article heading as none', () => {
    const ctx = makeContext(gas('TRANSPORTATION QUANTITY - shall mean the maximum daily quantity of gas Transporter receives, which shall be 51,000 dekatherms.'));
    expect(messages(undefinedTerms(ctx))).toEqual([]);
    expect(messages(unusedTerms(ctx))).toEqual([]);
  });

  it('still lists a term no numbered definition gives', () => {
    const ctx = makeContext(gas('DAILY QUANTITY - shall mean the maximum daily quantity of gas Transporter receives, which shall be 51,000 dekatherms.'));
    expect(messages(undefinedTerms(ctx))).toEqual(['Capitalised terms used but never defined: "Transportation Quantity"']);
  });

  it('reads no definition from a numbered heading in capitals that defines nothing', () => {
    const doc = fromText('ARTICLE IV - PRESSURE 4.1 DELIVERY PRESSURE - Transporter shall deliver gas at the pressure in the Tariff.');
    expect(findDefinitions(doc, segment(doc).sentences).map((d) => d.term)).toEqual([]);
  });
});

describe('capitalised terms borrowed from a manual', () => {
  const contract = (clause: string) =>
    [
      'TRANSPORTATION CONTRACT between Northline S.A. (the "Transporter") and Andes Crude Ltd. (the "Sender").',
      `2.1 ${clause}`,
      '5.1 The Sender shall pay the Fee for each Barrel delivered at the Entrance Point, and each Barrel shall meet the Quality Specification; a Barrel failing the Quality Specification may be refused at the Entrance Point.',
      '5.2 No other fee is payable for a barrel delivered at another point, whatever its specification.',
    ].join('\n');

  it('says where the terms come from when the contract points to a manual for them', () => {
    const found = messages(undefinedTerms(makeContext(contract('All capitalized terms shall have the meaning as defined in the Clauses of this Contract and/or in Clause 2 of the Manual of the Shipper of Northline.')))).join();
    expect(found).toMatch(/^Terms defined only in another document \(Manual of the Shipper of Northline\): /);
  });

  it('still calls them undefined when the contract points only to its own clauses', () => {
    const found = messages(undefinedTerms(makeContext(contract('All capitalized terms shall have the meaning as defined in the Clauses of this Contract.')))).join();
    expect(found).toMatch(/^Capitalised terms used but never defined: /);
  });
});

describe('frequency words read two ways', () => {
  const schedule = (frequency: string) =>
    makeContext(['This Operations and Maintenance Agreement is made between Sunfield Power Ltd. ("Owner") and Gridcare Services LLC ("Contractor").', `The Contractor shall clean the inverter air vents ${frequency} and report each cleaning to the Owner.`].join('\n'));

  it('raises "bi-annually", in capitals or not', () => {
    expect(messages(twoWayFrequency(schedule('BI-ANNUALLY')))).toEqual(['Frequency words read two ways: "bi-annually"']);
    expect(messages(twoWayFrequency(schedule('biweekly')))).toEqual(['Frequency words read two ways: "biweekly"']);
  });

  it('leaves a word read one way, or one the draft explains', () => {
    expect(messages(twoWayFrequency(schedule('semi-annually')))).toEqual([]);
    expect(messages(twoWayFrequency(schedule('biennially')))).toEqual([]);
    expect(messages(twoWayFrequency(schedule('bi-annually (twice in each calendar year)')))).toEqual([]);
    expect(messages(twoWayFrequency(schedule('in each two (2) month period, that is bimonthly,')))).toEqual([]);
  });
});

describe('a term pointed forward "(as defined below)"', () => {
  const services = (after: string) =>
    [
      'This Maintenance Agreement is made between Ledgerline Inc. ("Supplier") and Harbour Bank N.A. ("Bank").',
      '"Services" means the maintenance services in Schedule A.',
      '5.1 The Supplier shall tell the Bank at once of any Termination Event affecting the Supplier.',
      '5.2 Upon the occurrence of a Termination Event (as defined below) with respect to either party, the other party may terminate this Agreement by written notice.',
      after,
    ].join('\n');

  it('counts as defined where the draft writes the term again below', () => {
    expect(messages(undefinedTerms(makeContext(services('A Termination Event shall have occurred if a party becomes insolvent or assigns this Agreement in breach of Section 9.'))))).toEqual([]);
  });

  it('is an undefined term where nothing below writes it again', () => {
    const found = messages(undefinedTerms(makeContext(services('5.3 The Supplier shall perform the Services with reasonable skill and care, and any termination event of a subcontract is for the Supplier to manage.'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Termination Event"']);
  });
});
