import type { Rule, Sentence } from '../context';
import { nothingToDevelop } from './unmakeable-info';
import { aboutProperty } from './property-info';
import { finding } from './finding';
import { COMPELLED } from './compelled-words';
import { weDisclose, weReceive } from './flow';
import { groupedEvidence, hits, hitsWhere, isDefined, quote, type Hit } from './text';
import { saleCovenant } from './sale-covenant';
import { namesTechnology } from './missing';
import { exceptionsFreeOnlyThem } from './exceptions-receiver';
import { dutyBindsOnlyThem } from './duty-binds';
import { anniversaryEnds, cutPeriods, engagementEnds, lapsedExceptions } from './confidentiality-ends';
import { englishPeriods, shortBesideTradeSecrets } from './short-beside-trade-secrets';
import { confidentialSubject } from './confidential-subject';
import { keptElsewhere } from './confidentiality-elsewhere';
import { anyMatching } from './sentence-gate';

// Protection that depends on a label: "identified as confidential", "designated as proprietary … with
// a conspicuous stamp or legend", "marked 'Confidential'", oral disclosures "confirmed in writing".
// Not people "identified to receive" or "designated to have access to" the information.
const MARKING =
  /\b(?:marked|labell?ed|designated|identified|stamped|legended)\b(?!\s+to\b)(?:[^.;]{0,60}?\b(?:as|with)\b)?[^.;]{0,40}?\b(?:confidential|proprietary|secret)\b|\b(?:stamp|legend)\b/gi;
// What makes a marking rule a condition of protection rather than a courtesy.
const CONDITION =
  /\b(?:means?|includ\w*|only|provided\s+that|if|must|shall\s+be|to\s+the\s+extent|which\s+(?:is|are)|that\s+(?:is|are)|in\s+order\s+to|following)\b|\b(?:all|any)\s+(?:such\s+)?information\s+(?:so\s+)?(?:marked|designated|identified|labell?ed)\b/i;
// The catch-all that protects unmarked information too: "whether or not marked", "that, given the
// nature of the information, reasonably should be considered confidential", "even if it is not
// designated as Confidential", marking as one way "or otherwise treating such information as confidential",
// or beside "or clearly intended to be disclosed in confidence", or "or the recipient knew, or
// reasonably should have known, was the confidential information of the discloser".
const CATCH_ALL =
  /\b(?:knew,?\s+or\s+(?:\w+\s+){0,2}?(?:should|ought\s+to)\s+have\s+known|reasonabl[ey]\s+(?:be\s+)?(?:understood|expected|considered|deemed|regarded|known)|reasonable\s+person\s+(?:would|should)\s+(?:understand|consider|regard)|ought\s+reasonably|should\s+reasonably|(?:by|given)\s+(?:its|their)\s+(?:very\s+)?nature|whether\s+or\s+not\s+(?:(?:it\s+is|they\s+are|so)\s+)?(?:marked|designated|identified|labell?ed)|(?:regardless|irrespective)\s+of\s+(?:whether|any)\s+(?:\w+\s+){0,4}?(?:mark|designat|identif)\w*|need\s+not\s+be\s+marked|reasonably\s+(?:should|would|ought\s+to)\s+(?:\S+\s+)?be\s+(?:understood|considered|regarded|deemed|treated|known)|given\s+the\s+nature\s+of\s+the\s+information|circumstances\s+(?:surrounding|of)\s+(?:its|the|their)\s+disclosure|even\s+(?:if|when|though)\s+(?:\w+\s+){0,4}?not\s+(?:\w+\s+)?(?:marked|designated|identified|labell?ed)|or\s+(?:\([a-z\d]{1,4}\)\s+)?otherwise\s+treat\w*\s+(?:\w+\s+){0,3}?as\s+(?:confidential|proprietary|secret)|or\s+(?:\w+\s+){0,2}?intended\s+(?:by\s+(?:\w+\s+){1,3})?to\s+be\s+(?:(?:disclosed|imparted|given|provided)\s+in\s+confidence|(?:kept\s+)?(?:confidential|proprietary|secret)))\b/i;

