import type { DocModel } from '../document';
import { boldDefinitions } from './bold-definitions';
import type { Definition, Sentence } from './context';
import { lostQuoteDefinitions } from './lost-quote-definitions';
import { numberedDefinitions } from './numbered-definitions';
import { runInDefinitions } from './run-in-definitions';
import { signatureHeadings } from './signature-headings';
import { plainQuotes } from './typed-quotes';

// A quoted term: straight or curly quotes (Markdown bold inside them), a short capitalised phrase.
const QUOTED = /["“”]\*{0,2}([A-Z0-9][^"“”*\n]{0,79}?)\*{0,2}["“”]/g;
// An unquoted term opening its paragraph, as Word documents set them in bold: "Affiliate means …".
const BARE_TERM = /^(?:\(?[\da-z]{1,4}[.)]\s+|\d+(?:\.\d+)*\.?\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|or|in)){0,4})\s+(?:means|shall\s+mean)\b/;
/**
 * A term defined without quotes after a lead-in that says a meaning follows: "For the purposes of this
 * Agreement, Customer Data includes ...", "For purposes of this MTA, Personal Data is any information ...".
 */
const PURPOSES_TERM =
  /^(?:\(?[\da-z]{1,4}[.)]\s+|\d+(?:\.\d+)*\.?\s+)?For\s+(?:the\s+)?purposes?\s+of\s+this\s+[A-Z][\w-]*,?\s+(?:the\s+terms?\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|or|in)){0,4})\s+(?:means?|shall\s+mean|includes?|shall\s+include|is|are|refers?\s+to)\b/;
// A term opening its paragraph in a definitions list without quotes, "Closing Date: The date of the
// Closing." or "1.25 Maintenance Fees - the fees for ...": the label, then a colon or a dash.
// A Markdown or typed bullet may open the line: "*   3.1.1 Results Data: data and methodology ...", "• Licensor: ...".
const LISTED_TERM = /^(?:[*•+-]\s{1,4})?(?:\(?[\da-z]{1,4}[.)]\s+|\d+(?:\.\d+)*\.?\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|or|in|for)){0,5})(:|\s+[-–—]{1,2})\s+/;
/**
 * After a colon a meaning opens as a noun phrase ("Action: Any civil ... claim", "Closing Date: The
 * date of the Closing"); a heading run into its clause opens with a sentence ("Privacy: Describe
 * ...", "Representation: Supplier represents ...").
 */
const MEANING_OPENS = /^(?:(?:The|A|An|Any|All|Each|Every|This|Such|As\s+to|With\s+respect\s+to|In\s+respect\s+of)\s|[a-z])/;
/**
 * A rule under a heading, not a meaning: "Logo Background: The logo should never be used on ...", or a
 * boilerplate clause run into its heading, "(c) Integration: This Agreement expresses the complete understanding".
 */
const RULE_OPENS = /^(?:The|A|An|Any|All|Each|This|Such)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:should|shall|must|may|can|cannot|will)\b|^This\s+Agreement\s+(?:\w+\s+)?(?:is|constitutes|contains|embodies|expresses|supersedes|represents|sets|states|may|shall|will)\b/;
/**
 * A clause run into its numbered heading, "5.4.1 Existing Obligations: Any termination of this
 * Agreement shall not ...": a sentence, its verb ("shall not", "shall be", "is not") in the main
 * clause, where a meaning holds a verb only inside a relative clause ("any information that shall be
 * marked"). Read up to the first such verb, so a long subject still counts.
 */
const SENTENCE_VERB = /\b(?:(?:shall|will|must|may)\s{1,3}(?:not|be)|(?:is|are)\s{1,3}not)\b/;
const RELATIVE = /\b(?:that|which|who|whom|whose|where|when|whereby|if|unless|until|as)\b/i;
function runsAsSentence(meaning: string): boolean {
  const verb = SENTENCE_VERB.exec(meaning);
  return verb !== null && !RELATIVE.test(meaning.slice(0, verb.index));
}
/** A verb in a meaning's first words: a sentence under a heading ("Notices: Notices shall be in writing"), not a meaning. */
const EARLY_VERB = /^(?:\S+\s+){0,3}(?:shall|must|may|will|should|can|cannot|is|are|has|have)\b/i;

