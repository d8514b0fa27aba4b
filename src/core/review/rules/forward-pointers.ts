// "A Termination Event (as defined below)": a term pointed forward to its definition. The pointer
// counts as the definition only where the draft keeps its promise and writes the term again below,
// where a definition in any form ("A Termination Event shall have occurred if ...") can sit. A term
// never written again after its pointer has no definition below, and stays an undefined term.
import type { Sentence } from '../context';

/** The term, capitalised as written, appears again in a sentence after the pointer's ("a termination event" of a subcontract is no use of it). */
export function definedBelow(sentences: readonly Sentence[], pointer: number, term: string): boolean {
  const wanted = term.replace(/\s+/g, ' ');
  for (let k = pointer + 1; k < sentences.length; k++) {
    if (sentences[k]!.text.replace(/\s+/g, ' ').includes(wanted)) return true;
  }
  return false;
}
