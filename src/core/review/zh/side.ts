import type { ReviewContext, Sentence } from '../context';
import { openingSentences } from '../parties';
import type { PartyRef, Side } from '../rules/side';
import { chineseParties, LETTERS, ZH_ROLE_WORDS } from './parties';
import { escapeRegExp } from '../../regex-escape';
import { zhDistinctiveName } from '../distinctive-names';
import { NOT_PRONOUN, zhPronounSides } from './pronouns';
import { chineseSentences, hasCjk } from './cjk';

/**
 * The side each Chinese role word stands for: "A" shares its technology, samples or information,
 * "B" receives, tests, licenses, distributes or commissions it (see rules/side.ts).
 */
const ROLE_SIDE: Record<string, 'A' | 'B'> = {
  样品提供方: 'A', 技术提供方: 'A', 研究开发方: 'A', 许可方: 'A', 许可人: 'A', 授权方: 'A', 提供方: 'A', 披露方: 'A',
  转让方: 'A', 让与方: 'A', 让与人: 'A', 受托方: 'A', 开发方: 'A', 供应方: 'A', 供货方: 'A', 供方: 'A', 卖方: 'A',
  出卖方: 'A', 被许可方: 'B', 被许可人: 'B', 被授权方: 'B', 接收方: 'B', 接受方: 'B', 测试方: 'B', 评估方: 'B',
  试用方: 'B', 受让方: 'B', 受让人: 'B', 委托方: 'B', 需方: 'B', 采购方: 'B', 买方: 'B', 买受人: 'B', 经销商: 'B',
  经销方: 'B', 代理商: 'B', 代理方: 'B', 分销商: 'B', 客户: 'B', 研究开发人: 'A', 受托人: 'A', 委托人: 'B',
  出让方: 'A', 出让人: 'A', 被授权人: 'B', 顾问方: 'A', 服务方: 'A', 承揽方: 'A', 承揽人: 'A', 定作方: 'B', 定作人: 'B',
};

/**
 * In an agency the 委托方 is the principal whose goods are sold (A) and the 受托方 its agent; in a
 * development contract the 委托方 commissions and pays (B) and the 受托方 develops (A).
 */
function roleSide(role: string, ctx: ReviewContext): 'A' | 'B' | undefined {
  const agency = ctx.scenario === 'exclusive-partnership' || ctx.sentences.slice(0, 3).some((s) => /代理|经销/.test(s.text));
  if (agency && (role === '委托方' || role === '委托人')) return 'A';
  if (agency && (role === '受托方' || role === '受托人')) return 'B';
  return ROLE_SIDE[role];
}

const LETTER_ROLE = new RegExp(`(甲方|乙方|丙方)[（(](${ZH_ROLE_WORDS.join('|')})[)）]`, 'g');
const MUTUAL = /^(?:双方|各方|任何一方|每一方|甲乙双方|甲、乙双方)$/;
const NEUTRAL = '双方|各方|任何一方|每一方|甲乙双方|甲、乙双方';

interface ZhIndex {
  re: RegExp;
  sides: Map<string, Side>;
}

const cache = new WeakMap<ReviewContext, ZhIndex>();

