import type { Rule, Sentence } from '../context';
import { finding, inQuotes, listOf } from './finding';
import { quote } from './text';
import { firstMatching } from './sentence-gate';

// The law or the courts named only by a capitalised label: "The Governing Law will govern …",
// "governed by the Applicable Law", "in the Chosen Courts", "the exclusive jurisdiction of the Chosen Courts".
const LAW_LABEL = /\b(?:[Tt]he\s+((?:[A-Z][a-z]+\s+){1,2}Laws?)\s+(?:will|shall)\s+govern|governed\s+by\s+the\s+((?:[A-Z][a-z]+\s+){1,2}Laws?)\b(?!\s+of\b))/g;
const FORUM_LABEL = /\b(?:in|of|to)\s+the\s+((?:[A-Z][a-z]+\s+){1,2}(?:Courts?|Forum|Venue))\b(?!\s+(?:of|in|located|sitting)\b)/g;
// Standard terms that take their values from a cover page or order form not part of the text.
const COVER = /\b(?:cover\s+page|order\s+form|key\s+terms)\b/i;
const GIVEN_THERE = /\b(?:meanings?|descriptions?|values?)\b[^.;]{0,60}\b(?:given|stated|set\s+(?:out|forth)|specified|defined)\s+(?:on|in)\b/i;
const OMITTED = /\b(?:omits?|omitted|does\s+not\s+(?:define|specify|state)|left\s+blank)\b/i;

/**
 * Governing law and courts given only as cover-page variables: standard terms say "the Governing Law
 * will govern" and "the Chosen Courts", and send the reader to an order form for the values. Where the
 * draft neither fills those values nor defines the labels, it names no law and no forum.
 */
export const lawByReference: Rule = (ctx) => {
  const pointer = firstMatching(ctx.sentences, COVER, (s) => GIVEN_THERE.test(s.text));
  if (!pointer) return [];
  const labels = new Map<string, Sentence>();
  for (const s of ctx.sentences) {
    for (const re of [LAW_LABEL, FORUM_LABEL]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const label = (m[1] ?? m[2])!.trim();
        if (!labels.has(label)) labels.set(label, s);
      }
    }
  }
  // A label the draft defines or fills ("Governing Law: the laws of England", a cover-page row) names a value.
  const blank = [...labels].filter(([label]) => !filled(ctx, label));
  if (blank.length === 0 || !blank.some(([label]) => /Laws?$/.test(label))) return [];
  const omitted = firstMatching(ctx.sentences, COVER, (s) => OMITTED.test(s.text));
  const evidence = [...new Set([...blank.map(([, s]) => s), omitted ?? pointer])].map((s) => quote(s));
  return [
    finding(ctx, {
      rule: 'ambiguous.law-by-reference',
      topic: 'governing-law',
      severity: 'medium',
      kind: 'ambiguous',
      evidence,
      params: { terms: listOf(blank.map(([label]) => inQuotes(label))) },
    }),
  ];
};

/** Whether the draft gives the label a value: a definition that is no mere pointer, or a "Label: value" field. */
function filled(ctx: Parameters<Rule>[0], label: string): boolean {
  if (ctx.definitions.some((d) => d.term === label && !COVER.test(d.text))) return true;
  const field = new RegExp(`^\\s*${label}\\s*[:|\\t]\\s*\\S`);
  return ctx.sentences.some((s) => field.test(s.text)) || ctx.doc.paragraphs.some((p) => p.table && field.test(p.text));
}
