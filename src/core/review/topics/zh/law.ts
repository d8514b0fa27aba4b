import type { TopicDetector } from '../detector';
import { G, zh } from './words';

/** Patents, publication, governing law, disputes and export control, in Chinese. */
export const ZH_LAW: TopicDetector[] = [
  {
    id: 'patent-prosecution',
    cue: /专利/,
    deals: ({ text }) => PROSECUTION.test(text),
  },
  {
    id: 'publication',
    cue: /发表|出版|学术交流|学术会议/,
    deals: ({ text }) => PUBLICATION.test(text),
  },
  {
    id: 'governing-law',
    cue: /法律|准据法|法/,
    deals: ({ text }) => GOVERNING_LAW.some((r) => r.test(text)) && !/遵守/.test(text),
  },
  {
    id: 'dispute-resolution',
    cue: /仲裁|争议|纠纷|法院|管辖|诉讼|起诉/,
    deals: ({ text }) => DISPUTES.some((r) => r.test(text)),
  },
  {
    id: 'export-control',
    cue: /出口|制裁|两用|实体清单/,
    deals: ({ text }) => EXPORT.test(text) && !/退税|关税|出口商品/.test(text),
  },
];

// Who files, pays for and keeps up the patents; "推迟发表以便申请专利" is about publication.
const PROSECUTION = zh(
  `(?:办理|负责|准备|提交|协助|决定)${G(15)}(?:专利申请|申请专利)|专利的?(?:年费|申请费|维持费|申请手续|申请文件)|维持${G(12)}专利${G(8)}(?:有效|效力)|(?:专利申请|申请专利)${G(10)}(?:费用|由${G(8)}(?:负责|办理|承担))`,
);

// A publication term: who may publish, with whose consent or review, after what delay.
const PUBLICATION = zh(
  `(?:发表|出版|学术交流|学术会议)${G(60)}(?:同意|审查|审阅|通知|推迟|延迟|不得|有权|须|应当|异议|删除)|(?:同意|审查|通知|不得|须|应当)${G(40)}(?:公开)?(?:发表|出版)`,
);

// The contract chooses its law: 本合同适用中华人民共和国法律, 受…法律管辖. "遵守适用的出口管制法律"
// obeys a law and chooses none.
const LAW = '(?:法律|法》|法(?=管辖|为准))';
const GOVERNING_LAW = [
  zh(`(?:本合同|本协议|合同|协议)${G(40)}(?:适用|受|依据|依照|按照|遵循)${G(24)}${LAW}`),
  zh(`(?:适用|受)${G(24)}${LAW}${G(4)}(?:管辖|约束)`),
  zh(`准据法|法律适用`),
  // The applicable law named as such: 仲裁中的适用法为中华人民共和国的法律, 本合同的适用法律是新加坡法律;
  // "“适用法律”是指…" defines applicable laws and chooses none.
  zh(`适用(?:的)?法(?:律)?(?:应当?为|应是|为|是(?!指))${G(24)}${LAW}`),
  // The law a court or arbitrator is to decide by, named by its state: 由…法院根据中国的有关法律进行审理,
  // 应根据（国名）的现行法律提交仲裁人解决. The arbitration or procedure act (根据《仲裁法》进行仲裁) chooses none.
  zh(`(?:根据|依据|依照|按照|适用)${G(24)}(?:国|地区|州|香港|澳门|新加坡)${G(8)}(?:法律|(?<!仲裁|诉讼)法》)${G(24)}(?:审理|裁决|裁判|判决|仲裁|解决)`),
];

const DISPUTES = [
  zh(`仲裁`),
  zh(`(?:争议|纠纷)${G(60)}(?:解决|协商|调解|提交|管辖|起诉|诉讼)`),
  zh(`人民法院|法院${G(8)}管辖|管辖权`),
];

const EXPORT = zh(`出口(?:管制|管理|许可|限制|控制)|技术出口|(?:禁止|限制)出口|两用物项|实体清单|经济制裁|制裁名单|再出口`);
