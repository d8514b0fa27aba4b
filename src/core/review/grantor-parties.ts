import type { Party, Sentence } from './context';
import { plainQuotes } from './typed-quotes';

// A licence posted with software often opens with no party at all ("By downloading the Software, you
// agree …") and names the licensor only where it grants the licence or owns the copyright. That
// party is the licensor; the reader ("You", the "Licensee") is the other side.

/** Capitalised words, a comma only before a company form: "Acme Systems, Inc.", "Mengning Software". */
const NAME = String.raw`([A-Z][\w.&'’-]{0,40}(?:(?:,\s{1,3}(?=(?:Inc|Ltd|LLC|Limited|Corp|Co|GmbH|S\.A|B\.V|AG|Pte|Pty)\b)|\s{1,3})[A-Z][\w.&'’-]{0,40}){0,7})`;
/** "Acme Systems, Inc. ("Acme") hereby grants You", "… grants to Licensee": the grant runs to the reader. */
const GRANTS = new RegExp(
  String.raw`${NAME}\s{0,3}\(\s{0,3}"([A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2})"\s{0,3}\)\s{1,3}(?:hereby\s{1,3})?grants\s{1,3}(?:to\s{1,3})?(?:You|YOU|you|(?:the\s{1,3})?Licensee|LICENSEE)\b`,
);
/** "owned by **Acme Software** (hereinafter referred to as "the Copyright Holder")": the owner defined by its role. */
const OWNER = new RegExp(
  String.raw`${NAME}\*{0,2}\s{0,3}\(\s{0,3}(?:hereinafter\s{1,3}(?:referred\s{1,3}to\s{1,3}as\s{1,3}|called\s{1,3})?|the\s{1,3})?"(?:the\s{1,3})?(Copyright\s{1,3}(?:Holder|Owner)|Licensor)"\s{0,3}\)`,
);
/** The reader or a role is no name of the licensor. */
const NOT_A_NAME = /^(?:You|YOU|Licensee|LICENSEE|User|Customer)$/;
/** Where the grant or the owner is looked for: the opening and the first clauses. */
const READ = 40;

/** The licensor of a licence whose opening names no party, from its grant or its copyright owner; else none. */
export function grantorParties(sentences: readonly Sentence[]): Party[] {
  for (const s of sentences.slice(0, READ)) {
    if (!/\b(?:grants|Copyright\s{1,3}(?:Holder|Owner)|Licensor)\b/.test(s.text)) continue;
    const text = plainQuotes(s.text);
    const m = GRANTS.exec(text) ?? OWNER.exec(text);
    if (!m) continue;
    const name = m[1]!.replace(/\s+/g, ' ').replace(/,$/, '');
    if (NOT_A_NAME.test(name)) continue;
    const short = m[2]!.replace(/\s+/g, ' ');
    // The role the grant gives it, for the side reader: a "Licensor" against the reader.
    return [{ name, shortName: short, aliases: ['Licensor'] }];
  }
  return [];
}
