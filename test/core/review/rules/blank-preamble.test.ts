// Blanks left to fill where the parties and the date are stated (issue 12): a line, a row of X's or a
// placeholder in brackets is a proofreading point; a redaction, a date merely missing and blanks in
// the signature blocks are not.
import { blankPreamble } from '../../../../src/core/review/rules/blank-preamble';
import { makeContext } from './make-context';

const found = (text: string[]) => blankPreamble(makeContext(text.join('\n')));
const BODY = [
  'NOW, THEREFORE, the parties agree as follows:',
  '1. Appointment. Company appoints Distributor as its exclusive distributor of the Products in the Territory.',
  '2. Term. This Agreement lasts three years from the Effective Date.',
  'COMPANY By: ______________ Name: ______________ DISTRIBUTOR By: ______________ Name: ______________',
];

describe('blanks in the opening words', () => {
  it('flags a party name left as X\'s, an address left as a line and a date with a blank day, in one low point', () => {
    const text = [
      'THIS DISTRIBUTOR AGREEMENT is made as of March __, 2025 (the "Effective Date") between Coastal Roasters LLC, a Florida limited liability company of ______________, FL ("Company"), and XXXXXXXXXXXX ("Distributor").',
      ...BODY,
    ];
    const [f, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'drafting.blank-preamble', severity: 'low', kind: 'drafting' });
    expect(f!.message).toBe('Blanks left to fill in the opening words (3)');
  });

  it('flags a placeholder in brackets', () => {
    const text = ['This Reseller Agreement is made on 1 June 2025 between [COMPANY NAME], a company incorporated in [insert jurisdiction] ("Reseller"), and Ledgerline Systems Inc. ("Supplier").', ...BODY];
    expect(found(text).map((x) => x.message)).toEqual(['Blanks left to fill in the opening words (2)']);
  });

  it('is quiet on a completed opening, a redaction, a date merely missing and blanks in the signature blocks', () => {
    const text = [
      'THIS DISTRIBUTOR AGREEMENT is made as of , 2025 between Coastal Roasters LLC, 12 Harbor Road, Miami, FL ("Company"), and Palm Trade Inc. ("Distributor"), at a discount of [***] per cent.',
      ...BODY,
      '3. Prices. Distributor shall pay the prices in Schedule A, less the discount of ____ per cent agreed each year.',
    ];
    expect(found(text)).toEqual([]);
  });
});

describe('blanks in the opening words: marks of a filed copy (issue 12, third unseen draw)', () => {
  it('flags a date left as a dot in brackets, and is quiet on a note that the copy could not be read', () => {
    const dot = ['This Trademark License Agreement is made as of [·], 2025 (the "Effective Date") between Harrow Marks LLC ("Licensor") and Pellston Fund Inc. ("Licensee").', ...BODY];
    expect(found(dot).map((x) => x.message)).toEqual(['Blanks left to fill in the opening words (1)']);
    const letter = ['Harrow Marks LLC agrees to host the Pellston Fund web site for one cent per access. [ILLEGIBLE] PELLSTON 9/9/25 Harrow Marks LLC Date'];
    expect(found(letter)).toEqual([]);
  });
});

describe('blanks in the opening words: boxes to tick on an order form', () => {
  it('is quiet on an empty box before an option, and still flags a bracketed blank inside a sentence', () => {
    const form = [
      'Order Form',
      'Payment Process',
      '[    ]\tPay by invoice',
      'Customer will pay Fees within thirty days from the invoice date.',
      '[ ]  Automatic billing',
      ...BODY,
    ];
    expect(found(form)).toEqual([]);
    const blank = ['This Pilot Agreement is made as of [    ], 2025 between Harrow Labs Inc. ("Provider") and Pellston Cells Ltd. ("Customer").', ...BODY];
    expect(found(blank).map((x) => x.message)).toEqual(['Blanks left to fill in the opening words (1)']);
  });
});

describe('blanks in the opening words: a blank governing law or forum is law-blank\'s point', () => {
  const cover = (law: string) => ['Mutual Non-Disclosure Agreement Cover Page', 'Party A: [Company Name]', law, 'Jurisdiction: [Fill in city or county and state]', ...BODY];
  it('leaves out the governing law and courts on a cover page, and still files the party left blank', () => {
    const [f, ...rest] = found(cover('Governing Law: [Fill in state]'));
    expect(rest).toEqual([]);
    expect(f!.evidence.map((e) => e.text)).toEqual(['Party A: [Company Name]']);
    expect(f!.message).toBe('Blanks left to fill in the opening words (1)');
  });
  it('still files a blank beside the law that is not the law: an effective date on the same line', () => {
    const [f] = found(cover('Effective Date: [____] Governing Law: the laws of England and Wales'));
    expect(f!.message).toBe('Blanks left to fill in the opening words (2)');
  });
});

describe('blanks in the opening words: styled text in Pandoc markup', () => {
  it('is quiet on a heading in small capitals, and still flags a placeholder in brackets beside it', () => {
    const styled = ['This Evaluation Agreement is made on 2 May 2025 between Tessel Optics Ltd. ("Supplier") and Marrow Devices Inc. ("Evaluator").', '**[SCOPE OF EVALUATION]{.smallcaps}**', ...BODY];
    expect(found(styled)).toEqual([]);
    const blank = ['This Evaluation Agreement is made on 2 May 2025 between Tessel Optics Ltd. ("Supplier") and [EVALUATOR NAME] ("Evaluator").', '**[SCOPE OF EVALUATION]{.smallcaps}**', ...BODY];
    expect(found(blank).map((x) => x.message)).toEqual(['Blanks left to fill in the opening words (1)']);
  });
});
