import type { Definition, Rule } from '../context';
import { definitionEvidence, draftingFinding } from './drafting';
import { inQuotes, listOf } from './finding';
import { keyBitmap, wordKey } from './ordinary-words';
import { alternatives, push, unhyphenated } from './text';
import { usedInCompound } from './compound-uses';
import { titledItem } from './titled-items';

/**
 * The ways a defined term may be written where it is used: "Patent(s)" as "Patent" or "Patents",
 * "Maximum Daily Quantity (MDQ)" or "Manufacture or Manufacturing" as either half, any spacing, any
 * case; a plural term in the singular ("Extension Terms" as "Extension Term(s)"); and a pair defined
 * as one ("Parent Name and Parent Marks") as either half, where each half is a name of two words or more.
 */
function usageForms(term: string): string[] {
  // Its hyphens, of whatever kind, are dropped here and in the text's words (words()): "Sub-licensee" uses "Sublicensee".
  const base = unhyphenated(term.replace(/\((?:s|es|ies)\)|\/(?:s|es|ies)\b/gi, '')).trim();
  // The spaces before "(" are tried from the first of them only (from every one was quadratic).
  const abbr = /^(.*?)(?<!\s)\s*\(([^()]+)\)$/.exec(base);
  const halves = abbr ? [abbr[1]!, abbr[2]!] : alternatives(base).flatMap(pairHalves);
  return halves.flatMap((f) => [f, singular(f), headSingular(f)]).map(norm).filter((f, i, all) => f.length > 1 && all.indexOf(f) === i);
}

function pairHalves(term: string): string[] {
  const halves = term.split(/(?<!\s)\s+and\s+(?=[A-Z])/);
  return halves.length === 2 && halves.every((h) => h.trim().includes(' ')) ? [term, ...halves] : [term];
}

/** The term with its last word in the singular: "Extension Terms" gives "Extension Term", "Losses" "Loss". */
function singular(term: string): string {
  return term.replace(/ies$/, 'y').replace(/(ss|x|ch|sh)es$/, '$1').replace(/(?<![su])s$/, '');
}

/** The term with the word before its "of" in the singular: "Events of Insolvency" gives "Event of Insolvency". */
function headSingular(term: string): string {
  const at = term.indexOf(' of ');
  return at > 0 ? `${singular(term.slice(0, at))}${term.slice(at)}` : term;
}

function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

