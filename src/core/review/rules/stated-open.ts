import type { Sentence } from '../context';
import { GAP, re } from '../topics/detector';
import { anyMatching } from './sentence-gate';

/**
 * Terms a draft settles by leaving the deal open on purpose, which the topic detector (that looks for a
 * grant of exclusivity or a named region) does not count: a review that calls them missing tells the
 * reader something the draft answers.
 */

const OPEN_ROLE = String.raw`(?:distributors?|agents?|resellers?|representatives?|dealers?|servicing\s+agents?|sales\s+agents?|affiliates?|partners?|providers?|suppliers?|referral\s+partners?)`;
/** An appointment or the relationship stated to be non-exclusive, or both sides free to make the same deal with others. */
const NON_EXCLUSIVE = [
  re(String.raw`\b(?:appointment|relationship|arrangement|engagement|this\s+agreement)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:on\s+a\s+)?non-?exclusive\b`),
  re(String.raw`\bappoint\w*\b${GAP(60)}\b(?:as\s+)?(?:a|an|its|the)\s+non-?exclusive\s+${OPEN_ROLE}\b`),
  re(String.raw`\b(?:either|each|both)\s+part(?:y|ies)\s+(?:may|is\s+free\s+to|are\s+free\s+to|shall\s+be\s+free\s+to)\s+(?:at\s+any\s+time\s+)?(?:enter\s+into|make|conclude)\b${GAP(40)}\b(?:other|similar|like|comparable)\b${GAP(80)}\bwith\s+(?:any\s+)?(?:other|third|others)\b`),
  re(String.raw`\bnothing\b${GAP(80)}\b(?:prevents?|restricts?|precludes?|prohibits?|limits?)\s+(?:either|each|both)\s+part(?:y|ies)\s+from\s+(?:entering\s+into|making|concluding)\b${GAP(40)}\b(?:other|similar|like|comparable)\b`),
];

/** A reach stated to have no bounds of place: "shall not be geographically restricted", "without territorial limitation". */
const UNBOUNDED = [
  re(String.raw`\bnot\s+(?:be\s+)?geographically\s+(?:restricted|limited|bound)\b`),
  re(String.raw`\bnot\s+(?:be\s+)?(?:restricted|limited)\s+(?:geographically|to\s+any\s+(?:territory|geographic\w*\s+area|region))\b`),
  re(String.raw`\bwithout\s+(?:any\s+)?(?:geographic(?:al)?|territorial)\s+(?:restriction|limitation|limit)s?\b`),
];

/** Whether the draft says the appointment is non-exclusive: that is its answer on exclusivity, not a silence. */
export function saysNonExclusive(sentences: readonly Sentence[]): boolean {
  return anyMatching(sentences, /exclusiv|similar|other|like|comparable/i, (s) => NON_EXCLUSIVE.some((r) => r.test(s.text)));
}

/** Whether the draft says the deal reaches everywhere: a territory, the whole world, not a missing one. */
export function saysNoBoundOfPlace(sentences: readonly Sentence[]): boolean {
  return anyMatching(sentences, /geograph|territorial/i, (s) => UNBOUNDED.some((r) => r.test(s.text)));
}
