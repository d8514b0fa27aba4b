import type { ReviewContext } from '../context';
import { hits, type Hit } from './text';

const TRADE = String.raw`(?:make|use|sell|offer|import|export|distribute|market|manufacture|produce|develop|commerciali[sz]e|licen[cs]e|sublicen[cs]e|promote|resell|supply|represent|solicit|purchase|buy|provide|operate|exploit|practi[cs]e|be\s+the)`;

/**
 * Exclusive dealing, not every "exclusive": an exclusive licence, appointment or right to trade, or
 * buying or selling exclusively through someone. "Non-exclusive", "exclusive jurisdiction", "sole
 * and exclusive remedy", "exclusive right to defend" and "borne exclusively by" are other things.
 */
const GRANT = new RegExp(
  String.raw`(?<![Nn]on-?\s?)\bexclusive(?:\s+and\s+[\w-]+|\s*,\s*[\w-]+)?\s+(?:[\w-]+\s+)?(?:licen[cs]es?|distribut(?:or|ors|ion|orship)|resellers?|suppl(?:ier|iers|y)|agen(?:t|ts|cy)|representatives?|dealers?|dealership|partners?|providers?|manufactur(?:er|ers|ing)|basis|arrangement|relationship|dealing|rights?\s+(?:(?:and\s+licen[cs]es?\s+)?(?:to|in)\s+(?:the\s+)?(?:${TRADE}\b|Territory))|territor(?:y|ies)|marketing|sales|selling|sponsor(?:ship)?|franchisee?)` +
    String.raw`|\b(?:purchase|buy|obtain|source|order|sell|supply|distribute|market|work|deal)\w*\b[^.;]{0,60}?\bexclusively\s+(?:from|to|through|with)\b`,
  'g',
);
/** The grant is denied or only described: "does not create an exclusive arrangement", "no exclusive territory". */
const NEGATED = /\b(?:not|no|nor|neither|without|nothing)\b[^.;]{0,60}$/i;
/** Recitals and definitions describe; they do not grant. */
const NOT_OPERATIVE =
  /^\s*(?:[A-Z]\.\s+)?WHEREAS\b|\bdesirous\b|\bdesires?\s+to\b|["”]\s+(?:shall\s+)?means?\b|\b(?:is|are)\s+the\s+(?:sole\s+and\s+)?exclusive\s+(?:owner|licensee)\b|\bexclusive\s+licensee\s+of\b/i;

/** "Any exclusive licence agreements", "all exclusive distribution arrangements": a class of contracts named, not a grant made. */
const CLASS_WORDS: ReadonlySet<string> = new Set(['any', 'all', 'such', 'other']);
const CLASS_AFTER = /^\s+(?:grants|agreements|arrangements|contracts)\b/i;
/** Someone's exclusive licensee is a third party named, not a grant between the parties: "from the University or its exclusive licensee". */
const HOLDER_BEFORE = /(?:['’]s|\b(?:its|their|his|her|an|any))\s+$/i;
const LICENSEE_AFTER = /^ee?s?\b/i;

export function exclusivityGrants(ctx: ReviewContext): Hit[] {
  return hits(ctx, GRANT, (h) => {
    const text = h.sentence.text;
    if (NOT_OPERATIVE.test(text) || NEGATED.test(text.slice(Math.max(0, h.index - 60), h.index))) return false;
    const after = text.slice(h.index + h.text.length, h.index + h.text.length + 20);
    if (/licen[cs]e$/i.test(h.text) && LICENSEE_AFTER.test(after) && HOLDER_BEFORE.test(text.slice(Math.max(0, h.index - 30), h.index))) return false;
    if (!CLASS_AFTER.test(after)) return true;
    // One of the four words before it says which contracts: "any existing exclusive licence agreements".
    return !text.slice(Math.max(0, h.index - 40), h.index).split(/\s+/).slice(-5).some((w) => CLASS_WORDS.has(w.toLowerCase()));
  });
}
