import { SCENARIO_ROLES, type RoleId, type ScenarioId } from '../scenarios';
import type { TopicId } from '../topics';
import type { Variant } from './schema';
import type { Clause, Library, Scenario } from './parse';

/** Terms the preamble of every built agreement defines, so definitions.yaml must not. */
export const PREAMBLE_TERMS: readonly string[] = ['Agreement', 'Party', 'Parties'];

export function clauseById(library: Library, id: string): Clause | undefined {
  return library.clauses.find((c) => c.id === id);
}

export function scenarioById(library: Library, id: ScenarioId): Scenario | undefined {
  return library.scenarios.find((s) => s.id === id);
}

export function clausesByTopic(library: Library, topic: TopicId): Clause[] {
  return library.clauses.filter((c) => c.topic === topic);
}

/** Whether a variant may be used in a scenario for our role, before any answer is looked at. */
export function variantFits(variant: Variant, scenario: ScenarioId, role?: RoleId): boolean {
  const applies = variant.applies;
  if (applies?.scenarios && !applies.scenarios.includes(scenario)) return false;
  if (role && applies?.roles && !applies.roles.includes(role)) return false;
  return true;
}

/** Clauses with at least one variant usable in the scenario (and for our role, when given). */
export function clausesForScenario(library: Library, scenario: ScenarioId, role?: RoleId): Clause[] {
  return library.clauses.filter((c) => c.variants.some((v) => variantFits(v, scenario, role)));
}

/** Clauses usable by a role in any scenario that has it. */
export function clausesForRole(library: Library, role: RoleId): Clause[] {
  const scenarios = (Object.keys(SCENARIO_ROLES) as ScenarioId[]).filter((s) =>
    (SCENARIO_ROLES[s] as readonly string[]).includes(role),
  );
  return library.clauses.filter((c) => c.variants.some((v) => scenarios.some((s) => variantFits(v, s, role))));
}

/** The playbook for our role: the topics a set of terms must cover, and those it should. */
export function playbookFor(library: Library, scenario: ScenarioId, role: RoleId) {
  return scenarioById(library, scenario)?.playbook[role] ?? { required: [], recommended: [] };
}
