// Where a draft's definitions live and which capitalised phrases name documents rather than terms:
// the undefined-terms rule asks here before it calls a phrase undefined.
import type { Rule } from '../context';
import { perReview } from '../per-review';
import { titleOf } from '../scenario';
import type { Hit } from './text';

/**
 * The definitions live in another document: "terms not defined here have the meanings given in the
 * Purchase Agreement". "The meanings set forth in this Article I" or "in Exhibit E" are still here.
 */
export const DEFINED_ELSEWHERE =
  /\bterms?\s+(?:used\s+)?(?:herein\s+)?,?\s*(?:but\s+|and\s+)?not\s+(?:otherwise\s+)?defined\b|\bhave\s+the\s+(?:respective\s+)?meanings?\s+(?:given|set\s+forth|ascribed|assigned)\s+(?:to\s+(?:them|such\s+terms?)\s+)?(?:as\s+set\s+forth\s+)?in\s+the\s+(?!following\b)[\w\s-]{0,40}Agreement\b/i;

/**
 * The other agreement whose definitions the draft borrows, if it names one: "terms not otherwise
 * defined herein have the meanings set forth in Article I of this Agreement" (or "below") points
 * back to the draft, and so does its own title ("the Marketing Agreement" inside the form of
 * assignment attached to it).
 */
export function otherSource(ctx: Parameters<Rule>[0]): string | undefined {
  // The draft's own titles, read only once a sentence names another source: most drafts have none.
  let own: Set<string> | undefined;
  const isOwn = (name: string) => (own ??= ownNames(ctx)).has(name.toLowerCase());
  for (const s of ctx.sentences) {
    const borrowed = s.text.includes('apitali') ? BORROWED_FROM.exec(s.text)?.[1]?.replace(/\s+/g, ' ') : undefined;
    if (borrowed && !isOwn(borrowed)) return borrowed;
    if (!DEFINED_ELSEWHERE.test(s.text)) continue;
    const source = (/\bthe\s+((?:[A-Z][\w-]*\s+){1,4}Agreement)\b/.exec(s.text)?.[1] ?? '').replace(/\s+/g, ' ');
    if (source && !isOwn(source)) return source;
  }
  return undefined;
}

/**
 * "All capitalized terms shall have the meaning as defined in the Clauses of this Contract and/or in
 * Clause 2 of the Manual of the Shipper": the draft's capitalised terms are another document's, a
 * manual, tariff or indenture as much as an agreement.
 */
const BORROWED_FROM =
  /\b[Cc]apitali[sz]ed\s{1,3}terms\b[^.;]{0,60}\b[Mm]eanings?\b[^.;]{0,30}\b(?:in|by|under)\b[^.;]{0,80}?\b(?:[Tt]he|[Ii]ts)\s{1,3}((?:[A-Z][\w-]{0,30}\s{1,3}){1,3}Agreement|(?:[A-Z][\w-]{0,30}\s{1,3}){0,3}(?:Manual|Tariff|Indenture|Terms\s{1,3}and\s{1,3}Conditions)(?:\s{1,3}of\s{1,3}(?:the\s{1,3})?[A-Z][\w-]{0,30}(?:\s{1,3}of\s{1,3}[A-Z][\w-]{0,30})?)?)/;

/** The names the draft gives itself: "This Marketing Agreement", "this Software Hosting Agreement". */
function ownNames(ctx: Parameters<Rule>[0]): Set<string> {
  const out = new Set<string>();
  // exec, not matchAll: a review's code runs unoptimised, where matchAll copies the pattern each call.
  for (const s of ctx.sentences) {
    OWN_NAME.lastIndex = 0;
    for (let m = OWN_NAME.exec(s.text); m; m = OWN_NAME.exec(s.text)) out.add(m[1]!.replace(/\s+/g, ' ').toLowerCase());
  }
  return out;
}

/** "this Distributorship Agreement": the draft naming itself by its title. */
const OWN_NAME = /\b[Tt]his\s+((?:[A-Z][\w-]*\s+){1,5}Agreement)\b/g;

/**
 * A document identified by its date, its parties or a pointer: "the Escrow Agreement of even date
 * herewith", "the Mutual Release Agreement attached hereto as Exhibit B". Found from the kind of document; its title is read back from there on a short slice, so
 * the pattern never retries a long run of words.
 */
const IDENTIFIED_DOCUMENT =
  /\b(?:Agreement|Contract|Lease|Deed)\s*(?:,\s*)?(?:of\s+even\s+date|dated\b|(?:by\s+and\s+)?between\b|of\s+the\s+parties\b|entered\s+into\b|executed\b|referred\s+to\s+in\b|attached\s+(?:hereto\s+|to\s+this\s+Agreement\s+)?as\b)/g;
