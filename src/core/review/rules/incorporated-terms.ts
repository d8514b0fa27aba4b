import type { ReviewContext } from '../context';

// A cover page, order form or statement of work that makes the agreement out of itself and terms
// published or signed elsewhere: "consists of this Cover Page and the Standard Terms posted at …",
// "incorporates the Cloud Terms (available at …) by this reference", "This SOW incorporates the
// Agreement dated …". What such a text leaves out is in those terms, which are not in this file.

/** Terms kept elsewhere: at a web address, or "by reference". */
const PUBLISHED_AT = /\b(?:posted|available|located|published|found|accessible)\s+(?:online\s+)?at\b|\bby\s+(?:this\s+)?reference\b/i;
/** The text says it makes, or enters into, an agreement with those terms. */
const MAKES_WITH = /\b(?:consists?\s+of|comprises?|incorporates?|(?:enter|entered)\s+into|is\s+(?:governed\s+by|subject\s+to))\b/i;
/** An order under a master agreement: "This SOW No. 2 incorporates the Agreement", "This Order Form is governed by the Master Terms". */
const ORDER_UNDER =
  /\b(?:This|The)\s+(?:SOW|Statement\s+of\s+Work|Order(?:\s+Form)?|Work\s+Order|Purchase\s+Order|Cover\s+Page)\b(?:[^.;]|\.(?=\s?\d)){0,60}?\b(?:incorporates|is\s+(?:governed\s+by|subject\s+to|issued\s+under|entered\s+into\s+under))\s+(?:the|that)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Agreement|Terms)\b/;
/**
 * Terms that travel with the text are in it: "the Standard Terms attached as Exhibit A", "This
 * Agreement incorporates the Schedules by this reference".
 */
const ATTACHED = /\b(?:attached|annexed|appended|set\s+out\s+(?:below|in\s+(?:Schedule|Exhibit|Annex|Appendix))|Exhibits?|Schedules?|Annex(?:es)?|Appendi(?:x|ces))\b/i;
/** The opening sentences where a cover page says what the agreement consists of. */
const OPENING = 8;
/**
 * Cover pages, order forms and statements of work run to a few hundred words; a form that prints the
 * standard terms after its cover page runs to thousands, and then the terms are in the file.
 */
const COVER_WORDS = 800;
/** A duty stated in the text itself. */
const DUTY = /\b(?:shall|must|agrees?\s+to|undertakes?\s+to)\b/i;
/** A cover page may state a couple of duties of its own (to sign, to date) and still hold no terms. */
const FEW_DUTIES = 2;

/** Whether the text is a cover page or order whose terms are incorporated from a text not in this file. */
export function termsElsewhere(ctx: ReviewContext): boolean {
  let words = 0;
  for (const p of ctx.doc.paragraphs) if ((words += p.text.split(/\s+/).length) > COVER_WORDS) return false;
  const incorporates = ctx.sentences.slice(0, OPENING).filter(({ text }) => !ATTACHED.test(text) && ((MAKES_WITH.test(text) && PUBLISHED_AT.test(text) && /\bTerms\b|\bAgreement\b|\bNDA\b/.test(text)) || ORDER_UNDER.test(text)));
  if (incorporates.length === 0) return false;
  // A short agreement that states its own duties beside the terms it incorporates holds terms of its own.
  let duties = 0;
  for (const s of ctx.sentences) if (!incorporates.includes(s) && DUTY.test(s.text) && ++duties > FEW_DUTIES) return false;
  return true;
}
