// A Chinese service contract often says who serves by who is invited: "应甲方邀请，乙方派遣工程师…".
// The side invited sends its people and provides the service; the side that invites receives it.
// Our own sentences, for a Chinese company sending engineers to commission a plant abroad.
import { fromText, review } from '../../../src/core/review';
import { library, playbooks } from '../../support/review-as-side';

const placed = (text: string) => review(fromText(text), { role: 'developer', library, playbooks }).parties;

const contract = (first: string) =>
  [
    '国际技术服务合同',
    '甲方：Qaswa Cement Industries LLC',
    '乙方：洛阳恒岩工程技术有限公司',
    first,
    '２．甲方负责为乙方人员办理入境签证和工作许可，并提供往返机票和住宿。',
    '３．甲方应按每人每月八千美元向乙方支付服务费。',
  ].join('\n');

describe('a Chinese service contract read by who is invited', () => {
  it('places the invited side, which sends its engineers, as the provider', () => {
    expect(placed(contract('１．应甲方邀请，乙方同意派遣六名工程师赴甲方工厂，指导水泥生产线的安装和调试。'))).toEqual({
      ours: '洛阳恒岩工程技术有限公司 (乙方)',
      theirs: 'Qaswa Cement Industries LLC (甲方)',
    });
  });
  it('and the other way round where the letters are swapped', () => {
    const swapped = contract('１．应乙方邀请，甲方同意派遣六名工程师赴乙方工厂，指导水泥生产线的安装和调试。')
      .replace('２．甲方负责为乙方人员', '２．乙方负责为甲方人员')
      .replace('３．甲方应按每人每月八千美元向乙方支付', '３．乙方应按每人每月八千美元向甲方支付');
    expect(placed(swapped)).toEqual({ ours: 'Qaswa Cement Industries LLC (甲方)', theirs: '洛阳恒岩工程技术有限公司 (乙方)' });
  });
});
