import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { addsClause, type Finding } from '../findings';
import type { Section, Segments } from '../review';
import { clauseSpan, type ParagraphSpan } from './clause-span';
import { partReplaced, type PartReplaced } from './kept-part';
import { subClausesReplaced } from './sub-clauses';

/**
 * Where a fix goes in the draft, decided once for the redline writer and for Word's apply-fix:
 * - `new`: a clause the draft lacks, a new section after its last;
 * - `whole`: it replaces the whole clause holding the finding's quote;
 * - `part`: it replaces only its own subject's sentences of that clause (kept-part.ts), or its
 *   own subject's lettered sub-clauses (sub-clauses.ts), its
 *   paragraphs going in after the clause, which keeps its heading, number and other subject; a
 *   carve-out (`beside`) replaces nothing and goes in after the clause it answers;
 * - `none`: it cannot go in there (the clause is numbered apart from the fix); the finding is
 *   commented on only.
 */
export type FixPlacement =
  | { kind: 'new' }
  | { kind: 'whole'; span: ParagraphSpan }
  | { kind: 'part'; span: ParagraphSpan; part: PartReplaced }
  | { kind: 'none' };

/** Whether a finding's quote still reads at its place in this draft (the review may be of another read), outside text boxes. */
export function quoteReads(doc: DocModel, f: Finding): boolean {
  return reads(doc, f) === 'body';
}

/** Whether a finding's quote reads in a text box of this draft. */
export function quoteInTextBox(doc: DocModel, f: Finding): boolean {
  return reads(doc, f) === 'box';
}

function reads(doc: DocModel, f: Finding): 'body' | 'box' | undefined {
  const ev = f.evidence[0];
  const p = ev ? doc.paragraphs[ev.paragraph] : undefined;
  if (!p || !ev || p.text.slice(ev.start, ev.end) !== ev.text) return undefined;
  return p.textBox ? 'box' : 'body';
}

/** Whether a fix for this finding goes in as a new section: the term is missing, or its quote no longer reads. */
export function addsSection(doc: DocModel, f: Finding): boolean {
  return addsClause(f) || !quoteReads(doc, f);
}

export function fixPlacement(doc: DocModel, segments: Segments, finding: Finding, clause: RenderedClause): FixPlacement {
  if (addsSection(doc, finding)) return { kind: 'new' };
  const span = clauseSpan(doc, segments.sections, finding.evidence[0]!.paragraph, 'end');
  // core/fix numbers a fix for the clause it replaces; one rendered for another clause is not put
  // here under a number its own words ("In this Section 7") would contradict.
  if (span.label && /^\d+(?:\.\d+)*$/.test(span.label) && span.label !== clause.number) return { kind: 'none' };
  if (clause.beside) return { kind: 'part', span, part: { deleted: [], keeps: [] } };
  // A heading of two subjects decides first: its sub-clauses may be on the fix's subject in words the topic's cues miss.
  const part = partReplaced(doc, segments, span, clause) ?? subClausesReplaced(doc, segments, span, finding.evidence[0]!.paragraph, clause.topic);
  return part ? { kind: 'part', span, part } : { kind: 'whole', span };
}

/** The number the first clause the draft lacks goes in under: after its highest top-level section. */
export function nextSection(sections: readonly Section[]): number {
  let last = 0;
  for (const s of sections) {
    const n = Number(/^\d+/.exec(s.label)?.[0] ?? 0);
    if (n > last && n < 1000) last = n;
  }
  return last + 1;
}
