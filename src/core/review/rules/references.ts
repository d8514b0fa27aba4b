import type { ReviewContext, Sentence } from '../context';
import { labelAt, NUMBER, type Numbering } from './numbering';

// Reading the references a draft makes to its own sections: "Section 4.2", "Clauses 10 - 13",
// "Sections 2.2 or 9.14", "9.13 (Binding Effect)", and bare "pursuant to 15.2, 15.4". What is
// wrong with them is cross-references.ts.

/** A reference word before a number: "Section 4.2", "Clauses 10 - 13", "Articles 2 through 4". */
const KEYWORD = /\b(?:Sections?|SECTIONS?|Clauses?|CLAUSES?|Articles?|ARTICLES?|Paragraphs?|PARAGRAPHS?)\s+(?=\d)/g;
// Sub-items in either case: "3(a)", "3(A)-(C)".
const ITEM = new RegExp(String.raw`(${NUMBER})((?:\s*\([A-Za-z0-9]{1,4}\)|\.[a-z](?![a-z]))*)`, 'y');
/**
 * The heading a reference names: "9.13 (Binding Effect)", "6.7 (Production of Witnesses; Records;
 * Cooperation)". Long headings are common in the other agreement a list points to, and a title
 * missed there breaks the list before the "of the Separation Agreement" that ends it.
 */
