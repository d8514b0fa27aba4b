import type { Evidence } from '../../findings';
import type { ReviewContext, Rule } from '../context';
import { draftingFinding } from './drafting';
import { amountsIn, formatAmount, percentsIn, sameSum, type Amount } from './money';
import { inHeading, quote, sentenceAt } from './text';

/**
 * Sums that do not add up: a price stated as a whole and then split into instalments or milestones
 * that total something else ("a fee of $1,200,000, payable as follows: $400,000 on signing, $400,000
 * on delivery and $300,000 on acceptance"), percentage instalments that do not make 100%, or a
 * fraction or total stated for "the payments in 3(a)" that is not what 3(a) lists. Either figure may
 * be the one agreed, so what is owed, or what a missed payment costs, is open.
 */

/** Where a list of payments begins: "as follows", "the following payments", "in three instalments". */
const INTRO =
  /\b(?:as\s+follows|the\s+following\s+(?:payments|amounts|instal{1,2}ments|milestones?|milestone\s+payments|sums|fees)|in\s+(?:\w+\s+){0,2}instal{1,2}ments|broken\s+down\s+(?:below|as\s+follows))\b/gi;
/** A list item's label: "1.", "(a)", "(iii)", "b)". */
/** What INTRO cannot match without, looked for first: INTRO tries every "in" and "the" of the draft. */
const INTRO_WORD = /follow|instal|broken/i;
const LABEL = /(?:^|[\s:;])(?:\(\s?(?:\d{1,2}|[a-z]|[ivx]{1,4})\s?\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s/g;
/** An instalment's timing or purpose right after its sum: "$400,000 on signing", "30% upon delivery". */
const PAYMENT_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*)?(?:of\s+the\s+[\w\s]{0,30}?\s)?(?:on|upon|within|at|after|by|when|payable|due|paid|to\s+be\s+paid|following|for|in\s+(?:cash|advance))\b/i;
/** "the balance", "the remainder": the last instalment takes whatever is left, so it always adds up. */
const BALANCE = /\b(?:balance|remainder|remaining|rest\s+of|outstanding\s+amount)\b/i;
/** A share of turnover is a rate, not an instalment: royalty tiers are not meant to make 100%. */
const RATE = /\b(?:net\s+sales|gross\s+sales|revenues?|turnover|royalt|profits?|commission|interest|discount|per\s+annum|per\s+year|each\s+(?:year|month|quarter))/i;
/** A whole stated for a set of payments: "the denominator of which shall be $2,000,000", "a total of". */
const WHOLE = /\b(?:denominator\s+of\s+which\s+(?:shall|will)?\s*(?:be|is)|total\s+(?:amount\s+|sum\s+)?of|aggregate\s+(?:amount\s+|sum\s+)?of|totall?ing|in\s+the\s+aggregate|in\s+total)\s*$/i;
/** "the payments as stated in 3(a)", "the payments under Section 4.2": which list the whole is for. */
const PAYMENTS_IN = /\bpayments?\b[^.;]{0,40}?\b(?:in|under|of)\s+(?:Section\s+|Clause\s+|Article\s+|paragraph\s+)?(\d{1,2}(?:\.\d{1,2})*)((?:\s?\([a-z0-9]{1,4}\))*)/i;

interface PaymentList {
  paragraph: number;
  /** Where the list's introduction starts in the paragraph, and the text before it. */
  intro: number;
  head: string;
  items: Amount[];
  percent: boolean;
}

/** The sums listed after an introduction, one per labelled item or, inline, one per instalment. */
function listAfter(text: string): { items: Amount[]; percent: boolean } | undefined {
  const labels = [...text.matchAll(LABEL)].map((m) => m.index + m[0].length);
  const chunks = labels.length >= 2 ? labels.map((at, i) => text.slice(at, labels[i + 1] ?? text.length)) : [text.slice(0, sentenceEnd(text))];
  const items: Amount[] = [];
  let percent: boolean | undefined;
  for (const chunk of chunks) {
    const money = amountsIn(chunk);
    const shares = percentsIn(chunk);
    // A labelled item opens with its sum; inline, each sum is followed by when or why it is paid.
    const found = (labels.length >= 2 ? [[...money, ...shares].sort((a, b) => a.index - b.index)[0]] : [...money, ...shares]).filter(
      (a): a is Amount => !!a && (labels.length < 2 || a.index < 40) && PAYMENT_AFTER.test(chunk.slice(a.end)),
    );
    // The item after the last sum may be "the balance upon acceptance", which makes any list add up.
    if (BALANCE.test(found.length ? chunk : chunk.slice(0, 60))) return undefined;
    if (found.length === 0) break;
    if (RATE.test(chunk)) return undefined;
    for (const a of found) {
      const isPercent = a.currency === '%';
      if (percent !== undefined && percent !== isPercent) return undefined;
      percent = isPercent;
      items.push(a);
    }
  }
  return items.length >= 2 && percent !== undefined ? { items, percent } : undefined;
}

/** The end of the first sentence, not counting the point in "$1.2" or "No. 3". */
function sentenceEnd(text: string): number {
  const m = /[.;](?=\s+(?:[A-Z(]|\d{1,2}\.\s)|\s*$)/.exec(text);
  return m ? m.index : text.length;
}

function paymentLists(ctx: ReviewContext): PaymentList[] {
  const out: PaymentList[] = [];
  // "paid in instalments as follows" introduces one list, not two.
  const seen = new Set<string>();
  ctx.doc.paragraphs.forEach((p, paragraph) => {
    if (p.headingLevel !== undefined || !INTRO_WORD.test(p.text) || !INTRO.test(p.text)) return;
    INTRO.lastIndex = 0;
    for (const m of p.text.matchAll(INTRO)) {
      // Items given each as a paragraph of its own follow the introduction's paragraph.
      let rest = p.text.slice(m.index + m[0].length);
      for (let next = paragraph + 1; next < ctx.doc.paragraphs.length && next <= paragraph + 8; next++) {
        const q = ctx.doc.paragraphs[next]!.text;
        if (amountsIn(q).length + percentsIn(q).length === 0) break;
        rest += `\n${/^\s*(?:\(?\w{1,4}[.)])\s/.test(q) ? '' : '- '}${q}`;
      }
      const list = listAfter(rest.replace(/\n- /g, '\n(x) '));
      const key = `${paragraph}:${list?.items.map((a) => a.value).join()}`;
      if (!list || seen.has(key)) continue;
      seen.add(key);
      out.push({ paragraph, intro: m.index, head: p.text.slice(0, m.index), ...list });
    }
  });
  return out;
}

function evidenceAt(ctx: ReviewContext, paragraph: number, at: number): Evidence[] {
  const s = sentenceAt(ctx, paragraph, at, at);
  return s ? [quote(s, at - s.start, at - s.start + 1)] : [];
}

export const amountsTotal: Rule = (ctx) => {
  const evidence: Evidence[] = [];
  const details: string[] = [];
  const lists = paymentLists(ctx);
  for (const list of lists) {
    const sum = list.items.reduce((n, a) => n + a.value, 0);
    const currency = list.items[0]!.currency;
    if (list.percent) {
      if (sameSum(sum, 100)) continue;
      details.push(`${formatAmount(sum, '%')} ≠ 100%`);
      evidence.push(...evidenceAt(ctx, list.paragraph, list.intro));
      continue;
    }
    if (list.items.some((a) => a.currency !== currency)) continue;
    // The whole, stated in the introduction's own sentence: "a fee of $1,200,000, payable as follows".
    const lead = list.head.slice(Math.max(list.head.lastIndexOf('.') + 1, list.head.lastIndexOf(';') + 1, list.head.length - 300));
    const whole = amountsIn(lead).filter((a) => a.currency === currency);
    if (whole.length === 1 && !RATE.test(lead) && !sameSum(whole[0]!.value, sum)) {
      details.push(`${formatAmount(whole[0]!.value, currency)} ≠ ${formatAmount(sum, currency)}`);
      evidence.push(...evidenceAt(ctx, list.paragraph, list.intro));
    }
  }
  evidence.push(...wholesElsewhere(ctx, lists, details));
  if (evidence.length === 0) return [];
  return draftingFinding(ctx, 'drafting.amounts-total', evidence, { sums: details.join('; ') }, 'medium');
};

/** "the denominator of which shall be $2,000,000" for "the payments in 3(a)", where 3(a) lists another sum. */
function wholesElsewhere(ctx: ReviewContext, lists: PaymentList[], details: string[]): Evidence[] {
  const out: Evidence[] = [];
  // A whole can only disagree with a list the draft has.
  if (lists.length === 0) return out;
  for (const s of ctx.sentences) {
    const ref = PAYMENTS_IN.exec(s.text);
    if (!ref || inHeading(ctx, s)) continue;
    const subs = ref[2]!.match(/\([a-z0-9]+\)/gi) ?? [];
    // The list introduced under that number and item, before this sentence.
    const list = lists.find((l) => {
      if (l.percent || l.paragraph > s.paragraph) return false;
      const before = ctx.doc.paragraphs[l.paragraph]!.text.slice(Math.max(0, l.intro - 500), l.intro);
      const at = subs.length ? before.lastIndexOf(subs[subs.length - 1]!) : before.search(new RegExp(`(?:^|\\s)${ref[1]!.replace(/\./g, '\\.')}\\.?\\s`));
      return at >= 0 && (subs.length === 0 || new RegExp(`(?:^|\\s)${ref[1]!.replace(/\./g, '\\.')}\\.?\\s`).test(before.slice(0, at)));
    });
    if (!list) continue;
    const currency = list.items[0]!.currency;
    const sum = list.items.reduce((n, a) => n + a.value, 0);
    for (const a of amountsIn(s.text)) {
      if (a.currency !== currency || !WHOLE.test(s.text.slice(Math.max(0, a.index - 60), a.index)) || sameSum(a.value, sum)) continue;
      details.push(`${formatAmount(a.value, currency)} ≠ ${formatAmount(sum, currency)}`);
      out.push(quote(s, a.index, a.end), ...evidenceAt(ctx, list.paragraph, list.intro));
      break;
    }
  }
  return out;
}
