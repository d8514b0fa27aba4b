// The countries the review recognises, by code, with the names an English or a Chinese opening gives
// them: data only, so that settings and library validation can list the codes without the readers.
// Where a party is established, as an opening states it: "a Delaware corporation", "organised under
// the laws of Sweden", "with its registered office in Munich, Germany", "(Switzerland)".
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|United States|U\\.S\\.A?\\.?|USA';
export const COUNTRIES: readonly [string, string][] = [
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
export const ZH_COUNTRIES: readonly [string, string][] = [
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
/** Where Chinese companies are registered, as their English names give it: "Shenzhen Lumeng", "Acme (Beijing) Co., Ltd.". */
export const CN_CITIES =
  'Shenzhen|Shanghai|Beijing|Guangzhou|Hangzhou|Suzhou|Nanjing|Wuhan|Chengdu|Chongqing|Tianjin|Xiamen|Dongguan|Ningbo|Qingdao|Hefei|Changsha|Zhuhai|Foshan|Wuxi|Changzhou|Jinan|Fuzhou|Dalian|Shenyang|Zhengzhou|Kunming|Huizhou|Jiaxing|Shaoxing|Wenzhou|Guangdong|Jiangsu|Zhejiang|Fujian|Shandong|Anhui|Hubei|Hunan|Sichuan|Hebei|Henan';
/** Regions a group names its local companies for: "Acme (Asia Pacific) Holdings Ltd.". */
export const REGIONS = 'Asia|Asia Pacific|APAC|Europe|EMEA|Americas|North America|Latin America|Greater China|Macau|Macao|BVI|Cayman';
/** The countries the review knows, by the codes a library's `review.established` uses. */
export const COUNTRY_CODES: readonly string[] = [...new Set([...COUNTRIES, ...ZH_COUNTRIES].map(([code]) => code))];
