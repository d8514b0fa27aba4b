import { plan as planTerms, presetAnswers, render, type RenderedClause } from '../../core/build';
import type { DocModel } from '../../core/document';
import type { FixRef, ReviewResult } from '../../core/findings';
import { clauseById, type Library } from '../../core/library';
import { buildContext } from '../../core/review';
import { withParties } from '../build/draft';

/**
 * The vetted clause for a finding, filled for this draft: the scenario's preset answers with the
 * parties named in the draft and our side from the review, the clause in the variant the finding
 * names. null when the library cannot fill it for this deal (the caller then offers no fix).
 */
export function renderFix(library: Library, review: ReviewResult, doc: DocModel, fix: FixRef, companyName: string): RenderedClause | null {
  const clause = clauseById(library, fix.clause);
  const variant = clause?.variants.find((v) => v.id === fix.variant);
  const scenario = review.scenario ?? variant?.applies?.scenarios?.[0];
  if (!clause || !variant || !scenario) return null;
  try {
    let answers = presetAnswers(library, scenario);
    if (review.role) answers = { ...answers, ourRole: review.role };
    answers = withParties(answers, buildContext(doc).ctx.parties, companyName);
    const planned = planTerms(library, answers);
    const entry = planned.clauses.find((c) => c.clause.id === clause.id);
    const clauses = entry
      ? planned.clauses.map((c) => (c === entry ? { ...c, variant } : c))
      : [...planned.clauses, { clause, variant, reason: { key: 'build.reason.required' as const }, alternatives: [] }].sort((a, b) => a.clause.order - b.clause.order);
    const terms = render(library, { ...planned, clauses }, answers);
    return terms.clauses.find((c) => c.clauseId === clause.id) ?? null;
  } catch {
    return null;
  }
}
