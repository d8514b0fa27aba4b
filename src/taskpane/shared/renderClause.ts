import { plan as planTerms, presetAnswers, render, type RenderedClause, type RenderedTerms } from '../../core/agreement';
import type { DocModel } from '../../core/document';
import { roleForSide, type RoleId, type ScenarioId } from '../../core/scenarios';
import { clauseById, type Library } from '../../core/library';
import { openingParties, withParties } from '../../core/fix';

export interface OneClause {
  scenario: ScenarioId | null;
  role?: RoleId;
  /** The document whose opening names the parties, when there is one. */
  doc?: DocModel;
  clauseId: string;
  variantId: string;
  companyName: string;
  /** 'A' or 'B' when the role is not known: our usual side from settings. */
  side?: 'A' | 'B' | '';
}

/** One clause variant rendered as it would be in terms built for this deal, with the terms it sits in. */
export function renderOne(library: Library, o: OneClause): { terms: RenderedTerms; clause: RenderedClause } | null {
  const clause = clauseById(library, o.clauseId);
  const variant = clause?.variants.find((v) => v.id === o.variantId);
  const scenario = o.scenario ?? variant?.applies?.scenarios?.[0] ?? library.scenarios[0]?.id;
  if (!clause || !variant || !scenario) return null;
  try {
    let answers = presetAnswers(library, scenario);
    const role = o.role ?? (o.side ? roleForSide(scenario, o.side) : undefined);
    if (role) answers = { ...answers, ourRole: role };
    if (o.doc) {
      const { parties, opening } = openingParties(o.doc);
      answers = withParties(answers, parties, o.companyName, opening);
    }
    const planned = planTerms(library, answers);
    const entry = planned.clauses.find((c) => c.clause.id === clause.id);
    const clauses = entry
      ? planned.clauses.map((c) => (c === entry ? { ...c, variant } : c))
      : [...planned.clauses, { clause, variant, reason: { key: 'build.reason.required' as const }, alternatives: [] }].sort((a, b) => a.clause.order - b.clause.order);
    const terms = render(library, { ...planned, clauses }, answers, { blanks: true });
    const rendered = terms.clauses.find((c) => c.clauseId === clause.id);
    return rendered ? { terms, clause: rendered } : null;
  } catch {
    return null;
  }
}
