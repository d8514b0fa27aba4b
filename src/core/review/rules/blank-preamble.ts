import type { ReviewContext, Rule, Sentence } from '../context';
import { draftingHits } from './drafting';
import { inColumnGap } from './column-gap';
import { lawBlanks } from './law-blank';
import { type Hit } from './text';
import { hasCjk } from '../zh/cjk';

/**
 * Blanks left to fill in the opening words, where the parties, their addresses and the date are
 * stated: a line ("of ____________, FL", "as of September __, 2018"), a row of X's for a name
 * ("XXXXXXXX ("Distributor")") or a placeholder in brackets ("[COMPANY NAME]", "[insert address]",
 * "[●]", "[·]"), or in Chinese a run of ideographic spaces between words ("以\u3000\u3000公司为另一方",
 * "于\u3000\u3000年\u3000\u3000月\u3000\u3000日"). Redactions in a filed copy ("[***]") and the filer's notes ("[ILLEGIBLE]") are not
 * blanks, and a date merely missing ("made as of , 2013") is not clearly one.
 */
const BLANK = /_{2,}|＿{2,}|(?<=[^\s\u3000])\u3000{2,80}(?=[^\s\u3000])|×{4,}|【\s*】|(?<![\w-])[Xx]{5,}(?![\w-])|\[\s*(?:[A-Z][A-Za-z.,'’&-]*(?:\s+[A-Za-z.,'’&-]+){0,5}|insert\b[^\]]{0,40}|[●•·_\s]*)\s*\]/g;
/** What a filing writes in brackets where the copy could not be read or was held back. */
const FILER_NOTE = /^\[\s*(?:illegible|redacted|omitted|intentionally\s+omitted|signature|logo|seal)\b|^\[[^\]]{0,40}\b(?:logo|graphic|seal)\s+(?:appears|omitted)\b/i;
/** The filer's legend on how omissions are marked ("MARKED WITH BRACKETS [ ] AND AN ASTERISK"): it shows the mark, it leaves no blank. */
const LEGEND = /\b(?:marked|indicated|denoted|identified)\s+(?:with|by)\b[^.]{0,60}\b(?:brackets?|asterisks?)\b|\b(?:brackets?|asterisks?)\b[^.]{0,40}\b(?:indicates?|denotes?|marks?)\b/i;
/** A line of underscores alone, drawn above or below a title in capitals on a cover page ("SERVICE AGREEMENT"): a rule, not a line to fill. */
const RULE_LINE = /^\s*_{10,}\s*$/;
const TITLE_LINE = /^\s*[A-Z][A-Z&,'’ -]{2,60}\s*$/;
/**
 * A Chinese heading set out with spaces between its characters ("一\u3000\u3000般\u3000\u3000条\u3000\u3000款"): spacing, not
 * blanks. Read on the stretch between ordinary spaces, as a heading's line may be joined to the next.
 */
const SPACED_HEADING = /^\u3000{0,8}(?:[^\s\u3000]\u3000{1,8}){2,12}[^\s\u3000]\u3000{0,8}$/;
function spacedHeading(text: string, index: number): boolean {
  const start = text.lastIndexOf(' ', index) + 1;
  const end = text.indexOf(' ', index);
  return SPACED_HEADING.test(text.slice(start, end < 0 ? undefined : end).replace(/[\t\n\r]/g, ''));
}
/** A box to tick before an option on its own line ("[    ]<tab>Pay by invoice", "[x] Annual"): a choice, not a blank. */
const CHECK_BOX = /^\[[\sxX✓✔]*\]\s+[A-Za-z]/;
/** Pandoc's span attributes after a bracket ("[GRANT OF RIGHTS]{.smallcaps}"): the bracket is styled text, not a blank. */
const SPAN_ATTRIBUTES = /^\{[.#][\w-]/;
/**
 * Where the opening words end: the recitals, the words of agreement, or the first clause. In Chinese,
 * after the parties' particulars: 鉴于, 经（友好）协商, 达成如下协议, 第一条, or a first item 一、 / １． (not
 * an English "1.", which the English cut-off reads only before a heading in capitals).
 */
export const OPENING_ENDS =
  /\b(?:WHEREAS|Whereas|RECITALS|Recitals|BACKGROUND|Background:|WITNESSETH|NOW,?\s+THEREFORE|Now,?\s+Therefore|agree\s+as\s+follows)\b|(?:^|\s)(?:1\.\s+[A-Z]|ARTICLE\s+(?:1|I)\b)|鉴于|经(?:双方|各方)?(?:友好|充分|平等)?协商|(?:达成|订立|签订)(?:如下|以下)|第[一1１]条|^\s{0,4}(?:一、|[1１][、．])/;
/** The opening words are short; past this many characters the draft is in its clauses (a Chinese character says about three English ones' worth). */
const OPENING_CHARS = 2000;
const weight = (text: string) => (hasCjk(text) ? text.length * 3 : text.length);

/** The sentences of the opening words, each cut where the opening ends. */
export function opening(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  let read = 0;
  for (const s of sentences) {
    const end = OPENING_ENDS.exec(s.text);
    const text = end ? s.text.slice(0, end.index) : s.text;
    if (text.trim()) out.push({ ...s, text });
    read += weight(s.text);
    if (end || read > OPENING_CHARS) break;
  }
  return out;
}

/** A party's name, its address or the agreement's date left blank in the opening words. */
export const blankPreamble: Rule = (ctx) => {
  const found: Hit[] = [];
  const lines = opening(ctx.sentences);
  for (const [i, sentence] of lines.entries()) {
    if (LEGEND.test(sentence.text)) continue;
    if (RULE_LINE.test(sentence.text) && [lines[i - 1], lines[i + 1]].some((n) => n && TITLE_LINE.test(n.text))) continue;
    BLANK.lastIndex = 0;
    for (let m = BLANK.exec(sentence.text); m; m = BLANK.exec(sentence.text)) {
      if (FILER_NOTE.test(m[0]) || SPAN_ATTRIBUTES.test(sentence.text.slice(m.index + m[0].length)) || (!sentence.text.slice(0, m.index).trim() && CHECK_BOX.test(sentence.text.slice(m.index)))) continue;
      if (inColumnGap(sentence.text, m.index, m[0].length) || (m[0].startsWith('\u3000') && spacedHeading(sentence.text, m.index))) continue;
      found.push({ sentence, index: m.index, text: m[0], match: m });
    }
  }
  return draftingHits(ctx, 'drafting.blank-preamble', withoutLaw(ctx, found));
};

/**
 * The blanks that are not a governing law or forum: law-blank raises those as a point of their own
 * ("Governing Law: [Fill in state]" on a cover page), so one blank is never filed twice.
 */
function withoutLaw(ctx: ReviewContext, found: Hit[]): Hit[] {
  if (found.length === 0) return found;
  // Where each law blank starts in its paragraph: the blank ends each of law-blank's matches.
  const law = new Set(lawBlanks(ctx).map((h) => `${h.sentence.paragraph}:${h.sentence.start + h.index + h.text.length - h.match[1]!.length}`));
  return law.size === 0 ? found : found.filter((h) => !law.has(`${h.sentence.paragraph}:${h.sentence.start + h.index}`));
}
