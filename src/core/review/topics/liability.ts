import { DEFINITION, GAP, re, type TopicDetector } from './detector';

/**
 * A limitation of liability or an indemnity: what a breach costs and who bears it. Findings on caps,
 * exclusions, indemnities and guarantees are filed here; no playbook takes a position on it.
 */
export const LIABILITY_DETECTORS: TopicDetector[] = [
  {
    id: 'liability',
    cue: /liab|liable|indemn|harmless|consequential/i,
    deals: ({ text }) => !DEFINITION.test(text) && (LIMIT.some((r) => r.test(text)) || INDEMNITY.some((r) => r.test(text))),
  },
];

const REMOTE = String.raw`(?:indirect|consequential|incidental|special|punitive|exemplary)`;
// A cap, an exclusion of kinds of loss, or the heading words written out in the clause.
const LIMIT = [
  re(String.raw`\blimitations?\s+(?:of|on)\s+liability\b`),
  re(String.raw`\b(?:aggregate|total|maximum|cumulative|entire)\s+liability\b`),
  re(String.raw`\bliability\b${GAP(120)}\b(?:shall\s+not\s+exceed|will\s+not\s+exceed|(?:is|be|are|shall\s+be)\s+limited\s+to|capped\s+at)\b`),
  re(String.raw`\bliable\b${GAP(120)}\b${REMOTE}\b${GAP(80)}\b(?:damages?|loss(?:es)?)\b`),
  re(String.raw`\b${REMOTE}\b${GAP(80)}\b(?:damages?|loss(?:es)?)\b${GAP(120)}\b(?:excluded|not\s+(?:be\s+)?liable|no\s+liability)\b`),
];
// A promise to indemnify or hold harmless, not a mention of "indemnified losses" in passing.
const INDEMNITY = [
  re(String.raw`\bindemnif(?:y|ies|ied)\b${GAP(160)}\b(?:against|from|for)\b`),
  re(String.raw`\bhold\b${GAP(60)}\bharmless\b`),
];
