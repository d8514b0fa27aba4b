import type { TopicId } from '../../topics';
import type { Rule, RuleFinding } from '../context';
import { finding } from './finding';
import { groupedEvidence, hits, inHeading, isDefined, type Hit } from './text';

/**
 * The terms that decide who owns the outcome of the cooperation; undefined, they decide nothing.
 * Each pattern starts with the term's own words, so a long run of capitals ("A-A-A-...") costs one
 * scan; the word before the term is read afterwards (QUALIFIER).
 */
const TERMS: readonly { re: RegExp; topic: TopicId; key?: string; min?: number }[] = [
  { re: /\b(Improvements?)\b/g, topic: 'improvements' },
  { re: /\b(Results)\b/g, topic: 'foreground-ip' },
  { re: /\b(Foreground (?:IP|Intellectual Property)|Developed IP|Project IP|Arising IP)\b/g, topic: 'foreground-ip' },
  { re: /\b(Background (?:IP|Intellectual Property|Technology))\b/g, topic: 'background-ip' },
  // What a licence covers: "Licensed Products", "Licensed Patents", "Field of Use".
  {
    re: /\b(Licensed (?:Products?|Patents?|Technology|Know-How|IP|Intellectual Property|Field|Software|Materials?)|Field of Use)\b/g,
    topic: 'background-license',
    key: 'ambiguous.undefined-licence-term',
    // Once, in a run-in heading or a stray line, it sets no scope.
    min: 2,
  },
];

/** A term fixed by a list attached: "the Licensed Products as set forth on Schedule 2", "(later defined)". */
const LISTED = /^\s*(?:\(later\s+defined\)|(?:as\s+|that\s+are\s+|which\s+are\s+)?(?:set\s+(?:out|forth)|listed|described|specified|identified)\s+(?:in|on)\s+(?:Annex|Schedule|Exhibit|Appendix|Attachment)\b)/i;

/**
 * The capitalised word right before a term ("Licensed Improvements", "The Results"), bounded
 * ({0,40}) and read only in the few characters before it.
 */
const QUALIFIER = /\b([A-Z][\w-]{0,40})\s+$/;

/** A run-in heading read as a sentence of its own: "(a) Publication of Results.", "12.3 Licensed Products". */
const RUN_IN_HEADING = /^\s*(?:\(?[\da-z]{1,4}[.)]\s+|\d+(?:\.\d+)*\.?\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|or|the|for|to|in|on)){0,6}\.?\s*$/;

/**
 * An entry's own opening, read in the few characters before the term: a clause number that is no
 * citation (a table of contents run into one line, "5.11 Records   5.12 Improvements   5.13 Audit")
 * or a bullet a filing turned into a letter ("o Results can be viewed ..."). Either capitalises the
 * word that follows.
 */
const ENTRY_MARK = /^(?:\d{1,3}(?:\.\d{1,3})+\.?|[o•▪◦‣·])$/;
const CITING = /^(?:sections?|articles?|clauses?|paragraphs?|and|or|to|in|under|of|with|see)$/i;
/** Read as tokens: a pattern anchored at the end would retry on long runs. */
function entryStart(before: string): boolean {
  if (!/\s/.test(before.charAt(before.length - 1))) return false;
  const words = before.trim().split(/\s+/);
  const mark = words[words.length - 1] ?? '';
  return ENTRY_MARK.test(mark) && (!/\d/.test(mark) || !CITING.test(words[words.length - 2] ?? ''));
}

/** Defined-term usage mid-sentence: capitalised where ordinary words would not be. */
function usedAsTerm(ctx: Parameters<Rule>[0], h: Hit): boolean {
  if (inHeading(ctx, h.sentence) || RUN_IN_HEADING.test(h.sentence.text)) return false;
  const termStart = h.index;
  // At the start of a sentence or after a list label ("(a)", "4.2") any word is capitalised.
  // Each label is taken whole ((?=(...))\1 does not backtrack into it): "1.1.1." could
  // otherwise be split into labels in exponentially many ways before the test fails.
  if (/^\s*(?:(?=(\d+(?:\.\d+)+\.?|\(?(?:\d+|[a-z]|[ivx]{1,5})[.)]|(?:Section|Article|Clause)\s+\S+))\1\s*)*$/i.test(h.sentence.text.slice(0, termStart))) return false;
  if (entryStart(h.sentence.text.slice(Math.max(0, termStart - 24), termStart))) return false;
  const after = h.sentence.text.slice(h.index + h.text.length);
  // "Licensed Improvements" or "Test Results" is another term; "The Improvements" is this one.
  const qualifier = QUALIFIER.exec(h.sentence.text.slice(Math.max(0, h.index - 48), h.index))?.[1];
  if (qualifier && !/^(?:The|Any|All|Such|Each|No)$/.test(qualifier)) return false;
  // "Results Data", where that longer term is defined, is that term, not the bare word.
  const next = /^\s+([A-Z][\w-]{0,30})/.exec(after)?.[1];
  if (next && isDefined(ctx, `${h.text} ${next}`)) return false;
  // "Results of Operations" is a name, not the outcome of the project.
  return !/^\s+of\s+[A-Z]/.test(after);
}

/**
 * "The Results" once or twice where "Sample Results" and "Query Results" are defined: shorthand for
 * one of the defined terms, which decide ownership; the bare word decides nothing of its own.
 */
function shorthand(ctx: Parameters<Rule>[0], uses: Hit[]): boolean {
  const word = uses[0]!.match[1]!.toLowerCase();
  return uses.length <= 2 && ctx.definitions.some((d) => d.term.toLowerCase().endsWith(` ${word}`));
}

/** "Improvements", "Results", "Foreground IP" or "Licensed Products" used as defined terms but never defined. */
export const undefinedResults: Rule = (ctx) => {
  const out: RuleFinding[] = [];
  for (const { re, topic, key, min = 1 } of TERMS) {
    const uses = hits(ctx, re, (h) => !isDefined(ctx, h.match[1]!) && usedAsTerm(ctx, h));
    if (uses.length < min || uses.some((h) => LISTED.test(h.sentence.text.slice(h.index + h.text.length)))) continue;
    if (shorthand(ctx, uses)) continue;
    out.push(
      finding(ctx, {
        rule: 'ambiguous.undefined-term',
        topic,
        severity: 'medium',
        kind: 'ambiguous',
        params: { term: uses[0]!.match[1]! },
        ...(key ? { key } : {}),
        evidence: groupedEvidence(uses),
      }),
    );
  }
  return out;
};
