import { SEVERITIES, severityRank, type FixRef, type Severity } from '../findings';
import type { TopicId } from '../topics';
import type { Position, ReviewContext, RuleFinding } from './context';

/** The playbook position a finding answers to, and what counsel set for its rule there. */
export interface PositionHit {
  topic: TopicId;
  position: Position;
  /** Absent where the position is only on the finding's topic and does not name its rule. */
  severity?: Severity | 'off';
}

/**
 * The position a rule's findings count against for our side: the one that names the rule, else the
 * one on the finding's topic, which is shown to the reader but does not weigh the finding.
 */
export function positionFor(ctx: ReviewContext, rule: string, topic: TopicId): PositionHit | undefined {
  const named = namingRule(ctx, rule);
  if (named) return named;
  const own = ctx.playbook?.positions?.[topic];
  return own ? { topic, position: own } : undefined;
}

/** Counsel's playbook says this rule's findings are no point for our side in this deal. */
export function offByPlaybook(ctx: ReviewContext, rule: string): boolean {
  return namingRule(ctx, rule)?.severity === 'off';
}

/** The position that names the rule (the library check allows one per playbook). */
function namingRule(ctx: ReviewContext, rule: string): PositionHit | undefined {
  for (const [topic, position] of Object.entries(ctx.playbook?.positions ?? {}) as [TopicId, Position][]) {
    const severity = position.findings[rule];
    if (severity) return { topic, position, severity };
  }
  return undefined;
}

/** Counsel's fixing variant for the rule, when the library under review has it. */
export function positionFix(ctx: ReviewContext, hit: PositionHit, rule: string): FixRef | undefined {
  const fix = hit.position.fixes?.[rule] ?? hit.position.fix;
  if (!fix) return undefined;
  const clause = ctx.library?.clauses.find((c) => c.id === fix.clause);
  return clause?.variants.some((v) => v.id === fix.variant) ? { clause: fix.clause, variant: fix.variant } : undefined;
}

/**
 * A finding weighed by counsel's position, where it names the rule: the position sets the weight of
 * the rule's strongest case (its default), and a case the rule itself weighs lighter (on weaker
 * evidence, or with our party unclear) stays as many steps below it, never under low.
 */
export function weighed(ctx: ReviewContext, f: RuleFinding, ruleDefault: Severity): RuleFinding {
  const set = namingRule(ctx, f.rule)?.severity;
  if (!set || set === 'off') return f;
  const steps = Math.max(0, severityRank(ruleDefault) - severityRank(f.severity));
  const rank = Math.max(severityRank(set) - steps, Math.min(severityRank(f.severity), severityRank('low')));
  return { ...f, severity: SEVERITIES[SEVERITIES.length - rank]! };
}
