// A Chinese licence to us that the licensor may revoke or end when it likes: granted as revocable
// with no grounds, or with a right to end it at any time. Raised for the licensee only.
import { fromText, review } from '../../../../src/core/review';

const licence = (grant: string, end = '') =>
  [
    '软件许可协议',
    '许可方：杭州澄观数据科技有限公司',
    '被许可方：深圳启衡智能装备有限公司',
    `第一条 ${grant}`,
    '第二条 被许可方应按附件一向许可方支付年度许可费。',
    `第三条 ${end || '本协议有效期为三年，期满前双方可协商续期。'}`,
  ].join('\n');
const points = (text: string, role: 'licensee' | 'licensor' = 'licensee') =>
  review(fromText(text), { scenario: 'technology-license', role, locale: 'zh-CN' })
    .findings.filter((f) => f.rule === 'one-sided.licence-end')
    .map((f) => f.severity);

const GRANT = '许可方授予被许可方在中国境内使用本软件的非独占许可。';

describe('a Chinese licence the licensor may end at will', () => {
  it('fires where the licence granted to us is revocable, with no grounds', () => {
    expect(points(licence('许可方授予被许可方一项非独占、不可转让、可撤销的许可，用于在其内部使用本软件。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '本许可是可撤销的。'))).toEqual(['medium']);
  });
  it('fires where the licensor may revoke or end it at any time or for any reason', () => {
    expect(points(licence(GRANT, '许可方可随时撤销本许可，并书面通知被许可方。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '许可方有权随时终止本许可。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '许可方有权以任何理由终止本协议及许可。'))).toEqual(['medium']);
  });
  it('fires where the licensor may end the deal at any time, on its own decision or judgement', () => {
    expect(points(licence(GRANT, '许可方有权随时终止。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '许可方认为必要时，有权终止本许可。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '许可方可单方决定终止本协议，无需承担任何责任。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '许可方可随时书面通知被许可方终止本协议。'))).toEqual(['medium']);
    expect(points(licence(GRANT, '根据许可方的判断，许可方有权终止本协议。'))).toEqual(['medium']);
  });
  it('stays quiet where the licensee ends the deal on its own decision, and for the licensor', () => {
    expect(points(licence(GRANT, '被许可方可单方决定终止本协议，并销毁全部副本。'))).toEqual([]);
    expect(points(licence(GRANT, '被许可方可随时书面通知许可方终止本协议。'))).toEqual([]);
    expect(points(licence(GRANT, '许可方认为必要时，有权终止本许可。'), 'licensor')).toEqual([]);
    expect(points(licence(GRANT, '被许可方未按期支付许可费的，许可方可单方决定终止本协议。'))).toEqual([]);
  });
  it('stays quiet on an irrevocable licence, and where the licence ends only for our breach', () => {
    expect(points(licence('许可方授予被许可方一项非独占、不可撤销的许可，用于在其内部使用本软件。'))).toEqual([]);
    expect(points(licence(GRANT, '被许可方违反本协议的，许可方有权随时终止本许可。'))).toEqual([]);
    expect(points(licence(GRANT, '许可方有权在被许可方逾期付款超过三十日时终止本许可。'))).toEqual([]);
  });
  it('stays quiet where we may end it ourselves, and for the licensor', () => {
    expect(points(licence(GRANT, '被许可方可随时终止本许可，并销毁全部副本。'))).toEqual([]);
    expect(points(licence(GRANT, '许可方可随时撤销本许可，并书面通知被许可方。'), 'licensor')).toEqual([]);
    expect(points(licence('许可方授予被许可方一项非独占、可撤销的许可。'), 'licensor')).toEqual([]);
  });
});
