// A Chinese opening may put the parties under a heading word (订约人, 立合同人, 签约方) on the same line
// as the first party, or both parties on one line: each letter still introduces its party.
import { buildContext, fromText } from '../../../src/core/review';

const parties = (lines: string[]) => buildContext(fromText(lines.join('\n'))).ctx.parties.map((p) => [p.name, p.shortName]);
const TERMS = ['兹经双方同意，甲方委托乙方加工电子罗盘，其条款如下：', '1. 甲方应当提供全部零件。'];

describe('parties under a heading word', () => {
  it('reads the first party on the heading line and the second on the next', () => {
    expect(parties(['来料加工合同', '订约人：甲方：青屿电子有限公司', '　　　　乙方：Marlow Instruments Ltd.', ...TERMS])).toEqual([
      ['青屿电子有限公司', '甲方'],
      ['Marlow Instruments Ltd.', '乙方'],
    ]);
    expect(parties(['来料加工合同', '立合同人 甲方 青屿电子有限公司', '乙方：Marlow Instruments Ltd.', ...TERMS])).toEqual([
      ['青屿电子有限公司', '甲方'],
      ['Marlow Instruments Ltd.', '乙方'],
    ]);
  });

  it('reads both parties set on one line after the heading', () => {
    expect(parties(['来料加工合同', '签约方：甲方：青屿电子有限公司　　乙方：Marlow Instruments Ltd.', ...TERMS])).toEqual([
      ['青屿电子有限公司', '甲方'],
      ['Marlow Instruments Ltd.', '乙方'],
    ]);
  });
});
