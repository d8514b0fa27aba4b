import type { Rule } from '../../context';
import { G, isBlankClause } from '../../topics/zh/words';
import { finding, topicAt } from '../finding';
import { ourSide } from '../side';
import { groupedEvidence, zhHits } from '../text';
import { anyMatching } from '../sentence-gate';

/** The deals where the other side pays us for what we build, license or supply. */
const PAID_DEALS: ReadonlySet<string> = new Set(['custom-development', 'technology-license', 'exclusive-partnership']);

/** Money that waits on acceptance: 其余部分待项目验收后付清, 验收合格后十日内支付尾款. */
const PAID_ON_ACCEPTANCE = new RegExp(`验收${G(12)}(?:后|之后|以后|时)${G(24)}(?:付清|支付|付款|结清|结算|付给|付)`, 'g');
/**
 * When acceptance happens: a period for it (收到后十个工作日内完成验收, 验收应在安装调试后三十日内进行), or
 * acceptance deemed where the customer is silent (逾期未提出异议的，视为验收合格).
 */
const PERIOD = new RegExp(
  `(?:日|天|周|月)(?:内|之内|以内)${G(24)}验收|验收${G(24)}(?:日|天|周|月)(?:内|之内|以内)|视为${G(8)}(?:验收|合格|通过|接受)|(?:验收期|验收期限|验收时间)`,
);
/** How acceptance is tested: 验收标准, 考核程序, 按照附件二的测试方案进行验收. */
const TEST = new RegExp(`(?:验收|考核|测试)(?:标准|程序|方法|方案|规程|指标|大纲)|(?:按照|依照|根据|按)${G(30)}(?:标准|指标|方案|规范)${G(12)}(?:验收|测试|考核)`);

/**
 * We build, license or supply, and what we are paid (or its balance) waits on the customer's
 * acceptance, but nothing says how the work is tested or when acceptance happens (no period, no
 * acceptance deemed where the customer stays silent): the customer can hold back the balance by never
 * accepting. Quiet where we pay, and where the draft states either the test or the period.
 */
export const openAcceptanceZh: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || !PAID_DEALS.has(ctx.scenario ?? '')) return [];
  const waits = zhHits(ctx, PAID_ON_ACCEPTANCE);
  if (waits.length === 0) return [];
  // A clause of blanks (验收标准和方法：＿＿＿) sets neither.
  const set = (re: RegExp) => anyMatching(ctx.sentences, re, (s) => !isBlankClause(s.text));
  if (set(PERIOD) || set(TEST)) return [];
  const evidence = groupedEvidence(waits);
  return [
    finding(ctx, {
      rule: 'one-sided.open-acceptance',
      topic: topicAt(ctx, evidence[0]?.paragraph),
      severity: 'medium',
      kind: 'one-sided',
      noFix: true,
      evidence,
    }),
  ];
};
