import type { DocModel } from '../document';
import type { Finding } from '../findings';
import type { Segments } from '../review';
import type { Sentence } from '../review/context';
import { detectTopics } from '../review/topics';
import { TOPIC_IDS, type TopicId } from '../topics';
import type { ParagraphSpan } from './clause-span';
import type { PartReplaced, TextRange } from './kept-part';

/** A sentence that leans on the one before it ("However, ...", "Such results ...", "This restriction ..."): it goes with that one. */
const LEANS = /^(?:however|but|such|this(?!\s{1,4}agreement)|that|these|those|it|they|the\s{1,4}(?:foregoing|above|same)|in\s{1,4}(?:that|such|each)\s{1,4}case|if\s{1,4}so|otherwise|accordingly|nor|notwithstanding\s{1,4}the\s{1,4}foregoing|provided\s{1,4}that)\b/i;
/** A sentence that points back to what the one before says ("certify that it has done so"). */
const REFERS_BACK = /\b(?:do(?:ne)?\s{1,4}so|such|the\s{1,4}same|thereof|therein|thereto)\b/i;
/** A duty or a bar of its own: what a party shall, must or may not do. */
const DUTY = /\b(?:shall|must|will\s{1,4}not|may\s{1,4}not|is\s{1,4}not\s{1,4}permitted|agrees?\s{1,4}not)\b/i;
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
  // A list's items go with its lead-in: after a colon or a semicolon, or opening in lower case.
  const continues = (opening: string, before: Sentence | undefined) => {
    const end = before?.text.trimEnd() ?? '';
    return /^[a-z]/.test(opening) || [':', '：', ';', '; and', '; or'].some((e) => end.endsWith(e)) || LEANS.test(opening);
  };
  const deleted: TextRange[] = [];
  const keeps: string[] = [];
  let last: 'ours' | 'theirs' | undefined;
  inSpan.forEach((s, i) => {
    const opening = s.text.replace(LABEL, '');
    // A run-in heading ("Restrictions.") stays as the clause's title.
    if (i === 0 && s.paragraph === span.first && !DUTY.test(opening) && opening.split(/\s{1,4}/).length <= 6) return;
    last = ours(s) ? 'ours' : last && continues(opening, inSpan[i - 1]) ? last : apart(s) ? 'theirs' : (last ?? 'ours');
    if (last === 'theirs') return void keeps.push(s.text.trim());
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