/**
 * A glossary's meaning that opens with a capital yet gives the term's kind, its last word again within
 * its first three words: "Central Servers: Servers listed in Annex 3", "Local Applications: IT
 * applications used by ...". A heading run into a sentence ("Representation: Supplier represents")
 * does not repeat its word so, and one that does runs on with a verb ("Notices: Notices shall be ...").
 */
function namesItsKind(term: string, meaning: string): boolean {
  if (!/^[A-Z]/.test(meaning) || EARLY_VERB.test(meaning)) return false;
  const head = term.split(/\s+/).pop()!.toLowerCase().replace(/s$/, '');
  if (head.length < 3) return false;
  return meaning.split(/[\s,;]+/).slice(0, 3).some((w) => w.toLowerCase().replace(/s$/, '') === head);
}

/** Fewer listed terms than this are headings run into text ("Notices: All notices ..."), not a list. */
const LIST_STYLE = 3;
// After the quoted term: "X" means / shall mean / has the meaning / includes / refers to, also with
// other forms defined beside it ("Sale", "Sells" and "Sold" mean).
// Each further form opens with its comma or "or", never a space, so no two runs of spaces compete
// (100 KB of spaces would otherwise take quadratic time).
// A term may be defined for one party or thing at a time: "Background IP" of a Party shall mean,
// "Net Sales" for any Quarter means, "Control", with respect to a Patent, means.
const MEANS_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,?\s{0,3}(?:of|for|with\s{1,3}respect\s{1,3}to|in\s{1,3}respect\s{1,3}of|in\s{1,3}relation\s{1,3}to)\s{1,3}(?:a|an|each|either|any|the|such)\s{1,3}[A-Za-z][\w-]{0,30}(?:\s{1,3}[A-Z][\w-]{0,30})?,?\s{1,3})?(?:(?:,\s{0,3}(?:(?:or|and)\s{1,3})?|(?:or|and)\s{1,3})["“][A-Z][^"“”]{0,60}["”]\s*){0,4}(?:,\s*)?(?:shall\s+)?(?:means?|mean\b|has\s+the\s+meaning|shall\s+have\s+the\s+(?:same\s+)?meaning|have\s+the\s+meaning|includes?|refers?\s+to|is\s+defined|are\s+defined|as\s+used|:)/i;
// Before it, inside an open bracket: (the "X"), (hereinafter "X"), (each a "Party"), referred to as "X".
const NAMING_BEFORE = /(?:\(\s*(?:[^()]{0,60}?(?:\b(?:the|a|an|each|individually|collectively|together|jointly|hereinafter|herein|referred\s+to\s+as|called|as)\s+|[,;]\s*|\bor\s+))?|\b(?:hereinafter(?:\s+(?:referred\s+to\s+as|called))?|referred\s+to\s+(?:herein\s+)?(?:(?:collectively|individually|jointly|together)\s+)?as|(?:shall\s+)?be\s+(?:referred\s+to\s+as|called)|defined\s+as)\s+(?:the\s+)?)$/i;

// A name in single quotes alone in a bracket: ('the Manufacturer'), (the 'Agreement'). Elsewhere a
// single quote is as often an apostrophe, so only the whole bracket is read.
const SINGLE_QUOTED = /\(\s*(?:the\s+)?['‘](?:the\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for)){0,5})['’]\s*\)/g;
const BARE_STYLE = 3;
/** A name in a bracket whose closing quote was lost: written notice (the "Notice). */
const HALF_QUOTED = /\(\s*(?:the\s+|an?\s+)?["“]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s*\)/g;
// A name alone in a bracket without quotes: (the Effective Date), (collectively, the Services), (each
// a Milestone Deliverable), (Developer). Text exported from PDF often loses the quotes.
const BARE_NAMING =
  /\(\s*(?:(?:collective(?:ly)?|individually|together|jointly|hereinafter(?:\s+referred\s+to\s+as)?|referred\s+to\s+as),?\s+)?(?:(?:the|each|an?|each\s+an?)\s+)?([A-Z][a-z][\w-]*(?:\s+(?:[A-Z][a-z][\w-]*|of|and|for|in)){0,4}?)\s*\)/g;

/** Markdown emphasis or an inline tag closed round a quoted term: **"Discloser"**</span> means. */
const MARKUP_AFTER = /^(?:\*{1,2}|_{1,2}|<\/(?:span|b|strong|em|i)>){1,4}/;

/** Defined terms: quoted "X" means…, (the "X"), (hereinafter "X"), and two-column definition tables. */
export function findDefinitions(doc: DocModel, sentences: readonly Sentence[]): Definition[] {
  const found: Definition[] = [];
  for (const s of sentences) {
    // Read with typed quotes as plain ones: (the ''Employee"), ``Company''.
    const text = plainQuotes(s.text);
    QUOTED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = QUOTED.exec(text)) !== null) {
      const term = m[1]!.trim().replace(/[.,;:]$/, '');
      // Brackets make a term a phrase, except an optional plural: "Excess Component(s)".
      if (!looksLikeTerm(term) || /[()[\]]/.test(term.replace(/\((?:s|es)\)$/i, ''))) continue;
      const before = text.slice(Math.max(0, m.index - 80), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 300).replace(MARKUP_AFTER, '');
      if (!MEANS_AFTER.test(after) && !NAMING_BEFORE.test(before)) continue;
      // From the captured term itself, so emphasis marks inside the quotes (“**Agreement**”) count.
      const start = s.start + m.index + m[0].indexOf(m[1]!) + m[1]!.indexOf(term);
      found.push({ term, paragraph: s.paragraph, start, end: start + term.length, text: s.text });
    }
  }
  // A term set in bold is the draft's mark of a definition, as quotes are.
  found.push(...boldDefinitions(doc, sentences, found));
  const quotedCount = found.length;
  for (const s of sentences) {
    if (s.start !== 0) continue;
    const m = BARE_TERM.exec(s.text);
    if (!m || /^(?:This|The|It|Each|Such|That|Which|Where)$/.test(m[1]!.split(' ')[0]!)) continue;
    if (found.some((d) => d.paragraph === s.paragraph)) continue;
    const start = m[0].indexOf(m[1]!);
    found.push({ term: m[1]!, paragraph: s.paragraph, start, end: start + m[1]!.length, text: s.text });
  }
  for (const s of sentences) {
    const m = PURPOSES_TERM.exec(s.text);
    if (!m || found.some((d) => d.term === m[1])) continue;
    const start = s.start + m[0].lastIndexOf(m[1]!);
    found.push({ term: m[1]!, paragraph: s.paragraph, start, end: start + m[1]!.length, text: s.text });
  }
  found.push(...listed(sentences, found));
  found.push(...numberedDefinitions(sentences, found));
  found.push(...runInDefinitions(doc, found));
  found.push(...lostQuoteDefinitions(sentences, found));
  const quotedAlso = [...bracketed(sentences, SINGLE_QUOTED), ...bracketed(sentences, HALF_QUOTED)];
  found.push(...quotedAlso);
  // Only where the draft quotes at most one of its terms (a name it borrowed, "JS"): with quotes, a
  // bare "(the Company)" is a reference. A few such names make a house style; one or two may be
  // labels ("(Party A)"). A draft defining terms in a list without quotes ("Board means ...") names
  // others the same way in brackets: "(the Holiday Year)".
  if (quotedCount + quotedAlso.length <= 1) {
    const bare = bracketed(sentences, BARE_NAMING);
    if (new Set(bare.map((d) => d.term)).size >= BARE_STYLE) found.push(...bare);
  }
  found.push(...tableDefinitions(doc, found));
  found.push(...signatureHeadings(doc, (terms) => usedAsTerms(doc, terms.filter((t) => !found.some((d) => d.term === t)))));
  return found;
}

/**
 * A definitions list without quotes, each paragraph a label and its meaning in words: taken where the
 * draft has a few of them, so one heading run into its text is not read as a term. A cover-page date
 * field ("Effective Date: 11/4/10") names its term on its own.
 */
function listed(sentences: readonly Sentence[], found: readonly Definition[]): Definition[] {
  const prose: Definition[] = [];
  const dates: Definition[] = [];
  const byKind = new Set<Definition>();
  for (const s of sentences) {
    if (s.start !== 0) continue;
    const m = LISTED_TERM.exec(s.text);
    if (!m || FORM_LABEL.test(m[1]!) || /^(?:This|The|It|Each|Such|That|Which|Where|Section|Article|Clause|Note|Definitions?)$/i.test(m[1]!.split(' ')[0]!)) continue;
    if (found.some((d) => d.paragraph === s.paragraph && d.term === m[1])) continue;
    if (capitalsHeading(sentences, s, m[1]!)) continue;
    const meaning = s.text.slice(m[0].length, m[0].length + 200);
    const start0 = m[0].indexOf(m[1]!);
    // A party named after its role, "Licensor: HALDEN INTERACTIVE LTD.": the role is its name here, where
    // the draft goes on to use it (a filing's "Source: ACME INC, 10-K" trailer or a payee field is no party).
    if (m[2] === ':' && !m[1]!.includes(' ') && COMPANY_VALUE.test(meaning) && sentences.some((x) => x !== s && x.text.includes(m[1]!))) {
      dates.push({ term: m[1]!, paragraph: s.paragraph, start: start0, end: start0 + m[1]!.length, text: s.text });
      continue;
    }
    const kind = m[2] === ':' && !MEANING_OPENS.test(meaning) && namesItsKind(m[1]!, meaning);
    if (m[2] === ':' && ((!MEANING_OPENS.test(meaning) && !DATE_VALUE.test(meaning) && !kind) || RULE_OPENS.test(meaning) || runsAsSentence(meaning))) continue;
    const start = m[0].indexOf(m[1]!);
    const def = { term: m[1]!, paragraph: s.paragraph, start, end: start + m[1]!.length, text: s.text };
    if (/\bDate$/.test(m[1]!) && DATE_VALUE.test(meaning)) dates.push(def);
    // A bulleted entry counts as a definition only with its clause number ("*   3.1.1 Results Data: ..."); an
    // unnumbered bullet is as often a filing's legend ("* Confidential Treatment Requested: material omitted").
    else if (/\b[a-z]{3,}\b.*\b[a-z]{3,}\b/.test(meaning) && !UNNUMBERED_BULLET.test(s.text)) {
      prose.push(def);
      if (kind) byKind.add(def);
    }
  }
  // An entry read by the kind it names counts to the list, but is a term only where the draft uses it:
  // so read, it is not sure enough to be reported as a term defined and never used.
  const used = (d: Definition) => sentences.some((x) => x.paragraph !== d.paragraph && x.text.includes(d.term.replace(/s$/, '')));
  const list = prose.length >= LIST_STYLE ? prose.filter((d) => !byKind.has(d) || used(d)) : [];
  // The cover's date field only where the draft does not define the date itself.
  return [...dates.filter((d) => !list.some((x) => x.term === d.term) && !found.some((x) => x.term === d.term)), ...list];
}

/**
 * A label in capitals run into its clause ("6. WARRANTY: The Software is provided ...") is the clause's
 * heading: a list of terms without quotes sets each as the text then writes it, so a capitals label
 * is a term only where the draft writes it otherwise elsewhere ("AFFILIATE: any entity ..." beside "an Affiliate").
 */
function capitalsHeading(sentences: readonly Sentence[], at: Sentence, label: string): boolean {
  if (label !== label.toUpperCase() || !/[A-Z]{2}/.test(label)) return false;
  const written = new RegExp(`\\b${label.replace(/\s+/g, '\\s+')}\\b`, 'gi');
  return !sentences.some((x) => x !== at && (x.text.match(written) ?? []).some((w) => w !== w.toUpperCase()));
}

const UNNUMBERED_BULLET = /^[*•+-]\s{1,4}(?=\S)(?![(\d])/;

/** A company's name with its legal form, as a parties list gives it: "Acme Robotics Ltd.", "HALDEN INTERACTIVE LTD.". */
const COMPANY_VALUE = /^[A-Z][\w&.,'’ -]{1,80}?\b(?:Ltd|Limited|Inc|LLC|GmbH|AG|SA|S\.A|BV|B\.V|Corp|Corporation|PLC|AB|Pty)\.?\s{0,4}$/i;

/** A date as a cover page fills it in: "11/4/10", "1 March 2025", "March 1, 2025", or a blank left to fill, "______". */
const DATE_VALUE = /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\b|_{3,})/;

/** What ends a law's title after a bracket: "(Rights of Third Parties) Act 1999", "(Financial Promotion) Order 2005". */
const TITLE_WORD = /^\s*(?:Act|Order|Regulations?|Rules|Code|Law|Ordinance|Directive|Convention|Treaty|\d{4})\b/;
/** "clause 15 ", "Section 4.2(a) ": a reference a bracketed heading may follow. */
const AFTER_REFERENCE = /\b(?:clauses?|sections?|articles?|paragraphs?|schedules?)\s+[\w.()]{1,12}\s*$/i;

/** A heading line: capitalised words, small words and brackets, bold or not, with no full stop. */
const HEADING_TEXT = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|for|in|the|to|\([^()]{1,60}\)))*\s*(?:\*\*|__)?\s*$/;

/** Names alone in a bracket, read with one of the patterns above. */
function bracketed(sentences: readonly Sentence[], pattern: RegExp): Definition[] {
  const out: Definition[] = [];
  for (const s of sentences) {
    // Each pattern opens with a bracket, which plainQuotes never adds: most sentences have none.
    if (!s.text.includes('(')) continue;
    // exec, not matchAll: a review's code runs unoptimised, where matchAll copies the pattern each call.
    const text = plainQuotes(s.text);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const term = m[1]!;
      // "(Exhibit A)", "(Section 4)", "(USD)": a pointer or a unit, not a name.
      if (/^(?:Exhibit|Schedule|Annex|Appendix|Section|Clause|Article|Attachment)\b/.test(term) || /^[A-Z]{1,4}$/.test(term)) continue;
      // Without quotes, a bracket may be part of a title, "the Contracts (Rights of Third Parties) Act",
      // or a heading after a reference, "clause 15 (Termination of Employment)".
      // A bracket in a heading qualifies it ("Community Edition (Free of Charge)"): a sentence names a term.
      if (pattern === BARE_NAMING && (HEADING_TEXT.test(s.text) || TITLE_WORD.test(s.text.slice(m.index + m[0].length)) || AFTER_REFERENCE.test(s.text.slice(Math.max(0, m.index - 24), m.index)))) continue;
      const start = s.start + m.index + m[0].lastIndexOf(term);
      out.push({ term, paragraph: s.paragraph, start, end: start + term.length, text: s.text });
    }
  }
  return out;
}

function looksLikeTerm(term: string): boolean {
  if (term.length === 0 || term.split(/\s+/).length > 8) return false;
  return /^[A-Z0-9]/.test(term);
}

/** Labels of a signature block or a form's fields, never terms. */
const FORM_LABEL = /^(?:(?:Print(?:ed)?\s+)?Name|Signature|Signed|By|Title|Date|Address|E-?mail|Phone|Telephone|Fax|Witness)$/i;

/**
 * A table row whose first cell opens with a short capitalised term and whose other cells define it.
 * A cover page or order form sets its terms out this way, the label and a line describing it in the
 * first cell ("Purpose" / "How Confidential Information may be used") and the value in the second;
 * the value is often a blank or a placeholder until the form is filled in. A label is a term where
 * the row gives it a meaning in words, or where the value is there and the rest of the document
 * uses the label as a term ("… solely for the Purpose"); a value for a term the terms define
 * ('"Company" means the entity identified on the SOW') fills that definition in, and is not a second one.
 */
function tableDefinitions(doc: DocModel, found: readonly Definition[]): Definition[] {
  const rows = new Map<string, { label: DocModel['paragraphs'][number]; first: string[]; value: string[] }>();
  for (const p of doc.paragraphs) {
    if (!p.table || p.table.cell > 1) continue;
    const key = `${p.table.table}:${p.table.row}`;
    const row = rows.get(key);
    if (!row) {
      if (p.table.cell === 0) rows.set(key, { label: p, first: [], value: [] });
      continue;
    }
    (p.table.cell === 0 ? row.first : row.value).push(p.text);
  }
  const candidates: { label: DocModel['paragraphs'][number]; term: string; meaning: string; value: string }[] = [];
  for (const { label, first, value } of rows.values()) {
    const term = label.text.trim().replace(/^["“]|["”:]$/g, '').replace(/["”]$/, '');
    if (!looksLikeTerm(term) || term.length > 60 || !/^[A-Z]/.test(term) || FORM_LABEL.test(term)) continue;
    candidates.push({ label, term, meaning: [...first, ...value].join(' ').trim(), value: value.join(' ').trim() });
  }
  const usedElsewhere = usedAsTerms(doc, candidates.filter((c) => c.value && !MEANT.test(c.meaning)).map((c) => c.term));
  const out: Definition[] = [];
  for (const { label, term, meaning } of candidates) {
    // A field filled in ("Print Name | ______", "Date | 1 May 2024") is not a definition unless the document uses it as a term.
    if (!MEANT.test(meaning) && (!usedElsewhere.has(term) || found.some((d) => d.term === term))) continue;
    const offset = label.text.indexOf(term);
    out.push({ term, paragraph: label.index, start: offset, end: offset + term.length, text: `${label.text} ${meaning}` });
  }
  return out;
}

/** A meaning in words, not a name, a date or a blank. */
const MEANT = /\b[a-z]{3,}\b.*\b[a-z]{3,}\b/;

/** Which of the labels the document's paragraphs outside its tables use: each capitalised word and the few after it looked up, so the pass stays linear. */
function usedAsTerms(doc: DocModel, labels: readonly string[]): Set<string> {
  const wanted = new Set(labels);
  const used = new Set<string>();
  if (wanted.size === 0) return used;
  for (const p of doc.paragraphs) {
    if (p.table) continue;
    CAPITAL.lastIndex = 0;
    for (let m = CAPITAL.exec(p.text); m; m = CAPITAL.exec(p.text)) {
      let phrase = '';
      for (const word of p.text.slice(m.index, m.index + 80).split(/\s+/, LABEL_WORDS)) {
        const bare = withoutClosing(word);
        phrase = phrase ? `${phrase} ${bare}` : bare;
        if (wanted.has(phrase)) used.add(phrase);
        if (bare !== word) break;
      }
    }
  }
  return used;
}

const CAPITAL = /(?<![\w-])[A-Z]/g;
const CLOSING = '.,;:)”"’\'';

/** A word without the punctuation that closes it ("Purpose." → "Purpose"); a loop, as a pattern anchored at the end retries at every dot of a long run. */
function withoutClosing(word: string): string {
  let end = word.length;
  while (end > 0 && CLOSING.includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}
/** The most words a looked-up label has (looksLikeTerm allows eight). */
const LABEL_WORDS = 8;
