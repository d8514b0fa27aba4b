import type { TopicDetector } from '../detector';
import { END, G, NOT, SHARED, zh } from './words';

/** The deal's reach and its end, in Chinese: 独占/排他, 地域, 返还或销毁, 终止后的继续使用, 存续. */
export const ZH_DEAL: TopicDetector[] = [
  {
    id: 'exclusivity',
    cue: /独家|独占|排他|唯一|另行|其他/,
    // Sole control of the defence of a claim (辩护的独家控制权, 和解的独家权利) is no exclusivity of the deal.
    deals: ({ text }) => !DEFENCE.test(text) && EXCLUSIVITY.some((r) => r.test(text)),
  },
  {
    id: 'territory',
    cue: /区域|地域|地区|境内|境外|全球|全世界|世界|国家|大陆|内地|大中华|亚太|亚洲|欧洲|北美|南美|中东|东南亚|非洲|大洋洲|省内|市内|省范围|市范围/,
    deals: ({ text }) => TERRITORY.some((r) => r.test(text)),
  },
  {
    id: 'return-or-destroy',
    cue: /返还|归还|交还|退回|退还|销毁|删除|清除|留存|保留|留置/,
    // Owed at the end of the deal or of the talks, as the English topic requires its trigger; a bar on
    // keeping what was handed over (不得留存技术资料和复制品) binds at the end too, with no trigger.
    deals: ({ text }) => ((RETURN.test(text) && AT_END.test(text)) || KEEP_BARRED.test(text)) && !RETURN_OTHER.test(text),
  },
  {
    id: 'continuing-rights',
    cue: /继续|仍可|仍有权|独立开发|自行开发|库存/,
    deals: ({ text }) => CONTINUING.some((r) => r.test(text)),
  },
  {
    id: 'survival',
    cue: /有效|适用|存续|终止|期满|届满|解除/,
    deals: ({ text }) => SURVIVAL.some((r) => r.test(text)),
  },
];

const DEFENCE = /辩护|抗辩|应诉|和解/;
// An exclusive grant, never a negated one: 非独占许可 and 非独家经销权 are not exclusivity.
const EXCLUSIVITY = [
  zh(`(?<![非不])(?:独家|独占|排他)(?:性)?的?(?:经销|代理|销售|许可|供应|供货|采购|经营|分销|实施|使用|权|地位|合作)`),
  zh(`唯一的?(?:经销商|代理商|供应商|被许可方|许可方|合作方|分销商|供货商|销售渠道)`),
  // The grantor promises no one else: 不得另行指定其他经销商; a licensee barred from sublicensing
  // ("不得许可任何第三方实施", 不可再许可, 不得再授权) promises nothing about others.
  zh(`${NOT}${G(20)}(?:另行|再行|再(?=指定|委任))${G(6)}(?:指定|委任|授权|授予|许可|委托)`),
  zh(`${NOT}${G(20)}(?:指定|委任|授权|授予|许可)${G(6)}其他${G(6)}(?:经销商|代理商|分销商|被许可方|供应商)`),
];

// Regions as deals name them: 大中华区, 亚太地区, 欧洲, and a province or city's 省内 or 市内.
// The lookahead on the first characters lets each position of the gap before it fail at once
// instead of trying every name: the same matches, a tenth of the work on long runs of text.
const PLACE = '(?=[区地境全世国大内亚欧北南中东非省市])(?:区域|地域|地区|境内|境外|全球|全世界|世界各地|世界范围|国家|大陆|内地|大中华区|亚太区|亚洲|欧洲|北美|南美|中东|东南亚|非洲|大洋洲|[省市](?=内|范围))';
const TERRITORY = [
  // “区域”是指…: the defined term
  zh(`[“"「](?:[^”"」]{0,6})(?:区域|地域|地区)[”"」]`),
  zh(`(?:在|于|向)${G(24)}${PLACE}${G(30)}(?:销售|经销|实施|使用|制造|生产|分销|代理|独家|许可|推广|营销|招揽)`),
  zh(`(?:许可|授权|经销|销售|实施)(?:的)?(?:区域|地域|范围)${G(4)}(?:为|是|是指|系指|限于|：)`),
  // A grant's reach among its qualifiers: 授予永久的、全球范围的、免费的使用许可, as "a worldwide licence".
  zh(`${PLACE}(?:范围)?(?:内)?的${G(30)}(?:许可|授权)`),
];

const RETURN = zh(`(?:返还|归还|交还|退回|退还|销毁|删除|清除)${G(40)}${SHARED}|${SHARED}${G(40)}(?:返还|归还|交还|退回|退还|销毁|删除|清除)`);
const AT_END = zh(END);
const KEEP_BARRED = zh(`${NOT}${G(4)}(?:留存|保留|留置)${G(10)}${SHARED}`);
// Returned goods and refunded money are trade, not the return of what was shared.
const RETURN_OTHER = zh(`(?:退还|返还|退回)${G(10)}(?:货款|款项|费用|价款|定金|保证金|押金|有缺陷|存在缺陷|缺陷|不合格)`);

const CONTINUING = [
  // 本协议终止后，乙方可以在九十日内继续销售其库存产品
  zh(`${END}${G(40)}(?:可以|有权|仍可|仍有权|仍然可以|(?<![不未])得以?|(?<![不未])可(?=继续))${G(12)}(?:继续)?(?:销售|使用|实施|经销|处理|利用|开发)`),
  // 双方未能签署正式协议的，各方仍可继续独立开发
  zh(`(?:终止洽谈|洽谈终止|谈判终止|未能${G(4)}(?:签署|达成|签订|订立)|未${G(4)}(?:签署|达成|签订|订立)${G(10)}(?:正式|最终)${G(4)}(?:协议|合同))${G(40)}(?:仍|可以|有权|继续)`),
  zh(`(?:仍可|仍有权|有权|可以|不受限制地)${G(10)}(?:继续)?(?:独立|自行)(?:开发|研发|研究)`),
  zh(`(?:库存|存货)${G(10)}(?:产品|货物)?${G(20)}(?:销售|处理)`),
];

const SURVIVAL = [
  zh(`(?:终止|期满|届满|解除)(?:之?后|以后)${G(30)}(?:继续|仍然?|持续)(?:应当?|须|需)?(?:有效|适用|存续|履行|遵守|承担)`),
  zh(`(?:终止|期满|届满|解除)(?:之?后|以后)${G(8)}存续`),
  // 本协议终止后，接收方仍须对保密信息保密五年 / 应继续对其保密
  zh(`(?:终止|期满|届满|解除)(?:之?后|以后)${G(30)}(?:继续|仍然?|持续)${G(16)}(?:保密|不得(?:向${G(12)})?(?:披露|泄露|透露|使用))`),
  zh(`(?:不因|不受)${G(24)}(?:终止|解除|期满|届满)而?(?:终止|失效|受影响|免除|解除)`),
  // 保密期限为本合同终止后五年
  zh(`(?:保密(?:义务|期限|责任)|义务)${G(20)}(?:终止|期满|届满|解除)(?:之?后)${G(6)}[一二三四五六七八九十两\\d]{1,3}(?:年|个月)`),
  // 合同终止后两年内，双方均应遵守保密约定
  zh(`(?:终止|期满|届满|解除)(?:之?后)${G(4)}[一二三四五六七八九十两\\d]{1,3}(?:年|个月)(?:内|之内)${G(30)}(?:保密|遵守|有效|承担|不得)`),
];
