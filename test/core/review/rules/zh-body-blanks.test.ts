// Blanks left in the clauses of a Chinese form (＿＿, ××, spaces before a unit), listed as one point;
// a filled contract's signature block and a table set out with spaces are no blanks.
import { zhBodyBlanks } from '../../../../src/core/review/rules/zh-body-blanks';
import { makeContext } from './make-context';

const found = (text: string) => zhBodyBlanks(makeContext(text)).map((f) => f.message);

const OPENING = '技术服务合同\n甲方：杭州云启科技有限公司\n乙方：新加坡远帆系统私人有限公司\n经双方友好协商，达成如下协议：\n';

describe('blanks left in the clauses of a Chinese form', () => {
  it('counts each blank after the opening words', () => {
    expect(
      found(`${OPENING}第一条 乙方应于合同生效后＿＿日内交付全部源代码。\n第二条 甲方应向乙方支付\u3000\u3000英镑，由××银行汇出。\n第三条 争议提交仲裁。\n`),
    ).toEqual(['Blanks left to fill in the clauses (3)']);
  });

  it('is quiet on a filled contract, its signature lines and a table set out with spaces', () => {
    expect(
      found(
        `${OPENING}第一条 乙方应于合同生效后三十日内交付全部源代码。\n第二条 费用明细：模块\u3000\u3000单价\u3000\u3000数量。\n甲方（盖章）：＿＿＿＿＿＿\n法定代表人签字：＿＿＿＿＿＿\n日期：\u3000\u3000年\u3000\u3000月\u3000\u3000日\n`,
      ),
    ).toEqual([]);
  });
});
