// A Chinese draft that puts our Chinese company under a foreign law, named or left as the other side's
// country to fill in, is a point for our side with the governing-law clause as its fix. PRC law, and
// Hong Kong law as a neutral choice, are not. Our own sentences, for a Chinese company that maintains
// a foreign customer's production line.
import { fromText, review } from '../../../../src/core/review';
import { library, playbooks } from '../../../support/review-as-side';

const contract = (law: string) =>
  [
    '技术服务合同',
    '委托方（甲方）：Halvard Fertigung GmbH，住所：德国汉堡',
    '服务方（乙方）：宁波澄川自动化技术有限公司，住所：中国浙江省宁波市',
    '第一条 乙方在其宁波工厂为甲方的装配线控制系统提供远程维护和故障排除服务。',
    '第二条 甲方应在收到乙方发票后三十日内支付服务费。',
    `第三条 ${law}`,
    '第四条 因本合同产生的争议，提交新加坡国际仲裁中心仲裁。',
  ].join('\n');
const foreignLaw = (law: string) => {
  const found = review(fromText(contract(law)), { scenario: 'custom-development', role: 'developer', locale: 'zh-CN', library, playbooks }).findings;
  return found.filter((f) => f.rule === 'one-sided.foreign-law');
};

describe('a foreign law for our Chinese company, in a Chinese draft', () => {
  it('is raised where the law of the customer’s country is named, with the governing-law clause as the fix', () => {
    const found = foreignLaw('本合同的订立、效力、解释和履行适用德国法律。');
    expect(found.map((f) => f.severity)).toEqual(['medium']);
    expect(found[0]!.fix?.clause).toBe('governing-law');
  });
  it('is raised where the other side’s country is a blank to fill in', () => {
    expect(foreignLaw('本合同适用＿＿＿＿（甲方国名）的现行法律。')).toHaveLength(1);
  });
  it('is not where PRC law or Hong Kong law governs, nor where our own country is the blank', () => {
    expect(foreignLaw('本合同适用中华人民共和国法律。')).toEqual([]);
    expect(foreignLaw('本合同适用香港特别行政区法律。')).toEqual([]);
    expect(foreignLaw('本合同适用＿＿＿＿（乙方国名）的现行法律。')).toEqual([]);
  });
});
