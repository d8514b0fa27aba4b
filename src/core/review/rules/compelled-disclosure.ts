import type { Rule } from '../context';
import { EXCEPTION, exceptionSentences } from './confidentiality-scope';
import { finding } from './finding';
import { weReceive } from './flow';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';
import { COMPELLED } from './compelled-words';

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
