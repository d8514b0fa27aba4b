// A licence termination clause that lets the licensor end the licence if the licensee's default "is
// cured" within the period: the cure condition reversed, so the licensee has no cure. Medium for the
// licensee, quiet for the licensor, and quiet where the cure is worded the usual way round.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId } from '../../../../src/core/scenarios';

const OPENING = 'SOFTWARE LICENCE AGREEMENT\nThis Software Licence Agreement is made between Veldmark Systems B.V. (the "Licensor") and Jinan Hengrui Automation Co., Ltd. (the "Licensee").\n';
const ZH_OPENING = '软件许可合同\n许可方：苏州澄岭软件有限公司（以下简称“许可方”）\n被许可方：济南恒瑞自动化有限公司（以下简称“被许可方”）\n';

function rules(opening: string, role: RoleId, line: string): string[] {
  const result = review(fromText(opening + line), { scenario: 'technology-license', role });
  return result.findings.filter((f) => f.rule === 'one-sided.cure-reversed').map((f) => `${f.rule}:${f.severity}`);
}

describe('a reversed cure condition', () => {
  const reversed = '12.2 If the Licensee fails to perform any of its obligations under this Agreement and the failure is cured within thirty (30) days after written notice, the Licensor may terminate the licences granted hereunder.';
  it('is a medium point for the licensee, whose default it speaks of, and none for the licensor', () => {
    expect(rules(OPENING, 'licensee', reversed)).toEqual(['one-sided.cure-reversed:medium']);
    expect(rules(OPENING, 'licensor', reversed)).toEqual([]);
  });
  it('is read in Chinese too', () => {
    const zh = '12.2 如果被许可方未能履行其在本合同项下的任何义务，而且该情况在书面通知被许可方后30日内得到纠正，则许可方可以终止本合同项下授予的许可。';
    expect(rules(ZH_OPENING, 'licensee', zh)).toEqual(['one-sided.cure-reversed:medium']);
  });
});

describe('a cure worded the usual way round', () => {
  it('stays quiet', () => {
    expect(rules(OPENING, 'licensee', '12.2 If the Licensee fails to perform any of its obligations and the failure is not cured within thirty (30) days after written notice, the Licensor may terminate the licences granted hereunder.')).toEqual([]);
    expect(rules(OPENING, 'licensee', '12.2 The Licensor may terminate the licences if the Licensee is in breach, unless the breach is cured within thirty (30) days after written notice.')).toEqual([]);
    expect(rules(OPENING, 'licensee', '12.2 If the Licensor gives notice of termination for a breach by the Licensee and the breach is cured within thirty (30) days, the termination shall not take effect.')).toEqual([]);
    expect(rules(ZH_OPENING, 'licensee', '12.2 如果被许可方未能履行其义务，且在书面通知后30日内未得到纠正，则许可方可以终止许可。')).toEqual([]);
  });
});
