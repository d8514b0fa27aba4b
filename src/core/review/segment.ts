import type { DocModel, DocParagraph } from '../document';
import type { Sentence } from './context';
import { readListLabel } from './text';
import { hasCjk } from './zh/cjk';
import { zhRunInHeading, zhSectionLabel } from './zh/labels';
import { cjkSentenceSpans } from './zh/segment';

/** A numbered or headed part of the document: "4" with its heading, or "4.2". */
export interface Section {
  label: string;
  heading?: string;
  /** First paragraph of the section. */
  paragraph: number;
}

export interface Segments {
  sections: Section[];
  sentences: Sentence[];
}

// Words whose trailing period is not a sentence end ("Acme Inc. agrees", "No. 5", "e.g. samples").
const ABBREVIATIONS = new Set(
  [
    'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'e.g', 'i.e', 'u.s', 'u.s.a', 'u.k', 'p.r.c', 'etc', 'viz',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'art', 'arts', 'sec', 'secs', 'para', 'paras', 'cl', 'sch',
    'vs', 'v', 'jr', 'sr', 'l.p', 'l.l.c', 's.a', 'n.v', 'b.v', 'a.g', 'pte', 'pty', 'plc', 'approx',
    'fig', 'ref', 'dept', 'est', 'cf', 'incl', 'max', 'min', 'ex', 'exh', 'pp', 'p', 'ph.d', 'a.m', 'p.m',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s.c',
  ],
);

// Words after which a number is a reference, so "Section 3. The" does not end at "3.".
const REFERENCE_WORDS = /(?:^|\s)(?:sections?|articles?|clauses?|paragraphs?|exhibits?|schedules?|annex(?:es)?|appendix|items?|rules?|§)\s*$/i;

/**
 * Sentences of every paragraph, with the section label of the clause they sit in. One scan per
 * paragraph: a candidate end is ".", "!" or "?" (with closing quotes or brackets) followed by
 * space and a capital, digit, quote or bracket; abbreviations, initials and numbers do not end.
 */
export function segment(doc: DocModel): Segments {
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let top: string | undefined;
  let current: string | undefined;
  let pendingHeading: string | undefined;
  let heading: string | undefined;
  let headingOf = '';
  // Whether the draft numbers its articles 第N条, under which 一、 numbers a paragraph.
  let articles = false;
  for (const p of doc.paragraphs) {
    const label = p.listLabel ?? readListLabel(p.text);
    if (label && /^第.{1,6}?条$/.test(label.trim())) articles = true;
    const section = sectionLabel(label, top, articles);
    if (section) {
      if (!isSubLabel(section.label)) top = section.label;
      current = section.full;
      const own = p.headingLevel ? headingText(p, label) : runInHeading(p.text, label);
      if (!isSubLabel(section.label)) {
        // "5.1" without a title of its own sits under the heading of "5".
        const inherited = headingOf && section.label.startsWith(`${headingOf}.`) ? heading : undefined;
        heading = own ?? pendingHeading ?? inherited;
        if (own ?? pendingHeading) headingOf = section.label;
      }
      sections.push({ label: section.full, heading: own ?? pendingHeading, paragraph: p.index });
      pendingHeading = undefined;
    } else if (p.headingLevel) {
      pendingHeading = p.text;
      heading = p.text;
      headingOf = '';
    }
    for (const [start, end] of sentenceSpans(p.text)) {
      // Text taken from a PDF runs many clauses into one paragraph ("… LAWS. 11.9 Arbitration. The
      // Parties …"): a later sentence that opens with the next number and a title starts a section.
      const inline = start > 0 ? inlineSection(p.text.slice(start, start + 120), top) : undefined;
      if (inline) {
        top = current = inline.label;
        heading = inline.heading;
        headingOf = inline.label;
        sections.push({ label: inline.label, heading: inline.heading, paragraph: p.index });
      }
      const s: Sentence = { paragraph: p.index, start, end, text: p.text.slice(start, end) };
      if (current) s.section = current;
      if (heading) s.heading = heading;
      sentences.push(s);
    }
  }
  return { sections, sentences };
}

