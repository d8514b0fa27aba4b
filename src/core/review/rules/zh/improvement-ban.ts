import type { Rule } from '../../context';
import { zhPartyBefore } from '../../zh/side';
import { finding } from '../finding';
import { improvesTheirs } from '../improvement-ban';
import { prcNote, underPrcLaw } from '../prc';
import { groupedEvidence, hits } from '../text';

/** The ban: 不得对许可技术进行改进, 禁止改良, 不得进行二次开发. */
const BAN = /(?:不得|不能|不可|禁止|不允许)[^。；]{0,12}?(?:改进|改良|二次开发|再开发|后续开发)/g;
/** What is licensed or brought to build on: the technology, patents or know-how, not products or samples supplied for use. */
const LICENSED = /许可技术|许可专利|专利技术|技术秘密|合同标的技术|背景技术|背景知识产权|(?:甲方|乙方|对方|许可方|技术提供方)的?技术/;

/** A Chinese licence or joint development that forbids our side, taking the technology, to improve it. */
export const improvementBanZh: Rule = (ctx) => {
  if (!improvesTheirs(ctx)) return [];
  const found = hits(ctx, BAN, (h) => {
    if (!LICENSED.test(h.sentence.text)) return false;
    // 甲方不得改进…: the licensor bound, not us.
    const bound = zhPartyBefore(ctx, h.sentence.text, h.index)?.side;
    return bound !== 'A' && bound !== 'both';
  });
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.improvement-ban',
      topic: 'improvements',
      severity: underPrcLaw(ctx) ? 'medium' : 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      ...prcNote(ctx),
    }),
  ];
};
