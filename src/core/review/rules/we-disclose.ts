import type { ReviewContext } from '../context';
import { zhPartyBefore, zhPartyRefs } from '../zh/side';
import { ourSide, partyBefore, partyRefs, partyRightAfter } from './side';

// Handing something over: "shall provide", "will deliver", "makes available", "report".
const GIVE = /\b(?:provid(?:e|es|ing)|disclos(?:e|es|ing)|deliver(?:s|ing)?|furnish(?:es|ing)?|send(?:s|ing)?|shar(?:e|es|ing)|giv(?:e|es|ing)|submit(?:s|ting)?|suppl(?:y|ies|ying)|transfer(?:s|ring)?|communicat(?:e|es|ing)|report(?:s|ing)?|lend(?:s|ing)?|make(?:s)?\s+available)\b/gi;
// …what can be handed over: samples, data, materials, information, feedback, results.
const THING =
  /\b(?:samples?|specimens?|prototypes?|materials?|data|information|know-how|technolog(?:y|ies)|software|(?:source\s+)?code|specifications?|documents?|documentation|drawings|designs?|feedback|comments|suggestions|results|reports?|findings|evaluations?)\b/i;
// A thing handed over by a party: "information disclosed by Evaluator", "Samples supplied by the Customer".
// …of it, what a confidentiality term protects most: "deliver the software and the know-how".
const OUR_TECHNOLOGY = /\b(?:know-how|technolog(?:y|ies)|software|source\s+code|specifications?|designs?|drawings)\b/i;
const GIVEN_BY = /\b(?:provided|disclosed|delivered|furnished|sent|shared|given|submitted|supplied|transferred|communicated|reported|lent|made\s+available)\s+(?:to\s+\w+\s+)?by\s+/gi;
// Either party may be the one that discloses: "information disclosed by either party", "each Party may disclose".
const EITHER = /\b(?:either|each|one|a)\s+party\b[^.;]{0,40}?\b(?:disclos|provid|furnish|exchang|shar)|\b(?:disclos|provid|furnish|shar)\w*\s+by\s+(?:either|each|one|a)\s+party\b|\bthe\s+parties\s+(?:may|will|shall|wish\s+to|intend\s+to)\s+(?:\w+\s+){0,2}?(?:exchange|share)\b/i;
const NOT = /\b(?:not|never|no)\b/i;
// Chinese: 乙方向甲方提供测试报告, 乙方应将测试结果反馈给甲方, 双方相互提供.
const ZH_GIVE = /(?:提供|披露|交付|提交|反馈|告知|转交|出具)/g;
const ZH_THING = /样品|样机|资料|材料|数据|信息|技术|报告|结果|意见|文件|图纸/;
const ZH_EITHER = /(?:双方|任何一方|一方)(?:相互|互相)?(?:向对方)?(?:提供|披露|交换)/;
// A party that applies to or engages a body (申请商检局…出具检验报告, 委托检验机构…提供) does not itself
// issue what that body issues: the report is the inspector's, handed over on the goods, not ours.
const ZH_ASKS_BODY = /(?:申请|委托|聘请|请求)(?![方人])[^，。；]{0,20}?(?:局|机构|机关|部门|中心|公司|银行|单位|协会|事务所|研究所|研究院)/;

/**
 * Whether our side hands the other anything a confidentiality term would protect: samples, data,
 * materials, information, feedback or results, given by us (or by either party) to them. Where our side
 * only receives their software, data or material, silence on confidentiality binds us to nothing and
 * costs us nothing. Where the draft's parties cannot be placed, the point stays on the checklist.
 */
export function weDisclose(ctx: ReviewContext): boolean {
  const ours = ourSide(ctx);
  if (!ours) return true;
  const mine = (side: string | undefined) => side === ours || side === 'both';
  let placed = false;
  for (const s of ctx.sentences) {
    const text = s.text;
    if (EITHER.test(text) || ZH_EITHER.test(text)) return true;
    const refs = [...partyRefs(ctx, text), ...zhPartyRefs(ctx, text)];
    if (refs.some((r) => r.side === 'A' || r.side === 'B')) placed = true;
    for (const m of text.matchAll(GIVE)) {
      const at = m.index + m[0].length;
      const by = partyBefore(ctx, text, m.index);
      if (!by || !mine(by.side) || NOT.test(text.slice(by.index + by.text.length, m.index))) continue;
      const after = text.slice(at, at + 160);
      // To the other side, or feedback and results, which by nature go back to the one whose thing was tested.
      const to = partyRefs(ctx, after)[0];
      if (THING.test(after) && ((to && to.side !== ours) || /\b(?:feedback|comments|suggestions|results|reports?|findings)\b/i.test(after.slice(0, 60)))) return true;
      // Our technology delivered with no one named to receive it goes to the other party of a two-party deal.
      if (!to && OUR_TECHNOLOGY.test(after.slice(0, 80))) return true;
    }
    for (const m of text.matchAll(GIVEN_BY)) {
      const by = partyRightAfter(ctx, text, m.index + m[0].length);
      if (by && mine(by.side) && THING.test(text.slice(Math.max(0, m.index - 80), m.index))) return true;
    }
    for (const m of text.matchAll(ZH_GIVE)) {
      const by = relativeGiver(ctx, text, m.index, m[0].length) ?? zhPartyBefore(ctx, text, m.index);
      if (!by || !mine(by.side) || ZH_ASKS_BODY.test(text.slice(by.index + by.text.length, m.index))) continue;
      if (ZH_THING.test(text.slice(m.index, m.index + 30))) return true;
    }
  }
  return !placed;
}

/**
 * "对乙方提供的原材料进行加工": a party right before 提供的 (or 所提供的) is the one that provides, though 对
 * stands before it: 对 there governs what is done with the thing (进行加工). After 向, 给 or 为 the party
 * still receives ("甲方为乙方提供的资料" are the papers 甲方 provides for 乙方).
 */
function relativeGiver(ctx: ReviewContext, text: string, at: number, length: number): ReturnType<typeof zhPartyBefore> {
  if (text[at + length] !== '的') return undefined;
  const from = Math.max(0, at - 8);
  const head = text.slice(from, at).replace(/所$/, '');
  const last = zhPartyRefs(ctx, head).at(-1);
  if (!last || last.index + last.text.length !== head.length || /[向给为]/.test(text[from + last.index - 1] ?? '')) return undefined;
  return { ...last, index: last.index + from };
}
