import type { ReviewContext, Rule } from '../../context';
import { holderStance, ownershipTerms } from '../../terms/ownership';
import { zhPartyRefs } from '../../zh/side';
import { finding } from '../finding';
import { ourSide, verdict } from '../side';
import { groupedEvidence, hits } from '../text';

// What we find out by testing: 测试数据, 检测报告, 评估结果.
const RESULTS = /(?:测试|试验|检测|评估|评价|实验)[^。；，,]{0,6}?(?:数据|结果|报告|结论)/g;
// Kept from others: 不得披露, 不得向第三方提供, or made their secret (视为甲方的保密信息).
const LOCKED = /(?:不得|不应|不能|不可|禁止|严禁|无权)[^。；]{0,20}?(?:披露|公开|发表|透露|泄露|提供给|对外提供|向[^。；]{0,12}?提供)|(?:视为|构成)[^。；]{0,10}?的?(?:保密信息|商业秘密)/;
// A way out of the bar: 除……外, or what the law requires.
const WAY_OUT = /除[^。；]{0,40}?(?:外|以外|之外)|法律[^。；]{0,10}?(?:要求|规定)/;
// A party after 经, 向 or 对 is the one consenting or told, not the one bound.
const NOT_SUBJECT = /(?:经|向|给|与|对|为)$/;

/** The results are ours by the draft's own words (测试数据归乙方所有 where we are 乙方). */
function oursByTheDraft(ctx: ReviewContext): boolean {
  return ownershipTerms(ctx).some(
    (t) => t.verb !== 'licenses' && (t.things.includes('test-data') || t.things.includes('results')) && ['ours', 'both'].includes(holderStance(ctx, t)),
  );
}

/** The party a bar at `at` binds: the last one named in its phrase that is no object (乙方未经甲方同意不得 binds 乙方); none where the phrase names none. */
function bound(ctx: ReviewContext, text: string, at: number) {
  let from = at;
  while (from > 0 && !/[，,；;。]/.test(text[from - 1]!)) from--;
  const phrase = text.slice(from, at);
  return zhPartyRefs(ctx, phrase)
    .filter((r) => !NOT_SUBJECT.test(phrase.slice(0, r.index)))
    .pop();
}

/**
 * The Chinese reading of one-sided.locked-results: our own test results may not be disclosed
 * (测试数据归甲方所有，不得披露; 未经甲方书面同意，乙方不得公开测试结果), so we cannot show them to a
 * customer, a certification body or a later partner.
 */
export const lockedResultsZh: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.role === 'customer' || ctx.role === 'distributor') return [];
  const found = hits(ctx, RESULTS, (h) => {
    const text = h.sentence.text;
    const lock = LOCKED.exec(text);
    if (!lock) return false;
    // The way out must belong to this bar: its own clause.
    const end = text.indexOf('；', lock.index);
    if (WAY_OUT.test(text.slice(text.lastIndexOf('；', lock.index) + 1, end < 0 ? undefined : end))) return false;
    // A bar that binds only their side protects us.
    return verdict(ctx, bound(ctx, text, lock.index)?.side) !== 'against';
  });
  if (found.length === 0 || oursByTheDraft(ctx)) return [];
  return [finding(ctx, { rule: 'one-sided.locked-results', topic: 'test-data', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
