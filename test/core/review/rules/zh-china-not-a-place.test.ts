// 中国 in a Chinese licence is a territory only where rights run there. A party's name or nationality
// (中国某某公司), a qualifier of standards (中国的国家标准) and the site where a system is installed name
// no territory, nor do costs arising or taxes paid in China; so they raise nothing about Hong Kong, Macau
// and Taiwan. China in the clause of a grant or a sale still does.
import { fromText, review } from '../../../../src/core/review';

const licence = (...lines: string[]) =>
  [
    '专有技术许可合同',
    '许可方：Bergmann Antriebstechnik GmbH',
    '被许可方：杭州青禾电机有限公司',
    '第一条 许可范围',
    '1.1 许可方同意向被许可方提供制造电机控制器的专有技术资料。',
    ...lines,
  ].join('\n');
const raised = (text: string) =>
  review(fromText(text), { scenario: 'technology-license', role: 'licensee', locale: 'zh-CN' }).findings.some((f) => f.rule === 'ambiguous.china-territory');

describe('China that is not a territory, in a Chinese draft', () => {
  it('a party described as a Chinese company, with its agents and successors, names no territory', () => {
    expect(raised(licence('1.2 “被许可方”是指中国某某电机有限公司，及其代理人和继承人。'))).toBe(false);
    expect(raised(licence('1.2 合同工厂是指中国某某电机厂，由被许可方负责生产。'))).toBe(false);
  });
  it('Chinese standards are not a place', () => {
    expect(raised(licence('1.2 为符合中国的国家标准和当地生产条件，被许可方可以修改技术图纸。'))).toBe(false);
  });
  it('the site where a system is installed is a place of performance, not a territory', () => {
    expect(raised(licence('1.2 许可方应在被许可方指定的中华人民共和国境内场所安装测试设备。'))).toBe(false);
  });
  it('costs arising in China and taxes paid there are no territory', () => {
    expect(raised(licence('1.2 在中国境内发生的银行手续费由被许可方承担，在中国境外发生的由许可方承担。'))).toBe(false);
    expect(raised(licence('1.2 许可方在中国境内取得的许可使用费收入，应按中国税法缴纳所得税。'))).toBe(false);
  });
  it('near misses: China where rights run still raises it', () => {
    expect(raised(licence('1.2 被许可方有权在中国境内制造和销售合同产品。'))).toBe(true);
    expect(raised(licence('1.2 被许可方可在中国境内安装和使用本软件。'))).toBe(true);
    // A company in China is a place: 境内 is not part of a name.
    expect(raised(licence('1.2 被许可方不得向中国境内的其他公司销售合同产品。'))).toBe(true);
    // The right in another clause of the sentence, China in its own.
    expect(raised(licence('1.2 许可方授予被许可方独占许可，许可区域为中华人民共和国。'))).toBe(true);
  });
});
