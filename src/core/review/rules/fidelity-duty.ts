// A person's duty of fidelity to the one they work for: "devote the whole of your working time ...
// and use your best endeavours to promote the interests of the Company". The service agreement's
// standard wording: no result is to be reached and no money turns on the standard, so neither side
// asks to soften or pin it down. Best efforts to reach a result ("to promote the sale of the
// Products", "to obtain the approval") are still a point.

/** The standard's object: the interests (or reputation) of the one served. */
const INTERESTS = /^\s{1,3}to\s{1,3}(?:promote|advance|further|protect|serve)\s{1,3}(?:and\s{1,3}(?:protect|advance|further|develop|promote)\s{1,3})?the\s{1,3}(?:best\s{1,3})?(?:interests|welfare)\b/i;
/** A person's service beside it: time and attention devoted to the business. */
const SERVICE = /\b(?:working\s+time|full\s+time|whole\s+(?:of\s+)?(?:your|his|her|their)\s+time|time\s+and\s+attention|time,\s+attention|devot\w+)\b/i;

/** The best-efforts standard whose words follow `after`, in `sentence`, is a person's duty of fidelity. */
export function fidelityDuty(after: string, sentence: string): boolean {
  return INTERESTS.test(after) && SERVICE.test(sentence);
}
