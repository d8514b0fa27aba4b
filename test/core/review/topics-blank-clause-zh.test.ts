// A Chinese form's clause whose title stands before a colon with only blanks after it names a topic
// and settles nothing: the topic is still missing. The same title with words after it deals with it.
import { detectTopics, fromText, segment } from '../../../src/core/review';

const topics = (text: string) => detectTopics(segment(fromText(text)).sentences);

const OPENING = '甲方委托乙方开发一套仓储管理软件，双方协商一致，订立本合同。\n';

describe('a Chinese clause left blank after its title', () => {
  it('does not count a dispute clause of blanks as one', () => {
    expect(topics(`${OPENING}八、合同争议的解决方式：＿＿＿＿＿＿＿＿\n`)['dispute-resolution'].present).toBe(false);
    expect(topics(`${OPENING}第十一条 纠纷解决办法：××××××\n`)['dispute-resolution'].present).toBe(false);
  });
  it('does not count a confidentiality clause of blanks as one', () => {
    expect(topics(`${OPENING}９．双方承担以下保密义务：＿＿＿＿＿＿\n`).confidentiality.present).toBe(false);
  });
  it('still reads the clause once it is filled in', () => {
    expect(topics(`${OPENING}八、合同争议的解决方式：双方协商不成的，任何一方可提交深圳国际仲裁院仲裁。\n`)['dispute-resolution'].present).toBe(true);
  });
});
