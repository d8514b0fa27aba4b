import type { MessageParams } from '../../i18n';
import type { Rule, RuleFinding } from '../context';
import { draftingFinding } from './drafting';
import { inQuotes, listOf } from './finding';
import { capitalisedUses } from './capitalised-uses';
import { namesDocument, otherSource } from './document-names';
import { inTitle, tableOfContents } from './heading-words';
import { headingLine, namedNotDefined } from './named-not-defined';
import { madeOfDefined, optionalPlural, pluralDefined, quotedForms, shortenedTerm, withoutOwner } from './defined-forms';
import { CARRIER, COMMON, DOCUMENT_WORD, INSTITUTION, PLACES, PROFESSION } from './capital-words';
import { namedSomewhere } from './name-not-term';
import { headSwaps, nearMisses } from './near-misses';
import { groupedEvidence, hits, inHeading, isDefined, matches, push, type Hit } from './text';
import { sortedTerms, withPrefix } from './term-prefixes';
import { joinedCandidate } from './joined-terms';
import { describedTerms } from './described-terms';
import { hereinafterTerms } from './hereinafter-terms';
import { attachmentTitles } from './attachment-titles';
import { tabledTerms } from './tabled-terms';
import { memo } from './memo';
import { matching } from './sentence-gate';
import { draftWritesLowerCase } from './draft-words';
import { alwaysArticled } from './articled-terms';
import { definedBelow, notUndefined, setsMoney } from './undefined-term-exceptions';
import { scopeTerm, setsScope } from './scope-base';
import { reorderedTerms } from './reordered-terms';

/**
 * A capitalised phrase after a determiner or preposition, mid-sentence: where a defined term sits
 * ("the Licensed Products", "under this Agreement"). Sentence starts never match. Words may stand
 * far apart where text exported from PDF joined a wrapped line ("the Joint                Venture"),
 * but a pronoun opening the next clause ("Changes to the System   You acknowledge") is no part of
 * it. A phrase followed by "&" is part of a name ("Business & Legal Affairs"), and one followed by
 * a run of dashes is cut by a filing's underline ("the Brand ------ Features").
 */
const CANDIDATE =
  /\b(?:the|this|such|any|all|each|that|these|those|its|their|of|under|in|to|by|per|no|other|every) (?!(?:The|This|Such|Each|Any|All)\b)([A-Z][a-z]+(?:-[A-Za-z]+)?(?: {1,24}(?!(?:You|We|Us)\b)[A-Z][a-z]+(?:-[A-Za-z]+)?){0,3})\b(?! +[A-Z0-9]\b| *[\d(]|-| +&| +-{3})/g;

/** "The Products offered are set out in Annex I": a term fixed by a list attached. */
const LISTED = /\b(?:The|the|All|Any|such)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b[^.;]{0,60}?\b(?:is|are)\s+(?:set\s+(?:out|forth)|listed|described|specified|identified)\s+in\s+(?:Annex|Schedule|Exhibit|Appendix|Attachment)\b/;
/** The term and the attachment that lists it, side by side: "the Security Controls identified in Schedule 2". */
const ATTACHED = /\bthe\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:set\s+(?:out|forth)|listed|described|specified|identified)\s+in\s+(?:Annex|Schedule|Exhibit|Appendix|Attachment)\b/g;
/** What LISTED cannot match without, looked for first: LISTED tries every "the" of every sentence. */
const IN_ATTACHMENT = /\sin\s+(?:Annex|Schedule|Exhibit|Appendix|Attachment)\b/;
/** An attachment's title after its label, in a list of attachments or at its head. */
const ATTACHMENT_TITLE =
  /\b(?:Exhibit|Schedule|Annex|Appendix|Attachment)\s{1,3}["“]?[A-Z0-9]\w{0,4}(?:\.\d{1,2})?["”]?\s{0,3}(?:[-–—:]\s{0,3})?(?!(?:The|This|Each|Any|All)\b)([A-Z][\w-]{0,40}(?:\s{1,3}(?:of\s{1,3}|and\s{1,3}|for\s{1,3}|&\s{1,3})?(?!(?:Exhibit|Schedule|Annex|Appendix|Attachment)\b)[A-Z][\w-]{0,40}){0,6})/g;
