// A Chinese draft that protects only what the discloser labels as confidential is a medium point for
// the side that discloses, as in English; quiet for the recipient, and where unlabelled information
// is protected too (无论是否标明, 根据其性质应当保密).
import { fromText, review } from '../../../../src/core/review';

const nda = (definition: string) =>
  [
    '保密协议',
    '甲方：杭州衡远储能技术有限公司',
    '乙方：Valbrook Analytics GmbH',
    '鉴于甲方拟向乙方提供其储能系统的控制策略及测试数据，供乙方评估合作的可能性，双方达成如下协议：',
    '第一条 保密信息',
    `1. ${definition}`,
    '第二条 保密义务',
    '2. 乙方应对甲方的保密信息严格保密，未经甲方书面同意，不得向任何第三方披露，且仅可为评估目的使用。',
  ].join('\n');
const points = (text: string, role: 'discloser' | 'recipient' = 'discloser') =>
  review(fromText(text), { scenario: 'pre-deal-disclosure', role, locale: 'zh-CN' })
    .findings.filter((f) => f.rule === 'one-sided.marked-only')
    .map((f) => f.severity);

describe('confidentiality only for what is labelled, in a Chinese draft', () => {
  const marked = '本协议所称保密信息，是指甲方以书面形式提供并标明“保密”字样的信息；口头披露的，须在披露后三十日内书面确认为保密信息。';

  it('fires for the discloser', () => {
    expect(points(nda(marked))).toEqual(['medium']);
    expect(points(nda('保密信息仅限于甲方在披露时注明为机密的技术资料。'))).toEqual(['medium']);
  });
  it('stays quiet for the recipient', () => {
    expect(points(nda(marked), 'recipient')).toEqual([]);
  });
  it('stays quiet where unlabelled information is protected too, or the label is no condition', () => {
    expect(points(nda('本协议所称保密信息，是指甲方向乙方披露的全部技术和商业信息，无论是否标明“保密”字样。'))).toEqual([]);
    expect(points(nda('本协议所称保密信息，是指甲方向乙方披露的、根据其性质应当保密的全部技术和商业信息，包括标明“保密”字样的资料。'))).toEqual([]);
    expect(points(nda('本协议所称保密信息，是指甲方向乙方披露的全部技术和商业信息。乙方应指定专人负责保管。'))).toEqual([]);
  });
});
