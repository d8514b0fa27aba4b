// Names a draft gives without quotation marks and settled words that want no definition (issue 12):
// a "hereinafter" definition written bare, a party's full name shortened to its first word, a cover
// page's signature column headed by a role and the party's name, attachments named by their kind, a
// joint announcement on signing, and a standstill's list of an investor's plans. Each in our own
// contract wording, with a near miss that is still raised.
import { buildContext } from '../../../../src/core/review/engine';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { material } from '../../../../src/core/review/rules/material';
import { vagueTime } from '../../../../src/core/review/rules/vague-time';
import { makeContext } from './make-context';

const messages = (found: { message: string }[]) => found.map((f) => f.message);

describe('a term defined by "hereinafter" without quotation marks', () => {
  const supply = (naming: string, use: string) =>
    [
      'SUPPLY AGREEMENT',
      `This Supply Agreement is made between Corvane Systems Ltd. (the "Buyer") and Halden Optics GmbH ${naming}.`,
      '1. "Products" means the optical modules listed in Schedule 1, and "Order" means a purchase order the Buyer issues under this Agreement.',
      `2. ${use} shall deliver each Order within thirty (30) days after the Buyer issues it.`,
      `3. ${use} warrants that the Products conform to the Specifications in Schedule 2, and the Buyer may reject any non-conforming Products.`,
      `4. The Buyer shall pay ${use.replace(/^The /, 'the ')} within sixty (60) days after receiving a correct invoice.`,
      '5. Where a delivery is late by more than thirty (30) days, the Buyer may buy the Products from another supplier.',
    ].join('\n');

  it('reads "(hereinafter referred to as the Optics Supplier)" as the definition', () => {
    expect(messages(undefinedTerms(makeContext(supply('(hereinafter referred to as the Optics Supplier)', 'The Optics Supplier'))))).toEqual([]);
  });

  it('reads "hereinafter called" and a bare "(hereinafter ...)" alike', () => {
    expect(messages(undefinedTerms(makeContext(supply(', hereinafter called the Optics Supplier,', 'The Optics Supplier'))))).toEqual([]);
    expect(messages(undefinedTerms(makeContext(supply('(hereinafter Optics Supplier)', 'The Optics Supplier'))))).toEqual([]);
  });

  it('reads a term named with its owner ("Party A\'s Product") as defined without the owner too, and no other', () => {
    const cooperation = (naming: string) =>
      [
        'This Cooperation Agreement is made between Corvane Web Ltd. ("Party A") and Halden Search Co. ("Party B").',
        `Party A operates a web browser and a navigation site ${naming}.`,
        '1. "Revenues" means the fees Party B receives from advertisers for searches.',
        '2. Party B shall place its search box in the Product, and Party A shall keep the Product available to its users.',
        '3. Party B shall pay Party A half of the Revenues from searches made through the Product; searches through a product of any third party are not counted.',
      ].join('\n');
    expect(messages(undefinedTerms(makeContext(cooperation("(hereinafter referred to as Party A's Product)"))))).toEqual([]);
    expect(messages(undefinedTerms(makeContext(cooperation('(hereinafter referred to as the Browser)'))))).toEqual(['Capitalised terms used but never defined: "Product"']);
  });

  it('still raises a term used but never defined, and one "hereinafter" only points to', () => {
    // "as hereinafter provided" defines nothing: the Optics Supplier is still never defined.
    const found = messages(undefinedTerms(makeContext(supply('(the "Seller"), on the terms hereinafter provided', 'The Optics Supplier'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Optics Supplier"']);
  });
});

describe('a party named by the first word of its full name', () => {
  const licence = (use: string) =>
    [
      'TECHNOLOGY LICENSE AGREEMENT',
      'This Technology License Agreement is made between Halden Network Technology Co., Ltd., a company organised under the laws of the People\'s Republic of China ("Licensee"), and Corvane Systems Inc., a Delaware corporation ("Licensor").',
      '1. "Licensed Software" means the network management software described in Exhibit A.',
      '2. Licensor grants Licensee a non-exclusive licence to use the Licensed Software on the network equipment that Licensee operates.',
      `3. ${use}`,
      '4. Licensor shall keep the network management software and its source code in escrow for the network operators that use it.',
    ].join('\n');

  it('reads "Halden" alone as the party\'s short name', () => {
    const found = messages(undefinedTerms(makeContext(licence('Notices to Halden go to its legal department, and each invoice to Halden names the Licensed Software and the search keyword "halden" it answers; a copy of each notice to Halden goes to its counsel.'))));
    expect(found).toEqual([]);
  });

  it('still raises the first word of a name where the draft also writes it as an ordinary noun', () => {
    const text = licence('Licensee may connect the Licensed Software to the network it operates, and Licensor may inspect the Network once a year; the Network stays with Licensee.').replace(
      'Halden Network Technology Co., Ltd.',
      'Network Halden Technology Co., Ltd.',
    );
    expect(messages(undefinedTerms(makeContext(text)))).toEqual(['Capitalised terms used but never defined: "Network"']);
  });

  it('still raises another capitalised word used as an undefined term', () => {
    // "Network" is the second word of the name, not its opening, and is used as a term.
    const found = messages(undefinedTerms(makeContext(licence('Licensee may install the Licensed Software on the Network and shall keep the Network secure; Licensor may inspect the Network once a year.'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Network"']);
  });
});

describe('attachments named by their kind, in the plural', () => {
  const haulage = (use: string) =>
    [
      'HAULAGE CONTRACT between Corvane Chemicals Inc. (the "Shipper") and Halden Road Freight LLC (the "Carrier").',
      '1. "Shipment" means a load the Shipper tenders to the Carrier under this contract.',
      `2. The Shipper shall pay the Carrier for each Shipment ${use}.`,
      `3. Where the Carrier carries a return load for the Shipper, the charge is that set out in the ${use.replace(/^at the rates set out in (?:the )?/, '')}.`,
      '4. The rate for each return load, and any appendix of charges, may be confirmed by e-mail between the parties.',
    ].join('\n');

  it('reads "Rate Appendices" agreed from time to time as documents named by kind', () => {
    expect(messages(undefinedTerms(makeContext(haulage('at the rates set out in the Rate Appendices the parties agree from time to time'))))).toEqual([]);
  });

  it('still raises one attachment named but never attached or defined', () => {
    expect(messages(undefinedTerms(makeContext(haulage('at the rates set out in the Rate Appendix the parties agree from time to time'))))).toEqual([
      'Capitalised terms used but never defined: "Rate Appendix"',
    ]);
  });
});

describe('a joint announcement on signing', () => {
  const vague = (text: string) => messages(vagueTime(makeContext(text)));

  it('leaves "promptly following the execution" of an announcement both parties make', () => {
    expect(vague('Promptly following the execution of this Agreement, the Company and the Investor shall issue a mutually agreeable press release announcing the appointment of the New Director.')).toEqual([]);
    expect(vague('Promptly after the signing of this Agreement, the Parties shall jointly announce the collaboration in a form both approve.')).toEqual([]);
  });

  it('still raises one party\'s act on signing, and an announcement not tied to signing', () => {
    expect(vague('Promptly following the execution of this Agreement, the Licensor shall deliver the Source Code to the escrow agent.')).toEqual(['Vague time words: "promptly"']);
    expect(vague('The Company and the Investor shall promptly issue a press release once the Board approves the appointment.')).toEqual(['Vague time words: "promptly"']);
  });
});

describe('a standstill that copies the securities filing\'s list of an investor\'s plans', () => {
  const standstill = (limb: string) =>
    [
      'COOPERATION AGREEMENT between Corvane Holdings Inc. (the "Company") and Halden Partners LP (the "Investor").',
      `2. During the Standstill Period, neither it nor any of its Affiliates will, directly or indirectly, propose (x) any tender offer, merger, business combination or other transaction relating to a material amount of assets of the Company, or (y) ${limb}.`,
    ].join('\n');

  it('leaves "a material amount of assets" and "any material change in the capitalization or dividend policy"', () => {
    expect(messages(material(makeContext(standstill('any material change in the capitalization or dividend policy of the Company'), { scenario: 'technology-license', role: 'licensee' })))).toEqual([]);
  });

  it('still raises materiality outside that list', () => {
    const found = messages(
      material(
        makeContext(
          [
            'SUPPLY AGREEMENT between Corvane Holdings Inc. (the "Company") and Halden Partners LP (the "Supplier").',
            '2. The Supplier shall notify the Company within five days of any material change in its business that affects its ability to deliver the Products.',
          ].join('\n'),
          { scenario: 'technology-license', role: 'licensee' },
        ),
      ),
    );
    expect(found).toEqual(['"Material" used once but never defined']);
  });
});

describe('a cover page whose signature columns are headed by a role and the party\'s name', () => {
  const cell = (index: number, text: string, row: number, c: number) => ({ index, text, table: { table: 1, row, cell: c } });
  const cover = (heading: string) => [
    cell(0, '', 0, 0),
    cell(1, 'SUPPLIER: {supplier_name}', 0, 1),
    cell(2, heading, 0, 2),
    cell(3, 'Signature', 1, 0),
    cell(4, '', 1, 1),
    cell(5, '', 1, 2),
    cell(6, 'Print Name', 2, 0),
    cell(7, '{supplier_signatory}', 2, 1),
    cell(8, '{buyer_signatory}', 2, 2),
  ];
  const terms = [
    '"Order" means a purchase order for drive units that Purchaser issues under these terms.',
    'Supplier will deliver the drive units to Purchaser at the delivery point in the Order, and Purchaser will inspect them within ten days.',
    'Supplier may not name Purchaser as a purchaser of its products in any publicity without Purchaser\'s prior written consent.',
    'Purchaser will pay Supplier the price in each invoice within thirty days after receiving it.',
  ];
  const undefinedIn = (heading: string) => {
    const paragraphs = [...cover(heading), ...terms.map((text, i) => ({ index: 9 + i, text }))];
    return messages(undefinedTerms(buildContext({ paragraphs }).ctx));
  };

  it('reads "PURCHASER: {purchaser_name}" over the column the purchaser signs as naming the party', () => {
    expect(undefinedIn('PURCHASER: {purchaser_name}')).toEqual([]);
  });

  it('still raises the role where the column is headed by something else', () => {
    expect(undefinedIn('Signed for the other party: {purchaser_name}')).toEqual(['Capitalised terms used but never defined: "Purchaser"']);
  });
});