/** A role written like a party ("the Licensee", "the Designer"): two uses are enough to ask for its definition. */
const ROLE = /^[A-Z][a-z]+(?:er|or|ee|ant|ist|ient|gent)$/;
/**
 * The roles contracting parties are given. Where the parties go by two roles of their own, another
 * of these with the article ("the Agent" in a supply agreement between Manufacturer and Customer) is
 * left over from another form: once is enough to ask who is meant.
 */
const PARTY_ROLE =
  /^(?:Agent|Principal|Designer|Developer|Client|Customer|Supplier|Vendor|Buyer|Seller|Purchaser|Manufacturer|Distributor|Reseller|Licensor|Licensee|Contractor|Consultant|Provider|Recipient|Discloser|Sponsor|Lender|Borrower|Landlord|Tenant|Lessor|Lessee|Franchisor|Franchisee|Publisher|Evaluator)$/;
/** Where an undefined term decides money, a deadline or a right to end the deal. */
const CONSEQUENCE = /\b(?:royalt\w*|pric\w*|fees?|payments?|payable|pay|revenues?|terminat\w*|deadline|milestones?|minimum\w*)\b/i;
/** Terms the ownership rule reports on its own. */
const OWNERSHIP_TERMS = /^(?:Improvements?|Results|Foreground\s+\w+|Background\s+\w+|Territory|Licensed\s+(?:Products?|Patents?|Technology|Know-How|IP|Intellectual\s+Property|Field|Software|Materials?)|Field\s+of\s+Use)$/;

function ignorable(ctx: Parameters<Rule>[0], phrase: string): boolean {
  const words = phrase.split(/\s+/);
  if (words.every((w) => COMMON.has(w)) || PLACES.test(phrase) || INSTITUTION.test(phrase) || PROFESSION.test(phrase) || CARRIER.test(phrase) || OWNERSHIP_TERMS.test(phrase)) return true;
  // A party's own things ("Sonos Marks", "Acme Quality Plan") are named, not defined.
  // So are things described by a party's name ("Loop-branded Products").
  const first = words[0]!.toLowerCase();
  const owner = first.split('-')[0]!;
  if ((words.length > 1 || first !== owner) && ctx.parties.some((p) => [p.name, p.shortName].some((n) => n?.toLowerCase().split(/[\s,]+/)[0] === owner))) return true;
  // "New York State": a place and what kind of place it is.
  if (words.length > 1 && PLACES.test(words.slice(0, -1).join(' ')) && COMMON.has(words[words.length - 1]!)) return true;
  // "Territory-specific Development" where Territory and Development are defined: a description.
  const compound = /^([A-Z][a-z]+)-[a-z]+$/.exec(words[0]!);
  if (compound && isDefined(ctx, compound[1]!) && (words.length === 1 || isDefined(ctx, words.slice(1).join(' ')))) return true;
  if (optionalPlural(ctx, phrase)) return true;
  // "such Property" or "the Marks" where "NCM Property" and "NCM Marks" are defined: the defined term, shortened.
  if (words.length === 1 && shortenedTerm(ctx, phrase)) return true;
  // "such Co-Branding Logo" where "Acme Co-Branding Logo" is defined: the term without its owner's name.
  if (withoutOwner(ctx).has(phrase.toLowerCase())) return true;
  // A defined term inside a longer phrase counts as defined when the rest only names a document or
  // a part of one ("the Licensed Products Schedule"); "Research Plan" is not "Research".
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      if (!isDefined(ctx, words.slice(i, j).join(' '))) continue;
      if ([...words.slice(0, i), ...words.slice(j)].every((w) => COMMON.has(w) || DOCUMENT_WORD.test(w))) return true;
    }
  }
  return false;
}

