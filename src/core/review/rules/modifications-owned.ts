import type { Definition, Rule } from '../context';
import { finding } from './finding';
import { ourSide, partyBefore } from './side';
import { escapeRegExp } from '../../regex-escape';
import { hits, quote, type Hit } from './text';

// A defined thing that takes in any change to it: "the FrontPanel interface, as well as any modifications
// or derivations to the interface", "the SDK and all derivative works of it".
const TAKES_IN_CHANGES = /\b(?:any|all)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:modifications?|derivations?|derivative\s{1,3}works?|adaptations?)\s{1,3}(?:(?:to|of)\b|thereof\b|thereto\b)/i;
// Changes the licensor itself supplies ("modified versions provided to you by Acme") are its own.
const SUPPLIED = /\b(?:provided|supplied|delivered|made\s{1,3}available|released|distributed|made|created|developed)\s{1,3}(?:to\s{1,3}(?:\w{1,20}\s{1,3}){1,3})?by\b/i;
// Ownership of the thing: "owns all proprietary rights … in and to the Software", "retains all right, title and interest in".
const OWNS = /\b(?:owns?|retains?|reserves?|(?:is|are)\s{1,3}the\s{1,3}(?:sole\s{1,3}|exclusive\s{1,3})?owners?)\b/gi;
// Our own changes kept ours: "Licensee shall own the Modifications it creates".
const OWN_WORD = /\b(?:own|owns|retains?)\b/i;
// "does not provide Licensee with title to nor ownership of": a denial keeps nothing ours.
const DENIED = /\b(?:not|no|nor|never)\b/i;
const OUR_CHANGES = /\b(?:modifications?|derivations?|derivative\s{1,3}works?|adaptations?|improvements?|enhancements?)\b/i;
/** How far after the ownership verb the thing owned is read. */
const REACH = 200;

/** The defined terms whose definition takes in any change to the thing, by whoever made. */
function changingTerms(ctx: Parameters<Rule>[0]): Definition[] {
  return ctx.definitions.filter((d) => TAKES_IN_CHANGES.test(d.text) && !SUPPLIED.test(d.text));
}

/**
 * The licensed software is defined to take in "any modifications or derivations" to it, and the
 * licensor owns all rights in that software: the interface code, drivers and adaptations our engineers
 * write on the vendor's software or API then vest in the vendor, with nothing back. Medium: the words
 * are often loose rather than meant, but a licensee building its product on the API should not leave
 * its own code to a definition. Quiet where a term keeps our own changes ours, where the changes
 * defined are only those the licensor supplies, and for the licensor.
 */
export const modificationsOwned: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (ours !== 'B' || ctx.scenario !== 'technology-license') return [];
  const terms = changingTerms(ctx);
  if (terms.length === 0) return [];
  // A term that gives our side its own changes answers the point.
  const keptOurs = ctx.sentences.some((s) => {
    const m = OWN_WORD.exec(s.text);
    if (!m || !OUR_CHANGES.test(s.text.slice(m.index, m.index + REACH))) return false;
    const who = partyBefore(ctx, s.text, m.index);
    return who?.side === ours && !DENIED.test(s.text.slice(who.index, m.index));
  });
  if (keptOurs) return [];
  const names = new RegExp(`\\b(?:${terms.map((d) => escapeRegExp(d.term)).join('|')})\\b`);
  const owned = hits(ctx, OWNS, (h: Hit) => {
    if (!names.test(h.sentence.text.slice(h.index, h.index + REACH))) return false;
    const side = partyBefore(ctx, h.sentence.text, h.index + h.text.length)?.side;
    return side !== undefined && side !== ours && side !== 'both';
  });
  if (owned.length === 0) return [];
  const [first] = owned;
  const defined = terms.filter((d) => new RegExp(`\\b${escapeRegExp(d.term)}\\b`).test(first!.sentence.text.slice(first!.index, first!.index + REACH)));
  const definition = ctx.sentences.find((s) => defined.some((d) => s.paragraph === d.paragraph && d.text.includes(s.text.slice(0, 60))));
  const evidence = [...(definition ? [quote(definition)] : []), quote(first!.sentence, first!.index, first!.index + first!.text.length)];
  return [finding(ctx, { rule: 'one-sided.modifications-owned', topic: 'improvements', severity: 'medium', kind: 'one-sided', evidence })];
};
