import type { DocModel } from '../document';

/** A form's label for the purpose field: "Purpose", "Permitted Purpose", "Purpose:". */
const LABEL = /^(?:(?:Permitted|Business|Agreed)\s+)?Purposes?\s*[:：]?$/i;
/** A field still to fill in: a placeholder, brackets, a rule of underscores, a bullet, an instruction. */
const UNFILLED = /[{}[\]_•●…]|\bfill\s+in\b|\binsert\b|\bTBD\b/i;
/** The longest purpose taken from a form: a longer one is a clause of its own, not a phrase to quote. */
const LONGEST = 300;

/**
 * The purpose a cover page or order form fills in, as words that follow "used only for": the
 * value beside a "Purpose" label in a table row (after any line describing the field in the
 * label's cell), or after "Purpose:" at the start of a paragraph. Undefined where the draft leaves
 * the field blank or a placeholder, or states it otherwise; the fix then keeps its visible blank.
 */
export function draftPurpose(doc: DocModel): string | undefined {
  const ps = doc.paragraphs;
  for (const p of ps) {
    const text = p.text.trim();
    if (p.table && p.table.cell === 0 && LABEL.test(text)) {
      const { table, row } = p.table;
      const value = ps.filter((q) => q.table && q.table.table === table && q.table.row === row && q.table.cell > 0).map((q) => q.text.trim());
      return asPhrase(value.filter(Boolean).join(' '));
    }
    const inline = /^(?:(?:Permitted|Business|Agreed)\s+)?Purposes?\s*[:：]\s*/i.exec(text);
    if (!p.table && inline && /^[A-Z]/.test(text)) return asPhrase(text.slice(inline[0].length));
  }
  return undefined;
}

/**
 * A form's value as it reads after "for": its closing stop dropped, a gerund or common noun opening
 * it in lower case ("Evaluating whether ..." → "evaluating whether ..."), an infinitive turned into
 * the gerund ("To evaluate ..." → "evaluating ...") where it is the only verb. Undefined for a blank, a placeholder, or a
 * value in no words of ours (a Chinese value in an English draft's field goes to a Chinese fix only).
 */
function asPhrase(value: string): string | undefined {
  let v = value.replace(/\s+/g, ' ').trim();
  while (v.endsWith('.') || v.endsWith(';')) v = v.slice(0, -1).trimEnd();
  const words = v.split(' ');
  if (v.length > LONGEST || UNFILLED.test(v) || words.filter((w) => /[a-z]{3}/.test(w)).length < 2) return undefined;
  // A sentence, not a phrase ("The purpose is to ...", two sentences): it does not follow "for".
  if (v.includes('. ') || words.some((w) => SENTENCE_VERBS.has(w))) return undefined;
  const infinitive = /^to\s+([a-z]+)\b/i.exec(v);
  // "To negotiate and perform ...": a second verb would need its own "-ing", which words alone do not tell.
  if (infinitive && (words.includes('and') || words.includes('or'))) return undefined;
  if (infinitive) return `${gerund(infinitive[1]!.toLowerCase())}${v.slice(infinitive[0].length)}`;
  const first = /^[A-Z][a-z]+\b/.exec(v)?.[0];
  if (first && (/(?:ing|ion|ment|ance|ence|al)$/.test(first) || DETERMINERS.has(first))) return `${first.toLowerCase()}${v.slice(first.length)}`;
  return v;
}

const SENTENCE_VERBS = new Set(['is', 'are', 'shall', 'will', 'means', 'may', 'must']);
const DETERMINERS = new Set(['The', 'A', 'An', 'Any', 'Each', 'Its', 'Their', 'Our', 'Such']);
/** Verbs a purpose opens with whose last consonant doubles before "-ing". */
const DOUBLING = new Set(['permit', 'submit', 'commit', 'admit', 'plan', 'ship', 'stop', 'set', 'get', 'run', 'begin']);

/** "evaluate" → "evaluating", "assess" → "assessing", "permit" → "permitting". */
function gerund(verb: string): string {
  if (DOUBLING.has(verb)) return `${verb}${verb.at(-1)}ing`;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !/[eoy]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}
