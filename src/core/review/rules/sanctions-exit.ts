import type { Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, hits, type Hit } from './text';

// A right to end or cut off the deal: "may terminate this Agreement", "reserves the right to suspend access".
const RIGHT =
  /\b(?:may(?:,\s*[^,.;]{1,40},)?|(?:shall\s+have|has|have|reserves?)\s+the\s+right\s+to|(?:is|are|shall\s+be)\s+entitled\s+to)\s+(?:immediately\s+)?(?:terminate|suspend|cancel|discontinue)\b/gi;
// The reason given is export control or sanctions law.
const SANCTIONS =
  /\b(?:export\s+(?:controls?|control\s+laws?|administration|regulations?|laws?)|sanctions?|embargo(?:es|ed)?|OFAC|Entity\s+List|(?:denied|restricted|prohibited|sanctioned)\s+part(?:y|ies))\b/i;
// The judge of that reason is the holder alone, or the cut-off comes with no notice and no remedy.
const UNCHECKED =
  /\b(?:(?:its|their|[A-Z][\w-]{1,30}['’]s)\s+(?:sole|absolute|own)(?:\s+and\s+absolute)?\s+discretion|as\s+(?:it|they)\s+(?:may\s+)?(?:determine|deem)|without\s+(?:prior\s+)?notice|without\s+(?:any\s+)?liability)\b/i;
const REACH = 300;
/** Deals in which we build on what the other side goes on supplying: a licence, a distribution, a development. */
const DEALS: ReadonlySet<string> = new Set(['technology-license', 'exclusive-partnership', 'custom-development']);

/** The side that holds an unchecked right to end or suspend the deal on sanctions grounds, at this hit. */
function holder(ctx: Parameters<Rule>[0], h: Hit): ReturnType<typeof partyBefore> {
  const clause = h.sentence.text.slice(h.index, h.index + h.text.length + REACH);
  if (!SANCTIONS.test(clause) || !UNCHECKED.test(clause)) return undefined;
  return partyBefore(ctx, h.sentence.text, h.index);
}

/**
 * The other side may end or suspend the deal at once, without notice or liability, whenever it alone
 * judges that export controls or sanctions call for it. For a Chinese licensee or customer, whose
 * access a foreign listing or rule change can reach at any time, this is the risk of the deal: the
 * product built on the licence stops and the fees paid are lost. A right each side holds, or one that
 * must be exercised on notice with a remedy and under an objective test, stays quiet.
 */
export const sanctionsExit: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || !DEALS.has(ctx.scenario ?? '')) return [];
  const theirs: Hit[] = [];
  for (const h of hits(ctx, RIGHT)) {
    const by = holder(ctx, h);
    if (by?.side && by.side !== 'B' && by.side !== 'both') theirs.push(h);
  }
  if (theirs.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.sanctions-exit', topic: 'export-control', severity: 'high', kind: 'one-sided', evidence: groupedEvidence(theirs) })];
};
