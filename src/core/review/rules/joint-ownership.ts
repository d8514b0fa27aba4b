import type { Rule } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits } from './text';
import { JOINT_ENTITY } from '../topics/joint';
import { anyMatching } from './sentence-gate';

const JOINT =
  /\b(?:jointly[-\s]owned|owned\s+(?:by\s+(?:both\s+|the\s+)?parties\s+)?jointly|(?:vest(?:s|ed)?\s+jointly\s+in|belongs?\s+jointly\s+to)|(?:shall|will)\s+jointly\s+own|joint\s+(?:ownership|owners?)|co-own(?:ed|ership|ers?)?|own(?:ed)?\s+(?:\w+\s+){0,3}in\s+common|owned\s+(?:by\s+(?:both\s+|the\s+)?parties\s+)?in\s+equal\s+(?:undivided\s+)?(?:shares|parts|proportions)|(?:(?:undivided|equal)\s+(?:joint\s+)?(?:interest|share)s?|undivided\s+(?:[\w%(),-]+\s+){1,4}?(?:interests?|shares?))\s+in(?!\s+(?:the\s+)?(?:costs?|expenses?|fees|profits?|revenues?|income|proceeds|losses|savings|payments?)\b))\b/gi;
/** What the co-owned thing is: intellectual property or its results, not a cable segment or a building. */
const IP_THING =
  /\b(?:invent\w*|patent\w*|intellectual\s+property|IP|IPR|know-how|technolog\w*|software|data|results|work\s+product|develop\w*|improvements?|designs?|copyrights?|works?|creat\w*|trade\s*marks?|marks|content|deliverables?|plans?|discover\w*|formula\w*|specifications?)\b/i;
/** "No joint ownership", "shall not be jointly owned": the draft rules joint ownership out. */
const NEGATED = /\b(?:no|not|never|neither|nor|nothing)\b[^.;]{0,90}$/i;
/** What co-owners need settled: consent, accounting, sharing, prosecution, enforcement, licensing. */
const TERMS =
  /\b(?:consent|account(?:ing)?|shar(?:e|ed|es|ing)\b[^.;]{0,60}\b(?:revenues?|royalt\w*|income|proceeds|profits?|costs?|expenses?|fees)|prosecut\w*|enforc\w*|infring\w*|licen[cs]\w*|exploit\w*|assign\w*|sublicen\w*|commerciali[sz]\w*|decision[-\s]making|final\s+(?:decision|say|authority))\b/i;
/**
 * A sentence about the co-owned rights themselves: "Joint Inventions", "each co-owner", "jointly
 * prosecute". "Joint Products" or "develop jointly" speak of the project, not of co-ownership.
 */
const CO_OWNED =
  /\b(?:jointly[-\s]owned|owned\s+jointly|joint\s+(?:ownership|owners?|inventions?|patents?|IP|intellectual\s+property|results|developed\s+IP|foreground|technology|know-how|works?|data)|co-own\w*|in\s+common|jointly\s+(?:own|file|prosecut|enforc|licen|exploit|decide|agree|manage)\w*)\b/i;

/** How a language writes joint ownership, the co-owned thing, a denial of it and the co-owners' terms. */
export interface JointOwnershipWords {
  joint: RegExp;
  thing: RegExp;
  /** Tested on the text before the mention: "no joint ownership", 不构成共有. */
  denied: RegExp;
  coOwned: RegExp;
  terms: RegExp;
  /** A sentence about a company the parties own together, not about co-owned rights. */
  entity?: RegExp;
}

/** "Jointly owned" with no co-ownership terms, in the words of one language. */
export function jointOwnershipIn(w: JointOwnershipWords): Rule {
  return (ctx) => {
    const uses = hits(
      ctx,
      w.joint,
      (h) => w.thing.test(h.sentence.text) && !w.denied.test(h.sentence.text.slice(0, h.index)) && !w.entity?.test(h.sentence.text),
    );
    if (uses.length === 0) return [];
    // Terms anywhere in the draft that speak of the jointly owned rights count, not just the sentence.
    if (anyMatching(ctx.sentences, w.coOwned, (s) => w.terms.test(s.text))) return [];
    return [
      finding(ctx, {
        rule: 'ambiguous.joint-ownership',
        topic: 'joint-ownership',
        severity: 'high',
        kind: 'ambiguous',
        evidence: groupedEvidence(uses),
      }),
    ];
  };
}

/** "Jointly owned" with no co-ownership terms: the default law of each country fills the gap. */
export const jointOwnership = jointOwnershipIn({ joint: JOINT, thing: IP_THING, denied: NEGATED, coOwned: CO_OWNED, terms: TERMS, entity: JOINT_ENTITY });
