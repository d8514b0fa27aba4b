import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits } from './text';

const SURVIVE = /\bsurviv(?:e|es|ing|al)\b/gi;
/** "The surviving corporation", "survive a merger": not the contract's survival. */
const OTHER_SENSE = /\bsurviving\s+(?:entity|corporation|company|spouse|party to (?:the|a|any) merger)|\bsurvive\s+(?:a|the|any)\s+(?:merger|consolidation)/i;
const NAMED =
  /\b(?:sections?|articles?|clauses?|paragraphs?)\s+\(?\d|\b\d+\.\d+\b|§|\b(?:confidential\w*|indemnif\w*|warrant\w*|limitation\s+of\s+liability|payment\w*|governing\s+law|dispute\w*|non-?solicit\w*|non-?compet\w*|audit\w*|records|royalt\w*|ownership|intellectual\s+property|licen[cs]e)\b/i;
const PERIOD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety)\s+(?:\(\d+\)\s+)?(?:years?|months?|days?)\b|\bperpetu\w*|\bindefinitely\b|\buntil\b|\bexpir\w*\s+of\s+(?:the\s+)?(?:applicable\s+)?statute/i;
const CATCH_ALL =
  /\bby\s+(?:its|their)\s+(?:nature|terms|context)|\b(?:intended|meant|expressed|expected)\s+to\s+survive|\bshould\s+(?:reasonably\s+)?survive|\bexpressly\s+or\s+by\s+implication/i;

/** Survival that names no clause and no period, or survives "by its nature". */
export const survival: Rule = (ctx) => {
  const uses = hits(ctx, SURVIVE, (h) => !OTHER_SENSE.test(h.sentence.text));
  const vague = uses.filter((h) => !NAMED.test(h.sentence.text) && !PERIOD.test(h.sentence.text));
  const catchAll = uses.filter((h) => CATCH_ALL.test(h.sentence.text) && !vague.includes(h));
  const out: RuleFinding[] = [];
  if (vague.length > 0) {
    out.push(
      finding(ctx, {
        rule: 'ambiguous.survival',
        key: 'ambiguous.survival.unnamed',
        topic: 'survival',
        severity: 'medium',
        kind: 'ambiguous',
        evidence: groupedEvidence(vague),
      }),
    );
  }
  if (catchAll.length > 0) {
    out.push(
      finding(ctx, {
        rule: 'ambiguous.survival',
        key: 'ambiguous.survival.catch-all',
        topic: 'survival',
        severity: 'low',
        kind: 'ambiguous',
        evidence: groupedEvidence(catchAll),
      }),
    );
  }
  return out;
};
