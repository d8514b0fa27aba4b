import { zhNumber } from '../zh/cjk';

/**
 * What one provision says in figures, in either language: digits as written ("30", "250,000",
 * "4.5"), Chinese numerals where they count days, months, years or percent (三十日, 百分之五),
 * and English number words before a period ("thirty days") unless the digits follow in brackets;
 * "one" and 一 are left out, being as often "a" or "next" as a count; a discount in 折 counts as the share taken off.
 * The paragraph's own number ("5.2") is not a figure it states.
 */
export function figuresOf(text: string, lang: 'en' | 'zh'): string[] {
  const body = text
    // A Markdown heading's marks before its number ("### 2.2 …") hide the number the paragraph opens.
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,4}\)|第[一二三四五六七八九十百零〇两\d]{1,6}条)\s*/, '')
    // Items of a list run into the sentence ("for example: (1) …; (2) …", "例如：（1）…；（2）…") are labels, not
    // figures; "thirty (30) days" keeps its figure, the bracket following a word and not a colon or semicolon.
    .replace(ITEM_LABEL, ' ');
  // A figure with its magnitude is one amount: "USD 1.2 million" is 1200000, as 120万 is.
  const scaled = lang === 'zh' ? /(\d+(?:[.,]\d+)*)(万|亿)?/g : /(\d+(?:[.,]\d+)*)(?:\s*(thousand|million|billion)\b)?/gi;
  // A discount's digits (8.5折) are read with their 折 below, as the share taken off.
  const out = [...(lang === 'zh' ? body.replace(DISCOUNT, ' ') : body).matchAll(scaled)].map((m) => String(amount(m[1]!, m[2])));
  if (lang === 'en') {
    // A month named in a date is the number the Chinese writes (2025年3月1日): "1 March 2025", "March 1, 2025".
    for (const m of body.matchAll(MONTH_IN_DATE)) out.push(String(MONTHS[(m[1] ?? m[2])!.toLowerCase().slice(0, 3)]));
  }
  if (lang === 'zh') {
    // A discount in 折 is the share of the price paid: 一折 is 90% off, 八五折 15% off, as the English says it.
    for (const m of body.matchAll(DISCOUNT)) out.push(String(100 - discountPaid(m[1]!, m[2])));
    for (const m of body.matchAll(/百分之([一二三四五六七八九十百零〇两]{1,6})|([一二三四五六七八九十百零〇两]{1,6})(?=个?(?:工作日|日|天|月|年|周|星期|小时))/g)) {
      const n = zhNumber(m[1] ?? m[2] ?? '');
      // 一 before a unit is mostly "a" or "next" (下一个工作日), as "one" is in English: neither counts.
      if (n !== undefined && n !== 1) out.push(String(n));
    }
  } else {
    const UNIT = /^\s+(?:calendar\s+|business\s+|working\s+)?(?:days?|weeks?|months?|years?|hours?|per\s*cent|percent)\b/i;
    for (const m of body.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)\b(?!\s*\()/gi)) {
      const rest = body.slice(m.index! + m[0].length);
      if (UNIT.test(rest)) out.push(String(WORDS[m[1]!.toLowerCase()]));
    }
  }
  return out.sort();
}

// The bracket is looked for first, so the look back over spaces runs only before one (not at every space of a long run).
const ITEM_LABEL = /(?=[（(])(?<=(?:^|[:;：；，,。])\s*)[（(]\d{1,2}[)）]/g;
// Not 折叠 (folding), 折旧 (depreciation), 折算 or 折合 (converted into), nor a longer number (1:6.5折算).
const DISCOUNT = /(?<![\d.一二三四五六七八九十])([一二三四五六七八九]|\d)([一二三四五六七八九]|\.\d)?折(?![叠旧算合])/g;
const ZH_DIGIT = '〇一二三四五六七八九';

/** The per cent of the price a 折 discount pays: 八折 80, 八五折 85, 8.5折 85. */
function discountPaid(tens: string, rest: string | undefined): number {
  const digit = (c: string) => (/\d/.test(c) ? Number(c) : ZH_DIGIT.indexOf(c));
  const units = rest === undefined ? 0 : rest.startsWith('.') ? Number(rest.slice(1)) : digit(rest);
  return digit(tens) * 10 + units;
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, thousand: 1e3, million: 1e6, billion: 1e9 };

function amount(digits: string, scale: string | undefined): number {
  const n = Number(digits.replace(/,(?=\d{3}\b)/g, ''));
  // Rounded, so 1.2 million is 1200000 and not 1199999.9999999998.
  return scale ? Math.round(n * SCALE[scale.toLowerCase()]! * 100) / 100 : n;
}

const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
// Only beside a day or a year ("1 March", "March 1, 2025", "Sept. 2025"): "May" alone is a permission, not a month.
const MONTH_IN_DATE = new RegExp(`(?<=\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3})${MONTH_NAME}\\b|\\b${MONTH_NAME}(?=\\.?\\s{1,3}\\d{1,4}\\b)`, 'g');
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

const WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90,
};

