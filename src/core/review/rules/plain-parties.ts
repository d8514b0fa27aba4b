import type { ReviewContext } from '../context';
import { plainQuotes } from '../typed-quotes';
import { readerSide } from './reader-party';

/**
 * A plain-language draft calls its parties "we"/"us" and "you": BW-3 Franchise Systems, Inc. ("we"
 * or "us"), and ... ("you"). The pronouns are then the parties' names, and a duty "you shall use
 * your best efforts" is the other side's. Read from the brackets that name them in the opening,
 * however worded: (hereinafter "Acme" or by reference "we", "us", "our").
 */
// American style puts the comma inside the quotes: ("we," "us," the "Company").
const WE = /\([^()]{0,80}?["“](?:we|us),?["”][^()]{0,60}\)/i;
const YOU = /\([^()]{0,80}?["“]you,?["”][^()]{0,60}\)/i;

/** The first sentences, where parties are named: after a table of contents, a franchise form names them late. */
const OPENING = 60;

/**
 * The pronouns of a draft that names its parties "we" and "you", with the side each stands for: the
 * party that writes "we" is the one whose form it is, the provider or licensor (side A), unless a
 * role label in the same bracket says otherwise. Empty where the draft does not name both.
 */
export function plainParties(ctx: ReviewContext, labelSide: (label: string) => 'A' | 'B' | undefined): [string, 'A' | 'B'][] {
  const opening = plainQuotes(ctx.sentences.slice(0, OPENING).map((s) => s.text).join(' '));
  const we = WE.exec(opening);
  const you = YOU.exec(opening);
  // The one party placed by its role (a licensor read from its grant, grantor-parties.ts) faces the reader.
  const placed = !we && ctx.parties.length === 1 ? (ctx.parties[0]!.aliases ?? []).map(labelSide).find((x) => x !== undefined) : undefined;
  if (placed && (you || YOU_MEANS.test(opening))) return [['you', placed === 'A' ? 'B' : 'A']];
  // A bracket that calls a party "you" gives that party the name (party-names.ts); a definition names no party.
  const acting = !we && !you && YOU_MEANS.test(opening) ? addressed(ctx, labelSide) : [];
  if (acting.length > 0) return acting;
  // Terms made with their reader, against the one party they name (reader-party.ts).
  const reader = we ? undefined : readerSide(ctx, labelSide);
  if (reader) return [['you', reader]];
  if (!we || !you) return [];
  const labels = [...we[0].matchAll(/["“]([A-Z][A-Za-z-]+),?["”]/g)].map((m) => labelSide(m[1]!)).filter((x) => x !== undefined);
  const ours = labels[0] ?? 'A';
  const theirs = ours === 'A' ? 'B' : 'A';
  return [
    ['we', ours],
    ['us', ours],
    ['you', theirs],
  ];
}

/** '"You" (or "Your") means the person …': a licence written to its reader defines "you" instead. */
const YOU_MEANS = /["“]you,?["”](?:\s{0,3}\((?:or\s{1,3})?["“]your["”]\))?,?\s{1,3}(?:means|shall\s{1,3}mean|refers\s{1,3}to)\b/i;

/**
 * A draft written to "you" that names the other party by a role label ("the Licensors grant You"):
 * "you" is the party on the label's other side. The label the terms have act most is the other
 * party's, in the plural too; nothing where the terms use labels of both sides.
 */
function addressed(ctx: ReviewContext, labelSide: (label: string) => 'A' | 'B' | undefined): [string, 'A' | 'B'][] {
  const counts = new Map<string, number>();
  for (const s of ctx.sentences)
    for (const m of s.text.matchAll(LABEL_ACTS)) {
      const label = m[1]!;
      if (labelSide(label.replace(/s$/, '')) ?? labelSide(label)) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  const sides = new Set([...counts.keys()].map((l) => labelSide(l.replace(/s$/, '')) ?? labelSide(l)));
  if (sides.size !== 1) return [];
  const [label] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const side = [...sides][0]!;
  const you = side === 'A' ? 'B' : 'A';
  return [['you', you], [label, side]];
}

/** A capitalised label acting: "the Licensors grant", "Licensor shall", "Licensor provides". */
const LABEL_ACTS = /\b([A-Z][a-z]{3,20}(?:\s[A-Z][a-z]{3,12})?)\s{1,3}(?:shall|will|may|must|grants?|provides?|makes?|offers?|licenses?|disclaims?|warrants?|retains?|reserves?|owns?|agrees?)\b/g;
