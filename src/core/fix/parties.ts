import type { Answers } from '../questionnaire';
import type { DocModel } from '../document';
import { buildContext, type Party } from '../review';
import { isOurCompany } from '../review/draft-parties';

export { draftParties, type DraftParties } from '../review/draft-parties';

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