// Gaps are bounded: a sticky pattern tried at every space of a long run would be quadratic.
const TITLE = /\s{0,20}\(([A-Z][A-Za-z'’&,;\- ]{2,100})\)/y;
/** Between items: "4, 5 and 7", "2.2 or Section 9.14", "10 - 13", "2 through 4". */
const SEPARATOR =
  /\s{0,20}(?:,\s{0,20}(?:and\s{1,20}|or\s{1,20})?|(?:and|or|&)\s{1,20}|(through|to|-|–)\s{0,20})(?:(?:Sections?|SECTIONS?|Clauses?|CLAUSES?|Articles?|ARTICLES?|Paragraphs?)\s{1,20})?(?=\d)/y;
/** "within 4.2 to 30 days": a quantity, not a section. */
const QUANTITY = /^\s*(?:%|per\s?cent|percent|days?|business|calendar|months?|years?|hours?|weeks?)\b/i;
/**
 * "Section 365(n) of the Bankruptcy Code", "Section 2 of the Purchase Agreement", "Section 4.6 or 4.7,
 * respectively, of the applicable Transfer Agreement": another text. And
 * "Section 47, Township 4 South, Range 10 East": a section of the land survey, in a description of land.
 */
// "(?:,\s*)?", not ",?\s*": the leading spaces are taken once, so a long run of them is not re-tried.
const ELSEWHERE = /^\s*(?:\([^()]{1,60}\)\s*)*(?:[-–]\d|U\.?\s?S\.?\s?C|(?:,\s*)?(?:thereof|therein|thereunder|Township|Twp\.?)\b|(?:,\s*)?(?:respectively,?\s*)?(?:of|under)\s+(?!this\b|these\b|the\s+Agreement\b)(?:the\s+)?(?:[A-Z]|\d))/i;
/**
 * "Section 1.2 of" at the end of a paragraph: the filing's page footer or legend cuts the sentence
 * before the agreement it names, so whose section it is cannot be told.
 */
const CUT_OFF = /^\s*(?:,\s*)?(?:of|under)\s*$/i;
/** "12 U.S.C. Section 1467a", "REPS Act Section 352", "21 C.F.R. Sections 210": a statute. */
const STATUTE_BEFORE = /(?:(?:Schedule|Exhibit|Appendix|Annex)\s+[\w-]+,|U\.\s?S\.\s?C\.?|C\.\s?F\.\s?R\.?|\bAct|\bCode|\bLaw|\bRegulations?|\bRules?|\bTitle\s+\w+)[,\s]*$/;
/**
 * "as described in that Section 2.2.1": the section of another agreement the sentence has just
 * named. Not "provided that Section 5 survives", where "that" opens a clause.
 */
const THAT_ONE = /\b(?:in|under|to|of|by|with)\s+that\s+$/i;
/** A connector before numbers with no "Section": "pursuant to 15.2". */
const BARE_REF = /\b(?:pursuant\s+to|in\s+accordance\s+with|under)\s+(?=\d{1,2}\.\d)/g;

interface Item {
  number: string;
  sub: string;
  title?: string;
  /** The item closes a range begun by the one before: "10 - 13". */
  rangeEnd?: boolean;
}

export interface Reference {
  sentence: Sentence;
  index: number;
  end: number;
  items: Item[];
}

/** The items of a reference from `at`: numbers, sub-clauses, named headings, lists and ranges. */
function readItems(text: string, from: number): { items: Item[]; at: number } {
  let at = from;
  const items: Item[] = [];
  let rangeEnd = false;
  for (;;) {
    ITEM.lastIndex = at;
    const m = ITEM.exec(text);
    if (!m || (items.length > 0 && QUANTITY.test(text.slice(ITEM.lastIndex)))) break;
    at = ITEM.lastIndex;
    const item: Item = { number: m[1]!, sub: m[2]!.replace(/\s+/g, ''), ...(rangeEnd ? { rangeEnd } : {}) };
    TITLE.lastIndex = at;
    const title = TITLE.exec(text);
    if (title && title[1]!.length > 2) {
      item.title = title[1]!.trim();
      at = TITLE.lastIndex;
    }
    items.push(item);
    SEPARATOR.lastIndex = at;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    rangeEnd = sep[1] !== undefined;
    at = SEPARATOR.lastIndex;
  }
  return { items, at };
}

/** Every reference to a section of this draft, read item by item so lists and ranges are whole. */
export function references(ctx: ReviewContext, n: Numbering): Reference[] {
  const out: Reference[] = [];
  for (const s of ctx.sentences) {
    KEYWORD.lastIndex = 0;
    for (let k = KEYWORD.exec(s.text); k; k = KEYWORD.exec(s.text)) {
      const { items, at } = readItems(s.text, k.index + k[0].length);
      KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, at);
      if (items.length === 0) continue;
      const end = at;
      if (ELSEWHERE.test(s.text.slice(end)) || CUT_OFF.test(s.text.slice(end))) continue;
      const lead = s.text.slice(Math.max(0, k.index - 40), k.index);
      if (STATUTE_BEFORE.test(lead) || THAT_ONE.test(lead)) continue;
      // A label written "Section 8. Termination" is not a reference to itself.
      const from = s.start + k.index;
      // The last label up to the keyword's end, found by halves among the sorted labels: a pass over
      // every label for each reference grew with references times labels.
      const label = labelAt(n, s.paragraph, from + k[0].length);
      if (label && label.paragraph === s.paragraph && label.offset >= from) continue;
      out.push({ sentence: s, index: k.index, end, items });
    }
  }
  return out;
}

/**
 * "pursuant to 15.2, 15.3 or 15.4": numbers without the word "Section", read only where each is a
 * sub-section number the draft has, so "under 2.5 kg" or an amount is never one.
 */
export function bareReferences(ctx: ReviewContext, n: Numbering): Reference[] {
  const out: Reference[] = [];
  for (const s of ctx.sentences) {
    // exec, not matchAll: a review's code runs unoptimised, where matchAll copies the pattern each call.
    BARE_REF.lastIndex = 0;
    for (let m = BARE_REF.exec(s.text); m; m = BARE_REF.exec(s.text)) {
      const index = m.index + m[0].length;
      const { items, at } = readItems(s.text, index);
      if (items.length === 0 || items.some((i) => !i.number.includes('.') || !n.byLabel.has(i.number))) continue;
      if (QUANTITY.test(s.text.slice(at)) || ELSEWHERE.test(s.text.slice(at))) continue;
      out.push({ sentence: s, index, end: at, items });
    }
  }
  return out;
}


/** The numbers a reference names, with the ones inside a range: "10 - 13" names 11 and 12 too. */
export function cited(r: Reference): string[] {
  const out: string[] = [];
  r.items.forEach((item, i) => {
    const prev = r.items[i - 1];
    if (item.rangeEnd && prev && /^\d+$/.test(prev.number) && /^\d+$/.test(item.number)) {
      for (let k = Number(prev.number) + 1; k < Number(item.number) && k - Number(prev.number) < 20; k++) out.push(String(k));
    }
    out.push(item.number);
  });
  return out;
}
