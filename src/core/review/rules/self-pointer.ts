// A one-paragraph clause that sends the reader "above" or "below" to its own number: "15.10 Subject
// to paragraph 15.10 below". Nothing of the clause stands above or below it, so another clause is
// meant and the reader cannot tell which. References elsewhere are read only with a capitalised
// "Section" (references.ts); here the number is the clause's own, so "clause" and "paragraph" in
// lower case, as English drafts write them, are safe to read.
import { escapeRegExp } from '../../regex-escape';
import type { ReviewContext } from '../context';
import type { Numbering } from './numbering';
import type { Reference } from './references';

/**
 * Short paragraphs between a clause and the next label are a filing's page footers ("2", "Source:
 * ACME CORP., 8-K, 3/10/2006"), not clause text: no item label before them, no stop after them.
 */
const FOOTER_MAX = 80;
const ITEM_OR_STOP = /^\s{0,4}\(?[a-z0-9]{1,4}[.)]\s|[.;:]\s{0,4}$/i;
const isFooter = (text: string) => text.trim().length <= FOOTER_MAX && !ITEM_OR_STOP.test(text);
/** What the pointer's pattern cannot match without. */
const POINTS = /above|below/i;

/** References, one per clause, from a clause's own text to its own number with "above" or "below". */
export function selfPointers(ctx: ReviewContext, n: Numbering): Reference[] {
  const out: Reference[] = [];
  n.labels.forEach((here, i) => {
    const text = ctx.doc.paragraphs[here.paragraph]!.text;
    // The number typed at the head of its paragraph, and the clause ends with that paragraph.
    if (text.slice(0, here.offset).trim() !== '' || (n.byLabel.get(here.label)?.length ?? 0) !== 1) return;
    const next = n.labels[i + 1];
    if (next?.paragraph === here.paragraph) return;
    const last = next ? next.paragraph : ctx.doc.paragraphs.length;
    for (let p = here.paragraph + 1; p < last; p++) if (!isFooter(ctx.doc.paragraphs[p]!.text)) return;
    const rest = text.slice(here.offset + here.label.length);
    // Building a pattern for the clause's number costs more than reading most clauses: only where
    // "above" or "below" stands.
    if (!POINTS.test(rest)) return;
    const own = new RegExp(String.raw`\b(?:clause|paragraph|section|article)\s{1,3}${escapeRegExp(here.label)}(?![\w.(])\s{1,3}(?:above|below)\b`, 'i');
    const m = own.exec(rest);
    if (!m) return;
    const at = here.offset + here.label.length + m.index;
    const sentence = ctx.sentences.find((s) => s.paragraph === here.paragraph && s.start <= at && at < s.end);
    if (!sentence) return;
    const index = at - sentence.start;
    out.push({ sentence, index, end: index + m[0].length, items: [{ number: here.label, sub: '' }] });
  });
  return out;
}
