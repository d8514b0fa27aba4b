import type { Rule } from '../context';
import { finding } from './finding';
import { partyBefore, partyRightAfter, verdict, type PartyRef } from './side';
import { groupedEvidence, hits, type Hit } from './text';

/** A grant of a perpetual or irrevocable licence: "X grants to Y a perpetual ... licence". */
const GRANT = /\b(?:hereby\s+)?grants?\b|\bshall\s+(?:have|receive|retain)\b/gi;
// Qualifiers may cite a section ("(except in accordance with Section 14.1)"): a point between digits does not end them.
const LASTING = /\b(?:perpetual|irrevocable)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?\blicen[cs]e\b/i;
const FEEDBACK = /\b(?:feedback|suggestions?)\b/i;

/** A perpetual or irrevocable licence from us to the other side: we cannot take it back. */
export const perpetualLicense: Rule = (ctx) => {
  const against: Hit[] = [];
  const unknown: { hit: Hit; grantee: PartyRef }[] = [];
  for (const hit of hits(ctx, GRANT)) {
    const text = hit.sentence.text;
    const after = text.slice(hit.index);
    if (!LASTING.test(after) || FEEDBACK.test(text)) continue;
    // "X grants Y": Y gains; "Y shall have": the subject gains.
    const grantee = /^grant|^hereby/i.test(hit.text)
      ? partyRightAfter(ctx, text, hit.index + hit.text.length)
      : partyBefore(ctx, text, hit.index);
    if (!grantee) continue;
    const v = verdict(ctx, grantee.side);
    if (v === 'against') against.push(hit);
    else if (v === 'unknown' && grantee.side !== 'both') unknown.push({ hit, grantee });
  }
  // In a licence deal a lasting licence may be the bargain itself; elsewhere it gives away the keys.
  const high = ctx.scenario === 'technology-license' ? 'medium' : 'high';
  if (against.length > 0) {
    return [finding(ctx, { rule: 'one-sided.perpetual-license', topic: 'background-license', severity: high, kind: 'one-sided', evidence: groupedEvidence(against) })];
  }
  // Lasting licences granted both ways are a balanced cross-licence, whichever side we are.
  const grantees = new Set(unknown.map((u) => u.grantee.text.toLowerCase()));
  if (unknown.length === 0 || grantees.size > 1) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.perpetual-license',
      key: 'one-sided.perpetual-license-unknown',
      topic: 'background-license',
      severity: high,
      kind: 'one-sided',
      params: { party: unknown[0]!.grantee.text },
      evidence: groupedEvidence(unknown.map((u) => u.hit)),
      sideUnknown: true,
    }),
  ];
};
