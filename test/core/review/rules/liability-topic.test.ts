// The findings on caps, exclusions, indemnities and guarantees are filed under the liability topic,
// not under whatever topic's clause sits nearest (survival, confidentiality).
import { fromText, review } from '../../../../src/core/review';
import { leakDamages, leakLiabilityFault } from '../../../../src/core/review/rules/leak-damages';
import { oneWayIndemnity } from '../../../../src/core/review/rules/one-way-indemnity';
import { personalGuarantee } from '../../../../src/core/review/rules/personal-guarantee';
import { recipientIndemnity } from '../../../../src/core/review/rules/recipient-indemnity';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';
import { makeContext } from './make-context';

const topics = (text: string, scenario: ScenarioId, role: RoleId, rule: string, locale: 'en' | 'zh-CN' = 'en') =>
  review(fromText(text), { scenario, role, locale })
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.topic);
const ruleTopics = (rule: typeof leakDamages, text: string, scenario: ScenarioId, role: RoleId) => rule(makeContext(text, { scenario, role })).map((f) => `${f.rule} ${f.topic}`);

// A clause on survival just before, so the nearest topic is not liability.
const DEVELOPMENT = [
  'SOFTWARE DEVELOPMENT AGREEMENT',
  'This Agreement is made between Suzhou Hengyu Software Co., Ltd. ("Developer") and Westmark Freight BV ("Customer").',
  '1. Developer shall build and deliver the warehouse scheduling software in Schedule 1, and Customer shall pay the fees in Schedule 2.',
  '2. The obligations in Section 1 survive the expiry or termination of this Agreement.',
  '3. For each week a milestone is late, Developer shall pay Customer liquidated damages of half a percent of the fees.',
].join('\n');
const ZH_LICENCE = (clause: string) =>
  [
    '技术许可合同',
    '甲方（许可方）：Ostmark Robotics GmbH',
    '乙方（被许可方）：宁波启远自动化有限公司',
    '第一条 甲方许可乙方在中国境内使用其机器人控制软件生产合同产品，乙方按附件一向甲方支付许可费。',
    `第二条 ${clause}`,
  ].join('\n');
const ZH_SUPPLY = (clause: string) =>
  ['软件供货合同', '甲方（买方）：南京泊川信息技术有限公司', '乙方（卖方）：Lakeridge Software Oy', '第一条 乙方向甲方提供调度软件及安装服务，甲方按附件一支付货款。', `第二条 ${clause}`].join('\n');
const NDA = [
  'This Non-Disclosure Agreement is made between Xiamen Haorui Optics Co., Ltd. (the "Disclosing Party") and Silverline Devices Inc., a Delaware corporation (the "Receiving Party").',
  'The Receiving Party shall keep the Confidential Information in confidence and use it only to assess a possible purchase of lenses.',
].join('\n');

describe('liability findings carry the liability topic', () => {
  it('no cap at all', () => {
    expect(topics(DEVELOPMENT, 'custom-development', 'developer', 'one-sided.no-liability-cap')).toEqual(['liability']);
  });
  it('a cap or an exclusion for one side only, and all liability on one side, in Chinese', () => {
    const cap = '甲方在本合同项下的赔偿责任总额不超过乙方已付的许可费。乙方违约的，应赔偿甲方的全部损失。';
    expect(topics(ZH_LICENCE(cap), 'technology-license', 'licensee', 'one-sided.one-way-cap', 'zh-CN')).toEqual(['liability']);
    const exclusion = '在任何情况下，甲方均不对乙方的间接损失或利润损失承担赔偿责任。';
    expect(topics(ZH_LICENCE(exclusion), 'technology-license', 'licensee', 'one-sided.one-way-exclusion', 'zh-CN')).toEqual(['liability']);
    const all = '如因所供软件侵犯第三方知识产权发生纠纷，由乙方承担全部责任，并赔偿甲方由此遭受的全部损失。';
    expect(topics(ZH_SUPPLY(all), 'exclusive-partnership', 'supplier', 'one-sided.all-liability', 'zh-CN')).toEqual(['liability']);
  });
  it('an indemnity one way, and a signatory who guarantees personally', () => {
    const opening = 'This Brand License Agreement is made between Oakfield Brands LLC ("Licensor") and Zhongshan Meida Electric Co., Ltd. ("Licensee").';
    const indemnity = 'Licensee shall indemnify and hold harmless Licensor from and against all claims, losses and costs arising out of the Licensed Products.';
    expect(ruleTopics(oneWayIndemnity, `${opening}\n${indemnity}`, 'technology-license', 'licensee')).toEqual(['one-sided.one-way-indemnity liability']);
    const guarantee = 'The person who signs this Agreement for the Receiving Party personally guarantees that the Receiving Party performs its obligations under it.';
    expect(ruleTopics(personalGuarantee, `${NDA}\n${guarantee}`, 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.personal-guarantee liability']);
  });
  it('what a leak costs: damages excluded, fault only, an indemnity by the recipient', () => {
    const excluded = 'Under no circumstances will either party be liable to the other for indirect, special or consequential damages arising under this Agreement.';
    expect(ruleTopics(leakDamages, `${NDA}\n${excluded}`, 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.leak-damages-excluded liability']);
    const fault = "A party's liability for breach of this Agreement shall be limited to the direct damages caused by that party's gross negligence or wilful misconduct.";
    expect(ruleTopics(leakLiabilityFault, `${NDA}\n${fault}`, 'pre-deal-disclosure', 'discloser')).toEqual(['one-sided.leak-liability-fault liability']);
    const indemnity = 'The Receiving Party shall indemnify the Disclosing Party against any loss, claim or damage suffered as a result of any breach of this Agreement.';
    expect(ruleTopics(recipientIndemnity, `${NDA}\n${indemnity}`, 'pre-deal-disclosure', 'recipient')).toEqual(['one-sided.recipient-indemnity liability']);
  });
});
