import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, paragraphText, substantive, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// The software is for our product: "to develop an Application", "incorporate it into Licensee products",
// "embedded in your product".
const FOR_PRODUCT =
  /\b(?:develop|build|create)\s+(?:[\w'’-]+\s+){0,3}?(?:applications?|products?)\b|\b(?:incorporat\w*|integrat\w*|embed\w*|includ\w*)\s+(?:\w+\s+){0,6}?(?:in|into|within)\s+(?:[\w'’-]+\s+){0,3}?(?:applications?|products?)\b/i;
// A right to pass it on: "distribute", "redistribute", "sublicense", "ship", "sell" (as in "make, use and sell").
const PASS_ON = /\b(?:distribut\w*|redistribut\w*|sublicen[cs]\w*|ship|re-?sell|sell)\b/gi;
// A bar on giving it to others: "shall not ... distribute, sell, sublicense, or otherwise provide the Software ... to any third party".
// Disclosing information to third parties is confidentiality, not a bar on shipping the software.
const BAR = /\b(?:distribut\w*|sublicen[cs]\w*|sell|provide|transfer|make\s+available)\b[^.;]{0,120}?\bthird\s+part(?:y|ies)\b/gi;
const NOT = /\b(?:not|no|never|prohibited)\b/i;
// What is barred must be software: a bar on passing on know-how or patent rights is not this risk.
const SOFTWARE = /\b(?:software|sdks?|librar(?:y|ies)|components?|code|firmware|binar(?:y|ies))\b/i;
// "shall not transfer any of its rights under this Agreement": an assignment bar, not a bar on shipping.
const ASSIGNMENT = /\brights\s{1,3}(?:under|in|granted)\b/i;
/** How far before the verb the "not" of the bar is read. */
const LOOK_BACK = 120;

// A permission: "grants ... a licence to ... distribute", "Licensee may:", "the right to sublicense".
const MAY = /\b(?:may|grant\w*|licen[cs]e\s+to|right\s+to|permit\w*|authori[sz]\w*|entitled)\b/i;

/**
 * A grant that lets us pass the software on: a distribute or sublicense word after a permission, not
 * under a "not". The permission may open a long grant whose purposes are listed ("grants … a licence to
 * use and reproduce … for: (i) incorporating …; and (ii) distributing …"), so it is read anywhere
 * earlier in the sentence; the "not" only near the word, where it governs it.
 */
function mayPassOn(ctx: Parameters<Rule>[0]): boolean {
  return ctx.sentences.some((s) => {
    const words = [...s.text.matchAll(PASS_ON)];
    if (words.length === 0) return false;
    const lead = leadIn(ctx, s.paragraph);
    if (NOT.test(lead)) return false;
    return words.some((m) => {
      const near = s.text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
      return (MAY.test(s.text.slice(0, m.index)) || MAY.test(lead)) && !NOT.test(near);
    });
  });
}

/**
 * We may pass the licensed software on inside what we sell: a software word, a pass-on verb and a
 * product in one sentence, and a permission to pass it on. A patent licence to "make, use and sell" is not this: units sold are free
 * of the patent.
 */
export function passesSoftwareOn(ctx: Parameters<Rule>[0]): boolean {
  return ctx.sentences.some((s) => SOFTWARE.test(s.text) && SHIPS_IN.test(s.text) && IN_PRODUCT.test(s.text)) && mayPassOn(ctx);
}
// Passing it on, in the active forms a permission takes ("to distribute", "may sub-license"), not the
// other side's own trade ("a distributor of", "distributed by Acme", "to be distributed to devices").
const SHIPS_IN = /\b(?:distribut(?:e|ing)|redistribut(?:e|ing)|sub-?licen[cs](?:e|ing)|ship|sell)\b/i;
// Inside what we sell: "installed onto a hardware product", "as incorporated into Licensee's Product".
const IN_PRODUCT = /\b(?:products?|devices?|hardware|equipment)\b/i;

/** How many list items back the lead-in of a list is looked for. */
const LIST_REACH = 12;
const ITEM = /^\s*(?:[-*•]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s/i;

/** The lead-in of a list item: "You shall not:" before the items, read back over the items before this one. */
function leadIn(ctx: Parameters<Rule>[0], paragraph: number): string {
  if (!ITEM.test(paragraphText(ctx, paragraph))) return '';
  for (let p = paragraph - 1; p >= 0 && p >= paragraph - LIST_REACH; p--) {
    const text = paragraphText(ctx, p);
    if (/:\s*$/.test(text)) return text.slice(-LOOK_BACK);
    if (!ITEM.test(text)) break;
  }
  return '';
}

/**
 * We license a component or an SDK to build it into our product, yet nothing lets us ship it: the
 * grant is to use or develop, and a clause bars giving the software to any third party. Every product
 * we sell with the component inside then passes a copy to a customer in breach, and the licensor can
 * stop our sales or price the right later. High: for a component it is the point of the deal. Quiet
 * where any clause lets us distribute or sublicense, where the software is not for our product, and
 * for the licensor.
 */
export const noDistributionRight: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  if (!anyMatching(ctx.sentences, FOR_PRODUCT) || mayPassOn(ctx)) return [];
  const bars = hits(ctx, BAR, (h: Hit) => {
    const before = h.sentence.text.slice(Math.max(0, h.index - LOOK_BACK), h.index);
    const lead = leadIn(ctx, h.sentence.paragraph);
    if (!substantive(ctx, h.sentence) && !lead) return false;
    if ((!NOT.test(before) && !NOT.test(lead)) || /\bconfidential/i.test(h.text)) return false;
    if (!SOFTWARE.test(h.text) || ASSIGNMENT.test(h.text)) return false;
    // The bar binds us, or no one named: "You shall not", "Licensee may not".
    const bound = partyBefore(ctx, before ? h.sentence.text : lead, before ? h.index : lead.length)?.side;
    return bound === undefined || bound === 'B' || bound === 'both';
  });
  if (bars.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.no-distribution-right',
      topic: 'background-license',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(bars),
      fixClause: 'licence-grant',
      fixVariant: 'product-distribution',
    }),
  ];
};
