// Defined terms in the forms unseen contracts use (issue 12): definition lists without quotes, the
// draft's own name, other documents identified by date, and names that are not terms.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { duplicateDefinitions } from '../../../../src/core/review/rules/duplicate-definitions';
import { unusedTerms } from '../../../../src/core/review/rules/unused-terms';
import { makeContext } from './make-context';

const messages = (text: string[]) => undefinedTerms(makeContext(text.join('\n'))).map((f) => f.message);

describe('definitions lists without quotes', () => {
  const COLON_LIST = [
    'This Servicing Alliance Agreement is made between Harbour Mortgage Corp. ("Harbour") and Keystone Capital Inc. ("Keystone").',
    'Section 1. Definitions.',
    'The following terms have the meanings specified wherever used in this Agreement.',
    'Closing Date: The date on which Keystone first purchases servicing rights under the Purchase Agreement.',
    'Governmental Entity: Any federal, state or local court, agency or other body with authority over a Party.',
    'Mortgage Loan: A residential loan originated and serviced by Harbour and secured by a first lien.',
    'Purchase Agreement: The servicing rights purchase agreement between the Parties dated the Closing Date.',
    'Notices: All notices under this Agreement shall be in writing.',
  ];

  it('reads "Term: meaning" paragraphs as definitions and still finds a term the list leaves out', () => {
    const text = [
      ...COLON_LIST,
      'Harbour shall service each Mortgage Loan in accordance with the requirements of every Governmental Entity from the Closing Date.',
      'Keystone shall pay the Base Servicing Fee for each Mortgage Loan under the Purchase Agreement, and the Base Servicing Fee accrues monthly.',
    ];
    expect(messages(text)).toEqual(['Capitalised terms used but never defined: "Base Servicing Fee"']);
  });

  it('does not read a heading run into its clause ("Notices: All notices ...") as a defined term', () => {
    const text = [...COLON_LIST, 'Harbour shall service each Mortgage Loan from the Closing Date as every Governmental Entity requires under the Purchase Agreement.'];
    expect(unusedTerms(makeContext(text.join('\n'))).map((f) => f.message).join(' ')).not.toContain('Notices');
  });

  it('needs a few such paragraphs: two headings with colons are not a list', () => {
    const text = [
      'This Supply Agreement is made between Voltcell Energy Co., Ltd. ("Voltcell") and Andes Power S.A. ("Andes").',
      '"Products" means the battery modules listed in Schedule 1.',
      'Delivery: the Products are delivered FCA Shenzhen under the Incoterms.',
      'Payment Terms: thirty days from the date of each invoice.',
      'Andes shall order Products by written order, and the Payment Terms apply to every order.',
    ];
    expect(messages(text)).toEqual([]);
    expect(unusedTerms(makeContext(text.join('\n')))).toEqual([]);
  });

  it('reads "1.25 Maintenance Fees - the fees ..." as a definition, and a cover date field once', () => {
    const text = [
      'Effective Date: 4 November 2024',
      'This Software Licence and Maintenance Agreement is entered into as of the Effective Date between Northbank N.A. ("Northbank") and Lumen Analytics, Inc. ("Supplier").',
      '1.1 Acceptance Period - the period starting on the Installation Date and running for the days stated in each Order.',
      '1.2 Installation Date - the date on which Supplier installs the Software at the Installation Site.',
      '1.3 Installation Site - the data centre named in each Order.',
      '1.4 Maintenance Fees - the annual fees for maintenance of the Software stated in each Order.',
      '1.5 Effective Date - the date shown on the cover page on which this Agreement takes effect.',
      '1.6 Order - a written order for the Software signed by both parties.',
      'Northbank shall pay the Maintenance Fees for the Software within thirty days after the end of the Acceptance Period.',
      'Supplier shall install the Software at the Installation Site, and the Installation Date starts the Acceptance Period.',
      'The Maintenance Fees are fixed for two years from the Effective Date; Supplier shall then keep the Software at the Installation Site in working order.',
    ].join('\n');
    const ctx = makeContext(text);
    expect(undefinedTerms(ctx)).toEqual([]);
    expect(duplicateDefinitions(ctx)).toEqual([]);
  });

  it('takes "Product" for the singular of "Products shall mean", written without quotes', () => {
    const text = [
      'This Distribution Agreement is made between Qualis Diagnostics, Inc. ("Qualis") and Harlow Medical LLC ("Harlow").',
      // Run together in one paragraph, as text taken from a filed PDF often is.
      '1. Definitions. 1.1. Applicable Markets shall mean the United States, Canada and the European Union. 1.2. Products shall mean the rapid diagnostic test devices and controls made by Qualis.',
      'Qualis shall supply each Product ordered by Harlow for sale in an Applicable Market.',
      'Harlow shall pay for each Product within thirty days, and shall not sell any Product outside the Applicable Market for which it was labelled.',
      'No product may be sold in a market where the applicable approval has lapsed.',
    ];
    expect(messages(text)).toEqual([]);
  });
});

