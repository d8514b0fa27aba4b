import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { groupedEvidence, hits } from './text';

const RETURN = /\b(?:return(?:ed)?|destroy(?:ed)?|deliver(?:ed)?\s+(?:back|up))\b/gi;
const OBJECT = /\b(?:confidential|proprietary|materials?|documents?|copies|information|samples?|drawings?)\b/i;
// What comes back is only what the discloser labelled as its own: "materials … which are designated
// in writing to be the property of such party", "documents marked as the Discloser's property".
const DESIGNATED = /\b(?:designated|identified|marked|labell?ed)\s+(?:\w+\s+){0,3}?(?:as|to\s+be)\s+(?:the\s+)?(?:(?:sole|exclusive)\s+)?(?:property|proprietary)\b|\b(?:designated|marked|identified)\s+(?:\w+\s+){0,3}?as\s+(?:the\s+)?\w+['’]s\s+property\b/i;

/**
 * We disclose, and every duty to return or destroy covers only materials designated as our property:
 * unmarked documents, notes and the copies they made stay with them.
 */
export const designatedReturn: Rule = (ctx) => {
  // Weighed in the confidentiality agreement's playbook only.
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const returns = hits(ctx, RETURN, (h) => OBJECT.test(h.sentence.text) && !/\breturn\s+receipt\b/i.test(h.sentence.text));
  if (returns.length === 0 || !returns.every((h) => DESIGNATED.test(h.sentence.text))) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.return-designated-only',
      topic: 'return-or-destroy',
      fixClause: 'return-or-destroy',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(returns),
    }),
  ];
};
