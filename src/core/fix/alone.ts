import type { RenderedClause } from '../agreement/rendered';
import type { DocModel } from '../document';
import type { Finding, ReviewResult } from '../findings';
import type { Library } from '../library';
import { fixesFor, type FixOptions } from './clause';

/**
 * The fix for one finding as it goes into the draft on its own (Word's apply-fix): in the draft's
 * language, a new section numbered after the draft's last, its terms defined in it. The comment
 * that offers the fix carries this same clause, so what the comment shows is what goes in.
 */
export function fixAlone(library: Library, review: ReviewResult, doc: DocModel, finding: Finding, options: Omit<FixOptions, 'fixing'> = {}): RenderedClause | null {
  return finding.fix ? fixesFor(library, review, doc, { ...options, fixing: [finding] })(finding.fix) : null;
}
