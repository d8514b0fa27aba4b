// The two PRC points in Chinese drafts (Civil Code art. 850; SPC interpretation on technology-contract
// disputes, art. 10): a term that takes the improvements of the side receiving the technology without
// reciprocity, and one that bars it from developing competing technology or obtaining similar
// technology elsewhere. Each fires for the side it binds, with the note that it may be void, and
// stays quiet for the other side, for a reciprocal or paid licence back, and for a ban on their side.
import { review } from '../../../../src/core/review/engine';
import { fromText } from '../../../../src/core/review/text';
import type { RoleId, ScenarioId } from '../../../../src/core/scenarios';

const JOINT = '动力电池固态电芯联合开发协议\n甲方（技术提供方）：无锡澜峰新材料科技有限公司\n乙方（合作开发方）：Kestrel Cell Technologies GmbH\n';
const LICENCE = '专利实施许可合同\n甲方（许可方）：合肥汀岚电池技术有限公司\n乙方（被许可方）：Nordhavn Batteri ApS\n';
const PRC_LAW = '十二、本合同适用中华人民共和国法律。';

/** The findings of the two PRC rules for one side, as "rule key severity" with "void" where the PRC note is given. */
function found(opening: string, scenario: ScenarioId, role: RoleId, ...lines: string[]): string[] {
  const result = review(fromText(opening + [...lines, PRC_LAW].join('\n')), { scenario, role });
  return result.findings
    .filter((f) => ['one-sided.compete-ban', 'one-sided.assignment', 'one-sided.improvement-ban'].includes(f.rule))
    .map((f) => `${f.rule} ${f.severity}${/第八百五十条|arts?\. 850/.test(f.why) ? ' void' : ''}${f.evidence.length > 0 ? '' : ' no-quote'}`);
}
const coDeveloper = (...lines: string[]) => found(JOINT, 'joint-development', 'co-developer', ...lines);
const owner = (...lines: string[]) => found(JOINT, 'joint-development', 'technology-owner', ...lines);
const licensee = (...lines: string[]) => found(LICENCE, 'technology-license', 'licensee', ...lines);
const licensor = (...lines: string[]) => found(LICENCE, 'technology-license', 'licensor', ...lines);

describe('a ban on competing technology in a Chinese draft', () => {
  const develop = '六、在本协议有效期内及终止后两年内，乙方不得自行或者与任何第三方研究开发与甲方技术相竞争的技术。';
  const obtain = '6.2 未经甲方书面同意，乙方不得从任何第三方获得或者引进与许可专利类似的技术。';

  it('fires for the side it binds, with the PRC note', () => {
    expect(coDeveloper(develop)).toEqual(['one-sided.compete-ban medium void']);
    expect(licensee(obtain)).toEqual(['one-sided.compete-ban medium void']);
  });
  it('says which ban it is: developing, or obtaining from others', () => {
    const keyOf = (opening: string, scenario: ScenarioId, role: RoleId, line: string) =>
      review(fromText(opening + line), { scenario, role }).findings.find((f) => f.rule === 'one-sided.compete-ban')?.wording?.message.key;
    expect(keyOf(LICENCE, 'technology-license', 'licensee', obtain)).toBe('review.rule.one-sided.compete-ban.obtain.message');
    expect(keyOf(JOINT, 'joint-development', 'co-developer', develop)).toBe('review.rule.one-sided.compete-ban.message');
  });
  it('reaches products named with their kind (与样品相竞争的电芯产品), for an evaluator and not the provider', () => {
    const TESTING = '电芯样品测试协议\n甲方（测试方）：佛山岚途储能有限公司\n乙方（样品提供方）：Lumeo Cells Oy\n';
    const ban = '四、在本协议有效期内及终止后两年内，甲方不得研究开发与样品相竞争的电芯产品。';
    expect(found(TESTING, 'sample-testing', 'evaluator', ban)).toEqual(['one-sided.compete-ban medium void']);
    expect(found(TESTING, 'sample-testing', 'provider', ban)).toEqual([]);
  });
  it('stays quiet for the side it does not bind', () => {
    expect(owner(develop)).toEqual([]);
    expect(licensor(obtain)).toEqual([]);
    expect(coDeveloper('六、在本协议有效期内，甲方不得向任何第三方许可与本项目相竞争的技术或者与第三方研究开发同类技术。')).toEqual([]);
  });
  it('stays quiet where our own independent development is kept free', () => {
    expect(coDeveloper(develop, '6.3 乙方不使用甲方保密信息而独立研究开发的技术，不受本条限制。')).toEqual([]);
  });
  it('a supply term on competing goods is no restraint on technology', () => {
    expect(licensee('6.2 乙方不得从第三方采购与许可产品类似的产品。')).toEqual([]);
  });
});

