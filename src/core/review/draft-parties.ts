import type { Party, ReviewContext } from './context';
import { ourSide, partyRefs } from './rules/side';

/** The name the draft gives each side: "A" shares technology, samples or information, "B" receives. */
export interface DraftParties {
  A?: string;
  B?: string;
}

/**
 * The draft's own name for each side: a party introduced in its opening, by the short name the
 * draft defines for it ("Qingtai", "Provider"), else its legal name. A draft that names its sides
 * only by role ("Provider", "Customer") gives the role label it uses most for that side. A side
 * the draft does not let us tell stays unnamed, for a blank: it is never guessed.
 */
export function draftParties(ctx: ReviewContext, companyName = ''): DraftParties {
  return namedParties(ctx, companyName, called);
}

/**
 * As draftParties, for the reader to check the side the review took: a party the opening
 * introduces by its legal name with the short name it is given ("Hanlin Battery Co., Ltd. (Provider)").
 */
export function displayedParties(ctx: ReviewContext, companyName = ''): DraftParties {
  return namedParties(ctx, companyName, (p) => (p.shortName && p.shortName !== p.name ? `${p.name} (${p.shortName})` : p.name));
}

function namedParties(ctx: ReviewContext, companyName: string, name: (p: Party) => string): DraftParties {
  const out: DraftParties = {};
  for (const p of ctx.parties) {
    const side = partyRefs(ctx, called(p))[0]?.side;
    if ((side === 'A' || side === 'B') && !out[side]) out[side] = name(p);
  }
  // Two companies the draft does not label by role: the one with our company's name is on our side.
  const us = ourSide(ctx);
  const ours = ctx.parties.findIndex((p) => isOurCompany(companyName, p.name));
  if (us && ctx.parties.length === 2 && ours >= 0 && !out.A && !out.B) {
    out[us] = name(ctx.parties[ours]!);
    out[us === 'A' ? 'B' : 'A'] = name(ctx.parties[1 - ours]!);
  }
  if (out.A && out.B) return out;
  const counts = { A: new Map<string, number>(), B: new Map<string, number>() };
  for (const s of ctx.sentences)
    for (const ref of partyRefs(ctx, s.text))
      if (ref.side === 'A' || ref.side === 'B') counts[ref.side].set(ref.text, (counts[ref.side].get(ref.text) ?? 0) + 1);
  for (const side of ['A', 'B'] as const) {
    if (out[side]) continue;
    const most = [...counts[side]].sort((a, b) => b[1] - a[1])[0];
    if (most) out[side] = most[0];
  }
  return out;
}

/** How the draft calls a party: the short name it defines, else the legal name. */
function called(p: Party): string {
  return p.shortName ?? p.name;
}

/** Whether a party's legal name is our company's: either holds the other ("Acme", "Acme GmbH"). */
export function isOurCompany(companyName: string, name: string): boolean {
  const company = companyName.trim().toLowerCase();
  const n = name.toLowerCase();
  return company !== '' && (n.includes(company) || company.includes(n));
}
