// The other side's indirect loss and lost profits excluded, ours not: a medium point for us; quiet
// for the side the exclusion protects, where it is mutual or names no one, and where it is a full
// exclusion of direct loss as well.
import { fromText, review } from '../../../../src/core/review';

const zh = (clause: string) =>
  [
    '软件许可合同',
    '甲方（许可方）：Kestrel Route Systems Ltd',
    '乙方（被许可方）：武汉驰越物流科技有限公司',
    '第一条 甲方许可乙方在中国境内使用其车辆调度软件，乙方按附件一向甲方支付许可费。',
    `第二条 ${clause}`,
  ].join('\n');
const en = (clause: string) =>
  [
    'SOFTWARE LICENCE AGREEMENT',
    'This Agreement is made between Kestrel Route Systems Ltd ("Licensor") and Wuhan Chiyue Logistics Technology Co., Ltd. ("Licensee").',
    '1. Licensor grants Licensee a non-exclusive licence to use the dispatch software in China, and Licensee shall pay the fees in Schedule 1.',
    `2. ${clause}`,
  ].join('\n');
const points = (text: string, role: 'licensee' | 'licensor', locale: 'en' | 'zh-CN') =>
  review(fromText(text), { scenario: 'technology-license', role, locale })
    .findings.filter((f) => f.rule === 'one-sided.one-way-exclusion')
    .map((f) => f.severity);

describe('an exclusion of indirect loss for one side only', () => {
  const theirs = '在任何情况下，甲方均不对乙方的利润损失、业务中断或任何间接损失承担赔偿责任。';
  it('fires in Chinese for the side left exposed, quiet for the side it protects', () => {
    expect(points(zh(theirs), 'licensee', 'zh-CN')).toEqual(['medium']);
    expect(points(zh(theirs), 'licensor', 'zh-CN')).toEqual([]);
  });
  it('stays quiet in Chinese where it is mutual, reaches us too, or excludes direct loss as well', () => {
    expect(points(zh('双方均不对对方的利润损失或任何间接损失承担赔偿责任。'), 'licensee', 'zh-CN')).toEqual([]);
    expect(points(zh(`${theirs}乙方亦不对甲方的间接损失承担责任。`), 'licensee', 'zh-CN')).toEqual([]);
    expect(points(zh('甲方不对乙方的任何直接或间接损失承担责任。'), 'licensee', 'zh-CN')).toEqual([]);
    expect(points(zh('在任何情况下，甲方均不对任何直接的，附带的，间接的或后果性的损失负责。'), 'licensee', 'zh-CN')).toEqual([]);
  });
  const theirsEn = 'In no event shall Licensor be liable for any indirect, incidental or consequential damages or for lost profits.';
  it('fires in English for the side left exposed, quiet for the side it protects', () => {
    expect(points(en(theirsEn), 'licensee', 'en')).toEqual(['medium']);
    expect(points(en(theirsEn), 'licensor', 'en')).toEqual([]);
  });
  it('stays quiet in English where either party is excused, or direct loss goes too', () => {
    expect(points(en('In no event shall either party be liable for any indirect or consequential damages.'), 'licensee', 'en')).toEqual([]);
    expect(points(en('Neither party shall be liable for any indirect or consequential damages.'), 'licensee', 'en')).toEqual([]);
    expect(points(en('In no event shall Licensor be liable for any direct, indirect or consequential damages.'), 'licensee', 'en')).toEqual([]);
  });
});
