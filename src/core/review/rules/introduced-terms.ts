// A thing the draft introduces in lower case and then writes with a capital, for the undefined-term
// rule: "will provide a warrant to purchase 2 million shares ... The value of the Warrants will be
// ...". The sentence before says which warrant is meant, so the capital points back to it, as a
// definition would; what is wrong is only the case, and no lawyer asks for a definition there.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { draftJoined } from '../draft-text';

/** How far before the first capitalised use the introduction may stand: the sentence or two before. */
const REACH = 400;

/** What each phrase asked has been found to be, once per review. */
const reading = perReview((ctx) => ({ text: draftJoined(ctx), known: new Map<string, boolean>() }));

const isWordChar = (c: string) => /\w/.test(c);

/** The text before a use ends with a capitalised word and a space: the use ends a longer name. Read by hand, not by a pattern anchored at the end. */
function afterCapital(lead: string): boolean {
  const trimmed = lead.trimEnd();
  if (trimmed.length === lead.length) return false;
  const word = trimmed.slice(trimmed.lastIndexOf(' ') + 1);
  return /^[A-Z]/.test(word);
}

/** The phrase (either number) is first written with a capital just after "a" or "an" and its words in lower case. */
export function introducedInLowerCase(ctx: ReviewContext, phrase: string): boolean {
  if (!/^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/.test(phrase)) return false;
  const { text, known } = reading(ctx);
  let found = known.get(phrase);
  if (found === undefined) known.set(phrase, (found = introduced(text, phrase)));
  return found;
}

function introduced(text: string, phrase: string): boolean {
  // The singular stem: "Warrants" and "Warrant" are one thing.
  const stem = phrase.length > 4 && phrase.endsWith('s') && !phrase.endsWith('ss') ? phrase.slice(0, -1) : phrase;
  let at = -1;
  for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + 1)) {
    const next = text.slice(i + stem.length, i + stem.length + 2);
    // On its own, not the end of a longer name ("the Performance Royalty Fee" is no use of "Royalty Fee").
    if ((i === 0 || !isWordChar(text.charAt(i - 1))) && !isWordChar(next.replace(/^s/, '').charAt(0)) && !afterCapital(text.slice(Math.max(0, i - 30), i))) {
      at = i;
      break;
    }
  }
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - REACH), at);
  // Every introduction holds the stem's first word in lower case: without it no pattern is built
  // (one a phrase, compiled, was most of this reading's time).
  if (!before.includes(stem.split(' ')[0]!.toLowerCase())) return false;
  const lower = stem.toLowerCase().replace(/ /g, ' {1,3}');
  const intro = new RegExp(`\\b(?:a|an) {1,3}${lower}s?\\b`, 'g');
  let last: RegExpExecArray | null = null;
  for (let m = intro.exec(before); m; m = intro.exec(before)) last = m;
  // A name given to it in quotes ("an additional term of three years (the "First Additional Term")")
  // makes the capital a slip from that name, not a pointer back.
  return last !== null && !/["“”]/.test(before.slice(last.index));
}
