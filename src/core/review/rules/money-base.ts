// Where an undefined term sets money: the base a royalty, fee or price is worked out on ("four
// percent (4%) of Net Revenues", "a fee of $2 per Unit"). Left undefined, the parties can argue about
// what is paid, so the undefined-term rule raises such a term at medium; a term that only sits near
// money ("the Services" in a payment clause) stays low.
import type { Hit } from './text';

/** A rate or a price just before the term: "5% of the", "percent of all", "$2.00 per", "for each". */
const RATE_BEFORE = /(?:%|\bper\s?cent(?:age)?|\bpercent(?:age)?)\s{0,3}\)?\s{0,3}of\s{1,3}(?:the\s{1,3}|all\s{1,3}|such\s{1,3}|its\s{1,3}|their\s{1,3}|any\s{1,3})?(?:(?:aggregate|total|gross|sum)\s{1,3}(?:amount\s{1,3})?of\s{1,3}(?:the\s{1,3}|all\s{1,3})?)?$/i;
const PRICE_BEFORE = /(?:[$€£¥]\s?[\d.,]{1,15}|\b(?:USD|RMB|EUR)\s?[\d.,]{1,15}|\bdollars?\)?|\bcents?\)?)\s{0,3}(?:per|for\s+each|for\s+every)\s{1,3}$/i;
/** What the rate or price is for. */
const MONEY = /\b(?:royalt\w*|fees?|pric\w*|commissions?|pay\w*|charges?|rates?|compensation|consideration)\b/i;

/** "17% of the License fee stipulated in Annexure 1": the term names the sum the rate applies to, set elsewhere. */
const SUM_AFTER = /^\s{1,3}(?:fees?|prices?|charges?|amounts?|payments?|royalt(?:y|ies)|sums?)\b/;

/** The term at the hit is what a royalty, fee or price is worked out on. */
export function setsMoney(h: Hit): boolean {
  if (SUM_AFTER.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 20))) return false;
  const before = h.sentence.text.slice(Math.max(0, h.index - 60), h.index);
  if (!RATE_BEFORE.test(before) && !PRICE_BEFORE.test(before)) return false;
  // The sum is money: a royalty, a fee or a price named in the same clause.
  const clause = h.sentence.text.slice(Math.max(0, h.index - 200), h.index + h.text.length + 80);
  return MONEY.test(clause);
}
