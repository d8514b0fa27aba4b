import type { Definition, Rule } from '../context';
import { definitionEvidence, draftingFinding, draftingHits } from './drafting';
import { inQuotes, listOf } from './finding';
import { hits, inHeading, isDefined, push, sentenceAt, type Hit } from './text';

/**
 * A capitalised phrase after a determiner or preposition, mid-sentence: where a defined term sits
 * ("the Licensed Products", "under this Agreement"). Sentence starts never match.
 */
const CANDIDATE =
  /\b(?:the|this|such|any|all|each|that|these|those|its|their|of|under|in|to|by|per|no|other|every) (?!(?:The|This|Such|Each|Any|All)\b)([A-Z][a-z]+(?:-[A-Za-z]+)?(?: {1,8}[A-Z][a-z]+(?:-[A-Za-z]+)?){0,3})\b(?! +[A-Z0-9]\b| *[\d(])/g;

/** Words capitalised for reasons other than definition: documents, law, places, time, institutions. */
const COMMON = new Set(
  (
    'Agreement Agreements Party Parties Section Sections Article Articles Exhibit Exhibits Schedule Schedules Appendix Annex Attachment Clause Clauses Paragraph Recitals Preamble ' +
    'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'State States United Kingdom Commonwealth Republic People Province County City Court Courts Federal Government Internet Act Code Rules Regulations Securities Exchange Commission ' +
    'Board Directors Chapter Title Bankruptcy God Incorporation Bylaws Dollars Euro Euros Chairman President Officer Secretary Treasurer Chief Executive Vice ' +
    'Company Corporation Inc Ltd Limited English Chinese Party\'s Agreement\'s'
  ).split(/\s+/),
);
const PLACES =
  /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+\w+|North\s+\w+|South\s+\w+|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|America|Canada|Mexico|China|Japan|Korea|India|Germany|France|Italy|Spain|England|Wales|Scotland|Ireland|Europe|Asia|Singapore|Hong\s+Kong|Taiwan|Macau|Israel|Switzerland|Netherlands|Sweden|Australia|Brazil)$/;
/** Names of laws and bodies: "the Securities Act", "the Patent Law", "the Arbitration Rules". */
const INSTITUTION = /\b(?:Act|Code|Law|Laws|Regulations?|Rules|Convention|Treaty|Directive|Office|Bureau|Association|Institute|University|Bank|Council|Ministry|Administration|Agency|Authority|Centre|Center|Organization|Organisation)$/;
/** The definitions live elsewhere: "terms not defined here have the meanings given in ...". */
const DEFINED_ELSEWHERE =
  /\b(?:capitali[sz]ed\s+terms|terms?\s+(?:used\s+)?(?:but\s+|and\s+)?not\s+(?:otherwise\s+)?defined)\b|\bhave\s+the\s+(?:respective\s+)?meanings?\s+(?:given|set\s+forth|ascribed|assigned)/i;
/** Terms the ownership rule reports on its own. */
const OWNERSHIP_TERMS = /^(?:Improvements?|Results|Foreground\s+\w+|Background\s+\w+|Territory)$/;

function ignorable(ctx: Parameters<Rule>[0], phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.every((w) => COMMON.has(w)) || PLACES.test(phrase) || INSTITUTION.test(phrase) || OWNERSHIP_TERMS.test(phrase)) return true;
  // A defined term inside a longer phrase ("the Licensed Products Schedule") counts as defined.
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) if (isDefined(ctx, words.slice(i, j).join(' '))) return true;
  }
  return false;
}

/**
 * The phrase opens a defined term with a lower-case word in it: "Statement" in "the Statement of
 * Work", where "Statement of Work" is defined.
 */
function startsLongerTerm(ctx: Parameters<Rule>[0], quoted: Set<string>, h: Hit): boolean {
  const rest = h.sentence.text.slice(h.index, h.index + 80).toLowerCase();
  const opens = (term: string) => term.length > h.text.length && rest.startsWith(term) && !/\w/.test(rest.charAt(term.length));
  return ctx.definitions.some((d) => opens(d.term.toLowerCase())) || [...quoted].some(opens);
}

