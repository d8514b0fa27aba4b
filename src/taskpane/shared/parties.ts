import type { Answers } from '../../core/build';
import type { Party } from '../../core/review';

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
  const company = companyName.trim().toLowerCase();
  const oursAt = company ? found.findIndex((p) => p.name.toLowerCase().includes(company) || company.includes(p.name.toLowerCase())) : 0;
  const us = found[oursAt < 0 ? 0 : oursAt]!;
  const them = found.find((p) => p !== us)!;
  const party = (base: Answers['parties']['us'], p: Party) => ({
    ...base,
    name: p.name,
    shortName: p.shortName ?? base.shortName,
    jurisdiction: jurisdictionAfter(opening, p.name) ?? '',
  });
  return { ...answers, parties: { us: party(answers.parties.us, us), them: party(answers.parties.them, them) } };
}
