import type { Rule } from '../context';
import { finding } from './finding';
import { partyBefore, verdict } from './side';
import { groupedEvidence, hits, type Hit } from './text';

const KEEP =
  /\b(?:may|(?:shall|will)\s+be\s+(?:entitled|permitted|free)\s+to|is\s+(?:entitled|permitted)\s+to|may\s+continue\s+to)\s+(?:\w+\s+){0,2}?(?:retain|keep)\b|\b(?:not|no)\s+(?:be\s+)?(?:required|obligated|obliged)\s+to\s+(?:return|destroy)\b/gi;
const WHAT = /\b(?:samples?|materials?|prototypes?|test\s+data|data|results|confidential\s+information|proprietary\s+information|copies|documents)\b/i;
/** A copy kept for legal, archival or back-up reasons is the accepted carve-out, not a finding. */
const ARCHIVAL =
  /\b(?:archiv\w*|legal|compliance|regulatory|back-?ups?|record-?keeping|evidenc\w*|disputes?|one\s+(?:\(1\)\s+)?cop(?:y|ies)|a\s+single\s+copy|required\s+by\s+(?:applicable\s+)?law|automatic\w*|electronic)\b/i;

/** The other side may keep our samples, data or information after the deal. */
export const retention: Rule = (ctx) => {
  const against: Hit[] = [];
  const unknown: Hit[] = [];
  for (const hit of hits(ctx, KEEP, (h) => WHAT.test(h.sentence.text) && !ARCHIVAL.test(h.sentence.text))) {
    const v = verdict(ctx, partyBefore(ctx, hit.sentence.text, hit.index)?.side);
    if (v === 'against') against.push(hit);
    else if (v === 'unknown') unknown.push(hit);
  }
  const out = [];
  if (against.length > 0) {
    out.push(finding(ctx, { rule: 'one-sided.retention', topic: 'return-or-destroy', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(against) }));
  }
  if (unknown.length > 0) {
    out.push(
      finding(ctx, {
        rule: 'one-sided.retention',
        topic: 'return-or-destroy',
        severity: 'low',
        kind: 'one-sided',
        evidence: groupedEvidence(unknown),
        sideUnknown: true,
      }),
    );
  }
  return out;
};
