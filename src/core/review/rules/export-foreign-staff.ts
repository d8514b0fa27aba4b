import type { Rule } from '../context';
import { ourCountry } from '../places';
import { zhForeignBars, zhOwnStaff } from './export-foreign-staff-zh';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hitsWhere, substantive, type Hit } from './text';

// People barred by nationality: "any foreign national", "foreign persons", "non-U.S. persons", "anyone
// who is not a U.S. citizen or permanent resident", or the release of technology to them at home, a
// "deemed export".
const FOREIGN =
  /\bforeign\s+(?:nationals?|persons?|citizens?)\b|\bnon-?(?:U\.?\s?S\.?|United\s+States)\s+(?:persons?|nationals?|citizens?)\b|\bnot\s+(?:a\s+)?(?:U\.?\s?S\.?|United\s+States)\s+(?:citizens?|persons?|nationals?)\b|\bdeemed\s+(?:exports?|re-?exports?)\b/gi;
const CUE = /foreign|non-?U|United\s+States|U\.?\s?S\.?\s+(?:citizen|person|national)|deemed/i;
// Something passes to them: disclosure, access, release or export.
const PASSES = /\b(?:disclos\w*|access\w*|releas\w*|export\w*|transfer\w*|provid\w*|mak\w*\s+available|shar\w*|permit\w*|allow\w*)\b/i;
// And it is barred, or needs a government's leave first.
const BARRED = /\b(?:not|no|never|prohibit\w*|forbid\w*|restrict\w*|without\s+(?:first\s+)?(?:obtaining\s+)?(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:government\s+)?(?:authori[sz]ation|licen[cs]es?|approval|permission|consent))\b/i;
// The bar names the company's own people: "whether or not an employee of the Customer", "its personnel".
const OWN_STAFF = /\b(?:employees?|staff|personnel|engineers?|workforce)\b|\bdeemed\s+(?:re-?)?exports?\b/i;

// The bar only restates the law: "in violation of the EAR", "except as permitted by", "any required
// export licence". Most technology may go to Chinese nationals with no licence, so such words bar nothing.
const BY_LAW =
  /\b(?:in\s+(?:violation|breach|contravention)\s+of|contrary\s+to|(?:except|unless)\s+(?:as\s+)?(?:permitted|authori[sz]ed|allowed)\s+(?:by|under)|in\s+compliance\s+with|(?:any|all)\s+(?:required|necessary)\s+(?:export\s+)?(?:licen[cs]es?|authori[sz]ations?|approvals?)|(?:where|if|as|to\s+the\s+extent)\s+required\s+(?:by|under))\b/i;

/** How far before "deemed export" its bar is looked for. */
const LOOK_BACK = 100;
/** The deemed export is itself barred ("shall not permit any release that would be a deemed export"), not a law to obey. */
function deemedBarred(before: string): boolean {
  return BARRED.test(before) && !/\bcompl(?:y|ies|iance)\b/i.test(before);
}

/**
 * An export clause that bars giving what we receive, license or develop to foreign nationals, or a
 * deemed export to them. Our company is Chinese: under such words nearly every engineer we have is a
 * foreign national, so our own team may not see the technology we paid for, and each look is a breach.
 * Raised where the bar binds us (our side, each side, or no one named); quiet where it binds only the
 * other side, or where our company is not Chinese.
 */
export const exportForeignStaff: Rule = (ctx) => {
  const us = ourSide(ctx);
  if (!us || ourCountry(ctx) !== 'CN') return [];
  const found = hitsWhere(ctx, CUE, FOREIGN, (h: Hit) => {
    const text = h.sentence.text;
    // "comply with export laws (including deemed export regulations)" is a duty to obey the law, not a bar of its own.
    if (/^deemed/i.test(h.text) && !deemedBarred(text.slice(Math.max(0, h.index - LOOK_BACK), h.index))) return false;
    const bar = BARRED.exec(text);
    // Restating the law is no bar of its own, unless it names our own people: then it foresees our staff as the foreign nationals.
    if (!bar || (BY_LAW.test(text) && !OWN_STAFF.test(text)) || !substantive(ctx, h.sentence) || !PASSES.test(text)) return false;
    // Bound is the subject of the bar ("The Supplier shall not disclose the Customer's data to ..."), not a party named after it.
    const bound = partyBefore(ctx, text, bar.index)?.side;
    return bound === undefined || bound === us || bound === 'both';
  });
  const zh = found.length > 0 ? [] : zhForeignBars(ctx, us);
  if (found.length === 0 && zh.length === 0) return [];
  const ownStaff = found.some((h) => OWN_STAFF.test(h.sentence.text)) || zh.some(zhOwnStaff);
  return [
    finding(ctx, {
      rule: 'one-sided.export-foreign-staff',
      topic: 'export-control',
      severity: ownStaff ? 'high' : 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence([...found, ...zh]),
      // A bar by the export laws themselves, with the controlled items named before delivery, in place of one by nationality.
      fixClause: 'export-control',
      fixVariant: 'mutual',
    }),
  ];
};
