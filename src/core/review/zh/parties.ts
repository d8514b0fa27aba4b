import type { Party, Sentence } from '../context';
import { hasCjk } from './cjk';

/** The letters Chinese contracts call the parties by: 甲方, 乙方, 丙方. */
export const LETTERS = ['甲方', '乙方', '丙方'] as const;

/** A party as a Chinese opening introduces it, with the role word beside its name when given. */
export interface ZhParty extends Party {
  role?: string;
  /** The draft's own names beside the letter: 甲方 …（以下简称“朔光公司”或“贵方”）. */
  aliases?: string[];
}

// Role words of Chinese contracts, longest first so 样品提供方 is read before 提供方.
export const ZH_ROLE_WORDS = [
  '样品提供方', '技术提供方', '研究开发方', '被许可方', '被许可人', '被授权方', '被授权人', '许可方', '许可人', '授权方',
  '提供方', '披露方', '接收方', '接受方', '测试方', '评估方', '试用方', '转让方', '让与方', '让与人', '受让方',
  '受让人', '委托方', '受托方', '开发方', '供应方', '供货方', '供方', '需方', '采购方', '卖方', '出卖方', '买方',
  '买受人', '经销商', '经销方', '代理商', '代理方', '分销商', '客户',
  // The Civil Code's own words for the parties of a technology contract, and the transferor's other name.
  '研究开发人', '委托人', '受托人', '出让方', '出让人',
  // Who advises, serves or makes to order for the one that commissions it: 技术咨询、技术服务、承揽.
  '顾问方', '服务方', '承揽方', '承揽人', '定作方', '定作人',
] as const;

