import type { Definition, Party, Sentence } from './context';
import { hasCjk } from './zh/cjk';
import { chineseParties } from './zh/parties';
import { plainQuotes } from './typed-quotes';
import { withoutRowLabel } from './role-words';
import { distinctiveNames } from './distinctive-names';
import { withLetters } from './letter-parties';
import { definedParties } from './defined-parties';
import { CN_CITIES, COUNTRIES, REGIONS } from './countries';
import { grantorParties } from './grantor-parties';
import { joinWrapped } from './wrapped-opening';

// Company-form words that end a party's legal name, and the words that end an institution's
// (a university, research centre or hospital contracts in its own name without a company form).
const ENTITY_SUFFIX =
  /^(?:Inc\.?|INC\.?|Incorporated|INCORPORATED|Ltd\.?|LTD\.?|Limited|LIMITED|LLC|L\.L\.C\.|LLP|LP|L\.P\.|Corp\.?|CORP\.?|Corporation|CORPORATION|Company|COMPANY|Co\.?|CO\.?|GmbH|AG|SE|S\.A\.?|SA|S\.p\.A\.?|SpA|B\.V\.?|BV|N\.V\.?|NV|plc|PLC|Pte\.?|Pty\.?|K\.K\.|KK|S\.A\.S\.?|SAS|SARL|S\.r\.l\.?|Srl|AB|A\/S|Oy|ULC|University|UNIVERSITY|Institute|INSTITUTE|Trust|Center|Centre|CENTER|Hospital|HOSPITAL|Foundation|FOUNDATION|College|COLLEGE|Laboratory|Laboratories)[,.]?$/;
// Lower-case words allowed inside a name ("Bank of China", "Procter & Gamble"); not "and", which
// in an opening joins two parties.
const NAME_JOINERS = new Set(['of', '&', 'de', 'du', 'des', 'la', 'le', 'the', 'for', 'und', 'y']);
const OPENING_SENTENCES = 12;
// How far after a party's name its naming bracket may come, past a description and a registered address.
const SHORT_NAME_REACH = 240;
// A name right after "a" or "an" describes the party before it by where and how it is formed
// ("Acme Inc., a Florida Corporation", "a Swiss AG"): a legal name takes no article. So does a name
// after "a Limited Liability Company", and one after "f/k/a" renames it.
const DESCRIBES = /(?:\b(?:a|an)\s+(?:[A-Z][\w-]*\s+){0,2}|\b(?:[fnd]\/[kb]\/a|formerly(?:\s+known\s+as)?|doing\s+business\s+as)\s+)$/;
// "Registered Company No. 5701810" labels a registration number.
const NUMBER_LABEL = /^(?:No\.?|Nos\.?|Number|Registration|Reg\.)$/i;
const POSTAL_CODE = /^\d{5}(?:-\d{4})?\.?$/;
const PART_OF = /\b(?:member|institution|subsidiary|division|affiliate|unit|component|department|agency)\s+of\s+$/i;
// "Copyright (c) 2019-2024 Acme Inc.": a copyright notice names who owns the text, not a party to it.
// Not "(c)" alone: a list label "(c)" opens the third party of an opening.
const COPYRIGHT = /(?:\bcopyright(?:\s{1,3}\(c\))?|©)\s{0,3}$/i;
// "Source: Acme Bancorp Inc, 10-Q, 8/9/2012": a filing's source line names who filed the text, not a party to it.
const SOURCE_LINE = /^\s{0,3}Source:\s{1,3}$/;
// "Acme Inc., … and its affiliates including Acme Ireland Limited, … (collectively, "Acme")", "Acme
// Inc. and its Acme Labs, Inc. Affiliate (collectively "Acme")": an affiliate named inside a party's
// description is that party's, not a party of its own.
const AFFILIATE_OF =
  /\bits\s{1,3}(?:affiliates?|subsidiar(?:y|ies)|group\s{1,3}compan(?:y|ies)),?\s{1,3}(?:including|such\s{1,3}as|namely)\s{1,3}$|\band\s{1,3}its\s{1,3}$/i;
