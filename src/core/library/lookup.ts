import type { RoleId, ScenarioId } from '../scenarios';
import type { Variant } from './schema';
import type { Clause, Library, Scenario } from './library';

/** Terms the preamble of every built agreement defines, so definitions.yaml must not. */
export const PREAMBLE_TERMS: readonly string[] = ['Agreement', 'Party', 'Parties'];

export function clauseById(library: Library, id: string): Clause | undefined {
  return library.clauses.find((c) => c.id === id);
}

export function scenarioById(library: Library, id: ScenarioId): Scenario | undefined {
  return library.scenarios.find((s) => s.id === id);
}

/** A variant offered only as a review's fix (in place of or beside the other side's clause): never built. */
export function onlyAFix(variant: Pick<Variant, 'beside' | 'fixOnly'>): boolean {
  return Boolean(variant.beside || variant.fixOnly);
}

/** Whether a variant may be built into an agreement in a scenario for our role, before any answer is looked at. */
export function variantFits(variant: Variant, scenario: ScenarioId, role?: RoleId): boolean {
  const applies = variant.applies;
  if (onlyAFix(variant)) return false;
  if (applies?.scenarios && !applies.scenarios.includes(scenario)) return false;
  if (role && applies?.roles && !applies.roles.includes(role)) return false;
  return true;
}

/** The playbook for our role: the topics a set of terms must cover, and those it should. */
export function playbookFor(library: Library, scenario: ScenarioId, role: RoleId) {
  return scenarioById(library, scenario)?.playbook[role] ?? { required: [], recommended: [] };
}
