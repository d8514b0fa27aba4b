import { LETTERS, ZH_ROLE_WORDS } from '../zh/parties';
import type { Holder } from './holder';
import type { OwnershipVerb, VerbPattern } from './verbs';
import { escapeRegExp } from '../../regex-escape';

/**
 * The verbs of ownership in Chinese contracts, each with the holder captured as group 1 and where the
 * object stands: before the verb (……归甲方所有, ……由双方共同所有), between the verb and the right
 * (甲方享有……的专利申请权, 乙方保留……的知识产权), after 将 (乙方应将……转让给甲方), or after the grant
 * (许可乙方使用……).
 */
export interface ZhVerbPattern {
  verb: OwnershipVerb;
  re: RegExp;
  holder: VerbPattern['holder'];
  object: 'before' | 'inside' | 'after';
}

/** Words that name no party in particular: whichever party makes it, each keeps its own. */
const RELATIVE = String.raw`各方|各自|每一方|任何一方|完成方|改进方|(?:作出|做出|完成|开发|研发)[^。；，,]{0,8}?的(?:一方|当事人)`;
const BOTH = '双方|甲乙双方|甲、乙双方';
const THIRD = '第三方';

/** Whom a captured holder names before any party is resolved: each party in turn, both, or a third party. */
export function zhGeneric(holder: string): Holder | undefined {
  if (new RegExp(`^(?:${RELATIVE})$`).test(holder)) return 'relative';
  if (/(?:和|与|及|、)/.test(holder) || new RegExp(`^(?:${BOTH})$`).test(holder)) return 'both';
  if (holder === THIRD) return 'third';
  return undefined;
}

/** The patterns for one draft: its parties' own names and short names are holders too. */
export function zhVerbPatterns(partyNames: readonly string[]): ZhVerbPattern[] {
  const names = partyNames.filter((n) => /[\u3400-\u9fff]/.test(n) && n.length > 1 && n.length <= 40);
  const words = [...new Set([...names, ...LETTERS, ...ZH_ROLE_WORDS, ...BOTH.split('|'), THIRD])].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const one = `(?:${words.join('|')}|${RELATIVE})`;
  // 甲方和乙方 together is one holder: both.
  const H = `(${one}(?:(?:和|与|及|、)${one})?)`;
  // 归其所有: 其 names the clause's subject, resolved with the parties (resolveZh).
  const HQ = `(${one}(?:(?:和|与|及|、)${one})?|其)`;
  const AUX = '(?:应当?|将|仍然?|继续|均|各自|单独|独自|依法|共同|有权|即|始终)?(?:应当?|将|仍然?|继续|均|各自|单独|独自|依法|共同|有权|即)?';
  const RIGHT = '(?:全部|一切|所有|完整|独占)?(?:知识产权|所有权|专利申请权|专利权|著作权|全部权利|一切权利|权利和权益|权益)';
  return [
    // 归甲方所有, 属于乙方, 仍归甲方: a party named and nothing after it but the verb or the clause's end
    // ("属于甲方的保密信息" describes; it allocates nothing).
    {
      verb: 'owns',
      holder: 'after',
      object: 'before',
      re: new RegExp(`(?:仍然?|始终|继续|均)?(?:归属于|归属|归|属于|属)${HQ}(?:(?:单独|独自|独家|共同|各自)?(?:所有|享有|共有|拥有)|(?=[，。；,;]|$))`, 'g'),
    },
    // 由双方共同所有, 由甲方享有, 由乙方保留: not 由甲方享有使用权, which is a licence.
    { verb: 'owns', holder: 'after', object: 'before', re: new RegExp(`由${HQ}(?:单独|独自|独家|共同|各自|依法)?(?:所有|享有|拥有|共有|保留)(?!使用|实施|许可)`, 'g') },
    // 为甲方所有.
    { verb: 'owns', holder: 'after', object: 'before', re: new RegExp(`为${HQ}(?:单独|共同)?所有`, 'g') },
    // 甲方享有研究开发成果的专利申请权, 乙方拥有该改进的全部知识产权.
    { verb: 'owns', holder: 'before', object: 'inside', re: new RegExp(`${H}${AUX}(?:享有|拥有|取得|获得|持有)(?:对)?([^。；，,]{0,40}?)的?${RIGHT}`, 'g') },
    // 甲方保留其背景知识产权的全部权利.
    { verb: 'retains', holder: 'before', object: 'inside', re: new RegExp(`${H}${AUX}保留(?:其?对)?([^。；，,]{0,40}?)的?(?:${RIGHT}|权利)`, 'g') },
    // 乙方应将改进技术转让给甲方.
    { verb: 'assigns', holder: 'to', object: 'before', re: new RegExp(`(?:无偿|免费)?(?:转让给|转让予|让与|转移给|转让至)${H}`, 'g') },
    // 许可乙方使用背景知识产权, 授权甲方无偿实施.
    { verb: 'licenses', holder: 'after', object: 'after', re: new RegExp(`(?:许可|授权)${H}[^。；，,]{0,30}?(?:使用|实施|利用)`, 'g') },
    // 授予乙方实施该专利的普通许可, 独占许可给甲方.
    { verb: 'licenses', holder: 'after', object: 'after', re: new RegExp(`(?:授予|给予|许可给|授权给)${H}(?=[^。；]{0,40}?(?:许可|使用权|实施权|使用|实施))`, 'g') },
  ];
}
