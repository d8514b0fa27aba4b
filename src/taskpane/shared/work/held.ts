import type { DocModel } from '../../../core/document';
import type { ReviewPart } from './reviewPart';
import { KEPT, type ReviewRequest, type SentReview } from './protocol';

/**
 * What a worker holds between requests, so the page names it instead of copying it again: the
 * library part the last review used, and the documents the page will ask about again. The page's
 * record of it (runWork.ts) and the worker itself (worker.ts) both change it only through these
 * steps, so the two never disagree.
 */
export interface Held {
  doc?: DocModel;
  /** The draft's other language version, opened as a second file. */
  counterpart?: DocModel;
  library?: ReviewPart;
}

/** Where a document read or reviewed sits: the draft, or its other language version. */
export type DocSlot = 'doc' | 'counterpart';

const SLOTS: readonly DocSlot[] = ['doc', 'counterpart'];

/** A file read: a new draft replaces the documents held before it; its other language version only its own. */
export function afterRead(held: Held, slot: DocSlot, doc: DocModel): Held {
  if (slot === 'counterpart') return { ...held, counterpart: doc };
  return held.library ? { doc, library: held.library } : { doc };
}

/**
 * A review answered: the library stays, as the next review needs it; each document stays only where
 * `keep` names it. A document the host reads afresh for every review (Word) is a new copy each time,
 * never named again, so the worker lets go of it once it has replied rather than when it goes quiet.
 */
function afterReview(used: Held, keep: readonly DocSlot[]): Held {
  const next: Held = used.library ? { library: used.library } : {};
  for (const slot of keep) if (used[slot]) next[slot] = used[slot];
  return next;
}

/**
 * The page's side: the review request as sent, with what the worker holds named, not copied, and
 * the documents it should keep (those `steady` says the page will send again as the same copy).
 */
export function nameHeld(request: ReviewRequest, held: Held, steady: (doc: DocModel) => boolean): { sent: SentReview; next: Held } {
  const { doc, counterpart, library, ...rest } = request;
  const keep = SLOTS.filter((slot) => {
    const d = request[slot];
    return d !== undefined && steady(d);
  });
  const sent: SentReview = { ...rest, doc: held.doc === doc ? KEPT : doc, keep };
  if (counterpart) sent.counterpart = held.counterpart === counterpart ? KEPT : counterpart;
  if (library) sent.library = held.library === library ? KEPT : library;
  return { sent, next: afterReview({ doc, counterpart, library: library ?? held.library }, keep) };
}

/**
 * The worker's side: the request with what it holds put back in place of the names, and what it
 * holds once it has replied; null when the page named something it does not hold.
 */
export function takeHeld(sent: SentReview, held: Held): { request: ReviewRequest; next: Held } | null {
  const { doc: d, counterpart: c, library: l, keep, ...rest } = sent;
  const doc = d === KEPT ? held.doc : d;
  const counterpart = c === KEPT ? held.counterpart : c;
  const library = l === KEPT ? held.library : l;
  if (!doc || (c === KEPT && !counterpart) || (l === KEPT && !library)) return null;
  const request: ReviewRequest = { ...rest, doc, ...(counterpart ? { counterpart } : {}), ...(library ? { library } : {}) };
  return { request, next: afterReview({ doc, counterpart, library: library ?? held.library }, keep) };
}
