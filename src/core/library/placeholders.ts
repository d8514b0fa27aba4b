import { t, type Locale } from '../i18n';

/**
 * The placeholders clause and definition text may use. The builder fills every one of them; any
 * other `{{...}}` in the library is a validation error. `{{ref:CLAUSE-ID}}` names another clause's
 * section and `{{schedule:SCHEDULE-ID}}` a schedule (library.yaml `agreement.schedules`), both
 * numbered when the terms are built.
 */
export const PLACEHOLDERS = [
  'A', // short name of the side that shares technology, samples or information (first role)
  'B', // short name of the other side
  'purpose', // the stated purpose of the exchange
  'samples', // what the samples or materials are
  'field', // field of use
  'products', // products covered by exclusivity or a licence
  'customers', // the customers an exclusivity covers, when it is limited to some
  'territory', // the territory as defined, including the answer to the China question
  'termMonths',
  'exclusivityMonths',
  'minimumQuantity',
  'returnDays',
  'survivalYears',
  'governingLaw', // e.g. "the laws of the State of New York"
  'forum', // the courts or arbitral institution, with its rules
  'arbitrationCommission', // the arbitration commission of a domestic arbitration clause: no answer names it, so always a blank
  'royaltyPercent',
  'liabilityCap', // the amount, with its currency, that caps each party's liability
  'sellOffDays', // the days after a licence ends to sell finished stock: only in a fix, so always a blank
] as const;

export type PlaceholderName = (typeof PLACEHOLDERS)[number];

/**
 * How an answer nobody has given reads in a clause proposed as a fix to someone else's draft, so
 * counsel sees a blank to complete rather than no clause at all ("within [number of days] days"),
 * in the user's language. Built terms use it only for a liability cap nobody stated.
 */
export function blankFor(name: PlaceholderName, locale: Locale = 'en'): string {
  return t(locale, `fix.blank.${name}`);
}

export function isPlaceholder(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Every `{{...}}` in a text, in order. */
const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const REF = /^ref:([a-z0-9-]+)$/;
const SCHEDULE = /^schedule:([a-z0-9-]+)$/;

export type Token =
  | { kind: 'value'; name: PlaceholderName; raw: string }
  | { kind: 'ref'; clause: string; raw: string }
  | { kind: 'schedule'; schedule: string; raw: string }
  | { kind: 'unknown'; name: string; raw: string };

export function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const inner = m[1] ?? '';
    const ref = REF.exec(inner);
    const schedule = SCHEDULE.exec(inner);
    if (ref) out.push({ kind: 'ref', clause: ref[1] ?? '', raw: m[0] });
    else if (schedule) out.push({ kind: 'schedule', schedule: schedule[1] ?? '', raw: m[0] });
    else if (isPlaceholder(inner)) out.push({ kind: 'value', name: inner, raw: m[0] });
    else out.push({ kind: 'unknown', name: inner, raw: m[0] });
  }
  return out;
}

/** Replace each `{{...}}` with what `fill` returns for it. */
export function fillTokens(text: string, fill: (token: Token) => string): string {
  return text.replace(TOKEN, (raw) => {
    const [token] = tokensOf(raw);
    return token ? fill(token) : raw;
  });
}

/** True when text still holds anything that looks like a placeholder. */
export function hasUnfilled(text: string): boolean {
  return /\{\{|\}\}/.test(text);
}
