import type { Evidence } from '../../findings';
import type { Rule } from '../context';
import { finding } from './finding';
import { hits, quote } from './text';

// A licence promised for later: "each party undertakes to grant a royalty free license", "the Parties
// shall negotiate in good faith to license such IP".
const PROMISE =
  /\b(?:undertakes?|agrees?|shall|will|commits?)\s+(?:to\s+)?(?:negotiate\s+(?:in\s+good\s+faith\s+)?(?:to\s+(?:grant\s+(?:a\s+|an\s+)?)?licen[cs]e|(?:for\s+|the\s+terms\s+of\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?licen[cs]e\b)|grant\s[^.;]{0,120}?\blicen[cs]e\b)/gi;
// …on a condition no one can check, or on terms still to be agreed.
const OPEN =
  /\bwhere\s+appropriate\b|\bto\s+the\s+extent\s+(?:required|necessary|needed|appropriate)\b|\bas\s+(?:may\s+be\s+)?(?:required|necessary|needed|appropriate)\b|\bif\s+(?:required|necessary|needed)\b|\b(?:terms|conditions)\s+to\s+be\s+(?:agreed|negotiated)\b|\bas\s+may\s+be\s+agreed\b|\bnegotiate\s+(?:in\s+good\s+faith\s+)?(?:to|for|the\s+terms|a|an)\b/i;
// What happens if no terms are agreed, said next: "if the Parties cannot reach agreement …".
const NO_AGREEMENT = /\b(?:cannot|can\s+not|do\s+not|does\s+not|fail\w*\s+to)\s+(?:reach\s+)?agree\w*\b/i;

/**
 * A licence promised without its terms, or on a condition no one decides: an agreement to agree,
 * which a court may not enforce and which leaves scope, field and term to a later fight.
 */
export const licenceToAgree: Rule = (ctx) => {
  if (!ctx.role) return [];
  const evidence: Evidence[] = [];
  const seen = new Set<number>();
  for (const h of hits(ctx, PROMISE, (x) => OPEN.test(x.sentence.text))) {
    const i = ctx.sentences.indexOf(h.sentence);
    if (seen.has(i)) continue;
    seen.add(i);
    evidence.push(quote(h.sentence, h.index, h.index + h.text.length));
    const next = ctx.sentences[i + 1];
    if (next && next.paragraph === h.sentence.paragraph && NO_AGREEMENT.test(next.text)) evidence.push(quote(next));
  }
  if (evidence.length === 0) return [];
  return [finding(ctx, { rule: 'ambiguous.licence-to-agree', topic: 'background-license', severity: 'medium', kind: 'ambiguous', evidence: evidence.slice(0, 8) })];
};
