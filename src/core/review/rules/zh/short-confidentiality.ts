import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { finding } from '../finding';
import { weDisclose } from '../flow';
import { groupedEvidence, hits } from '../text';

/** A few years written as Chinese or Arabic numerals: 两年, 三（3）年, 5年. */
const YEARS = /(?<![\d一二三四五六七八九十百零〇两])(?:[一二两三四五]|[1-5])(?:\s*[（(][1-5][)）])?\s*年(?!\s*\d{1,2}\s*月)/g;
/** The duty whose length it is: 保密期限为两年, 保密义务在终止后三年内继续有效. */
const DUTY = new RegExp(`保密(?:期限|期间|期|义务|责任)|(?:不得|不应)${G(20)}(?:披露|使用)`);
/** The years are the duty's length, not a deadline for something else. */
const LASTS = /期限|期间|有效|存续|持续|延续|内|为期|至/;
/** Trade secrets kept for as long as they stay secret, the usual answer to a fixed period. */
const TRADE_SECRET_TAIL = new RegExp(`商业秘密${G(40)}(?:直至|至|在)${G(20)}(?:公开|为公众所知悉|丧失秘密性|不再构成商业秘密)`);

/** 保密期限为两年: confidentiality in a Chinese draft that ends after a few years, when we disclose. */
export const shortConfidentialityZh: Rule = (ctx) => {
  if (!weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  if (ctx.sentences.some((s) => TRADE_SECRET_TAIL.test(s.text))) return [];
  const found = hits(ctx, YEARS, (h) => DUTY.test(h.sentence.text) && LASTS.test(h.sentence.text));
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.short-confidentiality', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
