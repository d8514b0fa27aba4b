import type { RenderedClause, RenderedParagraph, RenderedTerms } from './rendered';

/** How a built clause reads in the document: a heading, then "label<tab>text" per paragraph. */
export function clauseHeading(clause: RenderedClause): string {
  if (clause.headingLabel) return `${clause.headingLabel}${clause.title}`;
  return clause.number ? `${clause.number}.\t${clause.title}` : clause.title;
}

/** A paragraph as it reads: its label, then its text after a tab (or the draft's own gap, in-draft-style.ts). */
export function labelledText(clause: RenderedClause, p: RenderedParagraph): string {
  return p.label ? `${p.label}${clause.labelGap ?? '\t'}${p.text}` : p.text;
}

export function clauseParagraphs(clause: RenderedClause): string[] {
  return clauseLines(clause).map((l) => l.text);
}

/** As clauseParagraphs, saying which lines are "(a)" sub-clauses, which every writer indents. */
export function clauseLines(clause: RenderedClause): { text: string; sub: boolean }[] {
  return [{ text: clauseHeading(clause), sub: false }, ...clause.paragraphs.map((p) => ({ text: labelledText(clause, p), sub: p.level === 2 }))];
}

/**
 * Where an "(a)" sub-clause stands, in twips: its text 24 mm in, its label hanging 10 mm before it.
 * The .docx writer, the redline and the Word host lay sub-clauses out alike.
 */
export const SUB_CLAUSE_INDENT = { left: 1361, hanging: 567 } as const;

/** The paragraphs before the numbered sections: the title, the preamble, then the recitals. */
export function openingParagraphs(terms: RenderedTerms): string[] {
  const recitals = terms.recitals
    ? [terms.recitals.title, ...terms.recitals.paragraphs.map((p) => `${p.label}\t${p.text}`), terms.recitals.agree]
    : [];
  return [terms.title, ...terms.preamble, ...recitals].filter((t) => t.trim().length > 0);
}

/** The line a signature, a name or a date is written on where the answers leave it blank. */
export const SIGNATURE_LINE = '_________________________';

/** The signature page as paragraphs to insert into a document: a line to write on for each blank. */
export function signingParagraphs(terms: RenderedTerms): string[] {
  if (!terms.signing) return [];
  return [terms.signing.intro, ...terms.signing.blocks.flatMap((b) => [b.heading, ...b.lines.map((l) => `${l.label}:\t${l.value || SIGNATURE_LINE}`)])];
}

/** The signature page after the last section, as plain paragraphs: lead-in, then each party's block. */
export function closingParagraphs(terms: RenderedTerms): string[] {
  if (!terms.signing) return [];
  return [terms.signing.intro, ...terms.signing.blocks.flatMap((b) => [b.heading, ...b.lines.map((l) => `${l.label}:\t${l.value}`)])];
}
