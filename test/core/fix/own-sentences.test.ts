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

// Splits that read the corpus's real drafts wrongly (scripts/own-sentences-corpus.ts), in our own words.
describe('where a clause’s sentences are told apart', () => {
  const FEEDBACK_OPTIONAL = 'Customer may choose to send Provider Feedback on the Service.';
  const FEEDBACK_FREE = 'Provider may use all Feedback freely without any restriction or obligation.';
  const USAGE = 'Provider may also collect Usage Data and may freely use Usage Data for any purpose without restriction or obligation.';
  it('an opening sentence of no subject of its own goes with what it leads into, not with the fix', () => {
    const part = replacing(`3.1 ${FEEDBACK_OPTIONAL} ${FEEDBACK_FREE} ${USAGE}`, 'collect Usage Data', 'test-data');
    expect(part).toEqual({ keeps: [`3.1 ${FEEDBACK_OPTIONAL}`, FEEDBACK_FREE], deleted: [USAGE] });
  });

  it('a list’s lead-in goes with its items where one of them is the point, and the list goes whole', () => {
    const lead = 'Confidential Information shall not include information that:';
    const items = ['(a) is or becomes public through no fault of Recipient;', '(b) Recipient develops on its own, whether or not it had access to Confidential Information; or', '(c) Recipient lawfully receives from a third party.'];
    const part = replacing([`3.1 ${lead}`, ...items, RE].join('\n\n'), 'whether or not it had access', 'confidentiality');
    expect(part).toEqual({ keeps: [RE], deleted: [lead, ...items] });
  });

  it('a sub-clause with its own label after a full stop is a provision apart, kept, even with no duty the rule reads', () => {
    const keep = '(a) Recipient shall keep Confidential Information secret.';
    const ret = '(b) On Discloser’s written request, Recipient shall return or destroy all Confidential Information within 10 days after the request.';
    const contact = '(c) Each Party will name one person to receive notices under this Section.';
    const part = replacing([`3.1 ${keep}`, ret, contact].join('\n\n'), 'return or destroy', 'return-or-destroy');
    expect(part).toEqual({ keeps: [`3.1 ${keep}`, contact], deleted: [ret] });
  });
});