// "should reasonably have been understood … because of appropriate legends" still asks for a label.
const LABEL = /\b(?:legends?|mark\w*|stamps?|label\w*|annotat\w*|designat\w*)\b/i;

function protectsUnmarked(text: string): boolean {
  const m = CATCH_ALL.exec(text);
  return m !== null && !LABEL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 100));
}

/** A filing's note on what was redacted from it ("certain identified information has been excluded from this exhibit"), not a term. */
const FILING_LEGEND = /\b(?:exhibit|securities\s+and\s+exchange\s+commission|regulation\s+s-k|confidential\s+treatment)\b/i;
/** Marked information as one more item of a list of kinds protected anyway: "includes software, pricing … or other information marked confidential". */
const ONE_MORE_KIND = /\b(?:or|and)\s+(?:any\s+)?(?:other\s+)?(?:\w+\s+){0,2}?(?:information|data|materials?)\b[^.;]{0,30}$/i;

const FIRST_MARKING = new RegExp(MARKING.source, 'i');

/** The marking asked of copies, "each copy will be marked with the same proprietary notices": a duty on the recipient, not what is protected. */
const COPIES_MARKED = /\b(?:cop(?:y|ies)|reproductions?|extracts?)\b(?:\s+\w+){0,4}\s*$/i;

/** Judged at the sentence's first marking words: "marked with a … legend" is one condition, not two. */
function oneMoreKind(s: Sentence): boolean {
  const first = FIRST_MARKING.exec(s.text);
  if (!first) return false;
  const before = s.text.slice(0, first.index);
  const list = /\b(?:includ\w*|means)\b/i.exec(before);
  return !!list && (before.slice(list.index).match(/,/g) ?? []).length >= 2 && ONE_MORE_KIND.test(before.slice(-100));
}

/**
 * Only marked information is protected, and we disclose: drawings, samples and talks go unlabelled.
 * A data set protected only where marked ("Confidential Data means data … marked with a legend") is the same.
 */
