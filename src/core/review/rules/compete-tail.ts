// A ban on competing that ends only when an employment or engagement ends: "for a period expiring on the
// latest of (a) the date he is no longer employed by the Company or (b) three years after closing, he
// shall not engage in any competing business". Its end is in the other side's hands as long as we work
// for them, so no one can say when our people may compete again.
import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { groupedEvidence, hits } from './text';

const LATER_OF_ENGAGEMENT = /\b(?:later|latest)\s+(?:to\s+occur\s+)?of\b[^.]{0,300}?\b(?:employ\w*|engag\w*|in\s+the\s+service\s+of|consult\w*|directors?hip)\b/gi;
const NO_COMPETE = /\b(?:not|no)\b[^.]{0,200}?\b(?:compet\w*|engage\s+(?:in|or)|carry\s+on|become\s+involved|invest\s+in)\b/i;

/** We receive, and a non-compete binding us runs until the later of a fixed period and the end of an employment or engagement. */
export const competeWhileEngaged: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx)) return [];
  const found = hits(ctx, LATER_OF_ENGAGEMENT, (h) => NO_COMPETE.test(h.sentence.text));
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.compete-while-engaged', topic: 'residuals', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};
