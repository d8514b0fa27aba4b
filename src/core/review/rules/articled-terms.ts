// A capitalised word the draft only ever writes after "the" ("for the purposes of the Project only",
// "in connection with the Project"): a thing the draft treats as defined, though no lower-case use
// shows it is an ordinary word. A name ("Nike", "Textgain") stands without the article; a plural
// after "the" is as often a name ("the Netherlands", "the Seahawks"), so only a singular word counts;
// a word also written inside a longer capitalised name ("this Software Licence Agreement ... the
// Software", "the Memorandum of Understanding") takes its sense from that name.
import type { Sentence } from '../context';
import type { Hit } from './text';

/** Uses after "the" it takes; fewer may be a title or an aside. */
const USES = 3;
const THE_BEFORE = /\bthe\s{1,3}$/;

/** Whether a one-word candidate is written after "the" at least three times and never otherwise. */
export function alwaysArticled(candidates: readonly Hit[], sentences: readonly Sentence[]): (phrase: string) => boolean {
  const counts = new Map<string, { the: number; other: number }>();
  for (const h of candidates) {
    if (h.text.includes(' ')) continue;
    const c = counts.get(h.text) ?? { the: 0, other: 0 };
    counts.set(h.text, c);
    if (THE_BEFORE.test(h.sentence.text.slice(Math.max(0, h.index - 6), h.index))) c.the++;
    else c.other++;
  }
  return (phrase) => {
    const c = counts.get(phrase);
    if (c === undefined || c.the < USES || c.other > 0 || phrase.length < 4 || /s$/.test(phrase)) return false;
    const inName = new RegExp(`\\b${phrase}\\s{1,3}(?:(?:of|and|for|on)\\s{1,3}(?:the\\s{1,3})?)?[A-Z]|\\b(?!(?:The|This|That|Such|Each|Any|All|Every|No)\\s)[A-Z][a-z]{1,30}\\s{1,3}${phrase}\\b`);
    return !sentences.some((s) => s.text.includes(phrase) && inName.test(s.text));
  };
}
