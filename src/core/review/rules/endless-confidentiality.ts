import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose, weReceive } from './flow';
import { groupedEvidence, hits, inHeading, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// A duty with no end: "in perpetuity", "perpetually", "indefinitely", "without limit of time", "shall
// not expire"; 永久, 无限期, 不受期限限制.
const ENDLESS =
  /\b(?:in\s+perpetuity|perpetual(?:ly)?|indefinite(?:ly)?|for\s+an\s+unlimited\s+(?:period|time)|without\s+(?:any\s+)?(?:limit(?:ation)?|restriction)\s+(?:of|in|as\s+to)\s+(?:time|duration)|(?:shall|will)\s+(?:not|never)\s+(?:expire|lapse|terminate))\b|永久(?:有效|保密|性)?|无限期|不受(?:任何)?(?:时间|期限)(?:的)?限制|无(?:固定|具体)?(?:期限|时间)限制/g;
// An end that may never come: "until the information becomes public", 直至该信息为公众所知悉.
const UNTIL_PUBLIC =
  /\buntil\s+(?:such\s+time\s+as\s+)?(?:it|they|the\s+\w+(?:\s+\w+)?|such\s+\w+(?:\s+\w+)?)\s+(?:becomes?|is|are)\s+(?:generally\s+|publicly\s+)?(?:available\s+to\s+the\s+public|public(?:ly\s+(?:known|available))?|known\s+to\s+the\s+public|part\s+of\s+the\s+public\s+domain)\b|直至(?:该|上述|相关)?(?:保密)?信息[^。；]{0,10}(?:为公众所知悉|进入公(?:有|共)领域|公开)/g;
// Any end of the deal or of the duty, or any time at all: where the draft names one, silence on the
// duty's term is not the point (the duty may end with the deal, or the stated time is read elsewhere).
const ANY_END = /\b(?:terminat\w*|expir\w*|expiry|surviv\w*|years?|months?)\b|终止|期满|届满|解除|有效期|[年月]/i;
// A duty both sides owe ("each party shall keep the other's information secret"): silence binds them as it binds us.
const MUTUAL = /\b(?:each|either|neither)\s+party\b|\bboth\s+parties\b|\bthe\s+parties\s+shall\b|双方|各方|任何一方|任一方/i;
// A stated time for the duty, beside which "until it becomes public" is an earlier end, not the only one.
const TIMED = /\b(?:years?|months?)\b|[年月]/i;
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
  const keep = (h: Hit) => {
    const text = h.sentence.text;
    return !inHeading(ctx, h.sentence) && DUTY.test(text) && !TRADE_SECRETS.test(text) && !OTHER.test(text);
  };
  const timed = anyMatching(ctx.sentences, DUTY, (s) => TIMED.test(s.text));
  // "Termination shall not terminate the duty, which continues for three years": a time in the same sentence is the duty's end.
  const found = [...hits(ctx, ENDLESS, (h) => keep(h) && !TIMED.test(h.sentence.text)), ...(timed ? [] : hits(ctx, UNTIL_PUBLIC, keep))];
  const silent = found.length === 0 ? silence(ctx) : [];
  if (found.length === 0 && silent.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.endless-confidentiality',
      ...(silent.length > 0 ? { key: 'one-sided.endless-confidentiality.silent' } : {}),
      topic: 'confidentiality',
      severity: 'low',
      kind: 'one-sided',
      evidence: found.length > 0 ? groupedEvidence(found) : silent,
      // A stated number of years after the deal ends, and trade secrets for as long as they stay secret.
      fixClause: 'confidentiality',
    }),
  ];
};

/**
 * The duty says nothing of how long it lasts, the draft names no end of the deal, no time and no
 * survival: read as lasting while the information stays confidential (as courts do, and as good
 * faith asks after a contract under PRC law). Quiet where the playbook already raises a missing
 * survival term for our side, so the one gap is reported once, and where the duty binds both sides.
 */
function silence(ctx: Parameters<Rule>[0]): Evidence[] {
  if (ctx.topics.survival.present || ctx.playbook?.missing?.survival) return [];
  if (anyMatching(ctx.sentences, ANY_END)) return [];
  const duties = ctx.topics.confidentiality.evidence.filter((e) => DUTY.test(e.text));
  if (duties.some((e) => MUTUAL.test(e.text))) return [];
  const duty = duties[0];
  return duty ? [duty] : [];
}
