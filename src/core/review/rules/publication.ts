import type { Rule } from '../context';
import { finding } from './finding';
import { partyBefore, verdict, type PartyRef } from './side';
import { groupedEvidence, hits, type Hit } from './text';

/** A right to publish or present the work: "Evaluator may publish the results". */
const PUBLISH = /\b(?:may|(?:shall|will)\s+be\s+(?:entitled|free|permitted)\s+to|is\s+(?:entitled|free|permitted)\s+to)\s+(?:\w+\s+){0,2}?(?:publish|present|disclose\s+publicly)\b/gi;
/** Our say before it goes out: review, comment, consent or a delay to file patents. */
const CHECKED = /\b(?:consent|approv\w*|review|comment|prior\s+written|delay|patent\s+application|redact|remove\s+(?:any\s+)?confidential)\b/i;

/**
 * The other side may publish results or data about our technology without letting us review it
 * first: our information or the novelty of a patentable invention can be lost.
 */
export const publication: Rule = (ctx) => {
  const against: Hit[] = [];
  const unknown: { hit: Hit; who: PartyRef }[] = [];
  for (const hit of hits(ctx, PUBLISH, (h) => !CHECKED.test(h.sentence.text))) {
    const who = partyBefore(ctx, hit.sentence.text, hit.index);
    const v = verdict(ctx, who?.side);
    if (v === 'against') against.push(hit);
    else if (v === 'unknown' && (who?.side === 'A' || who?.side === 'B')) unknown.push({ hit, who });
  }
  if (against.length > 0) {
    return [finding(ctx, { rule: 'one-sided.publication', topic: 'publication', severity: 'high', kind: 'one-sided', evidence: groupedEvidence(against) })];
  }
  if (unknown.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.publication',
      key: 'one-sided.publication-unknown',
      topic: 'publication',
      severity: 'medium',
      kind: 'one-sided',
      params: { party: unknown[0]!.who.text },
      evidence: groupedEvidence(unknown.map((u) => u.hit)),
      sideUnknown: true,
    }),
  ];
};
