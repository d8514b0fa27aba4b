import type { ReviewContext } from '../context';

/** A section number where the draft gives it: "10", "4.2", "19.3.1". */
export const NUMBER = String.raw`\d{1,3}(?:\.\d{1,3}){0,4}`;

/** Where a section label stands in the draft, with the heading written after it, if any. */
export interface LabelAt {
  label: string;
  heading?: string;
  paragraph: number;
  offset: number;
}

/** The draft's own numbering: every label in reading order. */
export interface Numbering {
  labels: LabelAt[];
  /** Every number the draft has, with its parents ("6.1.2" gives "6.1" and "6"). */
  known: Set<string>;
  /** Labels by number: a number may stand twice (a contents list, a page-break repeat). */
  byLabel: Map<string, LabelAt[]>;
  /** First paragraph of the attachments (exhibits, schedules), which number their own clauses. */
  attachmentsFrom: number;
  /** Each label's place in `labels`, so a section's end is found without searching the list. */
  order: Map<LabelAt, number>;
}

/** An exhibit or schedule heading: what follows numbers its clauses afresh. */
export const ATTACHMENT = /^\s*(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)\s+[A-Z0-9IVX][\w.-]*\b/;

/** An exhibit's label and its title in capitals run into its text: "EXHIBIT C FORM OF ASSIGNMENT AND ASSUMPTION AGREEMENT This ...". */
const ATTACHMENT_RUN_IN = /^\s*(?:EXHIBIT|SCHEDULE|ANNEX|APPENDIX|ATTACHMENT)\s+[A-Z0-9IVX][\w.-]*\s*[-–:.]?\s*(?:[A-Z][A-Z&,'-]+\s+){2,}/;

/** The first paragraph of the attachments (Infinity where there are none): a short or heading label, or one run into its title. */
export function firstAttachment(ctx: ReviewContext): number {
  const found = ctx.doc.paragraphs.find(
    (p) => p.index > 0 && (((p.text.length < 100 || p.headingLevel !== undefined) && ATTACHMENT.test(p.text)) || ATTACHMENT_RUN_IN.test(p.text)),
  );
  return found?.index ?? Infinity;
}

/** Whether two places are both in the body or both in the attachments. */
export function samePart(n: Numbering, a: number, b: number): boolean {
  return a >= n.attachmentsFrom === b >= n.attachmentsFrom;
}

/** A reference word just before a number, which makes it a reference, not a label ("Sections 5.1 and 6.1"). */
const REFERENCE_BEFORE = /(?:Sections?|SECTIONS?|Articles?|ARTICLES?|Clauses?|CLAUSES?|Paragraphs?|\band|\bor|\bto|\bthrough|,|&|[-–]|§)\s*$/;
// "8.1(a) Without prejudice ..." opens clause 8.1 at its first item.
const LEAD = new RegExp(String.raw`^[\s#*_]*(?:(?:Section|SECTION|Article|ARTICLE|Clause|CLAUSE)\s+)?(${NUMBER})\.?(?:\([a-z]{1,3}\))?[*_]*\s`);
const CANDIDATE = /\d{1,3}(?:\.\d{1,3}){0,4}\.?/g;
/**
 * After a label: a capital, a quote or a bracket opens the clause ("4.2 The Licensee", "10.
 * INTELLECTUAL"). After a sentence end, so does a filing's redaction ("5.4 [ * * * ]"): the clause is
 * there, unread (after a word, "a royalty of 2.5 [***]" is an amount).
 */
const OPENS = /^\s+["“(]?[A-Z]/;
const REDACTED = /^\s+\[\s?\*/;
/** A filing that lost the space after a clause number: "3.GRANT OF RIGHTS", "6.NO FEES; REVENUE SHARE". */
const RUN_IN_CAPS = /^[A-Z][A-Z'&,; -]{3}/;
/** The last item of a list ends "; and 12.2.16 Aucta has ...": a label, though "and" comes before it. */
const LAST_ITEM = /[;:]\s*(?:and|or)\s*$/;
/** A deep label after a colon or a wide gap may open a lower-case item ("19.3.1 the appointment of"). */
const OPENS_ITEM = /^\s+[a-z]/;

/**
 * Labels run into the text, as text exported from PDF keeps them: a number after the start, a
 * sentence end or a wide gap, before the clause it opens. Each number is checked by looking back
 * and forward a few characters, so the scan stays linear however long the gaps are.
 */
function inlineLabels(text: string): { label: string; offset: number }[] {
  const out: { label: string; offset: number }[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const at = m.index;
    if (at > 0 && /[\w.$€£,]/.test(text[at - 1]!)) continue;
    const end = at + m[0].length;
    if (/^[\d.]/.test(text.charAt(end))) continue;
    let j = at;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\u00a0')) j--;
    const gap = at - j;
    const prev = text.charAt(j - 1);
    if (j > 0 && gap === 0) continue;
    const number = m[0].replace(/\.$/, '');
    const dotted = number.includes('.');
    // A top-level number opens a clause only after a sentence end or a wide gap, and with its full
    // stop ("18. 23. Notices"); a dotted one before a capital is a label anywhere ("DEFINITIONS 1.1 For").
    const afterStop = j === 0 || /[.;:]/.test(prev) || gap >= 2;
    const after = text.slice(end, end + 5);
    const runIn = !dotted && afterStop && m[0].endsWith('.') && RUN_IN_CAPS.test(after);
    const opens =
      runIn ||
      (REDACTED.test(after) ? dotted && afterStop : OPENS.test(after) ? dotted || (afterStop && m[0].endsWith('.')) : dotted && OPENS_ITEM.test(after) && (gap >= 2 || /[:;]/.test(prev)));
    if (!opens) continue;
    const before = text.slice(Math.max(0, j - 12), j);
    if (REFERENCE_BEFORE.test(before) && !(dotted && LAST_ITEM.test(before))) continue;
    out.push({ label: number, offset: at });
  }
  return out;
}

const HEADING_STOP = new Set(['of', 'and', 'or', 'the', 'to', 'in', 'for', 'on', 'by', 'with', '&']);

/**
 * The heading after a label: words in capitals ("10. INTELLECTUAL PROPERTY RIGHTS") up to a wide
 * gap or the next clause, or a short title in title case ended by a full stop or colon ("9.13 Headings:").
 */
function headingAfter(text: string): string | undefined {
  // A contents list writes the page after the heading ("Term and Termination 41").
  const body = text.replace(/^[.:)\s]+/, '').replace(/^([A-Za-z'’&,\- ]{3,80}?)\s{1,40}\d{1,3}(?=\s|$)/, '$1.');
  const caps = /^([A-Z][A-Z'’&,\- ]{2,80}?)(?=\s{2,}|\s+\d|\s+[A-Z][a-z]|[.:]|$)/.exec(body);
  if (caps && /[A-Z]{3}/.test(caps[1]!)) return trimEnd(caps[1]!, ' \t\n\r,');
  // A title ended by a full stop or colon, or by the first sub-label ("11. Termination 11.1 ...").
  const title = /^([A-Z][A-Za-z'’&\- ]{2,60}?)\s*(?:[.:](?:\s|$)|\s\d{1,3}\.\d)/.exec(body.replace(/ {2,}/g, ' '));
  if (!title) return undefined;
  const words = title[1]!.trim().split(/\s+/);
  if (words.length > 7) return undefined;
  return words.every((w) => /^[A-Z]/.test(w) || HEADING_STOP.has(w)) ? words.join(' ') : undefined;
}

const cache = new WeakMap<ReviewContext, Numbering>();

// Built once, not per paragraph or sentence: a long draft has thousands.
const LISTED = new RegExp(`^(?:[A-Za-z]+\\s+)?(${NUMBER})`);
const SECTION_NUMBER = new RegExp(`^(${NUMBER})`);

/** The draft's numbering, read once per review: list labels, numbered paragraphs and labels run into the text. */
export function numbering(ctx: ReviewContext): Numbering {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const labels: LabelAt[] = [];
  for (const p of ctx.doc.paragraphs) {
    // Each label with where its clause text begins (after the label itself).
    const own: { label: string; offset: number; from: number }[] = [];
    const listed = p.listLabel && LISTED.exec(p.listLabel.trim());
    const lead = LEAD.exec(p.text);
    if (listed) own.push({ label: listed[1]!, offset: 0, from: p.text.startsWith(p.listLabel!) ? p.listLabel!.length : 0 });
    else if (lead) own.push({ label: lead[1]!, offset: lead.index + lead[0].indexOf(lead[1]!), from: lead[0].length });
    const taken = new Set(own.map((o) => o.offset));
    for (const l of inlineLabels(p.text)) {
      if (!taken.has(l.offset)) own.push({ ...l, from: l.offset + l.label.length });
    }
    for (const { label, offset, from } of own) {
      // A number alone on its line is a page number.
      if (!hasTextFrom(p.text, from)) continue;
      const heading = p.headingLevel !== undefined && offset === 0 ? p.text.slice(from).replace(/^[.:)\s]+/, '').trim() : headingAfter(p.text.slice(from, from + 200));
      labels.push({ label, paragraph: p.index, offset, ...(heading ? { heading } : {}) });
    }
  }
  labels.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  const known = new Set(labels.map((l) => l.label));
  for (const s of ctx.sentences) {
    const m = s.section && SECTION_NUMBER.exec(s.section);
    if (m) known.add(m[1]!);
  }
  for (const n of [...known]) {
    const parts = n.split('.');
    for (let i = 1; i < parts.length; i++) known.add(parts.slice(0, i).join('.'));
  }
  const byLabel = new Map<string, LabelAt[]>();
  for (const l of labels) {
    const same = byLabel.get(l.label);
    if (same) same.push(l);
    else byLabel.set(l.label, [l]);
  }
  const out = { labels, known, byLabel, attachmentsFrom: firstAttachment(ctx), order: new Map(labels.map((l, i) => [l, i])) };
  cache.set(ctx, out);
  return out;
}

/** How many times plain section numbers may fall back before the draft's numbering is taken to restart. */
const RESTARTS = 3;

/**
 * The draft's section numbers restart ("1. 1. 1. 2. 3. 1. 2."), as a Markdown list renumbers what its
 * page shows: the numbers the text refers to are not the ones we read, so a reference cannot be
 * checked against them. Numbered subsections ("2.1") show a real scheme and are trusted.
 */
export function numbersRestart(n: Numbering): boolean {
  const tops = n.labels.filter((l) => l.paragraph < n.attachmentsFrom && /^\d{1,3}$/.test(l.label));
  if (n.labels.some((l) => l.label.includes('.'))) return false;
  let falls = 0;
  for (let i = 1; i < tops.length; i++) if (Number(tops[i]!.label) <= Number(tops[i - 1]!.label)) falls++;
  return falls >= RESTARTS;
}

/** The innermost label at a place in the draft: the last one that stands before it. */
export function labelAt(n: Numbering, paragraph: number, offset: number): LabelAt | undefined {
  let lo = 0;
  let hi = n.labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const l = n.labels[mid]!;
    if (l.paragraph < paragraph || (l.paragraph === paragraph && l.offset <= offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? n.labels[lo - 1] : undefined;
}

/** Enough of a section's text to see what it deals with. */
const BODY_MAX = 6000;

const texts = new WeakMap<LabelAt, string>();

/** The text of a section with its subsections: from its label to the next label outside it. Read once per label. */
export function sectionText(ctx: ReviewContext, n: Numbering, at: LabelAt): string {
  const known = texts.get(at);
  if (known !== undefined) return known;
  const text = readSection(ctx, n, at);
  texts.set(at, text);
  return text;
}

function readSection(ctx: ReviewContext, n: Numbering, at: LabelAt): string {
  const i = n.order.get(at) ?? n.labels.length;
  let next: LabelAt | undefined;
  for (let j = i + 1; j < n.labels.length && !next; j++) {
    const l = n.labels[j]!;
    if (l.label !== at.label && !l.label.startsWith(`${at.label}.`)) next = l;
  }
  let text = '';
  for (let p = at.paragraph; p < ctx.doc.paragraphs.length && text.length < BODY_MAX; p++) {
    const para = ctx.doc.paragraphs[p]!.text;
    const from = p === at.paragraph ? at.offset : 0;
    const to = next && next.paragraph === p ? next.offset : para.length;
    text += ` ${para.slice(from, Math.max(from, to))}`;
    if (next && next.paragraph <= p) break;
  }
  return text.slice(0, BODY_MAX);
}

/** Drop trailing characters of a set: a loop, as `/[set]+$/` retried at every position is quadratic. */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const NON_SPACE = /\S/g;

/** Whether any text follows `from` in the paragraph, read without copying the rest of it. */
function hasTextFrom(text: string, from: number): boolean {
  NON_SPACE.lastIndex = from;
  return NON_SPACE.test(text);
}