/** Capitalised terms used as defined terms, at least twice, that the draft never defines. */
export const undefinedTerms: Rule = (ctx) => {
  // Without any definitions found, or with definitions in another document, we cannot judge.
  if (ctx.definitions.length === 0 || ctx.sentences.some((s) => DEFINED_ELSEWHERE.test(s.text))) return [];
  const quoted = new Set<string>();
  // Terms the definitions finder may miss: in single quotes ('Recipient'), or defined without
  // quotes ("Confidential Information shall mean ...").
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(/["“'‘]([A-Z][^"”'’]{0,60})["”'’]/g)) quoted.add(m[1]!.toLowerCase());
    for (const m of s.text.matchAll(/\b([A-Z][\w-]{0,40}(?: [A-Z][\w-]{0,40}){0,4}) (?:shall )?means?\b/g)) quoted.add(m[1]!.toLowerCase());
  }
  // Ordinary words written in lower case somewhere in the draft. A capitalised phrase whose words
  // never appear in lower case is a name ("Seattle Seahawks", "Nike"), not a defined term.
  const lower = new Set<string>();
  for (const s of ctx.sentences) for (const m of s.text.matchAll(/\b[a-z][a-z-]+\b/g)) lower.add(m[0]);
  const byTerm = new Map<string, Hit[]>();
  const candidates = hits(ctx, CANDIDATE, (h) => !inHeading(ctx, h.sentence)).map((h): Hit => {
    const text = h.match[1]!;
    return { ...h, index: h.index + h.text.length - text.length, text };
  });
  const shouting = new Map<Hit['sentence'], boolean>();
  for (const h of candidates) {
    if (!shouting.has(h.sentence)) shouting.set(h.sentence, isShouting(h.sentence.text));
    if (shouting.get(h.sentence)) continue;
    // Text exported from PDF keeps column gaps between words ("Joint      Venture").
    const phrase = h.text.replace(/ +/g, ' ');
    if (quoted.has(phrase.toLowerCase()) || ignorable(ctx, phrase) || startsLongerTerm(ctx, quoted, h)) continue;
    if (!phrase.split(' ').every((w) => lower.has(w.toLowerCase()))) continue;
    if (inTitle(h) || / (?:The|This|That|Such|Each|Any|All|Its)\b/.test(phrase)) continue;
    // A name followed by its company form ("Acme Corporation") is a party or a third party.
    if (/^\s*(?:,\s*)?(?:Inc|Corp|Corporation|LLC|Ltd|Limited|Co|GmbH|AG|S\.A|plc|LLP|L\.P)\b/.test(h.sentence.text.slice(h.index + h.text.length))) continue;
    // "Customer" and "Customers" are one term.
    push(byTerm, phrase.replace(/(?<=[a-z]{3})s$/, ''), h);
  }
  // Single capitalised words are often emphasis or titles; ask more of them than of phrases.
  const terms = [...byTerm.entries()].filter(([t, l]) => l.length >= (t.includes(' ') ? 2 : 3));
  if (terms.length === 0) return [];
  return draftingHits(
    ctx,
    'drafting.undefined-term',
    terms.map(([, l]) => l[0]!),
    { terms: listOf(ctx, terms.map(([, l]) => inQuotes(ctx, l[0]!.text))) },
  );
};

/**
 * Title case around the hit: a heading run into the text ("Effect of Termination. Upon ...") or a
 * name ("Right of First Refusal"), seen from the capitalised word before the determiner or the
 * full stop or capitalised word after the phrase.
 */
function inTitle(h: Hit): boolean {
  const before = h.sentence.text.slice(Math.max(0, h.index - 40), h.index);
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 3);
  if (/\b[A-Z][\w-]{0,40}\s+\w+\s$/.test(before) || /^(?::| [A-Z])/.test(after)) return true;
  // A short "sentence" ending in the phrase is a heading the segmenter cut off ("Effect of Termination.").
  return after.startsWith('.') && h.sentence.text.split(/\s+/).length <= 6;
}

/** Text mostly in capitals (a heading or a disclaimer in capitals) capitalises every word. */
function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper + lower > 0 && upper / (upper + lower) > 0.6;
}

/**
 * The ways a defined term may be written where it is used: "Patent(s)" as "Patent" or "Patents",
 * "Maximum Daily Quantity (MDQ)" as either half, any spacing, any case.
 */
function usageForms(term: string): string[] {
  const base = term.replace(/\((?:s|es|ies)\)|\/(?:s|es|ies)\b/gi, '').trim();
  // The spaces before "(" are tried from the first of them only (from every one was quadratic).
  const abbr = /^(.*?)(?<!\s)\s*\(([^()]+)\)$/.exec(base);
  return (abbr ? [abbr[1]!, abbr[2]!] : [base]).map(norm).filter((f) => f.length > 1);
}

