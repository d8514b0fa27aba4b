import type { Definition, Rule } from '../context';
import { definitionEvidence, draftingFinding } from './drafting';
import { inQuotes, listOf } from './finding';
import { firstAttachment } from './numbering';
import { push, sentenceAt } from './text';

/**
 * "X" has the meaning given in Section 3.2, or "X" means the service "as defined in the preamble": a
 * pointer to the definition, not a second one.
 */
const POINTER = /^["”]?\s*(?:shall\s+)?(?:has|have)\s+the\s+(?:respective\s+)?meanings?\b|^["”]?\s*(?:is|are)\s+defined\s+in\b|^["”]?\s*(?:shall\s+)?means?\s+(?:the\s+)?(?:\w+\s+){0,3}(?:as\s+)?(?:defined|set\s+forth|described)\s+in\s+(?:Section|Article|Clause)|^["”]?\s*(?:shall\s+)?means?\s+[^.;]{0,100}?\bas\s+(?:defined|described|identified)\s+(?:in\s+the\s+(?:preamble|recitals?)|above)\b/i;

/** "As used in this Section 4, 'Sponsor' includes ...": a local meaning, not a rival definition. */
const SCOPED = /\b(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of|for)\s+this\s+(?:section|article|clause|paragraph|exhibit|schedule)\b|\bthis\s+section\s+only\b/i;

/**
 * A block of definitions whose lead-in limits them to one part ("14.1 For the purpose of this
 * paragraph 14 the following expressions shall have the following meanings"): each of its terms is local.
 */
const SCOPED_BLOCK = /\bfor\s+(?:the\s+)?purposes?\s+of\s+this\s+(?:section|article|clause|paragraph|schedule)\b[^.:;]{0,30}?\bthe\s+following\s+(?:terms|expressions|words|definitions)\b/gi;
/** A numbered clause heading in capitals, where a block of definitions ends: "14 RESTRICTIVE COVENANTS". */
const CLAUSE_HEADING = /(?:^|\s)\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z]{4,}/;
/** How far back a scoped lead-in is looked for: a block of a dozen definitions. */
const BLOCK_REACH = 3000;

/** The name's forms quoted in a list of what a right covers ('Theismann's name (including "Joe Theismann", "Theismann")'): examples, not definitions. */
const INCLUDED_FORM = /\(\s{0,3}including\b[^()]{0,200}$/i;

/** "The defined term "Confidential Information" shall include ...": the term named to widen it, not defined again. */
const NAMED_TERM = /\b(?:defined\s+)?terms?\s*["“]?[*_]*$/i;

/**
 * "CONTENT PROVIDER": YGP, LLC By: ___, two labels side by side over two columns of names, or the
 * label over a company's name where the filed copy ends: a party's label over its signature, not a
 * definition.
 */
const SIGNATURE_LABEL =
  /^["”]?\s*(?::\s*)?(?:["“][^"“”]{1,40}["”]\s*)?(?:[A-Z0-9][\w.,&'’-]*\s+){1,12}?By\s*[:/_]|^["”]?\s*:\s*(?:[A-Z0-9][\w.,&'’-]*\s+){1,8}?(?:LLC|L\.L\.C\.|Inc|Ltd|Limited|Corp|Corporation|GmbH|plc|LLP)\b[.,]?\s*$/;
/** Other forms defined beside the term ("Party" and "Parties" have the meaning ...), read past to the verb. */
const MORE_FORMS = /^["”](?:(?:\s{0,3},\s{0,3}(?:(?:or|and)\s{1,3})?|\s{1,3}(?:or|and)\s{1,3})["“][A-Z][^"“”]{0,60}["”]){1,4}/;

function isPointerOrScoped(ctx: Parameters<Rule>[0], d: Definition): boolean {
  const paragraph = ctx.doc.paragraphs[d.paragraph]?.text ?? '';
  if (SIGNATURE_LABEL.test(paragraph.slice(d.end, d.end + 120))) return true;
  if (NAMED_TERM.test(paragraph.slice(Math.max(0, d.start - 30), d.start))) return true;
  if (INCLUDED_FORM.test(paragraph.slice(Math.max(0, d.start - 200), d.start))) return true;
  if (inScopedBlock(ctx, d)) return true;
  const s = sentenceAt(ctx, d.paragraph, d.start, d.end);
  if (SCOPED.test(s?.text ?? paragraph.slice(Math.max(0, d.start - 200), d.end + 200))) return true;
  // Markdown or Word emphasis may sit between the term and its verb: “**Agreement**” is defined in ...
  return POINTER.test(paragraph.slice(d.end, d.end + 300).replace(MORE_FORMS, '').replace(/^[*_]+/, ''));
}

