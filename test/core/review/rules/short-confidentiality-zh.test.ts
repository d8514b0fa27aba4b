// A Chinese draft's confidentiality period is weighed as the English one is: where trade secrets are
// kept only while secret, one year (or twelve months) from disclosure is a medium point for the side
// that discloses, a year after the deal ends or up to two years a low one, three years accepted; with
// no such tail, any period of five years or less is medium. The receiving side hears nothing.
import { fromText, review } from '../../../../src/core/review';

const nda = (term: string, tail = '') =>
  [
    '保密协议',
    '甲方：深圳澄溪电池科技有限公司',
    '乙方：Nordlys Instruments AB',
    '鉴于甲方拟向乙方披露其电芯配方及工艺参数，供乙方评估双方合作的可能性，双方达成如下协议：',
    '第一条 保密义务',
    '1. 乙方应对甲方披露的全部保密信息严格保密，未经甲方书面同意，不得向任何第三方披露，且仅可为评估目的使用。',
    '第二条 保密期限',
    `2. ${term}${tail}`,
  ].join('\n');
const TAIL = '但对于构成商业秘密的保密信息，乙方的保密义务持续至该信息为公众所知悉之日。';
const points = (text: string, role: 'discloser' | 'recipient' = 'discloser') =>
  review(fromText(text), { scenario: 'pre-deal-disclosure', role, locale: 'zh-CN' })
    .findings.filter((f) => f.rule === 'one-sided.short-confidentiality')
    .map((f) => `${f.severity} ${f.wording?.message.key ?? ''}`);
const MEDIUM_TS = ['medium review.rule.one-sided.short-confidentiality.trade-secrets.message'];
const LOW_TS = ['low review.rule.one-sided.short-confidentiality.trade-secrets.message'];

describe('a short confidentiality period in a Chinese draft', () => {
  it('beside trade secrets kept while secret: one year or twelve months from disclosure is medium for the discloser', () => {
    expect(points(nda('保密期限为一年，自每次披露之日起算。', TAIL))).toEqual(MEDIUM_TS);
    expect(points(nda('本协议项下的保密义务自披露之日起十二个月内有效，', TAIL))).toEqual(MEDIUM_TS);
  });

  it('beside trade secrets: a year after the deal ends, eighteen months or two years is low', () => {
    expect(points(nda('乙方的保密义务在本协议终止后一年内继续有效，', TAIL))).toEqual(LOW_TS);
    expect(points(nda('保密期限为十八（18）个月，', TAIL))).toEqual(LOW_TS);
    expect(points(nda('保密期限为两年，', TAIL))).toEqual(LOW_TS);
  });

  it('beside trade secrets: three years or thirty-six months is accepted', () => {
    expect(points(nda('保密期限为三年，', TAIL))).toEqual([]);
    expect(points(nda('保密期限为三十六个月，', TAIL))).toEqual([]);
  });

  it('with no trade-secret tail: twelve months is medium, as a year is; ten years is not', () => {
    const plain = ['medium review.rule.one-sided.short-confidentiality.message'];
    expect(points(nda('本协议项下的保密义务自披露之日起十二个月内有效。'))).toEqual(plain);
    expect(points(nda('保密期限为十年。'))).toEqual([]);
  });

  it('reads no deadline in months as the length, and says nothing to the recipient', () => {
    expect(points(nda('乙方的保密义务永久有效。乙方应在本协议终止后一个月内返还或销毁全部保密信息。'))).toEqual([]);
    expect(points(nda('保密期限为一年，自每次披露之日起算。', TAIL), 'recipient')).toEqual([]);
  });
});