/**
 * The phrase opens a defined term with a lower-case word in it: "Statement" in "the Statement of
 * Work", where "Statement of Work" is defined. `longer` holds defined and quoted terms, sorted.
 */
function startsLongerTerm(longer: readonly string[], h: Hit): boolean {
  const rest = h.sentence.text.slice(h.index, h.index + 80).toLowerCase();
  // In the plural too: "End users" where "End User" is defined.
  const opens = (term: string) => term.length > h.text.length && rest.startsWith(term) && !/\w/.test(rest.slice(term.length).replace(/^e?s(?!\w)/, '').charAt(0));
  // A longer term written here opens with the phrase and the character after it.
  return withPrefix(longer, rest.slice(0, h.text.length + 1)).some(opens);
}

type Term = [string, Hit[]];

/** Capitalised terms used as defined terms that the draft never defines. */
export const undefinedTerms: Rule = (ctx) => {
  // Without any definitions found we cannot judge.
  if (ctx.definitions.length === 0) return [];
  // A defined term with its words in another order ("Shared Honeywell IP") is a slip wherever definitions live.
  const reordered = reorderedTerms(ctx);
  const slips = reordered.length === 0 ? [] : report(ctx, reordered.map((h): Term => [h.text, [h]]), 'low');
  const terms = undefinedHere(ctx).filter(([t]) => !reordered.some((h) => h.text === t));
  // With definitions in another agreement, what is not defined here may be defined there: one point
  // says the draft cannot be read alone and names the terms it borrows.
  const source = otherSource(ctx);
  if (source) return [...slips, ...report(ctx, terms, 'low', 'drafting.undefined-term-elsewhere', { source })];
  // Medium only for the clearest slip, a defined term with its last word swapped ("Performance
  // Thresholds" beside "Performance Benchmarks"), used once or twice, where a price, a royalty or a
  // termination right turns on it. Other undefined terms are often defined by description or in an
  // exhibit we cannot see: low, unless a royalty, fee or price is worked out on it (money-base.ts), or
  // it is the purpose of use, the scope of the work or the event a deadline runs from (scope-base.ts).
  const swapped = headSwaps(ctx);
  const weighty = terms.filter(([t, l]) => (swapped(t) && capitalisedUses(ctx, t) <= 2 && l.some((h) => consequential(h))) || l.some(setsMoney));
  const scoping = terms.filter(([t, l]) => !weighty.some(([w]) => w === t) && scopeTerm(ctx, t, l));
  const light = terms.filter((t) => !weighty.includes(t) && !scoping.includes(t));
  return [
    ...slips,
    ...report(ctx, weighty, 'medium', 'drafting.undefined-term-consequential'),
    ...report(ctx, scoping, 'medium', 'drafting.undefined-term-scope', {}, setsScope),
    ...report(ctx, light, 'low'),
  ];
};

/** One point for the terms in `list`; each shows the use `shown` picks (where it decides something), else its first. */
function report(ctx: Parameters<Rule>[0], list: Term[], severity: 'low' | 'medium', key?: string, params: MessageParams = {}, shown: (h: Hit) => boolean = consequential): RuleFinding[] {
  if (list.length === 0) return [];
  return draftingFinding(
    ctx,
    'drafting.undefined-term',
    groupedEvidence(list.map(([, l]) => l.find(shown) ?? l[0]!)),
    { ...params, terms: listOf(list.map(([t]) => inQuotes(t))) },
    severity,
    key,
  );
}

