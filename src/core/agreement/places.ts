/** A jurisdiction answer that names the People's Republic of China (mainland), in any usual form. */
const CHINESE = /\b(china|prc)\b/i;
const NOT_MAINLAND = /\b(hong kong|macau|macao|taiwan)\b/i;

export function isChinese(jurisdiction: string): boolean {
  return CHINESE.test(jurisdiction) && !NOT_MAINLAND.test(jurisdiction);
}
