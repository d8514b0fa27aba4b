// A variant offered only as a review's fix (fixOnly, or beside the other side's clause) is never
// built, whatever its stance or its place in the file, and never offered as a build's alternative.
import { plan, resolveAnswers } from '../../../src/core/agreement';
import { onlyAFix, type Library } from '../../../src/core/library';
import { POSTURES } from '../../../src/core/questionnaire';
import { SCENARIO_IDS, SCENARIO_ROLES } from '../../../src/core/scenarios';
import { realLibrary } from './real-library';

const real = realLibrary();
const variantOf = (library: Library, clause: string, variant: string) =>
  library.clauses.find((c) => c.id === clause)?.variants.find((v) => v.id === variant);

/** The library with every fix-only variant moved to the head of its clause, and `without` clauses left out. */
function fixesFirst(library: Library, without: readonly string[] = []): Library {
  const clauses = library.clauses
    .filter((c) => !without.includes(c.id))
    .map((c) => ({ ...c, variants: [...c.variants.filter(onlyAFix), ...c.variants.filter((v) => !onlyAFix(v))] }));
  return { ...library, clauses };
}

/** Every clause/variant any scenario, side and posture builds or offers as an alternative. */
function everyBuilt(library: Library): Set<string> {
  const seen = new Set<string>();
  for (const scenario of SCENARIO_IDS)
    for (const ourRole of SCENARIO_ROLES[scenario])
      for (const posture of POSTURES) {
        const answers = resolveAnswers(library, { scenario, ourRole, posture });
        if (!answers.ok) throw new Error(JSON.stringify(answers.issues));
        for (const c of plan(library, answers.answers).clauses) {
          seen.add(`${c.clause.id}/${c.variant.id}`);
          for (const a of c.alternatives) seen.add(`${c.clause.id}/${a.variantId}`);
        }
      }
  return seen;
}

const fixOnly = real.clauses.flatMap((c) => c.variants.filter(onlyAFix).map((v) => `${c.id}/${v.id}`));

describe('a variant offered only as a fix', () => {
  it('is marked so in the library: the mutual limit of liability and the joint interpretation clause', () => {
    expect(variantOf(real, 'liability', 'mutual')?.fixOnly).toBe(true);
    expect(variantOf(real, 'general-provisions', 'interpretation')?.fixOnly).toBe(true);
  });

  it('is never built nor offered as an alternative, even placed first in its clause', () => {
    const built = everyBuilt(fixesFirst(real));
    expect(fixOnly.filter((id) => built.has(id))).toEqual([]);
    expect(built.has('liability/capped-insured')).toBe(true);
  });

  it('does not stand in for a liability clause whose required confidentiality clause is gone', () => {
    // capped-insured and capped require the confidentiality clause: without it the liability clause
    // leaves the plan rather than falling to the fix that has no such requirement.
    const built = everyBuilt(fixesFirst(real, ['confidentiality']));
    expect([...built].filter((id) => id.startsWith('liability/'))).toEqual([]);
  });
});
