// Terms a draft names without quotation marks (issue 12): a "hereinafter" definition written
// bare, and a party's full name shortened to its first word. Each in our own contract wording, with a
// near miss that is still raised.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
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
    const found = messages(undefinedTerms(makeContext(licence('Notices to Halden go to its legal department, and each invoice to Halden names the Licensed Software and the halden site it is used at; a copy of each notice to Halden goes to its counsel.'))));
    expect(found).toEqual([]);
  });

  it('still raises another capitalised word used as an undefined term', () => {
    // "Network" is the second word of the name, not its opening, and is used as a term.
    const found = messages(undefinedTerms(makeContext(licence('Licensee may install the Licensed Software on the Network and shall keep the Network secure; Licensor may inspect the Network once a year.'))));
    expect(found).toEqual(['Capitalised terms used but never defined: "Network"']);
  });
});