describe('definitions said to live elsewhere', () => {
  const LICENCE = 'This Hosting Agreement is made between Corvid Data Ltd. ("Corvid") and Meridian Software Inc. ("Meridian").';

  it('does not call a pointer to the draft\'s own definitions another document', () => {
    const text = [
      LICENCE,
      'Capitalized terms not otherwise defined herein shall have the meanings set forth in Article 1 of this Agreement.',
      '"Hosting Servers" means the servers Corvid runs for Meridian.',
      'Corvid shall keep the Hosting Servers in the Secure Facility, and Meridian may inspect the Secure Facility on notice.',
      'Each facility Corvid uses must be secure against entry by any person not named by Meridian.',
    ];
    expect(messages(text)).toEqual(['Capitalised terms used but never defined: "Secure Facility"']);
  });

  it('does not call the draft\'s own title, used in a form attached to it, another document', () => {
    const text = [
      'This Marketing Agreement (this "Agreement") is made between Loam Recycling Inc. ("Loam") and Pellet Works LLC ("Pellet Works").',
      '"Customer Contract" means a contract between Loam and a customer for the sale of recycled resin.',
      'Exhibit C. Form of Assignment. Capitalized terms used but not defined herein have the meanings given to them in the Marketing Agreement.',
      'Loam assigns each Customer Contract listed below to Pellet Works, and Pellet Works accepts each Customer Contract together with its Resin Schedule and the Resin Schedule of every later order.',
    ];
    expect(messages(text)).toEqual(['Capitalised terms used but never defined: "Resin Schedule"']);
  });

  it('still names another agreement that holds the definitions', () => {
    const text = [
      'This Maintenance Agreement is made between Citylink Fibre Inc. (the "Provider") and Ring Networks Inc. (the "Company").',
      'All capitalized terms used herein and not otherwise defined shall have the meaning set forth in the Purchase Agreement.',
      '"Services" means the maintenance described in Section 2.',
      'The Provider shall perform the Services on the Fiber Ring Assets, and the Company shall give access to the Fiber Ring Assets at all times.',
      'The assets include every fiber strand in the ring and the huts along it.',
    ];
    expect(messages(text)).toEqual(['Terms defined only in another document (Purchase Agreement): "Fiber Ring Assets"']);
  });
});

describe('names that are not undefined terms', () => {
  const PARTIES = 'This Software Hosting Agreement is made between Inkwell Search Corp. ("Inkwell") and Northwind Systems Inc. ("Northwind").';
  const PRODUCT = '"Product" means the search engine software Inkwell hosts for Northwind.';

  it('is quiet on the draft\'s own title and on other agreements identified by date or by their parties', () => {
    const text = [
      PARTIES,
      PRODUCT,
      'This Agreement is made with (i) the Loan Agreement of even date herewith and (ii) the Escrow Agreement between the parties dated the same day.',
      'Northwind may use the Product only as this Software Hosting Agreement and the Escrow Agreement allow, and any security for the Loan Agreement is governed by the Loan Agreement.',
      'If this Software Hosting Agreement ends, the Escrow Agreement governs the release of the Product, and Inkwell shall perform the Administrative Services and Teaming Agreement.',
    ];
    expect(messages(text)).toEqual([]);
  });

  it('is quiet on the draft\'s own title used as a name, and flags the same name under another title', () => {
    const body = [
      'Effective Date: the date the Pilot Agreement starts.',
      PRODUCT,
      'Northwind may test the Product during the Pilot Agreement, and Inkwell may end the Pilot Agreement on notice.',
      'Paid use of the Product after the pilot needs a separate licence.',
    ];
    expect(messages(['Pilot Agreement', 'Order Form', ...body])).toEqual([]);
    expect(messages(['Evaluation Licence', 'Order Form', ...body])).toEqual(['Capitalised terms used but never defined: "Pilot Agreement"']);
    expect(messages(['Cover Page for the Pilot Agreement', ...body])).toEqual([]);
    expect(messages(['Master Pilot Agreement', 'Order Form', ...body])).toEqual(['Capitalised terms used but never defined: "Pilot Agreement"']);
  });

  it('still flags an agreement named as a term but never identified', () => {
    const text = [
      PARTIES,
      PRODUCT,
      '"Ancillary Agreements" means the Escrow Agreement of even date herewith and the Flow Agreement.',
      'A breach of the Flow Agreement by Northwind is a breach of this Agreement, and Inkwell may suspend the Product while the Flow Agreement is in breach.',
      'Each agreement sets the flow of loans between the parties.',
    ];
    expect(messages(text)).toEqual(['Capitalised terms used but never defined: "Flow Agreement"']);
  });

  it('is quiet on courts, a place with its kind, the Vienna Convention, a role given by "deemed the" and descriptions built from defined words', () => {
    const text = [
      PARTIES,
      PRODUCT,
      '"Territory" means Japan. "Development" means the studies needed for approval of the Product. "REPS Act" means the renewable energy statute of the State of Delaware.',
      'Each party submits to the Supreme Court of the State of New York and the United States District Court for the Southern District of New York, and the Supreme Court sits in New York State.',
      'The United Nations Conventions on Contracts for the International Sale of Goods shall not apply; the International Sale of Goods rules of New York State do not apply either.',
      'Inkwell shall be deemed the MAH Party and Northwind deemed the Non-MAH Party, and the Non-MAH Party shall support the MAH Party.',
      'Territory-specific Development is paid by Northwind, and Territory-specific Development needs the consent of Inkwell.',
      'Inkwell-branded Products carry its marks; Inkwell-branded Products are sold only in the Territory.',
      'Nothing here is an offer under the Securities Act of 1933, and the Securities Act does not apply to the Product under the REPS Act.',
      'The True- Up Period ends each quarter; the True- Up Period may be extended by written agreement.',
    ];
    expect(messages(text)).toEqual([]);
  });
});

