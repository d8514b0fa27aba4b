import type { TopicDetector } from '../detector';
import { DEFINES, G, IMPROVED, NOT, OWNED_BY, RESULTS, zh } from './words';
import { ZH_PRIOR_IP } from '../prior-ip';

/** Who owns what, in Chinese: 样品所有权, 背景知识产权, 成果归属, 共有, 改进, 成果使用, 反馈, 测试数据. */
export const ZH_OWNERSHIP: TopicDetector[] = [
  {
    id: 'sample-ownership',
    cue: /样品|样机|样件|原型|材料/,
    deals: ({ text }) => SAMPLE_OWNERSHIP.some((r) => r.test(text)),
  },
  {
    id: 'background-ip',
    cue: /背景|已有|原有|在先|之前|前已|保留|知识产权/,
    deals: ({ text }) => !IMPROVES.test(text) && BACKGROUND.some((r) => r.test(text)),
  },
  {
    id: 'background-license',
    cue: /许可|授予|授与|使用|转让/,
    deals: ({ text }) => !NO_GRANT.test(text) && !JOINT_WORD.test(text) && BACKGROUND_LICENCE.some((r) => r.test(text)),
  },
  {
    id: 'foreground-ip',
    cue: /成果|发明|专利/,
    // Improvements and what each side brought are allocated by their own terms.
    deals: ({ text }) => !DEFINES.test(text) && !IMPROVES.test(text) && !BROUGHT.test(text) && FOREGROUND.test(text),
  },
  {
    id: 'joint-ownership',
    cue: /共有|共同所有|共同享有|共同拥有/,
    deals: ({ text }) => JOINT.test(text) && JOINT_THING.test(text) && !JOINT_DENIED.test(text),
  },
  {
    id: 'improvements',
    cue: /改进|改良|衍生|演绎/,
    deals: ({ text }) => !DEFINES.test(text) && IMPROVEMENTS.test(text),
  },
  {
    id: 'results-use',
    cue: /成果/,
    deals: ({ text }) => !/背景/.test(text) && RESULTS_USE.some((r) => r.test(text)),
  },
  {
    id: 'feedback',
    cue: /反馈|意见|建议/,
    deals: ({ text }) => FEEDBACK.test(text) && FEEDBACK_RIGHTS.test(text),
  },
  {
    id: 'test-data',
    cue: /测试|试验|检测|评估|实验|化验/,
    // A definition that lists test data among confidential things is not a term about test data.
    deals: ({ text }) => TEST_DATA.test(text) && (!DEFINES.test(text) || DEFINES_DATA.test(text)),
  },
];

const SAMPLE = '(?:样品|样机|样件|原型机?|试验材料|评估材料|测试材料)';
const SAMPLE_OWNERSHIP = [
  zh(`${SAMPLE}${G(30)}(?:所有权|财产)${G(20)}(?:属于|归|仍归|始终|保留|不转移|不发生转移|不因)`),
  zh(`${SAMPLE}${G(30)}(?:始终|仍然?|均)?(?:归${G(12)}所有|属于${G(12)}(?:所有|财产)|为${G(12)}财产)`),
  zh(`(?:不|未|并不)${G(10)}(?:取得|获得)${G(10)}${SAMPLE}的?所有权`),
];

const IMPROVES = zh(`${IMPROVED}`);
// What a party had before or outside the deal: 背景知识产权, 签订前已经拥有的技术, 产品的知识产权.
const OWN_BEFORE = `(?:背景知识产权|背景技术|背景知识|在先知识产权|原有技术|已有技术|已有的技术|原有的知识产权)`;
const BACKGROUND = [
  ...ZH_PRIOR_IP,
  zh(`${OWN_BEFORE}${G(40)}(?:归|属于|所有|保留|享有|仍为)`),
  zh(`(?:仍归|保留|仍属于|仍然属于)${G(40)}${OWN_BEFORE}`),
  zh(`(?:签订|签署|生效|订立|开始)(?:之)?前${G(30)}(?:拥有|持有|享有|取得|开发)${G(50)}(?:仍归|仍属于|仍为|保留|归${G(10)}所有|属于)`),
  zh(`(?:产品|许可技术|许可专利)${G(20)}知识产权${G(6)}(?:均|仍|始终|仍然)?(?:归|属于?)`),
  zh(`保留${G(6)}(?:全部|一切|所有)?(?:权利|所有权|知识产权)`),
];
const BROUGHT = zh(`${OWN_BEFORE}|(?:签订|签署|生效|订立)(?:之)?前${G(20)}(?:拥有|持有|取得)`);

