import type { ReviewContext } from '../context';

// A numbered clause as a paragraph opens it: "12.3. NOTICES.", "Section 7.2 Assignment", "4. Term".
const CLAUSE_START = /^\s*((?:(?:Section|Article|Clause)\s+)?(\d{1,2})\.(?:\d{1,2}\.?)?)\s+\S/i;
// The words that name the parties at the start of an agreement.
const PREAMBLE = /\b(?:is\s+made|(?:is\s+)?entered\s+into|made\s+and\s+entered|by\s+and\s+(?:between|among))\b|\bbetween\b[^.;]{0,200}?\band\b/i;
/** The lowest clause number at which a text that names no parties is taken to begin mid-agreement. */
const LATE = 3;
/** How many words a running header or legend before the first clause may have. */
const HEADER_WORDS = 12;

/**
 * The clause number a text starts at when it is an excerpt: its first numbered clause comes late
 * (12.3) and nothing but a running header comes before it. What such a text leaves out may well be
 * in the part we were not given, so its silence proves nothing.
 */
export function excerptStart(ctx: ReviewContext): string | undefined {
  const paragraphs = ctx.doc.paragraphs;
  const first = paragraphs.findIndex((p) => CLAUSE_START.test(p.text));
  if (first < 0) return undefined;
  const m = CLAUSE_START.exec(paragraphs[first]!.text)!;
  if (Number(m[2]) < LATE) return undefined;
  // Before it only a page number or a legend ("EXECUTION COPY"): a title page, a table of contents or
  // clauses numbered another way mean the agreement is all here.
  if (paragraphs.slice(0, first).some((p) => PREAMBLE.test(p.text) || p.text.split(/\s+/).length > HEADER_WORDS)) return undefined;
  return m[1]!.replace(/\.$/, '');
}
