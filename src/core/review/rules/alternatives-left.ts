import type { Rule } from '../context';
import { draftingFinding } from './drafting';
import { firstAttachment } from './numbering';
import { groupedEvidence, hits } from './text';
import { anyMatching } from './sentence-gate';

/**
 * A drafting alternative left in the text: "[ALT]", "[Alternative 2:", "[Option B]" in brackets, or
 * clauses labelled "Option 1:" and "Option 2:" (or "Alternative A" and "B") with no word that a party
 * chooses between them. Once signed, each side may say the other alternative was agreed.
 */
const BRACKETED = /\[\s*(?:ALT(?:ERNATIVE)?|Alt(?:ernative)?|OPTION|Option)(?:\s+(?:\d{1,2}|[A-H]))?\s*(?:[:\].–-])/g;
/** A label opening a clause: "Option 1:", "ALTERNATIVE B -", "2.3 Option 2." */
// Spaces within the line only, and a clause number of at most five levels: a run of blank lines or of
// "1.1.1…" is then read once rather than again from each line or digit.
const LABEL = /(?:^|\n)[ \t]*(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?[ \t]+)?(?:ALTERNATIVE|Alternative|OPTION|Option)[ \t]+(\d|[A-D])[ \t]*[:.–-]/g;
/** The options are the deal's own where a party picks one: "Customer elects Option 1", "the option selected". */
const CHOSEN = /\b(?:elect\w*|select\w*|choos\w*|chose\w*|choice|opts?)\b/i;

export const alternativesLeft: Rule = (ctx) => {
  const bodyEnd = firstAttachment(ctx);
  const marked = hits(ctx, BRACKETED, (h) => h.sentence.paragraph < bodyEnd);
  const labels = hits(ctx, LABEL, (h) => h.sentence.paragraph < bodyEnd);
  // A label counts only beside its sibling ("Option 1" with "Option 2"), and only where no party chooses.
  const series = new Set(labels.map((h) => h.match[1]!.toUpperCase()));
  const paired = (series.has('1') && series.has('2')) || (series.has('A') && series.has('B'));
  const chosen = anyMatching(ctx.sentences, /\b(?:option|alternative)s?\b/i, (s) => s.paragraph < bodyEnd && CHOSEN.test(s.text));
  const found = [...marked, ...(paired && !chosen ? labels : [])];
  // Medium: which of two versions of a clause binds is a question of what was agreed, not of style.
  return draftingFinding(ctx, 'drafting.alternatives-left', groupedEvidence(found), { count: found.length }, 'medium');
};
