// Two ways an NDA protects less than it seems to, read for the side that discloses.
import type { Rule } from '../context';
import { finding } from './finding';
import { weDisclose } from './flow';
import { groupedEvidence, hits } from './text';

// A saving clause that keeps the recipient free to market products: "nothing in this Agreement shall
// prevent the Recipient from marketing any product", "nothing restricts either party from selling competing products".
const FREE_TO_MARKET =
  /\b(?:preclude|prevent|restrict|limit|prohibit|bar)\w*\b[^.;]{0,120}?\b(?:market\w*|sell\w*|making|manufactur\w*|develop\w*|offer\w*)\s+(?:of\s+)?(?:any\s+|its\s+own\s+|competing\s+|similar\s+|other\s+)?(?:products?|services?|technolog\w*)\b/gi;
// The saving word before it, in the same clause: read from a slice, so no second open gap runs over the text.
const NOTHING = /\bnothing\b/i;
const SAVING_REACH = 260;
// The freedom holds only if our information is not used or the agreement not broken: then it takes nothing.
const TIED =
  /\bwithout\s+(?:the\s+)?(?:any\s+)?(?:use|using|reference|reliance|breach\w*|violat\w*)\b|\bnot\s+(?:\w+\s+){0,2}?(?:use[sd]?|using|based\s+(?:on|upon)|derived|in\s+breach|breach\w*|violat\w*)\b|\b(?:breach|violation)\s+of\s+(?:this\s+Agreement|its\s+obligations|any\s+obligation)|\bsubject\s+to\b[^.;]{0,80}\b(?:obligations|this\s+Agreement)\b|\bcompl(?:y|ies|iance)\s+with\b|\b(?:use|using|misuse)\s+of\s+(?:the\s+|any\s+)?(?:other\s+party['’]s\s+)?(?:confidential|proprietary|information)/i;

/**
 * We disclose, and the draft keeps the recipient free to market any product, unless that discloses
 * our information: products built on what we showed may be sold, so long as they do not reveal it.
 */
export const freeToMarket: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const found = hits(ctx, FREE_TO_MARKET, (h) => {
    const before = h.sentence.text.slice(Math.max(0, h.index - SAVING_REACH), h.index);
    return NOTHING.test(before.slice(before.lastIndexOf(';') + 1)) && !TIED.test(h.sentence.text.slice(h.index));
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.free-to-market', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};

// The duty kept only for "Material" information, in the securities-law sense: "hold all Material
// Non-Public Information of the Company in confidence". Not "Evaluation Material" (a noun).
const MATERIAL_ONLY =
  /\b(?:keep|hold|maintain|treat|protect)(?:\s+and\s+(?:keep|hold|maintain|treat|protect))?\s+(?:any|all|the|such)\s+(?:Material|material)\s+(?:[A-Z][\w-]*\s+){0,3}?(?:non-?public\s+)?[Ii]nformation\b[^.;]{0,60}?\b(?:confiden\w*|secre\w*)/g;

/** We disclose, and only information that is "Material" must be kept confidential: the technical detail a market would not move on is free. */
export const materialOnly: Rule = (ctx) => {
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  const found = hits(ctx, MATERIAL_ONLY);
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.material-only', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) })];
};
