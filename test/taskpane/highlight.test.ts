import { emphasised, piecesOf, type Mark } from '../../src/workspace/highlight';

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

describe('emphasised', () => {
  const text = 'Feedback.  Customer may give Feedback to Provider.';
  const title = { start: 0, end: 9, underline: true } as const;
  const term = { start: text.indexOf('Feedback to'), end: text.indexOf('Feedback to') + 8, bold: true } as const;

  it('cuts pieces where bold or underline begins and ends, and sets only those words', () => {
    const pieces = emphasised(piecesOf(text, []), [title, term]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.emphasis).map((p) => [p.text, p.emphasis])).toEqual([
      ['Feedback.', title],
      ['Feedback', term],
    ]);
  });

  it('keeps a quoted passage whole in its mark across differently set words', () => {
    const start = text.indexOf('give Feedback');
    const pieces = emphasised(piecesOf(text, [mark(start, start + 'give Feedback'.length, 'f1')]), [title, term]);
    expect(pieces.filter((p) => p.mark).map((p) => [p.text, p.emphasis?.bold ?? false])).toEqual([
      ['give ', false],
      ['Feedback', true],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('leaves a paragraph with no emphasis as it was', () => {
    expect(emphasised(piecesOf(text, []), undefined)).toEqual([{ text }]);
  });
});
