// The kind of deal from a Chinese agreement's name: title words the first rules missed (委托技术开发,
// 软件预装) and a name given only in the opening sentence (达成如下《…协议》), with near misses.
import { fromText } from '../../../src/core/review/text';
import { chineseTitleScenario } from '../../../src/core/review/zh/scenario';

const scenarioOf = (text: string): string | undefined => chineseTitleScenario(fromText(text))?.scenario;

describe('Chinese deal names', () => {
  it.each([
    ['委托技术开发合同\n委托方：杭州云栖数据有限公司（以下简称甲方）\n研究开发方：南京启衡软件有限公司（以下简称乙方）', 'custom-development'],
    ['委托研制合同\n甲方委托乙方研制边缘计算网关样机，双方商定如下。', 'custom-development'],
    ['合作技术开发协议\n甲乙双方就视觉检测算法共同投入、分工研发，约定如下。', 'joint-development'],
    ['智能终端软件预装协议\n甲方同意在其出厂的平板电脑中预装乙方的输入法软件。', 'exclusive-partnership'],
    ['版本 2.0，2025年3月1日\n前言\n因此，您与本公司达成如下《图像识别模型商用许可协议》：\n1. 权利授予', 'technology-license'],
    ['2025年修订\n本《工业视觉算法授权许可协议》由许可方与被许可方订立。', 'technology-license'],
  ])('reads %j as %s', (text, scenario) => {
    expect(scenarioOf(text)).toBe(scenario);
  });

  it.each([
    // Another document named in 《》 is not this agreement's name.
    '版本 1.1\n使用本模型须同时遵守《模型社区许可协议》与相关法律。\n1. 定义',
    // A sentence that names no agreement.
    '2025年修订\n双方经友好协商，就以下事项达成一致。',
  ])('gives no kind of deal for %j', (text) => {
    expect(scenarioOf(text)).toBeUndefined();
  });
});
