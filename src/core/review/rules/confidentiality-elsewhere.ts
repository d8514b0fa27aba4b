import type { Rule } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

// Confidential information put under the terms of another, named agreement: "shall be subject to the
// provisions of Section 7.09 of the Separation Agreement", "treated as confidential in accordance with
// the Mutual Non-Disclosure Agreement dated …", "means Discloser Information as defined in the
// Confidential Disclosure Agreement". Not "this Agreement".
const BY_REFERENCE = new RegExp(
  String.raw`\b(?:subject\s+to|governed\s+by|in\s+accordance\s+with|pursuant\s+to|as\s+defined\s+in)\s+(?:the\s+(?:confidentiality\s+)?(?:terms|provisions|obligations)(?:\s+and\s+conditions)?\s+(?:of|set\s+(?:forth|out)\s+in|contained\s+in)\s+)?(?:(?:[Ss]ection|[Aa]rticle|[Cc]lause|[Pp]aragraph)\s+[\dA-Za-z.()]+\s+of\s+)?(?:the|that\s+certain|said)\s+(?:[A-Z][\w-]*\s+){1,4}Agreement\b`,
  'g',
);
const CONFIDENTIAL = /\bconfidential\w*|\bnon-?disclosure\b/i;
// A duty of the draft's own: keep, hold or treat in confidence, or not disclose.
export const OWN_DUTY =
  /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:\w+\s+){0,3}?(?:keep|hold|maintain|treat|protect)\b[^.;]{0,100}\b(?:confiden\w*|secre\w*)|\b(?:shall|will|must|agrees?|undertakes?)\s+not\s+(?:to\s+)?(?:\w+\s+){0,4}?(?:disclose|divulge|reveal)\b|\bneither\s+party\s+(?:shall|will|may)\s+(?:\w+\s+){0,3}?(?:disclose|divulge|reveal)\b/i;

/**
 * Confidentiality only by reference to another agreement: its scope, exceptions and duration cannot
 * be read from this draft, and end when that agreement ends.
 */
export const confidentialityElsewhere: Rule = (ctx) => {
  const found = byReference(ctx);
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'ambiguous.confidentiality-elsewhere', topic: 'confidentiality', fixClause: 'confidentiality', severity: 'low', kind: 'ambiguous', evidence: groupedEvidence(found) })];
};

/** The references that put confidentiality under another agreement, when this draft has no duty of its own. */
function byReference(ctx: Parameters<Rule>[0]): ReturnType<typeof hits> {
  const found = hits(ctx, BY_REFERENCE, (h) => CONFIDENTIAL.test(h.sentence.text));
  if (anyMatching(ctx.sentences, OWN_DUTY, (s) => !found.some((h) => h.sentence === s))) return [];
  return found;
}

/** Confidentiality kept in another agreement: its exceptions are there, not missing here. */
export const keptElsewhere = (ctx: Parameters<Rule>[0]): boolean => byReference(ctx).length > 0;
