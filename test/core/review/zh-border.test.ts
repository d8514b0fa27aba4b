// Whether a wholly Chinese draft crosses a border: one answer (places.ts's crossesBorder) for export
// control, the forum and the weight of a missing choice of law. Drafts written for these tests.
import { fromText, review } from '../../../src/core/review';
import { crossesBorder, domesticChinese } from '../../../src/core/review/places';
import { makeContext } from './rules/make-context';
import { library as LIBRARY, playbooks as PLAYBOOKS } from '../../support/review-as-side';

/** A know-how licence between two companies, with no choice of law and no export-control term. */
const licence = (licensee: string, body: string[] = []): string =>
  [
    '技术秘密许可合同',
    '许可方：苏州恒远新材料科技有限公司（以下简称甲方）',
    '住所：江苏省苏州市工业园区星湖街一百号',
    `被许可方：${licensee}（以下简称乙方）`,
    '第一条 甲方将其拥有的锂电池隔膜涂布技术秘密许可乙方在其工厂使用，许可为普通许可。',
    '第二条 甲方应于本合同生效之日起二十日内向乙方交付工艺文件和技术资料。',
    ...body,
    '第三条 乙方应于收到技术资料之日起十五日内向甲方支付使用费。',
    '第四条 乙方对甲方提供的技术秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。',
  ].join('\n');
/** The same licence where the licensee is the foreign side of a Sino-foreign deal, with a Beijing office. */
const sinoForeign = licence('北极星材料有限公司\n住所：北京市朝阳区建国路八十八号', ['第二条之二 外方应以美元支付使用费，并自行办理技术资料出境所需的手续。']);
const domestic = licence('杭州青禾电池有限公司');

const reviewed = (text: string) =>
  review(fromText(text), { scenario: 'technology-license', role: 'licensee', library: LIBRARY, playbooks: PLAYBOOKS, locale: 'en' }).findings.map((f) => `${f.rule}/${f.topic} ${f.severity}`);

describe('a Chinese draft that crosses a border, and one that does not', () => {
  it('reads 外方 and payment in dollars as crossing, though both parties give a Mainland address', () => {
    const ctx = makeContext(sinoForeign, { scenario: 'technology-license', role: 'licensee' });
    expect(crossesBorder(ctx)).toBe(true);
    expect(domesticChinese(ctx)).toBe(false);
  });
  it('reads a draft between two Chinese companies with nothing foreign in it as domestic, though one leaves out its seat', () => {
    const ctx = makeContext(domestic, { scenario: 'technology-license', role: 'licensee' });
    expect(crossesBorder(ctx)).toBe(false);
    expect(domesticChinese(ctx)).toBe(true);
  });
  it('asks for an export-control term in the Sino-foreign licence only, and weighs the missing law by the same answer', () => {
    const foreign = reviewed(sinoForeign);
    expect(foreign).toContain('missing/export-control low');
    expect(foreign).toContain('missing/governing-law medium');
    const home = reviewed(domestic);
    expect(home.filter((f) => f.startsWith('missing/export-control'))).toEqual([]);
    expect(home).toContain('missing/governing-law low');
  });
});
