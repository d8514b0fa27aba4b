// Parties of Chinese drafts as PRC contracts introduce them: a party line under a letter or a role
// word (spaced out to line up the colons, or with the name on the line below), a running opening with
// 以下简称 brackets, and the Civil Code's own words for the parties of a technology contract. Names
// are invented; the wording is that of the usual model technology contracts.
import { fixesFor, fixText } from '../../../src/core/fix';
import { buildContext, fromText, review } from '../../../src/core/review';
import type { RoleId } from '../../../src/core/scenarios';
import { library, playbooks } from '../../support/review-as-side';

const parties = (text: string) => buildContext(fromText(text)).ctx.parties.map((p) => [p.name, p.shortName]);
const placed = (text: string, role: RoleId) => review(fromText(text), { role, library, playbooks }).parties;

const SPACED = [
  '样品测试协议',
  '甲　　方：深圳市澜拓新能源科技有限公司',
  '住　　所：广东省深圳市宝安区',
  '乙    方：Kellner Prüftechnik GmbH',
  '住    所：德国斯图加特',
  '第一条 样品',
  '1.1 甲方向乙方提供电池样品，供乙方在其实验室进行安全性能测试。',
  '第二条 改进',
  '2.1 乙方基于样品所作的任何改进，其知识产权均归乙方所有。',
].join('\n');

const NAME_BELOW = [
  '专利实施许可合同',
  '许可方（甲方）：',
  '名称：南通瀚辰材料科技有限公司',
  '法定代表人：陈某',
  '被许可方（乙方）：',
  '名称：Orsolya Coatings Kft.',
  '第一条 许可',
  '1.1 甲方许可乙方在合同约定的范围内实施本合同专利。',
].join('\n');

const RUNNING = [
  '技术秘密许可合同',
  '本合同由苏州衡岳电子有限公司（以下简称“许可方”或“甲方”）与 Nordic Sensor AB（下称“乙方”）于2026年3月1日在苏州签订。',
  '第一条 许可',
  '1.1 甲方许可乙方使用该技术秘密生产传感器模组。',
].join('\n');

const CIVIL_CODE = [
  '技术开发（委托）合同',
  '委托人（甲方）：合肥启衡汽车电子有限公司',
  '研究开发人（乙方）：Aldgate Embedded Ltd.',
  '第一条 研究开发',
  '1.1 甲方委托乙方研究开发车载域控制器软件。',
].join('\n');

const THREE = [
  '技术开发（委托）合同',
  '甲方（委托方）：无锡澄远智能装备有限公司',
  '乙方（受托方）：Westbrook Robotics Ltd.',
  '丙方：无锡澄远智能装备有限公司上海分公司',
  '第一条 开发',
  '1.1 甲方委托乙方开发焊接机器人控制软件，丙方负责现场调试配合。',
].join('\n');

const BOTH_BRING = [
  '技术合作开发合同',
  '甲方：重庆峡川储能科技有限公司',
  '乙方：Fjordcell Materials AS',
  '甲方拥有电芯热管理技术，乙方拥有正极涂覆技术。双方决定合作开发储能电芯，特订立本合同。',
  '第一条 合作内容',
  '1.1 双方各自投入技术和人员，共同完成项目开发。',
].join('\n');

// A blank form: the names are lines to fill in, the parties known only by role and letter.
const BLANK_FORM = [
  '委托技术开发合同',
  '委托方：＿＿＿＿＿＿＿＿，以下简称甲方；',
  '研究开发方：＿＿＿＿＿＿＿＿，以下简称乙方；',
  '１．项目名称：＿＿＿＿＿＿。',
  '２．乙方应按期向甲方交付研究开发成果。',
].join('\n');

// A commissioned build where the side that pays hands over its process data: the one commissioned still develops.
const COMMISSIONED_BUILD = [
  '委托研制合同',
  '甲方：',
  '乙方：',
  '甲方委托乙方研制一套涂布线张力控制装置，双方商定如下。',
  '乙方研制期间，甲方应向乙方提供涂布工艺和工艺参数。',
].join('\n');

// Processing of the other side's materials: it hands over materials and technical standards, the processor makes.
const PROCESSING = [
  '来料加工合同',
  '甲方：',
  '乙方：',
  '第一条 甲方对乙方提供的电路板散件进行装配，并将成品交付乙方。',
  '第二条 乙方提供的技术标准为双方验收散件和成品的依据。',
].join('\n');

