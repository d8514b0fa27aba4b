// A Chinese opening that describes each party after its name ("某某有限公司--根据香港法律成立和存在的
// 一家公司，其办公室设在…") and only then gives its short name (以下简称“某某公司”, or just “公司”): the
// parties are the names the opening introduces, placed by who sells the process to whom, and a fix
// offered on the draft names them as the draft does.
import { draftParties, fixesFor, fixText } from '../../../src/core/fix';
import { buildContext, fromText, review } from '../../../src/core/review';
import { playbooksOf, realLibrary } from '../agreement/real-library';

const library = realLibrary();
const playbooks = playbooksOf(library);
const opts = { library, playbooks, scenario: 'technology-license', role: 'licensee' } as const;

const TRANSFER = [
  '技术转让合同',
  '本技术转让合同（以下简称“合同”）由澜沧精密仪器（亚太）有限公司--根据香港法律成立和存在的一家公司，其办公室设在香港湾仔港湾道十八号，商业登记证号为：４４１２０９—０１（以下简称“澜沧公司”），和滇南光电有限公司--根据中华人民共和国法律成立和存在的一家公司，其主要营业地点为昆明高新区（以下简称“公司”），于二〇二四年三月三日签署。',
  '鉴于澜沧公司愿意向公司出售镀膜工艺的技术和诀窍；',
  '１．１ 澜沧公司将按照附件一的规定提供技术服务和镀膜工艺的技术资料。',
  '１．２ 公司应当向澜沧公司支付技术转让费。',
  '２．１ 公司不得向任何第三方出售或披露这些技术和诀窍。',
  '３．１ 本合同受中华人民共和国法律管辖。',
].join('\n');

describe('a party described after its name, then named for short', () => {
  it('is read by the name the opening introduces, with its short name', () => {
    const { ctx } = buildContext(fromText(TRANSFER), opts);
    expect(ctx.parties).toEqual([
      { name: '澜沧精密仪器（亚太）有限公司', shortName: '澜沧公司' },
      { name: '滇南光电有限公司', shortName: '公司' },
    ]);
  });

  it('is placed by who sells the process, not by a ban on selling it to others', () => {
    const { ctx } = buildContext(fromText(TRANSFER), opts);
    expect(draftParties(ctx)).toEqual({ A: '澜沧公司', B: '公司' });
    expect(review(fromText(TRANSFER), opts).parties).toEqual({ ours: '滇南光电有限公司 (公司)', theirs: '澜沧精密仪器（亚太）有限公司 (澜沧公司)' });
  });

  it('a fix offered on it names the parties by their short names, not by 甲方 and 乙方 or a blank', () => {
    const doc = fromText(TRANSFER);
    const result = review(doc, opts);
    const texts = result.findings.filter((f) => f.fix).map((f) => fixText(fixesFor(library, result, doc)(f.fix!)!));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => t.includes('澜沧公司'))).toBe(true);
    expect(texts.join('')).not.toMatch(/甲方|乙方|＿/);
  });
});
