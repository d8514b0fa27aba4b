import type { Rule } from '../context';
import { draftingHits } from './drafting';
import { hits, type Hit } from './text';
import { escapeRegExp } from '../../regex-escape';

/** A restriction on the party the sentence is about: "shall not", "may not", "shall have no right to". */
const RESTRICTION = /\b(?:shall|may|will)\s+(?:not|have\s+no\s+right\s+to|not\s+be\s+entitled\s+to)\b/g;
/** The consent that lifts it: "without Distributor's prior written consent", "without the consent of Licensee". */
const CONSENT =
  /\bwithout\s+(?:the\s+)?(?:(?:prior\s+)?(?:written\s+)?(?:consent|approval)\s+of\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:prior\s+)?(?:written\s+)?(?:consent|approval))/;

/**
 * A party barred from acting without its own consent: "The Distributor shall have no right to make
 * modifications without the Distributor's consent". The consent is meant to be the other side's, and
 * as written the restriction binds no one.
 */
export const ownConsent: Rule = (ctx) => {
  const names = ctx.parties.flatMap((p) => [p.name, p.shortName]).filter((n): n is string => !!n && n.length > 1);
  if (names.length < 2) return [];
  const name = new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'g');
  const adjacentName = new RegExp(`(?:${names.map(escapeRegExp).join('|')})\\s*$`);
  const found: Hit[] = [];
  for (const h of hits(ctx, RESTRICTION)) {
    // The subject: the party right before the verb ("Licensee shall not"), or, for a second verb
    // with no subject of its own ("X shall disclose ..., but shall have no right to"), the sentence's first.
    const before = h.sentence.text.slice(0, h.index);
    const subjects = before.match(name);
    const adjacent = adjacentName.exec(before);
    // A name we do not know right before the verb is its subject: no fallback to the sentence's first.
    if (!adjacent && /\b[A-Z][\w&.-]{0,40}\s*$/.test(before)) continue;
    const subject = adjacent?.[0] ?? subjects?.[0];
    if (!subject) continue;
    const after = h.sentence.text.slice(h.index, h.index + 300).split(/;/)[0]!;
    const m = CONSENT.exec(after);
    if (!m || !sameParty(ctx, subject, (m[1] ?? m[2])!)) continue;
    // Another party named between the restriction and the consent may be the one acting ("shall not permit Supplier to ...").
    if ((after.slice(0, m.index).match(name) ?? []).some((n) => !sameParty(ctx, subject, n))) continue;
    // The quote runs from the restriction to the consent, so the reader sees both.
    found.push({ ...h, text: after.slice(0, m.index + m[0].length) });
  }
  return draftingHits(ctx, 'drafting.own-consent', found);
};

function sameParty(ctx: Parameters<Rule>[0], a: string, b: string): boolean {
  const party = (n: string) => ctx.parties.findIndex((p) => [p.name, p.shortName].some((x) => x && n.toLowerCase().startsWith(x.toLowerCase())));
  const i = party(a);
  return i >= 0 && i === party(b);
}
