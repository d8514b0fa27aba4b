// A sentence set wholly in capitals (an acceptance legend, a reservation of rights) is a sentence, not
// a name: a fragment of it that ends on a company form ("… IS EXPRESSLY LIMITED") is no party, and
// a hard-wrapped line of it does not end the sentence where the line ends.
import { fromText } from '../../../src/core/review/text';
import { makeContext } from './rules/make-context';

const LEGEND = `SOFTWARE LICENSE
BY INSTALLING THE TOOLKIT YOU AGREE TO THESE TERMS. IF THESE TERMS ARE TREATED AS AN OFFER, ACCEPTANCE IS EXPRESSLY LIMITED TO THESE TERMS.
This licence is granted by Tessaro Instruments Limited (the "Licensor") to the person installing the Toolkit (the "Licensee").`;

describe('sentences in capitals', () => {
  it('takes no party from a fragment of a sentence in capitals that ends on a company form', () => {
    const names = makeContext(LEGEND, { scenario: 'technology-license', role: 'licensee' }).parties.map((p) => p.name);
    expect(names).not.toContain('ACCEPTANCE IS EXPRESSLY LIMITED');
    expect(names).toContain('Tessaro Instruments Limited');
  });

  it('keeps a legal name in capitals that holds no verb', () => {
    const names = makeContext('This Agreement is made between NORTHGATE TOOLING LIMITED (the "Licensor") and Quanzhou Sensor Co., Ltd. (the "Licensee").').parties.map((p) => p.name);
    expect(names).toContain('NORTHGATE TOOLING LIMITED');
  });

  it('runs a line of eight or more words in capitals that stops on a word no sentence ends on into the next line', () => {
    const doc = fromText('THE LICENSOR MAY CHANGE THESE TERMS AT ANY TIME BY\nPOSTING THE CHANGED TERMS ON ITS WEBSITE.\n1. GRANT. The Licensor grants the Licensee a licence.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'THE LICENSOR MAY CHANGE THESE TERMS AT ANY TIME BY POSTING THE CHANGED TERMS ON ITS WEBSITE.',
      '1. GRANT. The Licensor grants the Licensee a licence.',
    ]);
  });

  it('keeps a heading, a short line and a numbered line in capitals apart', () => {
    const doc = fromText('SOFTWARE LICENCE AGREEMENT FOR THE\nTOOLKIT\nSIGNED BY\nACME LIMITED\nTHE LICENSEE MAY NOT ASSIGN ANY OF ITS RIGHTS TO ANY\n2. ASSIGNMENT OF RIGHTS');
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      'SOFTWARE LICENCE AGREEMENT FOR THE',
      'TOOLKIT',
      'SIGNED BY',
      'ACME LIMITED',
      'THE LICENSEE MAY NOT ASSIGN ANY OF ITS RIGHTS TO ANY',
      '2. ASSIGNMENT OF RIGHTS',
    ]);
  });
});
