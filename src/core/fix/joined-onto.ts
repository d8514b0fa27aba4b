import type { RenderedClause } from '../agreement/rendered';
import { parseClauseTag } from '../agreement/tag';
import type { DocModel } from '../document';
import type { Finding, ReviewResult } from '../findings';
import type { Library } from '../library';
import { fixesFor, type FixOptions } from './clause';
import type { ParagraphSpan } from './clause-span';
import { inOrder, joinable, joinClauses } from './joined';
import { coversSubject } from './kept-part';
import type { FixPlacement } from './placement';

/**
 * A click on a point whose clause already carries a change of ours made for other points (this one
 * was dismissed when that change went in, and has been restored since): the change is made again
 * as one, holding both fixes, as it would have been had the point been open then (joined.ts). Our
 * earlier paragraphs and what the draft's clause still holds go, and the joined clause takes their
 * place. Only where the join replaces the clause whole: the draft's clause now holds nothing but
 * this point's subject, its other subjects being the earlier change's. Where it would keep part of
 * the clause (a third subject, or this fix a carve-out beside what the earlier change left), the
 * cuts already made cannot be told from the draft as it reads now, so the caller refuses.
 */
export function joinedOnto(
  library: Library,
  review: ReviewResult,
  doc: DocModel,
  finding: Finding,
  clause: RenderedClause,
  placement: Extract<FixPlacement, { kind: 'whole' | 'part' }>,
  options: Omit<FixOptions, 'fixing'>,
): { clause: RenderedClause; span: ParagraphSpan; also: Finding[] } | undefined {
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
  const without = { ...doc, paragraphs: doc.paragraphs.map((p, i) => (i > span.last && i <= last ? { ...p, text: '' } : p)) };
  const fixes = fixesFor(library, review, without, { ...options, fixing: [finding, ...moved] });
  const pieces = refs.map((r) => fixes(r));
  const ours = fixes(finding.fix!);
  if (!ours || pieces.some((c) => !c)) return undefined;
  const before = (pieces as RenderedClause[]).reduce((a, b) => (joinable(a, b) ? joinClauses(...inOrder(a, b)) : a));
  if (before.clauseId !== earlier.clauseId || !joinable(before, ours)) return undefined;
  const whole = placement.kind === 'whole' || (!clause.beside && placement.part.deleted.length === 0 && placement.part.keeps.every((k) => (pieces as RenderedClause[]).some((c) => coversSubject(c.title, k))));
  if (!whole) return undefined;
  return { clause: joinClauses(...inOrder(before, ours)), span: { ...span, last }, also: points as Finding[] };
}
