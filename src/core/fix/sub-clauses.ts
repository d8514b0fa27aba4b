import type { DocModel } from '../document';
import type { Segments } from '../review';
import { detectTopics } from '../review/topics';
import { TOPIC_IDS, type TopicId } from '../topics';
import type { ParagraphSpan } from './clause-span';
import type { PartReplaced, TextRange } from './kept-part';

/**
 * What a fix takes out of a clause that lists separate terms as lettered sub-clauses ("When this
 * Agreement ends: (a) the Evaluator shall pay ...; (b) ... return or destroy the Samples ...; (c) ..."),
 * where the quote sits in one of them: only the sub-clauses on the fix's own subject go, each
 * whole; the lead-in and the sub-clauses on other terms stay, so the fix for a return duty never
 * deletes a payment duty beside it. The fix's paragraphs then follow the clause under their own
 * labels (as for any part replaced). Undefined, for the clause to go whole, where no lead-in opens
 * the list (a title alone), where the lead-in itself is on the fix's subject ("On request, the
 * Recipient shall return: (a) ..."), where every sub-clause is, or where the subject cannot be read
 * (a fix of no review topic).
 * `keeps` names the sub-clauses that stay, by their labels.
 */
export function subClausesReplaced(doc: DocModel, { sections, sentences }: Segments, span: ParagraphSpan, quoted: number, topic: string): PartReplaced | undefined {
  if (!(TOPIC_IDS as readonly string[]).includes(topic)) return undefined;
  const inSpan = sections.filter((s) => s.paragraph > span.first && s.paragraph <= span.last);
  const subs = inSpan.filter((s) => s.label.includes('('));
  // Only a clause whose numbered parts below its lead-in are all lettered sub-clauses, the quote in one.
  if (subs.length < 2 || subs.length !== inSpan.length || quoted < subs[0]!.paragraph) return undefined;
  // A lead-in that opens a list ("When this Agreement ends:"); under a title alone ("Deletion at DPA
  // Expiration.") the sub-clauses are parts of the one subject the title names, and go with it.
  const lead = doc.paragraphs.slice(span.first, subs[0]!.paragraph).map((p) => p.text.trim()).filter(Boolean).at(-1) ?? '';
  if (!lead.endsWith(':') && !lead.endsWith('：')) return undefined;
  const on = new Set(detectTopics(sentences.filter((s) => s.paragraph >= span.first && s.paragraph <= span.last))[topic as TopicId].evidence.map((e) => e.paragraph));
  for (let i = span.first; i < subs[0]!.paragraph; i++) if (on.has(i)) return undefined;
  const deleted: TextRange[] = [];
  const keeps: string[] = [];
  subs.forEach((s, k) => {
    const last = k + 1 < subs.length ? subs[k + 1]!.paragraph - 1 : span.last;
    const paragraphs = Array.from({ length: last - s.paragraph + 1 }, (_, j) => s.paragraph + j);
    if (!paragraphs.some((i) => i === quoted || on.has(i))) return void keeps.push(s.label);
    for (const i of paragraphs) {
      const text = doc.paragraphs[i]?.text ?? '';
      if (text.trim()) deleted.push({ paragraph: i, start: 0, end: text.length, text });
    }
  });
  return keeps.length > 0 && deleted.length > 0 ? { deleted, keeps } : undefined;
}
