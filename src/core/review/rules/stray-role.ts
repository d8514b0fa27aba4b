import type { Rule } from '../context';
import { draftingFinding } from './drafting';
import { inQuotes, listOf } from './finding';
import { hits, isDefined, paragraphText, quote, type Hit } from './text';

/**
 * "The supplier warrants…", "the contractor shall indemnify…": a warranty or duty put on a role
 * written in lower case, as a form for another deal calls its parties, where this agreement names
 * its parties otherwise. No party is clearly bound. Roles that are as often a third party ("the
 * customer", "the buyer", "the client") are left out: they usually mean someone outside the deal;
 * so are "the licensor" and "the licensee", which cross-licences use for whichever party grants.
 */
const BOUND_ROLE =
  /\b[Tt]he\s+(supplier|contractor|vendor|seller|manufacturer|consultant|service\s+provider)(?:\s*\([^()]{0,40}\))?\s+(?:hereby\s+)?(?:warrants|represents|assures|guarantees|undertakes|covenants|indemnif(?:ies|y)|holds|shall|must|agrees)\b/g;
/** "shall be notified", "shall have the right": the role is acted on or given a right, not bound. */
const NOT_BOUND_AFTER = /^\s+(?:not\s+)?(?:(?:be|have\s+been)\s+(?!responsible|liable|bound|obliged)\w+|have\s+the\s+right)/;

/** The role word is the draft's own name for a party: "Acme, as supplier,", "(the supplier)", "hereinafter the supplier". */
function namesAParty(text: string, word: string): boolean {
  const w = word.replace(/\s+/g, '\\s+');
  return new RegExp(`\\bas\\s+(?:the\\s+)?${w}\\b|\\(\\s*(?:the\\s+|hereinafter\\s+)?["“'‘]?${w}["”'’]?\\s*\\)|\\bhereinafter\\b[^.;]{0,40}\\b${w}\\b`, 'i').test(text);
}

export const strayRole: Rule = (ctx) => {
  // Only where we know who the parties are, so the role is measurably not one of them.
  if (ctx.parties.length === 0) return [];
  const names = ctx.parties.map((p) => `${p.name} ${p.shortName ?? ''}`.toLowerCase()).join(' ');
  const whole = ctx.sentences.map((s) => s.text).join('\n');
  const asParty = new Map<string, boolean>();
  const found = hits(ctx, BOUND_ROLE, (h: Hit) => {
    const word = h.match[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (isDefined(ctx, word) || names.includes(word)) return false;
    if (!asParty.has(word)) asParty.set(word, namesAParty(whole, word));
    if (asParty.get(word)) return false;
    const after = h.sentence.text.slice(h.index + h.text.length);
    if (/(?:shall|must)$/.test(h.text) && NOT_BOUND_AFTER.test(after)) return false;
    // "If Licensee engages a supplier, the supplier shall…": the role points back to someone the
    // clause already introduced, in this paragraph or the one before.
    const before = paragraphText(ctx, h.sentence.paragraph).slice(0, h.sentence.start + h.index) + ' ' + paragraphText(ctx, h.sentence.paragraph - 1);
    return !new RegExp(`\\b${word.replace(' ', '\\s+')}`, 'i').test(before);
  });
  if (found.length === 0) return [];
  const roles = [...new Set(found.map((h) => h.match[1]!.toLowerCase().replace(/\s+/g, ' ')))];
  const evidence = found.map((h) => quote(h.sentence, h.index, h.index + h.text.length));
  return draftingFinding(ctx, 'drafting.stray-role', evidence, { role: listOf(roles.map((r) => inQuotes(`the ${r}`))) });
};