/** Every way a Chinese draft names a party, with the side of each where the draft lets us tell. */
function zhIndex(ctx: ReviewContext): ZhIndex {
  let idx = cache.get(ctx);
  if (idx) return idx;
  const sides = new Map<string, Side>();
  const names = new Set<string>([...LETTERS, ...ZH_ROLE_WORDS]);
  for (const role of ZH_ROLE_WORDS) {
    const side = roleSide(role, ctx);
    if (side) sides.set(role, side);
  }
  const parties = chineseParties(openingSentences(ctx.sentences));
  const partySides = parties.map((p) => (p.role ? roleSide(p.role, ctx) : undefined));
  // Two parties, one with a role: the other is on the other side. Neither: who hands over.
  if (parties.length === 2) {
    if (!partySides[0] && !partySides[1]) {
      const sharer = handsOver(ctx.sentences, parties.map((p) => p.shortName ?? p.name));
      if (sharer !== undefined) partySides[sharer] = 'A';
    }
    if (partySides[0] && !partySides[1]) partySides[1] = partySides[0] === 'A' ? 'B' : 'A';
    if (partySides[1] && !partySides[0]) partySides[0] = partySides[1] === 'A' ? 'B' : 'A';
  }
  // One company named, against a role word the opening joins it to ("被授权人与某某公司之间"): the other side.
  if (parties.length === 1 && !partySides[0]) {
    const against = joinedRole(openingSentences(ctx.sentences), parties[0]!.name);
    const side = against && roleSide(against, ctx);
    if (side) partySides[0] = side === 'A' ? 'B' : 'A';
  }
  const body = ctx.sentences.slice(openingSentences(ctx.sentences).length);
  // A form that speaks as "我" or to "您" against one party it names: the pronoun is the other party.
  const pronouns = zhPronounSides(ctx.sentences, [...parties.map((p) => p.shortName ?? p.name), ...ZH_ROLE_WORDS]);
  if (parties.length === 1 && !partySides[0] && pronouns[0]) partySides[0] = pronouns[0][1] === 'A' ? 'B' : 'A';
  for (const [n, side] of pronouns) {
    names.add(n);
    sides.set(n, side);
  }
  parties.forEach((p, i) => {
    // The terms may call the company by its own words (朔光公司应当…) where the opening gives it only its letter.
    const own = zhDistinctiveName(p.name, body);
    for (const n of [p.name, p.shortName, ...(p.aliases ?? []), ...(own ? [own, `${own}公司`] : [])]) {
      if (!n) continue;
      names.add(n);
      const side = partySides[i];
      if (side) sides.set(n, side);
    }
  });
  // A bilingual opening puts the Chinese after the English on one line ("Party A (Licensor): … 甲方（许可方）：…"),
  // where no Chinese party line starts: the letter still carries the role beside it.
  for (const s of openingSentences(ctx.sentences)) {
    LETTER_ROLE.lastIndex = 0;
    for (let m = LETTER_ROLE.exec(s.text); m; m = LETTER_ROLE.exec(s.text)) {
      const side = roleSide(m[2]!, ctx);
      if (side && !sides.has(m[1]!)) sides.set(m[1]!, side);
    }
  }
  // A form with blank party lines ("甲方：" and nothing after it) places neither letter: who hands over does.
  if (!sides.has('甲方') && !sides.has('乙方')) {
    const sharer = handsOver(ctx.sentences, ['甲方', '乙方']);
    if (sharer !== undefined) {
      sides.set(sharer === 0 ? '甲方' : '乙方', 'A');
      sides.set(sharer === 0 ? '乙方' : '甲方', 'B');
    }
  }
  for (const n of NEUTRAL.split('|')) sides.set(n, 'both');
  const alt = [...names, ...NEUTRAL.split('|')].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  idx = { re: new RegExp(alt, 'g'), sides };
  cache.set(ctx, idx);
  return idx;
}

/**
 * The role word an opening joins to a party's name by 与, 和 or 同, before or after it, with a bracket
 * between ("被授权人（定义见下）与北京某某科技有限公司", "某某公司（下称“某某”）与被许可方"): the party on the
 * other side of the deal. A role word right before the name with nothing joining them is the name's own.
 */
