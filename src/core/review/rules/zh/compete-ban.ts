import type { Rule, RuleFinding } from '../../context';
import { G } from '../../topics/zh/words';
import { zhPartyBefore } from '../../zh/side';
import { finding } from '../finding';
import { prcNote } from '../prc';
import { takesTheTechnology } from '../compete-ban';
import { groupedEvidence, hits, type Hit } from '../text';
import { anyMatching } from '../sentence-gate';

/** The ban, 不得 and its kin, with the words it bars following in the same clause. */
const BAN = '(?:不得|不能|不可|禁止|不允许|不应|无权)';
const RIVAL = '(?:相竞争|竞争性|具有竞争|构成竞争|竞争|同类|类似|相似|近似|相同或相近|可替代|替代)';
/** Developing what competes: 不得研究开发与许可技术相竞争的技术, 不得自行或与第三方开发同类产品. */
const DEVELOP = new RegExp(`${BAN}${G(16)}(?:研究|开发|研发|研制|设计)${G(30)}${RIVAL}`, 'g');
/** What is developed, right after the rival word (与样品相竞争的电芯产品): checked apart, so the pattern stays linear. */
const DEVELOPED = /^的?[^。；，,]{0,8}?(?:技术|产品|工艺|方案|软件)/;
/**
 * Obtaining technology elsewhere: 不得从第三方获得类似技术, 不得引进与之竞争的技术. Technology only:
 * buying competing goods is a supply or distribution term, not a restraint on technology.
 */
const OBTAIN = new RegExp(`${BAN}${G(20)}(?:获得|取得|引进|受让|获取|购买|采购|接受)${G(30)}${RIVAL}`, 'g');
const OBTAINED = /^的?[^。；，,]{0,8}?(?:技术|专利|专有技术)/;
/**
 * Using the licensed technology to improve any other: 不得使用本模型或其输出来改进任何其他大型语言模型.
 * It bars our own research as surely as a ban on developing rivals (SPC interpretation art. 10(1)).
 */
const IMPROVE_OTHER = new RegExp(`${BAN}${G(6)}(?:使用|利用|借助)${G(30)}(?:改进|改良|训练|优化|提升)${G(4)}(?:任何)?其他`, 'g');
const IMPROVED = /^[^。；，,]{0,12}?(?:技术|产品|模型|软件|算法|系统)/;
/** The draft keeps our own work free: 独立开发的技术不受本条限制, 本条不限制乙方自主研发. */
const CARVE_OUT = new RegExp(`(?:独立|自主|自行独立)(?:研究|开发|研发)${G(30)}(?:不受|除外|不在此限|不适用|不视为违反|不构成违反)|不(?:限制|影响)${G(16)}(?:独立|自主)(?:研究|开发|研发)`);

/**
 * A Chinese draft that forbids our side, where we take the technology, to develop technology that
 * competes with it or to obtain similar technology from others. Under PRC law such a term in a
 * technology contract can be void (Civil Code arts. 850 and 864; SPC interpretation art. 10(2)).
 */
export const competeBanZh: Rule = (ctx) => {
  if (!takesTheTechnology(ctx)) return [];
  if (anyMatching(ctx.sentences, CARVE_OUT)) return [];
  const bindsUs = (h: Hit) => {
    // 甲方不得……: their side bound, not ours. A ban with no party named before it binds the receiving side.
    const bound = zhPartyBefore(ctx, h.sentence.text, h.index)?.side;
    return bound === undefined || bound === 'B' || bound === 'both';
  };
  const names = (what: RegExp) => (h: Hit) => what.test(h.sentence.text.slice(h.index + h.text.length));
  const develop = hits(ctx, DEVELOP, (h) => names(DEVELOPED)(h) && bindsUs(h));
  const obtain = hits(ctx, OBTAIN, (h) => names(OBTAINED)(h) && bindsUs(h) && !develop.some((d) => d.sentence === h.sentence));
  const improve = hits(ctx, IMPROVE_OTHER, (h) => names(IMPROVED)(h) && bindsUs(h) && !develop.some((d) => d.sentence === h.sentence));
  const out: RuleFinding[] = [];
  for (const [found, key] of [
    [develop, undefined],
    [obtain, 'one-sided.compete-ban.obtain'],
    [improve, 'one-sided.compete-ban.improve-other'],
  ] as const) {
    if (found.length === 0) continue;
    out.push(
      finding(ctx, {
        rule: 'one-sided.compete-ban',
        ...(key ? { key } : {}),
        topic: 'residuals',
        severity: 'medium',
        kind: 'one-sided',
        evidence: groupedEvidence(found),
        ...prcNote(ctx, 'review.rule.note.prc-compete-ban'),
      }),
    );
  }
  return out;
};
