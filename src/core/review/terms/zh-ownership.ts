import type { Party, ReviewContext, Sentence } from '../context';
import { quote } from '../rules/text';
import { DEFINES } from '../topics/zh/words';
import { openingSentences } from '../parties';
import { chineseSentences } from '../zh/cjk';
import { chineseParties } from '../zh/parties';
import { zhPartyBefore, zhPartyRefs } from '../zh/side';
import type { Holder, HolderRef } from './holder';
import type { Condition, OwnershipClause, OwnershipTerm } from './ownership';
import { zhGeneric, zhVerbPatterns, type ZhVerbPattern } from './zh-verbs';
import { readZhObject } from './zh-objects';

/** Where a Chinese term's holder was read, and what is improved, kept for resolving once the side is known. */
export interface ZhReading {
  holder: string;
  /** Offset of the holder within the sentence. */
  holderAt: number;
  /** For improvements: the words saying what is improved (对甲方背景技术所作的). */
  improved?: string;
  /** For assignments and licences: where the giver is looked for before (the 将 of 乙方应将). */
  giverBefore?: number;
}

// Said not to happen: 不视为授予, 不得转让给, 并不属于; not 不论 (whoever), 未经 (consent), 无偿 (free) or 非独占.
const NEGATED = /不(?!论|仅|限于|影响|超过|少于|可撤销)|未(?!经)|无(?!论|偿|条件)|非(?!独占|排他)|禁止|并不/;
const WHOEVER = /(?:无论|不论|不管)[^。；，,]{0,12}?(?:哪一?方|何方|任何一方|谁|甲方(?:或|还是)乙方|乙方(?:或|还是)甲方)/;
const ON_PAYMENT = /付清|支付完毕|全额支付|(?:支付|付款)[^。；，,]{0,12}?(?:后|之后|以后)/;
const EXCEPT = /除[^。；]{0,40}?(?:外|以外|之外)/;
/** Words a Chinese ownership clause has, so most sentences cost one test. */
const CUE = /归|属|由|为|享有|拥有|取得|获得|持有|保留|转让|让与|转移|许可|授权|授予|给予/;
/** The end of a phrase: a comma, a semicolon or a colon. */
const PHRASE_END = /[，,；;：:]/;
const CLAUSE_END = /[；;]/;

/** Every ownership clause in the Chinese sentences of a draft, in reading order. */
export function readZhOwnership(sentences: readonly Sentence[], parties: readonly Party[]): OwnershipClause[] {
  const chinese = chineseSentences(sentences);
  if (chinese.size === 0) return [];
  // The draft's own short names beside 甲方 and 乙方 (以下简称“朔光公司”) hold things too.
  const aliases = chineseParties(openingSentences(sentences)).flatMap((p) => p.aliases ?? []);
  const res = zhVerbPatterns([...parties.flatMap((p) => [p.name, p.shortName ?? '']), ...aliases]);
  return sentences.flatMap((s) => (chinese.has(s) ? readZhSentence(s, res) : []));
}

