import type { RenderedClause, RenderedTerms } from './rendered';

/** How a built clause reads in the document: a heading, then "label<tab>text" per paragraph. */
export function clauseHeading(clause: RenderedClause): string {
  return `${clause.number}.\t${clause.title}`;
}

export function clauseParagraphs(clause: RenderedClause): string[] {
  return [clauseHeading(clause), ...clause.paragraphs.map((p) => `${p.label}\t${p.text}`)];
}

/** The paragraphs before the numbered sections: the title, then the preamble. */
export function openingParagraphs(terms: RenderedTerms): string[] {
  return [terms.title, ...terms.preamble].filter((t) => t.trim().length > 0);
}
