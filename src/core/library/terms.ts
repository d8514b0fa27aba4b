import { escapeRegExp } from '../regex-escape';

/**
 * Finding defined terms in text. Terms are capitalised phrases matched whole and case-sensitively,
 * with a plural "s" allowed ("Affiliates" uses "Affiliate"); longer terms win, so "Receiving Party"
 * is not also counted as "Party".
 */
export interface TermMatcher {
  /** The defined terms a text uses, in the order of the term list given to the matcher. */
  used(text: string): string[];
}

export function termMatcher(terms: readonly string[]): TermMatcher {
  const longestFirst = [...new Set(terms)].sort((a, b) => b.length - a.length || compareText(a, b));
  if (longestFirst.length === 0) return { used: () => [] };
  const pattern = new RegExp(`(?<![A-Za-z])(${longestFirst.map(escapeRegExp).join('|')})s?(?![A-Za-z])`, 'g');
  const order = new Map(terms.map((term, i) => [term, i]));
  return {
    used(text) {
      const found = new Set<string>();
      for (const m of text.matchAll(pattern)) found.add(m[1] ?? '');
      return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    },
  };
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
