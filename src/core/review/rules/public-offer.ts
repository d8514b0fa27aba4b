// Terms offered to anyone on fixed terms: a public licence accepted by using or downloading the
// material, or a contributor licence that every contributor signs as it stands. Nothing in them is
// negotiated, so a missing choice of law or forum is a note, not a point to raise; and contributions
// to a published project are public by design, so confidentiality has nothing to protect there.
import type { Sentence } from '../context';

// "by using the toolkit you agree to these terms", "by downloading or installing the code, users accept",
// "by clicking below, you and the company you represent ("You") are agreeing to be bound", "the
// licensee's acceptance is given by its first use". The one who accepts is the reader or the user:
// "by accessing the data, the Recipient agrees to keep it secret" is a duty of a negotiated deal.
const ACCEPTED_BY_USE =
  /\bby\s+(?:exercising|using|downloading|installing|accessing|copying|submitting|clicking)\b[^.;]{0,160}?\b(?:you|licensees?|users?)(?:\s{0,3}\([^()]{0,40}\))?\s+(?:hereby\s+|(?:and\s+[^.;]{0,60}?\s+)?(?:are|is)\s+)?(?:accept|agree|consent)|\bacceptance\b[^.;]{0,80}?\b(?:through|by)\s+(?:the\s+)?(?:commencement\s+of\s+(?:its\s+)?use|(?:first\s+)?(?:use|download)\b)/i;

// The title of a contributor licence, in English or Chinese: "Individual Contributor License
// Agreement", "Contributor Licence Agreement", 贡献者许可协议, 贡献者协议.
const CONTRIBUTOR_FORM = /\bcontributor\s+licen[cs]e\s+agreement\b|贡献者(?:许可)?协议/i;

/** Whether the draft is a public licence accepted by use. */
export function acceptedByUse(sentences: readonly Sentence[]): boolean {
  // A hard-wrapped opening can be cut mid-sentence; the full stop [^.;] stops at keeps the join
  // from reaching across a real sentence end.
  return sentences.some((s, i) => ACCEPTED_BY_USE.test(`${s.text} ${sentences[i + 1]?.text ?? ''}`));
}

/** Whether the draft is a contributor licence: the form a project asks every contributor to sign. */
export function contributorForm(sentences: readonly Sentence[]): boolean {
  return sentences.slice(0, 12).some((s) => CONTRIBUTOR_FORM.test(s.text) || CONTRIBUTOR_FORM.test(s.heading ?? ''));
}
