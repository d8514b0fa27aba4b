import type { DocModel, DocParagraph } from '../document';
import { readZhLabel, zhHeadingLevel } from './zh/labels';
import { blankHtmlComments } from './html-comments';
import { cutByWrap, wrapWidth } from './wrap-width';

/**
 * Plain text as a document: one paragraph per non-empty line (contracts exported to text keep a
 * paragraph on one line; blank lines are separators), except that a line continuing a sentence in
 * lower case joins the line before; the list label is read from the text.
 * The label stays in the paragraph text so offsets match what the reader sees in the file.
 */
export function fromText(text: string): DocModel {
  const paragraphs: DocParagraph[] = [];
  let previousBlank = true;
  // The line last added: its end is the paragraph's end, and testing it instead of the joined
  // text keeps joining linear (testing the joined text copied it for every line).
  let tail = '';
  let tailLine = '';
  let previousIndent = 0;
  const lines = blankHtmlComments(text).split(/\r\n|\r|\n|\u2028|\u2029/);
  // A text hard-wrapped at one width: a line cut by the wrap runs on, whatever the next line opens with.
  const width = wrapWidth(lines);
  for (const line of lines) {
    const clean = cleanLine(line);
    const blank = clean.length === 0;
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (blank) continue;
    // A line set deeper than the one before it hangs from it, as a list item's wrapped lines do in
    // Markdown ("    1.  Neither this agreement, nor any disclosure of Confidential" /
    // "        > Information under this agreement ..."), even where it opens with a capital.
    const indent = indentOf(line);
    const hangs = !wasBlank && indent > previousIndent && !readListLabel(clean);
    previousIndent = indent;
    // A hard-wrapped line (text exported from PDF): the sentence runs on into a lower-case line.
    const last = paragraphs[paragraphs.length - 1];
    // So does a line cut after "and" or "or" ("owned jointly by Acme and" / "Beta, and …"), across a page
    // break and into a name, unless the next line opens a new item or is in capitals (a signature block).
    const cut = cutByWrap(width, tailLine, clean);
    const runsOn =
      (!wasBlank && /^[a-z]/.test(clean)) ||
      hangs ||
      (RUNS_ON.has(tail.slice(tail.lastIndexOf(' ') + 1)) && /^[A-Za-z][a-z]/.test(clean) && !readListLabel(clean)) ||
      // An article ends no sentence: "… accompanies this Agreement (the" / "\"Licensed Software\"). …".
      (!wasBlank && endsOnArticle(tail) && !readListLabel(clean) && !headingLevelOf(clean, undefined)) ||
      // "Singular may terminate this" / "Agreement and the license …" in a licence wrapped at 96 columns.
      (!wasBlank && cut && !readListLabel(clean) && !headingLevelOf(clean, undefined));
    // A line of a sentence in capitals is no heading, though it stands in capitals like one.
    // So is a line of eight or more words cut by the wrap: a heading is shorter, or stops before the width.
    const cutSentence = cut && tail.split(' ').length >= CAPITAL_LINE_WORDS && !readListLabel(clean);
    if (last && !wasBlank && (capitalsRunOn(tail, clean) || cutSentence)) {
      last.text = `${last.text} ${clean}`;
      delete last.headingLevel;
      tail = clean;
      tailLine = line;
      continue;
    }
    if (last && runsOn && !/[.;:!?)]$/.test(tail) && !last.headingLevel) {
      last.text = `${last.text} ${clean}`;
      tail = clean;
      tailLine = line;
      continue;
    }
    tail = clean;
    tailLine = line;
    const paragraph: DocParagraph = { index: paragraphs.length, text: clean };
    const label = readListLabel(clean);
    if (label) paragraph.listLabel = label;
    const heading = headingLevelOf(clean, label);
    if (heading) paragraph.headingLevel = heading;
    paragraphs.push(paragraph);
  }
  return { paragraphs };
}

