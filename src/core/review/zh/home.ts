import type { TopicId } from '../../topics';

/** Chinese section titles where a missing term would belong, to show the reader where to add it. */
export const ZH_HOME: Partial<Record<TopicId, RegExp>> = {
  confidentiality: /保密/,
  'purpose-limitation': /使用|目的|限制|保密/,
  'no-reverse-engineering': /限制|使用|保密/,
  'sample-ownership': /样品|材料|所有权|归属/,
  'background-ip': /知识产权|归属|背景/,
  'background-license': /许可|知识产权/,
  'foreground-ip': /知识产权|归属|成果/,
  'joint-ownership': /知识产权|归属|成果|共有/,
  improvements: /知识产权|归属|改进/,
  'results-use': /成果|许可|知识产权/,
  feedback: /反馈|知识产权|归属/,
  'test-data': /数据|结果|报告|测试|评估/,
  exclusivity: /独家|独占|排他|委任|授权|许可/,
  territory: /区域|地域|授权|许可|定义/,
  'no-implied-license': /许可|知识产权|权利/,
  residuals: /保密/,
  'return-or-destroy': /终止|保密|返还|退回/,
  'continuing-rights': /终止/,
  survival: /终止|期限|存续/,
  'patent-prosecution': /专利|知识产权/,
  publication: /发表|公开|保密/,
  'governing-law': /法律|其他|其它/,
  'dispute-resolution': /争议|纠纷|仲裁|法律/,
  'export-control': /出口|合规|其他|其它/,
};

/** Physical things handed over: what can be torn down, analysed or kept. */
export const ZH_GOODS = /(?:样品|样机|样件|原型|电芯|电池|设备|器件|模块|材料|产品)[^。；]{0,40}?(?:寄送|交付|提供|运输|发货|出借|借用|交货)|(?:寄送|交付|提供|发货|出借|交货)[^。；]{0,40}?(?:样品|样机|样件|原型|电芯|设备|器件|模块|材料|产品)/;
/** Samples or prototypes handed over: the Chinese side of the playbook condition `shares-samples`. */
export const ZH_SAMPLES = /(?:样品|样机|样件|原型)[^。；]{0,40}?(?:寄送|交付|提供|运输|发货|出借|借用|交货|披露)|(?:寄送|交付|提供|发货|出借|交货|披露)[^。；]{0,40}?(?:样品|样机|样件|原型)/;
