// Capitalised phrases that are names, amounts or parts of a name rather than terms a draft should
// define, for the undefined-term rule: an amount written in words, a name cut at an apostrophe, a
// document named by its subject, a kind of insurance, a publication, a public body, a filed report,
// an institution's published rules, the words of a long heading, a signatory's office, the opening
// words of a company's name, a name given its short name in a bracket.
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { draftWrites } from './draft-words';
import type { Hit } from './text';
import { matching } from './sentence-gate';

/** Words of a number written out: "One Hundred and No/100 Dollars", "Five Thousand". */
const NUMBER_WORD =
  /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million|Billion)$/;
/** "Get Fit Don't Sit Day": the phrase stops at an apostrophe inside a word of a longer name. */
const CUT_AT_APOSTROPHE = /^['’](?:t|ll|re|ve|d)\b/;
/**
 * "the Collateral Assignment of Lease attached hereto as Exhibit A": a document's title, its subject
 * after "of", identified once by a pointer or a date and named so thereafter.
 */
const DOCUMENT_SUBJECT =
  /\b((?:[A-Z][\w-]{0,30}\s{1,3}){1,4})(?:of|for)\s{1,3}(?:[A-Z][\w-]{0,30}\s{1,3}){1,4}(?:attached|dated|of\s+even\s+date|(?:by\s+and\s+)?between|executed|entered\s+into)\b/g;
const DOCUMENT_CUE = /\s(?:attached|dated|between|executed|entered|of\s+even)\b/;

/** Lines of insurance a draft requires by their market names: "Commercial General Liability", "Workers' Compensation". */
const INSURANCE_LINE = /\b(?:Liability|Insurance|Compensation)$/;
/** A periodical: "the Padres Magazine". */
const PUBLICATION = /\b(?:Magazine|Journal|Gazette|Newsletter)$/;
/** A public body whose name opens with its level of government: "the Federal Reserve System", "the Federal Trade Commission". */
const PUBLIC_BODY = /^(?:Federal|National|United\s+States)\s+(?:Reserve|Trade|Communications|Deposit|Home\s+Loan|Labor|Aviation|Energy)\b/;
/** A report filed on a public form: "the Distribution Report on Form 10-D". */
const ON_FORM = /^\s{1,3}on\s+Form\s+[\w-]/;
/** A name with its code after it, "Rate Schedule FT-A", named so thereafter ("this Rate Schedule"). */
const CODED_NAME = /\b((?:[A-Z][a-z][\w-]{0,30}\s{1,3}){1,4})[A-Z0-9]{1,6}-[A-Z0-9]{1,6}\b/g;
const CODE = /[A-Z0-9]-[A-Z0-9]/;
/** "the General Terms and Conditions of the Tariff": the opening words of a document's title. */
const TERMS_AND_CONDITIONS = /\b((?:[A-Z][a-z][\w-]{0,30}\s{1,3}){1,3})and\s{1,3}Conditions\b/g;
/** "the Office of the Commissioner of Baseball": the holder of a public office, named so thereafter ("the Commissioner"). */
const OFFICE_OF = /\b(?:Office|Department|Ministry|Bureau)\s{1,3}of\s{1,3}the\s{1,3}([A-Z][a-z]{2,30})\b/g;
/** What OFFICE_OF cannot match without: most sentences with "of the" name no office. */
const OFFICE_WORD = /Office|Department|Ministry|Bureau/;

/** A signatory's office on a title line ("Title: Managing Director") or a capacity after a name and "its" ("By: Acme Holdings, its Sole Member"). */
const TITLE_FIELD = /\b(?:Title|Position|Capacity)\s{0,2}:\s{0,3}((?:[A-Z][a-z&]{1,20}\s{1,3}){0,3}[A-Z][a-z]{1,20})/g;
const CAPACITY = /,\s{0,3}(?:its|their)\s{1,3}((?:[A-Z][a-z]{1,20}\s{1,3}){0,2}(?:Member|Partner|Manager|Director|Officer|President|Secretary|Trustee))\b/g;
/** A company's full name, whose opening words a press release or notice may use alone ("Harvest Capital" for "Harvest Capital Strategies LLC"). */
const COMPANY = /\b((?:[A-Z][\w&'’-]{0,30}\s{1,3}){2,5})(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|LLP|L\.P\.|LP|Corp\.?|Corporation|plc|GmbH)(?![\w-])/g;
/** What COMPANY cannot match without: it tries every capitalised word, and most sentences name no company form. */
const COMPANY_FORM = /LLC|L\.L\.C\.|Inc|Ltd|Limited|LP|L\.P\.|Corp|plc|GmbH/;
/** A name followed by the bracket that gives its short name: 'MARA OSTLUND ("Ostlund")' is named there. */
const NAMING_BRACKET = /^\s{0,3}\(\s{0,3}(?:hereinafter\s{1,3}(?:referred\s{1,3}to\s{1,3}as\s{1,3})?)?(?:the\s{1,3})?["“]([^"“”]{1,40})["”]/i;

/**
 * The phrase is given its short name by the bracket after it: 'MARA OSTLUND ("Ostlund")'. The short
 * name must be words of the phrase or its initials; a bracket naming something else ('5% of the Net
 * Revenues ("Royalty")') leaves the phrase undefined.
 */
function namedByBracket(phrase: string, after: string): boolean {
  const short = NAMING_BRACKET.exec(after)?.[1]?.toLowerCase().trim();
  if (!short) return false;
  const words = phrase.toLowerCase().split(/\s+/);
  return short === words.map((w) => w.charAt(0)).join('') || short.split(/\s+/).every((w) => words.includes(w));
}

/** The opening words of a company's name, two or more: "Harvest Capital Strategies" gives "harvest capital" and "harvest capital strategies". */
function nameOpenings(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.slice(1).map((_, i) => words.slice(0, i + 2).join(' ').toLowerCase());
}

/** Phrases the draft gives a short name somewhere ('MARA OSTLUND ("Ostlund")'), each looked for once: a name at every use. */
const bracketNamed = perReview((): Map<string, boolean> => new Map());
/** The sentences with a quoted short name in a bracket, found once: only there can a phrase be named so. */
const QUOTE_IN_BRACKET = /\([^()]{0,60}["“]/;
const namingSentences = perReview((ctx: ReviewContext) => matching(ctx.sentences, QUOTE_IN_BRACKET));

type NamingEnd = { text: string; end: number };

/**
 * Where a phrase named by a bracket can end: before a "(" with up to three spaces between, in the
 * sentences that hold a quoted name in a bracket; keyed by the two characters before. Looking for
 * every phrase in every such sentence grew with the square of the draft's length.
 */
const namingEnds = perReview((ctx: ReviewContext): Map<string, NamingEnd[]> => {
  const out = new Map<string, NamingEnd[]>();
  for (const { text } of namingSentences(ctx)) {
    for (let paren = text.indexOf('('); paren >= 0; paren = text.indexOf('(', paren + 1)) {
      for (let end = paren; end >= 2 && end >= paren - 3; end--) {
        if (end < paren && !/\s/.test(text.charAt(end))) break;
        const key = text.slice(end - 2, end);
        const list = out.get(key);
        if (list) list.push({ text, end });
        else out.set(key, [{ text, end }]);
      }
    }
  }
  return out;
});

/** The phrase (two characters or more: a capitalised word and more) is given a short name by a bracket after it somewhere in the draft. */
export function namedSomewhere(ctx: ReviewContext, phrase: string): boolean {
  const known = bracketNamed(ctx);
  let found = known.get(phrase);
  if (found === undefined) {
    found = false;
    for (const { text, end } of namingEnds(ctx).get(phrase.slice(-2)) ?? []) {
      if (end >= phrase.length && text.slice(end - phrase.length, end) === phrase && namedByBracket(phrase, text.slice(end, end + 60))) {
        found = true;
        break;
      }
    }
    known.set(phrase, found);
  }
  return found;
}

/** A name's English form in brackets right after its Chinese ("华岳数据（Huayue Data）"): a bilingual draft naming a company or a product. */
const HAN_GLOSS = /[\u4e00-\u9fff][*_ ]{0,3}[（(]\s{0,2}([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5})\s{0,2}[)）]/g;
const HAN = /[\u4e00-\u9fff]/;

/** Names (lower case) the draft gives with a code, a document's subject and pointer, in a longer title or office, or after their Chinese. */
const givenNames = perReview((ctx: ReviewContext): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const s of ctx.sentences) {
    const patterns = [
      DOCUMENT_CUE.test(s.text) ? DOCUMENT_SUBJECT : undefined,
      CODE.test(s.text) ? CODED_NAME : undefined,
      s.text.includes('Conditions') ? TERMS_AND_CONDITIONS : undefined,
      s.text.includes(' of the ') && OFFICE_WORD.test(s.text) ? OFFICE_OF : undefined,
      s.text.includes(':') ? TITLE_FIELD : undefined,
      /,\s{0,3}(?:its|their)\s/.test(s.text) ? CAPACITY : undefined,
      HAN.test(s.text) ? HAN_GLOSS : undefined,
    ];
    for (const re of patterns) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) out.add(m[1]!.trim().replace(/\s+/g, ' ').replace(/^(?:The|This) /, '').toLowerCase());
    }
    if (!COMPANY_FORM.test(s.text)) continue;
    COMPANY.lastIndex = 0;
    for (let m = COMPANY.exec(s.text); m; m = COMPANY.exec(s.text)) for (const n of nameOpenings(m[1]!.replace(/^(?:The|THE)\s+/, ''))) out.add(n);
  }
  return out;
});

/** A lower-case fragment after the phrase: "the Franchised Restaur ant", a word the filing split. */
const FRAGMENT_AFTER = /^ ([a-z]{1,5})\b/;
/** An arbitral or mediation institution named in the same sentence as its rules. */
const INSTITUTION_RULES = /\b(?:JAMS|AAA|ICC|ICDR|CIETAC|HKIAC|SIAC|LCIA|WIPO|UNCITRAL|ICSID|CPR)\b/;
const RULES_WORD = /\b(?:Rules|Procedures)$/;

/** A numbered or lettered heading in title case, too long for the usual heading test: "(c) Amendments Requiring Consent of all Affected Noteholders and Certificateholders." */
const MARKED = /^(?:\(?[a-z0-9]{1,4}\)|\d{1,3}(?:\.\d{1,3}){0,3}\.?)\s/;
const VERB = /\b(?:shall|will|may|must|means|is|are|has|have|was|were)\b/;
const titles = new WeakMap<Hit['sentence'], boolean>();

function longTitle(sentence: Hit['sentence']): boolean {
  let found = titles.get(sentence);
  if (found === undefined) {
    const text = sentence.text;
    // The two pattern tests first: most sentences open with no mark or have a verb, and splitting
    // every sentence with a candidate into words cost more than both.
    found = MARKED.test(text) && !VERB.test(text);
    if (found) {
      const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
      found = words.length >= 3 && words.length <= 14 && words.filter((w) => /^[A-Z]/.test(w)).length >= 0.8 * words.length;
    }
    titles.set(sentence, found);
  }
  return found;
}

/** The capitalised phrase at the hit names something (or is part of a name) rather than using a term the draft should define. */
export function nameNotTerm(ctx: ReviewContext, h: Hit, phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.every((w) => NUMBER_WORD.test(w))) return true;
  if (longTitle(h.sentence)) return true;
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 120);
  if (namedSomewhere(ctx, phrase) || CUT_AT_APOSTROPHE.test(after) || ON_FORM.test(after) || givenNames(ctx).has(phrase.toLowerCase())) return true;
  const fragment = FRAGMENT_AFTER.exec(after)?.[1];
  if (fragment && draftWrites(ctx, `${words[words.length - 1]}${fragment}`.toLowerCase())) return true;
  if (words.length > 1 && INSURANCE_LINE.test(phrase) && /\binsur/i.test(h.sentence.text)) return true;
  if (PUBLICATION.test(phrase) || PUBLIC_BODY.test(phrase)) return true;
  return RULES_WORD.test(phrase) && INSTITUTION_RULES.test(h.sentence.text);
}
