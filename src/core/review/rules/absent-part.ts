// A text that sends the reader to its own confidentiality terms in a part it does not hold: "each
// party's obligations of confidentiality in Part B survive the end of this Agreement", where no Part B
// is in the text (a page of general terms filed alone). Its silence on the use limit or on
// return says nothing about the whole agreement.
import { escapeRegExp } from '../../regex-escape';
import type { ReviewContext } from '../context';

const UNIT = String.raw`(?:Section|Article|Clause|Part|Paragraph|Schedule|Annex)`;
const POINTER = new RegExp(
  String.raw`\b(?:confidentiality\s+(?:obligations?|provisions?|terms|undertakings?|restrictions?)|obligations?\s+of\s+(?:confidentiality|non-?disclosure|non-?use))\s+(?:under|in|of|set\s+(?:out|forth)\s+in|contained\s+in)\s+(${UNIT})\s+([A-Z]|\d{1,2}(?:\.\d{1,2})?)\b`,
  'i',
);

/** The part that holds the confidentiality terms ("Section A") when the text points to one it does not contain. */
export function confidentialityInAbsentPart(ctx: ReviewContext): string | undefined {
  for (const s of ctx.sentences) {
    const m = POINTER.exec(s.text);
    if (!m) continue;
    const label = escapeRegExp(m[2]!);
    const opens = new RegExp(String.raw`^\s*(?:${UNIT}\s+${label}\b|${label}[.)])`, 'i');
    if (!ctx.doc.paragraphs.some((p) => opens.test(p.text))) return `${m[1]!} ${m[2]!}`;
  }
  return undefined;
}
