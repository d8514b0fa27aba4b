import type { RenderedClause } from '../agreement/rendered';
import { parseClauseTag } from '../agreement/tag';
import type { DocModel, DocParagraph } from '../document';
import type { Finding, ReviewResult } from '../findings';
import type { Library } from '../library';
import { fixesFor, type FixOptions } from './clause';
import { inOrder, joinable, joinClauses } from './joined';
import { coversSubject } from './kept-part';
import type { FixPlacement } from './placement';

/**
 * A click on a point whose clause already carries a change of ours made for other points (this one
 * was dismissed when that change went in, and has been restored since): the change is made again
 * as one, holding both fixes, as it would have been had the point been open then (joined.ts).
 * - Where what the draft's clause still holds is this point's subject alone (its other subjects
 *   being the earlier change's), the joined clause replaces the clause whole, our earlier
 *   paragraphs with it.
 * - Else the clause keeps what is not this point's (a third subject; or all of it, this fix being a
 *   carve-out): only this fix's own passages go, as read now (the earlier change's cuts are made
 *   already and stand), our earlier paragraphs go, and the joined clause follows the clause where
 *   they stood (`earlier`). The subjects the earlier fixes cover are not kept, nor said to be.
 * Undefined, for the caller to refuse, where the earlier change cannot be made again from this
 * review (its points are not in it) or the fixes cannot be joined.
 */
export function joinedOnto(
  library: Library,
  review: ReviewResult,
  doc: DocModel,
  finding: Finding,
  clause: RenderedClause,
  placement: Extract<FixPlacement, { kind: 'whole' | 'part' }>,
  options: Omit<FixOptions, 'fixing'>,
): { clause: RenderedClause; placement: Extract<FixPlacement, { kind: 'whole' | 'part' }>; also: Finding[] } | undefined {
  const { span } = placement;
  // Our earlier change: right after the clause, numbered under it, the clause before it kept.
  const tag = doc.paragraphs[span.last + 1]?.contentControl?.tag;
  const earlier = parseClauseTag(tag);
  if (!earlier || span.first > span.last || doc.paragraphs.slice(span.first, span.last + 1).some((p) => parseClauseTag(p.contentControl?.tag))) return undefined;
  let last = span.last + 1;
  while (doc.paragraphs[last + 1]?.contentControl?.tag === tag) last++;
  const variants = earlier.variantId.split('+');
  const refs = earlier.clauseId.split('+').map((clause, i) => ({ clause, variant: variants[i] ?? '' }));
  const points = refs.map((r) => review.findings.find((f) => f.fix?.clause === r.clause && f.fix.variant === r.variant));
  if (points.some((p) => !p || p.id === finding.id)) return undefined;
  // The earlier fixes, rendered as for this clause (their quotes are gone: they read where this point's does)
  // and from the draft without our earlier paragraphs, which go, so the terms they defined are defined again.
  const quote = finding.evidence[0]!;
  const moved = (points as Finding[]).map((p) => ({ ...p, evidence: [quote] }));
  const without = withoutOurs(doc, { first: span.last + 1, last });
  const fixes = fixesFor(library, review, without, { ...options, fixing: [finding, ...moved] });
  const pieces = refs.map((r) => fixes(r));
  const ours = fixes(finding.fix!);
  if (!ours || pieces.some((c) => !c)) return undefined;
  const before = (pieces as RenderedClause[]).reduce((a, b) => (joinable(a, b) ? joinClauses(...inOrder(a, b)) : a));
  if (before.clauseId !== earlier.clauseId || !joinable(before, ours)) return undefined;
  const joined = joinClauses(...inOrder(before, ours));
  const covered = (k: string) => (pieces as RenderedClause[]).some((c) => coversSubject(c.title, k));
  const also = points as Finding[];
  if (placement.kind === 'whole' || (!clause.beside && placement.part.deleted.length === 0 && placement.part.keeps.every(covered)))
    return { clause: joined, placement: { kind: 'whole', span: { ...span, last } }, also };
  const part = { deleted: placement.part.deleted, keeps: placement.part.keeps.filter((k) => !covered(k)) };
  return { clause: joined, placement: { kind: 'part', span, part, earlier: { first: span.last + 1, last, tag: tag! } }, also };
}

/** The draft with our paragraphs `first` to `last` read as gone: empty, unlabelled. */
export function withoutOurs(doc: DocModel, { first, last }: { first: number; last: number }): DocModel {
  const gone = ({ listLabel: _label, ...p }: DocParagraph): DocParagraph => ({ ...p, text: '' });
  return { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i >= first && i <= last ? gone(p) : p)) };
}
