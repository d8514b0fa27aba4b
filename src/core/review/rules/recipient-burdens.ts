import type { Rule } from '../context';
import { INDEPENDENT, itemAround } from './confidentiality-scope';
import { finding } from './finding';
import { weReceive } from './flow';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, substantive } from './text';
import { escapeRegExp } from '../../regex-escape';

// Two NDA terms that make the receiving side's usual protections hard to use.

// Proof of independent development from records that predate the disclosure ("as indicated by files
// existing at the time of initial disclosure"): nothing developed after seeing the information counts.
const PREDATING =
  /\b(?:files|records|documents|documentation|evidence)\s+(?:\w+\s+){0,3}?(?:existing|in\s+existence|made|created|dated|maintained)\s+(?:\w+\s+){0,2}?(?:at\s+the\s+time\s+of|prior\s+to|before)\s+(?:the\s+|its\s+)?(?:initial\s+|first\s+)?(?:disclosure|receipt)\b/i;
// Proof from records made as the work was done: a heavier burden than "shown by its records".
const CONTEMPORANEOUS = /\bcontemporaneous(?:ly)?\s+(?:\w+\s+){0,2}?(?:records|documentation|documents|files|evidence)\b/i;

const INDEPENDENT_ALL = new RegExp(INDEPENDENT.source, 'gi');

/**
 * We receive, and the independent-development exception counts only what records made before the
 * disclosure show (medium: our later work can never qualify), or only contemporaneous written records
 * (low: a record-keeping burden our engineers must meet for every project).
 */
export const developmentProof: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  const predating = hits(ctx, INDEPENDENT_ALL, (h) => PREDATING.test(itemAround(ctx, h)));
  const contemporaneous = predating.length > 0 ? [] : hits(ctx, INDEPENDENT_ALL, (h) => CONTEMPORANEOUS.test(itemAround(ctx, h)));
  const found = predating.length > 0 ? predating : contemporaneous;
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.development-proof',
      topic: 'confidentiality',
      severity: predating.length > 0 ? 'medium' : 'low',
      kind: 'one-sided',
      noFix: true,
      evidence: groupedEvidence(found),
    }),
  ];
};

// A duty to fight the order to the end before obeying it: "has exhausted any and all legal remedies
// available to it to limit or prevent the disclosure", "exhaust all available appeals".
const EXHAUST = /\bexhaust\w*\s+(?:any\s+and\s+all\s+|all\s+)?(?:\w+\s+){0,2}?(?:remedies|appeals|avenues|means\s+of\s+(?:challenge|appeal))\b/gi;
const LEGAL_PROCESS = /\b(?:subpoenas?|court|orders?|legal\s+process|judicial|compel\w*|legally\s+required|required\s+by\s+law|governmental)\b/i;

/**
 * We receive, and before disclosing what a court or authority orders we must exhaust every legal
 * remedy against the order: appeals at our cost, for their information, with contempt the risk.
 */
export const exhaustRemedies: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weReceive(ctx) || !ctx.topics.confidentiality.present) return [];
  const ours = ourSide(ctx);
  const found = hits(ctx, EXHAUST, (h) => {
    if (!substantive(ctx, h.sentence) || !LEGAL_PROCESS.test(h.sentence.text)) return false;
    // The party that must exhaust them: ours, unnamed, or the one the sentence has disclosing under
    // compulsion ("shall VENDOR ... disclose ... unless VENDOR has exhausted"), which is the
    // recipient whatever side a role label such as "Vendor" is taken for.
    const who = partyBefore(ctx, h.sentence.text, h.index);
    if (who === undefined || who.side === ours || who.side === 'both') return true;
    return new RegExp(`\\b${escapeRegExp(who.text)}\\b[^.;]{0,80}?\\bdisclos`).test(h.sentence.text.slice(0, h.index));
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.exhaust-remedies', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};