/** The figures one text states that the other does not, each side's excess in order. */
export function figureDifference(en: readonly string[], zh: readonly string[]): { en: string[]; zh: string[] } {
  const rest = [...zh];
  const onlyEn: string[] = [];
  for (const n of en) {
    const i = rest.indexOf(n);
    if (i >= 0) rest.splice(i, 1);
    else onlyEn.push(n);
  }
  return { en: onlyEn, zh: rest };
}

// A duty not to act, or a permission refused: "shall not", "may not", "no Party may", 不得, 禁止.
// "May not be" is a possibility ("damages may not be adequate"), not a prohibition.
const EN_PROHIBITS = /\b(?:shall|will|must|can)\s+not\b|\bmay\s+not\s+(?!be\b)|\b(?:shall|will|may|must)\s+never\b|\bno\s+(?:Party|party|one|person)\s+(?:shall|may|will)\b|\bneither\s+Party\s+(?:shall|may|will)\b|\bis\s+prohibited\b/;
// A prohibition as Chinese contracts write it: 不得, 禁止, 不应(当), 无权.
const ZH_PROHIBITS = /不得|禁止|不应|无权/;
// Any way Chinese may say a party may not or need not act: a prohibition is missing only where none is there.
const ZH_ANY_NEGATIVE = /不得|禁止|不应|无权|不可|不能|不会|不准|严禁|切勿|不允许|无须|无需|不必/;
const EN_NEGATES = /\bnot\b|\bno\b|\bnever\b|\bneither\b|\bnor\b|\bwithout\b|\bprohibit|\bexcept\b|\bunless\b|\bother\s+than\b|\bonly\b/i;

/** A prohibition one text states and the other does not say in any negative form: the two texts oblige differently. */
export function prohibitionIn(enText: string, zhText: string): 'en' | 'zh' | undefined {
  if (EN_PROHIBITS.test(enText) && !ZH_ANY_NEGATIVE.test(zhText)) return 'en';
  if (ZH_PROHIBITS.test(zhText) && !EN_NEGATES.test(enText)) return 'zh';
  return undefined;
}

/** Latin names the Chinese text gives that the English beside it does not: a party named differently. */
export function namesOnlyInChinese(enText: string, zhText: string): string[] {
  const en = enText.toLowerCase();
  const names = new Set<string>();
  // Each word of a name on its own (a Chinese text runs names into its own words); acronyms of laws,
  // bodies and models (ECCN, IATA, ST-600) are not names.
  for (const m of zhText.matchAll(/[A-Z][a-z][A-Za-z]+/g)) if (!en.includes(m[0].toLowerCase())) names.add(m[0]);
  return [...names];
}

/** Which text the draft's language clauses make prevail, in each language. */
export interface Prevailing {
  en?: 'en' | 'zh' | 'equal';
  zh?: 'en' | 'zh' | 'equal';
}

export function prevailingIn(text: string, lang: 'en' | 'zh'): 'en' | 'zh' | 'equal' | undefined {
  if (lang === 'en') {
    if (/\bequally\s+(?:authentic|valid|binding)\b|\b(?:same|equal)\s+(?:legal\s+)?(?:force|effect|validity)\b/i.test(text)) return 'equal';
    // A text that "will also govern" binds beside the other; it does not prevail over it.
    const m = /\b(English|Chinese)\s+(?:language\s+)?(?:version|text)s?\b[^.;]{0,80}?(?<!\b(?:also|likewise)\s+)\b(?:prevails?|shall\s+prevail|governs?|shall\s+govern|controls?|shall\s+control)\b/i.exec(text);
    return m ? (m[1]!.toLowerCase() === 'english' ? 'en' : 'zh') : undefined;
  }
  if (/同等(?:法律)?效力|同等有效|同等作准/.test(text)) return 'equal';
  const m = /以(英文|英语|中文|汉语)(?:文本|版本)?为准/.exec(text);
  return m ? (m[1] === '英文' || m[1] === '英语' ? 'en' : 'zh') : undefined;
}
