// Capitalised phrases that read like defined terms but are not used as undefined ones, for the
// undefined-term rule: the subject of a clause's own heading, part of the name of a law or body,
// a term cut off by a page or line break, the singular of a slash term, a term described where it
// is named (or a sum named with its amount), and the words of a label line (a table row or plan item in title case).
import type { ReviewContext, Sentence } from '../context';
import { perReview } from '../per-review';
import { withPrefix } from './term-prefixes';
import type { Hit } from './text';

/** A numbered or lettered heading alone on its line: "15.2 Force Majeure.", "(iii) Patent Review Process.", "3.1. NETWORK". */
const HEADING_LINE = /^(?:(?:Section|Article|Clause|SECTION|ARTICLE|CLAUSE)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-zA-Z]{1,4}\)|[A-Z]\.)\s+([A-Z][\w'-]*(?:\s+[\w'&-]+){0,5})\s*[.:]?$/;
/** The sentence is a numbered or lettered heading alone on its line. */
export function headingLine(text: string): boolean {
  return HEADING_LINE.test(text) && !VERB.test(text);
}
/** A term introduced and described at once: "a Returns Discount Program, whereby the Supplier will rebate ...". */
const DESCRIBED = /\b(?:a|an)\s+([A-Z][\w-]{0,40}(?:\s+[A-Z][\w-]{0,40}){0,4}),?\s+(?:whereby|under\s+which|pursuant\s+to\s+which|by\s+which|through\s+which)\b/g;
/** What DESCRIBED cannot match without. */
const DESCRIBED_CUE = /whereby|which/;
/** A sum named with its amount where it is first written: "an Additional License Fee of One Million Dollars ($1,000,000)". */
const NAMED_SUM =
  /\b(?:a|an)\s+([A-Z][\w-]{0,40}(?:\s+[A-Z][\w-]{0,40}){0,4})\s+(?:of|equal\s+to|in\s+the\s+(?:amount|sum)\s+of)\s+(?:(?:US|U\.S\.\s?)?\$|€|£|¥|(?:USD|RMB|EUR)\b|\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Hundred)\b)/g;
/** A sentence that says what the term is: "Payment Services are those Services provided by ...". */
const EXPLAINED = /^(?:The\s+)?([A-Z][\w-]{0,40}(?:\s+[A-Z][\w-]{0,40}){0,4})\s+(?:is|are)\s+(?:those|that|the\s+\w+\s+(?:that|which))\b/;
/**
 * The rest of a name of a law, body or filed document after a phrase: ", Drug and Cosmetic Act"
 * after "the United States Food", "and Affordable Care Act" after "the Patient Protection", "and
 * Conditions of the FERC Gas Tariff" after "the General Terms". Capitalised words joined by commas
 * and small words, ending in what the name is.
 */
const REST_OF_NAME = /^(?:(?:,\s*|\s+(?:and|&|of|for|on)\s+|\s+)[A-Z][\w'-]{0,40}){1,8}/;
const NAME_END = /\b(?:Act|Code|Law|Regulations?|Rules|Convention|Treaty|Directive|Office|Bureau|Association|Institute|Administration|Agency|Authority|Commission|Corporation|Organi[sz]ation|Tariff|Conditions|Rate\s+Schedules?)$/;
const TERM_OF_ART = /^(?:force majeure|act of god|acts of god)$/;
/** What makes a line a sentence rather than a label: a duty, a power or a definition. */
const VERB = /\b(?:shall|will|may|must|means|is|are|has|have)\b/;

/** Lower-case subjects of the draft's clause headings (each side of "and"), and terms described where named. */
const namedInDraft = perReview((ctx): ReadonlySet<string> => {
  const out = new Set<string>();
  const described = describedIn(ctx.sentences);
  ctx.sentences.forEach((s, i) => {
    const title = HEADING_LINE.exec(s.text)?.[1] ?? (ctx.doc.paragraphs[s.paragraph]?.headingLevel !== undefined && s.text.length <= 60 ? s.text : undefined);
    if (title && !VERB.test(title)) {
      // A heading defines its term where its clause opens by saying what it is ("1.37 Models. The
      // asset allocation models managed by ...": a table of definitions), the term's last word
      // within the first eight. A heading alone does not: "7.3 Taxes." or "2.3 Usage Data." still
      // leaves the capitalised term to be defined.
      const next = ctx.sentences[i + 1]?.text.toLowerCase().split(/\s+/).slice(0, 8) ?? [];
      const describes = (w: string) => /^(?:the|an?)$/.test(next[0] ?? '') && next.some((x) => x.startsWith(w.replace(/s$/, '')));
      for (let part of title.split(/[,;&]|\band\b/)) {
        part = trimmed(part).toLowerCase();
        if (part && describes(part.split(' ').pop()!)) out.add(part);
      }
    }
    for (const word of oneWordHeading(s, title)) if (clauseDescribes(described, i, word, ctx.sentences.length)) out.add(word);
    // DESCRIBED only where its connecting word stands: most sentences have none.
    if (DESCRIBED_CUE.test(s.text)) addAll(out, DESCRIBED, s.text);
    addAll(out, NAMED_SUM, s.text);
    const explained = EXPLAINED.exec(s.text);
    if (explained) out.add(explained[1]!.replace(/\s+/g, ' ').toLowerCase());
  });
  return out;
});

/** Each phrase a pattern names in the text, lower case with single spaces. */
function addAll(out: Set<string>, re: RegExp, text: string): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[1]!.replace(/\s+/g, ' ').toLowerCase());
}

/** A clause label with a heading in capitals run into its text: "2. SERVICES MMI will produce ...". */
const RUN_IN = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+((?:[A-Z]{3,}\s+){1,3})/;

