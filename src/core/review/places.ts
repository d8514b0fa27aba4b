import type { Sentence } from './context';

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
];
const PLACE = new RegExp(`\\b(?:${COUNTRIES.map(([, names]) => names).join('|')})\\b`, 'g');
const CODE = new Map<RegExp, string>(COUNTRIES.map(([code, names]) => [new RegExp(`^(?:${names})$`), code]));

/** Sentences that introduce the parties: the opening, before the first numbered section. */
const OPENING = 12;

/**
 * Whether the deal crosses a border as far as the draft shows: the countries named where the parties
 * are introduced. `false` only when every place named is in one country and two or more are named
 * (both parties established there); otherwise our users, who take their technology abroad, are.
 */
export function crossesBorder(sentences: readonly Sentence[]): boolean {
  const found: string[] = [];
  for (const s of sentences.slice(0, OPENING)) {
    if (s.section && /^\d/.test(s.section)) break;
    PLACE.lastIndex = 0;
    for (let m = PLACE.exec(s.text); m; m = PLACE.exec(s.text)) {
      for (const [re, code] of CODE) if (re.test(m[0])) found.push(code);
    }
  }
  return new Set(found).size !== 1 || found.length < 2;
}