function headingText(p: DocParagraph, label: string | undefined): string {
  return label && p.text.startsWith(label) ? p.text.slice(label.length).replace(/^[.:)\s、．：]+/, '') : p.text;
}

/** "7.3 Survival. Sections 4 and 5 survive…": a short title run into the paragraph. */
function runInHeading(text: string, label: string | undefined): string | undefined {
  const body = label && text.startsWith(label) ? text.slice(label.length).replace(/^[.:)\s]+/, '') : text;
  if (hasCjk(body)) return zhRunInHeading(body.replace(/^[、．：]+/, ''));
  const m = /^([A-Z][A-Za-z'’\- ]{2,60}?)[.:]\s/.exec(body);
  if (!m || m[1]!.split(' ').length > 7) return undefined;
  const words = m[1]!.split(' ');
  return words.every((w) => /^[A-Z]/.test(w) || /^(?:of|and|or|the|to|in|for|on)$/.test(w)) ? m[1] : undefined;
}

/**
 * "11.9 Arbitration. The Parties …" after 11.8: a number that follows on from the current one (the
 * next at some level, or the first under it), then a short title. Both are needed, so a sentence
 * that merely opens with a figure ("30 days after …", "2.5 per cent of …") never starts a section.
 */
function inlineSection(text: string, top: string | undefined): { label: string; heading: string } | undefined {
  const m = /^(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s+(?=[A-Z])/.exec(text);
  if (!m || !top || !followsOn(top, m[1]!)) return undefined;
  const body = text.slice(m[0].length);
  const heading = runInHeading(body, undefined) ?? bareHeading(body);
  if (!heading) return undefined;
  // "8. ARBITRATION 8.1 Any dispute …": the sentence is clause 8.1, under the title of 8.
  const sub = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?\s/.exec(body.slice(heading.length).trimStart());
  return { label: sub && followsOn(m[1]!, sub[1]!) ? sub[1]! : m[1]!, heading };
}

// A title with no stop after it, as PDF text runs it into its first clause: in capitals before a
// number or a sentence ("8. ARBITRATION 8.1 Any dispute", "9. COSTS Each party"), or in title case
// before a word that opens a sentence ("4.3 Market Penetration The Customer shall").
const CAPS_HEADING = /^([A-Z]{3}[A-Z'’-]*(?: (?:[A-Z][A-Z'’-]*|[/&]))*) (?=\d|[A-Z][a-z])/;
const TITLE_HEADING =
  /^([A-Z][a-z]+(?: (?:(?:of|and|or|the|to|in|for|on|with|by|from|under|upon) )*[A-Z][a-z]+){0,5}) (?=(?:The|Each|Either|Neither|Any|All|No|Nothing|This|These|Such|If|In|Where|Subject|Notwithstanding|Upon|Unless|Without|Except|Both) )/;

function bareHeading(body: string): string | undefined {
  const m = CAPS_HEADING.exec(body) ?? TITLE_HEADING.exec(body);
  return m && m[1]!.split(' ').length <= 7 ? m[1] : undefined;
}

/** Whether `next` can come after `prev` in one numbering: 11.8 → 11.9, 11.8.1, 12, 12.1 or 14.1. */
function followsOn(prev: string, next: string): boolean {
  const a = prev.split('.').map(Number);
  const b = next.split('.').map(Number);
  if (a.some(Number.isNaN)) return false;
  // A new article opening at its first clause, past articles headed in words ("ARTICLE V"): 4.7 → 7.1.
  if (b.length > 1 && b[0]! > a[0]! && b.slice(1).every((n) => n === 1)) return true;
  if (b.length === a.length + 1 && b.slice(0, a.length).join('.') === prev) return b[a.length] === 1;
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    if (b.slice(0, k).join('.') !== a.slice(0, k).join('.')) return false;
    // The next at level k, optionally opening at its first sub-clause: 11.8 → 11.9; 11.8 → 12 or 12.1.
    if (b[k] === a[k]! + 1) return b.slice(k + 1).every((n) => n === 1);
  }
  return false;
}

