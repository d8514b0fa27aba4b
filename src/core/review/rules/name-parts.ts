// Capitalised words that are part of a longer name, for the undefined-term rule: the phrase it reads
// stops at a small or lower-case word, so it sees only a piece of the name. A name cut from its head
// where the text broke before "of" ("Plan | of Reorganization"), a product written with "e-" ("the
// Professional e-Bookstore"), a term sharing its last word with the next ("the Holding Company and
// the MHC Application"), a stock market, a web page, a corporate group ("Group Villar Mir"), the head
// of a name the draft also writes with an optional plural ("each Point of Receipt" beside "the Point(s)
// of Receipt": the "(s)" shows the words make one name).
import type { ReviewContext } from '../context';
import { perReview } from '../per-review';
import { draftJoined } from '../draft-text';
import { lowerWords } from './ordinary-words';
import { isDefined, type Hit } from './text';

/** A word written with "e-" after the phrase: "Professional e-Bookstore", "Consumer e-newsletters". */
const E_WORD = /^ {1,3}e-[A-Za-z]/;
/** Another term after "and" or "or", whose last word the phrase shares: "the Holding Company and the MHC Application". */
const SHARED_HEAD = /^,? (?:and|or|&) (?:the )?(?:[A-Z][\w-]{0,30} ){0,3}([A-Z][\w-]{0,30})\b/;
/** Stock markets and exchanges, named: "the Nasdaq Global Market", "the New York Stock Exchange". */
const MARKET = /^(?:Nasdaq|NASDAQ|NYSE)\b|\bStock\s(?:Exchange|Market)$/;
/** Pages of the web, capitalised as often as not: "any Home Page", "the World Wide Web". */
const WEB = /^(?:Home\s?Pages?|World\sWide\sWeb)$/;
/** The word that names a corporate group: "Group Villar Mir", "the Halden Group", "Tallis Holdings". */
const GROUP_WORD = /^(?:Group|Holdings)$/;

/**
 * What each group name asked was found to be, once per review: the test reads the whole draft, and
 * the rule asks it of every use of the phrase.
 */
const groupNames = perReview(() => new Map<string, boolean>());
/** Whether the draft writes an optional plural before "of" at all: most drafts never do, and then no use needs the search. */
const pluralOf = perReview((ctx) => draftJoined(ctx).includes('(s) of '));

/**
 * A corporate group named by its own words: every word but "Group" or "Holdings" is one the draft
 * never writes in lower case. "the Service Group" is still a term: "service" is an ordinary word.
 */
function groupName(ctx: ReviewContext, phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.length < 2 || !words.some((w) => GROUP_WORD.test(w))) return false;
  const known = groupNames(ctx);
  let found = known.get(phrase);
  if (found === undefined) {
    const own = new Set(words.filter((w) => !GROUP_WORD.test(w)).map((w) => w.toLowerCase()));
    const text = draftJoined(ctx);
    // A word the text never holds, in any place, it never writes as a word: a native search first.
    known.set(phrase, (found = ![...own].some((w) => text.includes(w)) || lowerWords(text, own).size === 0));
  }
  return found;
}

/** A role a party goes by ("Distributor"): after "of" it names that party, not the end of a name. */
const ROLE = /^[A-Z][a-z]+(?:er|or|ee|ant|ist|ient|gent)s?$/;

/**
 * A filing the arbitral rules name, "the Request for Arbitration", "its Answer to the Request", "the
 * Notice of Arbitration", and "the Request" alone once the draft has named it: the institution's rules
 * define them, not the agreement.
 */
const FILING = /^(?:Request|Notice|Answer|Response|Reply)$/;
const FILING_AFTER = /^\s{1,3}(?:(?:for|of)\s{1,3}Arbitration\b|to\s{1,3}(?:the\s{1,3})?(?:Request|Notice)\b)/;

export function partOfName(ctx: ReviewContext, h: Hit, phrase: string): boolean {
  if (MARKET.test(phrase) || WEB.test(phrase) || groupName(ctx, phrase)) return true;
  const after = h.sentence.text.slice(h.index + h.text.length, h.index + h.text.length + 60);
  if (E_WORD.test(after) || (FILING.test(phrase) && (FILING_AFTER.test(after) || /\b(?:Request|Notice) (?:for|of) Arbitration\b/.test(draftJoined(ctx))))) return true;
  // "of Reorganization" opening a sentence: the text broke after "Plan", and the name's head is lost.
  if (/^\s{0,3}(?:of|for)\s+$/.test(h.sentence.text.slice(0, h.index)) && !ROLE.test(phrase)) return true;
  const of = /^ of ([A-Z][\w-]{0,30})/.exec(after)?.[1];
  if (of && pluralOf(ctx) && draftJoined(ctx).includes(`${phrase}(s) of ${of}`)) return true;
  const last = SHARED_HEAD.exec(after)?.[1];
  return last !== undefined && !phrase.endsWith(last) && isDefined(ctx, `${phrase} ${last}`);
}

