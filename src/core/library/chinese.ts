import type { LibraryIssue } from './issues';
import type { Clause, Library } from './library';
import type { Variant } from './schema';
import { tokensOf } from './placeholders';
import { layoutOf } from './layout';

/**
 * Checks of the Chinese text against the English it renders. The two texts of a bilingual
 * agreement must fill the same blanks, number the same paragraphs and state the same figures, and a
 * defined term must read the one way the glossary gives; a difference in any of these is the kind
 * of discrepancy a tribunal reading both texts has to resolve.
 */
export function checkChinese(library: Library, files: { definitions: string; library: string; glossary: string }, glossaryBroken: boolean): LibraryIssue[] {
  const issues: LibraryIssue[] = [];
  const glossary = library.glossary;
  if (!glossary && !glossaryBroken && hasChinese(library)) issues.push({ file: files.glossary, key: 'library.zh.noGlossary' });
  // Two terms read alike in Chinese would merge in the Chinese text what the English keeps apart.
  const seen = new Map<string, string>();
  for (const [term, zh] of Object.entries(glossary ?? {})) {
    const other = seen.get(zh);
    if (other !== undefined) issues.push({ file: files.glossary, field: `terms.${term}`, key: 'library.zh.sameRendering', params: { term, other, zh } });
    else seen.set(zh, term);
  }

  for (const d of library.definitions) {
    if (d.textZh === undefined) continue;
    const at = { file: files.definitions, field: `terms: ${d.term}` };
    if (glossary && glossary[d.term] === undefined) issues.push({ ...at, key: 'library.zh.unglossed', params: { term: d.term } });
    issues.push(...comparePair(d.text, d.textZh).map((x) => ({ ...at, ...x })));
  }
  for (const [part, en, zh] of [['agreementZh', library.agreement, library.agreementZh], ['valuesZh', library.values, library.valuesZh]] as const)
    if (en && zh) issues.push(...walk(en, zh, part).map((x) => ({ file: files.library, ...x })));
  for (const c of library.clauses) for (const v of c.variants) issues.push(...checkVariant(c, v, glossary));
  return issues;
}

function hasChinese(library: Library): boolean {
  return (
    library.agreementZh !== undefined ||
    library.valuesZh !== undefined ||
    library.definitions.some((d) => d.textZh !== undefined) ||
    library.clauses.some((c) => c.titleZh !== undefined || c.variants.some((v) => v.textZh !== undefined))
  );
}

function checkVariant(c: Clause, v: Variant, glossary: Record<string, string> | undefined): LibraryIssue[] {
  if (v.textZh === undefined) return [];
  const textZh = v.textZh;
  const at = { file: c.file, clause: c.id, variant: v.id, field: 'textZh' };
  const issues: Omit<LibraryIssue, 'file'>[] = comparePair(v.text, textZh);
  // The Chinese reader sees the variant by name, as the English reader sees its id as words.
  if (v.nameZh === undefined) issues.push({ key: 'library.zh.variantName', field: 'nameZh' });
  const en = shapeOf(v.text);
  const zh = shapeOf(textZh);
  if (en !== zh) issues.push({ key: 'library.zh.layout', params: { en, zh } });
  if (glossary)
    for (const term of v.terms ?? []) {
      const rendering = glossary[term];
      if (rendering === undefined) issues.push({ key: 'library.zh.unglossed', params: { term } });
      else if (!textZh.includes(rendering)) issues.push({ key: 'library.zh.termMissing', params: { term, zh: rendering } });
    }
  return issues.map((x) => ({ ...at, ...x }));
}

/** The paragraph and sub-clause layout in a line: "¶ (a) (b) ¶" for a paragraph with two sub-clauses, then another. */
function shapeOf(text: string): string {
  return layoutOf(text)
    .map((b) => b.label ?? '¶')
    .join(' ');
}

/** Pairs the English and Chinese wording of the frame or the answers by field, as far as both go. */
function walk(en: unknown, zh: unknown, field: string): Omit<LibraryIssue, 'file'>[] {
  if (typeof en === 'string' && typeof zh === 'string') return comparePair(en, zh).map((x) => ({ field, ...x }));
  if (Array.isArray(en) && Array.isArray(zh)) {
    if (en.length !== zh.length) return [{ field, key: 'library.zh.count', params: { en: en.length, zh: zh.length } }];
    return en.flatMap((x, i) => walk(x, zh[i], `${field}[${i}]`));
  }
  if (en && zh && typeof en === 'object' && typeof zh === 'object') {
    const z = zh as Record<string, unknown>;
    return Object.entries(en).flatMap(([k, x]) => (k in z ? walk(x, z[k], `${field}.${k}`) : []));
  }
  return [];
}

/** The placeholders and references, and the figures, that an English text and its Chinese must share. */
function comparePair(en: string, zh: string): Omit<LibraryIssue, 'file'>[] {
  const issues: Omit<LibraryIssue, 'file'>[] = [];
  const enTokens = tokensOf(en).map((t) => t.raw.replace(/\s+/g, ''));
  const zhTokens = tokensOf(zh).map((t) => t.raw.replace(/\s+/g, ''));
  const missing = unmatched(enTokens, zhTokens);
  const extra = unmatched(zhTokens, enTokens);
  if (missing.length + extra.length > 0) issues.push({ key: 'library.zh.tokens', params: { missing: listed(missing), extra: listed(extra) } });
  const enNumbers = numbersOf(en);
  const zhNumbers = numbersOf(zh);
  const lost = unmatched(enNumbers, zhNumbers);
  const added = unmatched(zhNumbers, enNumbers);
  if (lost.length + added.length > 0) issues.push({ key: 'library.zh.numbers', params: { missing: listed(lost), extra: listed(added) } });
  return issues;
}

/**
 * The Arabic numerals in a text, thousands separators dropped: "thirty (30) days" and "30日内"
 * both give 30. Numbers written only in words are left out; clause text gives figures in digits.
 */
export function numbersOf(text: string): string[] {
  const plain = text.normalize('NFKC').replace(/\{\{[^{}]*\}\}/g, ' ');
  return [...plain.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0].replace(/,/g, ''));
}

/** The items of `a` left over once each is matched with an equal item of `b` (multiset difference). */
function unmatched(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function listed(items: readonly string[]): string {
  return items.length > 0 ? items.join(', ') : '-';
}
