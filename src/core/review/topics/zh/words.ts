import type { TopicDetector } from '../detector';
import { ZH_GAP } from '../../zh/cjk';

/** Shared pieces of Chinese contract language, for the detectors and the rules that read Chinese. */
export const G = ZH_GAP;

export function zh(source: string): RegExp {
  return new RegExp(source);
}

/** Negation before a verb: 不得, 不应, 禁止, 不视为 … */
export const NOT = '(?:不得|不应|不能|不可|不会|禁止|严禁|不允许|不准|无权|不)';
/** A definition: “保密信息”是指…, 本协议所称“区域”系指…. */
export const DEFINES = /^[^。；]{0,30}[“"「][^”"」]{1,20}[”"」][^。；]{0,12}(?:是指|系指|指的是|意指|意为|指)/;
/** What a party hands over: information, materials, samples and their copies. */
export const SHARED = '(?:样品|样机|样件|原型|资料|保密信息|技术信息|文件|复制件|复印件|副本|材料|介质|数据|图纸|软件|载体|信息)';
/** The end of the agreement or of the talks. */
export const END = '(?:终止|期满|届满|解除|结束|完成|不再需要|洽谈)';
/** Results of the work, as the model technology contracts name them. */
export const RESULTS =
  '(?:研究开发成果|开发成果|技术成果|合作成果|交付成果|工作成果|项目成果|研究成果|发明创造|成果|专利申请权|专利权)';
/** Improvements: 改进, 后续改进, 改良, 衍生. */
export const IMPROVED = '(?:改进|改良|衍生|演绎)';
/** Ownership allocated: 归甲方所有, 属于乙方, 由双方共同所有, 由甲方享有. */
export const OWNED_BY = `(?:归${G(12)}(?:所有|享有|共有|方)|属于|属${G(12)}所有|由${G(12)}(?:所有|享有|共有|拥有)|为${G(12)}(?:所有|财产))`;
/** What a section's title line looks like in the sentence view: the heading itself. */
export function isHeadingLine(text: string, heading: string): boolean {
  return heading.length > 0 && text.length <= heading.length + 8 && text.endsWith(heading);
}

/**
 * A form's clause left to fill in: its title and a colon, then only blanks ("七、争议解决方式：＿＿＿＿",
 * "双方负有下列保密义务：××××"). It names a topic and says nothing of it.
 */
const BLANK_BODY = /^[^。；：:]{1,40}[：:][\s＿_×xX○〇…．.]{2,60}$/;
export function isBlankClause(text: string): boolean {
  return text.length <= 110 && BLANK_BODY.test(text) && /[＿_×xX○〇…]{2}/.test(text.slice(text.search(/[：:]/)));
}

/** A Chinese detector as run on a sentence: a section's title line ("第十二条 适用法律") is no term, nor a blank clause. */
export function zhDetector(d: TopicDetector): TopicDetector {
  return { id: d.id, cue: d.cue, deals: (s) => !isHeadingLine(s.text, s.heading) && !isBlankClause(s.text) && d.deals(s) };
}
