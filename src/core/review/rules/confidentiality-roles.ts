import type { Rule } from '../context';
import { DEFINED_ELSEWHERE } from './document-names';
import { finding, inQuotes, listOf } from './finding';
import { groupedEvidence, hits, isDefined, type Hit } from './text';
import { anyMatching } from './sentence-gate';

/** The roles and the deal a non-disclosure form is written around. */
const NDA_WORDS = /\b(?:Disclosing Party|Receiving Party|Recipient|Discloser|Representatives|Proposed Transaction|Transaction)\b/g;
/** "Definitions can be found at URL: ...": the terms are defined outside the text we have. */
const LIST_ELSEWHERE = /\bdefinitions\s+(?:can\s+be|are)\s+(?:found|set\s+out|available)\s+(?:at|in|on)\b/i;
/** A role defined in words where it is used: "the party receiving information (the Recipient)". */
const MEANS_AFTER = /^\s*(?:\)|["”]|\s(?:means|shall mean|has the meaning))/;

/**
 * Confidentiality terms written around roles and a deal the agreement never defines ("the
 * Disclosing Party", "the Recipient", "the Transaction"): outside an NDA, a clause lifted from one, so it is not
 * clear who is bound, whose information is protected, or for what. Three such words make the
 * pattern; one or two are left to the undefined-terms point. Where the draft takes its definitions
 * from another agreement they may be defined there, and that point names it.
 */
export const confidentialityRoles: Rule = (ctx) => {
  // In a non-disclosure agreement these roles are its own, understood from the form as a whole.
  if (ctx.scenario === 'pre-deal-disclosure') return [];
  if (anyMatching(ctx.sentences, DEFINED_ELSEWHERE) || anyMatching(ctx.sentences, LIST_ELSEWHERE)) return [];
  const shortNames = new Set(ctx.parties.map((p) => p.shortName?.toLowerCase()));
  const undefinedUse = (h: Hit) =>
    !isDefined(ctx, h.text) && !shortNames.has(h.text.toLowerCase()) && !MEANS_AFTER.test(h.sentence.text.slice(h.index + h.text.length));
  const found = hits(ctx, NDA_WORDS, undefinedUse);
  const words = [...new Set(found.map((h) => h.text))];
  if (words.length < 3) return [];
  return [
    finding(ctx, {
      rule: 'ambiguous.confidentiality-roles',
      topic: 'confidentiality',
      severity: 'medium',
      kind: 'ambiguous',
      params: { terms: listOf(words.map((w) => inQuotes(w))) },
      evidence: groupedEvidence(found),
    }),
  ];
};
