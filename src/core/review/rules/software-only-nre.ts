import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { groupedEvidence, hits, isDefined } from './text';
import { anyMatching } from './sentence-gate';

// A ban on reverse engineering, and what it names.
const BAN = /\b(?:reverse[\s-]engineer\w*|decompil\w*|disassembl\w*)\b[^.;]{0,100}?\b(?:software|source\s+code|object\s+code|code|programs?|firmware)\b/gi;
const PHYSICAL =
  /\b(?:products?|samples?|prototypes?|equipment|devices?|hardware|materials?|items?|components?|units?|goods|cells?|modules?|parts?|tangible|embodiments?)\b/i;
// Physical things handed over, named as such ("products" and "materials" may be software).
const THING = String.raw`(?:samples?|prototypes?|specimens?|equipment|devices?|hardware|cells|modules|boilers?|instruments?|machines?|machinery|components|spare\s+parts|economi[sz]ers?)`;
const HAND = String.raw`(?:deliver|suppl|ship|provid|furnish|install|manufactur)\w*`;
const DELIVERS_THINGS = new RegExp(String.raw`\b${THING}\b[^.;]{0,80}\b${HAND}\b|\b${HAND}\b[^.;]{0,80}\b${THING}\b`, 'i');
const SOFTWARE = /\b(?:software|source\s+code|object\s+code|firmware)\b/i;
const ANY_BAN = /\b(?:reverse[\s-]engineer\w*|decompil\w*|disassembl\w*|analy[sz]\w*\s+(?:the\s+)?(?:composition|structure))\b/i;

/**
 * We hand over equipment, samples or parts, and the only reverse-engineering ban names software:
 * what we deliver may be taken apart, analysed and copied.
 */
export const softwareOnlyNre: Rule = (ctx) => {
  // In a software deal the software is what is delivered, and a ban on decompiling it is complete;
  // hardware named there is where the software runs.
  if (!weDisclose(ctx) || isDefined(ctx, 'Software')) return [];
  if (!anyMatching(ctx.sentences, DELIVERS_THINGS, (s) => !SOFTWARE.test(s.text))) return [];
  if (anyMatching(ctx.sentences, ANY_BAN, (s) => PHYSICAL.test(s.text))) return [];
  const found = hits(ctx, BAN);
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'ambiguous.software-only-nre', topic: 'no-reverse-engineering', severity: 'medium', kind: 'ambiguous', evidence: groupedEvidence(found) })];
};
