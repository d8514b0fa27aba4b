// Terms offered to anyone on fixed terms: a public licence accepted by using or downloading the
// material, or a contributor licence that every contributor signs as it stands. Nothing in them is
// negotiated, so a missing choice of law or forum is a note, not a point to raise; and contributions
// to a published project are public by design, so confidentiality has nothing to protect there.
import type { Sentence } from '../context';

// "by using the toolkit you agree to these terms", "by downloading or installing the code, users accept",
// "the licensee's acceptance is given by its first use".
const ACCEPTED_BY_USE =
  /\bby\s+(?:exercising|using|downloading|installing|accessing|copying|submitting)\b[^.;]{0,120}?\b(?:you|licensees?|users?)\s+(?:hereby\s+)?(?:accept|agree|consent)|\bacceptance\b[^.;]{0,80}?\b(?:through|by)\s+(?:the\s+)?(?:commencement\s+of\s+(?:its\s+)?use|(?:first\s+)?(?:use|download)\b)/i;

// The title of a contributor licence, in English or Chinese: "Individual Contributor License
// Agreement", "Contributor Licence Agreement", 贡献者许可协议, 贡献者协议.
const CONTRIBUTOR_FORM = /\bcontributor\s+licen[cs]e\s+agreement\b|贡献者(?:许可)?协议/i;

/** Whether the draft is a public licence accepted by use. */
export function acceptedByUse(sentences: readonly Sentence[]): boolean {
  return sentences.some((s) => ACCEPTED_BY_USE.test(s.text));
}

/** Whether the draft is a contributor licence: the form a project asks every contributor to sign. */
export function contributorForm(sentences: readonly Sentence[]): boolean {
  return sentences.slice(0, 12).some((s) => CONTRIBUTOR_FORM.test(s.text) || CONTRIBUTOR_FORM.test(s.heading ?? ''));
}
