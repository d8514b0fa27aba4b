import type { Definition, Rule } from '../context';
import { definitionEvidence, draftingFinding } from './drafting';
import { inQuotes, listOf } from './finding';
import { alternatives, push } from './text';

/**
 * The ways a defined term may be written where it is used: "Patent(s)" as "Patent" or "Patents",
 * "Maximum Daily Quantity (MDQ)" or "Manufacture or Manufacturing" as either half, any spacing, any
 * case; a plural term in the singular ("Extension Terms" as "Extension Term(s)"); and a pair defined
 * as one ("Parent Name and Parent Marks") as either half, where each half is a name of two words or more.
 */
function usageForms(term: string): string[] {
  const base = term.replace(/\((?:s|es|ies)\)|\/(?:s|es|ies)\b/gi, '').trim();
  // The spaces before "(" are tried from the first of them only (from every one was quadratic).
  const abbr = /^(.*?)(?<!\s)\s*\(([^()]+)\)$/.exec(base);
  const halves = abbr ? [abbr[1]!, abbr[2]!] : alternatives(base).flatMap(pairHalves);
  return halves.flatMap((f) => [f, singular(f)]).map(norm).filter((f, i, all) => f.length > 1 && all.indexOf(f) === i);
}

function pairHalves(term: string): string[] {
  const halves = term.split(/(?<!\s)\s+and\s+(?=[A-Z])/);
  return halves.length === 2 && halves.every((h) => h.trim().includes(' ')) ? [term, ...halves] : [term];
}

/** The term with its last word in the singular: "Extension Terms" gives "Extension Term", "Losses" "Loss". */
function singular(term: string): string {
  return term.replace(/ies$/, 'y').replace(/(ss|x|ch|sh)es$/, '$1').replace(/(?<![su])s$/, '');
}

function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const WORD = /[A-Za-z0-9][\w.&’'-]*/g;
const TRAILING = new Set(['.', '’', "'"]);

function words(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    // Trailing full stops and apostrophes go ("Licensee." is "licensee"); most words end in neither.
    // A possessive is the word's use too: "the Contract Person's address" uses "Contract Person".
    const bare = TRAILING.has(word.charAt(word.length - 1)) ? word.replace(/(?<![.’'])[.’']+$/, '') : word;
    out.push({ word: bare.replace(/(?<=\w)['’]s$/, ''), at: m.index });
  }
  return out;
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

/** Terms defined side by side in one place, with only commas, "or" and quotes between them. */
function definedTogether(ctx: Parameters<Rule>[0], defs: Definition[]): Definition[][] {
  const groups: Definition[][] = [];
  const sorted = [...defs].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  let group: Definition[] = [];
  for (const d of sorted) {
    const prev = group[group.length - 1];
    const gap = prev && prev.paragraph === d.paragraph ? (ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(prev.end, d.start) : undefined;
    if (prev && gap !== undefined && gap.length <= 12 && /^[\s,"“”'‘’]*(?:(?:and|or)[\s"“'‘]*)?$/.test(gap)) group.push(d);
    else {
      if (group.length > 1) groups.push(group);
      group = [d];
    }
  }
  if (group.length > 1) groups.push(group);
  return groups;
}

/**
 * Defined terms used nowhere but in their own definition. One pass over the words of the text,
 * looking each word up among the terms' first words, keeps this linear in the document's length.
 */
export const unusedTerms: Rule = (ctx) => {
  // A field of a cover-page table ("Governing Law | England") is a term only where the text uses it.
  const defs = ctx.definitions.filter((d) => d.term.length > 1 && d.term.split(/\s+/).length <= 6 && !ctx.doc.paragraphs[d.paragraph]?.table);
  if (defs.length === 0) return [];
  const byFirst = new Map<string, { parts: string[]; term: string }[]>();
  for (const term of new Set(defs.map((d) => d.term))) {
    for (const f of usageForms(term)) {
      const parts = words(f).map((w) => w.word);
      if (parts.length === 0) continue;
      push(byFirst, parts[0]!, { parts, term });
    }
  }
  const plural = (w: string, want: string) => w === want || w === `${want}s` || w === `${want}es` || (want.endsWith('y') && w === `${want.slice(0, -1)}ies`);
  const used = new Set<string>();
  for (const s of ctx.sentences) {
    const ws = words(s.text);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!.word;
      for (const { parts, term } of startingWith(byFirst, w)) {
        if (used.has(term) || i + parts.length > ws.length) continue;
        const last = parts.length - 1;
        if (!parts.every((p, k) => (k === last ? plural(ws[i + k]!.word, p) : ws[i + k]!.word === p))) continue;
        const at = s.start + ws[i]!.at;
        // The term inside its own definition is not a use.
        if (!defs.some((d) => d.term === term && d.paragraph === s.paragraph && at >= d.start - 2 && at <= d.end)) used.add(term);
      }
    }
  }
  // Forms defined together ("Sale", "Sells", "Sold" means ...) are one term: any of them used uses all.
  for (const group of definedTogether(ctx, defs)) if (group.some((d) => used.has(d.term))) for (const d of group) used.add(d.term);
  const unused = [...new Set(defs.map((d) => d.term))].filter((t) => !used.has(t));
  if (unused.length === 0) return [];
  const evidence = unused.map((t) => definitionEvidence(ctx, defs.find((d) => d.term === t)!));
  return draftingFinding(ctx, 'drafting.unused-term', evidence, { terms: listOf(unused.map((t) => inQuotes(t))) }, 'low');
};
