import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { hits, quote } from './text';
import { anyMatching } from './sentence-gate';

// No help to use what is licensed: "no Party shall be required to provide the other Party with any
// technical assistance", "the Licensor shall have no obligation to furnish any know-how".
const NO_HELP =
  /\b(?:(?:shall|will)\s+not\s+be\s+(?:required|obliged|obligated)|no\s+(?:Party|party|Licensor)\b[^.;]{0,60}?\b(?:shall|will)\s+be\s+(?:required|obliged|obligated)|(?:(?:shall|will)\s+(?:have|be\s+under)|has|have|is\s+under|are\s+under)\s+no\s+(?:obligation|duty)|(?:is|are)\s+not\s+(?:required|obliged|obligated)|nothing\s+in\s+this\s+Agreement\s+(?:shall\s+)?(?:requires?|obliges?|obligates?)\s+\S+(?:\s+\S+)?|without\s+any\s+obligation)\s+to\s+(?:provide|furnish|deliver|render|supply|disclose|transfer)\b[^.;]{0,80}?\b(?:technical\s+(?:assistance|support|information|documentation|data|know-how)|know-how|training|documentation)\b/gi;
// What the licence covers beyond patents: know-how, trade secrets, technical information.
const KNOW_HOW = /\b(?:know-how|knowhow|trade\s+secrets?|technical\s+(?:information|data)|proprietary\s+(?:information|technology)|unpatented)\b/i;

/**
 * We take a licence of know-how, and the licensor owes no transfer, documents or technical
 * assistance: a secret held in someone else's engineers' heads is not licensed in any useful sense.
 */
export const licenceAssistance: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  // Licensed know-how: named in a sentence about a licence (a grant, or the licensed IP's definition).
  if (!anyMatching(ctx.sentences, /\blicen[cs]e/i, (s) => KNOW_HOW.test(s.text))) return [];
  const evidence: Evidence[] = [];
  for (const h of hits(ctx, NO_HELP)) {
    // Our own help withheld from them is no loss of ours.
    if (partyBefore(ctx, h.sentence.text, h.index)?.side === 'B') continue;
    evidence.push(quote(h.sentence, h.index, h.index + h.text.length));
  }
  if (evidence.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.no-technical-assistance', topic: 'background-license', severity: 'low', kind: 'one-sided', fixClause: 'commercial-terms', evidence: evidence.slice(0, 8) })];
};
