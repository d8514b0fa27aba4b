import type { Rule } from '../context';
import { exclusivityGrants } from './exclusivity';
import { finding, listOf } from './finding';
import { grantorOf } from './one-way-exclusivity';
import { ourSide, partyBefore } from './side';
import { groupedEvidence, isDefined, paragraphText, type Hit } from './text';
import type { Phrase } from '../../i18n';
import { anyMatching } from './sentence-gate';

const SCOPE =
  /\b(?:products?|services?|goods|fields?|customers?|accounts?|channels?|markets?|technolog(?:y|ies)|patents?|software|brands?|trademarks?|programs?|devices?|applications?|materials?|equipment|titles?|content|compounds?|licensed\s+\w+|segments?|marks?|names?|likeness|content|know-how|copyrights?|intellectual\s+property|works?|industr(?:y|ies)|categor(?:y|ies))\b/i;
const TERRITORY =
  /\b(?:territor(?:y|ies)|worldwide|world|global(?:ly)?|countr(?:y|ies)|regions?|states?|provinces?|nations?|international|domestic|north america|south america|latin america|europe(?:an)?|asia|africa|middle east|united states|u\.s\.a?\.?|usa|canada|mexico|china|prc|japan|korea|india|taiwan|hong kong|australia|germany|france|united kingdom|uk|eu|eea|area|city|county|metropolitan)\b|\bMarket\b/i;
const NAMED_TERRITORY = /\bTerritor(?:y|ies)\b/;
/** Exclusive rights that run somewhere: licences, distribution, sales, agency. */
const GEOGRAPHIC = /licen|distribut|resell|dealer|agen|sales|selling|marketing|territor|franchis|\bsell|rights?\s+(?:and\s+licen[cs]es?\s+)?(?:to|in)/i;
const TERM =
  /\b(?:term|during|until|periods?|months?|years?|expir\w*|terminat\w*|duration|for so long as|perpetu\w*|so long as)\b/i;
/** The agreement states its own term, so exclusivity inside it lasts as long as the agreement. */
const AGREEMENT_TERM =
  /\b(?:this agreement|the term(?: of this agreement)?)\b[^.]{0,80}\b(?:commence|continue|remain in (?:full )?(?:force|effect)|expire|be in effect)/i;

/** How far around the grant, within its paragraph, the clause's scope may be stated. */
const CLAUSE_REACH = 1500;

/** Exclusivity that does not say of what, where, or for how long. */
export const exclusivityScope: Rule = (ctx) => {
  const grants = exclusivityGrants(ctx);
  if (grants.length === 0) return [];
  const agreementHasTerm = isDefined(ctx, 'Term') || anyMatching(ctx.sentences, AGREEMENT_TERM);
  // "The Products in the Territories" elsewhere: the agreement has a territory of its own, set in a
  // definition or schedule, and an appointment inside it runs there (whether it is defined at all is
  // the territory rule's point).
  const agreementHasTerritory = anyMatching(ctx.sentences, NAMED_TERRITORY);
  const missing = new Set<'scope' | 'territory' | 'term'>();
  const offending: Hit[] = [];
  for (const g of grants) {
    // A clause's other sentences often carry the scope ("in the Territory, for the Products").
    const paragraph = paragraphText(ctx, g.sentence.paragraph);
    const text = paragraph.slice(Math.max(0, g.sentence.start - CLAUSE_REACH), g.sentence.end + CLAUSE_REACH) || g.sentence.text;
    const gaps: ('scope' | 'territory' | 'term')[] = [];
    if (!SCOPE.test(text)) gaps.push('scope');
    // Where exclusivity is of selling or licensing, place matters; an exclusive service provider has none.
    if (GEOGRAPHIC.test(g.text) && !agreementHasTerritory && !TERRITORY.test(text)) gaps.push('territory');
    if (!agreementHasTerm && !TERM.test(text)) gaps.push('term');
    if (gaps.length === 0) continue;
    gaps.forEach((x) => missing.add(x));
    offending.push(g);
  }
  if (offending.length === 0) return [];
  // Exclusivity we hold binds only them: its open edges are ours to read widely, a point to tighten
  // rather than a risk ("the Developer shall have the exclusive right", the developer being us).
  const ours = ourSide(ctx);
  const bound = (g: Hit) => (/^exclusive/i.test(g.text) ? grantorOf(ctx, g) : partyBefore(ctx, g.sentence.text, g.index)?.side);
  const held = ours !== undefined && offending.every((g) => {
    const side = bound(g);
    return side !== undefined && side !== 'both' && side !== ours;
  });
  const gaps = [...missing].map((x): Phrase => ({ say: `review.rule.dimension.${x}` }));
  return [
    finding(ctx, {
      rule: 'ambiguous.exclusivity-scope',
      topic: 'exclusivity',
      severity: held ? 'low' : 'medium',
      kind: 'ambiguous',
      params: { missing: listOf(gaps) },
      evidence: groupedEvidence(offending),
    }),
  ];
};
