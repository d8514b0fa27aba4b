import type { Sentence } from './context';
import { openingSentences } from './parties';

// Where a party is established, as an opening states it: "a Delaware corporation", "organised under
// the laws of Sweden", "with its registered office in Munich, Germany", "(Switzerland)".
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|United States|U\\.S\\.A?\\.?|USA';
const COUNTRIES: readonly [string, string][] = [
  ['US', US_STATES],
  ['CN', "People['’]s Republic of China|PRC|China|Chinese|Shenzhen|Shanghai|Beijing|Guangdong|Jiangsu|Zhejiang"],
  ['HK', 'Hong Kong'],
  ['TW', 'Taiwan'],
  ['JP', 'Japan|Japanese'],
  ['KR', 'Korea|Korean'],
  ['SG', 'Singapore'],
  ['IN', 'India|Indian'],
  ['GB', 'England|Wales|Scotland|United Kingdom|U\\.K\\.|English'],
  ['IE', 'Ireland|Irish'],
  ['DE', 'Germany|German'],
  ['FR', 'France|French'],
  ['NL', 'Netherlands|Dutch'],
  ['CH', 'Switzerland|Swiss'],
  ['SE', 'Sweden|Swedish'],
  ['AT', 'Austria|Austrian'],
  ['IT', 'Italy|Italian'],
  ['ES', 'Spain|Spanish'],
  ['CA', 'Canada|Canadian|Ontario|Quebec|British Columbia|Alberta'],
  ['AU', 'Australia|Australian'],
  ['IL', 'Israel|Israeli'],
  // Where holding and trading companies are often incorporated.
  ['IM', 'Isle of Man'],
  ['KY', 'Cayman Islands'],
  ['VG', 'British Virgin Islands'],
  ['BM', 'Bermuda'],
  ['LU', 'Luxembourg'],
  ['BE', 'Belgium|Belgian'],
  ['DK', 'Denmark|Danish'],
  ['NO', 'Norway|Norwegian'],
  ['FI', 'Finland|Finnish'],
  ['MY', 'Malaysia|Malaysian'],
  ['VN', 'Vietnam|Vietnamese'],
  ['TH', 'Thailand|Thai'],
  ['MX', 'Mexico|Mexican'],
  ['BR', 'Brazil|Brazilian'],
];
// The same places as Chinese openings name them ("乙方：…，住所：德国斯图加特"). Chinese has no word
// boundaries, so these are matched as they stand; "中国香港" is Hong Kong, not the Mainland.
const ZH_COUNTRIES: readonly [string, string][] = [
  ['CN', '中华人民共和国|中国(?!香港|澳门|台湾)|北京|上海|天津|重庆|深圳|广州|广东|江苏|浙江|山东|福建|四川|湖北|湖南|安徽|江西|河南|河北|辽宁|陕西|苏州|杭州|宁波|南京|武汉|成都|西安|合肥|厦门|东莞|佛山|无锡|常州|宜春'],
  ['HK', '香港'],
  ['MO', '澳门'],
  ['TW', '台湾'],
  ['US', '美国'],
  ['JP', '日本'],
  ['KR', '韩国'],
  ['SG', '新加坡'],
  ['IN', '印度'],
  ['GB', '英国|英格兰'],
  ['DE', '德国'],
  ['FR', '法国'],
  ['NL', '荷兰'],
  ['CH', '瑞士'],
  ['SE', '瑞典'],
  ['AT', '奥地利'],
  ['IT', '意大利'],
  ['ES', '西班牙'],
  ['CA', '加拿大'],
  ['AU', '澳大利亚'],
  ['IL', '以色列'],
  ['NO', '挪威'],
  ['FI', '芬兰'],
  ['DK', '丹麦'],
  ['BE', '比利时'],
  ['MY', '马来西亚'],
  ['VN', '越南'],
  ['TH', '泰国'],
  ['MX', '墨西哥'],
  ['BR', '巴西'],
];
const PLACE = new RegExp(`\\b(?:${COUNTRIES.map(([, names]) => names).join('|')})\\b|${ZH_COUNTRIES.map(([, names]) => names).join('|')}`, 'g');
const CODE = new Map<RegExp, string>([...COUNTRIES, ...ZH_COUNTRIES].map(([code, names]) => [new RegExp(`^(?:${names})$`), code]));

/**
 * Whether the deal crosses a border as far as the draft shows: the countries named where the parties
 * are introduced. `false` only when every place named is in one country and two or more are named
 * (both parties established there); otherwise our users, who take their technology abroad, are.
 */
export function crossesBorder(sentences: readonly Sentence[]): boolean {
  const found: string[] = [];
  for (const s of openingSentences(sentences)) {
    PLACE.lastIndex = 0;
    for (let m = PLACE.exec(s.text); m; m = PLACE.exec(s.text)) {
      for (const [re, code] of CODE) if (re.test(m[0])) found.push(code);
    }
  }
  return new Set(found).size !== 1 || found.length < 2;
}

// Where a forum sits: "the courts of Munich", "courts located in King County", "at Wels",
// "place of arbitration shall be Los Angeles".
const FORUM_PLACE =
  /\b(?:courts?\s+(?:located\s+|sitting\s+|situated\s+)?(?:of|in|at|for)|(?:venue|seat|place)\s+(?:of\s+arbitration\s+)?(?:shall|will)\s+be(?:\s+in|\s+at)?|agreed\s+to\s+be\s+(?:at|in)|seated\s+in|exclusively\s+in)\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s*,?\s*){1,4})/g;
const NOT_A_PLACE = new Set(['The', 'State', 'States', 'Federal', 'County', 'City', 'Courts', 'Court', 'District', 'Superior', 'Commonwealth', 'Republic', 'Province', 'Appropriate', 'Competent']);

/** The proper names a forum clause places its forum at: ["Munich"], ["King", "Washington"]. */
export function forumPlaces(text: string): string[] {
  const out: string[] = [];
  FORUM_PLACE.lastIndex = 0;
  for (let m = FORUM_PLACE.exec(text); m; m = FORUM_PLACE.exec(text)) {
    for (const w of m[1]!.split(/[\s,]+/)) if (w.length > 2 && !NOT_A_PLACE.has(w)) out.push(withoutTrailingMarks(w));
  }
  return out;
}

/**
 * The opening's words about each party, in order: its name up to the next party's name, where its
 * seat, address and law of incorporation are stated.
 */
export function partyIntroductions(sentences: readonly Sentence[], names: readonly string[]): string[] {
  const opening = openingSentences(sentences).map((s) => s.text).join(' ');
  const at = names.map((n) => opening.indexOf(n));
  return names.map((_, i) => {
    if (at[i]! < 0) return '';
    const next = Math.min(...at.filter((x) => x > at[i]!), at[i]! + 400);
    return opening.slice(at[i]!, next);
  });
}

/** "Munich," → "Munich": a loop, as `/[.,']+$/` retried at every position is quadratic. */
function withoutTrailingMarks(word: string): string {
  let end = word.length;
  while (end > 0 && ".,'’".includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}
