import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, verdict } from './side';
import { groupedEvidence, hitsWhere } from './text';
import { anyMatching } from './sentence-gate';

// A right to go through a party's books: "shall have the right to audit any and all Company records".
const AUDIT =
  /\b(?:right|may|entitled|permitted)\b[^.;]{0,40}?\b(?:audit|inspect|examine)\b[^.;]{0,120}?\b(?:records|books|accounts)\b/gi;
const ROYALTIES = /\broyalt\w*|\bnet\s+sales\b/i;
// A duty to keep something confidential or not to disclose it, and what follows names the object.
const DUTY =
  /\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:\w+\s+){0,3}?(?:keep|hold|maintain|treat|protect)\b[^.;]{0,100}\b(?:confiden\w*|secre\w*|in\s+confidence)|\b(?:shall|will|must|agrees?|undertakes?)\s+not\s+(?:to\s+)?(?:\w+\s+){0,4}?(?:disclose|divulge|reveal)\b|\bneither\s+party\s+(?:shall|will|may)\s+(?:\w+\s+){0,3}?(?:disclose|divulge|reveal)\b|\bconfidential(?:ity)?\b/gi;
// Keeping the deal's own terms quiet protects neither side's information.
const TERMS_ONLY = /^[^.;]{0,40}?\b(?:terms|existence|provisions|contents?)\s+of\s+(?:this|the)\s+agreement\b/i;

/** Some confidentiality duty that binds the auditor too: theirs, mutual, or of a party we cannot place. */
function auditorBound(ctx: Parameters<Rule>[0], s: Sentence): boolean {
  DUTY.lastIndex = 0;
  for (let m = DUTY.exec(s.text); m; m = DUTY.exec(s.text)) {
    if (TERMS_ONLY.test(s.text.slice(m.index + m[0].length))) continue;
    if (/^confidential/i.test(m[0]) && !/\b(?:records|audit\w*|reports?|information)\b/i.test(s.text)) continue;
    const bound = partyBefore(ctx, s.text, m.index);
    if (!bound || bound.side === undefined || bound.side === 'both' || verdict(ctx, bound.side) === 'against') return true;
  }
  return false;
}

/**
 * The other side may audit our books and gets our sales reports, and nothing binds it to keep what it
 * sees confidential: customer names, prices and volumes can reach our competitors.
 */
export const auditConfidentiality: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const royalties = anyMatching(ctx.sentences, ROYALTIES);
  const audits = hitsWhere(ctx, /\b(?:audit|inspect|examine)/i, AUDIT, (h) => {
    const v = verdict(ctx, partyBefore(ctx, h.sentence.text, h.index)?.side);
    // Unnamed sides: a royalty audit is the licensor's, of the licensee's books.
    return v === 'against' || (v === 'unknown' && ctx.role === 'licensee' && royalties);
  });
  if (audits.length === 0) return [];
  if (ctx.sentences.some((s) => auditorBound(ctx, s))) return [];
  return [finding(ctx, { rule: 'missing.audit-confidentiality', topic: 'confidentiality', fixClause: 'confidentiality', severity: 'low', kind: 'missing', evidence: groupedEvidence(audits) })];
};
