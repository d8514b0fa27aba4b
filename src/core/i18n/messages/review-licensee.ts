import { defineMessages } from '../define';

/**
 * review.rule.*: what a licensee of a component or a vendor's software gives up
 * beyond the licence (audits at will, no right to ship the component in our product).
 */
export const reviewLicensee = defineMessages(
  {
    'review.rule.one-sided.audit-terms.message': 'The other side may audit you without the usual limits',
    'review.rule.one-sided.audit-terms.why':
      'The clause lets the other side audit or inspect your records, premises or compliance without notice or at any time, at your cost, or as often as it likes. Each audit takes your staff\'s time, opens your plants and books to the other side far beyond what the licence concerns, and may be used to press you in a dispute. Ask for at least 30 days\' written notice stating the scope, no more than one audit in 12 months, an independent accountant bound to confidentiality who reports only whether you comply and any shortfall, and the cost on the auditor unless the audit finds an underpayment of more than a stated percentage.',
  },
  {
    'review.rule.one-sided.audit-terms.message': '对方可以不受通常限制地审计我方',
    'review.rule.one-sided.audit-terms.why':
      '该条款允许对方在不通知我方或随时的情况下，审计或检查我方的记录、场所或履约情况，费用由我方承担，或者不限次数。每次审计都占用我方人员的时间，使对方得以查看远超许可范围的我方工厂和账簿，并可能在争议中被用来向我方施压。应要求：至少提前30日书面通知并列明审计范围，每12个月至多审计一次，由负有保密义务、仅报告我方是否合规及少付金额的独立会计师进行，审计费用由审计方承担，但审计发现少付超过约定比例的除外。',
  },
);