// A running opening whose names are blanks of ideographic spaces.
const SPACE_BLANKS = [
  '软件合作协议',
  '本协议是　　　　　　（以下简称甲方）与　　　　　　（以下简称乙方）就软件随机销售订立的协议。',
  '一、乙方向甲方提供软件产品。',
].join('\n');

describe('parties of a Chinese opening', () => {
  it('places the side commissioned to build (研制) as the developer, though the other hands over its process data', () => {
    expect(placed(COMMISSIONED_BUILD, 'developer')).toEqual({ ours: '乙方', theirs: '甲方' });
  });

  it('places the side that processes the other\'s materials as the one that makes to order', () => {
    expect(placed(PROCESSING, 'developer')).toEqual({ ours: '甲方', theirs: '乙方' });
  });

  it('names a party whose name is a blank of spaces before its bracket by its letter, not by the words before the blank', () => {
    expect(parties(SPACE_BLANKS)).toEqual([
      ['甲方', '甲方'],
      ['乙方', '乙方'],
    ]);
  });

  it('calls a party whose name is a blank to fill in by its role, not by the blank', () => {
    expect(parties(BLANK_FORM)).toEqual([
      ['委托方', '甲方'],
      ['研究开发方', '乙方'],
    ]);
    expect(placed(BLANK_FORM, 'developer')).toEqual({ ours: '研究开发方 (乙方)', theirs: '委托方 (甲方)' });
  });

  it('reads a party line whose letter is spaced out to line up the colons', () => {
    expect(parties(SPACED)).toEqual([
      ['深圳市澜拓新能源科技有限公司', '甲方'],
      ['Kellner Prüftechnik GmbH', '乙方'],
    ]);
  });

  it('reads the name from the 名称 line below a party line that gives only the role', () => {
    expect(parties(NAME_BELOW)).toEqual([
      ['南通瀚辰材料科技有限公司', '甲方'],
      ['Orsolya Coatings Kft.', '乙方'],
    ]);
  });

  it('reads every name a 以下简称 bracket gives, and 下称 as well', () => {
    expect(parties(RUNNING)).toEqual([
      ['苏州衡岳电子有限公司', '甲方'],
      ['Nordic Sensor AB', '乙方'],
    ]);
    expect(placed(RUNNING, 'licensee')).toEqual({ ours: 'Nordic Sensor AB (乙方)', theirs: '苏州衡岳电子有限公司 (甲方)' });
  });

  it('places the Civil Code’s 委托人 and 研究开发人: the developer is 乙方', () => {
    expect(placed(CIVIL_CODE, 'developer')).toEqual({ ours: 'Aldgate Embedded Ltd. (乙方)', theirs: '合肥启衡汽车电子有限公司 (甲方)' });
  });

  it('places the two parties a role word sides and names a third that has none beside them', () => {
    expect(parties(THREE)).toHaveLength(3);
    expect(placed(THREE, 'customer')).toEqual({
      ours: '无锡澄远智能装备有限公司 (甲方)',
      theirs: 'Westbrook Robotics Ltd. (乙方)',
      others: ['无锡澄远智能装备有限公司上海分公司 (丙方)'],
    });
  });

  it('guesses no side where both parties bring technology and no role word says who is who', () => {
    // Neither placed: both are listed, so the reader is asked to name ours.
    expect(placed(BOTH_BRING, 'technology-owner')).toEqual({ others: ['重庆峡川储能科技有限公司 (甲方)', 'Fjordcell Materials AS (乙方)'] });
  });

  it('places a spaced-out party line on its side by what the party does: 甲方 hands over the samples', () => {
    expect(placed(SPACED, 'evaluator')).toEqual({ ours: 'Kellner Prüftechnik GmbH (乙方)', theirs: '深圳市澜拓新能源科技有限公司 (甲方)' });
  });
});

describe('a fix for a Chinese draft names its parties', () => {
  it('writes 甲方 and 乙方 where the clause names the provider and the evaluator, with no blank for either', () => {
    const doc = fromText(SPACED);
    const result = review(doc, { role: 'provider', scenario: 'sample-testing', library, playbooks });
    const fixes = result.findings.filter((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(0);
    const texts = fixes.map((f) => fixText(fixesFor(library, result, doc)(f.fix!)!)).join('\n');
    expect(texts).toMatch(/甲方|乙方/);
    expect(texts).not.toMatch(/提供技术一方的名称|另一方的名称/);
  });
});