/** Every ownership clause of a Chinese sentence, read from its words alone. */
function readZhSentence(s: Sentence, res: readonly ZhVerbPattern[]): OwnershipClause[] {
  const text = s.text;
  if (!CUE.test(text) || DEFINES.test(text)) return [];
  const found: OwnershipClause[] = [];
  for (const p of res) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const at = m.index;
      const end = at + m[0].length;
      if (found.some((c) => at < c.end && c.at < end)) continue;
      const phrase = startBefore(text, at, PHRASE_END);
      if (NEGATED.test(text.slice(phrase, at))) continue;
      const object = objectOf(p, m, text, at, end);
      const { things, improved } = readZhObject(object.text);
      if (things.length === 0 || (things.length === 1 && things[0] === 'goods')) continue;
      const holder = m[1]!;
      const holderAt = at + m[0].indexOf(holder);
      const clause = text.slice(startBefore(text, at, CLAUSE_END), endFrom(text, end, CLAUSE_END));
      const reading: ZhReading = { holder, holderAt };
      if (improved !== undefined) reading.improved = improved;
      if (p.verb === 'assigns' || p.verb === 'licenses') reading.giverBefore = object.giverBefore ?? at;
      const c: OwnershipClause = {
        sentence: s,
        verb: p.verb === 'owns' && /^(?:仍|始终|继续)/.test(m[0]) ? 'retains' : p.verb,
        at,
        end,
        things,
        conditions: conditions(clause),
        exceptions: EXCEPT.exec(clause)?.slice(0, 1) ?? [],
        holderAt: p.holder,
        needsHolder: true,
        quote: quote(s, at, end),
        zh: reading,
      };
      // 各自 beside the verb makes "双方各自享有" each party's own.
      const generic = /各自/.test(m[0]) ? 'relative' : zhGeneric(holder);
      if (generic) c.generic = generic;
      found.push(c);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The words naming the object: inside the match (享有……的专利申请权), after 将 (将……转让给),
 * after a grant (许可乙方使用……), else before the verb in its phrase, reaching back one phrase
 * more where that phrase says only 其知识产权.
 */
function objectOf(p: ZhVerbPattern, m: RegExpExecArray, text: string, at: number, end: number): { text: string; giverBefore?: number } {
  if (p.object === 'inside') return { text: m[2] ?? '' };
  if (p.object === 'after') {
    const after = text.slice(end, endFrom(text, end, PHRASE_END));
    if (readZhObject(after).things.length > 0) return { text: after };
  }
  const clause = startBefore(text, at, CLAUSE_END);
  const jiang = text.lastIndexOf('将', at);
  if (p.verb === 'assigns' && jiang >= clause) return { text: text.slice(jiang + 1, at), giverBefore: jiang };
  // Back phrase by phrase, over 其知识产权 and 无论由哪一方完成, to the first that names a thing.
  let start = startBefore(text, at, PHRASE_END);
  let fallback: string | undefined;
  for (let n = 0; n < 3 && start >= clause && at - start <= 120; n++) {
    const near = text.slice(start, at);
    const { things } = readZhObject(near);
    if (things.length > 0 && !(things.length === 1 && things[0] === 'ip') && !/^其/.test(near)) return { text: near };
    if (things.length > 0) fallback ??= near;
    if (start <= clause) break;
    start = startBefore(text, start - 1, PHRASE_END);
  }
  return { text: fallback ?? '' };
}

/** Where the phrase or clause holding `at` starts: just after the last stop before it. */
function startBefore(text: string, at: number, stops: RegExp): number {
  for (let i = at - 1; i >= 0; i--) if (stops.test(text[i]!)) return i + 1;
  return 0;
}

/** Where the phrase or clause going on from `from` ends: at its next stop. */
function endFrom(text: string, from: number, stops: RegExp): number {
  for (let i = from; i < text.length; i++) if (stops.test(text[i]!)) return i;
  return text.length;
}

function conditions(clause: string): Condition[] {
  const out: Condition[] = [];
  if (WHOEVER.test(clause)) out.push('whoever-makes');
  if (ON_PAYMENT.test(clause)) out.push('on-payment');
  if (EXCEPT.test(clause)) out.push('except');
  return out;
}

/** A Chinese term with its parties resolved: the holder read, the giver before the verb, and whose thing is improved. */
export function resolveZh(ctx: ReviewContext, c: OwnershipClause & { zh: ZhReading }): OwnershipTerm {
  const text = c.sentence.text;
  const t: OwnershipTerm = { ...c, holder: c.zh.holder === '其' ? subjectOf(ctx, text, c.at) : holderRef(ctx, c.zh.holder, c.zh.holderAt, c.generic) };
  if (c.zh.giverBefore !== undefined) {
    const from = startBefore(text, c.at, CLAUSE_END);
    // 乙方应将……转让给甲方: the party before 将; else the subject, the first party the clause names.
    const giver = text[c.zh.giverBefore] === '将' ? zhPartyBefore(ctx, text, c.zh.giverBefore) : zhPartyRefs(ctx, text.slice(from, c.at))[0];
    if (giver && giver.index + (text[c.zh.giverBefore] === '将' ? 0 : from) >= from) {
      const index = text[c.zh.giverBefore] === '将' ? giver.index : giver.index + from;
      t.from = giver.side ? { text: giver.text, index, holder: giver.side } : { text: giver.text, index };
    }
  }
  if (c.zh.improved !== undefined) {
    const improves = improvedOwner(ctx, c.zh.improved);
    if (improves) t.improves = improves;
  }
  return t;
}

/** 归其所有: 其 is the clause's subject, the first party it names (乙方完成的改进归其所有), each party where 各方 or 各自 comes first or right after it (双方各自), a third party where one does. */
function subjectOf(ctx: ReviewContext, text: string, at: number): HolderRef {
  const from = startBefore(text, at, CLAUSE_END);
  const before = text.slice(from, at);
  const ref = zhPartyRefs(ctx, before)[0];
  const each = /各方|各自|每一方|任何一方|完成方/.exec(before);
  if (each && (!ref || each.index <= ref.index + ref.text.length)) return { text: each[0], index: from + each.index, holder: 'relative' };
  const third = /第三方/.exec(before);
  if (third && (!ref || third.index < ref.index)) return { text: third[0], index: from + third.index, holder: 'third' };
  if (!ref) return { text: '其', index: at };
  return ref.side ? { text: ref.text, index: from + ref.index, holder: ref.side } : { text: ref.text, index: from + ref.index };
}

function holderRef(ctx: ReviewContext, text: string, index: number, generic: Holder | undefined): HolderRef {
  if (generic) return { text, index, holder: generic };
  const side = zhPartyRefs(ctx, text)[0]?.side;
  return side ? { text, index, holder: side } : { text, index };
}

/** 对甲方背景技术所作的改进 improves 甲方's; 对各自 or 对对方 each party's in turn; 对其 the maker's own. */
function improvedOwner(ctx: ReviewContext, improved: string): Holder | undefined {
  const on = /(?:对|基于|就|针对)([^。；，,]{0,30})$/.exec(improved);
  if (!on) return undefined;
  if (/^(?:各自|一方|对方|任何一方)/.test(on[1]!)) return 'relative';
  const refs = zhPartyRefs(ctx, improved);
  if (/^其/.test(on[1]!)) return refs.find((r) => r.index < on.index)?.side;
  return zhPartyRefs(ctx, on[1]!)[0]?.side;
}
