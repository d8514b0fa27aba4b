// A Chinese group's companies carry the place they are registered in, in brackets inside the name:
// "Lanshan Cloud (Hangzhou) Information Technology Co., Ltd.", 澜拓（上海）智能制造有限公司. That
// bracket is the name's own; a bracket that names the party for short or says where it is formed
// stays outside the name. Names are invented.
import { buildContext, fromText, review } from '../../../src/core/review';

const parties = (text: string) => buildContext(fromText(text)).ctx.parties.map((p) => [p.name, p.shortName]);

const COVER = `TECHNICAL SERVICES AGREEMENT
Party A: Lanshan Cloud (Hangzhou) Information Technology Co., Ltd.
Party B: Meridian Data (Europe) Services GmbH
1. Services. Party B shall host the platform of Party A in its data centre in Frankfurt.
2. Fees. Party A shall pay the fees within thirty days after receipt of each invoice.`;

const RUNNING = `SAMPLE EVALUATION AGREEMENT
This Sample Evaluation Agreement is made between Qingtai Robotics (Suzhou) Automation Co., Ltd. (the "Provider") and Kestrel Energy GmbH (Germany) (the "Evaluator").
1. Samples. The Provider shall deliver ten prototype actuators (the "Samples") to the Evaluator.
2. Use. The Evaluator shall use the Samples only to test them in its own laboratory.`;

const REGION = `DISTRIBUTION AGREEMENT
This Distribution Agreement is made between Harlow Systems (Asia Pacific) Holdings Pte. Ltd. ("Harlow") and Tianmu Sensor Co., Ltd., a company organised under the laws of the People's Republic of China ("Tianmu").
1. Appointment. Tianmu appoints Harlow as its distributor of the Products in Singapore.
2. Orders. Harlow shall place each order in writing.`;

const ZH_INLINE = [
  '技术服务合同',
  '本合同由Lanshan Cloud (Hangzhou) Information Technology Co., Ltd.（以下简称“甲方”）与澜拓（上海）智能制造有限公司（以下简称“乙方”）签订。',
  '第一条 服务内容',
  '1.1 乙方应当按照甲方的要求提供技术服务。',
].join('\n');

describe('a bracketed place inside a company name', () => {
  it('is part of the names a cover line gives under Party A and Party B', () => {
    expect(parties(COVER).map(([name]) => name)).toEqual(['Lanshan Cloud (Hangzhou) Information Technology Co., Ltd.', 'Meridian Data (Europe) Services GmbH']);
  });

  it('is part of the name, while the naming bracket and a place after the company form stay outside it', () => {
    expect(parties(RUNNING)).toEqual([
      ['Qingtai Robotics (Suzhou) Automation Co., Ltd.', 'Provider'],
      ['Kestrel Energy GmbH', 'Evaluator'],
    ]);
    expect(review(fromText(RUNNING), { scenario: 'sample-testing', role: 'provider' }).parties).toEqual({
      ours: 'Qingtai Robotics (Suzhou) Automation Co., Ltd. (Provider)',
      theirs: 'Kestrel Energy GmbH (Evaluator)',
    });
  });

  it('may be a region a group names its local company for, and the party description stays out', () => {
    expect(parties(REGION)).toEqual([
      ['Harlow Systems (Asia Pacific) Holdings Pte. Ltd.', 'Harlow'],
      ['Tianmu Sensor Co., Ltd.', 'Tianmu'],
    ]);
  });

  it('stays in an English or a Chinese name of a Chinese running opening, and 以下简称 still gives the letter', () => {
    expect(parties(ZH_INLINE)).toEqual([
      ['Lanshan Cloud (Hangzhou) Information Technology Co., Ltd.', '甲方'],
      ['澜拓（上海）智能制造有限公司', '乙方'],
    ]);
  });
});
