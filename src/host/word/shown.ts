import { diffChars } from 'diff';

/**
 * Where a passage the plan read in a paragraph's accepted text (tracked deletions gone) lies in the
 * text Word shows, which keeps deleted text: [start, end) in the shown text, and where the passage
 * holds deleted text, the end of its first undeleted stretch and the start of its last, which are
 * what Word's search can find. Null where the passage is not in the accepted text at its place, or
 * starts or ends inside deleted text (the words to search for are not there as read).
 */
export function shownStretch(
  shown: string,
  accepted: string,
  passage: { start: number; text: string },
  length: number,
): { start: number; end: number; head: { end: number; tail: number } | null } | null {
  const from = accepted.slice(passage.start, passage.start + passage.text.length) === passage.text ? passage.start : accepted.indexOf(passage.text);
  if (from < 0 || length === 0) return null;
  // Each accepted character's place in the shown text, and which shown characters are deleted.
  const place: number[] = [];
  const gone: boolean[] = [];
  for (const part of diffChars(shown, accepted)) {
    if (part.added) return null;
    for (let k = 0; k < part.value.length; k++) {
      if (!part.removed) place.push(gone.length);
      gone.push(Boolean(part.removed));
    }
  }
  const start = place[from];
  const last = place[from + length - 1];
  if (start === undefined || last === undefined) return null;
  const end = last + 1;
  let headEnd = start;
  while (headEnd < end && !gone[headEnd]) headEnd++;
  if (headEnd === end) return { start, end, head: null };
  let tail = end;
  while (tail > start && !gone[tail - 1]) tail--;
  return { start, end, head: { end: headEnd, tail } };
}
