// A processor that makes goods from the other side's materials to the other side's standards (来料加工)
// receives what is secret and hands over only finished goods: a missing confidentiality term binds it
// to nothing. "对乙方提供的原材料进行加工" reads 乙方 as the one that provides, though 对 stands before it;
// "甲方为乙方提供的资料" still has 甲方 provide. Names and wording are ours.
import { buildContext, fromText, review } from '../../../../src/core/review';
import { weDisclose } from '../../../../src/core/review/rules/we-disclose';
import type { RoleId } from '../../../../src/core/scenarios';
import { library, playbooks } from '../../../support/review-as-side';

const PROCESSING = [
  '来料加工合同',
  '甲方：',
  '乙方：',
  '第一条 甲方对乙方提供的原材料和模具进行注塑加工，并将成品交付乙方。',
  '第二条 乙方提供的技术标准为双方验收原材料和成品的依据。',
  '第三条 本合同适用中华人民共和国法律，争议提交中国国际经济贸易仲裁委员会仲裁。',
].join('\n');

// A development where the customer gives the developer its papers: the customer hands them over.
const PAPERS = [
  '技术服务合同',
  '甲方：',
  '乙方：',
  '第一条 甲方委托乙方开发设备状态监测软件。',
  '第二条 甲方为乙方提供的资料和数据，乙方仅可用于本项目。',
].join('\n');

const ctxOf = (text: string, role: RoleId) => buildContext(fromText(text), { scenario: 'custom-development', role, library, playbooks }).ctx;
const missingConfidentiality = (text: string, role: RoleId) =>
  review(fromText(text), { scenario: 'custom-development', role, library, playbooks }).findings.filter((f) => f.rule === 'missing' && f.topic === 'confidentiality');

describe('a processor of the other side’s materials', () => {
  it('hands over nothing of its own: the materials 对乙方提供的 are the other side’s', () => {
    expect(weDisclose(ctxOf(PROCESSING, 'developer'))).toBe(false);
  });

  it('is not told that no confidentiality term protects it', () => {
    expect(missingConfidentiality(PROCESSING, 'developer')).toEqual([]);
  });

  it('leaves the customer that gives its papers (甲方为乙方提供的资料) a discloser', () => {
    expect(weDisclose(ctxOf(PAPERS, 'customer'))).toBe(true);
  });
});
