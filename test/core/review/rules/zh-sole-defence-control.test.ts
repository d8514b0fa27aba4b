// In an infringement indemnity the indemnifier takes "sole control" of the defence and any settlement
// (辩护的独家控制权, 和解的独家权利). That is no exclusivity of the deal: a non-exclusive licence to us with
// such an indemnity names no territory, and silence limits us nowhere. An exclusive grant still needs one.
import { missesTopic, reviewAs } from '../../../support/review-as-side';

const INDEMNITY =
  '8.1 如第三方主张本软件侵犯其专利权，许可方应为被许可方辩护，条件是被许可方及时通知许可方，并给予许可方对该辩护的独家控制权以及进行和解的独家权利。';
const licence = (grant: string) =>
  ['软件许可合同', '许可方：Nordlicht Software GmbH', '被许可方：杭州青禾电机有限公司', '第一条 许可', `1.1 ${grant}`, '第八条 侵权', INDEMNITY].join('\n');
const missingTerritory = (text: string) =>
  missesTopic(reviewAs(text, { scenario: 'technology-license', role: 'licensee', locale: 'zh-CN' }).findings, 'territory');

describe('sole control of a defence is no exclusivity', () => {
  it('leaves a non-exclusive licence without a territory point', () => {
    expect(missingTerritory(licence('许可方授予被许可方安装和使用本软件的非排他性许可。'))).toBe(false);
  });
  it('near miss: an exclusive licence with the same indemnity still needs its territory', () => {
    expect(missingTerritory(licence('许可方授予被许可方制造和销售合同产品的独占许可。'))).toBe(true);
  });
});