describe('a term defined twice', () => {
  const PARTIES = 'This Marketing Agreement is made between Loam Recycling Inc. ("Loam") and Pellet Works LLC ("Pellet Works").';
  const TRANSFERRED = '1.28 "Transferred Contract" means a Proposed Contract that Pellet Works accepts under Section 2.3.';
  const found = (text: string[]) => duplicateDefinitions(makeContext(text.join('\n'))).map((f) => f.message);

  it('does not read "the defined term "X" shall include" as a second definition', () => {
    const text = [
      PARTIES,
      'In performing this Agreement each Party may disclose proprietary information to the other ("Confidential Information").',
      'The Parties acknowledge that the defined term "Confidential Information" shall include information of an Affiliate or a third party held by the disclosing Party.',
    ];
    expect(found(text)).toEqual([]);
  });

  it('still flags a term given two meanings in the body', () => {
    const text = [
      PARTIES,
      'In performing this Agreement each Party may disclose proprietary information to the other ("Confidential Information").',
      '"Confidential Information" means only information marked as confidential when it is disclosed.',
    ];
    expect(found(text)).toEqual(['Defined more than once: "Confidential Information"']);
  });

  it('leaves a form attached as an exhibit, its title run into its text, to define its own terms', () => {
    const text = [
      PARTIES,
      TRANSFERRED,
      'EXHIBIT C FORM OF ASSIGNMENT AND ASSUMPTION AGREEMENT This Assignment and Assumption Agreement is made between Loam and Pellet Works under the Marketing Agreement, and Loam assigns the Loop Sales Contract (the "Transferred Contract") to Pellet Works.',
    ];
    expect(found(text)).toEqual([]);
    // The same sentence in the body of the agreement is a second definition.
    const inBody = [PARTIES, TRANSFERRED, 'Loam assigns each accepted Loop Sales Contract (the "Transferred Contract") to Pellet Works on the Assignment Date.'];
    expect(found(inBody)).toEqual(['Defined more than once: "Transferred Contract"']);
  });

  it('reads mirror clauses that define a term inline in the same words as one definition, and still flags mirrors that differ', () => {
    const period = 'the period ending two years after the last services Loam provides under clause 7 (the "Non-Competition Period")';
    const mirror = [
      PARTIES,
      `During ${period}, Loam shall not market any competing product in the Pellet Works Area.`,
      `During ${period}, Pellet Works shall not market any competing product in the Loam Area.`,
    ];
    expect(found(mirror)).toEqual([]);
    const differ = [mirror[0]!, mirror[1]!, 'During the period ending one year after the last order Pellet Works places under clause 7 (the "Non-Competition Period"), Pellet Works shall not market any competing product in the Loam Area.'];
    expect(found(differ)).toEqual(['Defined more than once: "Non-Competition Period"']);
  });
});
