// Terms a draft defines by setting them in bold, without quotes: "**Confidential Information** is any
// information ...", "Halden Labs BV (**Halden**)". Markdown marks the bold in the text; a .docx reader
// gives it as the paragraph's emphasis (Word shows it so). Bold elsewhere is as often a heading or
// stress, so a bold term counts only where it opens its paragraph with a verb of meaning after it, or
// stands alone in a bracket after the name it shortens.
import type { DocModel } from '../document';
import type { Definition, Sentence } from './context';

/** A term as drafts write one: capitalised words, small joining words between them. */
const TERM = String.raw`[A-Z][\w'’&-]{0,30}(?:\s{1,3}(?:[A-Z][\w'’&-]{0,30}|of|and|or|for|in)){0,5}`;
/** What says a meaning follows the term: "means", "shall mean", "is", "has the meaning", "refers to". */
const MEANING = String.raw`(?:means|shall\s{1,3}mean|is|are|has\s{1,3}the\s{1,3}meaning|refers\s{1,3}to|includes)\b`;
/** A clause number or list label before a paragraph's first words: "1.2 ", "(a) ". */
const LABEL = String.raw`(?:\(?[\da-z]{1,4}[.)]\s{1,4}|\d{1,3}(?:\.\d{1,3}){0,3}\.?\s{1,4})?`;

/**
 * Markdown: "**Project** means ...", "1.1 **Affiliate** shall mean ...", and the same in bold italics
 * or underlined emphasis, "*_Licensed Binaries_* are code ...", where the emphasis marks the term as
 * bold does.
 */
const OPENING_MD = new RegExp(String.raw`^${LABEL}(?:\*\*|\*_|_\*|__)(${TERM})(?:\*\*|_\*|\*_|__)\**\s{0,3}${MEANING}`);
/** Markdown: "(**Halden**)", "(the **Project**)", "**(Strada Partners)**". */
const BRACKET_MD = new RegExp(String.raw`\(\s{0,3}(?:the\s{1,3}|hereinafter\s{1,3}(?:the\s{1,3})?)?\*\*(?:the\s{1,3})?(${TERM})\*\*\s{0,3}\)|\*\*\(\s{0,3}(?:the\s{1,3})?(${TERM})\s{0,3}\)\*\*`, 'g');

const TERM_ONLY = new RegExp(String.raw`^(?:the\s{1,3})?(${TERM})$`);
/** Word's bold taking the bracket in: "(Strada Partners)" all in bold. */
const TERM_BRACKETED = new RegExp(String.raw`^\(\s{0,3}(?:the\s{1,3})?(${TERM})\s{0,3}\)$`);
const MEANING_AFTER = new RegExp(String.raw`^\s{0,3}${MEANING}`);
const LABEL_ONLY = new RegExp(String.raw`^\s{0,4}${LABEL}$`);
const BRACKET_BEFORE = /\(\s{0,3}(?:the\s{1,3}|hereinafter\s{1,3}(?:the\s{1,3})?)?$/;

/** Plain text where a bold term could define: one opening its paragraph before a verb of meaning, or one in a bracket. */
const MAY_OPEN = new RegExp(String.raw`^${LABEL}${TERM}\s{0,3}${MEANING}`);
/**
 * A capitalised word of two letters or more in a bracket; not a list label or number ("(A)", "(IV)",
 * "(3)") nor a cross-reference ("(Section 3)", "(Schedule 2)"), which most paragraphs hold and which
 * would send the host for words it has no use for.
 */
const MAY_BRACKET = /\(\s{0,3}(?:the\s{1,3}|hereinafter\s{1,3})?(?!(?:Sections?|Articles?|Clauses?|Schedules?|Annex(?:es)?|Exhibits?|Appendix|Appendices)\b|[IVXL]{1,6}\s{0,3}\))[A-Z][\w'’&-]/;

/**
 * Whether a paragraph's text could hold a term defined in bold, read before its formatting is: a
 * host asks where the bold is only in such paragraphs (src/host/word/bold.ts).
 */
export function mayDefineInBold(text: string): boolean {
  return MAY_OPEN.test(text) || MAY_BRACKET.test(text);
}

/** Words that open a sentence, never a term: "**This** is ...". */
const NOT_TERM = /^(?:This|The|It|Each|Such|That|Which|Where|There|Note|Section|Article|Clause)$/;

/** Bold terms not already found, from Markdown in the text or from Word's bold runs. */
export function boldDefinitions(doc: DocModel, sentences: readonly Sentence[], found: readonly Definition[]): Definition[] {
  const out: Definition[] = [];
  const add = (term: string, paragraph: number, start: number, text: string) => {
    const t = term.replace(/\s+/g, ' ').trim();
    if (NOT_TERM.test(t) || found.some((d) => d.term === t) || out.some((d) => d.term === t)) return;
    out.push({ term: t, paragraph, start, end: start + term.length, text });
  };
  for (const s of sentences) {
    // Every mark holds a "*" or a "_": a plain search passes over most sentences, where the pattern
    // would try a match at each character.
    if ((!s.text.includes('*') && !s.text.includes('_')) || !/\*\*|\*_|_\*|__/.test(s.text)) continue;
    const opening = s.start === 0 ? OPENING_MD.exec(s.text) : null;
    // Italic or underlined emphasis is as often a lead-in naming what a paragraph covers: a term
    // only where the draft writes it again, so one never written again is not reported unused.
    const strong = opening?.[0].includes('**') === true;
    if (opening && (strong || sentences.some((x) => x !== s && x.text.includes(opening[1]!)))) add(opening[1]!, s.paragraph, s.start + opening[0].indexOf(opening[1]!), s.text);
    BRACKET_MD.lastIndex = 0;
    for (let m = BRACKET_MD.exec(s.text); m; m = BRACKET_MD.exec(s.text)) {
      const term = (m[1] ?? m[2])!;
      add(term, s.paragraph, s.start + m.index + m[0].indexOf(term), s.text);
    }
  }
  for (const p of doc.paragraphs) {
    for (const e of p.emphasis ?? []) {
      if (!e.bold) continue;
      const raw = p.text.slice(e.start, e.end);
      const lead = raw.length - raw.trimStart().length;
      const whole = TERM_BRACKETED.exec(raw.trim());
      const m = whole ?? TERM_ONLY.exec(raw.trim());
      if (!m) continue;
      const start = e.start + lead + m[0].indexOf(m[1]!);
      const before = p.text.slice(Math.max(0, start - 40), start);
      const after = p.text.slice(start + m[1]!.length, start + m[1]!.length + 40);
      const opens = !whole && LABEL_ONLY.test(p.text.slice(0, start)) && MEANING_AFTER.test(after);
      const bracketed = whole !== null || (BRACKET_BEFORE.test(before) && /^\s{0,3}\)/.test(after));
      if (!opens && !bracketed) continue;
      const s = sentences.find((x) => x.paragraph === p.index && x.start <= start && start < x.end);
      add(m[1]!, p.index, start, s?.text ?? p.text);
    }
  }
  return out;
}