const QUOTED = /["“'‘](?:the\s+)?([A-Z][^"”'’]{0,60})["”'’]/g;
const POINTED =
  /\b([A-Z][\w-]{0,40}(?: [A-Z][\w-]{0,40}){0,4}),? (?:shall )?(?:means?|has the meaning|is defined|(?:\([^()]{0,40}\) )?(?:as )?defined (?:in|under)|as set (?:forth|out) in|\((?:as (?:such term is )?defined|within the meaning) (?:in|of|under)\b)/g;
/** "a Change of Control (as defined below)": a term pointed forward to its definition, small words and all. */
const FORWARD = /\b([A-Z][\w-]{0,40}(?: (?:of |and |for |in )?[A-Z][\w-]{0,40}){0,4}) {0,3}\((?:as )?(?:hereinafter )?defined (?:below|hereinafter|hereafter|later)\)/g;
const DEEMED = /\bdeemed\s+(?:to\s+be\s+)?the\s+([A-Z][\w-]{0,40}(?: [A-Z][\w-]{0,40}){0,3})\b/g;

/** Capitalised terms used as defined terms, at least twice or as a slip from a defined one, that the draft never defines. */
const INSTRUMENT_BEFORE = /\b(?:Conventions?|Treaty|Protocol|Agreement)\s+(?:on|for|of|relating\s+to)\b[^.;]{0,50}$/;

function undefinedHere(ctx: Parameters<Rule>[0]): Term[] {
  const quoted = new Set<string>();
  // Terms the definitions finder may miss: in single quotes ('the Manufacturer'), defined without
  // quotes ("Term has the meaning set out in Clause 3.1"), or fixed by a list in an annex.
  // Indexes and exec loops, not for-of over matchAll: a review's code runs unoptimised, where each
  // step of an iterator is an object, and matchAll copies its pattern each call.
  const { sentences } = ctx;
  // Sentences pointing into an attachment, by the sentence gate: the pattern, opening on a space, tried every character.
  const pointing = new Set(matching(sentences, IN_ATTACHMENT));
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    for (const m of matches(QUOTED, text)) for (const f of quotedForms(m[1]!)) quoted.add(f);
    // "The Specifications defined in Exhibit A", "the Closing Date as set forth in the Purchase Agreement": defined by pointing.
    // This pattern and FORWARD each try every capitalised word of a sentence: run only where their words are.
    if (text.includes('mean') || text.includes('defined') || text.includes('as set ')) for (const m of matches(POINTED, text)) quoted.add(m[1]!.toLowerCase());
    // "Distributor shall be deemed the Non-MAH Party": a role given without quotes.
    for (const m of matches(DEEMED, text)) quoted.add(m[1]!.toLowerCase());
    for (const t of describedTerms(text)) quoted.add(t);
    for (const t of hereinafterTerms(text)) quoted.add(t);
    for (const t of attachmentTitles(text)) quoted.add(t);
    for (const t of tabledTerms(sentences, i)) quoted.add(t);
    if (text.includes('defined ')) for (const m of matches(FORWARD, text)) if (definedBelow(sentences, i, m[1]!)) quoted.add(m[1]!.toLowerCase());
    // The title of an attachment ("Exhibit "H" Badger Prospect Tax Provisions", "Schedule 3 - Support
    // Procedures") names what it holds.
    for (const m of matches(ATTACHMENT_TITLE, text)) quoted.add(m[1]!.toLowerCase());
    const listed = pointing.has(sentences[i]!) ? LISTED.exec(text) : null;
    if (listed) quoted.add(listed[1]!.toLowerCase());
    if (pointing.has(sentences[i]!)) for (const m of matches(ATTACHED, text)) quoted.add(m[1]!.toLowerCase());
  }
  const near = memo(nearMisses(ctx));
  const ignored = memo((phrase) => ignorable(ctx, phrase));
  // "Product" where "Products shall mean" is the definition: one term in either number.
  // "Franchised Businesses" where "Franchised Business" is: the plural after s, x, z, ch or sh.
  const quotedAs = memo((lowerPhrase) =>
    [lowerPhrase, lowerPhrase.replace(/(?<=[a-z]{2})s$/, ''), lowerPhrase.replace(/(?<=[a-z]{2})ies$/, 'y'), lowerPhrase.replace(/(?<=(?:s|x|z|ch|sh))es$/, ''), `${lowerPhrase}s`].some((f) => quoted.has(f)),
  );
  const longer = sortedTerms([...ctx.definitions.map((d) => d.term.toLowerCase()), ...quoted]);
  const byTerm = new Map<string, Hit[]>();
  const contents = new Map<Hit['sentence'], boolean>();
  const inContents = (s: Hit['sentence']) => {
    if (!contents.has(s)) contents.set(s, tableOfContents(s.text));
    return contents.get(s)!;
  };
  // A numbered heading alone on its line ("9.2 Matters after the Termination") titles its clause.
  const candidates = hits(ctx, CANDIDATE, (h) => !inHeading(ctx, h.sentence) && !inContents(h.sentence) && !headingLine(h.sentence.text)).map((h): Hit => {
    const text = h.match[1]!;
    return joinedCandidate(longer, { ...h, index: h.index + h.text.length - text.length, text });
  });
  // The candidates' words the draft also writes in lower case. A capitalised phrase whose words
  // never appear in lower case is a name ("Seattle Seahawks", "Nike"), not a defined term.
  // Each phrase split once: a long draft uses each some ten times (2,191 uses of 283 on the bench's agreement).
  const asked = new Set<string>();
  for (const t of new Set(candidates.map((h) => h.text))) for (const w of t.toLowerCase().split(' ')) if (w) asked.add(w);
  const lower = draftWritesLowerCase(ctx, asked);
  const shouting = new Map<Hit['sentence'], boolean>();
  const leftover = leftoverRole(ctx);
  const articled = alwaysArticled(candidates, sentences);
  for (const h of candidates) {
    if (!shouting.has(h.sentence)) shouting.set(h.sentence, isShouting(h.sentence.text));
    if (shouting.get(h.sentence)) continue;
    // Text exported from PDF keeps column gaps between words ("Joint      Venture").
    const phrase = h.text.includes('  ') ? h.text.replace(/ +/g, ' ') : h.text;
    // "Rolling Forecasts" where the draft quotes "Rolling Forecast" is the same term.
    const lowerPhrase = phrase.toLowerCase();
    if (quotedAs(lowerPhrase) || startsLongerTerm(longer, h)) continue;
    // "Federal Express or similar overnight courier": a name given as an example of a kind of thing.
    if (/^\s*(?:,\s*)?or\s+(?:an?\s+)?(?:another|other|similar|equivalent|comparable)\s/i.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 30))) continue;
    // "Patents Controlled by Xencor" where "Patents" and "Controlled by" are each defined: defined terms side by side.
    if (madeOfDefined(ctx, phrase, h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 12))) continue;
    if (ignored(phrase) && !(near(phrase) && !isDefined(ctx, phrase) && !optionalPlural(ctx, phrase))) continue;
    // A role with the article ("the Designer") reads as a party, not a brand, even if never written in lower case.
    const role = (ROLE.test(phrase) && /\bthe\s+$/i.test(h.sentence.text.slice(Math.max(0, h.index - 4), h.index))) || leftover(h);
    // Nor is one the draft writes only as "the Project", which it treats as defined.
    if (!phrase.split(' ').some((w) => lower.has(w.toLowerCase())) && !near(phrase) && !role && !articled(phrase)) continue;
    // The name readings each search the draft for the phrase: asked after the cheap tests above,
    // which turn away most candidates (every test here only turns one away, so the order is free).
    if (notUndefined(ctx, h, phrase) || namedNotDefined(ctx, h, lowerPhrase, longer)) continue;
    // "the Buyer's Guide": a possessive opening the name of a thing, not a use of the word alone.
    if (/^['’]s +[A-Z]/.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 4))) continue;
    // "the Disclosing party": a capitalised adjective, not a term.
    if (/^ +[a-z]/.test(h.sentence.text.slice(h.index + h.text.length)) && !phrase.includes(' ') && /(?:ing|ed)$/.test(phrase)) continue;
    if (inTitle(h) || / (?:The|This|That|Such|Each|Any|All|Its)\b/.test(phrase)) continue;
    // Words inside a treaty's title ("the Convention on Contracts for the International Sale of Goods")
    // are part of a proper name, not a defined term.
    if (INSTRUMENT_BEFORE.test(h.sentence.text.slice(Math.max(0, h.index - 60), h.index))) continue;
    // A document named by its title: the draft itself ("this Distributorship Agreement"), another
    // identified by its date or parties ("the Security Agreement of even date herewith", "the Lease
    // Agreement between DDOT and Owner dated ..."), or the first words of a longer title ("the
    // Administrative Services and Teaming Agreement").
    if (namesDocument(ctx, h)) continue;
    // "the Fitness Channel www.example.com/fitness": a page or site named with its address.
    if (/^\s{0,3}[(:,]?\s{0,3}(?:https?:\/\/|www\.)/i.test(h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 16))) continue;
    // "this Privacy Program section": the name of a part of the document.
    if (/^\s+(?:section|article|clause|exhibit|schedule|paragraph)\b/.test(h.sentence.text.slice(h.index + h.text.length))) continue;
    // A name followed by its company form ("Acme Corporation") is a party or a third party.
    if (/^\s*(?:,\s*)?(?:Inc|Corp|Corporation|LLC|Ltd|Limited|Co|GmbH|AG|S\.A|plc|LLP|L\.P)\b/.test(h.sentence.text.slice(h.index + h.text.length))) continue;
    // "Customer" and "Customers" are one term.
    push(byTerm, lowerPhrase.replace(/(?<=[a-z]{2})ies$/, 'y').replace(/(?<=[a-z]{3})s$/, ''), h);
  }
  for (const h of capitalsTerms(ctx, shouting)) {
    if (quoted.has(h.text.toLowerCase())) continue;
    if (!ignored(h.text) || near(h.text)) push(byTerm, h.text.toLowerCase().replace(/(?<=[a-z]{3})s$/, ''), h);
  }
  // Single capitalised words are often emphasis or titles; ask more of them than of phrases, except
  // a role written like a party ("the Designer"), and once for another form's party role.
  return [...byTerm.values()].map((l): Term => [l[0]!.text.replace(/\s+/g, ' '), l]).filter(([t, l]) => {
    if (l.some((h) => leftover(h))) return true;
    // "the Term", where no term of the draft names its duration so: what the deal's rights run for
    // is left open, and once is enough to ask.
    if (t === 'Term' && !ctx.definitions.some((d) => /\bterms?\b/i.test(d.term))) return true;
    const need = t.includes(' ') || ROLE.test(t) ? 2 : 3;
    return l.length >= need || capitalisedUses(ctx, t) >= need || near(t);
  });
}

