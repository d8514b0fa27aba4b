import { piecesOf, type Mark } from '../../src/workspace/highlight';

const clause = '4.1 All Results shall be jointly owned by the Parties.';
const mark = (start: number, end: number, findingId: string): Mark => ({ start, end, findingId, severity: 'high' });

describe('piecesOf', () => {
  it('cuts a paragraph around a quoted passage and keeps every character once', () => {
    const start = clause.indexOf('jointly owned');
    const pieces = piecesOf(clause, [mark(start, start + 'jointly owned'.length, 'f1')]);
    expect(pieces.map((p) => p.text)).toEqual(['4.1 All Results shall be ', 'jointly owned', ' by the Parties.']);
    expect(pieces[1]!.mark?.findingId).toBe('f1');
    expect(pieces.map((p) => p.text).join('')).toBe(clause);
  });

  it('clips overlapping quotes instead of repeating text', () => {
    const pieces = piecesOf(clause, [mark(4, 30, 'a'), mark(20, 40, 'b'), mark(100, 120, 'past-the-end')]);
    expect(pieces.map((p) => p.text).join('')).toBe(clause);
    expect(pieces.filter((p) => p.mark).map((p) => [p.mark!.findingId, p.text])).toEqual([
      ['a', clause.slice(4, 30)],
      ['b', clause.slice(30, 40)],
    ]);
  });

  it('returns the whole paragraph when nothing is marked', () => {
    expect(piecesOf('', [])).toEqual([{ text: '' }]);
    expect(piecesOf(clause, [])).toEqual([{ text: clause }]);
  });
});
