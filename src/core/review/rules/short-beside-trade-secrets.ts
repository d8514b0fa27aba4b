import type { ReviewContext, RuleFinding } from '../context';
import { finding } from './finding';
import { groupedEvidence, hitsWhere, type Hit } from './text';

/**
 * Trade secrets protected while they stay secret do not make any fixed period enough for the rest.
 * What we disclose beyond trade secrets (test data, designs, process settings, plans) is ours to
 * protect only by contract: it may not meet the test for a trade secret, or we may be unable to
 * prove it does. A period of one year frees it within months of the last disclosure, often before
 * the evaluation or the negotiation ends, and a confidentiality term that short is itself evidence
 * against the reasonable secrecy measures a trade secret needs. One year counted from the end of
 * the deal, or two years, is short, a point to note; three years or more with trade secrets
 * protected longer is what we accept.
 */
const ACCEPTED_YEARS = 3;
/** The period counted from the deal's end, not from each disclosure: "one (1) year after termination". */
const AFTER_END = /^[^.;]{0,40}?\b(?:after|following|from|beyond)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:terminat\w*|expir\w*|end)\b/i;

// A period in months weighs as its years do: "eighteen (18) months", "24 months", "twenty-four months".
const MONTHS =
  /\b(?:(\d{1,3})|(one|two|three|four|six|nine|twelve|fifteen|eighteen|twenty(?:[\s-]four)?|thirty(?:[\s-]six)?|forty(?:[\s-]eight)?|sixty))(?:\s*\((\d{1,3})\))?\s*(?:-\s*)?months?\b(?!['’])/gi;
const MONTH_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, six: 6, nine: 9, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, twentyfour: 24, thirty: 30, thirtysix: 36, forty: 40, fortyeight: 48, sixty: 60 };
const monthsOf = (m: RegExpMatchArray): number => Number(m[3] ?? m[1] ?? MONTH_WORDS[(m[2] ?? '').toLowerCase().replace(/[\s-]/g, '')] ?? 0);
/** The months are the duty's own length: "continue for a period of", "expire", "until"; not "within" a deadline. */
const LENGTH_BEFORE = /\b(?:for|period\s+of|term\s+of|expir\w*|end\w*|terminat\w*|laps\w*|until)\s+(?:a\s+(?:total\s+)?(?:term|period)\s+of\s+)?(?:the\s+)?$/i;
const DUTY = /\b(?:confidential\w*|non-?disclosure|secrecy|non-?use)\b/i;
const RUNS = /\b(?:surviv\w*|continu\w*|remain\w*|last\w*|in\s+(?:force|effect)|expir\w*|terminat\w*|period)\b/i;
/** A restraint with its own months (not soliciting staff, not competing) is no length of confidentiality. */
const OTHER_RESTRAINT = /\b(?:solicit\w*|hire|employ\w*|compet\w*|exclusiv\w*)\b/i;

/** How far around a figure its clause is read, before and after, in characters. */
const CLAUSE_BEFORE = 150;
const CLAUSE_AFTER = 100;

/** The words around [from, to) up to a semicolon or colon on either side, within a clause's reach. */
function ownClause(text: string, from: number, to: number): string {
  const before = text.slice(Math.max(0, from - CLAUSE_BEFORE), from);
  const after = text.slice(to, to + CLAUSE_AFTER);
  return `${before.slice(before.search(/[^;:]*$/))}${text.slice(from, to)}${after.split(/[;:]/)[0]}`;
}

/** A stated period of confidentiality: its length in years, and whether it runs from the deal's end. */
export interface Period {
  hit: Hit;
  years: number;
  afterEnd: boolean;
}

/** The English periods: those stated in years (read by the caller) and in months, each with where it runs from. */
export function englishPeriods(ctx: ReviewContext, years: readonly { hit: Hit; years: number }[]): Period[] {
  const months = hitsWhere(ctx, /month/i, MONTHS, (h) => {
    const text = h.sentence.text;
    // The duty and its run are read in the figure's own clause: a long sentence may hold a right of first refusal beside it.
    const clause = ownClause(text, h.index, h.index + h.text.length);
    return monthsOf(h.match) > 0 && LENGTH_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index)) && DUTY.test(clause) && RUNS.test(clause) && !OTHER_RESTRAINT.test(clause);
  }).map((hit) => ({ hit, years: monthsOf(hit.match) / 12 }));
  return [...years, ...months].map((p) => ({ ...p, afterEnd: AFTER_END.test(p.hit.sentence.text.slice(p.hit.index + p.hit.text.length)) }));
}

/**
 * The short periods of a confidentiality duty whose trade secrets last longer, weighed by how short
 * they are; the same scale for an English and a Chinese draft.
 */
export function shortBesideTradeSecrets(ctx: ReviewContext, periods: readonly Period[]): RuleFinding[] {
  const short = periods.filter((p) => p.years < ACCEPTED_YEARS);
  if (short.length === 0) return [];
  const fromDisclosure = short.some((p) => p.years <= 1 && !p.afterEnd);
  return [
    finding(ctx, {
      rule: 'one-sided.short-confidentiality',
      key: 'one-sided.short-confidentiality.trade-secrets',
      topic: 'confidentiality',
      fixClause: 'confidentiality',
      severity: fromDisclosure ? 'medium' : 'low',
      kind: 'one-sided',
      evidence: groupedEvidence(short.map((p) => p.hit)),
    }),
  ];
}
