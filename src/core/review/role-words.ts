import type { Sentence } from './context';
import { escapeRegExp } from '../regex-escape';
import { labelSide } from './rules/role-labels';

// A cover table typed out as text runs a row's cells together: "SHIPPER   Acme Pipeline Inc.",
// "LICENSOR ACME MEDIA LLC". Walking back from the company form, the party reader takes the row's
// label for the first word of the name. A word in capitals that opens a name is the row's label,
// not the name's, where the draft calls a party by it ("the SENDER shall", "the Licensor's") or
// where the draft calls the party by the rest of the name alone ("ECOPETROL shall") and never writes
// the word before it elsewhere.

/** The most label words taken off the front of one name: "SELLER / SUPPLIER Acme Inc." has two. */
const MOST_LABELS = 2;

/** The name without the role or field labels a cover row set before it. */
export function withoutRowLabel(name: string, sentences: readonly Sentence[]): string {
  let out = name;
  for (let n = 0; n < MOST_LABELS; n++) {
    const m = /^([A-Z][A-Z-]{2,20})\s{1,3}([A-Z][\w&'’.-]{1,30})\s/.exec(out);
    if (!m || !(roleInTerms(m[1]!, sentences) || calledWithout(m[1]!, m[2]!, sentences))) break;
    out = out.slice(m[1]!.length).trimStart();
  }
  return out;
}

/**
 * "the SENDER shall", "the Shipper's": the draft calls a party by the word, capitalised. A role label
 * we know is one wherever the terms write it as a name ("Licensor grants to Licensee"); another word
 * ("EXECUTIVE JET AVIATION") only where a party acts under it.
 */
function roleInTerms(word: string, sentences: readonly Sentence[]): boolean {
  if (labelSide(word)) {
    // Alone, not inside a title or a name: "Chief Executive Officer" calls no party "Executive".
    const named = new RegExp(`(?<![A-Z][A-Za-z-]{0,20}\\s)\\b${escapeRegExp(word.charAt(0) + word.slice(1).toLowerCase())}\\b(?!\\s{1,3}[A-Z])`);
    return sentences.some((s) => named.test(s.text));
  }
  const re = new RegExp(`\\bthe\\s{1,3}(${escapeRegExp(word)})(?:['’]s\\b|\\s{1,3}(?:shall|will|may|must|agrees?|undertakes?|hereby|grants|represents|warrants|acknowledges|pays|owns|retains)\\b)`, 'gi');
  return sentences.some((s) => {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) if (/^[A-Z]/.test(m[1]!)) return true;
    return false;
  });
}

/**
 * "ECOPETROL shall" and never "SHIPPER ECOPETROL" but on its row: the draft calls the party by the
 * name after the word, so the word is no part of it.
 */
function calledWithout(word: string, next: string, sentences: readonly Sentence[]): boolean {
  const acts = new RegExp(`(?:^|[^\\w&'’.-])${escapeRegExp(next)}\\s{1,3}(?:shall|will|may|must|agrees|undertakes|hereby)\\b`);
  const together = new RegExp(`\\b${escapeRegExp(word)}\\s{1,3}${escapeRegExp(next)}(?![\\w-])`);
  let rows = 0;
  let alone = false;
  for (const s of sentences) {
    if (together.test(s.text)) rows++;
    if (!alone && acts.test(s.text.replace(together, ''))) alone = true;
  }
  return alone && rows <= 1;
}
