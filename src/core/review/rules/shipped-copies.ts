import type { Rule } from '../context';
import { finding } from './finding';
import { passesSoftwareOn } from './no-distribution-right';
import { ourSide } from './side';
import { groupedEvidence, hits, substantive, type Hit } from './text';

// The licence ends: by termination or by expiry.
const END = /\b(?:terminat\w*|expir\w*)\b/i;
// What happens then: "Upon termination of this Agreement for any reason", "on expiry", "following termination".
const AFTER_END = /\b(?:upon|on|after|following|in\s+the\s+event\s+of)\s+(?:the\s+|any\s+|such\s+)?(?:terminat|expir)\w*/gi;
const TO_COPIES = /\b(?:cease|stop|return|destroy|delet\w*|licen[cs]\w*|copies)\b/i;
// A licence or an agreement that can end: "may terminate", "licenses granted herein are terminated".
const ENDS = /\bterminat\w*/gi;
// A sell-off or wind-down period named as such.
const SELL_OFF = /\bsell[- ]?off\b|\bwind[- ]down\s+period\b/i;
// Stock on hand, sold after the end: "may sell its inventory for ninety days after termination".
const STOCK = /\b(?:inventory|stock|finished\s+(?:goods|products|units)|units\s+(?:already|then)\s+(?:made|manufactured|in\s+production))\b/i;
const MAY = /\b(?:may|right|entitled|permitted|continu\w*)\b/i;
// Copies downstream: end users', customers', sub-licensees', or units already shipped.
const DOWNSTREAM = /\b(?:end[- ]?users?|customers?|sub-?licen[cs]\w*|(?:already|previously)\s+(?:sold|shipped|delivered|distributed))\b/i;
// Left licensed: "shall survive", "remain in full force", "shall not be affected", "perpetual".
const STAYS =
  /\b(?:surviv\w*|remain\w*\s+in\s+(?:full\s+)?(?:force|effect)|continu\w*\s+(?:in\s+(?:full\s+)?(?:force|effect)|to\s+(?:be\s+)?(?:valid|licensed|effective|in\s+effect))|not\s+(?:be\s+)?affect\w*|unaffected|perpetual|irrevocabl\w*)\b/i;

/** A term that keeps what is already downstream licensed, or lets stock be sold after the end. */
function keepsShipped(text: string): boolean {
  if (SELL_OFF.test(text)) return true;
  if (END.test(text) && STOCK.test(text) && MAY.test(text)) return true;
  return DOWNSTREAM.test(text) && STAYS.test(text);
}

/**
 * We license software or firmware to build into products we sell and pass it on to our customers,
 * and the licence can end (at will, on breach, on expiry), yet nothing keeps the copies already with
 * our customers licensed or gives us time to sell the finished stock. The day it ends, every unit in
 * the field runs unlicensed code and the warehouse cannot be shipped. Medium: the licensor rarely
 * sues end users, but it gains a lever over our whole installed base. Quiet where any term keeps
 * end-user licences or sub-licences alive, names a sell-off period, or lets stock be sold after the
 * end; where we may not pass the software on; and for the licensor.
 */
export const shippedCopies: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  if (!passesSoftwareOn(ctx)) return [];
  if (ctx.sentences.some((s) => keepsShipped(s.text))) return [];
  const real = (h: Hit) => substantive(ctx, h.sentence);
  // What the end does to the licence and the copies, not a records or payment duty that runs after it.
  const consequences = hits(ctx, AFTER_END, (h) => real(h) && TO_COPIES.test(h.sentence.text));
  const evidence = consequences.length > 0 ? consequences : hits(ctx, ENDS, real).slice(0, 2);
  if (evidence.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.shipped-copies',
      topic: 'continuing-rights',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(evidence),
      fixClause: 'termination',
      fixVariant: 'shipped-copies',
    }),
  ];
};
