import type { Clause } from '../../core/library';
import type { ScenarioId } from '../../core/scenarios';
import type { TopicId } from '../../core/topics';

export interface ClauseFilter {
  query: string;
  topic: TopicId | null;
  scenario: ScenarioId | null;
}

/**
 * Clauses matching a search: every word of the query must appear in the clause's title, topic,
 * variant ids, text or notes (either language); topic and scenario narrow the list.
 */
export function filterClauses(clauses: readonly Clause[], f: ClauseFilter): Clause[] {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return clauses.filter((c) => {
    if (f.topic && c.topic !== f.topic) return false;
    if (f.scenario && !c.variants.some((v) => !v.applies?.scenarios || v.applies.scenarios.includes(f.scenario!))) return false;
    if (words.length === 0) return true;
    const haystack = [c.id, c.title, c.titleZh ?? '', c.topic, ...c.variants.flatMap((v) => [v.id, v.text, v.textZh ?? '', ...Object.values(v.note.en), ...Object.values(v.note.zh)])].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
