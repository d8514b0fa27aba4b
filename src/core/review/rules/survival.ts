import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits, inHeading } from './text';

const SURVIVE = /\bsurviv(?:e|es|ing|al)\b/gi;
/** "The surviving corporation", "survive a merger": not the contract's survival. */
const OTHER_SENSE = /\bsurviving\s+(?:entity|corporation|company|spouse|party to (?:the|a|any) merger)|\bsurvive\s+(?:a|the|any)\s+(?:merger|consolidation)/i;
const NAMED =
  /\b(?:sections?|articles?|clauses?|paragraphs?|subsections?)\s+\(?\d|\b\d+\.\d+\b|§|\bthis\s+(?:[\w-]+\s+){0,4}?(?:section|article|clause|paragraph|subsection|provision|covenant|obligation|lien|indemnity|warranty)\b|\b(?:confidential\w*|indemnif\w*|warrant\w*|limitation\s+of\s+liability|payment\w*|governing\s+law|dispute\w*|non-?solicit\w*|non-?compet\w*|audit\w*|records|royalt\w*|ownership|intellectual\s+property|licen[cs]e|privacy|security)\b|['’]s\s+obligations?\s+to\b/i;
/** An exhibit or schedule named by its letter or number ("Exhibit A", "Schedule 3"); case matters: "the schedule to" names nothing. */
const NAMED_PART = /\b(?:Exhibit|Schedule|Annex|Appendix|Attachment)s?\s+\(?[A-Z0-9]{1,3}\b/;
const PERIOD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety)\s+(?:\(\d+\)\s+)?(?:years?|months?|days?)\b|\bperpetu\w*|\bindefinitely\b|\buntil\b|\bexpir\w*\s+of\s+(?:the\s+)?(?:applicable\s+)?statute/i;
/** Survival of "all provisions" or "the obligations of the parties": nothing in particular. */
const GENERAL =
  /\b(?:all|any|each|the)\s+(?:other\s+)?(?:of\s+the\s+)?(?:provisions?|terms?(?:\s+and\s+conditions)?|obligations?|rights?(?:\s+and\s+obligations?)?|covenants?|agreements?)\b/i;
const CATCH_ALL =
  /\bby\s+(?:its|their)\s+(?:very\s+)?(?:nature|terms|context)|\b(?:intended|meant|expected)\s+(?:by\s+(?:its|their)\s+(?:very\s+)?nature\s+)?to\s+survive|\bshould\s+(?:reasonably\s+)?survive|\bexpressly\s+or\s+by\s+implication/i;
/** "Obligations expressly stated to survive" points to the clauses that say so; it adds nothing vague. */
const POINTS_ELSEWHERE = /\bexpressly\s+(?:(?:indicated|stated|provided|said|designated|specified)\s+(?:herein\s+)?to\s+)?survive/i;
/** "This Agreement shall survive the termination of the services": the whole agreement outlasts something else; nothing is left unnamed. */
const WHOLE = /(?<!\b(?:of|under|in)\s)\b(?:this|the)\s+agreement\s+(?:shall|will)\s+(?:\w+\s+)?survive\b/i;
/** Survival of the contract's terms is survival of its termination or expiry. */
const END = /\b(?:terminat|expir|cancel)\w*/i;

/**
 * "All provisions shall survive to the extent necessary to complete pending transactions. Sections 1, 7 and 9
 * shall survive expiration or termination.": another sentence of the clause names what survives, so
 * the general one only adds a wind-down.
 */
function namedBeside(ctx: Parameters<Rule>[0], at: Parameters<Rule>[0]['sentences'][number]): boolean {
  return ctx.sentences.some((s) => s !== at && s.paragraph === at.paragraph && /\bsurviv/i.test(s.text) && (NAMED.test(s.text) || NAMED_PART.test(s.text)));
}

export const survival: Rule = (ctx) => {
  const uses = hits(
    ctx,
    SURVIVE,
    (h) => !inHeading(ctx, h.sentence) && h.sentence.text.split(/\s+/).length > 6 && END.test(h.sentence.text) && !OTHER_SENSE.test(h.sentence.text),
  );
  const catchAll = uses.filter((h) => CATCH_ALL.test(h.sentence.text));
  const vague = uses.filter(
    (h) =>
      !catchAll.includes(h) &&
      GENERAL.test(h.sentence.text) &&
      !NAMED.test(h.sentence.text) &&
      !NAMED_PART.test(h.sentence.text) &&
      !PERIOD.test(h.sentence.text) &&
      !POINTS_ELSEWHERE.test(h.sentence.text) &&
      !WHOLE.test(h.sentence.text) &&
      !namedBeside(ctx, h.sentence),
  );
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
