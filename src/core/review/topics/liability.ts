import { DEFINITION, GAP, re, type TopicDetector } from './detector';
import { limitsEn } from './limit-reading';

/**
 * A limitation of liability or an indemnity: what a breach costs and who bears it. Findings on caps,
 * exclusions, indemnities and guarantees are filed here; no playbook takes a position on it.
 */
export const LIABILITY_DETECTORS: TopicDetector[] = [
  {
    id: 'liability',
    // A limit is read as the rules read it (limit-reading.ts): "in no event shall … be responsible" too.
    cue: /liab|indemn|harmless|consequential|responsib|limitations/i,
    deals: ({ text }) => !DEFINITION.test(text) && (limitsEn(text) || INDEMNITY.some((r) => r.test(text))),
  },
];

// A promise to indemnify or hold harmless, not a mention of "indemnified losses" in passing.
const INDEMNITY = [
  re(String.raw`\bindemnif(?:y|ies|ied)\b${GAP(160)}\b(?:against|from|for)\b`),
  re(String.raw`\bhold\b${GAP(60)}\bharmless\b`),
];
