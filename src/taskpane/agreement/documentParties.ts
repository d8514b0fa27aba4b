import type { Answers } from '../../core/agreement';
import type { DocModel } from '../../core/document';
import { documentKey } from '../../core/documentKey';
import { openingParties, withParties } from '../../core/fix';
import { readStored, writeStored } from '../shared/storage';

type Parties = Answers['parties'];

const typedKey = (document: string) => `clausewright.buildParties.${document}`;

const isParty = (p: unknown): boolean => !!p && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string';

function parseParties(raw: unknown): Parties | null {
  const r = raw as Partial<Parties> | null;
  return r && typeof r === 'object' && isParty(r.us) && isParty(r.them) ? (r as Parties) : null;
}

/** Where the parties Build starts from came from, for the open document. */
export interface DocumentParties {
  answers: Answers;
  /** The open document's key, under which parties typed for it are kept. */
  document: string;
  fromDocument: boolean;
}

/**
 * The parties for the open document: those the user typed for it before, else those its opening
 * names, replacing a draft's parties (which may be another document's), else the draft's as they are.
 */
export function partiesFor(answers: Answers, doc: DocModel, companyName: string): DocumentParties {
  const document = documentKey(doc);
  const typed = readStored(typedKey(document), parseParties);
  if (typed) return { answers: { ...answers, parties: typed }, document, fromDocument: false };
  const { parties, opening } = openingParties(doc);
  if (parties.length < 2) return { answers, document, fromDocument: false };
  const filled = withParties(answers, parties, companyName, opening).parties;
  return { answers: { ...answers, parties: { us: sameOrNamed(answers.parties.us, filled.us), them: sameOrNamed(answers.parties.them, filled.them) } }, document, fromDocument: true };
}

/** A party now named otherwise keeps none of the draft's signing facts (address, signatory): they were another company's. */
function sameOrNamed(before: Parties['us'], after: Parties['us']): Parties['us'] {
  if (before.name.trim().toLowerCase() === after.name.trim().toLowerCase()) return after;
  return { name: after.name, shortName: after.shortName, jurisdiction: after.jurisdiction };
}

/** Keeps the parties the user typed for one document (undefined forgets them); false when storage refused. */
export function keepTypedParties(document: string, parties: Parties | undefined): boolean {
  return writeStored(typedKey(document), parties);
}
