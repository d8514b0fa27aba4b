// What belongs to a party's name and what is no party of its own: a bracket after a Chinese company
// form that names the branch which contracts or a partnership's form stays in the name (a role or
// a place there stays out); a company the opening names by another party's role in the possessive
// ("Licensee's Affiliate") stands with that party. Names are invented.
import { buildContext, fromText } from '../../../src/core/review';

const parties = (text: string) => buildContext(fromText(text)).ctx.parties.map((p) => [p.name, p.shortName]);

describe('a bracket after a Chinese company form', () => {
  const contract = (a: string, b: string) => ['融资服务合同', `甲方：${a}`, '住所：深圳市南山区科技园南路十号', `乙方：${b}`, '第一条 甲方应当按约定向乙方提供融资服务。'].join('\n');

  it('keeps the branch that contracts in the name of a party line, and leaves a place there out', () => {
    expect(parties(contract('宏川商业银行股份有限公司（南山支行）', '深圳市蓝湾储能科技有限公司'))).toEqual([
      ['宏川商业银行股份有限公司（南山支行）', '甲方'],
      ['深圳市蓝湾储能科技有限公司', '乙方'],
    ]);
    expect(parties(contract('宏川商业银行股份有限公司', '北岭储能有限公司（德国）'))[1]).toEqual(['北岭储能有限公司', '乙方']);
  });
  it("keeps a partnership's form in the name, and leaves a role word there out", () => {
    expect(parties(contract('宏川商业银行股份有限公司', '苏州青禾创业投资合伙企业（有限合伙）'))[1]).toEqual(['苏州青禾创业投资合伙企业（有限合伙）', '乙方']);
    expect(parties(contract('宏川商业银行股份有限公司', '苏州青禾创业投资合伙企业（借款人）'))[1]).toEqual(['苏州青禾创业投资合伙企业', '乙方']);
  });
});

describe("a party's role in the possessive", () => {
  const opening = (third: string) =>
    `SOFTWARE LICENCE AGREEMENT
This Software Licence Agreement is made between Orbit Analytics Inc. ("Licensor") and Hexi Battery Co., Ltd. ("Licensee")${third}.
1. Grant. Licensor grants to Licensee a non-exclusive licence to use the Software at its plant.
2. Fees. Licensee shall pay the fees within thirty days after receipt of each invoice.`;

  it('makes no party of its own of the company it names, while a third company with a role of its own is one', () => {
    expect(parties(opening(', with Hexi Energy Storage Co., Ltd. ("Licensee\'s Affiliate") joining for section 2 only'))).toEqual([
      ['Orbit Analytics Inc.', 'Licensor'],
      ['Hexi Battery Co., Ltd.', 'Licensee'],
    ]);
    expect(parties(opening(', and Hexi Energy Storage Co., Ltd. ("Guarantor")'))).toEqual([
      ['Orbit Analytics Inc.', 'Licensor'],
      ['Hexi Battery Co., Ltd.', 'Licensee'],
      ['Hexi Energy Storage Co., Ltd.', 'Guarantor'],
    ]);
  });
});
