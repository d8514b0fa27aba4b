// A cover page written as headed fields, each heading over the value to fill in ("### Effective
// Date" over "[Today's date]"): the heading names the term the standard terms use, and the field
// defines it, so "as of the Effective Date" below is no undefined term.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';

/** A value to fill in or tick under a field heading: "[Today's date]", "<label>...", "- [x] Expires", "Governing Law: [state]". */
const FIELD_VALUE = /^(?:\[|<label>|[-*]\s{0,3}\[[ xX]?\]|[A-Z][\w &'-]{0,40}:\s{0,3}\[)/;
/** A field heading is a short title: a few words, the first capitalised. */
const TITLE = /^[A-Z][\w&'’-]{0,30}(?:\s{1,3}[\w&'’-]{1,30}){0,5}$/;

/** Lower-case names of the fields a draft's cover page sets under headings. */
const coverFieldsInDraft = perReview((ctx: ReviewContext): ReadonlySet<string> => {
  const out = new Set<string>();
  const paragraphs = ctx.doc.paragraphs.map((p) => p.text.trim()).filter((t) => t !== '');
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const line = paragraphs[i]!;
    if (!line.startsWith('#')) continue;
    const title = line.replace(/^#{1,6}\s{0,3}/, '').replace(/\*\*/g, '').trim();
    if (TITLE.test(title) && FIELD_VALUE.test(paragraphs[i + 1]!)) out.add(title.replace(/\s+/g, ' ').toLowerCase());
  }
  return out;
});

/** The phrase (lower case) is the heading of a field the cover page sets. */
export function coverField(ctx: ReviewContext, phrase: string): boolean {
  return coverFieldsInDraft(ctx).has(phrase.replace(/\s+/g, ' '));
}