const ROLE = ZH_ROLE_WORDS.join('|');
// "甲方（样品提供方）：", "许可方（甲方）：", "供方（以下简称“甲方”）：", "披露方：", at the start of a line.
const INTRO = new RegExp(
  `^(甲方|乙方|丙方|${ROLE})(?:[（(]([^）)]{1,16})[)）])?[：:][\\s\\u3000]{0,4}([^\\n]{0,120})$`,
);
// "（以下简称“甲方”）", "（简称“乙方”）", "（以下称甲方）", "（下称“乙方”）", "（以下简称“许可方”或“甲方”）"
const SHORT = /[（(](?:以下|下文|下)?(?:简称|称)(?:为)?[：:]?[“"「]?([^”"」）)]{1,12})[”"」]?(?:[或和及、，,][“"「]?[^”"」）)]{1,12}[”"」]?){0,3}[)）]/;
// Each name inside such a bracket: "（以下简称“许可方”或“甲方”）" gives the party both.
// A form's own naming with no bracket, at the end of the party line: "委托方：＿＿＿，以下简称甲方；".
const SHORT_OPEN = /[，,]\s{0,2}(?:以下|下文|下)(?:简称|称)(?:为)?[“"]?(甲方|乙方|丙方)[”"]?\s{0,2}[；;。]?$/;
const QUOTED = /[“"「]([^”"」）)]{1,12})[”"」]/g;
// A party line whose name follows on a line of its own: "甲方：" then "名称：某某有限公司".
const NAME_LINE = /^(?:名称|公司名称|单位名称|企业名称|姓名)[\s\u3000]{0,4}[：:][\s\u3000]{0,4}(\S[^\n]{0,120})$/;
const LETTER = /^(?:甲方|乙方|丙方)$/;
// A form that heads each party with its role and sets its letter on the line below, before the blank
// for the name: "委托方：" then "（甲方）＿＿＿＿".
const LETTER_BELOW = /^[（(](甲方|乙方|丙方)[)）][\s\u3000]{0,4}([^\n]{0,120})$/;
// A blank line to fill in, at least three marks long: ＿＿＿, ______, ……
const BLANK = /^[＿_…．.\s\u3000-]{3,80}$/;
// The particulars a party line may run on with: "甲方：某某有限公司，住所：深圳市…".
const PARTICULARS = /[，,；;]\s*(?:住所|地址|注册地址|注册地|通讯地址|法定代表人|负责人|联系人|电话|统一社会信用代码)[\s\S]*$/;
const ROLE_ONLY = new RegExp(`^(?:${ROLE})$`);
// A bracket after the company form that is the name's own, not a role or a place beside it: the
// branch that contracts (某某银行股份有限公司（南山支行）) or a partnership's form (某某投资中心（有限合伙）).
const OWN_BRACKET = /^[（(](?:[^（()）]{1,20}(?:支行|分行|分公司|分理处|营业部|办事处|代表处|分所|分院|分厂)|(?:特殊)?(?:的)?普通合伙|有限合伙)[)）]/;

/** The parties of a Chinese opening: each "甲方：名称" line, else each name with its short name in brackets. */
export function chineseParties(opening: readonly Sentence[]): ZhParty[] {
  const lines = introducedOnLines(opening);
  return lines.length > 0 ? lines : introducedInline(opening);
}

/**
 * A label spaced out to line up the colons, "甲  方：" (ideographic spaces too) or "委 托 方（甲方）：",
 * read without the spaces: only in the few characters before the colon.
 */
function unspacedLabel(line: string): string {
  const colon = line.search(/[：:]/);
  return colon > 0 && colon <= 20 && hasCjk(line.slice(0, colon)) ? line.slice(0, colon).replace(/[\s\u3000]+/g, '') + line.slice(colon) : line;
}

/** The names a naming bracket gives: "（以下简称“许可方”或“甲方”）" gives 许可方 and 甲方; "（以下称甲方）" gives 甲方. */
function shortNames(text: string): string[] {
  const m = SHORT.exec(text);
  if (!m) return [];
  const quoted = [...m[0].matchAll(QUOTED)].map((q) => q[1]!.trim());
  return quoted.length > 0 ? quoted : [m[1]!.trim()];
}

// A heading word the party lines may follow on the same line: "订约人：甲方：…", "立合同人 甲方 …".
const HEADING = /^(?:订约人|订约方|立合同人|签约方|签约人|缔约方|合同当事人|当事人)[\s\u3000]{0,4}[：:]?[\s\u3000]{0,4}(?=(?:甲|乙|丙)[\s\u3000]{0,4}方)/;
// The next party on the same line, after spaces (or a line the reader joined): "甲方：某某公司  乙方：某某公司".
const NEXT_ON_LINE = /[\s\u3000]{1,12}(?=(?:乙方|丙方)[：:（(])/;
// "甲方 某某公司": a letter a space sets apart from its name, read as with a colon.
const SPACED_LETTER = /^(甲方|乙方|丙方)[\s\u3000]{1,4}(?=[^\s\u3000：:（(])/;

/** The party lines of an opening, with a heading word before them taken off and two parties on one line set apart. */
function partyLines(opening: readonly Sentence[]): string[] {
  return opening.flatMap((s) => {
    const t = s.text.trim();
    const after = t.replace(HEADING, '');
    if (after === t) return [t];
    return after.split(NEXT_ON_LINE).map((l) => l.trim().replace(SPACED_LETTER, '$1：'));
  });
}

function introducedOnLines(opening: readonly Sentence[]): ZhParty[] {
  const out: ZhParty[] = [];
  const lines = partyLines(opening);
  for (const [i, text] of lines.entries()) {
    const m = INTRO.exec(unspacedLabel(text));
    if (!m) continue;
    const [, label, bracket, line] = m as unknown as [string, string, string | undefined, string];
    const below = bracket ? undefined : LETTER_BELOW.exec(lines[i + 1]?.trim() ?? '');
    const rest = line.trim() || (NAME_LINE.exec(lines[i + 1] ?? '')?.[1] ?? below?.[2] ?? '');
    const open = SHORT_OPEN.exec(rest)?.[1];
    const shorts = [...shortNames(rest), ...shortNames(bracket ? `（${bracket}）` : ''), ...(open ? [open] : []), ...(below ? [below[1]!] : [])];
    const short = shorts[0];
    const written = rest.replace(SHORT, '').replace(SHORT_OPEN, '').replace(PARTICULARS, '').replace(/[（(][^）)]{0,40}[)）]\s*$/, (b) => (OWN_BRACKET.test(b) ? b : '')).trim();
    const words = [label, bracket, ...shorts].filter((w): w is string => !!w);
    const letter = words.find((w) => LETTER.test(w));
    const role = words.find((w) => ROLE_ONLY.test(w));
    // A form's blank for the name (委托方：＿＿＿＿，以下简称甲方) is no name: the party goes by its role or letter.
    const name = BLANK.test(written) ? (role ?? letter ?? label) : written;
    if (name.length < 2) continue;
    const party: ZhParty = { name };
    const shortName = letter ?? short ?? role;
    if (shortName) party.shortName = shortName;
    if (role) party.role = role;
    const aliases = shorts.filter((w) => w !== shortName && !ROLE_ONLY.test(w));
    if (aliases.length > 0) party.aliases = aliases;
    out.push(party);
    if (out.length === 4) break;
  }
  return out;
}

const SHORT_ALL = new RegExp(SHORT.source, 'g');
// What comes before a name in a running opening: "本合同由…与…签订", "甲方、乙方".
const FORM_COMMA = /,(?=\s?(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC)\b)/g;
const BEFORE_NAME = /[，。；：:、,]|由|与|和|及|同|之间|签订|订立/;

/**
 * "本合同由北京某某科技有限公司（以下简称“甲方”）与 Acme Ltd.（以下简称“乙方”）签订": each name is
 * what runs back from its naming bracket to the word or mark that introduces it.
 */
function introducedInline(opening: readonly Sentence[]): ZhParty[] {
  const out: ZhParty[] = [];
  for (const s of opening) {
    SHORT_ALL.lastIndex = 0;
    let from = 0;
    for (let m = SHORT_ALL.exec(s.text); m; m = SHORT_ALL.exec(s.text)) {
      const before = s.text.slice(Math.max(0, m.index - 60), m.index);
      // The comma of an English company form ("Co., Ltd.") is the name's own, no mark before it.
      const pieces = before.replace(FORM_COMMA, '\uE002').split(BEFORE_NAME);
      const last = pieces[pieces.length - 1]!.replace(/\uE002/g, ',').trim();
      // A name its description follows before the bracket ("由某某有限公司--根据香港法律成立…（以下简称“某某公司”）").
      const name = COMPANY.test(last) ? last : (describedName(s.text.slice(Math.max(from, m.index - DESCRIPTION_REACH), m.index)) ?? last);
      from = m.index + m[0].length;
      const shorts = shortNames(m[0]);
      const letter = shorts.find((w) => LETTER.test(w));
      const role = shorts.find((w) => ROLE_ONLY.test(w));
      const short = letter ?? role ?? shorts[0]!;
      // A form's blank before the bracket ("本协议是＿＿＿＿（以下简称甲方）") leaves the party unnamed: it goes
      // by its letter or role, not by the words before the blank.
      if (BLANK_BEFORE.test(before) && (letter || role)) {
        out.push({ name: role ?? letter!, shortName: short, ...(role ? { role } : {}) });
        if (out.length === 4) return out;
        continue;
      }
      // A defined term of the deal ("以下简称“本项目”") is no party: a party's short name is a letter or a role.
      if (name.length < 2 || !(letter || role || short.length <= 6)) continue;
      if (!letter && !role && !COMPANY.test(name)) continue;
      const party: ZhParty = { name, shortName: short };
      if (role) party.role = role;
      const aliases = shorts.filter((w) => w !== short && !ROLE_ONLY.test(w));
      if (aliases.length > 0) party.aliases = aliases;
      out.push(party);
      if (out.length === 4) return out;
    }
  }
  return out;
}

/** A blank to fill in right before a naming bracket: three or more spaces, underscores or dots. */
const BLANK_BEFORE = /[＿_…．\s\u3000]{3}$/;

/** How far before its naming bracket a described party's name may start. */
const DESCRIPTION_REACH = 240;
/** Where a party's description starts after its name: "--根据…法律成立", "，一家依照…注册的公司". */
const DESCRIPTION = /(?:--|－－|——|—|，|,)[\s\u3000]{0,2}(?:一家)?(?:根据|依据|依照|按照|系|注册|成立)/;
const NAME_ENDS = /(?:有限公司|公司|集团|研究院|研究所|大学|学院|厂)$/;
/** The longest a described name may be. */
const LONGEST_NAME = 60;

/**
 * The company a description follows, in the words before a naming bracket: the run before the
 * description, after the last mark and the word that introduces it (由, 与, 和, 及, 同).
 */
function describedName(before: string): string | undefined {
  const d = DESCRIPTION.exec(before);
  if (!d) return undefined;
  const head = before.slice(0, d.index).trimEnd();
  const cut = Math.max(...['，', '。', '；', '：', ':', '、', ' ', '\u3000'].map((c) => head.lastIndexOf(c)));
  const name = head.slice(cut + 1).replace(/^(?:由|与|和|及|同)/, '');
  return name.length >= 2 && name.length <= LONGEST_NAME && NAME_ENDS.test(name) ? name : undefined;
}

const COMPANY = /(?:公司|研究院|研究所|大学|学院|中心|集团|厂|Ltd\.?|Limited|Inc\.?|GmbH|AG|S\.p\.A\.|LLC|Co\.|Corp\.?|B\.V\.|N\.V\.|SE|S\.A\.|Pte\.?\s?Ltd\.?|AB|Oy|K\.K\.)$/;
