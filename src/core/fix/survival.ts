import type { Lookup } from '../agreement/render';
import type { RenderedClause, RenderedParagraph, SurvivalNaming } from '../agreement/rendered';
import { fillTokens } from '../library/placeholders';

/**
 * The clause marked with its survival sentence: where its last paragraph opens with one of the
 * library's sentences on how long a clause lasts after the agreement ends (`groups`, each group
 * one period, the wording to keep first), filled with the clause's own values. `naming` goes with
 * it for a section joined from fixes that last differently (survival-parts.ts).
 */
export function withSurvival(groups: readonly (readonly string[])[] | undefined, clause: RenderedClause, lookup: Lookup, naming?: SurvivalNaming): RenderedClause {
  const last = clause.paragraphs.at(-1);
  if (!groups || !last || last.level !== 1) return clause;
  const fill = (form: string) => fillTokens(form, (t) => (t.kind === 'value' ? (lookup(t.name) ?? t.raw) : t.raw));
  for (const [g, group] of groups.entries()) {
    for (const form of group) {
      const said = fill(form);
      if (!last.text.startsWith(said)) continue;
      const sentence = fill(group[0]!);
      return { ...clause, survival: { period: `${g}|${sentence}`, sentence, rest: last.text.slice(said.length).trim(), ...(naming ? { naming } : {}) } };
    }
  }
  return clause;
}

/**
 * Two clauses joined into one section, each closing with a sentence that it lasts alike after the
 * agreement ends: the section says so once, at its end, in the first's wording, followed by what
 * each said of its own parts ("The restrictions on Test Data in this Section continue for 5 years ...").
 * Undefined where either has none, either is already in parts, or they last differently: then
 * survival-parts.ts names each part with its own period.
 */
export function oneSurvival(a: RenderedClause, b: RenderedClause, zh: boolean): { survival: RenderedClause['survival']; text: string } | undefined {
  if (!a.survival || !b.survival || a.survival.parts || b.survival.parts || a.survival.period !== b.survival.period) return undefined;
  const rest = [a.survival.rest, b.survival.rest].filter(Boolean);
  const survival = { ...a.survival, rest: rest.join(zh ? '' : ' ') };
  return { survival, text: [survival.sentence, ...rest].join(zh ? '' : ' ') };
}

/** A clause's own paragraphs, without the one defining its terms and, where `lasts`, without its survival paragraph. */
export function ownParagraphs(c: RenderedClause, lasts: boolean): RenderedParagraph[] {
  const body = c.local ? c.paragraphs.slice(0, -1) : c.paragraphs;
  return lasts ? body.slice(0, -1) : body;
}
