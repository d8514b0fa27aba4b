import type { OwnedThing } from './objects';

/**
 * What a Chinese ownership clause is about, in the words of PRC technology contracts: 改进 and 后续改进
 * (improvements), 背景知识产权 and what a party held before signing (background), 技术成果 and
 * 研发成果 (results), 样品, 测试数据, 反馈, 保密信息, other named IP, or goods.
 */
const IMPROVED = /后续改进|改进|改良|衍生|演绎|二次开发/g;
const BACKGROUND =
  /背景(?:知识产权|技术|知识)?|在先(?:知识产权|技术)|(?:原有|已有|自有)的?(?:技术|知识产权|专利)|(?:签订|签署|生效|订立)(?:之|以)?前[^。；]{0,20}?(?:拥有|持有|享有|取得|开发)|许可(?:技术|专利)|专利技术/;
const TEST_DATA = /(?:测试|试验|检测|评估|实验|化验)[^。；，]{0,8}?(?:数据|结果|报告|结论)/;
const RESULTS = /研究开发成果|研发成果|开发成果|技术成果|合作成果|工作成果|项目成果|研究成果|交付成果|发明创造|发明(?!专利)|成果|新技术|技术秘密成果/;
const SAMPLES = /样品|样机|样件|原型/;
const FEEDBACK = /反馈|意见和建议|意见或建议|改进建议/;
const CONFIDENTIAL = /保密信息|机密信息|商业秘密/;
const IP = /知识产权|专利|技术秘密|专有技术|著作权|软件|技术/;
const GOODS = /货物|产品|设备|商品/;

export interface ZhObject {
  things: OwnedThing[];
  /** For improvements: the words before the improvement word that say what is improved (对甲方背景技术所作的). */
  improved?: string;
}

/** The things a span of Chinese names, improvements first; what is improved is not itself the object. */
export function readZhObject(span: string): ZhObject {
  let last: RegExpExecArray | undefined;
  IMPROVED.lastIndex = 0;
  for (let m = IMPROVED.exec(span); m; m = IMPROVED.exec(span)) last = m;
  const out: OwnedThing[] = [];
  let rest = span;
  let improved: string | undefined;
  // Feedback is no improvement even when it suggests one (改进建议).
  if (last && !/^改进建议/.test(span.slice(last.index))) {
    out.push('improvements');
    improved = span.slice(0, last.index);
    // 改进成果及测试数据: what follows the improvement word names the rest; 改进成果 itself is the improvement.
    rest = span.slice(last.index + last[0].length).replace(/^(?:的)?(?:成果|技术)/, '');
  }
  if (BACKGROUND.test(rest)) out.push('background');
  if (TEST_DATA.test(rest)) out.push('test-data');
  else if (RESULTS.test(rest)) out.push('results');
  if (SAMPLES.test(rest)) out.push('samples');
  if (FEEDBACK.test(rest)) out.push('feedback');
  if (CONFIDENTIAL.test(rest)) out.push('confidential-information');
  if (out.length === 0 && IP.test(rest)) out.push('ip');
  if (out.length === 0 && GOODS.test(rest)) out.push('goods');
  return improved === undefined ? { things: out } : { things: out, improved };
}
