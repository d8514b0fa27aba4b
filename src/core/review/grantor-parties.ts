import type { Party, Sentence } from './context';
import { plainQuotes } from './typed-quotes';

// A licence posted with software often opens with no party at all ("By downloading the Software, you
// agree …") and names the licensor only where it grants the licence or owns the copyright. That
// party is the licensor; the reader ("You", the "Licensee") is the other side.

/** "… ("Acme") hereby grants You", "… grants to Licensee", "… ("Acme") and its suppliers grant to you": the grant runs to the reader. */
const GRANTS = /\(\s{0,3}"([A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2})"\s{0,3}\)\s{1,3}(?:and\s{1,3}its\s{1,3}(?:suppliers|licensors|affiliates)\s{1,3}(?=(?:hereby\s{1,3})?grant\s))?(?:hereby\s{1,3})?grants?\s{1,3}(?:to\s{1,3})?(?:You|YOU|you|(?:the\s{1,3})?Licensee|LICENSEE)\b/;
/** "… (hereinafter referred to as "the Copyright Holder")": the owner defined by its role. */
const OWNER = /\(\s{0,3}(?:hereinafter\s{1,3}(?:referred\s{1,3}to\s{1,3}as\s{1,3}|called\s{1,3})?|the\s{1,3})?"(?:the\s{1,3})?(Copyright\s{1,3}(?:Holder|Owner)|Licensor)"\s{0,3}\)/;
/** A company form, which a comma may set off from the rest of the name ("Acme Systems, Inc."). */
const FORM = /^(?:Inc|Ltd|LLC|Limited|Corp|Corporation|Co|GmbH|S\.A|B\.V|AG|Pte|Pty)\b/;
/** The most words a name is read back over. */
const NAME_WORDS = 8;
/** The reader or a role is no name of the licensor. */
const NOT_A_NAME = /^(?:You|YOU|Licensee|LICENSEE|User|Customer)$/;
/** Where the grant or the owner is looked for: the opening and the first clauses. */
const READ = 40;

/** The licensor of a licence whose opening names no party, from its grant or its copyright owner; else none. */
export function grantorParties(sentences: readonly Sentence[]): Party[] {
  for (const s of sentences.slice(0, READ)) {
    if (!/\b(?:grants?|Copyright\s{1,3}(?:Holder|Owner)|Licensor)\b/.test(s.text)) continue;
    const text = plainQuotes(s.text);
    const m = GRANTS.exec(text) ?? OWNER.exec(text);
    if (!m) continue;
    const name = nameBefore(text.slice(Math.max(0, m.index - 200), m.index));
    if (!name || NOT_A_NAME.test(name)) continue;
    const short = m[1]!.replace(/\s+/g, ' ');
    // The role the grant gives it, for the side reader: a "Licensor" against the reader.
    return [{ name, shortName: short, aliases: ['Licensor'] }];
  }
  return supplyParties(sentences);
}

/**
 * A material transfer form may have no opening at all, its parties named first in its supply clause:
 * "1.1 Norbank agrees to supply the Materials to the Applicant". The one that supplies is the provider,
 * the one supplied the recipient; the labels are given for the side reader.
 */
const NAME = String.raw`[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2}`;
const SUPPLIES = new RegExp(
  String.raw`(?:^|(?:^|\s)\d{1,2}(?:\.\d{1,2}){0,2}\.?\s{1,4})(?:The\s{1,3})?(${NAME})\s{1,3}(?:agrees\s{1,3}to|shall|will|undertakes\s{1,3}to)\s{1,3}(?:supply|provide|deliver|transfer|send)\s{1,3}(?:the\s{1,3})?(?:Materials?|Samples?|Specimens?|Data(?:\s{1,3}Set)?)\s{1,3}to\s{1,3}(?:the\s{1,3})?(${NAME})\b`,
);

function supplyParties(sentences: readonly Sentence[]): Party[] {
  for (const s of sentences.slice(0, READ)) {
    // At the start of a clause, after its number: "1.1 Norbank agrees to supply …", a list mark or heading before.
    const m = SUPPLIES.exec(s.text.trim());
    if (!m || m[1] === m[2] || NOT_A_NAME.test(m[1]!) || NOT_A_NAME.test(m[2]!)) continue;
    return [
      { name: m[1]!, aliases: ['Provider'] },
      { name: m[2]!, aliases: ['Recipient'] },
    ];
  }
  return [];
}

/**
 * The capitalised words right before a bracket, read back word by word (a pattern anchored at the
 * bracket would scan back from every position): "Acme Systems, Inc.", "**Mengning Software**".
 */
function nameBefore(text: string): string | undefined {
  const words = text.split(/\s{1,40}/).filter((w) => w !== '' && !/^\*{1,2}$/.test(w));
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < NAME_WORDS; i--) {
    const w = words[i]!.replace(/\*{1,2}(?=,?$)/, '');
    // A comma ends the name, except the one before a company form.
    if (!/^\*{0,2}[A-Z][\w.&'’-]{0,40},?$/.test(w) || (w.endsWith(',') && !(name[0] && FORM.test(name[0])))) break;
    name.unshift(w.replace(/^\*{1,2}/, ''));
  }
  return name.length > 0 ? name.join(' ').replace(/,$/, '') : undefined;
}
