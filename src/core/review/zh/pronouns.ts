import type { Sentence } from '../context';

// A Chinese contribution or licence form may speak as its signer, "我" ("我特此授予乙方…"), or to its
// reader, "您" or "你" ("本公司授予您…"), against a party it names ("乙方", "许可方"). The pronoun is
// then a party, placed by who grants to whom: the one granting or handing over is side A.

/** "我" as the signer, never inside 我国, 我们, 我方 or 我司 (our country, we, our side, our company). */
const I = '我(?![国们方司省市])';
const YOU = '[您你](?!们)';
/** What follows "我" or "你" where it is no party: 我国, 我们, 我方, 你们. */
export const NOT_PRONOUN = /^[国们方司省市]/;
/** The pronoun acting as a party, at least this often, before it is read as one. */
const FEWEST_ACTS = 2;
const ACTS = '(?:特此|同意|承诺|保证|确认|声明|授予|许可|将|应当?|不会|不得|有权)';
/** The names a form addressed to "您" calls its writer by, acting ("我们可自行决定"); "我们双方" (we both) acts as none. */
const SPEAKERS = ['我们', '本公司'] as const;
const SPEAKER_ACTS = `(?:${ACTS}|可以?|给予|保留)`;
/** Verbs by which the one before gives the one after: 授予, 许可, 转让给, 提供给 ("向X提供" below). */
const GIVES = '(?:特此)?(?:将[^。；]{0,30}?)?(?:授予|许可|转让给|转让予|让与|提供给|交付给)';
/** "A向B提供" gives B what A provides; "A向B支付" pays B, which says nothing of who shares. */
const gives = (from: string, to: string) => `${from}(?:${GIVES}(?:${to})|[^。；，]{0,4}?向(?:${to})[^。；，]{0,10}?(?:提供|交付|披露))`;

/**
 * The pronouns a draft names parties by, each with its side, given `others`: the names the draft
 * calls its other parties by. A pronoun is placed only one way: it gives to another party, or
 * another party gives to it, and never both.
 */
export function zhPronounSides(sentences: readonly Sentence[], others: readonly string[]): [string, 'A' | 'B'][] {
  if (others.length === 0) return [];
  const text = sentences.map((s) => s.text).join('\n');
  const other = others.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const out: [string, 'A' | 'B'][] = [];
  for (const [pronoun, names] of [[I, ['我']], [YOU, ['您', '你']]] as const) {
    if ((text.match(new RegExp(`${pronoun}${ACTS}`, 'g'))?.length ?? 0) < FEWEST_ACTS) continue;
    const giver = new RegExp(gives(pronoun, other)).test(text);
    // "您被授予…许可": granted to, by whoever; the grantor may go unnamed.
    const receiver = new RegExp(gives(`(?:${other})`, pronoun)).test(text) || new RegExp(`${pronoun}(?:特此)?被(?:授予|许可)`).test(text);
    if (giver === receiver) continue;
    for (const n of names) out.push([n, giver ? 'A' : 'B']);
  }
  // A form that speaks to "您" speaks as the other party: "我们可自行决定是否授权", "本公司有权终止您的许可".
  const you = out.find(([n]) => n === '您')?.[1];
  if (you) for (const we of SPEAKERS) if ((text.match(new RegExp(`${we}${SPEAKER_ACTS}`, 'g'))?.length ?? 0) >= FEWEST_ACTS) out.push([we, you === 'A' ? 'B' : 'A']);
  return out;
}
