import type { Rule } from '../context';
import { finding } from './finding';
import { DEFINITION } from '../topics/detector';
import { ourSide, partyBefore, partyRightAfter, type PartyRef } from './side';
import { groupedEvidence, hits, substantive, type Hit } from './text';

// "information ... that is retained in the minds of Representatives": residuals without the word.
const RESIDUALS =
  /\b[Rr]esiduals\b|\b[Rr]esidual\s+(?:[Kk]nowledge|[Ii]nformation|[Kk]now-[Hh]ow)\b|\bresiduals\s+clause\b|\b(?:retained\s+in\s+(?:the\s+)?)?unaided\s+memor(?:y|ies)\b|\bretained\s+in\s+the\s+(?:minds?|memor(?:y|ies))\s+of\b/g;
/** Memory named without the word "residuals" grants a right only beside one: "will not be restricted from using", "may use". */
const FREE_TO_USE =
  /\b(?:not|neither|nothing)\b[^.;]{0,60}?\b(?:restrict|prevent|preclud|prohibit|limit)\w*\s+(?:\w+\s+){0,6}?from\s+using\b|\b(?:may|free\s+to|entitled\s+to|permitted\s+to)\s+(?:\w+\s+){0,2}?use\b/i;
/** Our own no-residuals wording: "Neither Party may use ... on the ground that the information is retained in the memory of its personnel". */
const NO_USE = /\b(?:neither|nor|not|no\s+\w+)\s+(?:\w+\s+){0,2}?(?:may|shall|will|can)\s+(?:\w+\s+){0,2}?use\b|\b(?:may|shall|will)\s+not\s+(?:\w+\s+){0,2}?use\b/i;
/** What residual knowledge is about: memory, know-how, information. */
const KNOWLEDGE = /\b(?:memor\w*|know-how|knowledge|ideas|concepts|techniques|information|skills|experience)\b/i;
/** The draft rules residuals out: that protects the discloser and is not a finding. */
const EXCLUDED =
  /\bno\s+(?:right\s+to\s+(?:use\s+)?)?residual|\bresiduals?\s+(?:clause\s+)?(?:shall|will|does)\s+not\s+apply|\bnot\s+(?:be\s+)?(?:permitted|entitled|allowed)\s+to\s+use\s+(?:any\s+)?residual|\bshall\s+not\s+(?:use|rely\s+on)\s+(?:any\s+)?(?:residual|information\s+retained)/i;

/**
 * A residuals clause: the receiving side may use what its staff remember. It always favours the
 * side receiving information, so it works against us when we disclose, and in a mutual clause too.
 */
export const residuals: Rule = (ctx) => {
  const uses = hits(
    ctx,
    RESIDUALS,
    (h) =>
      substantive(ctx, h.sentence) &&
      // '"Residuals" means …' defines the right; the clause that grants it says who has it.
      !DEFINITION.test(h.sentence.text) &&
      !EXCLUDED.test(h.sentence.text) &&
      // Lower-case "residuals" are also payments ("fees, residuals or other amounts").
      (h.text !== 'residuals' || KNOWLEDGE.test(h.sentence.text)) &&
      (!/^retained\s+in\s+the\s+(?:minds?|memor)/i.test(h.text) || (FREE_TO_USE.test(h.sentence.text) && !NO_USE.test(h.sentence.text))),
  );
  if (uses.length === 0) return [];
  const ours = ourSide(ctx);
  if (ours === 'B') {
    // We receive; only a residuals right granted to the disclosing side hurts us.
    const theirs = uses.filter((h) => beneficiary(ctx, h)?.side === 'A');
    if (theirs.length === 0) return [];
    return [one(ctx, theirs, false)];
  }
  // We disclose; a residuals right that only our own staff enjoy is in our favour.
  const against = ours === 'A' ? uses.filter((h) => beneficiary(ctx, h)?.side !== 'A') : uses;
  if (against.length === 0) return [];
  return [one(ctx, against, ours === undefined)];
};

// The grant: "may use", "shall be free to use", "is entitled to use".
const USE_RIGHT = /\b(?:may|(?:shall|will)\s+be\s+(?:free|entitled|permitted)\s+to|(?:is|are)\s+(?:free|entitled|permitted)\s+to)\s+(?:\w+\s+){0,2}?use\b/gi;

// Whose memories the residuals are: "retained in the memories of representatives of Recipient".
const MEMORY_OF =
  /\bmemor(?:y|ies)\s+of\s+(?:(?:the|its|their|any|such)\s+)?(?:(?:representatives|employees|personnel|staff|individuals|persons)\s+of\s+)?/i;

/**
 * Who may use the residuals: the party whose people remember them, where the clause says so; else
 * the subject of the use right in the sentence ("The Receiving Party may use Residuals of the
 * Disclosing Party's information"), else the party named last before them.
 */
function beneficiary(ctx: Parameters<Rule>[0], h: Hit): PartyRef | undefined {
  const memory = MEMORY_OF.exec(h.sentence.text);
  const rememberer = memory && partyRightAfter(ctx, h.sentence.text, memory.index + memory[0].length);
  if (rememberer) return rememberer;
  USE_RIGHT.lastIndex = 0;
  const grant = USE_RIGHT.exec(h.sentence.text);
  return partyBefore(ctx, h.sentence.text, grant ? grant.index : h.index);
}

function one(ctx: Parameters<Rule>[0], uses: ReturnType<typeof hits>, sideUnknown: boolean) {
  return finding(ctx, {
    rule: 'one-sided.residuals',
    key: sideUnknown ? 'one-sided.residuals-unknown' : 'one-sided.residuals',
    topic: 'residuals',
    severity: 'high',
    kind: 'one-sided',
    evidence: groupedEvidence(uses),
    sideUnknown,
  });
}
