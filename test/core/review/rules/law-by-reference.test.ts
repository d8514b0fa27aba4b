// Governing law and courts given only as cover-page variables: raised where the draft leaves them
// unfilled, quiet where it fills or defines them, or names the law itself.
import { lawByReference } from '../../../../src/core/review/rules/law-by-reference';
import { makeContext } from './make-context';

const TERMS = [
  'STANDARD TERMS',
  '9.2 Governing Law and Chosen Courts. The Governing Law will govern all interpretations and disputes about this Agreement, without regard to its conflict of laws provisions.',
  'The parties will bring any legal action about this Agreement in the Chosen Courts, and each party submits to the exclusive jurisdiction of the Chosen Courts.',
  '10.1 Variables. Variables have the meanings given on the Cover Page. If the Cover Page omits a Variable, the correlating clause does not apply to this Agreement.',
];
const found = (text: string) => lawByReference(makeContext(text, { scenario: 'sample-testing', role: 'evaluator' }));

describe('governing law and courts left to a cover page', () => {
  it('fires where the standard terms name the law and courts only by labels the draft does not fill', () => {
    const [f] = found(TERMS.join('\n'));
    expect(f?.rule).toBe('ambiguous.law-by-reference');
    expect(f?.severity).toBe('medium');
    expect(f?.message).toContain('"Governing Law"');
    expect(f?.message).toContain('"Chosen Courts"');
    expect(f?.evidence.map((e) => e.text).join(' ')).toContain('omits a Variable');
  });
  it('stays quiet where the cover page is part of the draft and fills the labels', () => {
    const cover = ['COVER PAGE', 'Governing Law: the laws of the State of New York', 'Chosen Courts: the state and federal courts located in New York County'];
    expect(found([...cover, ...TERMS].join('\n'))).toEqual([]);
  });
  it('stays quiet where the terms define the labels themselves', () => {
    const defined = '"Governing Law" means the laws of England and Wales, and "Chosen Courts" means the courts of England.';
    expect(found([...TERMS, `10.2 ${defined}`].join('\n'))).toEqual([]);
  });
  it('stays quiet on a law named in the clause, though other values come from an order form', () => {
    const named = [
      'STANDARD TERMS',
      '9.2 This Agreement is governed by the laws of the State of New York, and the parties submit to the exclusive jurisdiction of the courts of New York County.',
      '10.1 Fees, the Subscription Term and other variables have the meanings given on the Order Form.',
    ];
    expect(found(named.join('\n'))).toEqual([]);
  });
});
