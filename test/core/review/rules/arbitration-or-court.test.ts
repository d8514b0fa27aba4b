// 或裁或诉: arbitration or the courts at a party's choice, invalid as an arbitration agreement under PRC law.
import { arbitrationOrCourt } from '../../../../src/core/review/rules/arbitration-or-court';
import { makeContext } from './make-context';

const found = (text: string) =>
  arbitrationOrCourt(makeContext(text, { scenario: 'technology-license', role: 'licensee' })).map((f) => `${f.rule} ${f.severity}`);

const FOREIGN = '许可方：德国某某有限公司（境外公司）\n被许可方：深圳某某科技有限公司\n第一条 许可方向被许可方授予专利实施许可。';
const DOMESTIC = '甲方：上海某某机械有限公司\n乙方：苏州某某电子有限公司\n第一条 乙方按甲方提供的图纸加工零件。';

describe('arbitration or the courts at a party\'s choice (或裁或诉)', () => {
  it('fires at medium across a border where either forum may be chosen', () => {
    expect(found(`${FOREIGN}\n第十条 双方协商不成的，任何一方可以向上海国际仲裁中心申请仲裁，也可以向被告所在地人民法院起诉。`)).toEqual([
      'ambiguous.arbitration-or-court medium',
    ]);
    expect(found(`${FOREIGN}\n第十条 争议协商不成的，应提交中国的仲裁机构或者中国有管辖权的法院解决。`)).toEqual(['ambiguous.arbitration-or-court medium']);
  });
  it('fires at low in a domestic deal, where the dispute lands in a Chinese court anyway', () => {
    expect(found(`${DOMESTIC}\n第九条 发生纠纷的，双方协商解决；协商不成的，任何一方可以向人民法院提起诉讼，或者向当地仲裁委员会申请仲裁。`)).toEqual([
      'ambiguous.arbitration-or-court low',
    ]);
  });
  it('fires in English where PRC law governs', () => {
    expect(
      found(
        'This Agreement is governed by the laws of the People\'s Republic of China.\nAny dispute that cannot be settled by negotiation may be submitted by either Party to arbitration or brought before the competent people\'s court.',
      ),
    ).toEqual(['ambiguous.arbitration-or-court medium']);
  });
  it('stays quiet where one forum is chosen and courts only back it', () => {
    expect(found(`${FOREIGN}\n第十条 争议提交中国国际经济贸易仲裁委员会仲裁。一方可以向有管辖权的法院申请财产保全或者申请执行仲裁裁决。`)).toEqual([]);
    expect(found(`${FOREIGN}\n第十条 仲裁费或诉讼费由败诉方承担。争议处理期间，除正在进行仲裁或诉讼的部分外，其他部分继续履行。`)).toEqual([]);
  });
  it('reads what the courts are asked for after the match, in the same sentence', () => {
    expect(found(`${FOREIGN}\n第十条 因本合同引起的争议提交上海国际仲裁中心仲裁，仲裁期间任何一方亦可向有管辖权的人民法院申请证据保全。`)).toEqual([]);
    expect(found(`${FOREIGN}\n第十条 任何一方可以向深圳国际仲裁院申请仲裁，也可以向有管辖权的人民法院起诉，并可在程序中申请财产保全。`)).toEqual([
      'ambiguous.arbitration-or-court medium',
    ]);
  });
  it('stays quiet where another law governs, which may allow the option', () => {
    expect(
      found(
        'This Agreement is governed by the laws of England and Wales.\nEither Party may refer a dispute to arbitration or bring proceedings before the courts of England.',
      ),
    ).toEqual([]);
    expect(
      found('This Agreement is governed by the laws of the People\'s Republic of China.\nThe tribunal may award costs of the arbitration or court proceedings to the winning Party.'),
    ).toEqual([]);
  });
});