/** The words a clause is headed with, when the heading is a single word ("3.1. NETWORK", "2. SERVICES MMI will ..."), in lower case. */
function oneWordHeading(s: Sentence, title: string | undefined): string[] {
  if (title) {
    const t = trimmed(title);
    return /^[A-Za-z]{3,}$/.test(t) ? [t.toLowerCase()] : [];
  }
  // A run-in heading cannot be told from the capitals that follow it ("SERVICES MMI"): each word is tried.
  return RUN_IN.exec(s.text)?.[1]!.trim().split(/\s+/).map((w) => w.toLowerCase()) ?? [];
}

/**
 * The ways a clause says what a word is: it lists it ("Specific services will be:") or describes it
 * where it names it ("the remote Network, which connects ..."). Every word is tried at once, the
 * what-follows in a lookahead, so the patterns are compiled once and not once per heading's word.
 */
const LISTS = /(?<!\w)([A-Za-z]+)(?=\s+(?:will\s+be|shall\s+be|are|include|includes|shall\s+include|comprise|comprises|consist\s+of|consists\s+of)\b[^.:]{0,40}:\s*$)/gi;
const WHICH = /(?<!\w)([A-Za-z]+)(?=,\s+(?:which|that)\s+(?:connects?|links?|is|are|includes?|consists?|comprises?|covers?)\b)/gi;

const WHICH_CUE = /,\s+(?:which|that)\b/i;

/** Each sentence's words (lower case) that it lists or describes, read when first asked. */
function describedIn(sentences: readonly Sentence[]): (k: number) => ReadonlySet<string> {
  const known: ReadonlySet<string>[] = [];
  return (k) => {
    let words = known[k];
    if (!words) {
      const text = sentences[k]!.text;
      const found = new Set<string>();
      // Each pattern tries every word: only where what it needs stands (a closing colon, ", which").
      if (text.trimEnd().endsWith(':')) addAll(found, LISTS, text);
      if (WHICH_CUE.test(text)) addAll(found, WHICH, text);
      known[k] = words = found;
    }
    return words;
  };
}

/**
 * A clause under a one-word heading that says what the thing is, in its first few sentences (either
 * number of the word). Then the capitals point to the clause, as a definition would; "9.3 Taxes."
 * over "Any taxes ... are borne by Corvane" still leaves Taxes open.
 */
function clauseDescribes(described: (k: number) => ReadonlySet<string>, i: number, word: string, count: number): boolean {
  const stem = word.replace(/s$/, '');
  for (let k = i; k < Math.min(count, i + 5); k++) {
    const words = described(k);
    if (words.has(stem) || words.has(`${stem}s`)) return true;
  }
  return false;
}

/** Without what surrounds its words ("(Ownership." gives "Ownership"), trimmed by hand: a pattern anchored at the end would retry on long runs. */
function trimmed(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && !/[A-Za-z0-9]/.test(text.charAt(a))) a++;
  while (b > a && !/[A-Za-z0-9]/.test(text.charAt(b - 1))) b--;
  return text.slice(a, b);
}

const labelLines = new WeakMap<Sentence, boolean>();

/**
 * A label line: short, without a verb, its longer words nearly all capitalised ("Establish a
 * Production Bank in the Conversion Process"). Read once per sentence, not once per phrase in it.
 */
function labelLine(s: Sentence): boolean {
  let found = labelLines.get(s);
  if (found === undefined) labelLines.set(s, (found = readLabelLine(s)));
  return found;
}

function readLabelLine(s: Sentence): boolean {
  // The tests of the whole line first: most sentences have a verb, and are then not split into words.
  if (/\.\s*$/.test(s.text) || VERB.test(s.text)) return false;
  const words = s.text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length < 3 || words.length > 14) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length >= 0.8 * words.length;
}

/** The phrase (lower case) is a heading's subject its clause describes, or a term described where named, in either number. */
function namedByDraft(ctx: ReviewContext, phrase: string): boolean {
  const named = namedInDraft(ctx);
  return [phrase, phrase.replace(/(?<=[a-z]{2})s$/, ''), `${phrase}s`].some((f) => named.has(f));
}

/**
 * The phrase (lower case) at the hit is named, not an undefined term. `longer` holds defined and
 * quoted terms of three letters or more, sorted.
 */
export function namedNotDefined(ctx: ReviewContext, h: Hit, phrase: string, longer: readonly string[]): boolean {
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 120);
  // "Force Majeure" is the law's own term, as "Act of God" is: its capitals ask for no definition.
  if (TERM_OF_ART.test(phrase)) return true;
  if (namedByDraft(ctx, phrase)) return true;
  // Those opening with the phrase; a phrase of two letters is too short to open any.
  const terms = phrase.length < 3 ? [] : withPrefix(longer, phrase);
  // "the Refund" ending a line cut by a page footer, where "Refund Period" is defined.
  if (/^\W*$/.test(after) && !/[.;:]\s*$/.test(h.sentence.text) && terms.some((t) => t.startsWith(`${phrase} `))) return true;
  // "such Payment/Advance" where "Payments/Advances" is defined.
  if (after.startsWith('/') && terms.some((t) => t.startsWith(`${phrase}/`) || t.startsWith(`${phrase}s/`))) return true;
  // "the Central Server of EIT": a party's own thing, named by its owner as "EIT Marks" would be.
  const owner = /^\s+of\s+([A-Z][\w&-]*)/.exec(after)?.[1]?.toLowerCase();
  if (owner && ctx.parties.some((p) => [p.name, p.shortName].some((n) => n?.toLowerCase().split(/[\s,]+/)[0] === owner))) return true;
  const rest = REST_OF_NAME.exec(after)?.[0];
  if (rest && NAME_END.test(rest)) return true;
  return labelLine(h.sentence);
}
