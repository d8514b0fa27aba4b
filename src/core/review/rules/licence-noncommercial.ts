import type { Rule, Sentence } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore, partyRightAfter, type PartyRef } from './side';
import { groupedEvidence, hitsWhere, substantive, type Hit } from './text';

// A licence for noncommercial, research, evaluation or teaching use only: "for noncommercial research
// purposes only", "solely for internal evaluation", "for academic purposes only", "solely for the purpose of non-profit research".
const USE = String.raw`(?:non[\s-]?commercial|non[\s-]?profit|not[\s-]for[\s-]profit|research|evaluation|academic|educational|teaching|study|testing)`;
const LIMITED = new RegExp(
  String.raw`\bnon[\s-]?commercial\s+(?:\w+\s+){0,2}?(?:purposes?|use|uses|activities)\b|\b${USE}(?:\s+(?:and|or)\s+${USE})?\s+(?:purposes?|use)\s+only\b|\b(?:solely|only|exclusively)\s+for\s+(?:(?:the|its|your|internal)\s+){0,2}(?:purposes?\s+of\s+)?${USE}\b|\bnot\s+(?:to\s+)?use\b[^.;]{0,80}?\bfor\s+(?:any\s+)?commercial\s+(?:purposes?|use|gain)\b`,
  'gi',
);
// A grant of a licence or of rights: "grants to Licensee a … licence", "grants Licensees non-exclusive rights".
const GRANT = /\bgrants?\b(?=[^.;]{0,160}\b(?:licen[cs]e|rights?)\b)/gi;
// Words that make a use a limit: "only for", "solely", "not use … for commercial purposes".
const RESTRICTS = /\b(?:only|solely|exclusively|limited\s+to|not)\b/i;
/** How far before the use its limiting word is read. */
const RESTRICT_REACH = 80;
// The words, looked for first: a limit of use is rare.
const CUE = /commercial|profit|research|evaluation|academic|educational|teaching|study|testing/i;
/** How many items of a list are read back for the words that lead into it. */
const LIST_ITEMS = 6;
// What the limit allows after all: "including commercial use", "commercial and non-commercial purposes".
const COMMERCIAL_TOO = /\b(?:including|and|or)\s+(?:for\s+)?commercial\s+(?:purposes?|use|exploitation)\b|\bcommercial\s+(?:and|or)\s+non[\s-]?commercial\b/i;

/** The grant in a sentence, with whether we receive it: "unknown" where the draft does not let us tell. */
function grantee(ctx: Parameters<Rule>[0], text: string): 'ours' | 'theirs' | 'unknown' | undefined {
  GRANT.lastIndex = 0;
  const m = GRANT.exec(text);
  if (!m) return undefined;
  const to = partyRightAfter(ctx, text, m.index + m[0].length)?.side;
  const from = partyBefore(ctx, text, m.index)?.side;
  if (to === 'B' || (to === undefined && from === 'A')) return 'ours';
  if (to === 'A' || from === 'B' || to === 'both') return 'theirs';
  return 'unknown';
}

/** The party of the words that lead into a list, where a sentence is an item of it: "The Licensee agrees to:". */
function leadIn(ctx: Parameters<Rule>[0], s: Sentence): PartyRef | undefined {
  const at = ctx.sentences.indexOf(s);
  // The list's earlier items sit between the lead-in and this one.
  for (let i = at - 1; i >= Math.max(0, at - LIST_ITEMS); i--) {
    const text = ctx.sentences[i]!.text.trimEnd();
    if (text.endsWith(':')) return partyBefore(ctx, text, text.length);
  }
  return undefined;
}

/**
 * We take a technology licence for our products, and the grant is for noncommercial, research or
 * evaluation use only: product development, manufacture and sale, and often a company's own research
 * towards a product, fall outside it, so what we pay for cannot go into anything we sell. Quiet in an
 * evaluation (where that is the point), for the licensor, and where the limit binds a licence we grant.
 */
export const licenceNoncommercial: Rule = (ctx) => {
  if (ctx.scenario !== 'technology-license' || ourSide(ctx) !== 'B') return [];
  let unknown = false;
  const found = hitsWhere(ctx, CUE, LIMITED, (h: Hit) => {
    const text = h.sentence.text;
    if (!substantive(ctx, h.sentence) || COMMERCIAL_TOO.test(text)) return false;
    const granted = grantee(ctx, text);
    if (granted === 'ours') return true;
    if (granted === 'unknown') return (unknown = true);
    // A limit on our own use, outside the grant: "The Licensee shall use the Software only for research purposes",
    // or an item of a list our duties lead into: "The Licensee agrees to: … not use the Software for commercial purposes".
    // A right to noncommercial use beside the licence ("the right to the in-house, non-commercial use of the Materials") limits nothing.
    if (granted !== undefined || !RESTRICTS.test(text.slice(Math.max(0, h.index - RESTRICT_REACH), h.index + h.text.length))) return false;
    return (partyBefore(ctx, text, h.index) ?? leadIn(ctx, h.sentence))?.side === 'B';
  });
  if (found.length === 0) return [];
  const known = found.some((h) => grantee(ctx, h.sentence.text) !== 'unknown');
  return [
    finding(ctx, {
      rule: 'one-sided.noncommercial-licence',
      topic: 'background-license',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      fixClause: 'licence-grant',
      ...(unknown && !known ? { sideUnknown: true } : {}),
    }),
  ];
};
