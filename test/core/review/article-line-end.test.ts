import { fromText, review } from '../../../src/core/review';

// A line of plain text that stops on an article ("the", "a", "an") was cut mid-sentence, whatever the
// next line opens with: a defined term in quotes, or a capitalised name. Read apart, the definition
// "(the" / '"Licensed Software")' is lost and the licence seems to turn on an undefined term.

const LICENCE = [
  'This Firmware Licence is made between Velder Microsystems Inc. ("Velder") and',
  'Shaoxing Pinecrest Electronics Co., Ltd. ("Licensee") for the firmware shipped with this licence (the',
  '"Licensed Software"). Velder grants Licensee a non-exclusive licence to load the Licensed Software into',
  'Velder chips built into Licensee products, and to distribute the Licensed Software in object code as',
  'part of those products. Licensee shall not sell the Licensed Software on its own.',
].join('\n');

describe('a line that ends on an article runs on', () => {
  it('joins the definition split after "(the" into one paragraph', () => {
    const doc = fromText(LICENCE);
    expect(doc.paragraphs.some((p) => p.text.includes('(the "Licensed Software")'))).toBe(true);
  });
  it('then reads "Licensed Software" as defined', () => {
    const rules = review(fromText(LICENCE), { scenario: 'technology-license', role: 'licensee' }).findings.map((f) => f.rule);
    expect(rules).not.toContain('ambiguous.undefined-term');
  });
  it('keeps apart a line that ends a sentence or on a capital letter', () => {
    const doc = fromText(['The Products are listed in Schedule A', 'Velder may add products to the list by notice.', 'Delivery is at the', 'Buyer\'s works.'].join('\n'));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The Products are listed in Schedule A', 'Velder may add products to the list by notice.', "Delivery is at the Buyer's works."]);
  });
});