/**
 * A party role with the article, "the Agent", where two parties go by roles of their own and none is
 * this one, nor any defined term or party name.
 */
function leftoverRole(ctx: Parameters<Rule>[0]): (h: Hit) => boolean {
  const roles = ctx.parties.filter((p) => p.shortName && PARTY_ROLE.test(p.shortName));
  if (roles.length < 2) return () => false;
  const names = ctx.parties.map((p) => `${p.name} ${p.shortName ?? ''}`.toLowerCase()).join(' ');
  return (h) =>
    PARTY_ROLE.test(h.text) &&
    !isDefined(ctx, h.text) &&
    !names.includes(h.text.toLowerCase()) &&
    /\bthe\s+$/.test(h.sentence.text.slice(Math.max(0, h.index - 4), h.index));
}

/** An item of a list: "(ii)", "(b)". */
const ITEM_MARK = /\(\s*(?:[a-h]|[ivx]{1,4})\s*\)/g;

/** The term stands within a few words of a price, a royalty, a payment or a termination right. */
function consequential(h: Hit): boolean {
  // A heading run into the text ("18.3 Termination in case of Generic Competition.") decides nothing.
  if (h.sentence.text.split(/\s+/).length <= 8) return false;
  // The clause around the term: back to the last semicolon or item mark ("(ii)") within 80
  // characters, on to the next; a fee in item (i) says nothing of a date in item (ii).
  const before = h.sentence.text.slice(Math.max(0, h.index - 80), h.index);
  // The words around the term, not its own: "Milestone Date" alone sets nothing.
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 40);
  const item = Math.max(before.lastIndexOf(';') + 1, ...[...before.matchAll(ITEM_MARK)].map((m) => m.index + m[0].length));
  return CONSEQUENCE.test(`${before.slice(item)} ${after.split(/;|\(\s*(?:[a-h]|[ivx]{1,4})\s*\)/)[0]}`);
}

