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
const ELSEWHERE = /^\s*(?:of|under|in)\s+(?!this\b|these\b|the\s+Agreement\b)(?:the\s+)?(?:[A-Z]|\d)/;

/** Section numbers the draft itself has: list labels and numbered paragraphs. */
function sectionNumbers(ctx: Parameters<Rule>[0]): Set<string> {
  const out = new Set<string>();
  const add = (label: string | undefined) => {
    const m = label && new RegExp(`(${NUMBER})`).exec(label);
    if (m) out.add(m[1]!.replace(/\.$/, ''));
  };
  for (const p of ctx.doc.paragraphs) {
    add(p.listLabel);
    const lead = new RegExp(String.raw`^\s*(?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+)?(${NUMBER})\.?\s`).exec(p.text);
    if (lead) out.add(lead[1]!);
  }
  for (const s of ctx.sentences) add(s.section);
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
  for (const h of hits(ctx, REFERENCE)) {
    if (ELSEWHERE.test(h.sentence.text.slice(h.index + h.text.length))) continue;
    const numbers = h.match[1]!.match(new RegExp(NUMBER, 'g')) ?? [];
    const absent = numbers.filter((n) => {
      // Where the draft numbers only top-level sections, "4.2" is checked as "4".
      const want = deep ? n : n.split('.')[0]!;
      return !known.has(want);
    });
    if (absent.length === 0) continue;
    absent.forEach((n) => missing.add(n));
    broken.push(h);
  }
  return draftingHits(ctx, 'drafting.cross-reference', broken, { refs: listOf(ctx, [...missing]) });
};
