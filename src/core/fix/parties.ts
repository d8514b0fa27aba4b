import type { Answers } from '../questionnaire';
import type { DocModel } from '../document';
import { buildContext, type Party, type ReviewContext } from '../review';
import { ourSide, partyRefs } from '../review/rules/side';

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
  const out: DraftParties = {};
  for (const p of ctx.parties) {
    const side = partyRefs(ctx, called(p))[0]?.side;
    if ((side === 'A' || side === 'B') && !out[side]) out[side] = called(p);
  }
  // Two companies the draft does not label by role: the one with our company's name is on our side.
  const us = ourSide(ctx);
  const ours = ctx.parties.findIndex((p) => isOurCompany(companyName, p.name));
  if (us && ctx.parties.length === 2 && ours >= 0 && !out.A && !out.B) {
    out[us] = called(ctx.parties[ours]!);
    out[us === 'A' ? 'B' : 'A'] = called(ctx.parties[1 - ours]!);
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
function isOurCompany(companyName: string, name: string): boolean {
  const company = companyName.trim().toLowerCase();
  const n = name.toLowerCase();
  return company !== '' && (n.includes(company) || company.includes(n));
}

/** Where a party says it is incorporated, from the words after its name: "a company organised under the laws of Germany". */
export function jurisdictionAfter(text: string, name: string): string | undefined {
  const at = text.indexOf(name);
  if (at < 0) return undefined;
  const m = /^[^"“(]*?(?:organi[sz]ed|incorporated|established|registered|existing)\s+(?:and\s+existing\s+)?under\s+the\s+laws?\s+of\s+((?:the\s+)?[A-Z][^,;()"“]*?)(?=\s*(?:,|;|\(|\bwith\b|\bhaving\b|\band\b|$))/.exec(text.slice(at + name.length, at + name.length + 200));
  return m?.[1]?.trim();
}

/**
 * Fills the parties from the names found in the document's opening paragraph: ours is the one that
 * matches our company name (else the first), theirs the other. The preset's example jurisdiction is
 * replaced by the one the document states, or left blank for the user to give: it never leaks in.
 */
export function withParties(answers: Answers, found: readonly Party[], companyName: string, opening = ''): Answers {
  if (found.length < 2) return answers;
  const oursAt = companyName.trim() ? found.findIndex((p) => isOurCompany(companyName, p.name)) : 0;
  const us = found[oursAt < 0 ? 0 : oursAt]!;
  const them = found.find((p) => p !== us)!;
  const party = (base: Answers['parties']['us'], p: Party) => ({
    ...base,
    name: p.name,
    shortName: p.shortName ?? p.name,
    jurisdiction: jurisdictionAfter(opening, p.name) ?? '',
  });
  return { ...answers, parties: { us: party(answers.parties.us, us), them: party(answers.parties.them, them) } };
}

/** The parties a document's opening introduces, and the paragraph that introduces the first (for withParties). */
export function openingParties(doc: DocModel): { parties: Party[]; opening: string } {
  const parties = buildContext(doc).ctx.parties;
  const opening = doc.paragraphs.find((p) => parties[0] && p.text.includes(parties[0].name))?.text ?? '';
  return { parties, opening };
}
