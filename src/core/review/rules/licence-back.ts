import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote } from './prc';
import { ourSide, partyBefore, partyRightAfter } from './side';
import { groupedEvidence, hits } from './text';

// "grants to", and "to grant, following each Closing Date, to": the grantee may come after a short
// aside set off by commas.
const GRANTS = /\b(?:hereby\s+)?grants?(?:\s+back)?(?:,[^,.;]{1,60},)?\s+(?:to\s+)?/gi;
// The qualifiers before the word may be long: "an irrevocable (except as set forth herein), perpetual, … licence".
const LICENCE = /^[^.;]{0,280}?\blicen[cs]e\b/i;
// A licence back that is paid for, or given in return for one, is a bargain rather than a grant-back.
const RECIPROCAL = /\b(?:in\s+consideration\s+of\s+the\s+licen[cs]e|cross-?licen[cs]e|royalt(?:y|ies)\s+(?:payable|of|at)|reasonable\s+(?:royalty|compensation))\b/i;

// The passive licence back of what we make: "Improvements made by Party B shall be licensed to Party A
// exclusively and free of charge" (the English half of a bilingual draft often words it so).
const LICENSED_TO = /\b(?:shall|will|is|are)\s+(?:be\s+)?(?:hereby\s+)?licen[cs]ed\s+(?:back\s+)?to\s+/gi;
const IMPROVED = /\b(?:improvements?|enhancements?|modifications?|derivative\s+works?)\b/i;
// A licence under all our patents, not under what we make with their technology: "under any and all
// Licensee patents", "under all of its patents". An improvements clause is no fix for it: it gives the
// licensor what it did not ask for and leaves the rest to be argued; the answer is to strike it.
const ALL_PATENTS = /^[^.;]{0,120}?\bunder\s+(?:any\s+and\s+all|all|any)\s+(?:of\s+)?(?:its|their|your|our|the)?\s?(?!improv|modif|enhanc|deriv)[A-Za-z’']{0,30}\s?patents\b(?!\s+(?:in|on|claiming|covering|that\s+claim|that\s+cover)\b)/i;

/**
 * We take a licence (or buy the technology), and we license back to the other side: a grant-back
 * under what we acquire or make, often free and for any product, including ones competing with ours.
 */
export const licenceBack: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  let allPatents = false;
  const back = hits(ctx, GRANTS, (h) => {
    const text = h.sentence.text;
    const end = h.index + h.text.length;
    if (!LICENCE.test(text.slice(end)) || RECIPROCAL.test(text)) return false;
    const grant = partyBefore(ctx, text, h.index)?.side === 'B' && partyRightAfter(ctx, text, end)?.side === 'A';
    if (grant && ALL_PATENTS.test(text.slice(end))) allPatents = true;
    return grant;
  });
  const passive = hits(ctx, LICENSED_TO, (h) => {
    const text = h.sentence.text;
    const before = text.slice(0, h.index);
    if (!IMPROVED.test(before) || RECIPROCAL.test(text)) return false;
    const end = h.index + h.text.length;
    return partyBefore(ctx, text, h.index)?.side === 'B' && partyRightAfter(ctx, text, end)?.side === 'A';
  });
  back.push(...passive);
  if (back.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.licence-back',
      topic: 'improvements',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(back),
      ...(allPatents ? { key: 'one-sided.licence-back-patents', noFix: true } : {}),
      ...prcNote(ctx),
    }),
  ];
};
