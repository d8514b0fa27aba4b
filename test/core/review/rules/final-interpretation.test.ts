// One party reserves the final right to interpret the agreement: raised where the other side holds it,
// quiet where we do, where both do and where no party is named.
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { fromText, review } from '../../../../src/core/review';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in library does not validate');

const zh = (clause: string) =>
  [
    '软件许可协议',
    '许可方：杭州澄观数据科技有限公司',
    '被许可方：深圳启衡智能装备有限公司',
    '第一条 许可方授予被许可方在中国境内使用本软件的非独占许可。',
    '第二条 被许可方应按附件一向许可方支付年度许可费。',
    `第三条 ${clause}`,
  ].join('\n');
const en = (clause: string) =>
  [
    'SOFTWARE LICENCE AGREEMENT',
    'This Agreement is made between Lanting Analytics Ltd. (the "Licensor") and Harbourview Robotics Inc. (the "Licensee").',
    '1. The Licensor grants the Licensee a non-exclusive licence to use the Software in the Territory.',
    '2. The Licensee shall pay the Licensor the annual licence fee set out in Schedule 1.',
    `3. ${clause}`,
  ].join('\n');
const points = (text: string, role: 'licensee' | 'licensor' = 'licensee') =>
  review(fromText(text), { scenario: 'technology-license', role, locale: 'zh-CN', library: loaded.library })
    .findings.filter((f) => f.rule === 'one-sided.final-interpretation')
    .map((f) => [f.severity, f.fix?.variant]);

const MEDIUM = [['medium', 'interpretation']];

describe('a final right of interpretation reserved to one party', () => {
  it('fires for the side that does not hold it, in Chinese', () => {
    expect(points(zh('本协议的最终解释权归许可方所有。'))).toEqual(MEDIUM);
    expect(points(zh('在法律允许的范围内，许可方对本协议享有最终解释权。'))).toEqual(MEDIUM);
    expect(points(zh('许可方保留对本协议条款的最终解释权。'))).toEqual(MEDIUM);
    expect(points(zh('本协议最终解释权属于被许可方。'), 'licensor')).toEqual(MEDIUM);
  });
  it('fires for the side that does not hold it, in English', () => {
    expect(points(en('The Licensor reserves the right of final interpretation of this Agreement.'))).toEqual(MEDIUM);
    expect(points(en('The final right of interpretation of this Agreement shall rest with the Licensor.'))).toEqual(MEDIUM);
  });
  it('stays quiet where our side holds it', () => {
    expect(points(zh('本协议的最终解释权归许可方所有。'), 'licensor')).toEqual([]);
    expect(points(zh('在法律允许的范围内，许可方对本协议享有最终解释权。'), 'licensor')).toEqual([]);
    expect(points(en('The Licensor reserves the right of final interpretation of this Agreement.'), 'licensor')).toEqual([]);
  });
  it('stays quiet where both share the meaning, and where no party is named', () => {
    expect(points(zh('双方对本协议享有同等的解释权，发生争议的，按争议解决条款处理。'))).toEqual([]);
    expect(points(zh('本协议以中文书写，中文文本具有最终解释效力。'))).toEqual([]);
    expect(points(en('The headings of this Agreement do not affect its interpretation.'))).toEqual([]);
  });
});
