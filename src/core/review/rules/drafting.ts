import type { Evidence, Severity } from '../../findings';
import type { MessageParams, Phrase } from '../../i18n';
import type { Definition, ReviewContext, RuleFinding } from '../context';
import { finding, topicAt } from './finding';
import { EVIDENCE_CAP, groupedEvidence, quote, sentenceAt, type Hit } from './text';

/** One drafting finding for all of a rule's quotes: drafting points are many and small. */
export function draftingFinding(
  ctx: ReviewContext,
  rule: string,
  evidence: Evidence[],
  params: MessageParams = {},
  severity: Severity = 'low',
  key?: string,
): RuleFinding[] {
  if (evidence.length === 0) return [];
  return [
    finding(ctx, {
      rule,
      ...(key ? { key } : {}),
      topic: topicAt(ctx, evidence[0]!.paragraph),
      severity,
      kind: 'drafting',
      params,
      evidence: evidence.slice(0, EVIDENCE_CAP),
    }),
  ];
}

/** A drafting finding over regular-expression hits, counting them for the message. */
export function draftingHits(ctx: ReviewContext, rule: string, list: Hit[], params: MessageParams = {}, key?: string): RuleFinding[] {
  const count = typeof params.count === 'number' ? params.count : list.length;
  return draftingFinding(ctx, rule, groupedEvidence(list), { count, times: times(count), ...params }, 'low', key);
}

/** "once", "twice", "3 times" for English messages; Chinese counts with a measure word instead. */
function times(n: number): Phrase {
  return { say: n === 1 ? 'review.times.once' : n === 2 ? 'review.times.twice' : 'review.times.many', params: { count: n } };
}

/** A definition as evidence: the defining sentence, around the defined term. */
export function definitionEvidence(ctx: ReviewContext, d: Definition): Evidence {
  const s = sentenceAt(ctx, d.paragraph, d.start, d.end);
  return s ? quote(s, d.start - s.start, d.end - s.start) : { paragraph: d.paragraph, start: d.start, end: d.end, text: d.term };
}
