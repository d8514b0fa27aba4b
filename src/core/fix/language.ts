import type { DocModel } from '../document';
import type { Clause, Library, Variant } from '../library';
import { mainLanguage } from '../review/bilingual/pairs';

/** The language a fix is written in: the draft's own, whatever the reader's. */
export type FixLanguage = 'en' | 'zh';

/**
 * The language most of the draft's paragraphs are written in; undefined where neither leads (a
 * bilingual draft, an empty one), for the caller to choose.
 */
export const draftLanguage: (doc: DocModel) => FixLanguage | undefined = mainLanguage;

/** The clause and variant as the library's Chinese reads them; null where it has no Chinese for them. */
export function chineseVariant(clause: Clause, variant: Variant): { clause: Clause; variant: Variant } | null {
  if (!variant.textZh || !clause.titleZh) return null;
  // A variant's own English title never stands over the Chinese clause title.
  const { title: _english, ...rest } = variant;
  return {
    clause: { ...clause, title: clause.titleZh },
    variant: { ...rest, text: variant.textZh, ...(variant.titleZh ? { title: variant.titleZh } : {}) },
  };
}

/**
 * The library's defined terms and defining sentences as its Chinese reads: each term under its
 * glossary name with its Chinese definition (those it has no Chinese for left out, so a Chinese
 * clause never defines a term in English), and the Chinese frame's wording for local definitions.
 */
export function chineseTerms(library: Library): Library {
  const glossary = library.glossary ?? {};
  const definitions = library.definitions.flatMap((d) => {
    const term = glossary[d.term];
    return term && d.textZh ? [{ ...d, term, text: d.textZh }] : [];
  });
  return { ...library, definitions, ...(library.agreementZh ? { agreement: library.agreementZh } : {}) };
}
