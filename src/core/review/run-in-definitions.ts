// A definitions article set as numbered run-in entries without quotes, as some filed agreements do:
// "1.08 Business Day. A day when the exchange is open.", "1.18 Governmental Entity. Any court or
// regulator ...", "1.57 Transaction Documents. The term shall mean this Agreement and ...". Each entry
// is a label and a noun phrase; a clause run into its heading ("7.01 Adequate Resources. Each party
// shall devote ...") is a sentence. It takes three entries under one article number, and most of that
// article's numbered entries, to make a table: boilerplate articles run a noun phrase in now and then.
import type { DocModel } from '../document';
import type { Definition } from './context';

/** "1.18 Governmental Entity. Any ...": the entry number, the label and what follows the full stop. */
const ENTRY = /^\s{0,12}(\d{1,3})\.\d{1,3}\.?\s{1,12}([A-Z][\w'-]{0,30}(?:\s{1,3}(?:(?:and|of|or)\s{1,3})?[A-Z][\w'-]{0,30}){0,4})\.\s{1,12}(?=\S)/;
/** A meaning opens as a noun phrase, or says the term has a meaning given elsewhere. */
const NOUN_PHRASE = /^(?:The|A|An|Any|All|Each|Every)\s/;
const POINTER = /^The\s{1,3}term\s{1,3}shall\s{1,3}(?:mean|have\s{1,3}the\s{1,3}meaning)\b/;
/** A verb of a main clause; a meaning holds one only after a relative word ("a day when the exchange is open"). */
const MAIN_VERB = /\b(?:shall|will|may|must|is|are|has|have|does|do|agrees?|constitutes?|acknowledges?)\b/;
const RELATIVE = /\b(?:that|which|who|whom|whose|where|when|whereby|by\s+which|to\s+be)\b/;
/** Entries under one article number that make a definitions table, and their least share of its numbered entries. */
const TABLE = 3;
const SHARE = 0.75;

function isMeaning(rest: string): boolean {
  if (POINTER.test(rest)) return true;
  if (!NOUN_PHRASE.test(rest)) return false;
  const first = rest.split(/(?<=[a-z)])\.\s/)[0]!;
  const verb = MAIN_VERB.exec(first);
  return verb === null || RELATIVE.test(first.slice(0, verb.index));
}

/** Terms of a numbered run-in definitions table, not already found. */
export function runInDefinitions(doc: DocModel, found: readonly Definition[]): Definition[] {
  const byArticle = new Map<string, Definition[]>();
  const entries = new Map<string, number>();
  const meanings = new Map<string, number>();
  const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const p of doc.paragraphs) {
    const m = ENTRY.exec(p.text);
    if (m) count(entries, m[1]!);
    if (!m || !isMeaning(p.text.slice(m[0].length, m[0].length + 300))) continue;
    count(meanings, m[1]!);
    const term = m[2]!.replace(/\s+/g, ' ');
    if (found.some((d) => d.term === term)) continue;
    const start = m[0].indexOf(m[2]!);
    const list = byArticle.get(m[1]!) ?? [];
    list.push({ term, paragraph: p.index, start, end: start + m[2]!.length, text: p.text });
    byArticle.set(m[1]!, list);
  }
  return [...byArticle].filter(([article]) => meanings.get(article)! >= TABLE && meanings.get(article)! >= SHARE * entries.get(article)!).flatMap(([, l]) => l);
}
