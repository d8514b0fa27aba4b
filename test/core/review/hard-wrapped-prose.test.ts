import { fromText, review } from '../../../src/core/review';

// Plain-text licences are often wrapped at a fixed width, each line its own line of the file: a
// sentence then runs over lines that may open with a capital ("Agreement", "Licensee", "Software").

/** Wraps each paragraph greedily at `width` columns, as a text editor's "fill" does. */
function wrap(paragraphs: string[], width: number): string {
  const out: string[] = [];
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out.join('\n');
}

const LICENCE = [
  'DATA TOOLS LICENCE',
  '1. Grant. Quillon Analytics, Inc. ("Quillon") hereby grants You a limited, non-exclusive, royalty-free licence to install and run the Toolkit inside Your own organisation.',
  '2. Restrictions. You shall not sell, rent or lend the Toolkit to any third party, or use the Toolkit to build a product that competes with it.',
  '3. Ownership. Quillon and its suppliers keep all title to and Intellectual Property in the Toolkit and every copy of it.',
  '4. Termination. You may end this Agreement at any time by deleting every copy of the Toolkit. Quillon may terminate this Agreement and the licence granted herein with immediate effect if You breach any term of it, for any other reason, or for no reason.',
  '5. Law. This Agreement is governed by the laws of the State of New York, and the courts of New York County hear any dispute arising from it.',
  '6. Notices. Notices go to the addresses the parties give each other in writing, and take effect when received.',
];
const asLicensee = { scenario: 'technology-license', role: 'licensee' } as const;
const texts = (text: string) => fromText(text).paragraphs.map((p) => p.text);

describe('prose hard-wrapped at a fixed width', () => {
  it('reads each wrapped paragraph whole, where a line is cut before a capitalised word', () => {
    const wrapped = wrap(LICENCE, 64);
    // The termination right is cut between "this" and "Agreement" at 64 columns.
    expect(wrapped).toMatch(/may terminate this\nAgreement/);
    expect(texts(wrapped)).toEqual(LICENCE);
  });

  it('raises the licensor ending the licence for no reason, once the clause is read whole', () => {
    const found = review(fromText(wrap(LICENCE, 64)), asLicensee).findings.map((f) => f.rule);
    expect(found).toContain('one-sided.licence-end');
  });

  it('keeps apart a line the writer ended before the width: a heading, a signature, a short last line', () => {
    const wrapped = `${wrap(LICENCE, 64)}\nSigned for Quillon Analytics, Inc.\nMaria Keller\nGeneral Counsel`;
    expect(texts(wrapped).slice(-3)).toEqual(['Signed for Quillon Analytics, Inc.', 'Maria Keller', 'General Counsel']);
  });

  it('keeps apart a new numbered item and a Markdown table row, however full the line before', () => {
    const lines = wrap(LICENCE.slice(0, 4), 70).split('\n');
    // A full line with no full stop, then a numbered item.
    const item = [...lines, 'Quillon may assign this Agreement to any company of its group without', '7. Survival. Sections 2 and 3 survive the end of this Agreement.'].join('\n');
    expect(texts(item).slice(-2)).toEqual(['Quillon may assign this Agreement to any company of its group without', '7. Survival. Sections 2 and 3 survive the end of this Agreement.']);
    const table = [...lines, '| Fee payable by the Licensee for each seat in each year of the Term |', '| Support hours included in the fee for each seat in each year of use |'].join('\n');
    expect(texts(table).slice(-2)).toHaveLength(2);
  });

  it('leaves a text with a paragraph to each line as it was: its lines stop at no one width', () => {
    const oneLine = LICENCE.map((p, i) => (i === 4 ? 'Quillon may terminate this' : p));
    oneLine.splice(5, 0, 'Agreement for breach after notice.');
    expect(texts(oneLine.join('\n'))).toEqual(oneLine);
  });
});
