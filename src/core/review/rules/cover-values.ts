// Standard terms that take their key values from a cover page or order form the text does not hold:
// "use Confidential Information solely for the Purpose", "will survive for the Term of
// Confidentiality", "the laws of the State of Governing Law", "courts located in Jurisdiction". The
// terms read as complete, but what the information may be used for, how long the duties last and
// which law and courts apply are all on a page that is not here.
import type { ReviewContext, Rule } from '../context';
import { coverField } from './cover-fields';
import { finding, inQuotes, listOf } from './finding';
import { anyMatching } from './sentence-gate';

/** A value's label: "Purpose", "MNDA Term", "Term of Confidentiality", "Governing Law", "Jurisdiction". */
const LABEL = String.raw`((?:[A-Z][A-Za-z]{1,20}\s){0,2}(?:Purpose|Term|Period|Law|Jurisdiction|Courts?|Forum|Venue)(?:\s+of\s+[A-Z][a-z]{2,20})?)\b`;
/** The slots where such a label stands for the deal's purpose, duration, law or forum. */
const SLOTS = [
  new RegExp(String.raw`\b(?:solely|only|exclusively)\s+for\s+the\s+${LABEL}`, 'g'),
  new RegExp(String.raw`\b(?:survive|continue|remain\s+in\s+effect)\s+(?:for|until|during|throughout)\s+the\s+${LABEL}`, 'g'),
  new RegExp(String.raw`\b(?:at|upon)\s+the\s+end\s+of\s+the\s+${LABEL}`, 'g'),
  new RegExp(String.raw`\blaws?\s+of\s+(?:the\s+)?(?:State\s+of\s+)?${LABEL}`, 'g'),
  new RegExp(String.raw`\bcourts?\s+(?:located\s+)?in\s+${LABEL}`, 'g'),
];
/** The page the values come from, named as a document of its own. */
const COVER = /\b(?:Cover\s+Page|Order\s+Form|Key\s+Terms)\b/;
/** Markup a published form keeps around its labels ("<span class=…>Purpose</span>"). */
const TAGS = /<[^<>]{0,200}>/g;

/** Labels in the slots above that the text neither defines nor fills in. */
function coverLabels(ctx: ReviewContext): string[] {
  const found = new Set<string>();
  for (const s of ctx.sentences) {
    const text = s.text.replace(TAGS, '');
    for (const re of SLOTS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) found.add(m[1]!);
    }
  }
  const filled = (label: string) =>
    ctx.definitions.some((d) => d.term === label) || coverField(ctx, label.toLowerCase()) || ctx.sentences.some((s) => s.text.startsWith(`${label}:`));
  return [...found].filter((label) => !filled(label));
}

export const coverValues: Rule = (ctx) => {
  if (!anyMatching(ctx.sentences, COVER)) return [];
  const labels = coverLabels(ctx);
  // One label may be a term the drafter forgot to define; several are a cover page not attached.
  if (labels.length < 2) return [];
  return [finding(ctx, { rule: 'ambiguous.cover-values', topic: 'confidentiality', severity: 'low', kind: 'ambiguous', evidence: [], noFix: true, params: { terms: listOf(labels.map((l) => inQuotes(l))) } })];
};
