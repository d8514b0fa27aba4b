import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import { addsClause, type Finding } from '../findings';
import { t, type Locale } from '../i18n';
import type { Segments } from '../review';
import type { ParagraphSpan } from './clause-span';
import type { ConformSpan } from './twin-apart';
import type { PartReplaced } from './kept-part';
import { fixPlacement } from './placement';
import { quoteReads } from './quote-place';
import { inOrder, joinable, joinClauses, joinParts, joinSpans } from './joined';

/**
 * What becomes of one point's fix when the fixes of several go in together, decided once for the
 * redline, the issues list and the report, so all three say the same:
 * - `new`: its clause goes in as a new section (or, where the caller places it so, beside a text box);
 * - `replace`: its clause replaces the clause `span` (with `part`, only its own subject's part;
 *   with `conform`, the clause's Chinese version apart from it, to be conformed to the fix);
 * - `same`: the same clause goes in for an earlier point (`by`), and answers this one too;
 * - `joined`: another point's fix (`by`) replaces the same clause of the draft, `span`; the two
 *   go in as one change (joined.ts), under `by`'s outcome, whose clause then holds both;
 * - `covered`: another point's fix (`by`) already replaces the clause `span` this fix would
 *   replace, and the two cannot be joined (a fix in two languages, one numbered for another
 *   section, a text box), so this point is a comment only;
 * - `comment`: no clause, or none with a place here (`twin`: the clause has its other-language
 *   version elsewhere, which a fix in one language would leave saying something else).
 * `quote` is the paragraph its quote reads at in the draft's body, where it does.
 */
export type FixOutcome =
  | { kind: 'new'; finding: Finding; clause: RenderedClause; quote?: number; box?: ParagraphSpan }
  | { kind: 'replace'; finding: Finding; clause: RenderedClause; quote: number; span: ParagraphSpan; part?: PartReplaced; conform?: ConformSpan }
  | { kind: 'same'; finding: Finding; by: Finding; quote?: number }
  | { kind: 'joined'; finding: Finding; by: Finding; span: ParagraphSpan; quote: number }
  | { kind: 'covered'; finding: Finding; by: Finding; span: ParagraphSpan; quote: number }
  | { kind: 'comment'; finding: Finding; quote?: number; twin?: true };

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
 * Each point's outcome, in the order given: a clause goes in once, and a clause of the draft is
 * changed once: a second fix for it joins the first (the first's outcome then carries both).
 */
export function fixOutcomes(doc: DocModel, segments: Segments, proposed: readonly Proposed[], besideBox?: BesideBox): FixOutcome[] {
  const taken: { span: ParagraphSpan; by: Finding }[] = [];
  const fixedBy = new Map<string, Finding>();
  const out: FixOutcome[] = [];
  const overlapping = (span: ParagraphSpan) => taken.find((t) => t.span.first <= span.last && span.first <= t.span.last);
  for (const { finding, clause } of proposed) {
    const quote = quoteReads(doc, finding) ? finding.evidence[0]!.paragraph : undefined;
    const at = quote === undefined ? {} : { quote };
    const key = clause ? `${clause.clauseId}/${clause.variantId}` : '';
    const earlier = fixedBy.get(key);
    if (clause && earlier) {
      out.push({ kind: 'same', finding, by: earlier, ...at });
      continue;
    }
    const placement = clause ? fixPlacement(doc, segments, finding, clause) : undefined;
    if (clause && placement?.kind === 'new') {
      fixedBy.set(key, finding);
      const box = quote === undefined && !addsClause(finding) ? besideBox?.(finding, clause, (s) => Boolean(overlapping(s))) : undefined;
      if (box) taken.push({ span: box, by: finding });
      out.push({ kind: 'new', finding, clause, ...at, ...(box ? { box } : {}) });
      continue;
    }
    const span = placement?.kind === 'whole' || placement?.kind === 'part' ? placement.span : undefined;
    if (!clause || !span || quote === undefined) {
      out.push({ kind: 'comment', finding, ...at, ...(placement?.kind === 'none' && placement.twin ? { twin: true as const } : {}) });
      continue;
    }
    const part = placement?.kind === 'part' ? placement.part : undefined;
    const other = overlapping(span);
    const first = other && out.find((o): o is Extract<FixOutcome, { kind: 'replace' }> => o.kind === 'replace' && o.finding === other.by);
    if (other && first && joinable(first.clause, clause)) {
      // The two go in as one change to the clause: the first's outcome now carries both.
      const both = joinSpans(first.span, span);
      // A carve-out takes nothing out of the clause: what goes is what the other takes (the whole clause where it rewrites it whole).
      const parts = clause.beside ? first.part : first.clause.beside ? part : joinParts(doc, first.part, part);
      const { part: _one, ...rest } = first;
      out[out.indexOf(first)] = { ...rest, clause: joinClauses(...inOrder(first.clause, clause)), span: both, ...(parts ? { part: parts } : {}) };
      other.span = both;
      fixedBy.set(key, other.by);
      out.push({ kind: 'joined', finding, by: other.by, span: both, quote });
      continue;
    }
    if (other) {
      out.push({ kind: 'covered', finding, by: other.by, span: other.span, quote });
      continue;
    }
    fixedBy.set(key, finding);
    taken.push({ span, by: finding });
    const conform = placement?.kind === 'whole' || placement?.kind === 'part' ? placement.conform : undefined;
    out.push({ kind: 'replace', finding, clause, quote, span, ...(part ? { part } : {}), ...(conform ? { conform } : {}) });
  }
  // A change joined by later fixes spans what all of them replace.
  return out.map((o) => (o.kind === 'joined' ? { ...o, span: taken.find((t) => t.by === o.by)!.span } : o));
}

/** The clause a change replaces, as the reader reads it: "Section 7.2" where it is numbered, else its paragraph. */
export function clauseName(span: ParagraphSpan, locale: Locale): string {
  return span.label ? t(locale, 'io.report.sectionLabel', { label: span.label }) : t(locale, 'io.report.sectionParagraph', { n: span.first + 1 });
}
