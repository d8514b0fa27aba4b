import { plan as planTerms, refusal, renderIn, resolveAnswers, type Answers, type AnswerIssue, type Plan, type RenderedTerms } from '../../core/agreement';
import type { Library } from '../../core/library';

/**
 * `zh`: the Chinese text of a bilingual agreement, paragraph for paragraph with `terms`. `refused`:
 * the plan leaves a required topic without a clause, so nothing is built (see `refusal`).
 */
export type Built =
  | { ok: true; plan: Plan; terms: RenderedTerms; zh?: RenderedTerms }
  | { ok: false; issues: AnswerIssue[] }
  | { ok: false; refused: Plan }
  | { ok: false; error: string };

/** The plan with the variants the user switched to; the builder rejects a switch whose requirements are missing. */
function withOverrides(p: Plan, overrides: Record<string, string>): Plan {
  return {
    ...p,
    clauses: p.clauses.map((c) => {
      const variant = overrides[c.clause.id] && c.clause.variants.find((v) => v.id === overrides[c.clause.id]);
      return variant ? { ...c, variant } : c;
    }),
  };
}

/** The terms the Build pane shows for the answers, or why there are none. */
export function build(library: Library, answers: Answers, overrides: Record<string, string>): Built {
  const resolved = resolveAnswers(library, answers);
  if (!resolved.ok) return resolved;
  try {
    const p = withOverrides(planTerms(library, resolved.answers), overrides);
    if (refusal(p)) return { ok: false, refused: p };
    return { ok: true, plan: p, ...renderIn(library, p, resolved.answers) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
