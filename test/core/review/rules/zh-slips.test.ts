// Chinese typing slips a proofreader marks: a character of the same sound or a like shape typed for
// the right one. The wrong forms are listed (src/core/review/zh/slips.ts); where two characters are
// the end of one word and the start of the next (特征返回, 抽签定夺) they are no slip.
import { zhSlips } from '../../../../src/core/review/rules/zh-slips';
import { makeContext } from './make-context';

const found = (text: string) => zhSlips(makeContext(text)).map((f) => f.message);

describe('Chinese typing slips', () => {
  it('names each slip with its correction', () => {
    expect(found('第九条 争议提交上海国际钟裁中心钟裁。第十条 乙方应于合同签定后十日内支付合同总价的面分之三十。')).toEqual([
      'Likely typing slips in the Chinese text (4): 钟裁 → 仲裁, 签定 → 签订 and 面分之 → 百分之',
    ]);
  });

  it('leaves the right words, and two words that only meet', () => {
    expect(found('第九条 争议提交上海国际仲裁中心仲裁。乙方应于合同签订后十日内支付百分之三十。')).toEqual([]);
    expect(found('系统按图像特征返回匹配结果；名额由抽签定夺。')).toEqual([]);
  });

  it('does not read an English draft', () => {
    expect(found('Any dispute shall be finally settled by arbitration in Singapore.')).toEqual([]);
  });
});
