import type { Party, Sentence } from './context';
import { CN_CITIES, COUNTRIES } from './countries';
import { escapeRegExp } from '../regex-escape';

// A cover line gives a party's legal name alone ("Party A: Shenzhen Lumeng Technology Co., Ltd.",
// "甲方：深圳朔光科技有限公司") and no "(hereinafter "X")"; the terms then call the company by the word
// that sets its name apart ("Lumeng shall deliver", "朔光公司应当"). That word is the party's short
// name only where the terms use it as a party acts, and never where it is also an ordinary word the
// draft writes in lower case: a name read wrongly would give one side's duties to the other.

const PLACE = new RegExp(`^(?:${CN_CITIES}|${COUNTRIES.map(([, names]) => names).join('|')})$`);
/** Words of a trade or a company form that many companies' names share: "Technology", "Co.", "Group". */
const GENERIC =
  /^(?:Technology|Technologies|Tech|Science|Sciences|Electronic|Electronics|Electric|Industrial|Industries|Industry|Group|Holdings?|International|Trading|Intelligent|Intelligence|Software|Networks?|Information|Systems?|Solutions?|Digital|Energy|New|Materials?|Manufacturing|Medical|Semiconductors?|Development|Equipment|Instruments?|Innovation|Power|Optical|Optoelectronics?|Robotics|Automation|Communications?|Data|Services?|Battery|Batteries|Precision|Smart|Global|Co|Company|Corp|Corporation|Inc|Incorporated|Ltd|Limited|LLC|GmbH|AG|Pte|Pty|plc|PLC|The|and|of|&)$/i;
/** The verbs a party does things by, right after its name. */
const ACTS = String.raw`(?:['’]s\s+)?(?:shall|will|may|must|agrees?|warrants?|represents?|acknowledges?|undertakes?|covenants?|grants?|retains?|owns?|hereby)\b`;
/** How often the terms must call the company by the word: once could be a product or a brand. */
const FEWEST_USES = 2;

/**
 * The short names the terms give parties the opening names only by their legal names: for each
 * party without one, the word of its name no other company shares (after the place it is registered
 * in), and the place with it ("Shenzhen Lumeng"), where the terms use it as a party. `body` is the
 * sentences after the opening.
 */
export function distinctiveNames(parties: readonly Party[], body: readonly Sentence[]): (string | undefined)[] {
  const text = body.map((s) => s.text).join('\n');
  return parties.map((p) => {
    if (p.shortName) return undefined;
    const words = p.name.split(/\s+/).map((w) => w.replace(/[,.()]/g, ''));
    const at = words.findIndex((w) => w.length >= 3 && /^[A-Z][a-z]/.test(w) && !PLACE.test(w) && !GENERIC.test(w));
    // A name's first word is read as its short name already (rules/side.ts): only one after a place is new.
    if (at <= 0) return undefined;
    const word = words[at]!;
    // Another party's name holds the word too: it sets neither apart.
    if (parties.some((q) => q !== p && q.name.includes(word))) return undefined;
    // An ordinary word ("Bright", "Harbour") the draft also writes in lower case names no party.
    if (new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`).test(text)) return undefined;
    const placed = words.slice(0, at + 1).join(' ');
    for (const name of at > 0 && PLACE.test(words[0]!) ? [placed, word] : [word]) {
      const uses = text.match(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))?.length ?? 0;
      if (uses >= FEWEST_USES && new RegExp(`\\b${escapeRegExp(name)}\\s+${ACTS}`).test(text)) return name;
    }
    return undefined;
  });
}

/** Where a Chinese company is registered: a province, a city or a district before its own words. */
const ZH_PLACE = /^(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?(?:深圳|北京|上海|广州|杭州|苏州|南京|武汉|成都|重庆|天津|厦门|东莞|宁波|青岛|合肥|西安|长沙|珠海|佛山|无锡|常州|济南|福州|大连|沈阳|郑州|昆明|惠州|香港|[\u4e00-\u9fff]{2}(?=市))市?(?:[\u4e00-\u9fff]{2}区)?/;
/** The company form and the trade words after a Chinese company's own words: 科技有限公司, 电池技术股份有限公司. */
const ZH_GENERIC = /(?:(?:科技|技术|电子|信息|智能|网络|软件|新能源|能源|新材料|材料|电池|光电|半导体|医疗|生物|实业|贸易|工业|制造|设备|仪器|通信|数据|自动化|机器人|发展|控股|国际|集团|精密|电气|光学)+)?(?:(?:股份)?有限(?:责任)?公司|公司|集团)$/;
/** A Chinese party acting: 朔光应当, 朔光公司有权. */
const ZH_ACTS = '(?:公司)?(?:应当|应|须|必须|负责|有权|同意|承担|保证|承诺|不得|将|向)';

/** As distinctiveNames, for a Chinese name: the words between where it is registered and its trade and form. */
export function zhDistinctiveName(name: string, body: readonly Sentence[]): string | undefined {
  const own = name.replace(ZH_PLACE, '').replace(ZH_GENERIC, '');
  if (own.length < 2 || own.length > 4 || own === name || !/^[\u4e00-\u9fff]+$/.test(own)) return undefined;
  const text = body.map((s) => s.text).join('\n');
  const uses = text.split(own).length - 1;
  // The party acts at the start of a clause, where an ordinary word would not stand alone.
  const acts = new RegExp(`(?:^|[。；，：:、\\s])${own}${ZH_ACTS}`, 'm');
  return uses >= FEWEST_USES && acts.test(text) ? own : undefined;
}