// Words a sentence cannot end on, in lower case as a running line ends ("… by Acme and"). Not "of" or
// "by": a filing's legend or a signature line often follows them.
const RUNS_ON: ReadonlySet<string> = new Set(['and', 'or']);
// Articles, in lower case, after which a line cannot end a sentence, whatever the next line opens with
// (a quoted defined term, a capitalised name).
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
function endsOnArticle(line: string): boolean {
  return ARTICLES.has(line.slice(line.lastIndexOf(' ') + 1).replace(/^[("“‘']+/, ''));
}

// Words no sentence ends on, in capitals: "… MODIFY THIS AGREEMENT AT ANY TIME BY" / "POSTING A NOTICE …".
const CAPITAL_RUNS_ON: ReadonlySet<string> = new Set(['A', 'AN', 'THE', 'BY', 'TO', 'OF', 'IN', 'ON', 'AT', 'FOR', 'FROM', 'WITH', 'AND', 'OR', 'THAT', 'ANY', 'ALL', 'SUCH', 'ITS', 'YOUR', 'THIS', 'THESE', 'IS', 'ARE', 'BE', 'NOT', 'SHALL', 'WILL', 'MAY']);

/**
 * A sentence set wholly in capitals (a disclaimer, an acceptance legend), hard-wrapped: a line of
 * several words in capitals that stops on a word no sentence ends on runs on into the next line in
 * capitals. A heading or a name in a signature block does not stop on such a word.
 */
function capitalsRunOn(tail: string, next: string): boolean {
  const words = tail.split(' ');
  if (words.length < CAPITAL_LINE_WORDS || !CAPITAL_RUNS_ON.has(words[words.length - 1]!) || readListLabel(next)) return false;
  return !/[a-z]/.test(tail.replace(URL, '')) && /^[A-Z][A-Z ]/.test(next) && !/[a-z]/.test(next.replace(URL, '').slice(0, 40));
}

// A title wrapped over two lines is shorter than this.
const CAPITAL_LINE_WORDS = 8;

// A web address keeps its lower case inside a sentence in capitals.
const URL = /\bhttps?:\/\/\S{1,300}/g;

// Control characters (binary junk, form feeds from PDF extraction) become spaces so they cannot
// split words or confuse the patterns; tabs too, since they only align columns in text exports.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\ufffd]/g;

// Markdown's quotation marks before a line: Pandoc writes a list item's wrapped lines as "> …".
const QUOTED = /^(?:>\s*)+/;

function cleanLine(line: string): string {
  return line.replace(CONTROL, ' ').trim().replace(QUOTED, '');
}

/** How far a line is set in, a tab counting as four spaces and Markdown's quotation marks as spaces. */
function indentOf(line: string): number {
  return (/^[\s>]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
}

const LABEL_PATTERNS: RegExp[] = [
  // "Article 2", "ARTICLE IV", "Section 3.", "Clause 4.2", "Schedule 1"
  /^(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+(?:\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,7})[A-Za-z]?\.?(?=\s|$|:)/,
  // "4.2", "1.01.", "12." followed by text
  /^\d{1,3}(?:\.\d{1,3}){0,4}\.?(?=\s|$)/,
  // "(a)", "(iv)", "(12)", "(A)"
  /^\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]{1,2}|[IVXLC]{1,6}|\d{1,3})\)(?=\s|$)/,
  // "a)", "A.", "iv." at the start of a line followed by text
  /^(?:[a-zA-Z]|[ivx]{1,4})[.)](?=\s)/,
];

export function readListLabel(text: string): string | undefined {
  for (const pattern of LABEL_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0].replace(/[.:]$/, '').trim();
  }
  return readZhLabel(text);
}

/**
 * A short line without sentence punctuation that is in capitals or is a numbered title ("1. GRANT
 * OF LICENCE", "Confidentiality") reads as a heading; everything else is body text.
 */
function headingLevelOf(text: string, label: string | undefined): number | undefined {
  if (text.length > 90) return undefined;
  const zh = zhHeadingLevel(text, label);
  if (zh) return zh;
  const body = label ? text.slice(text.indexOf(label) + label.length).replace(/^[.:)\s]+/, '') : text;
  if (body.length < 2 || /[.;:,]$/.test(body)) return undefined;
  const letters = body.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return undefined;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  if (upper / letters.length > 0.8) return label && label.includes('.') ? 2 : 1;
  const words = body.split(/\s+/);
  const titled = words.filter((w) => /^[A-Z0-9]/.test(w)).length;
  if (label && words.length <= 8 && titled / words.length >= 0.6) return label.includes('.') ? 2 : 1;
  return undefined;
}