function norm(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const WORD = /[A-Za-z0-9][\w.&’'-]*/g;

function words(text: string): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push({ word: m[0].toLowerCase().replace(/(?<![.’'])[.’']+$/, ''), at: m.index });
  return out;
}

/**
 * Defined terms used nowhere but in their own definition. One pass over the words of the text,
 * looking each word up among the terms' first words, keeps this linear in the document's length.
 */
export const unusedTerms: Rule = (ctx) => {
  const defs = ctx.definitions.filter((d) => d.term.length > 1 && d.term.split(/\s+/).length <= 6);
  if (defs.length === 0) return [];
  const byFirst = new Map<string, { parts: string[]; term: string }[]>();
  for (const term of new Set(defs.map((d) => d.term))) {
    for (const f of usageForms(term)) {
      const parts = words(f).map((w) => w.word);
      if (parts.length === 0) continue;
      push(byFirst, parts[0]!, { parts, term });
    }
  }
  const plural = (w: string, want: string) => w === want || w === `${want}s` || w === `${want}es`;
  const used = new Set<string>();
  for (const s of ctx.sentences) {
    const ws = words(s.text);
    for (let i = 0; i < ws.length; i++) {
      for (const { parts, term } of byFirst.get(ws[i]!.word) ?? byFirst.get(ws[i]!.word.replace(/e?s$/, '')) ?? []) {
        if (used.has(term) || i + parts.length > ws.length) continue;
        const last = parts.length - 1;
        if (!parts.every((p, k) => (k === last ? plural(ws[i + k]!.word, p) : ws[i + k]!.word === p))) continue;
        const at = s.start + ws[i]!.at;
        // The term inside its own definition is not a use.
        if (!defs.some((d) => d.term === term && d.paragraph === s.paragraph && at >= d.start - 2 && at <= d.end)) used.add(term);
      }
    }
  }
  const unused = [...new Set(defs.map((d) => d.term))].filter((t) => !used.has(t));
  if (unused.length === 0) return [];
  const evidence = unused.map((t) => definitionEvidence(ctx, defs.find((d) => d.term === t)!));
  return draftingFinding(ctx, 'drafting.unused-term', evidence, { terms: listOf(ctx, unused.map((t) => inQuotes(ctx, t))) }, 'info');
};

/** "X" has the meaning given in Section 3.2: a pointer to the definition, not a second one. */
const POINTER = /^["”]?\s*(?:shall\s+)?(?:has|have)\s+the\s+(?:respective\s+)?meanings?\b|^["”]?\s*(?:is|are)\s+defined\s+in\b|^["”]?\s*(?:shall\s+)?means?\s+(?:the\s+)?(?:\w+\s+){0,3}(?:as\s+)?(?:defined|set\s+forth|described)\s+in\s+(?:Section|Article|Clause)/i;

/** "As used in this Section 4, 'Sponsor' includes ...": a local meaning, not a rival definition. */
const SCOPED = /\b(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of|for)\s+this\s+(?:section|article|clause|paragraph|exhibit|schedule)\b|\bthis\s+section\s+only\b/i;

function isPointerOrScoped(ctx: Parameters<Rule>[0], d: Definition): boolean {
  const paragraph = ctx.doc.paragraphs[d.paragraph]?.text ?? '';
  const s = sentenceAt(ctx, d.paragraph, d.start, d.end);
  if (SCOPED.test(s?.text ?? paragraph.slice(Math.max(0, d.start - 200), d.end + 200))) return true;
  // Markdown or Word emphasis may sit between the term and its verb: “**Agreement**” is defined in ...
  return POINTER.test(paragraph.slice(d.end, d.end + 120).replace(/^[*_]+/, ''));
}

/** What a "means" definition says, normalised; undefined for other kinds of definition. */
function meaningOf(ctx: Parameters<Rule>[0], d: Definition): string | undefined {
  const s = sentenceAt(ctx, d.paragraph, d.start, d.end);
  const m = s && /^["”]?\s*(?:shall\s+)?means?\s+([\s\S]{30,})$/.exec(s.text.slice(d.end - s.start));
  // "means the quantity set forth in Exhibit A" points elsewhere, and "[***]" hides the text; two such
  // terms may differ where we cannot see.
  if (!m || /\[\s*[*…]/.test(m[1]!) || /\b(?:set\s+forth|specified|listed|described|identified|stated|defined|referred\s+to)\s+(?:in|on)\b/i.test(m[1]!)) return undefined;
  return m[1]!.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().slice(0, 160);
}

/** An exhibit or schedule heading: what follows is often a form with its own definitions. */
const ATTACHMENT = /^\s*(?:EXHIBIT|Exhibit|SCHEDULE|Schedule|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)\s+[A-Z0-9IVX][\w.-]*\b/;

/** The same term defined twice in the body of the agreement (attached forms may define their own). */
export const duplicateDefinitions: Rule = (ctx) => {
  const attachment = ctx.doc.paragraphs.find((p) => p.index > 0 && (p.text.length < 100 || p.headingLevel !== undefined) && ATTACHMENT.test(p.text));
  const bodyEnd = attachment?.index ?? Infinity;
  // Party names restated in a signature block or a recital are not rival definitions.
  const parties = new Set(ctx.parties.flatMap((p) => [p.name, p.shortName ?? '']).map((n) => n.toLowerCase()));
  const byTerm = new Map<string, Definition[]>();
  for (const d of ctx.definitions) {
    if (d.paragraph >= bodyEnd || parties.has(d.term.toLowerCase()) || isPointerOrScoped(ctx, d)) continue;
    const key = d.term.toLowerCase();
    push(byTerm, key, d);
  }
  const dupes = [...byTerm.values()].filter((l) => new Set(l.map((d) => d.paragraph)).size > 1);
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
    terms: listOf(ctx, dupes.map((l) => [...new Set(l.map((d) => inQuotes(ctx, d.term)))].join(' / '))),
  });
};
