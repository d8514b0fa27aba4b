// A bar on keeping what the other side handed over (不得留存图纸和复制件) is a return-or-destroy term in
// Chinese: it binds when the work ends, with no end named. A right kept (保留…权利) is not.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const contract = (clause: string) =>
  [
    '委托加工合同',
    '定作方：深圳微澜传感科技有限公司',
    '承揽方：东莞立达五金制品厂',
    '第一条 加工内容',
    '1.1 承揽方按定作方提供的图纸加工传感器外壳，定作方按件支付加工费。',
    '1.2 承揽方对定作方提供的图纸和工艺负有保密义务。',
    `1.3 ${clause}`,
  ].join('\n');
const noReturn = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'custom-development', role: 'customer', locale: 'zh-CN' }).findings, 'return-or-destroy');

describe('a bar on keeping what was handed over, in Chinese', () => {
  it('is a return-or-destroy term', () => {
    expect(noReturn(contract('未经定作方书面同意，承揽方不得留存定作方的图纸、样件或其复制件。'))).toBe(false);
  });
  it('near miss: a right kept is none', () => {
    expect(noReturn(contract('定作方保留对图纸进行修改的权利，修改后的图纸由定作方另行提供。'))).toBe(true);
  });
});
