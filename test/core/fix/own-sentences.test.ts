import type { Finding } from '../../../src/core/findings';
import { clauseSpan } from '../../../src/core/fix/clause-span';
import { ownSentences } from '../../../src/core/fix/own-sentences';
import { fromText, segment } from '../../../src/core/review';

/** What a fix on `topic` for a point quoting `quote` takes out of the clause holding it: the text it deletes, and the sentences it keeps. */
function replacing(clause: string, quote: string, topic: string) {
  const doc = fromText(['3. Restrictions', clause, '4. Term', '4.1 This Agreement continues for twelve months.'].join('\n\n'));
  const segments = segment(doc);
  const at = doc.paragraphs.findIndex((p) => p.text.includes(quote));
  const start = doc.paragraphs[at]!.text.indexOf(quote);
  const finding = { evidence: [{ paragraph: at, start, end: start + quote.length, text: quote }] } as unknown as Finding;
  const part = ownSentences(doc, segments, clauseSpan(doc, segments.sections, at, 'end'), finding, topic);
  return part && { keeps: part.keeps, deleted: part.deleted.map((r) => r.text) };
}

const RE = 'Evaluator shall not, and shall not permit any third party to, disassemble, decompile or reverse engineer the Samples.';
const LOCKED = 'Evaluator shall not disclose the results of any test on the Samples to any person without Supplier’s prior written consent.';
const COMPETE = 'During the term of this Agreement and for two years after it ends, Evaluator shall not develop or sell any battery cell that competes with the Samples.';

describe('a fix for one duty of a clause of separate duties', () => {
  it('takes out only the sentence it answers and keeps the other side’s bans, the clause’s number too', () => {
    expect(replacing(`3.1 ${RE} ${LOCKED} ${COMPETE}`, 'results of any test', 'test-data')).toEqual({ keeps: [`3.1 ${RE}`, COMPETE], deleted: [`${LOCKED} `] });
    expect(replacing(`3.1 ${LOCKED} ${RE}`, 'results of any test', 'test-data')).toEqual({ keeps: [RE], deleted: [`${LOCKED} `] });
  });

  it('takes with it a sentence that leans on the one it answers', () => {
    const leaning = 'Such results remain the Confidential Information of Supplier.';
    expect(replacing(`3.1 ${RE} ${LOCKED} ${leaning}`, 'results of any test', 'test-data')).toEqual({ keeps: [`3.1 ${RE}`], deleted: [`${LOCKED} ${leaning}`] });
  });

  it('leaves the clause to go whole where nothing else in it stands as a duty of its own', () => {
    expect(replacing(`3.1 ${LOCKED} Any report Evaluator prepares is Supplier’s property.`, 'results of any test', 'test-data')).toBeUndefined();
    expect(replacing(`3.1 ${LOCKED}`, 'results of any test', 'test-data')).toBeUndefined();
  });
});
