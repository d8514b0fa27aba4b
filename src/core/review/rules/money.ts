// Reading sums of money and percentages as contracts write them: "$1,200,000", "USD 1,200,000",
// "US$ 1.2 million", "1,200,000 euros", "30%", "thirty percent (30%)". Used to check that the parts
// of a price add up to the whole.

export interface Amount {
  value: number;
  /** ISO-like code: "USD", "EUR"; amounts are compared only within one currency. */
  currency: string;
  index: number;
  end: number;
}

const CODES: Record<string, string> = {
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', usd: 'USD', dollars: 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
  '€': 'EUR', eur: 'EUR', euros: 'EUR', euro: 'EUR',
  '£': 'GBP', gbp: 'GBP', pounds: 'GBP',
  rmb: 'CNY', cny: 'CNY', yuan: 'CNY', '¥': 'CNY',
  hk$: 'HKD', hkd: 'HKD', sgd: 'SGD', s$: 'SGD', chf: 'CHF', jpy: 'JPY', sek: 'SEK',
};
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mm: 1e6, mn: 1e6, billion: 1e9, bn: 1e9 };

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(thousand|million|billion|mm|mn|bn|m|k)\b)?`;
/** A symbol or code before the figure: "$", "US$ ", "USD ", "EUR", "RMB". */
const BEFORE = String.raw`(US\$|U\.S\.\$|HK\$|S\$|\$|€|£|¥|USD|EUR|GBP|RMB|CNY|HKD|SGD|CHF|JPY|SEK)\s?(${NUM})${SCALE}`;
/** A code or word after the figure: "1,200,000 USD", "2 million euros". */
const AFTER = String.raw`\b(${NUM})${SCALE}\s(USD|EUR|GBP|RMB|CNY|HKD|SGD|CHF|JPY|SEK|(?:U\.S\.\s|US\s)?[Dd]ollars|[Ee]uros?|[Yy]uan)\b`;
const MONEY = new RegExp(`${BEFORE}|${AFTER}`, 'g');
const PERCENT = /\b(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per\s?cent\b|percent\b)/g;

/** Every sum of money in the text, in order. A figure repeated in brackets ("$20,000 (USD 20,000)") counts once. */
export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const [symbol, figure, scale] = m[1] ? [m[1], m[2]!, m[3]] : [m[6]!, m[4]!, m[5]];
    const currency = CODES[symbol.toLowerCase().replace(/\s+/g, ' ')] ?? symbol.toUpperCase();
    const value = Number(figure.replace(/,/g, '')) * (scale ? SCALES[scale.toLowerCase()]! : 1);
    const last = out[out.length - 1];
    if (last && last.value === value && last.currency === currency && /^\s*\(\s*$/.test(text.slice(last.end, m.index))) continue;
    out.push({ value, currency, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Every percentage in the text, in order. */
export function percentsIn(text: string): Amount[] {
  PERCENT.lastIndex = 0;
  return [...text.matchAll(PERCENT)].map((m) => ({ value: Number(m[1]), currency: '%', index: m.index, end: m.index + m[0].length }));
}

/** Two sums are the same when they differ by less than a cent in a hundred. */
export function sameSum(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 1e-4;
}

/** A sum for a message, as the draft would write it: "$2,400,000", "EUR 500,000", "90%". */
export function formatAmount(value: number, currency: string): string {
  const figure = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (currency === '%') return `${figure}%`;
  return currency === 'USD' ? `$${figure}` : `${currency} ${figure}`;
}
