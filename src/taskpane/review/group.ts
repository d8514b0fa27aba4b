import { SEVERITIES, severityRank, type Finding, type Severity } from '../../core/findings';
import { TOPIC_IDS, type TopicId } from '../../core/topics';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export interface TopicGroup {
  topic: TopicId;
  findings: Finding[];
  /** The most serious finding's severity, which orders the groups. */
  worst: Severity;
}

/** Findings by topic, the most serious topics first; within a topic, most serious first, then document order. */
export function groupByTopic(findings: readonly Finding[]): TopicGroup[] {
  const byTopic = new Map<TopicId, Finding[]>();
  for (const f of findings) {
    const list = byTopic.get(f.topic) ?? [];
    list.push(f);
    byTopic.set(f.topic, list);
  }
  const position = (f: Finding) => f.evidence[0]?.paragraph ?? Number.MAX_SAFE_INTEGER;
  const groups = [...byTopic].map(([topic, list]) => {
    list.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || position(a) - position(b));
    return { topic, findings: list, worst: list[0]!.severity };
  });
  return groups.sort((a, b) => severityRank(b.worst) - severityRank(a.worst) || TOPIC_IDS.indexOf(a.topic) - TOPIC_IDS.indexOf(b.topic));
}
