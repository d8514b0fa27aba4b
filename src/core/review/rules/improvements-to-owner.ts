import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote } from './prc';
import { ourSide } from './side';
import { ownershipTerms } from '../terms/ownership';
import { termEvidence } from '../terms/evidence';
import { anyMatching } from './sentence-gate';

const WORK = String.raw`(?:improvements?|enhancements?|modifications?|developments?|derivative\s+works?|derivatives)`;
// A licence to the maker to use what it made, anywhere in the draft, is the usual balance.
const LICENCE_BACK = new RegExp(String.raw`\bgrants?\b[^.;]{0,200}?\blicen[cs]e\b[^.;]{0,200}?\b${WORK}\b`, 'i');

/**
 * Improvements follow the owner of what they improve, whoever makes them, with no licence back: for
 * the side that works on the other side's technology (the licensee, evaluator or co-developer),
 * everything its engineers build on that technology, or that merely touches it, becomes theirs.
 */
export const improvementsToOwner: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || !['joint-development', 'technology-license', 'sample-testing'].includes(ctx.scenario ?? '')) return [];
  // "Improvements … to a Party's intellectual property shall automatically vest in that Party", or
  // "Each Party shall own all Improvements to its Background IP": what is made follows the owner of
  // the thing improved, not the maker, and the clause says whoever makes it (without those words it
  // may mean only the owner's own improvements).
  const found = ownershipTerms(ctx).filter(
    (t) => t.verb !== 'licenses' && t.things.includes('improvements') && t.holder?.holder === 'relative' && t.improves === 'relative' && t.conditions.includes('whoever-makes'),
  );
  if (found.length === 0 || anyMatching(ctx.sentences, LICENCE_BACK)) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.improvements-to-owner',
      topic: 'improvements',
      severity: 'high',
      kind: 'one-sided',
      evidence: termEvidence(found),
      ...prcNote(ctx),
    }),
  ];
};
