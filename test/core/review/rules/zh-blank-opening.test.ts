// Blanks in a Chinese form's opening words: full-width low lines (＿＿), a row of ×, an empty 【】. The
// opening ends after the parties' particulars, at 鉴于, 经…协商, 达成如下协议 or the first clause, so the
// blanks a form leaves in its clauses (amounts, dates of delivery) are not counted as the opening's.
import { blankPreamble } from '../../../../src/core/review/rules/blank-preamble';
import { makeContext } from './make-context';

const found = (text: string[]) => blankPreamble(makeContext(text.join('\n'))).map((f) => f.message);
const CLAUSES = [
  '第一条 乙方按甲方的要求提供＿＿＿＿台检测设备，单价为人民币＿＿＿＿元。',
  '第二条 乙方应于＿＿＿＿年＿＿月＿＿日前交货，交货地点为【 】。',
  '第三条 甲方在验收合格后＿＿日内付清货款。',
];

describe('blanks in a Chinese opening', () => {
  it('counts the full-width lines, ×× and empty 【】 before 鉴于 or the first clause, and none in the clauses', () => {
    expect(found(['设备采购合同', '甲方：＿＿＿＿＿＿有限公司', '乙方：××××科技有限公司', '签订日期：【】', '鉴于甲方需要采购检测设备，双方经友好协商，达成如下协议：', ...CLAUSES])).toEqual([
      'Blanks left to fill in the opening words (3)',
    ]);
    expect(found(['设备采购合同', '甲方：＿＿＿＿＿＿有限公司', '乙方：深圳启明检测科技有限公司', '经双方协商一致，订立本合同。', ...CLAUSES])).toEqual(['Blanks left to fill in the opening words (1)']);
    expect(found(['设备采购合同', '甲方：杭州云栈物流有限公司', '乙方：深圳启明检测科技有限公司', '经双方协商一致，订立本合同。', ...CLAUSES])).toEqual([]);
  });
});

describe('blanks written as ideographic spaces', () => {
  it('counts a run of 　 between words in the opening, not an indent or a heading spaced out', () => {
    expect(
      found(['软件许可合同', '以上海　　　　　科技有限公司为一方（以下简称甲方）', '以　　　　公司为另一方（以下简称乙方）', '双方于　　年　　月　　日在杭州签订本合同：', ...CLAUSES]),
    ).toEqual(['Blanks left to fill in the opening words (5)']);
    expect(found(['软　　件　　许　　可　　合　　同', '　　甲方：杭州云栈物流有限公司', '　　乙方：深圳启明检测科技有限公司', '经双方协商一致，订立本合同。', ...CLAUSES])).toEqual([]);
  });
});
