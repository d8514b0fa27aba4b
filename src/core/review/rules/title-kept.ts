// A draft that says the discloser keeps its rights in the information, in words other than "no licence":
// "all rights in the Confidential Information remain with the Discloser", or the information "is deemed
// lent to the Recipient" for the evaluation. A lender and an owner that
// keeps its rights grant nothing by implication, so the missing no-licence sentence is no gap. The
// topic detector does not take these as the no-licence term itself (the development corpus's readers
// do not), so the missing-terms check reads them here.
import type { Sentence } from '../context';
import { anyMatching } from './sentence-gate';

const RIGHTS_REMAIN =
  /\b(?:all|any)\s+(?:intellectual\s+property\s+)?(?:rights?|title)\b[^.;:]{0,40}?\b(?:associated\s+with|in|to|of|relating\s+to)\s+(?:the\s+|any\s+|such\s+)?(?:confidential|proprietary|evaluation)\s+(?:information|materials?)\b[^.;:]{0,160}?\bremains?\s+(?:in|with)\s+(?!(?:full\s+)?(?:force|effect)\b)/i;
const LOANED = /\b(?:information|materials?|documents?|data)\b[^.;:]{0,60}?\b(?:considered|deemed|treated\s+as)\s+(?:to\s+be\s+)?(?:loaned|lent|on\s+loan)\b/i;

export function titleKept(sentences: readonly Sentence[]): boolean {
  return anyMatching(sentences, RIGHTS_REMAIN) || anyMatching(sentences, LOANED);
}