// A grant denied is no grant: 不视为授予许可, 除…明确授予的许可外.
// A grant denied, not a grant qualified: 不可再许可 (not sublicensable) is among a grant's qualifiers.
const NO_GRANT = zh(`(?:不视为|不构成|不应被?(?:解释|理解)为|不得被?解释为|并不意味着|${NOT}${G(4)}(?<![再分转])(?:授予|授与|许可)|除${G(30)}外)`);
const JOINT_WORD = /共有|共同所有/;
// 许可 as a verb, not the defined 许可专利 or 许可产品, and never to third parties (a sublicence).
const GRANT_VERB = '(?<![被再])许可(?!专利|产品|技术|区域|费|使用费|期限|方|证)';
const BACKGROUND_LICENCE = [
  // 授与 is the older form of 授予, as in the model contracts of the 1980s and 1990s.
  zh(`(?:授予|授与)${G(40)}(?:许可|使用权|实施权)`),
  // A grant of the right to make, sell or use is a licence, however it is named: 乙方授与甲方在中国制造和
  // 销售合同产品的权利. A right to end the contract or to audit is no such grant, nor is a right only to
  // sell or distribute goods (授予乙方独家销售甲方产品的权利): that is a dealer's appointment, unless
  // what is sold is itself IP (软件, 技术).
  zh(`(?:授予|授与|给予)${G(30)}(?:制造|生产|使用|实施|复制|(?:销售|分销)${G(12)}(?:软件|技术|专利|作品))${G(20)}的(?:权利|专有权|独占权)`),
  zh(`${GRANT_VERB}${G(30)}(?:实施|使用|利用)${G(20)}(?:专利|技术秘密|技术|商标|软件|知识产权|著作权)`),
  zh(`${GRANT_VERB}${G(20)}以${G(12)}(?:独占|排他|普通|非独占|独家|非独家)${G(6)}许可的?方式`),
  // A right to use the other side's marks or technology is a licence, however worded: 乙方只能在代理
  // 业务范围内使用甲方的商标, 乙方有权使用甲方的专利.
  zh(`(?:只能|仅能|仅可|可以|有权|得以)${G(20)}使用${G(6)}(?:甲方|乙方|对方|许可方|许可人|供方|出让方|让与方|让与人|转让方|其)的?${G(6)}(?:商标|商号|专利|技术秘密|专有技术|软件|知识产权|著作权)`),
  // Know-how is licensed by "transferring" it (专有技术转让, 技术秘密转让): 出让方同意向受让方转让…的专有技术.
  zh(`(?<![不无未])(?:同意|负责|应当?|将)向${G(12)}转让${G(30)}(?:专有技术|技术秘密|非专利技术)`),
  // A licence's own grant of use, its object the licensed thing: 社区用户可永久免费使用本软件, 您有权使用本软件.
  zh(`(?<![不无未])(?:可以?|有权|得以)(?:永久|免费|无偿)*使用(?:本|该)(?:软件|技术|专利|作品|产品)`),
  // The right to use a technology as what is bought or what the contract is about: 受让方购买使用该工艺的
  // 权利, 本合同的标的是使用许可方所拥有的…技术和诀窍的权利.
  zh(`(?<![不无未得])(?:购买|取得|获得|受让|主题是|标的是|标的为)使用${G(80)}(?:技术|诀窍|工艺|专利|软件|著作权|技术秘密)的(?:权利|使用权)`),
];

const FOREGROUND = zh(`${RESULTS}${G(40)}${OWNED_BY}`);

const JOINT = zh(`共同所有|共同享有|共同拥有|(?<![总合])共有(?!人数)`);
const JOINT_THING = /成果|专利|知识产权|发明|技术|著作权|作品|数据|软件/;
const JOINT_DENIED = zh(`${NOT}${G(10)}(?:共同所有|共有|共同享有)|(?:不构成|并非)${G(10)}共有`);

const IMPROVEMENTS = zh(`${IMPROVED}${G(40)}(?:归|属于|所有|享有|转让给|转让予|提供给|许可|分享|让与|授予)`);

const RESULTS_USE = [
  zh(`(?:有权|可以|均可|可|仍可|仍有权|得)${G(20)}(?:使用|实施|利用)${G(20)}${RESULTS}`),
  zh(`${GRANT_VERB}${G(30)}(?:使用|实施|利用)${G(20)}${RESULTS}`),
  // The model contracts' 技术秘密成果的使用权、转让权以及利益的分配办法.
  zh(`${RESULTS}${G(6)}的?(?:使用权|实施权|转让权)`),
];

const FEEDBACK = zh(`反馈|(?:意见|改进建议|建议)${G(4)}(?:和|及|或者?)?${G(4)}(?:建议|意见)|改进建议`);
const FEEDBACK_RIGHTS = zh(`(?:无偿|免费|自由)?使用|所有|许可|权利|义务`);

const TEST_DATA = zh(
  `(?:测试|试验|检测|评估|实验|化验)(?:${G(8)}产生的${G(4)})?(?:数据|结果|报告|结论)${G(40)}(?:归${G(12)}所有|使用|共享|公开|披露|提交|提供给|告知|通知)|(?:使用|共享|公开|披露|提交|提供给|告知)${G(30)}(?:测试|试验|检测|评估|实验|化验)(?:数据|结果|报告|结论)`,
);
const DEFINES_DATA = zh(`^[^。；]{0,30}[“"「][^”"」]{0,10}(?:数据|结果|报告)[”"」]`);
