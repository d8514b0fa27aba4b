import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, substantive } from './text';

// A promise that what is disclosed is right: "represents, warrants and covenants that all information
// furnished by said party ... is true, complete, correct and accurate".
const WARRANTS = /\b(?:represents?|warrants?|guarantees?|undertakes?)\b(?:,?\s+(?:and\s+)?(?:represents?|warrants?|covenants?|guarantees?|agrees?)){0,4}\s+that\b[^.;]{0,160}?\b(?:true|accurate|complete|correct|error-free|free\s+(?:of|from)\s+errors?)\b/gi;
// What is warranted must be the information shared, not a party's authority or its own records.
const SHARED = /\b(?:information|data|materials?|documents?|evaluation\s+material)\b[^.;]{0,60}\b(?:furnished|disclosed|provided|supplied|delivered|given|made\s+available)\b/i;
// The usual disclaimer, which is what a discloser wants: "makes no representation or warranty as to accuracy".
const DISCLAIMED = /\b(?:no|not|neither|nor|without|disclaim\w*)\b[^.;]{0,40}\b(?:represent\w*|warrant\w*)\b/i;

/**
 * We disclose, and the draft makes us warrant that what we disclose is true, complete and accurate:
 * an NDA shares information to evaluate a deal, and any error in it becomes a claim against us.
 */
export const accuracyWarranty: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const ours = ourSide(ctx);
  const found = hits(ctx, WARRANTS, (h) => {
    const text = h.sentence.text;
    if (!substantive(ctx, h.sentence) || DISCLAIMED.test(text) || !SHARED.test(text)) return false;
    // Who gives it: us, each party, or no one named.
    const who = partyBefore(ctx, text, h.index);
    return who === undefined || who.side === ours || who.side === 'both';
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.accuracy-warranty', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};
