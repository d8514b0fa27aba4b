import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose, weReceive } from './flow';
import { groupedEvidence, hits, inHeading, type Hit } from './text';

// A duty with no end: "in perpetuity", "perpetually", "indefinitely", "without limit of time", "shall
// not expire"; 永久, 无限期, 不受期限限制.
const ENDLESS =
  /\b(?:in\s+perpetuity|perpetual(?:ly)?|indefinite(?:ly)?|for\s+an\s+unlimited\s+(?:period|time)|without\s+(?:any\s+)?(?:limit(?:ation)?|restriction)\s+(?:of|in|as\s+to)\s+(?:time|duration)|(?:shall|will)\s+(?:not|never)\s+(?:expire|lapse|terminate))\b|永久(?:有效|保密|性)?|无限期|不受(?:任何)?(?:时间|期限)(?:的)?限制|无(?:固定|具体)?(?:期限|时间)限制/g;
// Of the duty to keep information secret or unused.
const DUTY = /\bconfidential\w*|\bnon-?disclosure\b|\bsecre(?:cy|t)\b|\bnot\s+(?:to\s+)?(?:disclose|use)\b|保密|不得(?:向[^。；]{0,20})?(?:披露|泄露|透露|使用)/i;
// Only trade secrets kept that long: the usual answer, not a duty over everything.
const TRADE_SECRETS = /\btrade\s+secrets?\b|商业秘密|技术秘密/i;
// The word is of something else: a perpetual licence ("licensed in perpetuity"), not "the Licensee".
const OTHER = /\blicen(?:[cs]es?|sed)\b(?!\s+agreement)|\bright\s+to\s+use\b|(?:永久|无限期)[^。；]{0,6}(?:许可|授权)(?![方人])/i;

/**
 * We receive their information and the duty to keep it secret has no end, over everything they
 * disclose rather than over trade secrets alone: we must police for ever information that goes stale,
 * becomes part of our own know-how or was never worth protecting, and every later product invites a
 * claim that it used something we were told. A burden for the receiving side only; for the side that
 * discloses it is in our favour, so the rule stays quiet there (and in a mutual deal, where it binds
 * them as it binds us).
 */
export const endlessConfidentiality: Rule = (ctx) => {
  if (!weReceive(ctx) || weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const found = hits(ctx, ENDLESS, (h: Hit) => {
    const text = h.sentence.text;
    return !inHeading(ctx, h.sentence) && DUTY.test(text) && !TRADE_SECRETS.test(text) && !OTHER.test(text);
  });
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.endless-confidentiality',
      topic: 'confidentiality',
      severity: 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      // A stated number of years after the deal ends, and trade secrets for as long as they stay secret.
      fixClause: 'confidentiality',
    }),
  ];
};
