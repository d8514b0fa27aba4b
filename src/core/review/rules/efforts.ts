import type { Rule, RuleFinding } from '../context';
import { draftingHits } from './drafting';
import { inQuotes, listOf } from './finding';
import { personsParty } from './party-people';
import { ourSide, partyRefs, type PartyRef } from './side';
import { hits, push, type Hit } from './text';

// Longest standards first, so "commercially reasonable efforts" is not also "reasonable efforts".
const EFFORTS =
  /\b(best\s+commercially\s+reasonable|commercially\s+reasonable|reasonable\s+best|all\s+reasonable|diligent|good[\s-]faith|bests?|reasonable)\s+(efforts|endeavou?rs)\b/gi;

/** "... to replace the invalid provision with a valid one": the severability clause's duty to agree a substitute. */
const SUBSTITUTE = /^\s*to\s+(?:replace|substitute|agree\s+(?:on\s+)?(?:a\s+)?(?:valid\s+)?(?:substitute|replacement))\b[^.;]{0,40}?\b(?:invalid|illegal|unenforceable|valid)\b/i;

/**
 * A duty's verb, in lower case: a standard in a sentence without one is a heading or a line of the
 * table of contents ("2.2 Full Time, Attention and Best Efforts 2"), which binds no one.
 */
const DUTY_VERB = /\b(?:shall|will|must|agrees?|undertakes?|uses?|used|using|exert\w*|devot\w*|employ\w*|makes?|apply|applies)\b/;

function standard(words: string): string {
  // "bests efforts" is a misspelt "best efforts".
  return words.toLowerCase().replace(/\s+/g, ' ').replace('good-faith', 'good faith').replace(/^bests\b/, 'best');
}

/** A party named as the object of a preposition: "the affairs of Emerald", "a manager approved by us". */
const OBJECT = /\b(?:by|to|of|from|with|for|than)\s+(?:the\s+)?$/i;

/** Who owes the duty: the last party named before it that is not the object of a preposition. */
function subjectBefore(ctx: Parameters<Rule>[0], text: string, index: number): PartyRef | undefined {
  // "Fails to devote your best efforts": the possessive names the party, where the draft calls it "you".
  if (/\byour\s+$/i.test(text.slice(Math.max(0, index - 6), index))) return partyRefs(ctx, 'you')[0];
  const from = Math.max(0, index - 240);
  const refs = partyRefs(ctx, text.slice(from, index));
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i]!;
    if (!OBJECT.test(text.slice(Math.max(from, from + r.index - 12), from + r.index))) return r;
  }
  // No party named before it: the duty may be a party's person's ("The General Manager will devote ...").
  return personsParty(ctx, text.slice(0, index)) ?? roleSubject(text.slice(from, index));
}

/** A party's role as the subject of the duty's verb: "the Servicer shall use its best efforts". */
const ROLE_SUBJECT = /\b[Tt]he\s([A-Z][a-z]{2,30}(?:er|or|ee|ant|ent))\s(?:shall|will|must|agrees\sto|undertakes\sto)\s(?:use|exert|employ|make|apply)\s(?:its|his|her|their|all)?\s?$/;

function roleSubject(before: string): PartyRef | undefined {
  const m = ROLE_SUBJECT.exec(before.slice(-80));
  return m ? { text: m[1]!, index: m.index } : undefined;
}

type Owner = 'ours' | 'theirs' | 'unplaced';

/**
 * Whose duty it is, as far as advice goes: ours (or both sides', or "the Party" hit by force majeure,
 * or no one named), the other side's, or a party the review names but cannot place ("Women.com",
 * "the Servicer", "your"), which may be either.
 */
function owner(ctx: Parameters<Rule>[0], h: Hit, ours: 'A' | 'B'): Owner {
  const ref = subjectBefore(ctx, h.sentence.text, h.index);
  if (!ref) return /\byour\s+$/i.test(h.sentence.text.slice(Math.max(0, h.index - 6), h.index)) ? 'unplaced' : 'ours';
  if (ref.side === undefined) return /\bpart(?:y|ies)$/i.test(ref.text) ? 'ours' : 'unplaced';
  return ref.side === 'both' || ref.side === ours ? 'ours' : 'theirs';
}

/** "Best efforts", and more than one efforts standard in the same draft. */
export const efforts: Rule = (ctx) => {
  const all = hits(ctx, EFFORTS, (h) => DUTY_VERB.test(h.sentence.text));
  const out: RuleFinding[] = [];
  // Best efforts to agree a valid substitute for a provision struck down risks nothing: no performance turns on it.
  const best = all.filter((h) => /^bests?\s+(?:efforts|endeavou?rs)$/i.test(h.text) && !SUBSTITUTE.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 60)));
  // A duty on the other side only is theirs to perform: the advice is to pin it down, not to soften it.
  const ours = ourSide(ctx);
  // A duty whose owner the review cannot place gets advice for either owner, never only the advice
  // to soften it: that works against us where the duty is owed to us.
  const owners = new Set(ours === undefined ? ['ours'] : best.map((h) => owner(ctx, h, ours)));
  const key = owners.has('ours') ? undefined : owners.has('unplaced') ? 'drafting.best-efforts-unplaced' : 'drafting.best-efforts-theirs';
  out.push(...draftingHits(ctx, 'drafting.best-efforts', best, {}, key));
  const kinds = new Map<string, typeof all>();
  for (const h of all) {
    const key = standard(`${h.match[1]} ${/^endeav/i.test(h.match[2]!) ? 'endeavours' : 'efforts'}`);
    push(kinds, key, h);
  }
  if (kinds.size > 1) {
    // One quote per standard shows the mix better than every use of the commonest one.
    const firsts = [...kinds.values()].map((l) => l[0]!);
    out.push(...draftingHits(ctx, 'drafting.mixed-efforts', firsts, { standards: listOf([...kinds.keys()].map((k) => inQuotes(k))) }));
  }
  return out;
};
