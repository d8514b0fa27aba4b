import type { Library } from '../../../core/library';
import { reviewLibrary } from '../../../cli/review-library';
import type { FixSource, Playbooks } from '../../../core/review';

/**
 * What a review takes from the clause library, which is all the worker is sent of it: which clause
 * fixes what and the deals' playbooks (a fifth of the library; the clause texts stay on the page).
 */
export interface ReviewPart {
  fixSource: FixSource;
  playbooks: Playbooks;
}

const parts = new WeakMap<Library, ReviewPart>();

/** The same object for the same library, so a worker that has it is not sent it again (runWork.ts). */
export function reviewPart(library: Library): ReviewPart {
  let part = parts.get(library);
  if (!part) {
    const { fixSource, playbooks } = reviewLibrary(library);
    part = { fixSource, playbooks };
    parts.set(library, part);
  }
  return part;
}
