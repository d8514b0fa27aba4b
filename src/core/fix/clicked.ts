import type { RenderedClause } from '../agreement/rendered';
import { holdsFix, parseClauseTag } from '../agreement/tag';
import type { DocModel } from '../document';
import type { Finding, FixRef, ReviewResult } from '../findings';
import { segment } from '../review/segment';
import { fixesFor, type FixOptions } from './clause';
import type { ParagraphSpan } from './clause-span';
import { fixOutcomes } from './outcomes';
import { fixPlacement, type FixPlacement } from './placement';
import { joinedOnto, withoutOurs } from './joined-onto';
import { inDraftStyleAt } from './in-draft-style';
import type { Library } from '../library';

/**
 * What one click on "apply fix" puts into the draft open in Word, decided as the
 * redline decides it for the same open points (outcomes.ts), so the two never differ:
 * - `apply`: `clause` goes where `placement` says; where other open points' fixes fall on the same
 *   clause, `clause` is the one change that holds them all (joined.ts) and `also` names those points;
 * - `in`: a change of ours holding this point's fix already stands in the draft (an earlier click
 *   put it in, alone or joined with another's), so nothing more goes in;
 *   Where the clause already carries a change of ours for other points that does not hold this
 *   one's fix (it was dismissed when that change went in), that change is made again as one that
 *   holds them all, in place of our earlier paragraphs (joined-onto.ts);
 * - `changed`: as that, where the earlier change cannot be made again with this fix (its points
 *   are not in this review, or the fixes cannot be joined): a second change to the same clause
 *   would fight the first, so nothing goes in and the point stays a comment;
 * - `covered`: another open point's fix rewrites the clause this one would, and the two cannot be
 *   joined; this point stays a comment, as in the redline.
 */
export type ClickedFix =
  | { kind: 'apply'; clause: RenderedClause; placement: FixPlacement; also: Finding[] }
  | { kind: 'in' }
  | { kind: 'changed' }
  | { kind: 'covered'; by: Finding };

/**
 * The fix one click on `finding` puts in. `open` are the review's points not dismissed, in the
 * review's order, their quotes read at their place in `doc` (the draft as it stands now, tracked
 * changes accepted). Null where the library has no clause for it.
 */
export function clickedFix(library: Library, review: ReviewResult, doc: DocModel, finding: Finding, open: readonly Finding[], options: Omit<FixOptions, 'fixing'> = {}): ClickedFix | null {
  const clicked = clickedIn(library, review, doc, finding, open, options);
  // The clause reads numbered the draft's way, as the redline writes it.
  if (clicked?.kind !== 'apply') return clicked;
  const { placement } = clicked;
  // Numbered as though our earlier paragraphs, which it takes the place of, were gone: their labels are free again.
  const seen = placement.kind === 'part' && placement.earlier ? withoutOurs(doc, placement.earlier) : doc;
  return { ...clicked, clause: inDraftStyleAt(seen, clicked.clause, placement) };
}

function clickedIn(library: Library, review: ReviewResult, doc: DocModel, finding: Finding, open: readonly Finding[], options: Omit<FixOptions, 'fixing'>): ClickedFix | null {
  if (!finding.fix) return null;
  if (standsIn(doc, finding.fix)) return { kind: 'in' };
  const fixes = fixesFor(library, review, doc, { ...options, fixing: [finding] });
  const clause = fixes(finding.fix);
  if (!clause) return null;
  const segments = segment(doc);
  const placement = fixPlacement(doc, segments, finding, clause);
  const alone: ClickedFix = { kind: 'apply', clause, placement, also: [] };
  if (placement.kind !== 'whole' && placement.kind !== 'part') return alone;
  if (!ours(doc, finding.evidence[0]!.paragraph) && changedByUs(doc, placement.span)) {
    // A change of ours for other points stands on this clause: made again as one with this fix, where that is safe.
    const onto = joinedOnto(library, review, doc, finding, clause, placement, options);
    return onto ? { kind: 'apply', ...onto } : { kind: 'changed' };
  }
  // This point among the open ones whose fixes are not in yet, in the review's order (the redline's).
  const going = open.some((f) => f.id === finding.id) ? open.map((f) => (f.id === finding.id ? finding : f)) : [finding, ...open];
  const together = going.filter((f) => f === finding || (f.fix && !standsIn(doc, f.fix)));
  const outcomes = fixOutcomes(doc, segments, together.map((f) => ({ finding: f, clause: f.fix && fixes(f.fix) })));
  const own = outcomes.find((o) => o.finding === finding);
  if (own?.kind === 'covered') return { kind: 'covered', by: own.by };
  const lead = own?.kind === 'joined' ? outcomes.find((o) => o.finding === own.by) : own;
  if (lead?.kind !== 'replace') return alone;
  const also = outcomes.flatMap((o) => (o.kind === 'joined' && o.by === lead.finding && o.finding !== finding ? [o.finding] : []));
  return {
    kind: 'apply',
    clause: lead.clause,
    // The clause's Chinese version apart from it goes with the change, to be conformed to it, as in the redline.
    placement: { ...(lead.part ? { kind: 'part', span: lead.span, part: lead.part } : { kind: 'whole', span: lead.span }), ...(lead.conform ? { conform: lead.conform } : {}) },
    also: lead.finding === finding ? also : [lead.finding, ...also],
  };
}

/** Whether a clause of ours holding this fix stands in the draft: a control tagged with its clause and variant, alone or joined. */
function standsIn(doc: DocModel, fix: FixRef): boolean {
  return doc.paragraphs.some((p) => holdsFix(p.contentControl?.tag, fix));
}


const ours = (doc: DocModel, i: number): boolean => Boolean(parseClauseTag(doc.paragraphs[i]?.contentControl?.tag));

/**
 * Whether a change of ours already stands in the draft's clause `span`: one of our clauses inside
 * it, or right after it numbered beside it (a fix that replaced part of the clause follows it, its
 * paragraphs "7.2A", "7.2B" or "7.3", beside-label.ts; under an article, "7.3" on from its paragraphs).
 * A passage in one of our own clauses is another matter: Word's apply-fix replaces that clause whole.
 */
function changedByUs(doc: DocModel, span: ParagraphSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (ours(doc, i)) return true;
  const after = doc.paragraphs[span.last + 1];
  if (!span.label || !after || !ours(doc, span.last + 1)) return false;
  const dot = span.label.lastIndexOf('.');
  const under = after.text.startsWith(span.label) && !/\d/.test(after.text.charAt(span.label.length));
  return under || (dot > 0 && after.text.startsWith(span.label.slice(0, dot + 1)));
}
