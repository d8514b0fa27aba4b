import type { Clause, Library } from '../library';
import type { Plan } from './plan';
import { BuildError } from './values';

/**
 * The library as its Chinese text reads, for the clauses a plan chose: the Chinese frame and answer
 * words, each clause's Chinese title and text, and each definition under its glossary name. The
 * renderer then builds Chinese terms exactly as it builds English ones, with the same numbering.
 * What the plan needs and the library has no Chinese for is named, so counsel can supply it.
 */
export function inChinese(library: Library, plan: Plan): { library: Library; plan: Plan } {
  const missing: string[] = [];
  if (!library.agreementZh) missing.push('agreementZh (library.yaml)');
  if (!library.valuesZh) missing.push('valuesZh (library.yaml)');
  const glossary = library.glossary ?? {};
  if (!library.glossary) missing.push('glossary.yaml');
  const definitions = library.definitions.map((d) => {
    const term = glossary[d.term];
    if (!term || !d.textZh) missing.push(`the definition of "${d.term}"`);
    return { term: term ?? d.term, text: d.textZh ?? d.text };
  });
  const clauses = new Map<string, Clause>();
  const planned = plan.clauses.map((p) => {
    // A variant's own English title never stands over the Chinese clause title.
    const { title: _english, ...rest } = p.variant;
    const variant = p.variant.textZh ? { ...rest, text: p.variant.textZh, ...(p.variant.titleZh ? { title: p.variant.titleZh } : {}) } : p.variant;
    if (!p.clause.titleZh || !p.variant.textZh) missing.push(`clause "${p.clause.id}", variant "${p.variant.id}"`);
    const clause = { ...p.clause, title: p.clause.titleZh ?? p.clause.title, variants: p.clause.variants.map((v) => (v.id === variant.id ? variant : v)) };
    clauses.set(clause.id, clause);
    return { ...p, clause, variant };
  });
  if (missing.length > 0) throw new BuildError(`The library has no Chinese text yet for: ${missing.join('; ')}.`);
  return {
    library: {
      ...library,
      agreement: library.agreementZh!,
      values: library.valuesZh!,
      definitions,
      clauses: library.clauses.map((c) => clauses.get(c.id) ?? c),
    },
    plan: { ...plan, clauses: planned },
  };
}
