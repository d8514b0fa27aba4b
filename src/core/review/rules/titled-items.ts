// A name given in brackets to one item of a list of deliverables: 'Sponsorship of one (1) feature
// ("Instant Replay") in three preseason games'. The bracket says what the feature is called on air,
// as a title; it defines no term, so it needs no later use.
import type { Definition, ReviewContext } from '../context';

/**
 * A broadcast or event item in lower case, then the bracket opening on the quoted name (no "the":
 * that would be a definition). A capitalised name before the bracket ("the Customer Identification
 * Program ("CIP")") is given its short form, which is a term.
 */
const ITEM_BEFORE = /\b(features?|segments?|programs?|programmes?|shows?|episodes?|columns?|series|contests?|campaigns?)\s{0,3}\(\s{0,3}["“]?\s{0,3}$/;

/** The definition is the quoted title of a feature, segment or show whose name is not the item's own word. */
export function titledItem(ctx: ReviewContext, d: Definition): boolean {
  const text = ctx.doc.paragraphs[d.paragraph]?.text ?? '';
  const at = text.indexOf(d.term, Math.max(0, d.start - 4));
  if (at < 0) return false;
  const item = ITEM_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!item) return false;
  const word = item[1]!.toLowerCase().replace(/s$/, '');
  return !d.term.toLowerCase().includes(word);
}
