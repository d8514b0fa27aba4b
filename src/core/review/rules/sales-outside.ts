import type { Rule, ReviewContext, Sentence } from '../context';
import { exclusivityGrants } from './exclusivity';
import { opensEveryMarket } from './exclusivity-reach';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, type Hit } from './text';

// Selling beyond the exclusive area: "outside the Territory", "outside of its Market".
const OUTSIDE = /\boutside\s+(?:of\s+)?(?:the|its|their)\s+(?:[A-Z][\w-]*\s+)?(?:Territory|Market|Region|territory|market|region|area)\b/g;
// A permission to sell or canvass, not a duty: "shall be entitled to advertise, promote, market or solicit".
const PERMITTED =
  /\b(?:may|(?:shall|will)\s+be\s+(?:entitled|free|permitted|allowed)\s+to|(?:is|are)\s+(?:entitled|free|permitted|allowed)\s+to|(?:has|have|shall\s+have|will\s+have)\s+the\s+right\s+to)\s+(?:(?!not\b|no\b)[\w,]+\s+){0,8}?(?:sell|resell|solicit|market|promote|advertise|distribute|supply|canvass)\w*\b/gi;
/** Only passive sales (orders it did not seek), or only with our consent: that is the usual bargain. */
const CONTROLLED = /\b(?:unsolicited|passive|respond\w*\s+to|(?:prior\s+)?(?:written\s+)?(?:consent|approval)\s+of)\b/i;
/** How far back a sentence split by a page break is joined to its start. */
const JOIN = 2;

/**
 * We appoint an exclusive distributor, and it may also sell or solicit outside its territory: it
 * takes markets we have not given it, which we may want for ourselves or for another partner.
 */
export const salesOutside: Rule = (ctx) => {
  if (ourSide(ctx) !== 'A' || ctx.scenario !== 'exclusive-partnership' || exclusivityGrants(ctx).length === 0) return [];
  const found: Hit[] = [];
  ctx.sentences.forEach((sentence, i) => {
    OUTSIDE.lastIndex = 0;
    const m = OUTSIDE.exec(sentence.text);
    // A sentence that opens every market is the worldwide finding's; one finding per clause.
    if (!m || opensEveryMarket(sentence.text)) return;
    const lead = continued(ctx, i);
    const text = `${lead}${sentence.text.slice(0, m.index)}`;
    if (CONTROLLED.test(sentence.text) || !permitsTheOtherSide(ctx, text)) return;
    found.push({ sentence, index: m.index, text: m[0], match: m });
  });
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.sales-outside', topic: 'territory', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};

/** The last permission to sell before the place is the distributor's (side B), not ours. */
function permitsTheOtherSide(ctx: ReviewContext, text: string): boolean {
  let last: RegExpExecArray | undefined;
  PERMITTED.lastIndex = 0;
  for (let m = PERMITTED.exec(text); m; m = PERMITTED.exec(text)) last = m;
  return last !== undefined && partyBefore(ctx, text, last.index)?.side === 'B';
}

/**
 * A sentence that starts in lower case continues one a page break cut ("… market or 3 / Source: … /
 * solicit any customers …"): the unfinished sentences before it, joined, or nothing.
 */
function continued(ctx: ReviewContext, i: number): string {
  const s = ctx.sentences[i]!;
  if (!/^[a-z]/.test(s.text)) return '';
  const parts: Sentence[] = [];
  for (let j = i - 1; j >= Math.max(0, i - JOIN); j--) {
    const prev = ctx.sentences[j]!;
    if (/[.;:!?]["”)]?\s*$/.test(prev.text)) break;
    parts.unshift(prev);
  }
  return parts.map((p) => `${p.text} `).join('');
}