function joinedRole(opening: readonly Sentence[], name: string): string | undefined {
  const n = escapeRegExp(name);
  const bracket = '(?:[（(][^（()）]{0,20}[)）])?';
  const re = new RegExp(`(${ROLES})${bracket}[与和同]${n}|${n}${bracket}[与和同](${ROLES})`);
  for (const s of opening) {
    const m = re.exec(s.text);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}
const ROLES = [...ZH_ROLE_WORDS].sort((a, b) => b.length - a.length).join('|');

/**
 * "甲方向乙方提供样品", "甲方许可乙方实施", "甲方委托乙方开发": who shares, by its verbs. A party after
 * 向, 给, 对 or 为 receives what the verb gives ("向乙方提供样品" has 乙方 receive): never the giver.
 */
/** The sharing pattern with the two parties' names in it: the letters, or the short names an opening gives (青禾公司, 公司). */
function sharesPattern(names: readonly string[]): RegExp {
  const n = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(
    `(?<![向给对为])(${n})(?:应当?|同意|愿意|将|拟)?[^。；，]{0,4}?(?:向(?:${n})|将)?[^。；，]{0,8}?(?:提供|交付|寄送|披露|许可|出售|转让)[^。；]{0,20}?(样品|样机|技术资料|技术秘密|保密信息|专利|技术|工艺|诀窍)`,
    'g',
  );
}
// "甲方委托乙方开发", "甲方委托乙方在某地加工…": the one commissioned does the work. Not selling or
// serving, which an agency's principal also commissions (委托乙方销售).
const COMMISSIONS = /(甲方|乙方)委托(甲方|乙方)[^。；，]{0,40}?(?:开发|研发|研制|试制|加工|装配|制造|生产|设计|咨询)/;
// "甲方对乙方提供的原材料进行加工", "甲方为乙方进行装配": the first processes the other's materials, so it
// makes to order, though the other hands over the materials and the technical standards for them.
const PROCESSES = /(甲方|乙方)(?:对|为)(甲方|乙方)(?:提供的[^。；，]{0,16}?)?进行[^。；，]{0,4}?(?:加工|装配|组装)/;
/** "甲方所购乙方的软件", "甲方向乙方采购产品": the second sells what the first buys. */
const BUYS_FROM = /(甲方|乙方)(?:所|向)?(?:购买|购进|采购|订购|所购)(?:的)?(甲方|乙方)(?:的)?(?:软件|产品|货物|设备|硬件)|(甲方|乙方)向(甲方|乙方)(?:购买|购进|采购|订购)/;

// "应甲方邀请，乙方同意派遣工程师…", "受甲方邀请的乙方技术人员": the side invited sends its people to do
// the work, so it is the one providing the service; the side that invites receives it.
const INVITED = /[应受](甲方|乙方)(?:的)?邀请[，,]?(?:的)?(甲方|乙方)[^。；]{0,12}?(?:派遣|派出|选派|委派|技术人员|工程师|专家)/;

const FORBIDS = /^(?:应当?|也)?(?:不得|不能|不应|无权|禁止|不)/;

function handsOver(sentences: readonly Sentence[], names: string[]): number | undefined {
  const votes = names.map(() => 0);
  // Who is commissioned, or processes the other's materials, does the work whatever the other hands over for it.
  const makers = names.map(() => 0);
  const SHARES = sharesPattern(names);
  // "青禾公司" holds "公司": a name read inside a longer one is that one's tail, no subject of its own.
  const tail = (text: string, at: number, name: string): boolean =>
    names.some((o) => o.length > name.length && o.endsWith(name) && text.slice(at + name.length - o.length, at + name.length) === o);
  for (const s of sentences) {
    for (const [re, at] of [[COMMISSIONS, 2], [PROCESSES, 1]] as const) {
      const c = re.exec(s.text);
      const dev = c && c[1] !== c[2] ? names.indexOf(c[at]!) : -1;
      if (dev >= 0) makers[dev]!++;
    }
    const inv = INVITED.exec(s.text);
    if (inv && inv[1] !== inv[2]) {
      const i = names.indexOf(inv[2]!);
      if (i >= 0) votes[i]!++;
    }
    const b = BUYS_FROM.exec(s.text);
    const seller = b ? (b[2] ?? b[4]) : undefined;
    if (seller && seller !== (b![1] ?? b![3])) {
      const i = names.indexOf(seller);
      if (i >= 0) votes[i]!++;
    }
    SHARES.lastIndex = 0;
    for (let m = SHARES.exec(s.text); m; m = SHARES.exec(s.text)) {
      // "乙方收到通知后向乙方提供" reads the receiver as the subject: a party never gives to itself.
      // "公司不得向任何第三方出售这些技术" forbids sharing; it shows no one shares.
      if (m[0].includes(`向${m[1]!}`) || tail(s.text, m.index, m[1]!) || FORBIDS.test(m[0].slice(m[1]!.length, m[1]!.length + 6))) continue;
      const i = names.indexOf(m[1]!);
      if (i >= 0) votes[i]!++;
    }
  }
  return onlyOne(makers) ?? onlyOne(votes);
}

/** The one of two tallies that has a vote where the other has none. */
function onlyOne(votes: readonly number[]): number | undefined {
  if (votes[0]! > 0 && votes[1] === 0) return 0;
  if (votes[1]! > 0 && votes[0] === 0) return 1;
  return undefined;
}

/** The party references in Chinese text, in order, with the side of each when known. */
export function zhPartyRefs(ctx: ReviewContext, text: string): PartyRef[] {
  // Without Chinese in the draft every name the index could hold has a Chinese character (the letters,
  // the role words, 我 and 您; a party line is found only in Chinese): a text without one names no
  // party, and an English draft need not build the index at all.
  if (!hasCjk(text) && chineseSentences(ctx.sentences).size === 0) return [];
  const { re, sides } = zhIndex(ctx);
  const out: PartyRef[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/^[我你您]$/.test(m[0]) && NOT_PRONOUN.test(text.slice(m.index + 1, m.index + 2))) continue;
    const side = MUTUAL.test(m[0]) ? 'both' : sides.get(m[0]);
    out.push(side ? { text: m[0], index: m.index, side } : { text: m[0], index: m.index });
  }
  return out;
}

/** How far from a verb its subject or object is looked for, in characters. */
const NEAR = 60;

/** A party after these receives or is served by the verb that follows (向乙方提供, 为甲方开发): it is no subject. */
const OBJECT_OF = /[向给对为]$/;

/**
 * The last party named before `index`: the subject of the verb there, usually. One named after 向,
 * 给, 对 or 为 is the verb's receiver, so the subject is looked for before it, and there may be none.
 */
export function zhPartyBefore(ctx: ReviewContext, text: string, index: number): PartyRef | undefined {
  const from = Math.max(0, index - NEAR);
  const refs = zhPartyRefs(ctx, text.slice(from, index));
  for (let i = refs.length - 1; i >= 0; i--) {
    const ref = refs[i]!;
    if (!OBJECT_OF.test(text.slice(Math.max(0, from + ref.index - 1), from + ref.index))) return { ...ref, index: ref.index + from };
  }
  return undefined;
}

/** The party named right after `index` (归甲方所有, 转让给乙方), or nothing. */
export function zhPartyRightAfter(ctx: ReviewContext, text: string, index: number): PartyRef | undefined {
  const ref = zhPartyRefs(ctx, text.slice(index, index + 12))[0];
  return ref && ref.index <= 2 ? { ...ref, index: ref.index + index } : undefined;
}
