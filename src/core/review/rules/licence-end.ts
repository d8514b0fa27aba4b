import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits } from './text';

// The licence ends, or the licensor may end it.
const ENDS =
  /\b(?:licen[cs]es?\s+(?:granted\s+)?(?:\w+\s+){0,6}?(?:shall|will)\s+automatically\s+terminate|(?:may|shall\s+have\s+the\s+right\s+to)\s+terminate\s+(?:this\s+Agreement\s+and\s+)?the\s+licen[cs]es?)\b/gi;
// Why it ends, where a licensee cannot help it or never agreed to lose it.
const TRIGGER = {
  control: /\b(?:change\s+(?:of|in)\s+control|merger|acquisition|(?:sale|transfer)\s+of\s+(?:all\s+or\s+substantially\s+all|a\s+majority)|initial\s+public\s+offering|IPO)\b/i,
  will: /\b(?:at\s+any\s+time|for\s+convenience|for\s+any\s+reason|in\s+its\s+(?:sole\s+)?discretion|without\s+cause)\b/i,
  sales: /\b(?:not\s+made\s+any\s+sales|no\s+sales|fails?\s+to\s+(?:make|achieve)\s+(?:any\s+)?(?:sales|minimum))\b/i,
  challenge: /\b(?:challeng\w*|assert\w*|contest\w*)\b[^.;]{0,80}\b(?:validity|patents?|infring\w*)\b/i,
};

/** How far after the words that end the licence its reasons are read. */
const CLAUSE = 300;

/**
 * We take a licence, and the licensor may end it at will, on our change of control, when sales pause
 * or when we assert our own patents: the technology we built products on can be withdrawn.
 */
export const licenceEnd: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const found = hits(ctx, ENDS, (h) => {
    // The reasons of this grant, not of the next numbered clause run into the same sentence.
    const window = h.sentence.text.slice(h.index, h.index + CLAUSE);
    const next = /\s\d+(?:\.\d+)+\s+[A-Z]/.exec(window);
    const clause = next ? window.slice(0, next.index) : window;
    if (!/^may|^shall\s+have/i.test(h.text)) return Object.values(TRIGGER).some((t) => t.test(clause));
    // A right we hold ourselves to end the licence is no risk to us. Ending it at will is a right
    // licensees often keep, so it counts only where the licensor is named as holding it; the other
    // reasons are events on the licensee's side.
    const holder = partyBefore(ctx, h.sentence.text, h.index)?.side;
    if (holder === 'B') return false;
    return (holder === 'A' && TRIGGER.will.test(clause)) || [TRIGGER.control, TRIGGER.sales, TRIGGER.challenge].some((t) => t.test(clause));
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.licence-end', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
