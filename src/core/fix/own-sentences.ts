import type { DocModel } from '../document';
import type { Finding } from '../findings';
import type { Segments } from '../review';
import type { Sentence } from '../review/context';
import { detectTopics } from '../review/topics';
import { TOPIC_IDS, type TopicId } from '../topics';
import type { ParagraphSpan } from './clause-span';
import type { PartReplaced, TextRange } from './kept-part';

type Side = 'ours' | 'theirs';

/** A sentence that leans on the one before it ("However, ...", "Such results ...", "This restriction ..."): it goes with that one. */
const LEANS = /^(?:however|but|such|this(?!\s{1,4}agreement)|that|these|those|it|they|the\s{1,4}(?:foregoing|above|same)|in\s{1,4}(?:that|such|each)\s{1,4}case|if\s{1,4}so|otherwise|accordingly|nor|notwithstanding\s{1,4}the\s{1,4}foregoing|provided\s{1,4}that)\b/i;
/** A sentence that points back to what the one before says ("certify that it has done so"). */
const REFERS_BACK = /\b(?:do(?:ne)?\s{1,4}so|such|the\s{1,4}same|thereof|therein|thereto)\b/i;
/** A duty or a bar of its own: what a party shall, must or may not do. */
const DUTY = /\b(?:shall|must|will\s{1,4}not|may\s{1,4}not|is\s{1,4}not\s{1,4}permitted|agrees?\s{1,4}not)\b/i;
/** A sub-clause's own letter or numeral label that opens a sentence: "(c) ", "d) ". */
const ITEM = /^\s{0,4}\(?[a-z]{1,4}\)\s/i;
/** A typed label that opens a paragraph ("3.1 ", "(b) "): a clause's number stays with the clause. */
const LABEL = /^\s{0,4}(?:\(?[a-z]{1,4}\)|\(?\d{1,3}(?:\.\d{1,3}){0,4}[.)]?)\s{1,4}/i;

/**
 * What a fix takes out of a clause that holds, beside the point it answers, duties on other subjects
 * in sentences of their own ("Evaluator shall not reverse engineer the Samples. Evaluator shall not
 * disclose the results of any test. Evaluator shall not sell a competing cell."): only the quoted
 * sentences and the others on the fix's topic go, each whole; the rest stay, so a fix for locked
 * test results never takes the other side's reverse-engineering or non-compete protections with
 * it (a lawyer would call that overreach). A sentence that leans on the one before goes with it,
 * and so do a list's items with their lead-in.
 * Undefined, for the clause to go whole, where no sentence of another subject stands as a duty of
 * its own, or the subject cannot be read (a fix of no review topic). `keeps` names the sentences
 * that stay.
 */
export function ownSentences(doc: DocModel, { sentences }: Segments, span: ParagraphSpan, finding: Finding, topic: string): PartReplaced | undefined {
  if (!(TOPIC_IDS as readonly string[]).includes(topic)) return undefined;
  const inSpan = sentences.filter((s) => s.paragraph >= span.first && s.paragraph <= span.last);
  if (inSpan.length < 2) return undefined;
  const onTopic = detectTopics(inSpan)[topic as TopicId].evidence;
  const has = (s: Sentence, at: { paragraph: number; start: number; end?: number }) => at.paragraph === s.paragraph && at.start < s.end && (at.end ?? at.start + 1) > s.start;
  const ours = (s: Sentence) => finding.evidence.some((e) => !e.counterpart && has(s, e)) || onTopic.some((e) => has(s, e));
  // On another subject: a term of another topic, or a duty that stands on its own words.
  const apart = (s: Sentence) => Object.values(detectTopics([s])).some((p) => p.evidence.length > 0) || (DUTY.test(s.text) && !REFERS_BACK.test(s.text));
  const ends = (before: Sentence | undefined, marks: readonly string[]) => marks.some((e) => (before?.text.trimEnd() ?? '').endsWith(e));
  const LISTED = [':', '：', ';', '; and', '; or'];
  // A list's items go with its lead-in: after a colon or a semicolon, or opening in lower case.
  const continues = (opening: string, before: Sentence | undefined) => /^[a-z]/.test(opening) || ends(before, LISTED) || LEANS.test(opening);
  // A sub-clause of its own ("(c) Should it be necessary ...") after a full stop: a provision apart, not the tail of the one before.
  const ownItem = (s: Sentence, i: number) => ITEM.test(s.text) && /[.。]$/.test(inSpan[i - 1]?.text.trimEnd() ?? '');
  const forced = new Set<number>();
  const decide = (): (Side | 'title')[] => {
    let last: Side | undefined;
    const sides = inSpan.map((s, i): Side | 'title' | undefined => {
      const opening = s.text.replace(LABEL, '');
      // A run-in heading ("Restrictions.") stays as the clause's title.
      if (i === 0 && s.paragraph === span.first && !DUTY.test(opening) && opening.split(/\s{1,4}/).length <= 6) return 'title';
      const side = ours(s) || forced.has(i) ? 'ours' : last && continues(opening, inSpan[i - 1]) ? last : apart(s) || ownItem(s, i) ? 'theirs' : last;
      if (side) last = side;
      return side;
    });
    // Opening sentences of no subject of their own go with what they lead into: the first sentence after them that has one.
    return sides.map((x, i) => x ?? sides.slice(i).find((y): y is Side => y === 'ours' || y === 'theirs') ?? 'ours');
  };
  let sides = decide();
  // Where an item of a list is ours, so is the list's lead-in (the sentence ending on a colon before
  // its items), and with it the list's other items: a lead-in left with no items reads as nothing.
  for (let again = true; again; ) {
    again = false;
    sides.forEach((side, i) => {
      if (side !== 'ours') return;
      let k = i - 1;
      while (k >= 0 && sides[k] === 'theirs' && ends(inSpan[k], [';', '; and', '; or'])) k--;
      if (k >= 0 && sides[k] === 'theirs' && ends(inSpan[k], [':', '：']) && !forced.has(k)) again = Boolean(forced.add(k));
    });
    if (again) sides = decide();
  }
  const deleted: TextRange[] = [];
  const keeps: string[] = [];
  inSpan.forEach((s, i) => {
    if (sides[i] === 'title') return;
    if (sides[i] === 'theirs') return void keeps.push(s.text.trim());
    const next = inSpan[i + 1];
    const text = doc.paragraphs[s.paragraph]?.text ?? '';
    const start = s.start + (s.start === 0 && s.paragraph === span.first ? text.length - text.replace(LABEL, '').length : 0);
    const end = next && next.paragraph === s.paragraph ? next.start : text.length;
    const prev = deleted.at(-1);
    if (prev && prev.paragraph === s.paragraph && prev.end === start) prev.end = end;
    else deleted.push({ paragraph: s.paragraph, start, end, text: '' });
  });
  for (const r of deleted) r.text = doc.paragraphs[r.paragraph]?.text.slice(r.start, r.end) ?? '';
  return keeps.length > 0 && deleted.length > 0 ? { deleted, keeps } : undefined;
}
