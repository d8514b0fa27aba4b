import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { listOf } from './finding';
import { hits, type Hit } from './text';

const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3}){0,4}`;
/** "Section 4.2", "Sections 5, 7 and 9", "Clause 3(b)", "Articles 2 through 4". */
const REFERENCE = new RegExp(
  String.raw`\b(?:Sections?|SECTIONS?|Clauses?|Articles?|Paragraphs?)\s+(${NUMBER}(?:\s*\([a-z0-9]{1,4}\))*(?:\s*(?:,|and|or|through|to|-|–)\s*${NUMBER}(?:\s*\([a-z0-9]{1,4}\))*)*)`,
  'g',
);
/** "Section 365(n) of the Bankruptcy Code", "Section 2 of the Purchase Agreement": another text. */
// "(?:,\s*)?", not ",?\s*": the leading spaces are taken once, so a long run of them is not re-tried.
const ELSEWHERE = /^\s*(?:\([^()]{1,60}\)\s*)*(?:[-–]\d|U\.?\s?S\.?\s?C|(?:,\s*)?(?:thereof|therein|thereunder)\b|(?:,\s*)?(?:of|under)\s+(?!this\b|these\b|the\s+Agreement\b)(?:the\s+)?(?:[A-Z]|\d))/i;
/** "12 U.S.C. Section 1467a", "REPS Act Section 352", "21 C.F.R. Sections 210": a statute. */
const STATUTE_BEFORE = /(?:(?:Schedule|Exhibit|Appendix|Annex)\s+[\w-]+,|U\.\s?S\.\s?C\.?|C\.\s?F\.\s?R\.?|\bAct|\bCode|\bLaw|\bRegulations?|\bRules?|\bTitle\s+\w+)[,\s]*$/;
/** A contract rarely has a hundred sections; higher numbers are statutes ("Section 409A"). */
const MAX_SECTION = 60;
/** A dotted number before a capitalised word: a section label run into the text ("Products 6.1 Newegg grants"). */
const INLINE = new RegExp(String.raw`\b(\d{1,3}(?:\.\d{1,3}){1,4})\.?(?=\s+["“(]?[A-Z])`, 'g');
/**
 * A top-level number after a sentence end or a wide gap: "... as provided in Section 18. 23. Notices".
 * A gap is matched only from its first space: tried from every space of a long run it was quadratic.
 */
const TOP_INLINE = /(?:^|[.;:]\s+|(?<!\s)\s{2,})(\d{1,2})\.(?=\s+["“(]?[A-Z])/g;
/** ... unless a reference word comes first ("Sections 5.1 and 6.1 Newegg"). */
const REFERENCE_BEFORE = /(?:Sections?|SECTIONS?|Articles?|Clauses?|Paragraphs?|\band|\bor|\bto|\bthrough|,|&|[-–])\s*$/;
/** More missing numbers than this share of all referenced ones means we misread the numbering. */
const UNRELIABLE = 0.25;

/** The number in a list label; compiled once, not once a paragraph. */
const LABEL_NUMBER = new RegExp(`(${NUMBER})`);
/** Markdown headings and bold labels ("## 1.", "**2.1**") number sections too. */
const LEAD = new RegExp(String.raw`^[\s#*_]*(?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+)?(${NUMBER})\.?[*_]*\s`);

/** Section numbers the draft itself has: list labels and numbered paragraphs. */
function sectionNumbers(ctx: Parameters<Rule>[0]): Set<string> {
  const out = new Set<string>();
  const add = (label: string | undefined) => {
    const m = label && LABEL_NUMBER.exec(label);
    if (m) out.add(m[1]!.replace(/\.$/, ''));
  };
  for (const p of ctx.doc.paragraphs) {
    add(p.listLabel);
    const lead = LEAD.exec(p.text);
    if (lead) out.add(lead[1]!);
    INLINE.lastIndex = 0;
    for (let m = INLINE.exec(p.text); m; m = INLINE.exec(p.text)) {
      if (!REFERENCE_BEFORE.test(p.text.slice(Math.max(0, m.index - 12), m.index))) out.add(m[1]!);
    }
    TOP_INLINE.lastIndex = 0;
    for (let m = TOP_INLINE.exec(p.text); m; m = TOP_INLINE.exec(p.text)) {
      if (!REFERENCE_BEFORE.test(p.text.slice(Math.max(0, m.index - 12), m.index + 1))) out.add(m[1]!);
    }
  }
  for (const s of ctx.sentences) add(s.section);
  // "6.1.2" means there is a 6.1 and a 6.
  for (const n of [...out]) {
    const parts = n.split('.');
    for (let i = 1; i < parts.length; i++) out.add(parts.slice(0, i).join('.'));
  }
  return out;
}

/** References to sections that the draft does not have. */
export const crossReferences: Rule = (ctx) => {
  const known = sectionNumbers(ctx);
  // A draft whose numbering we cannot see (few numbered paragraphs) cannot be checked.
  if (known.size < 3) return [];
  const deep = [...known].some((n) => n.includes('.'));
  const broken: Hit[] = [];
  const missing = new Set<string>();
  const referenced = new Set<string>();
  for (const h of hits(ctx, REFERENCE)) {
    if (ELSEWHERE.test(h.sentence.text.slice(h.index + h.text.length))) continue;
    if (STATUTE_BEFORE.test(h.sentence.text.slice(Math.max(0, h.index - 40), h.index))) continue;
    const numbers = h.match[1]!.match(new RegExp(NUMBER, 'g')) ?? [];
    numbers.forEach((n) => referenced.add(n));
    const absent = numbers.filter((n) => {
      if (Number(n.split('.')[0]) > MAX_SECTION) return false;
      // Where the draft numbers only top-level sections, "4.2" is checked as "4".
      const want = deep ? n : n.split('.')[0]!;
      return !known.has(want);
    });
    if (absent.length === 0) continue;
    absent.forEach((n) => missing.add(n));
    broken.push(h);
  }
  // Real drafts have a stray broken reference or two; many means our section model is wrong.
  if (missing.size > Math.max(2, referenced.size * UNRELIABLE)) return [];
  return draftingHits(ctx, 'drafting.cross-reference', broken, { refs: listOf(ctx, [...missing]) });
};
