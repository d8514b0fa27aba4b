import type { Answers } from '../../core/agreement';
import type { ScenarioId } from '../../core/scenarios';

export const draftKey = (scenario: ScenarioId) => `clausewright.buildDraft.${scenario}`;
/** The kind of deal open in Build; Prepare sets it to open Build on the agreement it recommends. */
export const BUILD_SCENARIO_KEY = 'clausewright.buildScenario';

/** A stored draft is what the user typed in an earlier session: only an object for the same scenario is taken. */
export function parseDraft(scenario: ScenarioId) {
  return (raw: unknown): Answers | null =>
    raw && typeof raw === 'object' && (raw as { scenario?: unknown }).scenario === scenario ? (raw as Answers) : null;
}

/** Sets a value at a dotted path ("parties.us.name"), copying the objects on the way. */
export function setAt<T extends object>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const current = (obj as Record<string, unknown>)[head!];
  const next = rest.length === 0 ? value : setAt((current && typeof current === 'object' ? current : {}) as object, rest.join('.'), value);
  return { ...obj, [head!]: next };
}

export function getAt(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
