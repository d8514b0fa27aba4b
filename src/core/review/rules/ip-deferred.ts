import type { Rule } from '../context';
import { finding } from './finding';
import { hits, quote } from './text';

// A clause put off until something happens: "The provisions of Section 7 shall become effective upon
// payment of the Upfront Payment", "Article 9 shall take effect only on approval of the Work Order".
const DEFERRED =
  /\b(?:Section|Article|Clause)\s+(\d+)(?:\.\d+)*\b[^.;]{0,40}?\b(?:shall|will)\s+(?:only\s+)?(?:become\s+effective|take\s+effect|come\s+into\s+(?:force|effect)|be\s+effective)\s+(?:only\s+)?(?:upon|on|after|following|subject\s+to)\b/gi;
// …and that clause says who owns what is made.
const OWNERSHIP =
  /\b(?:assign\w*|own(?:s|ed|ership)?|title|vest\w*)\b[^.;]{0,80}?\b(?:Inventions?|Results|Intellectual\s+Property|Improvements?|Developments?|Work\s+Product|Deliverables|Foreground)\b/i;
const IP_HEADING = /\b(?:intellectual\s+property|inventions?|ownership|results|proprietary\s+rights)\b/i;

/**
 * The ownership terms take effect only once a payment is made or an order approved: what is
 * invented before then, or if the condition never happens, has no owner rule, and the default law
 * (the inventor's employer owns) decides instead.
 */
export const ipDeferred: Rule = (ctx) => {
  const found = hits(ctx, DEFERRED, (h) => {
    const n = h.match[1]!;
    const inside = ctx.sentences.filter((s) => s.section === n || s.section?.startsWith(`${n}.`));
    return inside.some((s) => OWNERSHIP.test(s.text) || (s.heading !== undefined && IP_HEADING.test(s.heading)));
  });
  if (found.length === 0) return [];
  const evidence = found.slice(0, 4).map((h) => quote(h.sentence, h.index, h.index + h.text.length));
  return [finding(ctx, { rule: 'ambiguous.ip-deferred', topic: 'foreground-ip', severity: 'medium', kind: 'ambiguous', evidence })];
};
