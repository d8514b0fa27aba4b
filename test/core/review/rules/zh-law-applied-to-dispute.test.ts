// A Chinese contract may choose its law inside the dispute clause, as the law the court or the
// arbitrator decides by (由…法院根据中国法律审理, 依照某国现行法律提交仲裁). That is a choice of law.
// Arbitrating under the arbitration act, or settling "according to law" with no state named, chooses none.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const contract = (clause: string) =>
  [
    '软件技术服务合同',
    '委托方：苏州澄明光电有限公司',
    '服务方：上海启衡数据科技有限公司',
    '第一条 服务内容',
    '1.1 服务方为委托方的生产线数据平台提供运维和优化技术服务，委托方按月支付服务费。',
    '第九条 争议的解决',
    '9.1 因履行本合同发生的争议，双方应首先友好协商。',
    `9.2 ${clause}`,
  ].join('\n');
const missingLaw = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'custom-development', role: 'developer', locale: 'zh-CN' }).findings, 'governing-law');

describe('the law a court or arbitrator decides by, in Chinese', () => {
  it('is a choice of law', () => {
    expect(missingLaw(contract('协商不成的，由服务方住所地人民法院依照中华人民共和国的相关法律审理。'))).toBe(false);
    expect(missingLaw(contract('协商不成的，任何一方可按照新加坡现行法律将争议提交独任仲裁员解决。'))).toBe(false);
  });
  it('near misses: the arbitration act, or "according to law" with no state, chooses none', () => {
    expect(missingLaw(contract('协商不成的，提交上海仲裁委员会，依照《中华人民共和国仲裁法》进行仲裁。'))).toBe(true);
    expect(missingLaw(contract('协商不成的，双方可依照法律规定向有管辖权的法院起诉解决。'))).toBe(true);
  });
});