// "Brightwater's affiliate Acme Insurance Inc.", "its subsidiary Beta Ltd.": a company named as a
// party's affiliate is that party's, whoever writes it.
const NAMED_AFFILIATE = /(?:\bits|\btheir|['’]s)\s{1,3}(?:affiliated?\s{1,3}(?:company|entity)|affiliate|subsidiary|parent(?:\s{1,3}company)?|holding\s{1,3}company|group\s{1,3}company),?\s{1,3}$/i;
// ""Services" shall mean … offered by Acme Inc.": a company named inside a definition is what the
// defined thing refers to, not a party to the agreement.
const IN_DEFINITION = /["”]\s{0,3}(?:\)\s{0,3})?(?:shall\s{1,3}mean|means|shall\s{1,3}be\s{1,3}(?:defined|deemed|any|the|all)|has\s{1,3}the\s{1,3}meaning|refers\s{1,3}to)\b/i;
// "CYPRESS (AN INFINEON COMPANY)": a name that opens with an article describes the name before it, as
// DESCRIBES reads "a Delaware Company" after one; a legal name takes no article ("A" alone may be an initial).
const ARTICLED = /^(?:an?|AN)\s/;
/** What stands just before a name that is no party: a copyright notice, a source line, a unit, a descriptor, an affiliate. */
const NOT_A_PARTY = [COPYRIGHT, SOURCE_LINE, PART_OF, DESCRIBES, AFFILIATE_OF, NAMED_AFFILIATE];
// A name inside a party's description, after a preposition ("listed on the Growth Market of The
// Stock Exchange of Hong Kong Limited"), is a place or a body the party deals with, not a party.
const WITHIN = /\b(?:of|on|at|in|under)\s{1,4}(?:the\s{1,4})?$/i;
// "NXP USA, Inc., if Licensee is in the United States, or NXP B.V., if not ("NXP")": a name whose
// words up to the next name end in "or", with no naming bracket of its own, is one party's
// alternative contracting company, not a party beside the next.
const ALTERNATIVE = /^[^()"“”]{0,200}\bor\s{1,3}$/;
/** The most parties an opening is read for: a joint venture or co-branding deal may have five or six. */
const MOST_PARTIES = 6;

/**
 * The parties and their short names, from the opening of the agreement: a legal name ending in a
 * company form, followed within the same sentence by its naming bracket (the "Licensor").
 */
export function findParties(sentences: readonly Sentence[], definitions: readonly Definition[]): Party[] {
  const parties: Party[] = [];
  const opening = openingSentences(sentences);
  // A Chinese opening introduces each party on a line of its own: "甲方（许可方）：名称".
  if (opening.some((s) => hasCjk(s.text))) {
    const zh = chineseParties(opening).map(({ name, shortName }) => (shortName ? { name, shortName } : { name }));
    if (zh.length > 0) return zh;
  }
  // A hard-wrapped opening is read with its cut lines joined (wrapped-opening.ts).
  const joined = joinWrapped(opening, definitions);
  for (const s of joined.opening) {
    // Descriptors ("a Florida Corporation") and units ("a division of …") are no parties.
    const names = entityNames(plainQuotes(s.text));
    const before = (start: number): string => s.text.slice(Math.max(0, start - 40), start);
    const found = names.filter(({ name, start }) => !ARTICLED.test(name) && !NOT_A_PARTY.some((re) => re.test(before(start))) && !IN_DEFINITION.test(s.text.slice(0, start)));
    // Names joined by "or" are one party's alternatives: the rest take the last one's bracket.
    let alternatives: string[] = [];
    for (const [n, f] of found.entries()) {
      // The naming bracket of a party whose description names its affiliates comes after them.
      const end = Math.max(f.end, ...names.filter((a) => a.start > f.end && a.start < (found[n + 1]?.start ?? Infinity) && AFFILIATE_OF.test(before(a.start))).map((a) => a.end));
      // "SHIPPER  Acme Pipeline Inc.": a cover row's label is no part of the name.
      const name = withoutRowLabel(wholeName(sentences, s, f.name, f.whole), sentences);
      const next = found[n + 1];
      if (next && ALTERNATIVE.test(s.text.slice(end, next.start))) {
        alternatives.push(name);
        continue;
      }
      // The naming bracket follows the name, its description and address, before the next party.
      const until = Math.min(end + SHORT_NAME_REACH, found[n + 1]?.start ?? Infinity);
      const short = joined.definitions.find((d) => d.paragraph === s.paragraph && d.start - s.start > end && d.start - s.start < until);
      // "NETWORK  1", spaced as a typed filing spaces it, is "NETWORK 1".
      const term = short?.term.replace(/\s+/g, ' ');
      // The agreement's own name ("the "AGREEMENT"") in reach of a party's name is no name of that party.
      const shortName = term && term !== name && !/^agreement$/i.test(term) && !parties.some((p) => p.shortName === term) ? term : undefined;
      // The title block often repeats the names in capitals: one party, with the short name found.
      // A name cut at an "AND" is the tail of a party already found whole.
      const known = parties.find((p) => p.name.toLowerCase() === name.toLowerCase() || (f.whole !== undefined && p.name.toLowerCase().endsWith(` ${name.toLowerCase()}`)));
      if (known) {
        if (!known.shortName && shortName) known.shortName = shortName;
        continue;
      }
      const party: Party = { name };
      if (shortName) party.shortName = shortName;
      if (alternatives.length > 0) party.aliases = alternatives;
      alternatives = [];
      parties.push(party);
      if (parties.length === MOST_PARTIES) return withShortNames(withLetters(withDefined(withoutPossessives(withoutLetterhead(parties)), sentences, definitions), opening), sentences);
    }
  }
  const found = withShortNames(withLetters(withDefined(withoutPossessives(withoutLetterhead(parties)), sentences, definitions), opening), sentences);
  // An opening that names no party: a licence may name its licensor only where it grants (grantor-parties.ts).
  return found.length > 0 ? found : grantorParties(sentences);
}

/** A party the opening names only by its legal name takes the short name the terms call it by (distinctive-names.ts). */
function withShortNames(parties: Party[], sentences: readonly Sentence[]): Party[] {
  const names = distinctiveNames(parties, sentences.slice(openingSentences(sentences).length));
  return parties.map((p, i) => (names[i] ? { ...p, shortName: names[i] } : p));
}

/** The parties found by company form, and those only a naming bracket gives (defined-parties.ts). */
function withDefined(parties: Party[], sentences: readonly Sentence[], definitions: readonly Definition[]): Party[] {
  const opening = openingSentences(sentences);
  const more = definedParties(parties, opening, definitions, sentences.slice(opening.length));
  return [...parties, ...more].slice(0, MOST_PARTIES);
}

/**
 * A letterhead or title line names a party with another company form ("ACME FINANCIAL CORPORATION"
 * above "Acme Financial, Inc. ("Acme")"): a name with no short name whose words before the company
 * form are another party's is that party.
 */
/**
 * "Hexi Energy Co., Ltd. ("Licensee's Affiliate")": a company the opening names by another party's
 * role in the possessive (its affiliate, its designee) stands with that party, not beside it
 * as a party of its own, where that party is found too.
 */
function withoutPossessives(parties: Party[]): Party[] {
  const called = new Set(parties.flatMap((p) => [p.name, p.shortName ?? '']).map((n) => n.toLowerCase()));
  return parties.filter((p) => {
    const owner = POSSESSIVE.exec(p.shortName ?? '')?.[1];
    return !owner || !called.has(owner.toLowerCase());
  });
}
const POSSESSIVE = /^([A-Z][\w.&-]{1,30}(?: [A-Z][\w.&-]{1,30}){0,2})['’]s /;

function withoutLetterhead(parties: Party[]): Party[] {
  const stem = (name: string) => name.split(/[\s,]+/).filter((w) => w && !ENTITY_SUFFIX.test(w)).join(' ').toLowerCase();
  return parties.filter((p) => p.shortName || !parties.some((q) => q !== p && q.shortName && stem(q.name) === stem(p.name)));
}

/**
 * A line of a text file's markup, not of the agreement: a reStructuredText comment or directive
 * (".. v9: added …", ".. note::") or a title's underline ("======"). A file's change notes would
 * otherwise fill the opening before the parties are named.
 */
const MARKUP_LINE = /^\s{0,3}(?:\.\.\s|([=\-~^*#+`])\1{2,}\s{0,3}$)/;

/** The sentences before the first numbered section, at most a dozen (a file's markup lines left out). */
export function openingSentences(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  // A page number standing alone ("1") is no numbered section, though the sentences after it carry its label.
  let page: string | undefined;
  for (const s of sentences) {
    // So is one printed before the exhibit label on the filing's first line ("1      EXHIBIT 10.5").
    const number = /^(\d{1,3})(?:\s{2,}(?:EXHIBIT|Exhibit)\b.*)?$/.exec(s.text.trim());
    if (number) {
      page = number[1];
      continue;
    }
    if (out.length >= OPENING_SENTENCES || (s.section && /^\d/.test(s.section) && s.section !== page && out.length > 0)) break;
    if (!MARKUP_LINE.test(s.text)) out.push(s);
  }
  return out;
}

/** Legal names in a sentence: capitalised words walking back from a company-form word. */
function entityNames(text: string): { name: string; start: number; end: number; whole?: string }[] {
  // "TOM Online (BVI) Limited", "Acme (Shanghai) Co., Ltd.": a bracket of place words before the
  // company form is part of the name, so its brackets are read as letters (the offsets stay).
  const masked = text.replace(IN_NAME_BRACKET, asLetters).replace(PLACE_IN_NAME, asLetters);
  const tokens = [...masked.matchAll(/[^\s,()"“”]+/g)];
  const gap = (a: number): string => text.slice(tokens[a]!.index! + tokens[a]![0].length, tokens[a + 1]!.index!);
  const out: { name: string; start: number; end: number; whole?: string }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!ENTITY_SUFFIX.test(tokens[i]![0]) || ENTITY_SUFFIX.test(tokens[i - 1]![0])) continue;
    // "College Avenue", "Research Center Drive": an institution word that a name runs on from is an address.
    if (INSTITUTION.test(tokens[i]![0]) && i + 1 < tokens.length && /^[A-Z]/.test(tokens[i + 1]![0]) && !/[()"“”;,]/.test(gap(i))) continue;
    // "WHEREAS, Company desires": a company form that is also a plain noun takes no comma before it.
    if (NOUN_FORM.test(tokens[i]![0]) && gap(i - 1).includes(',')) continue;
    // "Co., Ltd.": company forms in a row belong to one name.
    let last = i;
    while (last + 1 < tokens.length && ENTITY_SUFFIX.test(tokens[last + 1]![0]) && !/[()"“”;]/.test(gap(last))) last++;
    // An institution word can head its name: "The University of Texas M. D. Anderson Cancer Center".
    if (INSTITUTION.test(tokens[last]![0]) && tokens[last + 1]?.[0] === 'of') last = nameRunEnd(tokens, last + 1, gap);
    let j = i - 1;
    let words = 0;
    while (j >= 0 && words < 8) {
      const w = tokens[j]![0];
      // Brackets, quotes and (except right before the company form) commas end the name.
      const between = gap(j);
      if (/[()"“”;:]/.test(between) || (j < i - 1 && between.includes(','))) break;
      if (ENTITY_SUFFIX.test(w) || /[:;]$/.test(w)) break;
      if (/^[A-Z0-9\uE000]/.test(w)) words++;
      else if (!NAME_JOINERS.has(w)) break;
      j--;
    }
    let k = j + 1;
    while (k < i && !/^[A-Z0-9]/.test(tokens[k]![0])) k++;
    const first = tokens[k];
    // "the Investment Company Act" names a statute, not a party.
    const next = tokens[last + 1]?.[0] ?? '';
    // "Carson City, NV 89706": a state's code before a postal code ends an address, not a name.
    if (!first || words === 0 || k === i || /^Act\b/.test(next) || NUMBER_LABEL.test(next) || POSTAL_CODE.test(next)) continue;
    const start = first.index!;
    const end = tokens[last]!.index! + tokens[last]![0].length;
    const raw = text.slice(start, end).replace(/,$/, '').replace(/\s+/g, ' ');
    const name = stripLeadingWords(raw);
    // "ACCEPTANCE IS EXPRESSLY LIMITED": a fragment of a sentence in capitals holds a verb; no name does.
    if (CAPITAL_VERB.test(name)) continue;
    // "The Company is engaged in …" refers to a party by its defined short name; it names none.
    if (ENTITY_SUFFIX.test(name.replace(/^(?:[Tt]he\s+|\d{1,3}(?:\.\d{1,3}){0,3}\.?\s+|\([a-z0-9]{1,3}\)\s+){1,3}/, ''))) continue;
    if (WITHIN.test(raw.slice(0, raw.length - name.length)) || (name === raw && WITHIN.test(text.slice(Math.max(0, start - 20), start)))) continue;
    const whole = raw.replace(LEADING_NOT_AND, '');
    out.push({ name, start, end, ...(whole !== name && whole.endsWith(` ${name}`) ? { whole } : {}) });
    i = last;
  }
  return out;
}

const CAPITAL_VERB = /\b(?:IS|ARE|WAS|WERE|BE|BEEN|SHALL|MUST|HEREBY|EXPRESSLY)\b/;

/** Company forms that are also plain words ("the Company", "the Center"): never after a comma in a name. */
const NOUN_FORM = /^(?:Company|COMPANY|University|Institute|Trust|Center|Centre|Hospital|Foundation|College|Laboratory|Laboratories)$/;

const OPEN = '\uE000';
const CLOSE = '\uE001';
const IN_NAME_BRACKET = /\((?:[A-Z][A-Za-z.]{1,20}(?: [A-Z][A-Za-z.]{1,20}){0,2})\)(?=\s{1,3}(?:Limited|LIMITED|Ltd\.?|LTD\.?|Co\.|CO\.|Company|Inc\.?|Corporation|LLC|GmbH|Pte\.?|Pty\.?|S\.A\.))/g;

// "Beike Internet (Beijing) Security Technology Co., Ltd.": a bracketed place between the words of a
// name, a few capitalised words before its company form, is the name's too. Only a known place: a
// bracket of other words there describes the party or names it for short ("Acme (the "Licensor")").
const PLACE_IN_NAME = new RegExp(
  `(?<=[A-Za-z0-9&.] )\\((?:${CN_CITIES}|${REGIONS}|${COUNTRIES.map(([, names]) => names).join('|')})\\)(?= (?:[A-Z][A-Za-z&-]{0,30} {1,2}){1,5}(?:Limited|LIMITED|Ltd\\.?|LTD\\.?|Co\\.|CO\\.|Company|Inc\\.?|Corporation|LLC|GmbH|Pte\\.?|Pty\\.?|S\\.A\\.))`,
  'g',
);
const asLetters = (m: string): string => `${OPEN}${m.slice(1, -1)}${CLOSE}`;

const INSTITUTION = /^(?:University|Institute|College|Center|Centre|Hospital|Foundation|Laboratory|Laboratories)$/;

/** The last capitalised word of the name that runs on after "of" at `of`, within one phrase. */
function nameRunEnd(tokens: readonly RegExpMatchArray[], of: number, gap: (a: number) => string): number {
  let end = of - 1;
  for (let k = of + 1; k < tokens.length && k <= of + 8 && !/[()"“”;:,]/.test(gap(k - 1)); k++) {
    const w = tokens[k]![0];
    if (/^[A-Z]/.test(w)) end = k;
    else if (!NAME_JOINERS.has(w)) break;
  }
  return end;
}

/**
 * "This Agreement is between Acme Inc." and "SUPPLY AGREEMENT BETWEEN ACME INC. AND BETA LTD." walk
 * back too far; a name starts after the last word that introduces a party.
 */
function stripLeadingWords(name: string): string {
  return name.replace(/^.*\b(?:This|THIS|The|THE|Agreement|AGREEMENT|Between|BETWEEN|And|AND|By|BY|Among|AMONG|With|WITH)\s+/, '');
}

/** As stripLeadingWords, keeping an "AND" inside the name ("THE HARBOUR FILM AND TELEVISION CORPORATION"). */
const LEADING_NOT_AND = /^.*\b(?:This|THIS|Agreement|AGREEMENT|Between|BETWEEN|By|BY|Among|AMONG|With|WITH)\s+/;

/**
 * A legal name in capitals may hold "AND" ("HARBOUR FILM AND TELEVISION CORPORATION"), as a title
 * line joins two parties with it ("BETWEEN ACME AND BETA LTD."): the name runs on through the "AND"
 * only where the draft writes it so again, as it calls a party.
 */
function wholeName(sentences: readonly Sentence[], at: Sentence, name: string, whole: string | undefined): string {
  if (!whole || !/\bAND\b/.test(whole.slice(0, whole.length - name.length))) return name;
  return sentences.some((s) => s !== at && s.text.includes(whole)) ? whole : name;
}
