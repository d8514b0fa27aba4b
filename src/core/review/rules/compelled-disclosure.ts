import type { Rule } from '../context';
import { EXCEPTION, exceptionSentences } from './confidentiality-scope';
import { finding } from './finding';
import { weReceive } from './flow';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

// Disclosure the law forces, in the words drafts use for it: "required by law", "pursuant to a
// subpoena or court order", "legally compelled", "the rules of any stock exchange", "judicial process",
// "ordered to disclose … pursuant to a judicial or governmental request", "if a law, a court or a
// stock exchange requires the Receiving Party to disclose".
const COMPELLED =
  /\b(?:subpoenas?|court\s+orders?|(?:legal|judicial)\s+process|protective\s+order|civil\s+investigative\s+demand|(?:legally|lawfully)\s+(?:required|compelled|obliged|obligated)|compelled\s+(?:by|to\s+(?:disclose|produce))|required\s+(?:\w+\s+){0,5}?(?:by|under|pursuant\s+to)\s+(?:\w+\s+){0,3}?(?:laws?|regulations?|courts?|orders?|authorit(?:y|ies)|governmental|exchanges?|rules|statutes?|tribunals?)|requirements?\s+of\s+(?:\w+\s+){0,3}?(?:laws?|courts?|regulat\w+)|(?:order|demand)\s+of\s+(?:a|an|any)\s+(?:\w+\s+){0,3}?(?:court|authority|tribunal|agency|regulator)|ordered\s+(?:\w+\s+){0,2}?to\s+(?:disclose|produce|reveal)|(?:laws?|courts?|regulators?|authorit(?:y|ies)|exchanges?)\s+(?:\w+\s+){0,2}?(?:requires?|compels?|orders?)\s+(?:\w+\s+){0,4}?to\s+(?:disclose|produce)|(?:judicial|governmental|regulatory|administrative)\s+(?:[\w-]+,?\s+){0,3}?(?:requests?|requirements?|orders?|demands?))\b/i;

/**
 * We receive, and nothing lets us disclose what a law, court or regulator makes us disclose: served
 * with a subpoena we would breach either the order or the agreement. Read only where the draft lists
 * exceptions: with none at all, the no-exceptions point says so for every exception at once.
 */
export const noCompelledDisclosure: Rule = (ctx) => {
  // Weighed in the confidentiality agreement's playbook only, where the duty is the whole deal.
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  if (anyMatching(ctx.sentences, COMPELLED)) return [];
  const lists = exceptionSentences(ctx);
  const listed = hits(ctx, EXCEPTION, (h) => lists.has(h.sentence));
  if (listed.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.no-compelled-disclosure',
      topic: 'confidentiality',
      fixClause: 'confidentiality',
      severity: 'medium',
      kind: 'one-sided',
      // The end of the exceptions, where the missing one belongs.
      evidence: groupedEvidence([...listed].reverse()).reverse(),
    }),
  ];
};
