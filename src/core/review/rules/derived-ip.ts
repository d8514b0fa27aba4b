import type { Rule } from '../context';
import { finding } from './finding';
import { weReceive } from './flow';
import { ourSide, partyRefs, partyRightAfter } from './side';
import { groupedEvidence, hits, substantive } from './text';

// What the recipient may make from what it is shown: "any Derivative of it", "improvements",
// "Intellectual property produced based on the Confidential Information", "works derived from".
const DERIVED =
  /\b(?:derivatives?|derivative\s+works?|improvements?|enhancements?)\b|\b(?:intellectual\s+property(?:\s+rights)?|inventions?|works?|developments?|results?|products?|know-how)\s+(?:\w+\s+){0,2}?(?:produced|made|created|developed|generated|derived|conceived)\s+(?:\w+\s+){0,3}?(?:based\s+(?:on|upon)|from|using|with\s+the\s+(?:use|aid)\s+of)\b/i;
// The recipient's own work among them: "whether created by the Authority or Company", "by whomever
// made", "no matter by whom", or made from the information ("produced based on"), whoever made it.
const WHOEVER =
  /\bwhether\s+(?:created|made|developed|conceived|generated|produced)\s+(?:solely\s+|jointly\s+)?by\s+(?:[\w'’-]+\s+){1,4}?or\s+(?:by\s+)?(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?|\b(?:by\s+whomever|no\s+matter\s+(?:when\s+or\s+)?by\s+whom|irrespective\s+of\s+who|regardless\s+of\s+(?:who|which\s+party))\b/i;
const MADE_FROM = /\b(?:produced|made|created|developed|generated|derived|conceived)\s+(?:\w+\s+){0,3}?(?:based\s+(?:on|upon)|from|using|with\s+the\s+(?:use|aid)\s+of)\b/i;
const PROTECTED = /\b(?:confidential|proprietary)\s+information\b|\bevaluation\s+materials?\b/i;
// Who ends up owning it: "remains the property of", "shall be the sole property of", "shall vest in".
const OWNED = /\b(?:remains?|is|are|shall\s+(?:be|remain|become)|will\s+(?:be|remain|become))\s+(?:and\s+(?:shall|will)\s+remain\s+)?(?:the\s+)?(?:sole\s+(?:and\s+exclusive\s+)?|exclusive\s+)?property\s+of\b|\b(?:shall|will)\s+(?:vest|belong)\s+(?:\w+\s+){0,2}?(?:in|to)\b|\bbelongs?\s+to\b/gi;

/**
 * We receive, and what we make from their information, our own engineers' work included, becomes
 * theirs: "any Derivative of it, whether created by [them] or [us], remains the property of [them]",
 * "Intellectual property produced based on the Confidential Information is the sole property of the
 * Disclosing Party". Their information staying theirs (copies and modifications of it) is no point.
 */
export const derivedIp: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  const ours = ourSide(ctx);
  const found = hits(ctx, OWNED, (h) => {
    const text = h.sentence.text;
    if (!substantive(ctx, h.sentence) || !PROTECTED.test(text) || !DERIVED.test(text)) return false;
    const owner = partyRightAfter(ctx, text, h.index + h.match[0].length);
    if (owner?.side === ours || owner?.side === 'both') return false;
    const whoever = WHOEVER.exec(text);
    if (owner?.side !== undefined) return whoever !== null || MADE_FROM.test(text);
    if (whoever === null) return false;
    // Owner not resolved ("the AOC"): what "remains" the property of a party with the information is
    // the discloser's; otherwise the makers named must include us, and the owner must not be us.
    return /^remains?\b/i.test(h.text) || (partyRefs(ctx, whoever[0]).some((r) => r.side === ours) && !partyRefs(ctx, text.slice(h.index, h.index + 80)).some((r) => r.side === ours));
  });
  if (found.length === 0) return [];
  const named = found.some((h) => WHOEVER.test(h.sentence.text));
  return [
    finding(ctx, {
      rule: 'one-sided.derived-ip',
      topic: 'improvements',
      fixClause: 'improvements',
      // Our own work named among what they take is the strongest case.
      severity: named ? 'high' : 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
    }),
  ];
};
