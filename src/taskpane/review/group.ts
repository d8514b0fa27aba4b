import { SEVERITIES, severityRank, type Finding, type Severity } from '../../core/findings';
import { TOPIC_IDS, type TopicId } from '../../core/topics';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A deal topic, or the drafting points (proofreading), which sit together whatever clause they are in. */
export type GroupId = TopicId | 'drafting';

export interface TopicGroup {
  topic: GroupId;
  findings: Finding[];
  /** The most serious finding's severity, which orders the groups. */
  worst: Severity;
}

const GROUP_ORDER: readonly GroupId[] = [...TOPIC_IDS, 'drafting'];

/**
 * Findings by topic, the most serious topics first; within a topic, most serious first, then
 * document order. Drafting points form one group of their own: "and/or" found in the
 * confidentiality clause is not a confidentiality point.
 */
export function groupByTopic(findings: readonly Finding[]): TopicGroup[] {
  const byTopic = new Map<GroupId, Finding[]>();
  for (const f of findings) {
    const group: GroupId = f.kind === 'drafting' ? 'drafting' : f.topic;
    const list = byTopic.get(group) ?? [];
    list.push(f);
    byTopic.set(group, list);
  }
  const position = (f: Finding) => f.evidence[0]?.paragraph ?? Number.MAX_SAFE_INTEGER;
  const groups = [...byTopic].map(([topic, list]) => {
    list.sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || position(a) - position(b));
    return { topic, findings: list, worst: list[0]!.severity };
  });
  return groups.sort((a, b) => severityRank(b.worst) - severityRank(a.worst) || GROUP_ORDER.indexOf(a.topic) - GROUP_ORDER.indexOf(b.topic));
}
