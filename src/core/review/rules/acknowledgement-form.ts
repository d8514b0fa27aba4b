// A workforce or system-access acknowledgement: a person signs "I will …", "I understand …" to an
// institution's policies, and the duty is measured by the laws of a named place ("in accordance with
// Florida and federal laws"). The signer does not negotiate such a form's terms, and the law the
// duty answers to is named, so a missing choice-of-law clause is a point to note, not to raise.
import type { Sentence } from '../context';
import { countryIn } from '../places';

const FIRST_PERSON = /^\W{0,4}I\s+(?:will|shall|agree|understand|acknowledge|have|am|must|certify|hereby)\b/;
// "in accordance with Florida and federal laws", "as required by New York law", "under applicable Texas law".
const PLACE_LAW =
  /\b(?:in\s+accordance\s+with|as\s+required\s+by|consistent\s+with|under)\s+(?:the\s+)?(?:applicable\s+)?((?:[A-Z][A-Za-z.]+\s+){1,3})(?:and\s+(?:federal|state|local)\s+)?laws?\b/;
const MIN_UNDERTAKINGS = 3;

/** Whether the draft is a person's acknowledgement of an institution's rules, measured by a named place's law. */
export function acknowledgesUnderNamedLaw(sentences: readonly Sentence[]): boolean {
  let firstPerson = 0;
  let named = false;
  for (const s of sentences) {
    if (FIRST_PERSON.test(s.text)) firstPerson++;
    const m = PLACE_LAW.exec(s.text);
    if (m && countryIn(m[1]!) !== undefined) named = true;
  }
  return named && firstPerson >= MIN_UNDERTAKINGS;
}
