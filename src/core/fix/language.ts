import type { DocModel } from '../document';
import type { Clause, Library, Variant } from '../library';
import { languageOf, languagePairs, mainLanguage } from '../review/bilingual/pairs';

/** The language a fix is written in: the draft's own, whatever the reader's. */
export type FixLanguage = 'en' | 'zh';
/** A fix's languages: one, or both in turn (each English paragraph followed by its Chinese), as a bilingual draft is written. */
export type FixLanguages = FixLanguage | 'both';

/**
 * The language most of the draft's paragraphs are written in; undefined where neither leads (a
 * bilingual draft written in turn, an empty one), for the caller to choose. A draft whose two
 * versions stand apart is fixed in its English (twin-apart.ts), whichever has a paragraph more.
 */
export function draftLanguage(doc: DocModel): FixLanguage | undefined {
  return bilingualApart(doc) ? 'en' : mainLanguage(doc);
}

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

/**
 * Whether the draft gives its provisions in English and Chinese in turn: each English paragraph
 * followed by its Chinese. A fix to such a draft is written in both, the same way. A draft whose
 * Chinese follows the whole English text, or one that quotes the other language here and there,
 * is not written so; nor, for now, one that sets the two side by side in a table's cells, where a
 * fix would need a row of its own.
 */
export function bilingualInTurn(doc: DocModel): boolean {
  const pairs = languagePairs(doc);
  if (pairs.length < MIN_PAIRS) return false;
  const together = pairs.filter((p) => p.zh.index === p.en.index + 1 && !p.en.table);
  let zh = 0;
  for (const p of doc.paragraphs) if (languageOf(p.text) === 'zh') zh++;
  // Most of its Chinese paragraphs pair with their English, and most pairs stand together.
  return pairs.length * 2 >= zh && together.length * 2 >= pairs.length;
}

/**
 * Whether the draft gives its provisions in both languages, each apart from its other-language
 * version: side by side in a table's cells, or the whole English text then the whole Chinese.
 */
export function bilingualApart(doc: DocModel): boolean {
  const pairs = languagePairs(doc);
  if (pairs.length < MIN_PAIRS) return false;
  const apart = pairs.filter((p) => p.en.table !== undefined || Math.abs(p.zh.index - p.en.index) > 1);
  return apart.length * 2 > pairs.length;
}

/** Fewer provisions in both languages than this is a quote or two, not a bilingual draft. */
const MIN_PAIRS = 3;
