// A Chinese contract may choose its law by naming "the applicable law" (适用法为…法律, 适用法律是…法律),
// often inside the arbitration clause. That is a choice of law. A definition of applicable laws
// (“适用法律”是指…) and a duty to obey them choose nothing, and the point stays.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const licence = (clause: string) =>
  [
    '专有技术许可合同',
    '许可方：Bergmann Antriebstechnik GmbH',
    '被许可方：杭州青禾电机有限公司',
    '第一条 许可范围',
    '1.1 许可方同意向被许可方许可使用其电机控制器专有技术，被许可方按本合同支付许可费。',
    '第十二条 争议的解决',
    '12.1 因本合同引起的一切争议，双方应友好协商解决；协商不成的，提交新加坡国际仲裁中心仲裁。',
    `12.2 ${clause}`,
  ].join('\n');
const missingLaw = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'technology-license', role: 'licensee', locale: 'zh-CN' }).findings, 'governing-law');

describe('the applicable law named as such, in Chinese', () => {
  it('is a choice of law', () => {
    expect(missingLaw(licence('仲裁中的适用法为中华人民共和国的法律。'))).toBe(false);
    expect(missingLaw(licence('本合同的适用法律是新加坡共和国法律。'))).toBe(false);
  });
  it('near misses: a definition of applicable laws, or a duty to obey them, chooses none', () => {
    expect(missingLaw(licence('“适用法律”是指任何政府部门颁布的法律、法规和规章。'))).toBe(true);
    expect(missingLaw(licence('双方在履行本合同时应遵守各自适用的法律。'))).toBe(true);
  });
});
