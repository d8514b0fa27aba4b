// A developer paid its balance only once the customer accepts the work, with no time for acceptance
// and no acceptance deemed on silence, can be kept waiting for the money for ever. Names and wording are ours.
import { loadLibraryDir } from '../../../../src/cli/library-files';
import { fromText, review, type Playbooks } from '../../../../src/core/review';
import type { RoleId } from '../../../../src/core/scenarios';

const loaded = loadLibraryDir();
if (!loaded.ok) throw new Error('the built-in clause library does not load');
const library = loaded.library;
const playbooks: Playbooks = Object.fromEntries(library.scenarios.map((s) => [s.id, s.playbook as Playbooks[typeof s.id]]));

const DEVELOPMENT = (payment: string) =>
  [
    '技术开发合同',
    '甲方：华东物流有限公司',
    '乙方：星河软件有限公司',
    '第一条 甲方委托乙方开发仓储调度系统，乙方按附件所列功能完成开发并交付。',
    `第二条 开发费用总额为人民币八十万元。本合同签订后甲方支付百分之四十，${payment}`,
    '第三条 本合同适用中华人民共和国法律，争议提交上海国际仲裁中心仲裁。',
  ].join('\n');

const OPEN = DEVELOPMENT('其余款项待系统验收合格后一次付清。');
const TIMED = DEVELOPMENT('其余款项待系统验收合格后一次付清。甲方应在乙方交付后十五个工作日内完成验收。');
const DEEMED = DEVELOPMENT('其余款项待系统验收合格后一次付清。甲方收到系统后未书面提出异议的，视为验收合格。');
const TESTED = DEVELOPMENT('其余款项待系统验收合格后一次付清。双方按照附件三的测试方案进行验收。');
// A heading left blank sets no test.
const BLANK_TEST = DEVELOPMENT('其余款项待系统验收合格后一次付清。\n第四条 验收标准和方法：＿＿＿＿＿＿');

const openAcceptance = (text: string, role: RoleId) =>
  review(fromText(text), { scenario: 'custom-development', role, library, playbooks }).findings.filter((f) => f.rule === 'one-sided.open-acceptance');

describe('payment that waits on an acceptance with no test or period', () => {
  it('is raised for the developer, quoting the payment', () => {
    const found = openAcceptance(OPEN, 'developer');
    expect(found.map((f) => f.severity)).toEqual(['medium']);
    expect(found[0]!.evidence[0]!.text).toContain('验收合格后一次付清');
  });
  // Each beside the open payment, which is raised, so that the test fails without the rule.
  it('is quiet once acceptance has a period', () => {
    expect([openAcceptance(OPEN, 'developer').length, openAcceptance(TIMED, 'developer').length]).toEqual([1, 0]);
  });
  it('is quiet once silence counts as acceptance', () => {
    expect([openAcceptance(OPEN, 'developer').length, openAcceptance(DEEMED, 'developer').length]).toEqual([1, 0]);
  });
  it('is quiet once the test is stated, but not where its clause is blank', () => {
    expect([openAcceptance(TESTED, 'developer').length, openAcceptance(BLANK_TEST, 'developer').length]).toEqual([0, 1]);
  });
  it('is quiet for the customer, who pays', () => {
    expect([openAcceptance(OPEN, 'developer').length, openAcceptance(OPEN, 'customer').length]).toEqual([1, 0]);
  });
});
