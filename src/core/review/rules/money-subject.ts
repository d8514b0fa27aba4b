import type { MessageParams } from '../../i18n';
import type { ReviewContext } from '../context';
import { inQuotes } from './finding';
import { samePart, sectionText, type Numbering } from './numbering';
import type { Reference } from './references';

// A reference that names what it points at as money ("the fee set out in Paragraph 10", "the
// payments under Clause 6") points at the clause that states that money. Short agreements number
// their clauses without headings, so the heading check cannot see a slip there: the clause at the
// number states no sum at all, and exactly one other whole clause does. That one is what was meant.

/** The money the reference names, right before what ties it to the number. */
const NAMES_MONEY =
  /\b(?:the|such|any)\s{1,3}(?:\w+\s{1,3}){0,2}?(payments?|fees?|price|royalt(?:y|ies)|compensation|remuneration|consideration|sums?)\s{1,3}(?:(?:set\s{1,3}(?:out|forth)|described|specified|stated|provided(?:\s{1,3}for)?|referred\s{1,3}to)\s{1,3}in|in|under|pursuant\s{1,3}to)\s{1,3}$/i;
/** A sum of money as a clause states it: "$5,000", "USD 20,000", "RMB 300,000", "10,000 euros". */
const SUM = /[$€£¥]\s?\d|\b(?:USD|EUR|GBP|RMB|CNY|JPY|CHF|HKD|SGD|US\$)\s?\d|\b\d[\d,.]{0,15}\s{1,3}(?:dollars|euros|pounds|yuan|renminbi)\b/i;

/** "the fee set out in Paragraph 10" where 10 states no sum and 11 alone does: the clause meant, as a problem to report. */
export function wrongMoneyClause(ctx: ReviewContext, n: Numbering, r: Reference): { r: Reference; key: 'subject'; params: MessageParams } | undefined {
  if (r.items.length !== 1 || r.items[0]!.sub || r.items[0]!.number.includes('.')) return undefined;
  const money = NAMES_MONEY.exec(r.sentence.text.slice(Math.max(0, r.index - 80), r.index));
  if (!money) return undefined;
  const cited = r.items[0]!.number;
  // Whole clauses of this part of the draft (not a schedule's), each with the sum it states or none.
  const whole = [...n.byLabel.entries()].filter(([label]) => /^\d{1,3}$/.test(label)).flatMap(([label, at]) => at.filter((l) => samePart(n, l.paragraph, r.sentence.paragraph)).map((l) => ({ label, l })));
  const at = whole.filter((w) => w.label === cited);
  if (at.length !== 1 || SUM.test(sectionText(ctx, n, at[0]!.l))) return undefined;
  const stating = whole.filter((w) => w.label !== cited && SUM.test(sectionText(ctx, n, w.l)));
  if (stating.length !== 1) return undefined;
  // The referring sentence may itself sit in the clause that states the sum; that is no slip.
  const here = stating[0]!.l;
  if (sectionText(ctx, n, here).includes(r.sentence.text)) return undefined;
  return { r, key: 'subject', params: { ref: r.sentence.text.slice(r.index, r.end).replace(/\s+/g, ' ').trim(), purpose: inQuotes(money[1]!.toLowerCase()), where: here.label } };
}
