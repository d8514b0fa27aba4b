import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { zhNumber } from '../../zh/cjk';
import { finding } from '../finding';
import { weDisclose } from '../flow';
import { shortBesideTradeSecrets, type Period } from '../short-beside-trade-secrets';
import { groupedEvidence, hits, type Hit } from '../text';
import { anyMatching } from '../sentence-gate';

/**
 * A period in years or months, in Chinese or Arabic numerals: 两年, 三（3）年, 5年, 半年, 十二个月,
 * 十八（18）个月. Not the year of a date (2025年3月): no digit before it, no month after it.
 */
const PERIOD = /(?<![\d一二三四五六七八九十百零〇两])(半|[一二两三四五六七八九十]{1,3}|\d{1,2})(?:\s*[（(](\d{1,2})[)）])?\s*(年|个月)(?!\s*\d{1,2}\s*月)/g;
/** The duty whose length it is: 保密期限为两年, 保密义务在终止后三年内继续有效. */
const DUTY = new RegExp(`保密(?:期限|期间|期|义务|责任)|(?:不得|不应)${G(20)}(?:披露|使用)`);
/** The years are the duty's length, not a deadline for something else. */
const LASTS = /期限|期间|有效|存续|持续|延续|内|为期|至/;
/** A deadline counted in months is no length of the duty: 终止后一个月内返还. */
const DEADLINE_AFTER = /^内?[^。；，]{0,6}(?:返还|退还|归还|交还|销毁|删除|通知|支付|付款)/;
/** The period runs from the deal's end, not from each disclosure: 本协议终止后两年, 自本协议期满之日起两年. */
const AFTER_END = /(?:终止|届满|期满|解除|结束|到期)(?:之日)?(?:后|起)[^。；，]{0,6}$/;
/** Trade secrets kept for as long as they stay secret, the usual answer to a fixed period. */
const TRADE_SECRET_TAIL = new RegExp(
  `商业秘密${G(40)}(?:(?:直至|至|在)${G(20)}(?:公开|为公众所知悉|丧失秘密性|不再构成商业秘密)|永久|无限期|不受${G(12)}(?:期限|限制))`,
);
/** A fixed period this short ends protection while know-how is still worth protecting (as the English rule). */
const SHORT_YEARS = 5;

const yearsOf = (h: Hit): number => {
  const n = h.match[1] === '半' ? 0.5 : Number(h.match[2] ?? zhNumber(h.match[1]!) ?? 0);
  if (h.match[3] === '个月') return n / 12;
  // 一年半 is a year and a half.
  return h.sentence.text[h.index + h.text.length] === '半' ? n + 0.5 : n;
};

/**
 * 保密期限为两年, 自披露之日起十二个月: confidentiality in a Chinese draft that ends after a few
 * years, when we disclose. Where trade secrets are kept as long as they stay secret, the period for
 * the rest is weighed on the English rule's scale (short-beside-trade-secrets.ts).
 */
export const shortConfidentialityZh: Rule = (ctx) => {
  if (!weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const stated = hits(ctx, PERIOD, (h) => {
    const text = h.sentence.text;
    const years = yearsOf(h);
    return years > 0 && years <= SHORT_YEARS && DUTY.test(text) && LASTS.test(text) && !DEADLINE_AFTER.test(text.slice(h.index + h.text.length));
  });
  if (anyMatching(ctx.sentences, TRADE_SECRET_TAIL)) {
    const periods: Period[] = stated.map((hit) => ({ hit, years: yearsOf(hit), afterEnd: AFTER_END.test(hit.sentence.text.slice(Math.max(0, hit.index - 20), hit.index)) }));
    return shortBesideTradeSecrets(ctx, periods);
  }
  if (stated.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.short-confidentiality', topic: 'confidentiality', fixClause: 'confidentiality', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(stated) })];
};