// A word, less the full stops and apostrophes that end it ("Licensee." is "licensee").
const WORD = /[A-Za-z0-9](?:[\w.&’'-]*[\w&-])?/g;
/** The only letters whose lower case holds a word character of WORD's: "İ" ("i" and a dot above) and the Kelvin sign ("k"). */
const LOWERS_TO_ASCII = /[\u0130\u212a]/;
const POSSESSIVE = /\w['’]s$/;
const APOSTROPHE_S = /['’][sS]/;

/**
 * The text's words in lower case, found in one call over the text: a call a word was most of this
 * rule's time. Text with one of the two letters whose lower case is a word character ("İ") is
 * lowered word by word, since lowering it whole would make new word characters; any other letter
 * lowers to no character of WORD's, so a curly quote or a dash no longer costs the slow path.
 */
function words(text: string): string[] {
  const ws = LOWERS_TO_ASCII.test(text) ? (text.match(WORD) ?? []).map((w) => w.toLowerCase()) : (text.toLowerCase().match(WORD) ?? []);
  // A possessive is the word's use too: "the Contract Person's address" uses "Contract Person".
  // Looked for word by word only in a text that has one.
  if (APOSTROPHE_S.test(text)) for (let i = 0; i < ws.length; i++) if (POSSESSIVE.test(ws[i]!)) ws[i] = ws[i]!.slice(0, -2);
  // "Sub-licensee" and "Sublicensee" are one word; the count of words, and so their starts, stay.
  if (text.includes('-')) for (let i = 0; i < ws.length; i++) if (ws[i]!.includes('-')) ws[i] = ws[i]!.replace(/-/g, '');
  return ws;
}

/** Where each of the text's words starts, in the order words() gives them. */
function wordStarts(text: string): number[] {
  return Array.from(text.matchAll(WORD), (m) => m.index);
}

/** The terms whose first word is this word or its singular: "Affiliates" opens "Affiliate", "Businesses" "Business". */
function startingWith<T>(byFirst: Map<string, T[]>, w: string): T[] {
  const found = byFirst.get(w);
  if (found || !w.endsWith('s')) return found ?? [];
  const s = byFirst.get(w.slice(0, -1));
  if (s || !w.endsWith('es')) return s ?? [];
  const es = byFirst.get(w.slice(0, -2));
  if (es || !w.endsWith('ies')) return es ?? [];
  return byFirst.get(`${w.slice(0, -3)}y`) ?? [];
}

/**
 * The keys of every word startingWith() can find a term for (a term's first word, in the singular
 * or the plural), so the words of the text that open no term, most of them, are passed over without
 * a lookup by their whole letters.
 */
function openingKeys(firstWords: Iterable<string>): Uint8Array {
  const forms: string[] = [];
  for (const f of firstWords) forms.push(f, `${f}s`, `${f}es`, ...(f.endsWith('y') ? [`${f.slice(0, -1)}ies`] : []));
  return keyBitmap(forms);
}

/** The term's words stand at word `i`, its last in the singular or the plural. */
function wordsAt(ws: readonly string[], i: number, parts: readonly string[], plural: (w: string, want: string) => boolean): boolean {
  const last = parts.length - 1;
  for (let k = 0; k < last; k++) if (ws[i + k] !== parts[k]) return false;
  return plural(ws[i + last]!, parts[last]!);
}

/** A term built from the one before: '(each a "Renewal Term", and together with the Initial Term, the "Term")'. */
const BUILT_FROM = /^["”’]?,?\s{0,3}(?:and\s{1,3})?(?:all\s{1,3}|collectively\s{1,3})?together\s{1,3}with\s{1,3}[^"“”]{1,50},\s{0,3}(?:the\s{1,3})?["“‘]$/i;

/**
 * Terms defined side by side in one place, with only commas, "or" and quotes between them, or one
 * built from the other ("together with the Initial Term, the "Term""): using one uses both.
 */
function definedTogether(ctx: Parameters<Rule>[0], defs: Definition[]): Definition[][] {
  const groups: Definition[][] = [];
  const sorted = [...defs].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  let group: Definition[] = [];
  for (const d of sorted) {
    const prev = group[group.length - 1];
    const gap = prev && prev.paragraph === d.paragraph ? (ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(prev.end, d.start) : undefined;
    if (prev && gap !== undefined && ((gap.length <= 12 && /^[\s,"“”'‘’]*(?:(?:and|or)[\s"“'‘]*)?$/.test(gap)) || (gap.length <= 80 && BUILT_FROM.test(gap)))) group.push(d);
    else {
      if (group.length > 1) groups.push(group);
      group = [d];
    }
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

/** A name quoted as an example of what a term covers ('marks (including, but not limited to, "Fresh Air Every Day")'): no term of its own. */
const EXAMPLE_BEFORE = /\b(?:including(?:,?\s{1,3}(?:but\s{1,3}not\s{1,3}limited\s{1,3}to|without\s{1,3}limitation))?|such\s{1,3}as|e\.\s?g\.)\s{0,3},?\s{0,3}["“]?$/i;
const quotedExample = (ctx: Parameters<Rule>[0], d: Definition) => EXAMPLE_BEFORE.test((ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - 50), d.start));

/**
 * Defined terms used nowhere but in their own definition. One pass over the words of the text,
 * looking each word up among the terms' first words, keeps this linear in the document's length.
 */
/**
 * A definition that borrows its meaning from another agreement of the deal: '"Bankruptcy Action" has
 * the meaning stated in Section 5.5 of the Trust Agreement'.
 */
const BORROWED = /^["”*]{0,3}\s{0,3}ha(?:s|ve)\s+the\s+meaning(?:s)?\s+(?:stated|set\s+(?:forth|out)|given(?:\s+to\s+(?:it|such\s+term))?|assigned(?:\s+to\s+(?:it|such\s+term))?|specified)\s+in\s+(?:Section\s+[\w.()]{1,16}\s+of\s+)?the\s+(?!Agreement\b)[A-Z]/;
/** Enough borrowed definitions that the glossary serves the deal's other agreements as well. */
const SHARED_GLOSSARY = 5;

function borrowed(d: Definition): boolean {
  const at = d.text.indexOf(d.term);
  return at >= 0 && BORROWED.test(d.text.slice(at + d.term.length, at + d.term.length + 160));
}

export const unusedTerms: Rule = (ctx) => {
  // A deal's shared glossary (a financing's definitions appendix) defines, by design, terms this
  // agreement does not use; which of them it needs is no drafting slip.
  if (ctx.definitions.filter((d) => borrowed(d)).length >= SHARED_GLOSSARY) return [];
  // A field of a cover-page table ("Governing Law | England") is a term only where the text uses it.
  const defs = ctx.definitions.filter((d) => d.term.length > 1 && d.term.split(/\s+/).length <= 6 && !ctx.doc.paragraphs[d.paragraph]?.table && !quotedExample(ctx, d) && !titledItem(ctx, d));
  if (defs.length === 0) return [];
  const byFirst = new Map<string, { parts: string[]; term: string }[]>();
  const terms = new Set(defs.map((d) => d.term));
  // Where each term is defined, to tell a use from the definition itself.
  const definedAs = new Map<string, Definition[]>();
  for (const d of defs) push(definedAs, d.term, d);
  for (const term of terms) {
    for (const f of usageForms(term)) {
      const parts = words(f);
      if (parts.length === 0) continue;
      push(byFirst, parts[0]!, { parts, term });
    }
  }
  const plural = (w: string, want: string) => w === want || w === `${want}s` || w === `${want}es` || (want.endsWith('y') && w === `${want.slice(0, -1)}ies`);
  const used = new Set<string>();
  // A word's terms, looked up once per distinct word: a draft repeats a few thousand words.
  const opened = new Map<string, { parts: string[]; term: string }[]>();
  const opening = openingKeys(byFirst.keys());
  // Indexes, not for-of: a review's code runs unoptimised, where each step of an iterator is an
  // object, and the inner loops run once a word.
  const { sentences } = ctx;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n]!;
    // Every term used: the rest of the draft cannot change the answer.
    if (used.size === terms.size) break;
    const ws = words(s.text);
    let starts: number[] | undefined;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (opening[wordKey(w)] === 0) continue;
      let starting = opened.get(w);
      if (!starting) opened.set(w, (starting = startingWith(byFirst, w)));
      for (let j = 0; j < starting.length; j++) {
        const { parts, term } = starting[j]!;
        if (used.has(term) || i + parts.length > ws.length || !wordsAt(ws, i, parts, plural)) continue;
        const at = s.start + (starts ??= wordStarts(s.text))[i]!;
        // The term inside its own definition is not a use.
        if (!definedAs.get(term)!.some((d) => d.paragraph === s.paragraph && at >= d.start - 2 && at <= d.end)) used.add(term);
      }
    }
  }
  // Forms defined together ("Sale", "Sells", "Sold" means ...) are one term: any of them used uses all.
  // So are a term and one built from it: where the Term is used, so is each Renewal Term in it.
  for (const group of definedTogether(ctx, defs)) if (group.some((d) => used.has(d.term))) for (const d of group) used.add(d.term);
  const unused = [...terms].filter((t) => !used.has(t) && !usedInCompound(ctx, t, defs));
  if (unused.length === 0) return [];
  const evidence = unused.map((t) => definitionEvidence(ctx, defs.find((d) => d.term === t)!));
  return draftingFinding(ctx, 'drafting.unused-term', evidence, { terms: listOf(unused.map((t) => inQuotes(t))) }, 'low');
};
