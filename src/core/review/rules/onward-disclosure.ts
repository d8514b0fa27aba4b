import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { partyBefore } from './side';
import { groupedEvidence, hits, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// A right to pass confidential information on to those who fund a party: "may disclose the
// Confidential Information to its banks, financiers and professional advisers".
const TO_FUNDERS =
  /\b(?:disclos\w*|communicat\w*|pass\w*\s+on|reveal\w*|make\s+(?:\w+\s+)?available|furnish\w*|provide|share)\b[^.;]{0,160}?\bto\b[^.;]{0,120}?\b(?:banks?|bankers|lenders?|financiers?|financing\s+(?:sources?|parties|banks?|institutions?)|(?:sources|providers)\s+of\s+(?:debt\s+|equity\s+)?(?:financing|funding|finance)|funders?|(?:actual\s+or\s+)?(?:potential|prospective)\s+(?:investors?|lenders?|financiers?))\b/gi;
// What binds the funder, in the same sentence or the next: a duty of confidence on the recipient, or
// the disclosing party answering for it.
const BOUND =
  /\bbound\s+by\b|\b(?:obligations?|duty|duties|undertakings?)\s+(?:of|to\s+(?:keep|maintain))\s+(?:confidentiality|confidence|secrecy|non-disclosure|it\s+confidential)|\b(?:confidentiality|non-disclosure|secrecy)\s+(?:obligations?|undertakings?|agreements?|terms|restrictions|duty|duties)\b|\bconfidential\s+(?:nature|basis)\b|\bin\s+(?:strict\s+)?confidence\b|\bno\s+less\s+(?:protective|stringent|restrictive)\b|\bas\s+(?:protective|stringent|restrictive)\s+as\b|\b(?:agrees?|undertakes?)\s+to\s+(?:keep|hold|maintain|treat)\b|\b(?:responsible|liable)\s+for\s+(?:any\s+)?(?:breach|disclosure|acts?|failure)\b/i;
// Information-access laws that may make a public body publish what it holds.
const FOI =
  /\b(?:freedom\s+of\s+information|FOIA|public\s+records?\s+(?:act|law)s?|open\s+records?\s+(?:act|law)s?|access\s+to\s+information\s+(?:act|law)|environmental\s+information\s+regulations|government\s+information\s+disclosure)\b/gi;
// A duty to consult the discloser before deciding, or to claim the exemptions for it.
const CONSULT =
  /\b(?:shall|will|must|agrees?\s+to)\s+(?:first\s+|promptly\s+)?(?:consult|seek\s+(?:the\s+)?(?:\w+\s+)?views|take\s+(?:into\s+account|account\s+of)\s+(?:\w+\s+){0,3}?(?:views|representations|objections)|(?:apply|claim|assert|rely\s+on)\s+(?:\w+\s+){0,3}?exemptions?)\b/i;

const A_FACT = /^\w+\s+(?:the\s+fact\s+)?that\b/i;
const INFORMATION = /\b(?:confidential|proprietary|information|data|documents?|materials?|it|them|same)\b/i;
const DEFINITION = /["”]\s*means\b/i;
// Where the consultation would be promised: about requests or disclosure ("without consulting" promises none).
const REQUESTS = /\b(?:requests?\s+for\s+information|freedom\s+of\s+information|FOIA|disclos\w*)\b/i;
const WITHOUT = /\bwithout\s+consult\w*/gi;

/** The sentence, or the one after it, binds the one who receives the information. */
function bound(ctx: Parameters<Rule>[0], h: Hit): boolean {
  const i = ctx.sentences.indexOf(h.sentence);
  return BOUND.test(h.sentence.text) || BOUND.test(ctx.sentences[i + 1]?.text ?? '');
}

/**
 * We disclose, and the other side may pass our information on where nothing binds the recipient: to
 * its banks, lenders or investors with no duty of confidence on them, or under a freedom-of-information
 * law it applies alone, without consulting us. Either way our information leaves the agreement's
 * protection. A right we share weighs less (we gain it too); one the draft makes the recipient keep
 * confidential stays quiet.
 */
export const onwardDisclosure: Rule = (ctx) => {
  if (!weDisclose(ctx)) return [];
  const out: RuleFinding[] = [];
  const funders = hits(ctx, TO_FUNDERS, (h) => {
    if (DEFINITION.test(h.sentence.text) || bound(ctx, h)) return false;
    // What is passed must be the information, not a fact about the deal ("may disclose that the
    // Manufacturer makes its Products to potential investors").
    if (A_FACT.test(h.text) || !INFORMATION.test(h.text)) return false;
    const side = partyBefore(ctx, h.sentence.text, h.index)?.side;
    return side === 'B' || side === 'both';
  });
  if (funders.length > 0) {
    const theirsAlone = funders.some((h) => partyBefore(ctx, h.sentence.text, h.index)?.side === 'B');
    out.push(
      finding(ctx, {
        rule: 'one-sided.onward-disclosure',
        topic: 'confidentiality',
        severity: theirsAlone ? 'medium' : 'low',
        kind: 'one-sided',
        evidence: groupedEvidence(funders),
        fixClause: 'confidentiality',
      }),
    );
  }
  const foi = hits(ctx, FOI);
  if (foi.length > 0 && !anyMatching(ctx.sentences, REQUESTS, (s) => CONSULT.test(s.text.replace(WITHOUT, '')))) {
    const applied = foi.filter((h) => !DEFINITION.test(h.sentence.text));
    out.push(
      finding(ctx, {
        rule: 'one-sided.onward-disclosure',
        key: 'one-sided.onward-disclosure-foi',
        topic: 'confidentiality',
        severity: 'medium',
        kind: 'one-sided',
        // Quote where the law is applied, not where its name is defined.
        evidence: groupedEvidence(applied.length > 0 ? applied : foi),
        noFix: true,
      }),
    );
  }
  return out;
};
