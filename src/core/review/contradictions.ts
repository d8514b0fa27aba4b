import type { TopicId } from '../topics';
import type { ReviewContext, RuleFinding } from './context';
import { REGISTRY } from './rules';
import { finding } from './rules/finding';

/** Rules whose one-sided clause is the term their topic's missing finding asks for. */
const SETTLING = new Set(REGISTRY.flatMap((entry) => entry.rules.filter((r) => r.settles).map((r) => r.id)));

/**
 * Topics whose missing finding has words for a term that is there but covers another part of it:
 * "usage data" the other side may use is a term on test data, but not on who owns our results.
 */
const PART_WORDED: ReadonlySet<TopicId> = new Set(['test-data']);

/**
 * The findings without a "missing" that another finding contradicts, since the topics listed beside
 * the findings count a topic as present when a finding quotes a clause on it. A term another rule
 * quotes as vague is there: "return or destroy on request" is a return term without a deadline, not a
 * missing one. So is a one-sided clause on the very term ("your own results may not be shared").
 * A one-sided clause on another part of the topic leaves the missing point standing, worded as the gap
 * in the term that is there, quoting it.
 */
export function withoutContradictions(ctx: ReviewContext, raw: RuleFinding[]): RuleFinding[] {
  const quotes = (f: RuleFinding) => f.rule !== 'missing' && f.evidence.length > 0;
  const settled = new Set(raw.filter((f) => quotes(f) && (f.kind === 'ambiguous' || (f.kind === 'one-sided' && SETTLING.has(f.rule)))).map((f) => f.topic));
  const partly = new Map<TopicId, RuleFinding>();
  for (const f of raw) if (quotes(f) && f.kind === 'one-sided' && !partly.has(f.topic)) partly.set(f.topic, f);
  return raw.flatMap((f) => {
    if (f.rule !== 'missing' || f.kind !== 'missing') return [f];
    if (settled.has(f.topic)) return [];
    const part = partly.get(f.topic);
    if (!part || !PART_WORDED.has(f.topic)) return [f];
    return [finding(ctx, { rule: 'missing', key: `missing.${f.topic}.part`, topic: f.topic, severity: f.severity, kind: 'ambiguous', evidence: part.evidence })];
  });
}
