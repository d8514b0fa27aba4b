// The arbitration clause offered as a fix fits the deal: three arbitrators and English across a
// border, a sole arbitrator and Chinese before a commission the parties name in a domestic deal.
import { arbitrationOrCourt } from '../../../../src/core/review/rules/arbitration-or-court';
import { arbitrationGaps } from '../../../../src/core/review/rules/arbitration-gaps';
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { fixesFor, fixText } from '../../../../src/core/fix';
import { fromText, review } from '../../../../src/core/review';
import { makeContext } from './make-context';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in clause library does not load');
const library = loaded.library;
const ctx = (text: string) => makeContext(text, { scenario: 'technology-license', role: 'licensee', library });

const FOREIGN = '许可方：荷兰某某光学有限公司（境外公司）\n被许可方：无锡某某传感科技有限公司\n第一条 许可方向被许可方授予技术秘密使用许可。';
const DOMESTIC = '甲方：杭州某某模具有限公司\n乙方：宁波某某塑料制品有限公司\n第一条 乙方按甲方提供的图纸制造模具。';
const EITHER = '第十二条 协商不成的，任何一方可以向仲裁机构申请仲裁，也可以向合同签订地人民法院起诉。';
const NO_BODY = '第十二条 因本合同发生的争议，双方协商不成的，提交仲裁解决。本合同适用中华人民共和国法律。';

describe('the arbitration clause offered fits the deal', () => {
  it('offers the domestic clause (sole arbitrator, Chinese) between parties in China', () => {
    expect(arbitrationOrCourt(ctx(`${DOMESTIC}\n${EITHER}`))[0]?.fix).toEqual({ clause: 'dispute-resolution', variant: 'arbitration-domestic' });
    expect(arbitrationGaps(ctx(`${DOMESTIC}\n${NO_BODY}`))[0]?.fix).toEqual({ clause: 'dispute-resolution', variant: 'arbitration-domestic' });
  });
  it('offers the international clause across a border', () => {
    expect(arbitrationOrCourt(ctx(`${FOREIGN}\n${EITHER}`))[0]?.fix).toEqual({ clause: 'dispute-resolution', variant: 'arbitration' });
    expect(arbitrationGaps(ctx(`${FOREIGN}\n${NO_BODY}`))[0]?.fix).toEqual({ clause: 'dispute-resolution', variant: 'arbitration' });
  });
  it('the domestic clause names a sole arbitrator and Chinese in both languages', () => {
    const v = library.clauses.find((c) => c.id === 'dispute-resolution')?.variants.find((x) => x.id === 'arbitration-domestic');
    expect(v?.text).toMatch(/sole arbitrator[^.]*Chinese/);
    expect(v?.textZh).toMatch(/独任仲裁员[^。]*中文/);
    expect(v?.fixOnly).toBe(true);
  });
  it('the domestic clause leaves a blank for an arbitration commission, never one a court could fill', () => {
    const doc = fromText(`${DOMESTIC}\n${EITHER}`);
    const result = review(doc, { library, scenario: 'technology-license', role: 'licensee' });
    const f = result.findings.find((x) => x.fix?.variant === 'arbitration-domestic');
    if (!f?.fix) throw new Error('no domestic arbitration fix offered');
    const text = fixText(fixesFor(library, result, doc)(f.fix)!);
    expect(text).toMatch(/【仲裁委员会名称】|\[name of arbitration commission\]/);
    expect(text).not.toMatch(/法院或仲裁机构|courts or arbitration/);
  });
});
