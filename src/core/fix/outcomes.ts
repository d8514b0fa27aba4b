import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { addsClause, type Finding } from '../findings';
import { t, type Locale } from '../i18n';
import type { Segments } from '../review';
import type { ParagraphSpan } from './clause-span';
import type { PartReplaced } from './kept-part';
import { fixPlacement } from './placement';
import { quoteReads } from './quote-place';

/**
 * What becomes of one point's fix when the fixes of several go in together, decided once for the
 * redline, the issues list and the report, so all three say the same:
 * - `new`: its clause goes in as a new section (or, where the caller places it so, beside a text box);
 * - `replace`: its clause replaces the clause `span` (with `part`, only its own subject's part);
 * - `same`: the same clause goes in for an earlier point (`by`), and answers this one too;
 * - `covered`: another point's fix (`by`) already replaces the clause `span` this fix would
 *   replace; two clauses cannot both replace it, so this point is a comment only;
 * - `comment`: no clause, or none with a place here.
 * `quote` is the paragraph its quote reads at in the draft's body, where it does.
 */
export type FixOutcome =
  | { kind: 'new'; finding: Finding; clause: RenderedClause; quote?: number; box?: ParagraphSpan }
  | { kind: 'replace'; finding: Finding; clause: RenderedClause; quote: number; span: ParagraphSpan; part?: PartReplaced }
  | { kind: 'same'; finding: Finding; by: Finding; quote?: number }
  | { kind: 'covered'; finding: Finding; by: Finding; span: ParagraphSpan; quote: number }
  | { kind: 'comment'; finding: Finding; quote?: number };

export interface Proposed {
  finding: Finding;
  clause?: RenderedClause | null;
}

/**
 * Where a new section would go beside the text box holding a finding's quote, as the paragraphs it
 * takes (the redline reads this from the file's XML); undefined where it goes as a new section.
 */
export type BesideBox = (finding: Finding, clause: RenderedClause, taken: (span: ParagraphSpan) => boolean) => ParagraphSpan | undefined;

/**
 * Each point's outcome, in the order given (the first of two fixes for one clause goes in): a clause
 * goes in once, and a clause of the draft is replaced by one fix only.
 */
export function fixOutcomes(doc: DocModel, segments: Segments, proposed: readonly Proposed[], besideBox?: BesideBox): FixOutcome[] {
  const taken: { span: ParagraphSpan; by: Finding }[] = [];
  const fixedBy = new Map<string, Finding>();
  const overlapping = (span: ParagraphSpan) => taken.find((t) => t.span.first <= span.last && span.first <= t.span.last);
  return proposed.map(({ finding, clause }): FixOutcome => {
    const quote = quoteReads(doc, finding) ? finding.evidence[0]!.paragraph : undefined;
    const at = quote === undefined ? {} : { quote };
    const key = clause ? `${clause.clauseId}/${clause.variantId}` : '';
    const earlier = fixedBy.get(key);
    if (clause && earlier) return { kind: 'same', finding, by: earlier, ...at };
    const placement = clause ? fixPlacement(doc, segments, finding, clause) : undefined;
    if (clause && placement?.kind === 'new') {
      fixedBy.set(key, finding);
      const box = quote === undefined && !addsClause(finding) ? besideBox?.(finding, clause, (s) => Boolean(overlapping(s))) : undefined;
      if (box) taken.push({ span: box, by: finding });
      return { kind: 'new', finding, clause, ...at, ...(box ? { box } : {}) };
    }
    const span = placement?.kind === 'whole' || placement?.kind === 'part' ? placement.span : undefined;
    if (!clause || !span || quote === undefined) return { kind: 'comment', finding, ...at };
    const other = overlapping(span);
    if (other) return { kind: 'covered', finding, by: other.by, span: other.span, quote };
    fixedBy.set(key, finding);
    taken.push({ span, by: finding });
    return { kind: 'replace', finding, clause, quote, span, ...(placement?.kind === 'part' ? { part: placement.part } : {}) };
  });
}

/** The clause a change replaces, as the reader reads it: "Section 7.2" where it is numbered, else its paragraph. */
export function clauseName(span: ParagraphSpan, locale: Locale): string {
  return span.label ? t(locale, 'io.report.sectionLabel', { label: span.label }) : t(locale, 'io.report.sectionParagraph', { n: span.first + 1 });
}
