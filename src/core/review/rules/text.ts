import type { Evidence } from '../../findings';
import type { ReviewContext, Sentence } from '../context';
import { perReview } from '../per-review';
import { chineseSentences } from '../zh/cjk';
import { matching, sentencesFor } from './sentence-gate';

/** A regular-expression match inside one sentence. */
export interface Hit {
  sentence: Sentence;
  index: number;
  text: string;
  match: RegExpExecArray;
}

/** Every match of a global regular expression over the document's sentences, in reading order. */
export function hits(ctx: ReviewContext, re: RegExp, keep?: (h: Hit) => boolean): Hit[] {
  return hitsIn(ctx.sentences, re, keep);
}

/** The draft's sentences with Chinese in them, in reading order, listed once a review. */
const zhSentences = perReview((ctx: ReviewContext): readonly Sentence[] => [...chineseSentences(ctx.sentences)]);

/**
 * hits() of a pattern that cannot match without a Chinese character, over only the sentences that
 * hold one: an English draft's sentences are not read at all.
 */
export function zhHits(ctx: ReviewContext, re: RegExp, keep?: (h: Hit) => boolean): Hit[] {
  return hitsIn(zhSentences(ctx), re, keep);
}

function hitsIn(sentences: readonly Sentence[], re: RegExp, keep?: (h: Hit) => boolean): Hit[] {
  const out: Hit[] = [];
  const only = sentencesFor(sentences, re);
  const count = only ? only.length : sentences.length;
  // An index, not for-of: a review's code runs unoptimised, where each step of an iterator is an
  // object, and this loop runs once a sentence for most rules.
  for (let i = 0; i < count; i++) {
    const sentence = sentences[only ? only[i]! : i]!;
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const h = { sentence, index: m.index, text: m[0], match: m };
      if (!keep || keep(h)) out.push(h);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return out;
}

/** Every match of a global pattern in the text, by exec. */
export function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const QUOTE_MAX = 300;

/**
 * Quote a sentence as evidence, offsets within its paragraph. A long sentence is cut to a window
 * around [from, to) so the reader sees the words that matter, not a whole page.
 */
export function quote(s: Sentence, from = 0, to = s.text.length): Evidence {
  let start = 0;
  let end = s.text.length;
  if (end - start > QUOTE_MAX) {
    // Centre the window on the hit, leaving some words before it to read it in context.
    start = Math.max(0, Math.min(from - 60, s.text.length - QUOTE_MAX));
    end = Math.min(s.text.length, Math.max(to, start + QUOTE_MAX));
    // Cut at word boundaries so a quote never starts or ends mid-word.
    if (start > 0) {
      const space = s.text.indexOf(' ', start);
      if (space >= 0 && space < from) start = space + 1;
    }
    if (end < s.text.length) {
      const space = s.text.lastIndexOf(' ', end);
      if (space >= to) end = space;
    }
  }
  const raw = s.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { paragraph: s.paragraph, start: s.start + start + lead, end: s.start + start + lead + text.length, text };
}

function quoteHit(h: Hit): Evidence {
  return quote(h.sentence, h.index, h.index + h.text.length);
}

/** Evidence kept per grouped finding, so a long contract does not drown the reader. */
export const EVIDENCE_CAP = 8;

/** One quote per sentence, first EVIDENCE_CAP of them. */
export function groupedEvidence(list: Hit[]): Evidence[] {
  const seen = new Set<Sentence>();
  const out: Evidence[] = [];
  for (const h of list) {
    if (seen.has(h.sentence)) continue;
    seen.add(h.sentence);
    out.push(quoteHit(h));
    if (out.length === EVIDENCE_CAP) break;
  }
  return out;
}

const byParagraph = new WeakMap<ReviewContext, Map<number, Sentence[]>>();

/** The sentence holding [start, end) of a paragraph; looked up by paragraph, so linear overall. */
export function sentenceAt(ctx: ReviewContext, paragraph: number, start: number, end: number): Sentence | undefined {
  let index = byParagraph.get(ctx);
  if (!index) {
    index = new Map();
    for (const s of ctx.sentences) push(index, s.paragraph, s);
    byParagraph.set(ctx, index);
  }
  return index.get(paragraph)?.find((s) => s.start <= start && s.end >= end);
}

/** Append to a list in a map, creating it; keeps grouping linear in the number of items. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The whole paragraph's text, for checks that look beyond the sentence (a clause's other sentences). */
export function paragraphText(ctx: ReviewContext, paragraph: number): string {
  return ctx.doc.paragraphs[paragraph]?.text ?? '';
}

const termCache = new WeakMap<ReviewContext, Set<string>>();

/** Defined terms, lower-cased, with singular and plural forms, so "Improvement" covers "Improvements". */
function definedTerms(ctx: ReviewContext): Set<string> {
  let set = termCache.get(ctx);
  if (!set) {
    set = new Set();
    // "Manufacture or Manufacturing means": either word is the term.
    for (const d of ctx.definitions) {
      for (const part of alternatives(d.term)) for (const form of forms(part)) set.add(form).add(unhyphenated(form));
    }
    for (const p of ctx.parties) {
      for (const n of [p.name, p.shortName]) if (n) for (const form of forms(n)) set.add(form);
    }
    termCache.set(ctx, set);
  }
  return set;
}

/**
 * The forms one definition gives together: "Manufacture or Manufacturing" is either, and a last word
 * given again in another form ("Tournament Bonus or Bonuses") makes the whole term in that form too.
 */
export function alternatives(term: string): string[] {
  // From the first space of a run only: a run of spaces is then scanned once, not once per space.
  const parts = term.split(/(?<!\s)\s+or\s+(?=[A-Z])/);
  const [first, second] = parts;
  if (parts.length === 2 && !/\s/.test(second!) && first!.includes(' ')) parts.push(`${first!.slice(0, first!.lastIndexOf(' '))} ${second!}`);
  return parts;
}

const definedCache = new WeakMap<ReviewContext, Map<string, boolean>>();

/** Whether the term is defined (or a party's name), in any case and number; each phrase worked out once per review. */
export function isDefined(ctx: ReviewContext, term: string): boolean {
  let known = definedCache.get(ctx);
  if (!known) definedCache.set(ctx, (known = new Map()));
  let found = known.get(term);
  if (found === undefined) {
    const t = term.toLowerCase().replace(/\s+/g, ' ');
    const set = definedTerms(ctx);
    known.set(term, (found = set.has(t) || set.has(unhyphenated(t))));
  }
  return found;
}

/**
 * A term without its hyphens, of any kind, and a space a line break left after one: "Sub-licensee"
 * and "Sublicensee", "Paid‐ For" and "Paid-For" are one term spelt two ways.
 */
export function unhyphenated(term: string): string {
  return term.replace(/[-\u00ad\u2010-\u2014\u2212] ?/g, '');
}

function forms(term: string): string[] {
  const t = term.toLowerCase().replace(/\s+/g, ' ').trim();
  const out = [t];
  if (t.endsWith('ies')) out.push(t.slice(0, -3) + 'y');
  else if (t.endsWith('s')) out.push(t.slice(0, -1));
  if (t.endsWith('y')) out.push(t.slice(0, -1) + 'ies');
  else out.push(t + 's');
  return out;
}

/** A sentence of contract language, not a heading or a run-in title such as "8. Residuals." */
export function substantive(ctx: ReviewContext, s: Sentence): boolean {
  return !inHeading(ctx, s) && s.text.split(/\s+/).length > 4;
}

/** True when the sentence sits in a heading (a title line is not contract language). */
export function inHeading(ctx: ReviewContext, s: Sentence): boolean {
  const p = ctx.doc.paragraphs[s.paragraph];
  return p?.headingLevel !== undefined;
}

/**
 * hits() over the sentences that pass a cheap test first (a rare word), for patterns that begin with
 * common words: "days from the date shown above" is looked for only where "above" occurs.
 */
export function hitsWhere(ctx: ReviewContext, cue: RegExp, re: RegExp, keep?: (h: Hit) => boolean): Hit[] {
  return hits({ ...ctx, sentences: matching(ctx.sentences, cue) }, re, keep);
}