/** A phrase in capitals inside ordinary text: "on NET REVENUES generated from", "LICENSEE shall". */
const CAPITALS = /\b[A-Z][A-Z-]{2,}(?:\s+(?:OF\s+|AND\s+)?[A-Z][A-Z-]{1,}){0,4}\b/g;

/**
 * Where the draft writes its defined terms in capitals ("NET SALES" shall mean), terms in capitals
 * used but not defined. Acronyms (four letters or fewer) and the parties' names are left alone.
 */
function capitalsTerms(ctx: Parameters<Rule>[0], shouting: Map<Hit['sentence'], boolean>): Hit[] {
  // Acronyms ("NIH", "FFCDA") are not a house style of capitals; words and phrases are.
  const caps = ctx.definitions.filter((d) => /[A-Z]{3}/.test(d.term) && d.term === d.term.toUpperCase() && (d.term.includes(' ') || d.term.length >= 6));
  if (caps.length < 3) return [];
  const parties = ctx.parties.flatMap((p) => [p.name, p.shortName ?? '']).join(' ').toUpperCase();
  return hits(ctx, CAPITALS, (h) => {
    // A section's title in brackets after its number ("Sections 5.3 [PAYMENTS AND REPORTS]") is not a term.
    if (h.index === 0 || inHeading(ctx, h.sentence) || /\[\s*$/.test(h.sentence.text.slice(Math.max(0, h.index - 3), h.index))) return false;
    if (!shouting.has(h.sentence)) shouting.set(h.sentence, isShouting(h.sentence.text));
    if (shouting.get(h.sentence)) return false;
    const words = h.text.split(/\s+/);
    if (words.length === 1 && h.text.length <= 4) return false;
    if (parties.includes(h.text) || words.every((w) => COMMON.has(w.charAt(0) + w.slice(1).toLowerCase()))) return false;
    // A name in capitals given its short name ('MARA OSTLUND ("Ostlund")') is named there.
    if (namedSomewhere(ctx, h.text)) return false;
    const lower = h.text.toLowerCase();
    return !isDefined(ctx, h.text) && ![lower.replace(/s$/, ''), lower.replace(/es$/, '')].some((f) => pluralDefined(ctx).has(f));
  }).map((h) => ({ ...h, text: h.text.replace(/\s+/g, ' ') }));
}

/**
 * Text mostly in capitals (a heading or a disclaimer in capitals) capitalises every word. The letters
 * are counted in one loop over the character codes: replacing the other characters away, twice,
 * built two copies of every sentence with a candidate. Capitals are more than 60% of the letters
 * when 2 × upper > 3 × lower; every 64 characters the loop stops once even the rest of the text in
 * capitals could not make it so, about half-way through a sentence of ordinary prose.
 */
function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = text.length;
  for (let block = 0; block < n; block += 64) {
    if (2 * (upper + n - block) <= 3 * lower) return false;
    const end = Math.min(n, block + 64);
    for (let i = block; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
    }
  }
  return upper + lower > 0 && upper / (upper + lower) > 0.6;
}
