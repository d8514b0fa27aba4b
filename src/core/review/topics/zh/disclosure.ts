import type { TopicDetector } from '../detector';
import { DEFINES, G, NOT, zh } from './words';

/** The disclosure boundary in Chinese: 保密, 使用限制, 反向工程, 不默示许可, 残留信息. */
export const ZH_DISCLOSURE: TopicDetector[] = [
  {
    id: 'confidentiality',
    cue: /保密|秘密|披露|泄露|透露/,
    deals: ({ text }) => CONFIDENTIALITY.some((r) => r.test(text)),
  },
  {
    id: 'purpose-limitation',
    cue: /仅|只|用于|目的/,
    deals: ({ text }) => PURPOSE.some((r) => r.test(text)),
  },
  {
    id: 'no-reverse-engineering',
    cue: /反向|逆向|反编译|反汇编|拆解|剖析|分析|检测/,
    deals: ({ text }) => REVERSE.test(text),
  },
  {
    id: 'no-implied-license',
    cue: /授予|许可|权利|所有权|财产|转让|默示/,
    deals: ({ text }) => NO_LICENCE.some((r) => r.test(text)),
  },
  {
    id: 'residuals',
    cue: /残留|残存|剩余|记忆/,
    deals: ({ text }) => RESIDUALS.test(text) && !DEFINES.test(text),
  },
];

// A duty, not a mention: 保密义务, 予以保密, 不得披露; "删除其中的保密信息" is none.
const CONFIDENTIALITY = [
  zh(`(?:保密义务|保密责任|保密期限|负有保密|承担保密|予以保密|严格保密|保守${G(10)}秘密|保密措施|保密处理)`),
  zh(`${NOT}${G(30)}(?:披露|泄露|透露|泄漏|公开|提供给${G(6)}第三方)`),
  zh(`[“"「]保密信息[”"」]${G(8)}(?:是指|系指|指)`),
  // 保密 as a verb with its object: 双方应对本合同内容保密, 乙方须对技术资料保守秘密.
  zh(`(?:应当?|须|必须|负责|承诺|保证|同意)${G(30)}(?:保密|保守秘密)(?![信资文材期范])`),
  // Confidentiality the other side asks for, kept as a duty: 如定作方要求保密，承揽方应当严格遵守.
  zh(`要求保密${G(16)}(?:应当?|须|必须)${G(6)}(?:遵守|遵照|执行|履行)`),
];

// 仅可为…目的使用, 仅可将样品用于…, 不得用于其他目的. "仅向为测试目的需要知悉的员工披露" limits
// disclosure, not use: the use must follow the purpose.
const PURPOSE = [
  zh(`(?:仅|只|仅限|限于)${G(20)}(?:用于|为${G(30)}目的${G(4)}(?:而)?(?:使用|利用|实施))`),
  zh(`${NOT}${G(30)}(?:用于|使用于)${G(30)}(?:其他|以外|之外|任何其他)`),
  zh(`(?:用于|使用)${G(20)}(?:目的)?以外的?(?:任何)?(?:其他)?目的`),
];

const REVERSE = zh(
  // The lookahead on the objects' first characters makes each gap position fail at once (as PLACE in deal.ts).
  `(?:${NOT}|禁止)${G(40)}(?=[反逆拆剖成结配组分])(?:反向工程|逆向工程|(?:逆向|反向)(?:分析|解析|研究)|反编译|反汇编|拆解|剖析|(?:成分|结构|配方|组分)(?:的)?(?:分析|检测)|分析${G(10)}(?:成分|结构|配方|组分))`,
);

const NO_LICENCE = [
  // 不视为授予…许可, 不应被解释为授予…权利, 不构成…转让, 不因本协议取得…权利
  zh(`(?:不视为|不构成|不应被?(?:解释|理解|视|认定)为|不得被?(?:解释|理解)为|并不意味着|不意味着|不因)${G(40)}(?:授予|许可|转让|取得|给予|享有)`),
  // 除本合同明确授予的许可外，未…授予任何其他权利
  zh(`除${G(30)}(?:明确|明示|书面)${G(12)}(?:授予|约定|许可)${G(10)}外${G(30)}(?:未|不|没有|并无)${G(20)}(?:授予|许可|取得|给予|享有)`),
  zh(`(?:明示或者?默示|默示或者?明示|以默示|暗示)${G(20)}(?:授予|许可|权利)`),
  // 除本协议授予的许可外，贡献者保留其贡献的全部权利: a reservation of everything not granted.
  zh(`除${G(20)}(?:规定|约定|授予|许可)${G(6)}外${G(20)}保留${G(20)}(?:所有|全部|一切)${G(4)}权利`),
  // 保密信息始终为披露方的财产: the information is lent, never given.
  zh(`(?:保密信息|技术资料|技术信息)${G(20)}(?:始终|仍|仍然|均)?(?:为|是|属于|归)${G(12)}(?:财产|所有)`),
];

const RESIDUALS = zh(`残留信息|残存信息|剩余信息|残留知识|(?:未经辅助|未借助|不借助|凭借?${G(10)})的?记忆|头脑中${G(6)}(?:保留|记忆)`);
