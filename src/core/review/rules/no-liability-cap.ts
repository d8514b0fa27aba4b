import type { Rule, Sentence } from '../context';
import { G } from '../topics/zh/words';
import { zhPartyBefore, zhPartyRefs } from '../zh/side';
import { finding } from './finding';
import { termsElsewhere } from './incorporated-terms';
import { ADDED_LIMIT } from './liability-fix';
import { limits } from './liability-words';
import { acceptedByUse, contributorForm } from './public-offer';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, inHeading, substantive, type Hit } from './text';
import { bearsAll } from './zh/all-liability';

/**
 * The deals where the first side builds, licenses or supplies and carries the risk of what it hands
 * over. An NDA or a free evaluation pays for nothing; joint developers each carry their own.
 */
const SUPPLIER_DEALS: ReadonlySet<string> = new Set(['custom-development', 'technology-license', 'exclusive-partnership']);

// What a party is made to pay: "shall indemnify", "shall be liable for", "shall pay liquidated damages".
const OWES_EN =
  /\b(?:shall|will|must|agrees?\s+to)\s+(?:(?!not\b|never\b)[\w,]+\s+){0,3}?(?:indemnif(?:y|ies)|be\s+(?:fully\s+|solely\s+)?liable|pay\s+(?:[\w-]+\s+){0,3}?(?:liquidated\s+damages|penalt(?:y|ies)|damages|compensation))\b/gi;
// 支付……违约金, 赔偿……损失, 承担违约责任, 返还……经费; a deduction from our fee for delay (每推迟一个月，倒扣乙方项目费的…%),
// not a tax withheld (扣除税费).
const OWES_ZH = new RegExp(
  `(?:支付|偿付|承担)${G(20)}违约金|赔偿${G(30)}(?:损失|损害)|(?:承担|负)${G(6)}(?:违约|赔偿|法律|经济)?责任|返还${G(20)}(?:经费|费用|价款|款项)|(?:倒扣|扣罚|(?:逾期|推迟|延期|延迟)${G(16)}扣(?:除|减)?)${G(12)}(?:费|款|价)`,
  'g',
);
// Whichever side breaches: 违约方应当…承担违约责任, 任何一方违反本合同的，应赔偿…损失.
const BREACHER = /(违约方|违约一方|任何一方|任一方)[^。；]{0,60}$/;

/** Owed by whichever side breaches, us included, with no one party named between the breacher and the duty. */
function breacherOwes(ctx: Parameters<Rule>[0], h: Hit): boolean {
  const text = runOn(ctx, h.sentence) + h.sentence.text;
  const index = text.length - h.sentence.text.length + h.index;
  const lead = text.slice(Math.max(0, index - 70), index);
  const m = BREACHER.exec(lead);
  return m !== null && !zhPartyRefs(ctx, lead.slice(m.index + m[1]!.length)).some((r) => r.side === 'A' || r.side === 'B');
}

// A line that stops mid-sentence (…实施条例第八十六条、第八十 / 七条规定，承担违约责任。): no closing mark, and the
// next line opens no clause of its own.
const CLOSED = /[。；;！？!?：:]\s{0,8}$/;
const OPENS_CLAUSE = /^\s*(?:第[一二三四五六七八九十百\d]{1,4}[条章款]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}(?:[.．]\d{1,3}){0,3}[、.．\s])/;
/** The line before, where the sentence began on it. */
function runOn(ctx: Parameters<Rule>[0], sentence: Sentence): string {
  if (OPENS_CLAUSE.test(sentence.text)) return '';
  const before = ctx.sentences[ctx.sentences.indexOf(sentence) - 1];
  return before && before.paragraph === sentence.paragraph - 1 && !CLOSED.test(before.text) ? before.text : '';
}

/** 乙方不承担责任, 无须赔偿: excused, not owed. */
const EXCUSED = /(?:不|无须|无需|免于|免除)$/;

/**
 * We develop, license or supply, the draft makes us pay for breach (penalties, damages, indemnities),
 * and nothing in it caps or excludes any liability at all: what a defect, a delay or a claim against
 * what we supplied costs us has no ceiling. Where we are the customer, silence leaves their liability
 * open too, which favours us, so the rule is quiet. Quiet as well where the draft limits any liability
 * (the one-sided readings weigh a limit for one side only), on public and contributor licences offered
 * to all, and where every loss is put on us in so many words (one-sided.all-liability says it there).
 */
export const noLiabilityCap: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (ours !== 'A' || !SUPPLIER_DEALS.has(ctx.scenario ?? '')) return [];
  if (acceptedByUse(ctx.sentences) || contributorForm(ctx.sentences) || termsElsewhere(ctx)) return [];
  if (limits(ctx).length > 0 || bearsAll(ctx, ours).length > 0) return [];
  const owed = oursOwed(ctx, ours);
  if (owed.length === 0) return [];
  const evidence = groupedEvidence(owed);
  return [
    finding(ctx, {
      rule: 'one-sided.no-liability-cap',
      topic: 'liability',
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      // The limit goes in beside the quoted penalties, not over them.
      ...ADDED_LIMIT,
    }),
  ];
};

/** The places where the draft makes our side pay. */
function oursOwed(ctx: Parameters<Rule>[0], ours: 'A' | 'B'): Hit[] {
  const en = hits(ctx, OWES_EN, (h) => substantive(ctx, h.sentence) && partyBefore(ctx, h.sentence.text, h.index)?.side === ours);
  const zh = hits(
    ctx,
    OWES_ZH,
    (h) =>
      !inHeading(ctx, h.sentence) &&
      !EXCUSED.test(h.sentence.text.slice(Math.max(0, h.index - 3), h.index)) &&
      (zhPartyBefore(ctx, h.sentence.text, h.index)?.side === ours || breacherOwes(ctx, h)),
  );
  return [...en, ...zh];
}
