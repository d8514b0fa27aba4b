import { blankFor, type AnswerWords, type Library, type PlaceholderName } from '../library';
import { ourSide } from './answers';
import type { Answers } from '../questionnaire';

/** Thrown when terms cannot be built; the message names what is missing, for counsel to fix. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}

/** "A, B and C", or "A; B; and C" with a semicolon separator; in Chinese "A、B和C". */
export function listWords(items: readonly string[], separator = ', ', language: 'en' | 'zh' = 'en'): string {
  if (language === 'zh') return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
  if (items.length <= 1) return items.join('');
  const last = separator === ', ' ? ' and ' : `${separator}and `;
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/** The Territory as it reads in the agreement, with the China question answered in words. */
export function territoryWords(answers: Answers, words: AnswerWords, language: 'en' | 'zh' = 'en'): string {
  const { countries, regions, china } = answers.territory;
  const parts = [
    ...(china === 'not-included' ? [] : [words.china[china]]),
    ...regions.map((r) => words.regions[r]),
    ...countries,
  ];
  if (language === 'zh') return listWords(parts, '、', 'zh');
  // A part that holds "and" itself ("Mainland China, ... and Macau") is set off by semicolons.
  return parts.some((p) => p.includes(' and ')) ? listWords(parts, '; ') : listWords(parts);
}

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/**
 * The value of every placeholder these answers can fill. A placeholder whose answer was not given
 * (for example the exclusivity period of a non-exclusive deal) is absent; filling it is an error.
 */
export function placeholderValues(library: Library, answers: Answers, language: 'en' | 'zh' = 'en'): Partial<Record<PlaceholderName, string>> {
  const words = library.values;
  if (!words) throw new BuildError(`The library "${library.id}" has no "values" section in library.yaml, so it cannot build terms.`);
  const us = ourSide(answers);
  const [a, b] = us === 'A' ? [answers.parties.us, answers.parties.them] : [answers.parties.them, answers.parties.us];
  const ex = answers.exclusivity;
  const out: Partial<Record<PlaceholderName, string>> = {
    A: a.shortName,
    B: b.shortName,
    // The Chinese text takes the answers as given in Chinese, where they are.
    purpose: (language === 'zh' && answers.zh?.purpose) || answers.purpose,
    samples: (language === 'zh' && answers.zh?.samples) || answers.samples,
    field: (language === 'zh' && answers.zh?.field) || answers.field,
    products: (language === 'zh' && answers.zh?.products) || answers.products,
    territory: territoryWords(answers, words, language),
    termMonths: String(answers.termMonths),
    returnDays: String(answers.returnDays),
    survivalYears: String(answers.survivalYears),
    governingLaw: words.governingLaw[answers.governingLaw],
    forum: words.forum[answers.forum],
    // No question names a domestic arbitration commission: a clause that needs one shows a blank to fill.
    arbitrationCommission: blankFor('arbitrationCommission', language === 'zh' ? 'zh-CN' : 'en'),
    liabilityCap: (language === 'zh' && answers.zh?.liabilityCap) || (answers.liabilityCap ?? blankFor('liabilityCap', language === 'zh' ? 'zh-CN' : 'en')),
  };
  if (ex.exclusive && ex.customers !== undefined) out.customers = ex.customers;
  if (ex.exclusive && ex.months !== undefined) out.exclusivityMonths = String(ex.months);
  if (ex.exclusive && ex.minimumQuantity !== undefined) out.minimumQuantity = number(ex.minimumQuantity);
  if (answers.royaltyPercent !== undefined) out.royaltyPercent = number(answers.royaltyPercent);
  return out;
}
