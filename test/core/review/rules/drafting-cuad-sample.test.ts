// Drafting points from the seed-1211 reading of the 202 CUAD development contracts (issue 12) and the
// ninth draw's misses: each a rule of drafting, with a near miss on the other side. The wording is ours,
// in the styles of the filings read.
import { crossReferences } from '../../../../src/core/review/rules/cross-references';
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { material } from '../../../../src/core/review/rules/material';
import { makeContext } from './make-context';

const messages = (found: { message: string }[]) => found.map((f) => f.message);

describe('clause numbers a filing ran into their headings', () => {
  const draft = (ref: string) =>
    [
      '1. DEFINITIONS: "Station" means each television station listed in Exhibit A.',
      '2.TERM: This Agreement runs for three years from the Launch Date.',
      '3.GRANT OF RIGHTS; STATIONS: (a) Network grants Affiliate the right to transmit the Service on each Station.',
      '4.NO FEES; REVENUE SHARE: Affiliate pays no fee for the Service.',
      '5.TERMINATION: Either party may terminate this Agreement on ninety days notice.',
      `The right to transmit the Service is limited as provided in ${ref}.`,
    ].join('\n');

  it('reads "3.GRANT OF RIGHTS" as clause 3', () => {
    expect(messages(crossReferences(makeContext(draft('Section 3(a)'))))).toEqual([]);
  });

  it('still finds a clause the draft does not have', () => {
    expect(messages(crossReferences(makeContext(draft('Section 7(a)'))))).toEqual(['References to sections that do not exist: 7']);
  });
});

describe('a clause that sends the reader above or below to its own number', () => {
  const employment = (clause: string, after: string[] = []) =>
    [
      '15. INTELLECTUAL PROPERTY',
      '15.1 You shall disclose to the Company every invention you make in the course of your employment.',
      '15.2 Every invention you make in the course of your employment belongs to the Company.',
      clause,
      ...after,
      '15.4 Nothing in this paragraph 15 restricts your rights under the Patents Act 1977.',
      '16. NOTICES',
      '16.1 Notices under this Agreement are given in writing to the addresses above.',
    ].join('\n');

  it('fires on a one-paragraph clause made subject to itself "below"', () => {
    const clause = '15.3 Subject to paragraph 15.3 below, you shall at the Company\'s request sign every document needed to vest an invention in the Company.';
    expect(messages(crossReferences(makeContext(employment(clause))))).toEqual(['References that point to the wrong section: 15.3 refers to itself']);
  });

  it('stays quiet where the clause goes on below with the items it points to', () => {
    const clause = '15.3 You shall sign the documents listed in clause 15.3 below at the Company\'s request:';
    const items = ['(a) every assignment of an invention to the Company; and', '(b) every application for a patent for an invention in any country of the world.'];
    expect(messages(crossReferences(makeContext(employment(clause, items))))).toEqual([]);
  });
});

describe('a definition whose opening quote the filing lost', () => {
  const licence = (definition: string) =>
    [
      '1. LICENCE. Licensor grants Licensee an exclusive licence to make and sell the Licensed Products in the Territory.',
      '2. ROYALTIES. Licensee shall pay Licensor a royalty of 5% of the Adjusted Gross Receipts of all Licensed Products sold in each quarter.',
      '3. REPORTS. Each quarterly report shows the gross sales and the Adjusted Gross Receipts of the Licensed Products sold.',
      definition,
      '"Licensed Products" means the devices described in Appendix A.',
      '"Territory" means the United States.',
    ].join('\n');

  it('reads `Adjusted Gross Receipts" means` as defining the term', () => {
    const definition = '4. Adjusted Gross Receipts" means the gross amounts invoiced for Licensed Products less returns.';
    expect(messages(undefinedTerms(makeContext(licence(definition))))).toEqual([]);
  });

  it('still finds the royalty base undefined where nothing defines it', () => {
    const definition = '4. The royalty is paid within thirty days after the end of each quarter.';
    expect(messages(undefinedTerms(makeContext(licence(definition))))).toEqual(['Undefined terms that decide money or termination: "Adjusted Gross Receipts"']);
  });
});

describe('materiality whose measure the clause already gives', () => {
  const found = (sentence: string) => messages(material(makeContext(['SPONSORSHIP AGREEMENT', sentence].join('\n'))));

  it('leaves a threshold judged in a party\'s reasonable opinion', () => {
    expect(found('Either party may terminate this Agreement if association with the other party could, in such party\'s reasonable opinion, materially damage its reputation.')).toEqual([]);
    expect(found('Either party may terminate this Agreement if association with the other party could materially damage its reputation.')).toEqual(['"Material" used once but never defined']);
  });

  it('leaves "the material terms of this Agreement" kept confidential, not where a change to them is a ground', () => {
    expect(found('The material terms of this Agreement are confidential information under the parties\' non-disclosure agreement.')).toEqual([]);
    expect(found('Sponsor may terminate this Agreement if the Team changes the material terms of this Agreement without notice.')).toEqual(['"Material" used once but never defined']);
  });
});
