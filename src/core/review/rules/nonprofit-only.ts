import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hitsWhere, substantive, type Hit } from './text';

// A status a company cannot claim: "a non-profit or not-for-profit entity", "an academic institution".
const STATUS = String.raw`(?:non[\s-]?profit|not[\s-]for[\s-]profit|academic|charitable)`;
// We vouch for that status: "You hereby represent and warrant to the University that You are a
// non-profit entity", "Licensee warrants that it is an employee of a not-for-profit institution".
const WARRANTS = new RegExp(
  String.raw`\b(?:represents?|warrants?|certif(?:y|ies)|confirms?)\b[^.;]{0,80}?\b(?:is|are|am)\s+(?:a|an)\s+(?:(?:employee|member|student|researcher)\s+(?:of|at)\s+(?:a|an)\s+)?${STATUS}\b[^.;]{0,40}?\b(?:entity|institution|organi[sz]ation|body|university|corporation|establishment)\b`,
  'gi',
);
// The terms shut out a company as such: "cannot be used by a for-profit entity", "may not be used by
// or on behalf of any commercial organisation", "for-profit entities must obtain a separate licence".
const ENTITY = String.raw`(?:entit(?:y|ies)|organi[sz]ations?|compan(?:y|ies)|corporations?|users?)`;
const BARRED = new RegExp(
  String.raw`\b(?:cannot|can\s+not|may\s+not|shall\s+not|must\s+not|will\s+not)\s+be\s+used\s+(?:by|for|on\s+behalf\s+of)\s+(?:or\s+(?:for|on\s+behalf\s+of)\s+)?(?:a|an|any)\s+(?:for[\s-]profit|commercial)\s+${ENTITY}|\b(?:for[\s-]profit|commercial)\s+${ENTITY}\s+(?:must|shall|need\s+to|are\s+required\s+to)\s+(?:first\s+)?(?:obtain|acquire|purchase|negotiate|enter\s+into)\b[^.;]{0,40}?\blicen[cs]e\b`,
  'gi',
);
// Looked for first: the words are rare.
const CUE = /profit|academic|charitable|commercial/i;

/** Where we take the other side's software, data or material to use it. */
const TAKING: ReadonlySet<string> = new Set(['technology-license', 'sample-testing']);

/**
 * We take the other side's software, data or material, and its terms are for non-profit or academic
 * bodies only: they make us warrant that we are one, or they bar use by a for-profit company. A
 * technology company cannot give that warranty truthfully, and the licence does not reach it as
 * written, so every use is outside it from the first day. A noncommercial purpose alone is the
 * noncommercial-licence rule's point; this one is about who may take the licence at all. Quiet for the
 * side that gives, and where the warranty is the other side's ("the University represents that it is
 * a non-profit institution").
 */
export const nonprofitOnly: Rule = (ctx) => {
  if (!TAKING.has(ctx.scenario ?? '') || ourSide(ctx) !== 'B') return [];
  const found = [
    ...hitsWhere(ctx, CUE, WARRANTS, (h: Hit) => substantive(ctx, h.sentence) && partyBefore(ctx, h.sentence.text, h.index)?.side === 'B'),
    ...hitsWhere(ctx, CUE, BARRED, (h: Hit) => substantive(ctx, h.sentence)),
  ];
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.nonprofit-only',
      topic: 'background-license',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      fixClause: 'licence-grant',
    }),
  ];
};
