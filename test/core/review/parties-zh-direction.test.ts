// Who gives in a Chinese draft: the party after 向 (or 给, 对, 为) receives what the verb hands over,
// so "向乙方提供样品" makes 乙方 the receiver, and "乙方向甲方提供样品" makes 乙方 the giver. Names invented.
import { zhPartyBefore, zhPartyRefs } from '../../../src/core/review/zh/side';
import { makeContext } from './rules/make-context';

const draft = (...terms: string[]) =>
  ['样品测试协议', '甲方：杭州澄屿传感科技有限公司', '乙方：Marlow Test Labs Ltd.', '第一条 样品', ...terms, '第二条 测试', '2.1 测试结果仅用于评估。'].join('\n');
const sideOf = (text: string, who: string) => zhPartyRefs(makeContext(text), who)[0]?.side;

describe('the receiver of 向X提供 is no giver', () => {
  it('does not place 乙方 as the sharer where the draft provides samples to it', () => {
    const text = draft('1.1 本协议生效后十日内向乙方提供电池样品二十件。', '1.2 乙方应当妥善保管样品。');
    expect(sideOf(text, '乙方')).toBeUndefined();
    expect(sideOf(text, '甲方')).toBeUndefined();
    // Near misses: the party that provides to the other is the sharer, unless each gives.
    const both = draft('1.1 乙方向甲方提供测试设备清单。', '1.2 甲方同意向乙方交付电池样品二十件。');
    expect(sideOf(draft('1.1 甲方同意向乙方交付电池样品二十件。'), '甲方')).toBe('A');
    expect(sideOf(draft('1.1 乙方应向甲方提供电池样品二十件。'), '乙方')).toBe('A');
    // Each gives one thing to the other: no one-way reading.
    expect(sideOf(both.replace('测试设备清单', '测试样品'), '甲方')).toBeUndefined();
  });

  it('reads the subject before a party that only receives', () => {
    const ctx = makeContext(draft('1.1 甲方同意向乙方提供电池样品二十件。'));
    const text = '甲方同意向乙方提供电池样品';
    expect(zhPartyBefore(ctx, text, text.indexOf('提供'))?.text).toBe('甲方');
    const bare = '本协议生效后向乙方提供电池样品';
    expect(zhPartyBefore(ctx, bare, bare.indexOf('提供'))).toBeUndefined();
    const own = '乙方对甲方技术进行改进';
    expect(zhPartyBefore(ctx, own, own.indexOf('改进'))?.text).toBe('乙方');
  });
});
