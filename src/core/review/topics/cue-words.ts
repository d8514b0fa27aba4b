import { requiredText } from '../required-text';
import type { TopicDetector } from './detector';
import { wordAutomaton } from './word-automaton';

/**
 * Which topic cues could match a sentence, from one scan of it: every cue cannot match without one
 * of a few words (required-text.ts: "licenc" or "licens" for /licen[cs]/i), and one pass over the
 * sentence (word-automaton.ts) finds all those words of all cues, where each cue would otherwise scan every sentence of a long
 * contract itself. Only the cues with a word in the sentence are then tried, so a topic is found in
 * exactly the sentences it was before.
 */
export interface CueWords {
  /** Per detector, in the order given: the ids of its words, or null when it is always tried. */
  needs: readonly (readonly number[] | null)[];
  /** Per detector, 1 where its cue could match the sentence last scanned (it holds one of the cue's words, or the cue is always tried). */
  present: Uint8Array;
  scan(lower: string): void;
}

/**
 * What the scanner is made from, plain data: the words and each detector's word ids (null: always
 * tried). Reading every cue for its words is most of the topic detector's set-up, so the command
 * line's bundle carries this worked out at build time (scripts/build-cli.ts), from the same detectors.
 */
export interface CueIndex {
  words: string[];
  needs: (number[] | null)[];
}

export function cueIndex(detectors: readonly TopicDetector[]): CueIndex {
  const ids = new Map<string, number>();
  const needs = detectors.map((d) => {
    // `test` on a global or sticky pattern depends on where the last one stopped: always tried.
    const required = d.cue.global || d.cue.sticky ? null : requiredText(d.cue);
    if (!required?.caseless) return null;
    return required.words.map((w) => {
      if (!ids.has(w)) ids.set(w, ids.size);
      return ids.get(w)!;
    });
  });
  return { words: [...ids.keys()], needs };
}

export function cueWords({ words, needs }: CueIndex): CueWords {
  // Each word marks the detectors that need it, so a scan leaves one flag per detector to read: asking
  // each detector's words in turn, for every sentence, was a loop of calls a review runs unoptimised.
  const marks: number[][] = words.map(() => []);
  needs.forEach((need, k) => need?.forEach((id) => marks[id]!.push(k)));
  const automaton = wordAutomaton(words, marks);
  // Detectors always tried start each scan marked, copied in at once.
  const start = Uint8Array.from(needs, (need) => (need ? 0 : 1));
  const present = new Uint8Array(needs.length);
  return {
    needs,
    present,
    scan(lower: string): void {
      present.set(start);
      automaton.mark(lower, present);
    },
  };
}

/** Whether a sentence scanned by `words` could match detector `k`'s cue. */
export function mayMatch(words: CueWords, k: number): boolean {
  return words.present[k] === 1;
}