export const markedOnly: Rule = (ctx) => {
  if (!weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  if (ctx.sentences.some((s) => protectsUnmarked(s.text))) return [];
  const found = hits(
    ctx,
    MARKING,
    (h) =>
      /\b(?:information|data)\b/i.test(h.sentence.text) &&
      CONDITION.test(h.sentence.text) &&
      !FILING_LEGEND.test(h.sentence.text) &&
      !COPIES_MARKED.test(h.sentence.text.slice(Math.max(0, h.index - 40), h.index)) &&
      !oneMoreKind(h.sentence),
  );
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.marked-only', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};

// The usual exceptions to confidentiality, as contracts list them.
export const EXCEPTION =
  /\b(?:public(?:ly)?\s+(?:known|available)|public\s+(?:domain|knowledge)|common\s+knowledge|generally\s+(?:known|available)|already\s+(?:known|in\s+(?:its|the\s+\w+['’]s)\s+possession)|in\s+(?:its|the\s+\w+['’]s)\s+possession|(?:lawfully|rightfully)\s+(?:obtained|received)|from\s+a\s+third\s+party)\b/gi;
/** The exceptions for what everyone knows, as against what the recipient itself had or was given. */
const PUBLIC = /^(?:public|generally|common)/i;
// Any other exception, however worded, read broadly (a doubt leaves the milder point): "in the lawful
// possession of", "known to the Recipient before", "came to its attention prior to disclosure",
// "received from a third party", "from a source other than", "obtained lawfully", "independent".
const OTHER_EXCEPTION =
  /\bpossession\b|\b(?:already|previously)\s+known\b|\bknown\s+(?:to|by)\b|\bprior\s+(?:knowledge|to)\b|\bbefore\s+(?:the\s+|its\s+|such\s+)?(?:disclosure|receipt)\b|\b(?:from|by)\s+(?:a\s+|any\s+)?third\s+part(?:y|ies)\b|\breceived\s+from\b|\bsources?\b|\b(?:lawfully|rightfully|legitimately)\b|\bindependent/i;
/** The exception is one to the duty of confidence, not a warranty's "except material in the public domain". */
const ABOUT_SECRECY = /\b(?:information|confidential\w*|secre(?:t|cy)|obligations?|restrictions?|undertaking)\b/i;
// What opens a list of exceptions: "shall not apply to information which", "does not include".
const EXCEPTIONS_INTRO =
  /\b(?:(?:shall|will|do|does)\s+not(?:,\s*\w+,)?\s+(?:apply|include|extend|cover)|not\s+(?:be\s+)?(?:deemed|considered|treated\s+as)\s+confidential|exclud\w*|except\w*|other\s+than|no\s+obligation)\b/i;

/** Sentences that list exceptions, or follow close after the words that open the list; one pass. */
export function exceptionSentences(ctx: Parameters<Rule>[0]): Set<Sentence> {
  const out = new Set<Sentence>();
  let since = Infinity;
  for (const s of ctx.sentences) {
    since = EXCEPTIONS_INTRO.test(s.text) ? 0 : since + 1;
    if (since <= 3) out.add(s);
  }
  return out;
}

// "independently developed", "developed … independently" (farther apart after "by": "has been developed
// by or for the Recipient at any time independently of the information"), "created by the Tester
// independent of any contact with the Vendor", and the exception that says how instead:
// "is developed by the Receiving Party without reference to the Confidential Information".
export const INDEPENDENT =
  /\bindependent(?:ly)?\s+(?:\w+\s+){0,2}?(?:develop|creat|conceiv|deriv|generat)\w*|\b(?:develop|creat|discover|conceiv)\w*\s+by\s+(?:[\w'’]+\s+){1,4}?independent(?:ly)?\s+of\b|\bdevelop\w*\s+(?:\w+\s+){0,3}?independently\b|\bdevelop\w*\s+by\s+(?:\w+\s+){1,7}?independently\b|\bdevelop\w*\s+(?:by\s+(?:\w+['’]?s?\s+){1,4})?without\s+(?:the\s+)?(?:use\s+of|reference\s+to|access\s+to|reliance\s+(?:on|upon)|benefit\s+of|recourse\s+to)\b/i;

// What a draft calls the information it protects: "Confidential Information", "Proprietary
// Information", "Evaluation Material", "Company Confidential Information", "Confidential Material".
const PROTECTED_TERM = /^(?:[a-z]+\s+){0,2}?(?:confidential|proprietary|evaluation|protected)\s+(?:information|materials?|data)$/i;

export function definesProtected(ctx: Parameters<Rule>[0]): boolean {
  return isDefined(ctx, 'Confidential Information') || ctx.definitions.some((d) => PROTECTED_TERM.test(d.term.trim()));
}

const TRADE_DEALS: ReadonlySet<string> = new Set(['technology-license', 'exclusive-partnership']);

/**
 * We receive, and the exceptions leave out what we develop ourselves: our own engineers' work on
 * similar technology can be claimed as built on their information.
 */
export const noIndependentDevelopment: Rule = (ctx) => {
  if (!weReceive(ctx) || !ctx.topics.confidentiality.present || saleCovenant(ctx)) return [];
  if (anyMatching(ctx.sentences, INDEPENDENT) || nothingToDevelop(ctx) || aboutProperty(ctx)) return [];
  // Confidentiality governed by a separate agreement carries its exceptions there (that it lies elsewhere is its own, low point).
  if (keptElsewhere(ctx)) return [];
  // A licence or distribution whose text names no technology is a deal in a name, content or goods (an
  // endorsement, a brand licence): nothing we could build would look like theirs, so business
  // information alone does not call for the exception. Development and testing work on technology by nature.
  if (TRADE_DEALS.has(ctx.scenario ?? '') && !namesTechnology(ctx.sentences)) return [];
  const lists = exceptionSentences(ctx);
  // Exceptions that free only the other side belong to a duty that binds only them.
  if (exceptionsFreeOnlyThem(ctx, lists)) return [];
  // A duty of confidence on them alone: an exception for independent work would only loosen what protects us.
  if (dutyBindsOnlyThem(ctx, lists)) return [];
  const listed = hits(ctx, EXCEPTION, (h) => lists.has(h.sentence));
  if (listed.length > 0) {
    // Public information the only way out: nothing for what we had, receive from others or build.
    const publicOnly = listed.every((h) => PUBLIC.test(h.match[0]) && ABOUT_SECRECY.test(h.sentence.text)) && ![...lists].some((s) => OTHER_EXCEPTION.test(s.text));
    return [
      finding(ctx, {
        rule: 'one-sided.no-independent-development',
        ...(publicOnly ? { key: 'one-sided.public-only-exception' } : {}),
        topic: 'confidentiality',
        // The confidentiality clause carries the exceptions; the disclosure procedure does not.
        fixClause: 'confidentiality',
        // Public information alone is little more than no exception at all.
        severity: publicOnly ? 'high' : 'medium',
        kind: 'one-sided',
        // The end of each list, where the missing exception belongs.
        evidence: groupedEvidence([...listed].reverse()).reverse(),
      }),
    ];
  }
  // No exception at all: even public information is bound. Only where the draft defines what it
  // protects, so a passing mention of confidentiality is not read as the whole duty.
  // Disclosure the law requires may be the one way out; the point then says so and asks for the rest.
  const key = ctx.sentences.some((x) => COMPELLED.test(x.text)) ? 'one-sided.no-exceptions-but-law' : 'one-sided.no-exceptions';
  const noExceptions = (severity: 'medium' | 'high', s: Sentence | undefined) => [
    finding(ctx, {
      rule: 'one-sided.no-independent-development',
      key,
      topic: 'confidentiality',
      fixClause: 'confidentiality',
      severity,
      kind: 'one-sided',
      evidence: s ? [quote(s)] : [],
    }),
  ];
  if (!definesProtected(ctx)) {
    // A draft that protects a thing it defines ("maintain the Software in confidence") binds it with no way out: medium.
    const subject = confidentialSubject(ctx);
    return subject ? noExceptions('medium', subject) : [];
  }
  const duty = ctx.topics.confidentiality.evidence[0];
  return noExceptions('high', duty && ctx.sentences.find((x) => x.paragraph === duty.paragraph && x.start === duty.start));
};

// What ties independent development to not using the discloser's information: "without use of or
// reference to", "without the aid, application or use of", "not acquired directly or indirectly from",
// "without violation of any obligation" ("without violating any obligations under this agreement"),
// "without the developing person(s) having access to", "independently of the disclosure", or proof the recipient
// must give from its records ("as shown by the receiving Party's written records").
const UNTAINTED =
  /\bwithout\s+(?:the\s+)?(?:any\s+)?(?:use|using|reference|referencing|access|reliance|benefit|recourse|aid|application|breach\w*|violat\w*|relying|utili[sz]\w*|knowledge)\b|\bnot\s+(?:\w+\s+){0,2}?(?:acquired|derived|obtained|based\s+(?:on|upon)|resulting\s+from|using)\b|\bindependent(?:ly)?\s+of\s+(?:the\s+|any\s+)?(?:disclos\w+|confidential|information|evaluation|receipt|involvement)|\bwho\s+(?:had|have)\s+(?:had\s+)?no\s+access\b|\bwithout\s+(?:\w+(?:\(s\))?\s+){1,4}?having\s+(?:had\s+)?(?:access\s+to|used)\b|\b(?:shown|evidenced|demonstrated|proven|proved|documented)\s+by\s+(?:[\w'’]+\s+){0,4}?(?:records|documentation|evidence|files)\b/i;
// Where one item of a list of exceptions begins or ends: "; (d) ", ", (e) ", "3.2 ".
const ITEM_EDGE = /;|,?\s\(?[a-z\d]{1,4}\)\s|\s\d\.\d\s/gi;

/** The list item around an exception, and the next sentence when the item ends the sentence. */
export function itemAround(ctx: Parameters<Rule>[0], h: Hit): string {
  const text = h.sentence.text;
  let start = 0;
  let end = text.length;
  ITEM_EDGE.lastIndex = 0;
  for (let m = ITEM_EDGE.exec(text); m; m = ITEM_EDGE.exec(text)) {
    if (m.index + m[0].length <= h.index) start = m.index + m[0].length;
    else if (m.index > h.index) {
      end = m.index;
      break;
    }
  }
  const next = end === text.length ? ` ${ctx.sentences[ctx.sentences.indexOf(h.sentence) + 1]?.text ?? ''}` : '';
  return text.slice(start, end) + next;
}

/**
 * We disclose, and the exception frees anything the recipient "independently developed", with
 * nothing to say it was developed without our information: the recipient's own word that a product
 * was independent then settles it.
 */
export const looseIndependentDevelopment: Rule = (ctx) => {
  // An NDA's point: in a development deal the exceptions sit beside terms on who owns what is built.
  if (ctx.scenario !== 'pre-deal-disclosure' || !weDisclose(ctx) || !ctx.topics.confidentiality.present || saleCovenant(ctx)) return [];
  const found = hits(ctx, new RegExp(INDEPENDENT.source, 'gi'), (h) => !UNTAINTED.test(itemAround(ctx, h)));
  if (found.length === 0) return [];
  return [
    finding(ctx, { rule: 'one-sided.loose-independent-development', topic: 'confidentiality', severity: 'medium', kind: 'one-sided', noFix: true, evidence: groupedEvidence(found) }),
  ];
};

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
// "for five (5) years", "a period of 3 years", "two years after termination".
// "3 (three) years" puts the word in brackets; the figure before it counts then.
const YEARS = /\b(?:(\d{1,2})|(one|two|three|four|five|six|seven|eight|nine|ten))(?:\s*\((?:(\d{1,2})|[a-z]{3,5})\))?\s*(?:-\s*)?years?\b/gi;
/** What YEARS cannot match without: it runs only on the sentences that have it. */
const YEAR_WORD = /year/i;
const CONFIDENTIAL_DUTY = /\b(?:confidential\w*|non-?disclosure|secrecy|non-?use)\b/i;
const LASTS = /\b(?:remain\w*\s+in\s+(?:full\s+)?(?:force|effect)|surviv\w*|continu\w*|expir\w*|terminat\w*|last\w*|period\s+of|for\s+(?:a\s+)?(?:term|period)|after|from\s+the\s+(?:date|end))\b/i;
// The period written as the duty's own length: "keep confidential … for two (2) years".
const FOR_A_PERIOD = /\bfor\s+(?:a\s+(?:total\s+)?(?:term|period)\s+of\s+)?$/i;
// Trade secrets kept secret for as long as they stay secret: the usual answer to a fixed period.
const TRADE_SECRET_TAIL = /\btrade\s+secrets?\b[^.;]{0,160}\b(?:so\s+long\s+as|as\s+long\s+as|until|remains?\s+a\s+trade\s+secret|for\s+the\s+(?:longer|duration)|perpetual(?:ly)?|in\s+perpetuity|for\s+ever|forever)\b|\bso\s+long\s+as\b[^.;]{0,80}\b(?:remains?|is)\s+(?:confidential|secret|a\s+trade\s+secret)\b/i;
/** A fixed period this short ends protection while know-how is still worth protecting. */
const SHORT_YEARS = 5;

const yearsOf = (m: RegExpMatchArray) => Number(m[3] ?? m[1] ?? WORD_NUMBERS.indexOf((m[2] ?? '').toLowerCase()));

// In a confidentiality agreement the agreement's own end is the duty's end, unless a sentence makes the
// duty outlast it: "This Agreement shall remain in full force and effect until the earliest of: (a) one
// (1) year after the termination of the business relationship".
// "This Agreement and the obligations of the parties hereunder shall terminate", "The term of this
// Agreement shall be from the date above until three (3) years after disclosure".
// "This Agreement shall, except as otherwise set forth herein, cease to be effective two years after the date hereof".
const AGREEMENT_LASTS =
  /\b(?:this|the)\s+agreement(?:\s+and\s+(?:the|all)\s+obligations\b[^.;]{0,80}?)?\s+(?:shall|will)(?:,[^,.;]{1,80},)?\s+(?:(?:remain|continue|be)\s+in\s+(?:full\s+)?(?:force|effect)|terminate|expire|cease\s+to\s+(?:be\s+effective|be\s+in\s+(?:full\s+)?(?:force|effect)|have\s+(?:any\s+)?effect))\b|\bthe\s+term\s+of\s+this\s+agreement\s+(?:shall|will)\s+(?:be|run|end|expire)\b/i;
// A term counted in days, weeks or months from an event: "twenty (20) days from the date of the meeting"
// (not a notice period, which is "days' notice").
const SHORT_SPAN =
  /\b(?:(\d{1,3})|(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety))(?:\s*\((\d{1,3})\))?\s*(?:-\s*)?(days?|weeks?|months?)\s+(?:from|after|following)\b/gi;
const SPAN_WORDS: Record<string, number> = { twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90 };
const spanOf = (m: RegExpMatchArray) => Number(m[3] ?? m[1] ?? SPAN_WORDS[(m[2] ?? '').toLowerCase()] ?? WORD_NUMBERS.indexOf((m[2] ?? '').toLowerCase()));
const OUTLASTS = /\b(?:surviv\w*|perpetu\w*|indefinite\w*|without\s+limit\w*|so\s+long\s+as|continu\w*\s+(?:for|after|beyond|until))\b/i;
const DUTY_WORDS = /\b(?:confidential\w*|obligations?|non-?disclosure|secrecy)\b/i;
const ONE_YEARS = new RegExp(YEARS.source, 'i');

function agreementTermOnly(ctx: Parameters<Rule>[0]): Hit[] {
  const { sentences } = ctx;
  const term = new Set<Sentence>();
  sentences.forEach((s, i) => {
    if (!AGREEMENT_LASTS.test(s.text) || OUTLASTS.test(s.text)) return;
    term.add(s);
    // A lead-in ending in a colon: the period is in the item after it.
    const next = sentences[i + 1];
    if (/:\s*$/.test(s.text) && next && !OUTLASTS.test(next.text)) term.add(next);
  });
  if (term.size === 0) return [];
  // Any other statement of how long the duty lasts is the duty's own length (a heading is not).
  const ownLength = sentences.some((s) => !term.has(s) && s.text.split(/\s+/).length >= 6 && DUTY_WORDS.test(s.text) && (OUTLASTS.test(s.text) || ONE_YEARS.test(s.text)));
  if (ownLength) return [];
  const within = { ...ctx, sentences: [...term] };
  return [
    ...hits(within, YEARS, (h) => yearsOf(h.match) > 0 && yearsOf(h.match) <= SHORT_YEARS),
    ...hits(within, SHORT_SPAN, (h) => spanOf(h.match) > 0 && (!/^month/i.test(h.match[4] ?? '') || spanOf(h.match) <= 12 * SHORT_YEARS)),
  ];
}

// "provided that all Confidential Information shall continue to be subject to the terms of this
// Agreement after the termination": the agreement ends, the duty does not.
const STILL_BOUND =
  /\b(?:shall|will)\s+(?:continue\s+to\s+be|remain)\s+subject\s+to\s+(?:the\s+(?:terms|provisions)\s+of\s+)?this\s+agreement\s+(?:after|following|notwithstanding|beyond)\b[^.;]*/i;
const stillBound = (text: string) => {
  const m = STILL_BOUND.exec(text);
  return m !== null && !ONE_YEARS.test(m[0]) && !/\b(?:days?|weeks?|months?)\b/i.test(m[0]);
};
// The duty's own length in months: "shall continue for a period of eighteen (18) months following".
const DUTY_RUNS = /\b(?:surviv\w*|continu\w*|remain\w*|last\w*|in\s+(?:force|effect))\b/i;

/** Confidentiality ends after a few years, and we disclose know-how that stays valuable longer. */
export const shortConfidentiality: Rule = (ctx) => {
  if (!weDisclose(ctx) || !ctx.topics.confidentiality.present) return [];
  if (ctx.sentences.some((s) => stillBound(s.text))) return [];
  // The periods in years, read once for the stated length and the lapsed exception below.
  const periods = hitsWhere(ctx, YEAR_WORD, YEARS);
  const stated = periods.filter((h) => {
    const n = yearsOf(h.match);
    const text = h.sentence.text;
    const lasts = LASTS.test(text) || FOR_A_PERIOD.test(text.slice(Math.max(0, h.index - 40), h.index));
    return n > 0 && n <= SHORT_YEARS && CONFIDENTIAL_DUTY.test(text) && lasts;
  });
  // Trade secrets kept as long as they stay secret: only a period under three years for the rest is a point (short-beside-trade-secrets.ts).
  if (anyMatching(ctx.sentences, TRADE_SECRET_TAIL)) return shortBesideTradeSecrets(ctx, englishPeriods(ctx, stated.map((hit) => ({ hit, years: yearsOf(hit.match) }))));
  stated.push(
    ...hits(ctx, SHORT_SPAN, (h) => {
      const n = spanOf(h.match);
      const text = h.sentence.text;
      const before = text.slice(Math.max(0, h.index - 40), h.index);
      return /^month/i.test(h.match[4] ?? '') && n > 0 && n <= 12 * SHORT_YEARS && /\b(?:for|period\s+of)\s+$/i.test(before) && CONFIDENTIAL_DUTY.test(text) && DUTY_RUNS.test(text);
    }),
  );
  stated.push(...anniversaryEnds(ctx), ...lapsedExceptions(periods, exceptionSentences(ctx)).filter((h) => yearsOf(h.match) > 0 && yearsOf(h.match) <= SHORT_YEARS), ...cutPeriods(ctx, 12 * SHORT_YEARS));
  const found = stated.length > 0 || ctx.scenario !== 'pre-deal-disclosure' ? stated : agreementTermOnly(ctx);
  // A duty that lasts only while the other side works for us: it ends the day the engagement does.
  const whileEngaged = found.length === 0 ? engagementEnds(ctx) : [];
  if (whileEngaged.length > 0)
    return [
      finding(ctx, { rule: 'one-sided.short-confidentiality', key: 'one-sided.short-confidentiality.engagement', topic: 'confidentiality', fixClause: 'confidentiality', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(whileEngaged) }),
    ];
  if (found.length === 0) return [];
  // Facts about a property on offer go stale with its sale: a short tail is the usual term there, a point to note.
  const severity = aboutProperty(ctx) ? 'low' : 'medium';
  // Fixed by the confidentiality clause, which states how long the duty lasts, not by a disclosure procedure on the same topic.
  return [finding(ctx, { rule: 'one-sided.short-confidentiality', topic: 'confidentiality', fixClause: 'confidentiality', severity, kind: 'one-sided', evidence: groupedEvidence(found) })];
};
