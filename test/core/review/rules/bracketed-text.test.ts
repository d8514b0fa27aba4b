import { bracketedText } from '../../../../src/core/review/rules/bracketed-text';
import type { FixSource } from '../../../../src/core/review/context';
import { makeContext } from './make-context';

const LIBRARY: FixSource = {
  clauses: [
    { id: 'results-use', topic: 'results-use', variants: [{ id: 'limited', stance: 'balanced' }] },
    { id: 'territory', topic: 'territory', variants: [{ id: 'defined', stance: 'balanced' }] },
  ],
};

const ASSIGNMENT =
  'The University hereby assigns to Sponsor all of its right, title and interest in and to the Inventions and all Intellectual Property Rights therein[, provided that the University shall retain the right to use any such Invention for teaching and non-commercial research purposes].';

describe('bracketed draft wording left in a clause', () => {
  it('flags an unresolved option that keeps a right, at medium, under the term it changes', () => {
    const [f] = bracketedText(makeContext(['"Inventions" means inventions made in the Research.', ASSIGNMENT].join('\n'), { library: LIBRARY }));
    expect(f).toMatchObject({ rule: 'ambiguous.bracketed-text', kind: 'ambiguous', severity: 'medium', topic: 'results-use' });
    expect(f!.message).toBe('Bracketed draft wording left in (1)');
    expect(f!.evidence[0]!.text).toContain('teaching and non-commercial research purposes]');
    expect(f!.fix?.clause).toBe('results-use');
  });

  it('keeps an option that only adds words to a list at low, with no library clause offered for it', () => {
    const text = [
      'The Distributor shall not sell the Products outside the Territory.',
      'No consent of any lender or other person is required for the Distributor to perform this Agreement, [including, without limitation, the consent of the Bank.]',
    ].join('\n');
    const found = bracketedText(makeContext(text, { library: LIBRARY }));
    expect(found.map((f) => f.severity)).toEqual(['low']);
    // The option sits in a warranty of authority, after a territory clause: the territory clause is no answer to it.
    expect(found[0]!.fix).toBeUndefined();
  });

  it('is quiet on redactions, blanks, notes, glosses and forms attached to the agreement', () => {
    const text = [
      'Licensee shall pay a royalty of [* * *] percent of Net Sales.',
      'This Agreement is made between [insert name of the company] and the University.',
      'This Agreement is governed by Austrian law, excluding the IPRG [law on private international law of Austria].',
      '[Remainder of page intentionally left blank; signature page follows]',
      'EXHIBIT B',
      'Form of Compliance Certificate: the Servicer has fulfilled its obligations [and except as disclosed in the Compliance Statement,] in all material respects.',
    ].join('\n');
    expect(bracketedText(makeContext(text))).toEqual([]);
  });
});
