import type { ReviewContext, RuleFinding } from '../../context';
import { holderStance, ownershipTerms, type OwnershipTerm } from '../../terms/ownership';
import { termEvidence } from '../../terms/evidence';
import { zhPartyRefs } from '../../zh/side';
import { finding } from '../finding';
import { licenceBack } from '../licence-back';
import { prcNote } from '../prc';
import { ourSide } from '../side';

const EXCLUSIVE = /(?<!非)(?:独占|排他|独家)/;
const FREE = /无偿|免费|不收取|无需支付/;
/** Paid for: a royalty or compensation makes the licence a bargain, not a grant-back. */
const PAID = /有偿|许可费|使用费|合理的?(?:费用|报酬|补偿)|给予[^。；]{0,10}?补偿|支付[^。；]{0,10}?(?:费用|报酬|对价)/;
/** What the improvement is made from or with: their technology, samples or information. */
const THEIRS = /技术|专利|样品|样机|保密信息|资料|信息|软件|成果/;

/** Improvements and results that a Chinese term can hand over: read once per review. */
function handedOver(ctx: ReviewContext): OwnershipTerm[] {
  return ownershipTerms(ctx).filter((t) => t.zh !== undefined && (t.things.includes('improvements') || t.things.includes('results')));
}

/**
 * For the side that takes the technology (乙方 as licensee, tester or co-developer): what is made
 * from their technology or information 无论由哪一方完成 lands with them, so our own work goes too.
 * Under PRC law an unequal exchange of improvements can be void (SPC interpretation art. 10(1)).
 */
export function derivedZh(ctx: ReviewContext): RuleFinding[] {
  if (ourSide(ctx) !== 'B') return [];
  const derived = handedOver(ctx).filter(
    (t) => t.verb !== 'licenses' && t.conditions.includes('whoever-makes') && holderStance(ctx, t) === 'theirs' && THEIRS.test(t.sentence.text),
  );
  if (derived.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.assignment',
      key: 'one-sided.assignment.derived',
      topic: 'improvements',
      severity: 'high',
      kind: 'one-sided',
      evidence: termEvidence(derived),
      ...prcNote(ctx),
    }),
  ];
}

/**
 * Our improvements licensed to them exclusively (乙方应将其改进以独占许可的方式许可甲方使用), or free
 * of charge with nothing of theirs coming back: a grant-back, which PRC law may void (SPC
 * interpretation art. 10(1): improvements given free, without reciprocity, or held exclusively).
 */
export function licensedBackZh(ctx: ReviewContext): RuleFinding[] {
  // In a bilingual draft the English half raises it already (one-sided.licence-back): one point, not two.
  if (ourSide(ctx) !== 'B' || licenceBack(ctx).length > 0) return [];
  const terms = handedOver(ctx);
  const licensed = terms.filter((t) => t.verb === 'licenses' && t.things.includes('improvements') && holderStance(ctx, t) === 'theirs' && ourWork(ctx, t));
  const reciprocal = terms.some((t) => t.things.includes('improvements') && holderStance(ctx, t) === 'ours' && !ourWork(ctx, t));
  const found = licensed.filter((t) => {
    const clause = clauseOf(t);
    if (PAID.test(clause)) return false;
    // An exclusive licence of our improvements takes them from us whatever comes back; a free one only when nothing does.
    return EXCLUSIVE.test(clause) || (FREE.test(clause) && !reciprocal);
  });
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.assignment',
      key: 'one-sided.assignment.grant-back-licence',
      topic: 'improvements',
      severity: 'medium',
      kind: 'one-sided',
      evidence: termEvidence(found),
      ...prcNote(ctx),
    }),
  ];
}

/** The improvements are ours: we grant them (乙方应将其改进许可甲方), or the words before the improvement name us as maker. */
function ourWork(ctx: ReviewContext, t: OwnershipTerm): boolean {
  if (t.from?.holder === ourSide(ctx)) return true;
  const maker = zhPartyRefs(ctx, t.zh?.improved ?? '')[0]?.side;
  return maker === ourSide(ctx);
}

/** The term's clause: from the last semicolon before it to the next. */
function clauseOf(t: OwnershipTerm): string {
  const text = t.sentence.text;
  const start = Math.max(text.lastIndexOf('；', t.at), text.lastIndexOf(';', t.at)) + 1;
  const end = text.slice(t.end).search(/[；;]/);
  return text.slice(start, end < 0 ? text.length : t.end + end);
}
