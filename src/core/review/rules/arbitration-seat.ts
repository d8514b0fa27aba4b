import type { Sentence } from '../context';
import { countryIn } from '../places';

// Where an arbitration sits, as clauses say it: "seated in", "the seat of arbitration shall be",
// "arbitration in X". The place is read right after the cue, so "in accordance with" and "conducted in
// English" name none, a lazy gap lets "arbitration conducted in English in Singapore" reach the place,
// and where an award is enforced or a court gives relief is no seat.
const LANGUAGE = '(?:the\\s+)?(?:English|Chinese|Mandarin|Putonghua|German|French|Japanese|Korean|Swedish|Spanish|Italian|Dutch)\\b';
const NOT_PLACE = `(?!${LANGUAGE}|accordance|connection|relation|respect|writing|force|the\\s+event|good\\s+faith|lieu|addition|any\\b|such\\b|which\\b|whole\\b|part\\b)`;
const EN_SEAT_CUE = new RegExp(
  '\\b(?:seat|place|venue|location|site)\\s+of\\s+(?:the\\s+|any\\s+)?arbitra\\w{0,12}(?:\\s+proceedings?)?(?:\\s+(?:shall|will|must|is|to)(?:\\s+be)?)?(?:\\s+(?:in|at))?\\s+' +
    `|\\b(?:held|seated|sited|conducted|takes?\\s+place|sit|sitting)\\s+(?:in|at)\\s+${NOT_PLACE}` +
    `|\\barbitra\\w{0,12}\\s+(?:(?!award|enforc|courts?\\b|relief|injunct|interim)[\\w'’]{1,20}\\s+){0,5}?(?:in|at)\\s+${NOT_PLACE}`,
  'gi',
);
// 仲裁地为香港, 仲裁地点在北京, 在新加坡仲裁.
const ZH_SEAT_CUE = /仲裁地点?(?:应当|应|将)?(?:为|在|是|设在|设于|位于)|(?:在|于)(?=[^，。；,;]{2,10}?(?:进行)?仲裁(?!委员会|院|中心|机构|协会|庭|员))/g;
// The place ends where the clause turns to rules, law or language.
const EN_END = /[,;.(:]|\s(?:under|in\s+accordance|pursuant|before|by|with|and|applying|administered|according|using|as|for)\b/i;
const ZH_END = /[，。；、,;（(及或进仲]/;
// Seats the country list names by no city of their own.
const SEAT_CITIES: readonly [RegExp, string][] = [
  [/\b(?:Guangzhou|Hangzhou|Nanjing|Suzhou|Wuhan|Chengdu|Tianjin|Chongqing|Xiamen|Qingdao|Hainan|Mainland\s+China)\b/i, 'CN'],
  [/\bMaca[ou]\b/i, 'MO'],
  [/\bTaipei\b|台北/i, 'TW'],
  [/\bLondon\b|伦敦/i, 'GB'],
  [/\bStockholm\b|斯德哥尔摩/i, 'SE'],
  [/\bParis\b|巴黎/i, 'FR'],
  [/\b(?:Geneva|Zurich|Zürich)\b|日内瓦|苏黎世/i, 'CH'],
  [/\bVienna\b|维也纳/i, 'AT'],
  [/\bNew\s+York\b|纽约/i, 'US'],
  [/\bTokyo\b|东京/i, 'JP'],
  [/\bSeoul\b|首尔/i, 'KR'],
  [/\bKuala\s+Lumpur\b|吉隆坡/i, 'MY'],
  [/\bDubai\b|迪拜/i, 'AE'],
  [/\bThe\s+Hague\b|海牙/i, 'NL'],
];

function placeIn(text: string, end: RegExp): string | undefined {
  const cut = end.exec(text);
  const place = cut ? text.slice(0, cut.index) : text;
  return countryIn(place) ?? SEAT_CITIES.find(([re]) => re.test(place))?.[1];
}

function seatIn(text: string, cue: RegExp, width: number, end: RegExp): string | undefined {
  cue.lastIndex = 0;
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const at = m.index + m[0].length;
    const country = placeIn(text.slice(at, at + width), end);
    if (country) return country;
    if (m[0].length === 0) cue.lastIndex++;
  }
  return undefined;
}

/** The country of the first seat of arbitration the sentences name ("HK", "CN"), or undefined where none is read. */
export function arbitrationSeat(sentences: readonly Sentence[]): string | undefined {
  for (const s of sentences) {
    const seat = seatIn(s.text, EN_SEAT_CUE, 40, EN_END) ?? seatIn(s.text, ZH_SEAT_CUE, 16, ZH_END);
    if (seat) return seat;
  }
  return undefined;
}
