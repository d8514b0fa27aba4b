// 和/或 is and/or in Chinese: one, the other or both?
import { andOr } from '../../../../src/core/review/rules/and-or';
import { makeContext } from './make-context';

const times = (text: string) => andOr(makeContext(text)).map((f) => `${f.rule} ${f.evidence.length}`);

describe('和/或 read as and/or', () => {
  it('fires on 和/或 with a half-width or a full-width slash', () => {
    expect(times('第三条 乙方可以暂停和/或终止供货。\n第四条 甲方应当赔偿乙方的直接损失和／或合理费用。')).toEqual(['drafting.and-or 2']);
  });
  it('stays quiet on 或者 and on "A或B，或两者"', () => {
    expect(times('第三条 乙方可以暂停或者终止供货，或两者并用。\n第四条 甲方和乙方应当共同或分别履行。')).toEqual([]);
  });
});
