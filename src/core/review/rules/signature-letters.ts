import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { partyOnSideA } from './deal-roles';
import { spacedAlike } from './many-parties';

// Drafts written in English by or for Chinese companies call the parties "Party A" and "Party B"
// without a Chinese text to say which role each plays, and set "PARTY A" and "PARTY B" over the
// signature blocks. The letters name no role of their own: a letter's side comes from the role
// label beside it on the page ("PARTY A (LICENSOR)"), else from what the terms have each letter do
// ("Party A grants to Party B a licence"). The signature page then says which company is which letter.

const LETTER = /^party\s{1,3}([ab])$/i;

/** The letter of a "PARTY A" heading, as the terms write it ("Party A"), or nothing. */
export function letterName(label: string): string | undefined {
  const m = LETTER.exec(label.trim());
  return m ? `Party ${m[1]!.toUpperCase()}` : undefined;
}

/** The letters the draft calls its parties by in its terms: "Party A shall …". */
const lettersUsed = perReview((ctx: ReviewContext): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const s of ctx.sentences) for (const m of s.text.matchAll(/\bParty\s([AB])(?![\w-])/g)) out.add(`Party ${m[1]}`);
  return out;
});

/** Whether a heading is a letter the terms call a party by. */
export function isLetterHeading(ctx: ReviewContext, label: string): boolean {
  const name = letterName(label);
  return name !== undefined && lettersUsed(ctx).has(name);
}

/** The side of "Party A", from what the terms have each letter do; nothing where they do not tell. */
const sideOfA = perReview((ctx: ReviewContext): 'A' | 'B' | undefined => {
  if (lettersUsed(ctx).size < 2) return undefined;
  const first = partyOnSideA(spacedAlike(ctx.sentences), [['Party A'], ['Party B']], ctx.scenario);
  return first === undefined ? undefined : first === 0 ? 'A' : 'B';
});

/** The side what the terms have a letter do gives it ("Party B" of "PARTY B"), or nothing. */
export function letterSide(ctx: ReviewContext, label: string): 'A' | 'B' | undefined {
  const name = letterName(label);
  const a = name && sideOfA(ctx);
  if (!a) return undefined;
  return name === 'Party A' ? a : a === 'A' ? 'B' : 'A';
}
