/** Deal scenarios and our possible roles in each. Ids are stable (CLI --scenario and --side). */
export const SCENARIO_IDS = [
  'sample-testing',
  'joint-development',
  'exclusive-partnership',
  'technology-license',
  'custom-development',
  'pre-deal-disclosure',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

/**
 * Each scenario has two sides. The first is the side whose technology, samples or information is
 * shared (clause text calls it {{A}}); the second receives, tests, licenses or pays for it ({{B}}).
 */
export const SCENARIO_ROLES = {
  'sample-testing': ['provider', 'evaluator'],
  'joint-development': ['technology-owner', 'co-developer'],
  'exclusive-partnership': ['supplier', 'distributor'],
  'technology-license': ['licensor', 'licensee'],
  'custom-development': ['developer', 'customer'],
  'pre-deal-disclosure': ['discloser', 'recipient'],
} as const satisfies Record<ScenarioId, readonly [string, string]>;

export type RoleId = (typeof SCENARIO_ROLES)[ScenarioId][number];

export function isScenarioId(value: string): value is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value);
}

export function rolesOf(scenario: ScenarioId): readonly RoleId[] {
  return SCENARIO_ROLES[scenario];
}

/**
 * Side A shares its technology, samples or information and side B receives them: the first and
 * second role of every scenario. The task pane's "usual side" is kept as A or B, so it holds for
 * every deal.
 */
export function roleForSide(scenario: ScenarioId, side: 'A' | 'B'): RoleId {
  return SCENARIO_ROLES[scenario][side === 'A' ? 0 : 1]!;
}

/** The one scenario a role belongs to: role ids are unique across scenarios. */
export function scenarioOfRole(role: string): ScenarioId | undefined {
  return SCENARIO_IDS.find((s) => isRoleOf(s, role));
}

export function isRoleOf(scenario: ScenarioId, role: string): role is RoleId {
  return (SCENARIO_ROLES[scenario] as readonly string[]).includes(role);
}