describe('a grant-back in a Chinese draft', () => {
  const exclusive = '七、乙方在实施许可专利过程中所作的改进，应当以独占许可的方式无偿许可甲方使用。';
  const free = '七、乙方应当将其对许可专利所作的改进无偿许可甲方使用。';
  const theirsBack = '7.2 甲方对许可专利所作的改进，应当无偿许可乙方使用。';
  const whoever = '八、因使用甲方提供的技术资料而产生的任何技术成果，无论由哪一方完成，均归甲方所有。';

  it('an exclusive licence of our improvements fires for the licensee, with the PRC note, and not for the licensor', () => {
    expect(licensee(exclusive)).toEqual(['one-sided.assignment medium void']);
    expect(licensor(exclusive)).toEqual([]);
  });
  it('a free licence back fires unless theirs come back to us on the same terms', () => {
    expect(licensee(free)).toEqual(['one-sided.assignment medium void']);
    expect(licensee(free, theirsBack)).toEqual([]);
    // Reciprocity does not save an exclusive one.
    expect(licensee(exclusive, theirsBack)).toEqual(['one-sided.assignment medium void']);
  });
  it('a licence back at a reasonable royalty is a bargain', () => {
    expect(licensee('七、乙方对许可专利所作的改进，乙方应当以独占许可的方式许可甲方使用，甲方应当向乙方支付合理的许可费。')).toEqual([]);
  });
  it('results of their information taken whoever makes them fire as taken, for the side that receives it', () => {
    expect(coDeveloper(whoever)).toEqual(['one-sided.assignment high void']);
    expect(owner(whoever)).toEqual([]);
    expect(coDeveloper(whoever.replace('无论由哪一方完成，均归甲方所有', '归完成该成果的一方所有'))).toEqual([]);
  });
});

describe('a ban on improving their technology in a Chinese joint development', () => {
  const ban = '5.4 未经甲方书面同意，乙方不得对甲方背景技术进行任何改进或者二次开发。';

  it('fires for the co-developer it binds, with the PRC note', () => {
    expect(coDeveloper(ban)).toEqual(['one-sided.improvement-ban medium void']);
  });
  it('stays quiet for the technology owner, for a ban on each party alike, and where improving is allowed', () => {
    expect(owner(ban)).toEqual([]);
    expect(coDeveloper('5.4 未经对方书面同意，双方均不得对对方背景技术进行改进。')).toEqual([]);
    expect(coDeveloper('5.4 乙方可以对甲方背景技术进行改进，改进成果归乙方所有。')).toEqual([]);
  });
});

describe('a bilingual opening, the Chinese after the English on each line', () => {
  const BILINGUAL =
    'Patent Licence Agreement 专利实施许可合同\nParty A (Licensor): Hefei Tinglan Battery Technology Co., Ltd. 甲方（许可方）：合肥汀岚电池技术有限公司\nParty B (Licensee): Nordhavn Batteri ApS 乙方（被许可方）：Nordhavn Batteri ApS\n';
  const back = '6.1 乙方对许可专利所作的任何改进，应当以独占许可的方式无偿许可甲方使用。';

  it('takes each letter\'s side from the role beside it', () => {
    expect(found(BILINGUAL, 'technology-license', 'licensee', back)).toEqual(['one-sided.assignment medium void']);
    expect(found(BILINGUAL, 'technology-license', 'licensor', back)).toEqual([]);
  });
});
