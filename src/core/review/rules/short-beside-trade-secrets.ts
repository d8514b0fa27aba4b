import type { ReviewContext, RuleFinding } from '../context';
import { finding } from './finding';
import { groupedEvidence, type Hit } from './text';

/**
 * Trade secrets protected while they stay secret do not make any fixed period enough for the rest.
 * What we disclose beyond trade secrets (test data, designs, process settings, plans) is ours to
 * protect only by contract: it may not meet the test for a trade secret, or we may be unable to
 * prove it does. A period of one year frees it within months of the last disclosure, often before
 * the evaluation or the negotiation ends, and a confidentiality term that short is itself evidence
 * against the reasonable secrecy measures a trade secret needs. One year counted from the end of
 * the deal, or two years, is short, a point to note; three years or more with trade secrets
 * protected longer is what we accept.
 */
const ACCEPTED_YEARS = 3;
/** The period counted from the deal's end, not from each disclosure: "one (1) year after termination". */
const AFTER_END = /^[^.;]{0,40}?\b(?:after|following|from|beyond)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:terminat\w*|expir\w*|end)\b/i;

/** The short periods of a confidentiality duty whose trade secrets last longer, weighed by how short they are. */
export function shortBesideTradeSecrets(ctx: ReviewContext, periods: readonly { hit: Hit; years: number }[]): RuleFinding[] {
  const short = periods.filter((p) => p.years < ACCEPTED_YEARS);
  if (short.length === 0) return [];
  const fromDisclosure = short.some((p) => p.years <= 1 && !AFTER_END.test(p.hit.sentence.text.slice(p.hit.index + p.hit.text.length)));
  return [
    finding(ctx, {
      rule: 'one-sided.short-confidentiality',
      key: 'one-sided.short-confidentiality.trade-secrets',
      topic: 'confidentiality',
      severity: fromDisclosure ? 'medium' : 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(short.map((p) => p.hit)),
    }),
  ];
}