/** Whether a scoped lead-in opens the definitions before this one, with no clause heading between. */
function inScopedBlock(ctx: Parameters<Rule>[0], d: Definition): boolean {
  let reach = BLOCK_REACH;
  for (let p = d.paragraph; p >= 0 && reach > 0; p--) {
    const text = ctx.doc.paragraphs[p]?.text ?? '';
    const upto = p === d.paragraph ? text.slice(0, d.start) : text;
    const window = upto.slice(Math.max(0, upto.length - reach));
    SCOPED_BLOCK.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let m = SCOPED_BLOCK.exec(window); m; m = SCOPED_BLOCK.exec(window)) last = m;
    // The lead-in counts only where no new numbered clause ("15 INTELLECTUAL PROPERTY") starts after it.
    if (last) return !CLAUSE_HEADING.test(window.slice(last.index));
    if (CLAUSE_HEADING.test(window)) return false;
    reach -= upto.length;
  }
  return false;
}

/** What a "means" definition says, normalised; undefined for other kinds of definition. */
function meaningOf(ctx: Parameters<Rule>[0], d: Definition): string | undefined {
  const s = sentenceAt(ctx, d.paragraph, d.start, d.end);
  const m = s && /^["”]?\s*(?:shall\s+)?means?\s+([\s\S]{30,})$/.exec(s.text.slice(d.end - s.start));
  // "means the quantity set forth in Exhibit A" points elsewhere, and "[***]" hides the text; two such
  // terms may differ where we cannot see.
  if (!m || /\[\s*[*…]/.test(m[1]!) || /\b(?:set\s+forth|specified|listed|described|identified|stated|defined|referred\s+to)\s+(?:in|on)\b/i.test(m[1]!)) return undefined;
  return m[1]!.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().slice(0, 600);
}

/** The defining words of a definition, spacing aside. */
function definingText(d: Definition): string {
  return d.text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The same definition word for word, or cut short where a page broke: a repeat in text taken from
 * PDF, not a rival definition.
 */
function repeated(list: Definition[]): boolean {
  const texts = list.map(definingText).sort((a, b) => a.length - b.length);
  const full = texts[texts.length - 1]!;
  return texts.every((t) => t.length >= 30 && full.startsWith(t));
}

/**
 * Mirror clauses that define a term inline in the same words ("... two years after the last services
 * under clause 7 (the "Non-Competition Period")" in each party's non-compete): one meaning, written twice.
 */
function mirrored(ctx: Parameters<Rule>[0], list: Definition[]): boolean {
  const before = list.map((d) => (ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - 120), d.start).replace(/\s+/g, ' ').trim());
  return before[0]!.length >= 60 && /\(\s*(?:the\s+|each,?\s+an?\s+|an?\s+)?["“]$/i.test(before[0]!) && before.every((b) => b === before[0]);
}

/**
 * A term each place introduces with "a": "a non-exclusive licence (a "License") to use the ICC
 * Marks" and "... (a "License") to use the PHL Marks" name two of one kind, so that "each License"
 * covers both; "the" would make them rivals.
 */
function oneOfAKind(ctx: Parameters<Rule>[0], list: Definition[]): boolean {
  return list.every((d) => /\(\s*(?:each,?\s+)?an?\s+["“]$/i.test((ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - 20), d.start)));
}

/**
 * A party's label given again beside the same name, "Paul Lane ("Endorser")" in the opening and
 * over the signature: one naming, written twice. The two words before the bracket must match.
 */
function sameName(ctx: Parameters<Rule>[0], list: Definition[]): boolean {
  const names = list.map((d) => {
    const before = (ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - 60), d.start);
    // String steps, not a pattern anchored at the end, which would retry at every position.
    const open = before.lastIndexOf('(');
    if (open < 0 || !/^\(\s{0,3}(?:the\s{1,3})?["“]$/.test(before.slice(open))) return undefined;
    const words = before.slice(0, open).trim().replace(/,$/, '').split(/\s+/).slice(-2);
    return words.length === 2 && words.every((w) => /^[A-Z]/.test(w)) ? words.join(' ') : undefined;
  });
  return names[0] !== undefined && names.every((n) => n === names[0]);
}

/** A party the opening leaves to a schedule or a blank: 'the party specified as the Franchisee on SCHEDULE 1 (the "Franchisee")'. */
const PLACEHOLDER = /\b(?:specified|named|identified|listed|described)\s{1,3}(?:as\s{1,3}the\s{1,3}[A-Z][\w-]{1,30}\s{1,3})?(?:in|on)\s{1,3}(?:Schedule|SCHEDULE|Exhibit|EXHIBIT|Annex|ANNEX|Appendix|APPENDIX)\b[^()]{0,40}\(\s{0,3}(?:the\s{1,3})?["“]$|_{3,40}[^()]{0,40}\(\s{0,3}(?:the\s{1,3})?["“]$/;

/**
 * A form whose opening leaves a party to a schedule, and whose signature block then names it with its
 * label ('POLSKA SP ZO.O (the "Franchisee")' over 'By: /S/'): the party filled in, not a second definition.
 */
function filledIn(ctx: Parameters<Rule>[0], list: Definition[]): boolean {
  const before = (d: Definition) => (ctx.doc.paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - 160), d.start);
  const signed = (d: Definition) => {
    const paragraph = ctx.doc.paragraphs[d.paragraph]?.text ?? '';
    const next = paragraph.slice(d.end).replace(/["”)\s]/g, '') === '' ? (ctx.doc.paragraphs[d.paragraph + 1]?.text ?? '') : paragraph.slice(d.end).replace(/^["”)\s]+/, '');
    return /^\s*By\s*[:/_]/.test(next);
  };
  const placeholders = list.filter((d) => PLACEHOLDER.test(before(d)));
  return placeholders.length > 0 && list.every((d) => placeholders.includes(d) || signed(d));
}

/** Where standard terms send the reader for a value: the cover page, the order form, the key terms. */
const COVER = /\b(?:cover\s+page|order\s+form|key\s+terms)\b/i;

/**
 * A field filled in on the cover page ("Governing Law | the laws of Delaware") and the standard terms'
 * definition that points to it ("'Governing Law' means the law stated on the Cover Page") are one definition.
 */
function coverPage(ctx: Parameters<Rule>[0], list: Definition[]): boolean {
  const fields = list.filter((d) => ctx.doc.paragraphs[d.paragraph]?.table);
  return fields.length > 0 && list.every((d) => fields.includes(d) || COVER.test(d.text));
}

/** The title of an amendment, supplement or addendum to an agreement: "Amendment 001 to Outsourcing Agreement", "FIRST AMENDMENT TO LICENSE AGREEMENT". */
const AMENDMENT_TITLE = /^\s*(?:[A-Za-z]+\s+)?(?:Amendment|AMENDMENT|Supplement|SUPPLEMENT|Addendum|ADDENDUM)(?:\s+(?:No\.?|NO\.?|Number|#)?\s*[\w-]{1,6})?\s+(?:to|TO)\s+(?:the\s+|THE\s+)?[A-Z]/;
const SIGNED = /\bIN\s+WITNESS\s+WHEREOF\b/i;

/**
 * Where the agreement's own text ends and instruments bound after it begin: the first amendment,
 * supplement or addendum titled after the agreement is signed. Each names its parties and the
 * agreement afresh ("International Business Machines Corporation ("IBM")"), which is no second definition.
 */
function firstAmendment(ctx: Parameters<Rule>[0]): number {
  const signed = ctx.doc.paragraphs.find((p) => SIGNED.test(p.text));
  if (!signed) return Infinity;
  const found = ctx.doc.paragraphs.find((p) => p.index > signed.index && p.text.length < 200 && AMENDMENT_TITLE.test(p.text));
  return found?.index ?? Infinity;
}

/** The same term defined twice in the body of the agreement (attached forms and later amendments may define their own). */
export const duplicateDefinitions: Rule = (ctx) => {
  const bodyEnd = Math.min(firstAttachment(ctx), firstAmendment(ctx));
  // Party names restated in a signature block or a recital are not rival definitions.
  const parties = new Set(ctx.parties.flatMap((p) => [p.name, p.shortName ?? '']).map((n) => n.toLowerCase()));
  const byTerm = new Map<string, Definition[]>();
  for (const d of ctx.definitions) {
    if (d.paragraph >= bodyEnd || parties.has(d.term.toLowerCase()) || isPointerOrScoped(ctx, d)) continue;
    const key = d.term.toLowerCase();
    push(byTerm, key, d);
  }
  const dupes = [...byTerm.values()].filter((l) => new Set(l.map((d) => d.paragraph)).size > 1 && !repeated(l) && !coverPage(ctx, l) && !mirrored(ctx, l) && !oneOfAKind(ctx, l) && !sameName(ctx, l) && !filledIn(ctx, l));
  // One thing under two names: two terms whose "means ..." texts are the same.
  const byMeaning = new Map<string, Definition[]>();
  for (const l of byTerm.values()) {
    const meaning = meaningOf(ctx, l[0]!);
    if (meaning) push(byMeaning, meaning, l[0]!);
  }
  dupes.push(...[...byMeaning.values()].filter((l) => l.length > 1));
  if (dupes.length === 0) return [];
  const evidence = dupes.flatMap((l) => l.slice(0, 2).map((d) => definitionEvidence(ctx, d)));
  return draftingFinding(ctx, 'drafting.duplicate-definition', evidence, {
    terms: listOf(dupes.map((l) => ({ list: [...new Set(l.map((d) => d.term))].map(inQuotes), joiner: ' / ' }))),
  });
};
