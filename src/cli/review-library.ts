import type { Library } from '../core/library';
import type { FixSource, Playbooks } from '../core/review';

/** The clauses' titles and the variants' names, so the command line's text names a fix as a lawyer knows it. */
export type ClauseNames = { id: string; title: string; titleZh?: string; variants: { id: string; nameZh?: string; title?: string; titleZh?: string }[] }[];

/** What a review takes from the clause library: which clause fixes what, the deals' playbooks and the clauses' names. */
export interface ReviewLibrary {
  fixSource: FixSource;
  playbooks: Playbooks;
  names: ClauseNames;
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
  const names: ClauseNames = library.clauses.map((c) => ({
    id: c.id,
    title: c.title,
    ...(c.titleZh ? { titleZh: c.titleZh } : {}),
    variants: c.variants.map((v) => ({ id: v.id, ...(v.nameZh ? { nameZh: v.nameZh } : {}), ...(v.title ? { title: v.title } : {}), ...(v.titleZh ? { titleZh: v.titleZh } : {}) })),
  }));
  return { fixSource: { ...(library.review ? { review: library.review } : {}), clauses }, playbooks, names };
}
