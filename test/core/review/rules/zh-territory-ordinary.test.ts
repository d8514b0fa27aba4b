// 区域 is a territory only where it is used as one. Bare 区域内的 describing where people or things are,
// with no right, bar or exclusivity in the clause, is the ordinary word; an undefined territory that a
// right or a bar runs in is still a point.
import { reviewAs } from '../../../support/review-as-side';

const agreement = (clause: string) =>
  [
    '渠道合作协议',
    '甲方：杭州云栖智联科技有限公司',
    '乙方：宁波海曙家居贸易有限公司',
    '第一条 合作内容',
    '1.1 甲方通过其线上设计平台向乙方推荐客户，乙方按成交金额向甲方支付推荐服务费。',
    `1.2 ${clause}`,
  ].join('\n');
const undefinedTerritory = (text: string) =>
  reviewAs(text, { scenario: 'exclusive-partnership', role: 'supplier', locale: 'zh-CN' }).findings.some(
    (f) => f.rule === 'ambiguous.territory-undefined',
  );

describe('区域 as an ordinary word or as a territory, in Chinese', () => {
  it('the ordinary word: where people or things are, nothing granted or barred there', () => {
    expect(undefinedTerritory(agreement('乙方应指定联络人，并组织区域内的门店负责人参加甲方的产品培训。'))).toBe(false);
  });
  it('near misses: a right or a bar that runs in an undefined territory is still a point', () => {
    expect(undefinedTerritory(agreement('乙方不得向区域内的其他经销商供货。'))).toBe(true);
    expect(undefinedTerritory(agreement('乙方只能在区域内推广甲方平台。'))).toBe(true);
  });
});
