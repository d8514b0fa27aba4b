// Under PRC law an arbitration agreement naming no arbitral institution may be invalid unless one can be identified.
import { arbitrationGaps } from '../../../../src/core/review/rules/arbitration-gaps';
import { makeContext } from './make-context';

const found = (text: string) =>
  arbitrationGaps(makeContext(text, { scenario: 'custom-development', role: 'developer' })).map((f) => `${f.rule} ${f.severity} ${f.message}`);
const PRC_LAW = 'This Agreement is governed by the laws of the People\'s Republic of China.';
const ZH = '甲方：某某有限公司\n乙方：某某软件有限公司\n第一条 乙方为甲方开发软件。';

describe('an arbitration clause naming no commission, under PRC law', () => {
  it('fires on a Chinese clause that sends disputes to arbitration without naming a commission', () => {
    expect(found(`${ZH}\n第八条 因本合同产生的争议，双方协商不成的，提交仲裁解决。`)).toEqual([
      'ambiguous.arbitration-gaps medium An arbitration agreement under PRC law names no arbitral institution',
    ]);
    expect(found(`${ZH}\n第八条 争议应提交双方共同选定的一名仲裁员解决，仲裁地为上海。`)).toHaveLength(1);
  });
  it('fires in English where PRC law governs, though a seat is named', () => {
    expect(found(`${PRC_LAW}\nAny dispute arising out of this Agreement shall be finally settled by arbitration in Beijing.`)).toHaveLength(1);
  });
  it('says so where the commission is left a blank to fill: signed so, the clause names none', () => {
    const blank = ['ambiguous.arbitration-gaps medium The arbitral institution is left blank'];
    expect(found(`${ZH}\n第八条 争议提交＿＿＿＿仲裁委员会仲裁。`)).toEqual(blank);
    expect(found(`${ZH}\n第八条 双方发生的任何争议，应由＿＿＿＿＿＿仲裁庭按其仲裁规则进行仲裁，仲裁地点在＿＿＿＿。`)).toEqual(blank);
    expect(found(`${ZH}\n第八条 双方协商不能解决的，可向____申请仲裁。`)).toEqual(blank);
  });
  it('stays quiet where arbitration is only one option of a forum still to be chosen', () => {
    expect(found(`${ZH}\n第八条 协商不成的，双方同意采用以下第＿＿种方式解决：\n（一）提交＿＿＿＿仲裁委员会仲裁；\n（二）向有管辖权的人民法院起诉。`)).toEqual([]);
  });
  it('stays quiet where a commission is named', () => {
    expect(found(`${ZH}\n第八条 争议提交上海仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。`)).toEqual([]);
    expect(found(`${ZH}\n第八条 争议提交设在新加坡的国际商会属下的仲裁院按其规则仲裁。`)).toEqual([]);
    expect(found(`${PRC_LAW}\nAny dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.`)).toEqual([]);
    expect(found(`${PRC_LAW}\nAny dispute shall be finally settled by arbitration administered by CIETAC in Beijing.`)).toEqual([]);
  });
  it('leaves arbitration offered beside the courts (或裁或诉) to that rule', () => {
    expect(found(`${ZH}\n第八条 协商不成的，任何一方可以申请仲裁，也可以向人民法院起诉。`)).toEqual([]);
  });
  it('reads the seat first: a seat outside mainland China takes the agreement out of PRC law', () => {
    expect(found(`${PRC_LAW}\nAny dispute shall be finally resolved by arbitration in accordance with the UNCITRAL Arbitration Rules, seated in Hong Kong.`)).toEqual([]);
    expect(found(`${PRC_LAW}\nDisputes shall be referred to arbitration in Singapore before a sole arbitrator.`)).toEqual([]);
    expect(found(`${PRC_LAW}\nThe tribunal shall consist of three arbitrators, and the place of arbitration shall be London.`)).toEqual([]);
    expect(found(`${ZH}\n第八条 争议提交双方选定的三名仲裁员，依照联合国国际贸易法委员会仲裁规则仲裁，仲裁地为新加坡。`)).toEqual([]);
    expect(found(`${ZH}\n第八条 争议提交双方共同指定的独任仲裁员仲裁，仲裁地点在中国香港。`)).toEqual([]);
  });
  it('still fires on ad hoc arbitration seated in mainland China, whatever law governs the contract', () => {
    expect(found(`${PRC_LAW}\nAny dispute shall be decided by three arbitrators appointed under the UNCITRAL Arbitration Rules, and the place of arbitration shall be Shanghai.`)).toHaveLength(1);
    // Where an award is enforced, or the language, is no seat.
    expect(found(`${PRC_LAW}\nDisputes shall be referred to arbitration conducted in English, and any arbitral award shall be enforceable in Hong Kong.`)).toHaveLength(1);
    expect(
      found('This Agreement is governed by the laws of Singapore.\nAny dispute shall be settled by arbitration in accordance with the UNCITRAL Arbitration Rules, seated in Beijing.'),
    ).toHaveLength(1);
  });
  it('does not take "the competent arbitration commission" for a named one', () => {
    expect(found(`${ZH}\n第八条 协商不成的，任何一方均可将争议提交有管辖权的仲裁委员会仲裁。`)).toHaveLength(1);
  });
  it('stays quiet where another law governs and the seat is outside mainland China', () => {
    expect(found('This Agreement is governed by the laws of Singapore.\nAny dispute shall be finally settled by arbitration in Singapore.')).toEqual([]);
  });
});