function isSubLabel(label: string): boolean {
  return label.startsWith('(') || /^[a-z]{1,4}\)$/i.test(label);
}

/** "4.2" stays "4.2"; "(a)" under "4.2" becomes "4.2(a)"; "Article 2" becomes "2". */
function sectionLabel(label: string | undefined, top: string | undefined, articles: boolean): { label: string; full: string } | undefined {
  if (!label) return undefined;
  // Word gives labels as shown ("1.", "4.2."); the reference is the number.
  label = label.trim().replace(/(?<![.:])[.:]+$/, '');
  const zh = zhSectionLabel(label, top, articles);
  if (zh) return zh;
  const ref = /^(?:article|section|clause)\s+(.+)$/i.exec(label);
  const core = ref ? ref[1]! : label;
  if (/^\d/.test(core) || ref) return { label: core, full: core };
  if (/^\(?[a-z0-9]{1,6}\)$/i.test(core)) {
    const sub = core.startsWith('(') ? core : `(${core}`;
    return { label: sub, full: top ? `${top}${sub}` : sub };
  }
  return undefined;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\n';
const isEnd = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?';
const END = /[.!?]/g;
const isUpperOrDigit = (c: string | undefined): boolean => c !== undefined && /[A-Z0-9]/.test(c);

/** Sentence spans of one paragraph, scanning each character once; Chinese ends split first. */
export function sentenceSpans(text: string): [number, number][] {
  return hasCjk(text) ? cjkSentenceSpans(text, latinSentenceSpans) : latinSentenceSpans(text);
}

function latinSentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    // The next end mark, found natively: a loop over every character was most of segmenting's time.
    END.lastIndex = i;
    if (!END.test(text)) break;
    i = END.lastIndex - 1;
    const punct = i;
    let j = i;
    while (isEnd(text[j])) j++;
    while (CLOSERS.has(text[j] ?? '')) j++;
    i = j;
    if (!isSpace(text[j])) continue;
    const next = skipSpace(text, j);
    const first = OPENERS.has(text[next] ?? '') ? text[next + 1] : text[next];
    if (!isUpperOrDigit(first) || !endsSentence(text, start, punct)) continue;
    pushBounded(spans, text, start, j);
    start = next;
    i = next;
  }
  let end = text.length;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) pushBounded(spans, text, start, end);
  return spans;
}

/**
 * No real sentence runs to thousands of characters; such a run is a table or text without
 * punctuation. It is cut at a semicolon, comma or space so every rule sees bounded sentences.
 */
const MAX_SENTENCE = 3000;

function pushBounded(spans: [number, number][], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start + MAX_SENTENCE / 2, start + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const at = cut >= 0 ? start + MAX_SENTENCE / 2 + cut + 1 : start + MAX_SENTENCE;
    let stop = at;
    while (stop > start && isSpace(text[stop - 1])) stop--;
    spans.push([start, stop]);
    start = skipSpace(text, at);
  }
  if (end > start) spans.push([start, end]);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** Whether the "." at `punct` ends the sentence that began at `start`. */
function endsSentence(text: string, start: number, punct: number): boolean {
  if (text[punct] !== '.') return true;
  // The word before the period, back to the previous space or bracket.
  let w = punct;
  const floor = Math.max(start, punct - 24);
  while (w > floor && !/[\s([“"]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, punct);
  if (word.length === 0) return w > start;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  // Initials and dotted abbreviations: "J.", "U.S.", "N.V."
  if (/^[A-Za-z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return false;
  if (/^[\d.]+$/.test(word)) {
    // A number at the start of the sentence is its label ("1.01. Licensor grants").
    if (w === start) return false;
    if (REFERENCE_WORDS.test(text.slice(Math.max(start, w - 20), w))) return false;
  }
  return true;
}
