import type { DocModel } from './document';
import { fnv1aHex } from './hash';
import { findParties, openingSentences } from './review/parties';
import { segment } from './review/segment';

/** Enough paragraphs for a title block, a cover page, a contents list and the preamble: the body is never read. */
const HEAD_PARAGRAPHS = 60;

/** A contents entry ("1.<tab>Definitions<tab>3"): its number is no section, so it must not end the opening. */
function isContentsEntry(p: DocModel['paragraphs'][number]): boolean {
  return /^toc\b/i.test(p.style ?? '') || /\t\d{1,4}$/.test(p.text.trimEnd());
}

/**
 * The key for what we keep per document in the browser (dismissed findings, the side chosen): the
 * parties its opening introduces, then the opening itself (title, date, preamble, recitals, up to
 * the first numbered section). Two deals on one template differ in both; the body, where a draft
 * is negotiated, is left out, so edits there keep the key. Short names are not needed: no definitions.
 */
export function documentKey(doc: DocModel): string {
  const head: DocModel = { paragraphs: doc.paragraphs.slice(0, HEAD_PARAGRAPHS).filter((p) => !isContentsEntry(p)) };
  const { sentences } = segment(head);
  const opening = openingSentences(sentences);
  const parties = findParties(sentences, []);
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  return fnv1aHex(parties.map((p) => words(p.name).toLowerCase()).join('\n')) + fnv1aHex(opening.map((s) => words(s.text)).join('\n'));
}
