import type { Sentence } from '../context';

/**
 * Recitals say why the parties contract ("WHEREAS Acme owns the Patents and desires to grant a
 * licence"); the operative clauses say what they agree. An ownership statement in a recital is
 * background, not a term: it neither grants nor settles anything, and reading it as a grant doubles
 * or contradicts the clause that does.
 */

// A section headed only "Recitals", "Background", "Preamble" or "Witnesseth" (or 鉴于, 背景, 前言);
// "Background IP" is a heading of an operative clause.
const HEADING = /^\s*(?:(?:\d{1,2}|[A-Z])[.)]?\s+)?(?:recitals?|background|preamble|witnesseth|鉴于|背景|前言)\s*[:.：]?\s*$/i;
// A sentence that opens the recitals: "RECITALS A. …", "BACKGROUND (A) …", "Background: …", "1. Preamble".
const OPENS =
  /^\s*(?:\d{1,2}\.?\s+)?(?:RECITALS?|BACKGROUND|PREAMBLE|WITNESSETH|Recitals?|Background|Preamble|Witnesseth)\s*(?:[:.]|$|(?=\(?(?:[A-Za-z]|\d{1,2})[.)]\s)|(?=\d{1,2}\.\d{1,2}\s))/;
// "WHEREAS" in capitals anywhere, or "whereas" opening a sentence or a clause ("; and whereas").
const WHEREAS_CAPS = /\bWHEREAS\b/;
const WHEREAS_OPENS = /(?:^|[.;:])\s*(?:and\s+)?whereas\b/i;
// A plain search first: the pattern above is tried at every position of the many sentences without the word.
const WHEREAS_WORD = /whereas/i;
const ZH_OPENS = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?鉴于/;
// Where the recitals end and the agreement begins, when both sit in one sentence.
const AGREED = /\bNOW,?\s+THEREFORE\b|\bNow,?\s+therefore\b|\bIT\s+IS\s+(?:HEREBY\s+)?AGREED\b|\bit\s+is\s+(?:hereby\s+)?agreed\b|\bagree\s+as\s+follows\b|(?:双方|各方)[^。；]{0,20}?(?:达成|约定)如下/;

/**
 * The part of each sentence that is recital, as [start, end) offsets in its text. A "Background"
 * or "Preamble" title counts only before the operative sections begin (section 2 on): a later
 * "5. Background" titles an operative clause on background IP. "WHEREAS" is a recital anywhere.
 */
export function recitalSpans(sentences: readonly Sentence[]): Map<Sentence, [number, number]> {
  const out = new Map<Sentence, [number, number]>();
  let operative = false;
  for (const s of sentences) {
    const n = /^(\d{1,3})/.exec(s.section ?? '');
    if (n && Number(n[1]) >= 2 && !WHEREAS_CAPS.test(s.text)) operative = true;
    const span = recitalSpan(s, !operative);
    if (span) out.set(s, span);
  }
  return out;
}

/** The part of one sentence that is recital; `opening` when no operative section has begun. */
export function recitalSpan(s: Sentence, opening = true): [number, number] | undefined {
  const text = s.text;
  let start: number | undefined;
  if (opening && ((s.heading && HEADING.test(s.heading)) || OPENS.test(text) || ZH_OPENS.test(text))) start = 0;
  else {
    const opens = WHEREAS_WORD.test(text) ? WHEREAS_OPENS.exec(text)?.index : undefined;
    const at = [WHEREAS_CAPS.exec(text)?.index, opens].filter((i): i is number => i !== undefined);
    if (at.length > 0) start = Math.min(...at);
  }
  if (start === undefined) return undefined;
  const agreed = AGREED.exec(text.slice(start));
  return [start, agreed ? start + agreed.index : text.length];
}