const TITLE_BEFORE = /(?:^|\s)((?:[A-Z][\w-]{0,40}\s+){0,5})$/;

/** A phrase that ends as a document's name does. */
const DOCUMENT_WORD_END = /\b(?:Agreement|Contract|Terms|NDA)$/;

function titleNames(title: string, name: string): boolean {
  return title === name || / (?:for|of|to) (?:the )?$/.test(title.slice(0, Math.max(0, title.indexOf(name))));
}

const ownTitle = perReview((ctx) => (titleOf(ctx.doc) ?? '').replace(/\s+/g, ' ').toLowerCase());

const identifiedCache = new WeakMap<Parameters<Rule>[0], Set<string>>();

/** Other documents the draft identifies once by date, parties or pointer: named thereafter, not defined. */
function identifiedDocuments(ctx: Parameters<Rule>[0]): Set<string> {
  let set = identifiedCache.get(ctx);
  if (!set) {
    set = new Set();
    for (const s of ctx.sentences) {
      IDENTIFIED_DOCUMENT.lastIndex = 0;
      for (let m = IDENTIFIED_DOCUMENT.exec(s.text); m; m = IDENTIFIED_DOCUMENT.exec(s.text)) {
        const kind = /^\w+/.exec(m[0])![0];
        const title = TITLE_BEFORE.exec(s.text.slice(Math.max(0, m.index - 120), m.index))?.[1] ?? '';
        set.add(`${title}${kind}`.replace(/\s+/g, ' ').toLowerCase());
      }
    }
    identifiedCache.set(ctx, set);
  }
  return set;
}

export function namesDocument(ctx: Parameters<Rule>[0], h: Hit): boolean {
  const before = h.sentence.text.slice(Math.max(0, h.index - 5), h.index);
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 80);
  if (/\bthis\s+$/i.test(before) && /\bAgreement$/.test(h.text)) return true;
  const name = h.text.replace(/\s+/g, ' ').toLowerCase();
  if (identifiedDocuments(ctx).has(name)) return true;
  // The deal the draft's title names: "this Strategic Alliance" under "Strategic Alliance Agreement".
  // Not one letter or two short of a term or a party's name: "the Franchise" for "the Franchisee" is a slip.
  if (/\b(?:this|the)\s+$/i.test(before) && dealNames(ctx).has(name) && !shortOf(ctx, name)) return true;
  // The draft's own title ("the Pilot Agreement starts" under the title "Pilot Agreement"), or the
  // document its title is for ("Cover Page for Bonterms Cloud Terms"); not the end of a longer name
  // ("Franchise Agreement" under "Master Franchise Agreement" is another document).
  if (DOCUMENT_WORD_END.test(h.text) && titleNames(ownTitle(ctx), name)) return true;
  return /^\s+and\s+(?:[A-Z][\w-]*\s+){0,3}Agreement\b/.test(after);
}

/** A title's words before its kind of document: "Corporate Sponsorship Agreement" names "Corporate Sponsorship". */
const DEAL_TITLE = /^((?:[A-Z][\w-]{0,30}\s){1,4})(?:Agreement|Contract)\b/i;

/**
 * The deal the draft's title names, and the last words of that name ("sponsorship", "corporate
 * sponsorship"), in lower case. Not a plural: "Services" under "Services Agreement" is what is
 * supplied, a term the draft should define.
 */
const dealNames = perReview((ctx: Parameters<Rule>[0]): Set<string> => {
  const out = new Set<string>();
  const titles = [ownTitle(ctx), ...ownNames(ctx)];
  for (const title of titles) {
    const words = DEAL_TITLE.exec(title.replace(/^(?:exhibit|schedule|annex)\s[\w.]{1,8}\s/i, '').replace(/\s+/g, ' '))?.[1]?.trim().split(' ') ?? [];
    if (words.length === 0 || /[^s]s$/i.test(words[words.length - 1]!)) continue;
    for (let i = 0; i < words.length; i++) out.add(words.slice(i).join(' ').toLowerCase());
  }
  return out;
});

function shortOf(ctx: Parameters<Rule>[0], name: string): boolean {
  const names = [...ctx.definitions.map((d) => d.term), ...ctx.parties.map((p) => p.shortName ?? '')];
  return names.some((n) => n.length > name.length && n.length <= name.length + 2 && n.toLowerCase().startsWith(name));
}
