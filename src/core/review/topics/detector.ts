import type { TopicId } from '../../topics';

/** What a detector sees: one sentence and the heading of the section it sits in. */
export interface TopicSentence {
  text: string;
  heading: string;
  /** Where the sentence is an item of a list, the words that introduce it ("Nothing in this Agreement:"). */
  lead?: string;
}

/**
 * How the contract's language shows a topic. `cue` is a cheap test that the sentence could be
 * about the topic; `deals` decides on the sentence whether it actually is.
 */
export interface TopicDetector {
  id: TopicId;
  cue: RegExp;
  deals(s: TopicSentence): boolean;
}

/**
 * Gap between two cues within one clause: any characters but a sentence or clause break, bounded
 * so that matching stays linear in the sentence length.
 */
export const GAP = (max: number): string => `[^.;:]{0,${max}}?`;

export function re(source: string, flags = 'i'): RegExp {
  return new RegExp(source, flags);
}

// What one side hands the other: information, materials or samples, as contracts name them.
export const SHARED_THINGS = String.raw`(?:confidential|proprietary|information|materials?|samples?|data|documents?|documentation|records|copies|notes|know-how|trade\s+secrets?|software|prototypes?|specimens?|evaluation\s+units?|property|tangible|embodiments?|CI\b|items?|residues?)`;

/** A definition ('"Data" means …', '(f) "Confidential Information" means …') defines; it does not allocate. */
export const DEFINITION = /^(?:\([a-z0-9]{1,4}\)|[\d.]+)?[^a-z]{0,20}["“][^"”]{1,60}["”]\s+(?:shall\s+)?means?\b/;
