import { fromText, review } from '../../../src/core/review';

// A licence written in a word processor and saved as plain text keeps the lines of its proportional
// font: they stop anywhere in the last quarter of the width, often with trailing spaces, and a line may
// stop inside a company's name ("grants to Brightmoor" / "Semiconductor (and its affiliates) ...").
// Read apart, the grant-back of our patents has no party and the licence of our patents is missed.

const LINES = [
  'EMBEDDED FIRMWARE LICENCE AGREEMENT ',
  '',
  'This Agreement is made between Brightmoor Semiconductor, Inc. ("Brightmoor Semiconductor") and the ',
  'company that accepts it ("Licensee"). ',
  '',
  '1. Licence. Brightmoor Semiconductor grants to Licensee a non-exclusive licence to load the ',
  'Firmware into Brightmoor Semiconductor chips built into Licensee products and to distribute the ',
  'Firmware in object code inside those products. ',
  '',
  '2. Licence to Brightmoor. During the term of this Agreement Licensee grants to Brightmoor ',
  'Semiconductor and its affiliates, under all Licensee patents, a worldwide, royalty-free licence to ',
  'make, use, sell and otherwise exploit the Firmware and its updates, and to sublicense others to do so. ',
  '',
  '3. Reports. Within thirty (30) days after the end of each calendar quarter, Licensee shall report ',
  'to Brightmoor Semiconductor the number of Licensee products shipped that contain the Firmware. ',
  '',
  '4. Law. This Agreement is governed by the laws of the State of New York, and the state courts ',
  'sitting in New York County hear every dispute arising from it, to the exclusion of other courts. ',
];
const TEXT = LINES.join('\n');
const texts = (text: string) => fromText(text).paragraphs.map((p) => p.text);

describe('prose wrapped in a proportional font, saved as plain text', () => {
  it('joins a sentence cut inside a name, where the line stops short of the width and on spaces', () => {
    expect(texts(TEXT)).toContain(
      '2. Licence to Brightmoor. During the term of this Agreement Licensee grants to Brightmoor Semiconductor and its affiliates, under all Licensee patents, a worldwide, royalty-free licence to make, use, sell and otherwise exploit the Firmware and its updates, and to sublicense others to do so.',
    );
  });
  it('then raises the licence of our patents to the licensor', () => {
    const found = review(fromText(TEXT), { scenario: 'technology-license', role: 'licensee' }).findings;
    const back = found.find((f) => f.rule === 'one-sided.licence-back');
    expect(back?.evidence.some((e) => e.text.includes('under all Licensee patents'))).toBe(true);
  });
  it('keeps apart a short line, a line in capitals and a line that ends a sentence', () => {
    expect(texts(['Schedule of approved products', 'Licensee may add a product by notice.', 'CONFIDENTIAL TREATMENT REQUESTED BY LICENSEE AND', 'Brightmoor Semiconductor may refuse.'].join('\n'))).toEqual([
      'Schedule of approved products',
      'Licensee may add a product by notice.',
      'CONFIDENTIAL TREATMENT REQUESTED BY LICENSEE AND',
      'Brightmoor Semiconductor may refuse.',
    ]);
  });
});
