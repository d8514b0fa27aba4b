import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { OPENING_ENDS, opening } from './blank-preamble';
import { zhHits } from './text';

/**
 * A blank left in the clauses of a Chinese form: a line to fill (＿＿, ____), a placeholder of ×
 * (××公司, ××××年), an empty 【】, or a run of ideographic spaces before what it counts or names
 * (支付\u3000\u3000英镑, 于\u3000\u3000年). Spaces before other words are alignment in a filled table.
 */
const BLANK =
  /＿{2,}|_{3,}|×{2,}|【\s{0,8}】|(?<=[^\s\u3000])\u3000{2,40}(?=[年月日天周元%％个份台套次件名项万亿]|小时|工作日|英镑|美元|欧元|日元|港元|人民币)/g;
/**
 * The lines where a signed contract still has lines to fill or sign on: the parties' particulars and the
 * signature block (签字, 盖章, 法定代表人, 地址, 开户银行 ...).
 */
const PARTICULARS = /(?:^|\s)日期[:：]|税号|签[字章名署]|盖章|公章|法定代表人|授权代表|委托代理人|地址|电话|传真|开户|[账帐]号|邮[编政]|联系人|电子邮[件箱]|身份证/;

/** Blanks left in the body of a Chinese form, after its opening words: each one a term not yet agreed. */
export const zhBodyBlanks: Rule = (ctx) => {
  // The body starts after the paragraph where the opening words end (经双方协商, 鉴于, 第一条), even where
  // a long table of particulars before it stopped the opening's reading early.
  const ends = ctx.sentences.find((s) => OPENING_ENDS.test(s.text))?.paragraph ?? -1;
  const last = Math.max(ends, ...opening(ctx.sentences).map((s) => s.paragraph));
  const found = zhHits(ctx, BLANK, (h) => h.sentence.paragraph > last && !PARTICULARS.test(h.sentence.text));
  return draftingHits(ctx, 'drafting.zh-body-blank', found);
};
