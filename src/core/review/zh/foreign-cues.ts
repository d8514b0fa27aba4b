// What a Chinese draft says when its deal crosses a border: a foreign party or place, a foreign company
// form, an English text, foreign currency, import or export. Read by places.ts's crossesBorder, the one
// answer to "does this deal cross a border" for export control, the forum and the choice of law.
import { ZH_COUNTRIES } from '../countries';

// Words of a deal that crosses a border. 国际 names no foreign element where it only grades a
// standard or a level (国际标准, 国际先进水平) or names the PRC arbitration commission, which hears
// domestic cases too.
const FOREIGN_WORD =
  /外方|境外|境内外|中外|涉外|外国|外商|外资|外籍|外汇|外币|外文|英文|英语|进口|出口|海关|离岸|美元|欧元|日元|英镑|港币|港元|国际(?!先进|领先|标准|水平|经济贸易仲裁)/;
const FOREIGN_PLACE = new RegExp(ZH_COUNTRIES.filter(([code]) => code !== 'CN').map(([, names]) => names).join('|'));
// Company forms of other countries, as a party's name gives them in Latin letters.
const FOREIGN_FORM = /\b(?:Inc|Corp|LLC|GmbH|AG|PLC|Pte|S\.A|B\.V|N\.V|K\.K|S\.r\.l|S\.p\.A|Oy|A\/S)\b/;
// Four English words in a row: an English text, or an English version beside the Chinese one.
const ENGLISH_RUN = /[A-Za-z]{2,20}(?:[ ,'-]{1,3}[A-Za-z]{2,20}){3}/;
const HAN = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/** Chinese by the bulk of its letters, not by a Chinese heading over an English text. */
export function writtenInChinese(text: string): boolean {
  const han = text.match(HAN)?.length ?? 0;
  return han > 0 && (text.match(LATIN)?.length ?? 0) * 10 <= han;
}

/** A Chinese text names something foreign to the deal: 外方, 中外, 美元, 德国, "Acme GmbH", an English version. */
export function foreignCueZh(text: string): boolean {
  return ENGLISH_RUN.test(text) || FOREIGN_FORM.test(text) || FOREIGN_WORD.test(text) || FOREIGN_PLACE.test(text);
}
