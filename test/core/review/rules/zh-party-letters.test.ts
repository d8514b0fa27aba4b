// Slips in a Chinese draft's party letters (issue 12): the terms bind "乙方" where the opening gives that
// letter to no party, or a party owes a payment to itself. Quiet where the opening names every letter used.
import { partyLettersZh } from '../../../../src/core/review/rules/zh/party-letters';
import { makeContext } from './make-context';

const run = (lines: string[]) => partyLettersZh(makeContext(lines.join('\n'))).map((f) => [f.severity, f.message]);

const opening = (second: string) => [
  '技术服务合同',
  '甲方：深圳澄岸数据科技有限公司',
  `${second}`,
  '双方经友好协商，达成如下条款：',
];

describe('a party letter the opening gives no party', () => {
  it('flags 乙方 bound in the terms where the other party is named only by its company name', () => {
    const text = [...opening('Harrow Metrics Ltd.（以下简称“Harrow”）'), '1. 乙方应在收到样品后十日内完成测试。', '2. 甲方应按时向乙方提供样品。'];
    expect(run(text)).toEqual([['low', 'The terms call a party 乙方, a name the opening gives no party']]);
  });

  it('is quiet where the opening gives each letter to a party', () => {
    const text = [...opening('乙方：Harrow Metrics Ltd.'), '1. 乙方应在收到样品后十日内完成测试。', '2. 甲方应按时向乙方提供样品。'];
    expect(run(text)).toEqual([]);
  });
});

describe('a party owing a duty to itself', () => {
  it('flags 甲方 paying 甲方, medium', () => {
    const text = [...opening('乙方：Harrow Metrics Ltd.'), '3. 甲方应于验收合格后三十日内向甲方支付服务费。'];
    expect(run(text)).toEqual([['medium', 'A party owes a payment or delivery to itself (1)']]);
  });

  it('is quiet where a party pays the other, or acts for its own affiliate', () => {
    const text = [...opening('乙方：Harrow Metrics Ltd.'), '3. 甲方应于验收合格后三十日内向乙方支付服务费。', '4. 甲方应向甲方的关联公司转告本合同的保密义务。'];
    expect(run(text)).toEqual([]);
  });
});
