// A duty put on a party's person rather than the party: "The General Manager will devote ... best
// efforts", where the draft speaks of "your General Manager" throughout. Whose person it is comes
// from the possessives the draft writes before the person's title.
import type { ReviewContext } from '../context';
import { escapeRegExp } from '../../regex-escape';
import { partyRefs, type PartyRef } from './side';

/** The person a clause opens with: "The General Manager will", "Each Key Person shall". */
const PERSON_SUBJECT = /^\s{0,3}(?:\(?[a-z0-9]{1,4}[.)]\s{1,3})?(?:The|Each|Such|Any)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:shall|will|must|agrees?|undertakes?)\b/;

/** Possessives counted before a person's title: "your General Manager", "the Franchisee's General Manager". */
const OWNER_WORD = /(?:\b(your|our|their)|\b([A-Z][A-Za-z]{1,30})['’]s?)\s{1,3}$/;

/**
 * The party whose person owes the duty, where the clause opens with a person's title and every
 * possessive the draft writes before that title that names a placed party names the same side,
 * at least twice; undefined otherwise.
 */
export function personsParty(ctx: ReviewContext, clause: string): PartyRef | undefined {
  const subject = PERSON_SUBJECT.exec(clause);
  if (!subject) return undefined;
  const title = new RegExp(String.raw`\b${escapeRegExp(subject[1]!)}\b`, 'g');
  const owners: PartyRef[] = [];
  for (const s of ctx.sentences) {
    if (!s.text.includes(subject[1]!)) continue;
    title.lastIndex = 0;
    for (let m = title.exec(s.text); m; m = title.exec(s.text)) {
      const before = OWNER_WORD.exec(s.text.slice(Math.max(0, m.index - 40), m.index));
      if (!before) continue;
      const word = before[1] ? { your: 'you', our: 'we', their: '' }[before[1]]! : before[2]!;
      const ref = word ? partyRefs(ctx, word).find((r) => r.index === 0 && r.text.length === word.length) : undefined;
      if (ref?.side !== undefined && ref.side !== 'both') owners.push(ref);
    }
  }
  if (owners.length < 2 || owners.some((o) => o.side !== owners[0]!.side)) return undefined;
  return owners[0];
}
