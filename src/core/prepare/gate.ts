import type { Advice, Readiness } from './readiness';
import type { ScenarioId } from '../scenarios';

/**
 * The NDA gate: sample testing, joint development and exclusivity all start with information going
 * across. Before Build offers their terms it asks whether an NDA (or these terms) is signed; if
 * nothing is, it offers the pre-deal disclosure terms first and says why.
 */
export const GATED = ['sample-testing', 'joint-development', 'exclusive-partnership'] as const satisfies readonly ScenarioId[];

export type Gate =
  /** The deal needs no gate (a licence, custom development, or the disclosure terms themselves). */
  | { status: 'not-gated' }
  /** Whether anything is signed is not known yet: ask. */
  | { status: 'ask' }
  /** An NDA or the deal's own terms are signed: build on. */
  | { status: 'open' }
  /** Nothing signed: put the pre-deal disclosure terms in place first. */
  | { status: 'disclosure-first'; recommend: 'pre-deal-disclosure'; why: Advice[]; priorDisclosure: boolean };

export function isGated(scenario: ScenarioId): boolean {
  return (GATED as readonly ScenarioId[]).includes(scenario);
}

export function gate(scenario: ScenarioId, r: Pick<Readiness, 'signed' | 'sent'>): Gate {
  if (!isGated(scenario)) return { status: 'not-gated' };
  if (r.signed === undefined) return { status: 'ask' };
  if (r.signed !== 'nothing') return { status: 'open' };
  const priorDisclosure = r.sent.length > 0;
  const why: Advice[] = [{ key: `prepare.gate.why.${scenario as (typeof GATED)[number]}` }];
  if (priorDisclosure) why.push({ key: 'prepare.gate.whyPrior' });
  return { status: 'disclosure-first', recommend: 'pre-deal-disclosure', why, priorDisclosure };
}
