import type { Rule, Sentence } from '../context';
import { hits, type Hit } from './text';

// Ends of the confidentiality duty in wordings the period readers in confidentiality-scope.ts do not
// see: an anniversary, a lapse of time listed among the exceptions, and a period whose figure a
// page break has cut from its word ("eighteen" / "(18) months").

type Ctx = Parameters<Rule>[0];

// "on the date that is the first anniversary", "on the second anniversary of the Effective Date".
const ANNIVERSARY = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+anniversary\b/gi;
const ENDS = /\b(?:terminat\w*|expir\w*|ceases?|end)\b/i;
// What ends: the duty itself, or every covenant of the agreement ("The covenants contained in this
// agreement", "the obligations of this Agreement, including the restrictions on disclosure and use").
const WHOLE_DUTY =
  /\b(?:confidential\w*|non-?disclosure|secrecy|non-?use|restrictions\s+on\s+(?:the\s+)?(?:use|disclosure))\b|\b(?:covenants|obligations|restrictions|undertakings)\s+(?:contained\s+)?(?:in|of|under)\s+this\s+agreement\b/i;
// A duty that outlasts the date, anywhere in the sentence.
const OUTLASTS = /\b(?:perpetu\w*|indefinite\w*|so\s+long\s+as)\b/i;
// A covenant of one section only (a standstill, a no-hire), named before the date.
const ONE_SECTION = /\b(?:section|paragraph|clause|article)s?\s+\d/i;

/** Confidentiality that ends on the first to fifth anniversary of signing or of the deal. */
export function anniversaryEnds(ctx: Ctx): Hit[] {
  return hits(ctx, ANNIVERSARY, (h) => {
    const text = h.sentence.text;
    const subject = text.slice(0, h.index);
    return ENDS.test(subject) && WHOLE_DUTY.test(subject) && !ONE_SECTION.test(subject) && !OUTLASTS.test(text);
  });
}

// An exception that frees information once time has passed: "(vii) in respect of which a period of
// five (5) years has elapsed from the date of signature of this Agreement".
const ITEM = /\b(?:exceptions?|information)\b|^\s*\(?(?:[ivx]{1,5}|[a-z]|\d{1,2})\)\s/i;
const LAPSED = /^\s*(?:has|have)\s+(?:elapsed|passed|expired|lapsed)\b/i;

/** The periods in years (hits of a years pattern) that, once lapsed, end protection as an exception. */
export function lapsedExceptions(periods: readonly Hit[], lists: Set<Sentence>): Hit[] {
  // A long list puts the item far from the words that open it; the item still speaks of information,
  // or is one item of the list ("(vii) in respect of which").
  return periods.filter(
    (h) => (lists.has(h.sentence) || ITEM.test(h.sentence.text)) && LAPSED.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 30)),
  );
}

// A sentence ending on the word of a period, and the next starting with its figure and unit.
const CUT_WORD = /\b(?:for|period\s+of|within)\s+(one|two|three|four|five|six|nine|twelve|fifteen|eighteen|twenty-four|thirty-six)\b/i;
const CUT_FIGURE = /^\s*\((\d{1,3})\)\s*(months?|years?)\b/i;
const DUTY = /\b(?:confidential\w*|non-?disclosure|secrecy|non-?use)\b/i;
const RUNS = /\b(?:surviv\w*|continu\w*|remain\w*|last\w*|in\s+(?:force|effect))\b/i;

/**
 * A duty that "shall continue for a period of eighteen" where the figure "(18) months following the
 * date" starts the next paragraph, as text taken from a PDF breaks it. Hits on the word.
 */
export function cutPeriods(ctx: Ctx, shortMonths: number): Hit[] {
  const out: Hit[] = [];
  const { sentences } = ctx;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    // The word must end the sentence: read only its last words.
    const tail = s.text.trimEnd();
    const from = Math.max(0, tail.length - 40);
    const word = CUT_WORD.exec(tail.slice(from));
    if (!word || from + word.index + word[0].length !== tail.length) continue;
    const figure = CUT_FIGURE.exec(sentences[i + 1]!.text);
    if (!figure || !DUTY.test(s.text) || !RUNS.test(s.text)) continue;
    const months = Number(figure[1]) * (/^year/i.test(figure[2]!) ? 12 : 1);
    if (months > 0 && months <= shortMonths) {
      const at = from + word.index + word[0].length - word[1]!.length;
      out.push({ sentence: s, index: at, text: word[1]!, match: word });
    }
  }
  return out;
}

// The duty bounded by the engagement itself: "as long as he works for the Company, the Consultant will keep in strict
// confidence", "while it is engaged by the Client", "during the term of his engagement".
const WHILE_ENGAGED =
  /\b(?:(?:as|so)\s+long\s+as|while|for\s+so\s+long\s+as)\s+(?:he|she|it|they|the\s+[A-Z][\w-]{1,30})\s+(?:works?\s+(?:for|with)|is\s+(?:engaged|employed|retained)|remains?\s+(?:engaged|employed|retained)|provides?\s+(?:the\s+)?services)\b|\bduring\s+the\s+(?:term|period|course)\s+of\s+(?:his|her|its|their|the)\s+(?:engagement|employment|services|appointment)\b/gi;
const KEEPS = /\b(?:keep|hold|maintain|treat)\w*\b[^.;]{0,60}\b(?:confiden\w*|secret)\b|\bnot\b[^.;]{0,60}\bdisclose\b/i;
// Anything in the draft that makes the duty outlast the engagement: survival, or a duty after it ends.
const AFTER_END = /\b(?:surviv\w*|perpetu\w*|indefinite\w*|at\s+any\s+time\s+(?:thereafter|after)|(?:after|following|beyond)\s+(?:the\s+)?(?:termination|expiration|expiry|end)\b|thereafter)/i;

// A survival clause: of what, by number or as a class ("Sections 4 and 6", "all provisions that by their nature").
const SURVIVES_END = /\bsurviv(?:e|es|al)\b[^.;]{0,60}\b(?:termination|expir\w*|expiry|end)\b|\b(?:termination|expir\w*|expiry)\b[^.;]{0,80}\bsurviv(?:e|es|al)\b/i;
const SURVIVES_BROADLY = /\b(?:sections?|clauses?|articles?|paragraphs?)\s+\d|\b(?:all|any|those|such)\s+(?:other\s+)?(?:provisions|obligations|terms|covenants)\b|\bby\s+(?:their|its)\s+nature\b/i;

/** Confidentiality that lasts only while the other side works for us, where nothing keeps it after that. */
export function engagementEnds(ctx: Ctx): Hit[] {
  // A survival clause may keep the duty by section number, or by "provisions that by their nature survive": then the draft does not
  // say it ends. One that keeps a named other right (the fee) does not reach it.
  if (ctx.sentences.some((s) => (/confiden|secre|disclos/i.test(s.text) && AFTER_END.test(s.text)) || (SURVIVES_END.test(s.text) && SURVIVES_BROADLY.test(s.text)))) return [];
  return hits(ctx, WHILE_ENGAGED, (h) => KEEPS.test(h.sentence.text));
}
