import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { finding } from '../finding';
import { weDisclose } from '../flow';
import { groupedEvidence, hits } from '../text';
import { anyMatching } from '../sentence-gate';

/**
 * Protection that depends on a label: 以书面形式标明为"保密"的信息, 注明"机密"字样, 口头披露的须在
 * 三十日内书面确认为保密信息. Not people 指定 to receive it: the label must be one of secrecy.
 */
const MARKING = new RegExp(`(?:标明|标注|标记|标识|注明|加盖|载明|指定|确认)${G(12)}(?:保密|机密|秘密|专有)`, 'g');
/** What makes the label a condition of protection: the definition of what is protected. */
const DEFINES = new RegExp(`(?:保密信息|机密信息|秘密信息|保密资料)${G(6)}(?:是指|系指|指|包括|仅限于)|(?:仅|只有|只)${G(20)}(?:标明|标注|标记|注明|确认)`);
/** The catch-all that protects unlabelled information too: 无论是否标明, 根据其性质, 合理认为. */
const CATCH_ALL = /(?:无论|不论)[^。；]{0,8}(?:是否|有无)[^。；]{0,6}(?:标明|标注|标记|注明)|根据(?:其|该信息的)?性质|(?:合理|一般理性)[^。；]{0,10}(?:认为|理解|知悉)|即使[^。；]{0,10}未(?:标明|标注|注明)/;

/**
 * 保密信息是指披露方以书面形式标明为"保密"的信息: a Chinese draft that protects only what we label,
 * when we disclose. Samples, drawings and what our engineers say in a meeting rarely carry a label.
 */
export const markedOnlyZh: Rule = (ctx) => {
  if (!weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  if (anyMatching(ctx.sentences, CATCH_ALL)) return [];
  const found = hits(ctx, MARKING, (h) => DEFINES.test(h.sentence.text));
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.marked-only', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
