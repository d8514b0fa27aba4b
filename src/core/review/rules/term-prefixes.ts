// Defined and quoted terms found by how they open, for the undefined-term rule: "the Statement"
// where "Statement of Work" is defined opens a longer term, and is no undefined one.

/**
 * The terms (lower case) of three letters or more, sorted: a candidate has at least two letters, so
 * only a term of three or more can be longer than it.
 */
export function sortedTerms(terms: Iterable<string>): string[] {
  return [...new Set(terms)].filter((t) => t.length >= 3).sort();
}

/**
 * The sorted terms that open with the prefix, found by binary search: they stand together in sorted
 * order. A scan of every term sharing the first three letters cost a long draft more than any other
 * step of reading a candidate.
 */
export function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) out.push(sorted[i]!);
  return out;
}
