import { buildContext, fromText } from '../../../src/core/review';
import type { TopicId } from '../../../src/core/topics';

const present = (text: string, topic: TopicId) =>
  buildContext(fromText(text), { scenario: 'technology-license', role: 'licensee' }).ctx.topics[topic]?.present === true;

describe('a ban on sublicensing in a Chinese grant (不可再许可)', () => {
  const grant = '在本协议有效期内，许可方授予被许可方非排他性、不可转让、不可再许可、可撤销的许可，供其在单一设备上使用本软件。';

  it('qualifies the grant: it is neither exclusivity nor a grant withheld', () => {
    expect(present(grant, 'exclusivity')).toBe(false);
    expect(present(grant, 'background-license')).toBe(true);
  });

  it('still reads a promise to license no one else as exclusivity', () => {
    expect(present('在许可期限内，许可方不得另行许可任何第三方在该地域内使用该技术。', 'exclusivity')).toBe(true);
  });

  it('still reads a grant denied as no grant', () => {
    expect(present('本协议的签订不授予被许可方任何许可，被许可方仅可为评估目的查看文件。', 'background-license')).toBe(false);
  });
});

describe("a Chinese licence's own grant of use", () => {
  it('reads "users may use this software free of charge" as the grant', () => {
    expect(present('社区用户可永久免费使用本软件的预编译版本，限于非商业目的。', 'background-license')).toBe(true);
  });

  it('leaves a ban on use alone', () => {
    expect(present('未经书面同意，用户不可使用本软件提供商业服务。', 'background-license')).toBe(false);
  });
});
