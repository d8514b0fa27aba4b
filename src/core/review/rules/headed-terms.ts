// Terms a draft defines by heading rather than by quotes, for the undefined-term rule: a summary
// page's fields ("ANNUAL PAYMENT:", "SPONSORSHIP BENEFITS:"), and a clause headed with the name of a
// sum that its first sentences set ("X. CONTINUING FEE" over "a monthly Continuing Fee equal to
// five percent (5%) of Gross Sales").
import type { ReviewContext } from '../context';
import { escapeRegExp } from '../../regex-escape';
import { perReview } from '../per-review';

/** A field label in capitals and its colon, at the start of a sentence or of a line: "ANNUAL PAYMENT:". */
const FIELD = /(?:^|\n|[.;)]\s{1,80})([A-Z][A-Z&'-]{1,30}(?: {1,3}[A-Z][A-Z&'-]{1,30}){0,3}):/g;
/** Labels of a signature block or an address, and words that open a recital or a note: no term. */
const NOT_A_FIELD = /^(?:NAME|SIGNATURE|SIGNED|BY|TITLE|DATE|ADDRESS|E-MAIL|EMAIL|PHONE|TELEPHONE|FAX|ATTN|ATTENTION|WITNESS|NOTE|NOTES|WHEREAS|RECITALS|NOW THEREFORE|IN WITNESS WHEREOF|EXHIBIT|SCHEDULE|ANNEX|APPENDIX)$/;
/** A summary page sets out several fields; one label with a colon is a heading run into its text. */
const FIELDS_STYLE = 3;
/** A clause heading alone on its line, numbered in figures, roman numerals or a letter: "X. CONTINUING FEE", "6.2 Royalty Fee." */
const HEADING =
  /^(?:(?:Section|Article|SECTION|ARTICLE)\s{1,3})?(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXL]{1,6}\.|[A-Z]\.|\(?[a-z]{1,4}\))\s{1,12}([A-Z][\w'-]{0,30}(?:\s{1,3}[\w'&-]{1,30}){0,5})\s{0,3}[.:]?$/;
/** A heading run into its clause: "3. Payments. In consideration of ...". */
const RUN_IN =
  /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[IVXL]{1,6}\.|[A-Z]\.)\s{1,12}([A-Z][\w'-]{0,30}(?:\s{1,3}(?:and\s{1,3})?[A-Z][\w'&-]{0,30}){0,4})\.\s{1,12}(?=\S)/;
/** A heading that names a sum, and a clause that says it is paid. */
const MONEY_NAME = /\b(?:payments?|fees?|royalt(?:y|ies)|prices?|commissions?)$/;
const PAID = /\b(?:pay|pays|paid|payable)\b/i;
/** A sum or a rate: "$500", "five percent (5%)", "USD 1,000". */
const AMOUNT = /[$€£¥]\s?[\d*]|\d\s?%|\bper\s?cent\b|\bpercent\b|\b(?:USD|RMB|EUR|GBP)\s?\d/i;
/** How many sentences after a heading may set its sum. */
const CLAUSE_OPENING = 3;

/** Lower-case terms the draft defines by heading, in the singular. */
const headedInDraft = perReview((ctx: ReviewContext): ReadonlySet<string> => {
  const out = new Set<string>();
  const fields = new Set<string>();
  const { sentences } = ctx;
  const lowered: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    if (text.includes(':')) {
      FIELD.lastIndex = 0;
      for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
        const label = m[1]!.replace(/\s+/g, ' ');
        if (!NOT_A_FIELD.test(label)) fields.add(singular(label.toLowerCase()));
      }
    }
    const alone = HEADING.exec(text)?.[1];
    const runIn = alone ? undefined : RUN_IN.exec(text);
    const title = alone ?? runIn?.[1];
    if (!title || /\b(?:shall|will|may|must|means|is|are)\b/.test(title)) continue;
    // Each sum the heading names ("Royalty and Advertising Fee": each side of "and").
    for (const part of title.split(/,|\band\b|&/i)) {
      const name = part.trim().replace(/\s+/g, ' ').toLowerCase();
      if (!name) continue;
      // A pattern is made only for a body that holds the name's first word in lower case, which any
      // match does (a word of ASCII ignores case as lower case does): made for every heading, it was
      // most of this reading's time over a batch of short drafts.
      const first = name.split(' ')[0]!;
      const searched = /^[\x20-\x7e]+$/.test(first);
      let pattern: RegExp | undefined;
      for (let k = runIn ? i : i + 1; k <= Math.min(sentences.length - 1, i + CLAUSE_OPENING); k++) {
        const body = k === i ? text.slice(runIn![0].length) : sentences[k]!.text;
        if (searched && !(k === i ? body.toLowerCase() : (lowered[k] ??= body.toLowerCase())).includes(first)) continue;
        pattern ??= new RegExp(`\\b${escapeRegExp(name).replace(/ /g, '\\s+')}`, 'i');
        // The sum or the payment stands by the term: "a monthly Continuing Fee equal to five percent
        // (5%)", "shall pay ... the Annual Payments"; an amount elsewhere in the sentence sets something else.
        const at = pattern.exec(body)?.index;
        if (at === undefined) continue;
        const near = body.slice(Math.max(0, at - 40), at + name.length + 60);
        if (AMOUNT.test(near.slice(40)) || (MONEY_NAME.test(name) && PAID.test(near))) out.add(singular(name));
      }
    }
  }
  if (fields.size >= FIELDS_STYLE) for (const f of fields) out.add(f);
  return out;
});

function singular(phrase: string): string {
  return phrase.replace(/(?<=[a-z]{2})ies$/, 'y').replace(/(?<=[a-z]{3})s$/, '');
}

/** The phrase (lower case) is a term the draft defines by a field label or under its own heading. */
export function headedTerm(ctx: ReviewContext, phrase: string): boolean {
  return headedInDraft(ctx).has(singular(phrase.replace(/\s+/g, ' ')));
}
