// A term a clause opens with a colon and the table below sets out (issue 12): "the Unit Price of:"
// over a table headed "Model   Unit Price" is defined by the table. The colon alone defines nothing.
import { undefinedTerms } from '../../../../src/core/review/rules/defined-terms';
import { makeContext } from './make-context';

const OPENING = 'This Supply Agreement is made between Fenwick Tools Ltd ("Fenwick") and Garnet Retail Inc. ("Garnet").';
const DEFINED = '"Products" means the tools listed in Schedule 1.';
const WORDS = 'The unit price of each model and the delivery plan are agreed in writing.';
const found = (lines: string[]) => undefinedTerms(makeContext([OPENING, DEFINED, WORDS, ...lines].join('\n'))).map((f) => f.message);

describe('a term set out in the table after its colon', () => {
  it('is defined by a table whose heading row names it', () => {
    const lines = [
      '4. Prices. Garnet shall buy the Products from Fenwick at the Unit Price of:',
      'Model          Unit Price       ----------------------------    A. Drill 20V        USD 84.00',
      'Fenwick may change the Unit Price on ninety days notice, and Garnet shall pay the Unit Price within thirty days of invoice.',
    ];
    expect(found(lines)).toEqual([]);
  });

  it('is still asked for where no table after the colon names it', () => {
    const lines = [
      '5. Delivery. Fenwick shall deliver the Products under the Delivery Plan:',
      '(a) by road to the store Garnet names; and (b) within ten days of each order.',
      'Garnet may change the Delivery Plan once a quarter, and Fenwick shall follow the Delivery Plan.',
    ];
    expect(found(lines)).toEqual(['Capitalised terms used but never defined: "Delivery Plan"']);
  });
});
