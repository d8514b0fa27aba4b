import type { Rule } from '../context';
import { finding } from './finding';
import { indemnityCap } from './liability-fix';
import { limits } from './liability-words';
import { ourSide, partyBefore, partyRefs } from './side';
import { groupedEvidence, hits, substantive, type Hit } from './text';
import { anyMatching } from './sentence-gate';

// A promise to make the other side whole: "shall indemnify and hold harmless", "agrees to protect, indemnify".
const INDEMNIFIES = /\b(?:shall|will|agrees?\s+to|undertakes?\s+to|must|hereby)\s+(?:[\w,]+\s+){0,3}?(?:indemnif(?:y|ies)|hold\s+(?:\w+\s+){0,8}?harmless)\b/gi;
// A cap or a fault threshold in the indemnity itself ("to the extent caused by its gross negligence"), not
// a fault it adds to what is covered ("including actions based upon gross negligence of").
const BOUNDED =
  /\b(?:not\s+(?:to\s+)?exceed\w*|up\s+to\s+(?:a\s+)?(?:maximum|total|aggregate|amount)|capped|limited\s+to\s+(?:the\s+)?(?:amount|sum|fees?)|(?<!including\s(?:[\w-]+\s){0,4})(?:gross(?:ly)?\s+negligen\w*|wil(?:l)?ful\s+misconduct))\b/i;
// A cap on either side's liability under the agreement as a whole: "in no event shall either party's aggregate liability exceed".
const CAP = /\b(?:aggregate|total|maximum|cumulative)\s+liability\b[^.;]{0,160}?\b(?:exceed|limited\s+to)\b|\bliability\b[^.;]{0,80}?\bshall\s+(?:in\s+no\s+event\s+)?(?:not\s+)?(?:exceed|be\s+limited\s+to)\b/i;
// A cap that leaves the indemnities out of it: "except for a party's indemnification obligations".
const CAP_EXCLUDES_INDEMNITY = /\b(?:except|other\s+than|excluding|exclusive\s+of|save|not\s+apply\s+to)\b[^.;]{0,80}?\bindemn/i;
// What the indemnity covers that is the other side's own doing: "the performance of [their] obligations",
// "any act or omission of", "the negligence of". Read with the party named just after the words.
const OWN_DOING = /\b(?:performance\s+of|acts?\s+or\s+omissions?\s+of|negligen(?:ce|t\s+acts?)\s+of|conduct\s+of|statements?\s+(?:or\s+conduct\s+)?of)\s+/gi;
// Any claim at all connected with the deal.
const ANY_CLAIM = /\bany\s+(?:claim|action|suit)\b[^.;]{0,120}?\barising\s+(?:out\s+of|from|under)\s+or\s+(?:relating\s+to|in\s+connection\s+with)\s+this\s+agreement\b/i;
// A university, hospital or public research body: such licensors indemnify no one, often because the law
// that governs them does not let them, so a licensee's one-way indemnity there is the norm to note.
const INSTITUTION = /\b(?:universit(?:y|ies|ät|é)|college|institute|hospital|school\s+of\s+medicine|research\s+foundation|regents)\b/i;
/** How far after the covering words the party is read. */
const PARTY_REACH = 60;

/** An NDA pays for nothing: there the recipient-indemnity rule speaks. */
const NOT_HERE: ReadonlySet<string> = new Set(['pre-deal-disclosure']);

/**
 * We indemnify the other side, with no cap, and nothing in the draft makes them indemnify us: we carry
 * every claim the deal draws, they carry none. For the side that takes and pays (a licensee, a
 * distributor, a customer) that is a point in itself: the one who licenses or supplies gives no
 * indemnity even for claims that its own IP infringes. For the side that licenses or supplies, an
 * indemnity for what it provides is usual; it is a point only where ours covers their own doing or any
 * claim at all. High where it covers their own doing; low where they are a university or hospital,
 * which indemnifies no one. Quiet where an indemnity the reader cannot place
 * on our side is also given, and where a cap on liability reaches the indemnities.
 */
export const oneWayIndemnity: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours || NOT_HERE.has(ctx.scenario ?? '')) return [];
  const given: Hit[] = [];
  let other = false;
  for (const h of hits(ctx, INDEMNIFIES, (x) => substantive(ctx, x.sentence))) {
    const who = partyBefore(ctx, h.sentence.text, h.index);
    if (who?.side === ours) given.push(h);
    else other = true;
  }
  if (other || given.length === 0) return [];
  if (given.some((h) => BOUNDED.test(h.sentence.text))) return [];
  if (anyMatching(ctx.sentences, CAP, (s) => !CAP_EXCLUDES_INDEMNITY.test(s.text) && !theirsAlone(ctx, s, ours))) return [];
  const theirDoing = given.filter((h) => coversTheirDoing(ctx, h.sentence.text, ours));
  const wide = given.filter((h) => ANY_CLAIM.test(h.sentence.text));
  if (ours === 'A' && theirDoing.length === 0 && wide.length === 0) return [];
  const evidence = groupedEvidence(theirDoing.length > 0 ? theirDoing : given);
  const severity = theirDoing.length > 0 ? 'high' : theyAreAnInstitution(ctx, ours) ? 'low' : 'medium';
  return [
    finding(ctx, {
      rule: 'one-sided.one-way-indemnity',
      topic: 'liability',
      severity,
      kind: 'one-sided',
      evidence,
      ...indemnityCap(ours),
    }),
  ];
};

/**
 * A licensee's uncapped indemnity beside a cap on the licensor's liability alone ("Licensor's aggregate
 * liability shall not exceed the fees paid", nothing under a free licence): the cap reaches nothing we
 * owe, so it silences nothing. Read for the licensee only; a cap the reader cannot place still counts.
 */
function theirsAlone(ctx: Parameters<Rule>[0], sentence: Hit['sentence'], ours: 'A' | 'B'): boolean {
  if (ctx.role !== 'licensee') return false;
  const here = limits(ctx).filter((l) => l.kind === 'cap' && l.hit.sentence === sentence);
  return here.length > 0 && here.every((l) => l.side !== undefined && l.side !== ours && l.side !== 'both');
}

/** Whether the indemnity covers what the other side itself does: its performance, acts or negligence. */
function coversTheirDoing(ctx: Parameters<Rule>[0], text: string, ours: 'A' | 'B'): boolean {
  OWN_DOING.lastIndex = 0;
  for (let m = OWN_DOING.exec(text); m; m = OWN_DOING.exec(text)) {
    const at = m.index + m[0].length;
    const ref = partyRefs(ctx, text.slice(at, at + PARTY_REACH))[0];
    if (ref && ref.index === 0 && ref.side !== undefined && ref.side !== ours && ref.side !== 'both') return true;
  }
  return false;
}

/** Whether a party on the other side is a university, hospital or public research body. */
function theyAreAnInstitution(ctx: Parameters<Rule>[0], ours: 'A' | 'B'): boolean {
  return ctx.parties.some((p) => {
    if (!INSTITUTION.test(p.name)) return false;
    const side = partyRefs(ctx, p.shortName ?? p.name)[0]?.side;
    return side !== undefined && side !== ours && side !== 'both';
  });
}
