import type { Library } from '../core/library';
import type { FixSource, Playbooks } from '../core/review';

/** What a review takes from the clause library: which clause fixes what, and the deals' playbooks. */
export interface ReviewLibrary {
  fixSource: FixSource;
  playbooks: Playbooks;
}

/**
 * The review's view of a library, a small part of it: the bundle carries this for every review and
 * reads the whole library (clause texts in both languages) only for a report, a redline or a build.
 */
export function reviewLibrary(library: Library): ReviewLibrary {
  const clauses = library.clauses.map((c) => ({
    id: c.id,
    topic: c.topic,
    variants: c.variants.map((v) => ({ id: v.id, stance: v.stance, ...(v.applies ? { applies: v.applies } : {}) })),
  }));
  const playbooks: Playbooks = {};
  for (const s of library.scenarios) playbooks[s.id] = s.playbook as Playbooks[typeof s.id];
  return { fixSource: { ...(library.review ? { review: library.review } : {}), clauses }, playbooks };
}
