import type { RenderedClause } from '../agreement/rendered';
import { fillTokens } from '../library/placeholders';
import { hasCjk } from '../review/zh/cjk';

/** A defining sentence with its definitions filled in, parted as its language parts a list of them. */
export function definedIn(sentence: string, terms: readonly { text: string }[]): string {
  const definitions = terms.map((t) => t.text).join(hasCjk(sentence) ? '；' : '; ');
  return fillTokens(sentence, (t) => (t.kind === 'unknown' && t.name === 'definitions' ? definitions : t.raw));
}

/**
 * The fixes of one redline with each term they define given once: by the first section (in the
 * draft's order) that uses it, for every section that does ("In Sections 7 and 12, ..."), so a
 * lawyer reading the revised draft meets one definition of "Results", not one per new section. A
 * fix left with nothing to define loses its defining paragraph (always its last). Fixes with no
 * number (beside a text box) cannot be named from another section and keep their own. A term that
 * only another's definition uses is among a fix's terms already (usedDefinitions), so it reaches
 * every section that term does.
 */
export function definedOnce(clauses: readonly RenderedClause[], named: (clause: RenderedClause) => readonly string[] = (c) => [c.number!]): RenderedClause[] {
  const sharing = clauses.filter((c) => c.number && c.local && c.local.terms.length > 0);
  if (sharing.length < 2) return [...clauses];
  const inOrder = [...sharing].sort((a, b) => compareSections(a.number, b.number));
  const users = new Map<string, RenderedClause[]>();
  for (const c of inOrder) for (const { term } of c.local!.terms) users.set(term, [...(users.get(term) ?? []), c]);
  return clauses.map((c) => {
    if (!sharing.includes(c)) return c;
    const local = c.local!;
    const owned = local.terms.filter((t) => users.get(t.term)![0] === c);
    if (owned.length === local.terms.length && owned.every((t) => users.get(t.term)!.length === 1)) return c;
    // One sentence per set of sections, in the order the terms were listed.
    const groups = new Map<string, { sections: string[]; terms: typeof owned }>();
    for (const t of owned) {
      const sections = [...new Set(users.get(t.term)!.flatMap(named))];
      const key = sections.join(' ');
      groups.set(key, { sections, terms: [...(groups.get(key)?.terms ?? []), t] });
    }
    const sentences = [...groups.values()].map(({ sections, terms }) =>
      sections.length === 1
        ? definedIn(local.own, terms)
        : definedIn(fillTokens(local.shared, (t) => (t.kind !== 'unknown' ? t.raw : t.name === 'sections' ? sections.slice(0, -1).join(local.separator) : t.name === 'last' ? sections.at(-1)! : t.raw)), terms),
    );
    const kept = c.paragraphs.slice(0, -1);
    const last = c.paragraphs.at(-1)!;
    return { ...c, paragraphs: sentences.length > 0 ? [...kept, { ...last, text: sentences.join(hasCjk(local.own) ? '' : ' ') }] : kept, local: { ...local, terms: owned } };
  });
}

/** Section numbers in the draft's order: "7" before "7.2" before "12". */
function compareSections(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * definedOnce, each section named as it goes in: `numbered` gives a clause numbered the draft's way
 * for its place (inDraftStyleAt), so a fix that goes in beside 3.1 as 3.2 to 3.8 is cited so ("In
 * Sections 1.2 and 3.2 to 3.8"), not as 3.1. What a clause defines, and so how many paragraphs it
 * keeps, hangs only on the terms and the order of the numbers, never on these names: the first
 * pass gives each clause as it goes in, the second words the definitions with its labels.
 */
export function definedOnceNumbered(clauses: readonly RenderedClause[], numbered: (clause: RenderedClause, i: number) => RenderedClause): RenderedClause[] {
  const first = definedOnce(clauses);
  const names = new Map(clauses.map((c, i) => [c, citedAs(numbered(first[i]!, i))]));
  return definedOnce(clauses, (c) => names.get(c) ?? [c.number!]);
}

/** A clause numbered beside a sub-clause (its paragraphs 3.2 on, no longer 3.1.x) as its labels: "3.2 to 3.8", two of them apart; else its number. */
function citedAs(clause: RenderedClause): string[] {
  const own = clause.number!;
  const labels = clause.paragraphs.filter((p) => p.level === 1 && p.label).map((p) => p.label);
  if (!own.includes('.') || labels.length === 0 || labels.some((l) => l.startsWith(`${own}.`) || !/^\d{1,3}(?:\.\d{1,3}){1,4}$/.test(l))) return [own];
  const range = clause.local?.range;
  if (labels.length < 3 || !range) return labels;
  return [`${labels[0]}${range}${labels.at(-1)}`];
}
