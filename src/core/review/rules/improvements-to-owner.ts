import type { Rule } from '../context';
import { finding } from './finding';
import { prcNote } from './prc';
import { ourSide } from './side';
import { groupedEvidence, hits } from './text';

const WORK = String.raw`(?:improvements?|enhancements?|modifications?|developments?|derivative\s+works?|derivatives)`;
// "Improvements … to a Party's intellectual property shall automatically vest in that Party", or
// "Each Party shall own all Improvements to its Background IP": what is made follows the owner of
// the thing improved, not the maker.
const FOLLOWS_OWNER = new RegExp(
  String.raw`\b${WORK}\b[^.;]{0,160}?\b(?:to|of|on)\s+(?:a|either|each|any)\s+Party['’]s\b[^.;]{0,160}?\b(?:vest|be\s+vested|belong|be\s+(?:solely\s+|exclusively\s+)?owned\s+by|be\s+the\s+(?:sole\s+|exclusive\s+)?property\s+of|remain\s+with)\s+(?:solely\s+)?(?:in|to|with)?\s*(?:that|such|the\s+owning|the\s+relevant|the\s+applicable)\s+Party\b` +
    String.raw`|\b(?:each|either)\s+Party\s+(?:shall|will)\s+(?:solely\s+|exclusively\s+)?own\s+(?:all\s+|any\s+)?${WORK}\s+(?:to|of|on)\s+its\b`,
  'gi',
);
// Whoever makes it: without these words the clause may mean only the owner's own improvements.
const WHOEVER =
  /\b(?:irrespective\s+of\s+(?:who|which\s+party)|regardless\s+of\s+(?:who|which\s+party|inventorship|the\s+inventor)|no\s+matter\s+(?:when\s+or\s+)?by\s+whom|by\s+whomever|whoever|whichever\s+party|whether\s+(?:made|generated|developed|conceived|created)\s+(?:solely\s+)?by\s+(?:either|one\s+or\s+both))\b/i;
// A licence to the maker to use what it made, anywhere in the draft, is the usual balance.
const LICENCE_BACK = new RegExp(String.raw`\bgrants?\b[^.;]{0,200}?\blicen[cs]e\b[^.;]{0,200}?\b${WORK}\b`, 'i');

/**
 * Improvements follow the owner of what they improve, whoever makes them, with no licence back: for
 * the side that works on the other side's technology (the licensee, evaluator or co-developer),
 * everything its engineers build on that technology, or that merely touches it, becomes theirs.
 */
export const improvementsToOwner: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || !['joint-development', 'technology-license', 'sample-testing'].includes(ctx.scenario ?? '')) return [];
  const found = hits(ctx, FOLLOWS_OWNER, (h) => WHOEVER.test(h.sentence.text));
  if (found.length === 0 || ctx.sentences.some((s) => LICENCE_BACK.test(s.text))) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.improvements-to-owner',
      topic: 'improvements',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      ...prcNote(ctx),
    }),
  ];
};
