import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding, ReviewResult } from '../findings';
import type { Library } from '../library';
import { fixesFor, type FixOptions } from './clause';
import { inDraftStyleAt } from './in-draft-style';
import { fixPlacement } from './placement';
import { segment } from '../review/segment';

/**
 * The fix for one finding as it goes into the draft on its own (Word's apply-fix): in the draft's
 * language, a new section numbered after the draft's last, its terms defined in it. The comment
 * that offers the fix carries this same clause, so what the comment shows is what goes in, numbered
 * the draft's way.
 */
export function fixAlone(library: Library, review: ReviewResult, doc: DocModel, finding: Finding, options: Omit<FixOptions, 'fixing'> = {}): RenderedClause | null {
  const clause = finding.fix ? fixesFor(library, review, doc, { ...options, fixing: [finding] })(finding.fix) : null;
  if (!clause) return null;
  // Numbered the draft's way where it goes in new or whole, as the redline writes it (in-draft-style.ts).
  const placement = fixPlacement(doc, segment(doc), finding, clause);
  return inDraftStyleAt(doc, clause, placement);
}
