// One reading of "the draft limits liability", for the liability topic and for the rules that weigh
// limits (topics/limit-reading.ts). Before, the two read apart: the rules took any "in no event" for
// an exclusion of liability, a deadline included, and missed an exclusion of consequential loss that
// names both parties; the topic missed an exclusion of a kind of claim.
import { buildContext, fromText, review } from '../../../../src/core/review';

/** The topic as the detectors read it (a review's topics also count its findings). */
const topicOf = (text: string) => buildContext(fromText(text)).ctx.topics.liability.present;

const draft = (extra: string) =>
  [
    'SOFTWARE DEVELOPMENT AGREEMENT',
    'This Software Development Agreement is made between Harbin Lianxin Technology Co., Ltd. ("Developer") and Ostwind Logistik GmbH ("Customer").',
    '1. Developer shall design and deliver the route-planning software described in Schedule 1, and Customer shall pay the fees set out in Schedule 2.',
    '2. If Developer fails to deliver any milestone on time, Developer shall pay liquidated damages of one percent of the fees for each week of delay.',
    `3. ${extra}`,
  ].join('\n');
const read = (text: string) => {
  const result = review(fromText(text), { scenario: 'custom-development', role: 'developer' });
  return {
    uncapped: result.findings.some((f) => f.rule === 'one-sided.no-liability-cap'),
    topic: topicOf(text),
  };
};

describe('the liability topic and the rules read a limit alike', () => {
  it('takes no deadline written "in no event later than" for a limit of liability', () => {
    expect(read(draft('Customer shall report each defect in writing, and in no event later than 10 days after it finds the defect.'))).toEqual({ uncapped: true, topic: false });
  });

  it('reads an exclusion of consequential loss that names both parties as a limit, for the topic and the rules', () => {
    expect(read(draft('Neither the Developer nor the Customer shall be liable for any consequential loss, including loss of profit or revenue.'))).toEqual({ uncapped: false, topic: true });
  });

  it('reads an exclusion of a kind of claim as a limit, for the rules and the topic', () => {
    expect(read(draft('Developer shall not be liable for defects in data that Customer supplies for testing.'))).toEqual({ uncapped: false, topic: true });
  });

  it('reads a Chinese cap stated as a ceiling, not a refusal of one', () => {
    const zh = (extra: string) =>
      [
        '委托开发合同',
        '委托方：杭州云栈信息技术有限公司，以下简称甲方；',
        '研究开发方：哈尔滨联信科技有限公司，以下简称乙方；',
        '第一条 乙方按照甲方提出的要求开发仓储数据采集软件，甲方向乙方支付开发经费人民币八十万元。',
        '第二条 开发成果不符合本合同约定的技术指标的，乙方应当支付合同总价百分之十的违约金。',
        `第三条 ${extra}`,
      ].join('\n');
    const zhRead = (text: string) => {
      const result = review(fromText(text), { scenario: 'custom-development', role: 'developer', locale: 'zh-CN' });
      return { uncapped: result.findings.some((f) => f.rule === 'one-sided.no-liability-cap'), topic: topicOf(text) };
    };
    expect(zhRead(zh('乙方在本合同项下的赔偿责任上限为合同总价。'))).toEqual({ uncapped: false, topic: true });
    expect(zhRead(zh('乙方在本合同项下的赔偿责任不设上限。'))).toEqual({ uncapped: true, topic: false });
  });
});
