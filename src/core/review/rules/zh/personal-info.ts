import type { ReviewContext, Rule } from '../../context';
import { ZH_GAP } from '../../zh/cjk';
import { zhPartyRefs } from '../../zh/side';
import { finding } from '../finding';
import { ourSide } from '../side';
import { groupedEvidence, zhHits, type Hit } from '../text';
import { anyMatching } from '../sentence-gate';

// People's details or orders handed on: 将客户订单及相关信息推送至乙方, 向乙方提供用户的个人信息. Contact details
// only as the customers' (用户的联系方式): a party's own contact person (项目联系人的联系方式) is no one's personal data at stake.
const PEOPLE = '(?:个人信息|(?:客户|用户|消费者|会员)的?(?:信息|资料|订单|联系方式))';
const PASSED = new RegExp(`${PEOPLE}${ZH_GAP(20)}(?:推送|转交|发送|传送|转发|提供|共享|交给|分配)(?:至|给|到)?|(?:推送|转交|发送|传送|转发|提供|共享)${ZH_GAP(12)}${PEOPLE}`, 'g');
// What the law asks of one who receives personal information (PIPL arts. 21-23, 51, 47): security,
// no onward transfer beyond the purpose, deletion; any of them written in shows the point was weighed.
const PIPL_TERMS = /个人信息保护|个人信息安全|个人信息保护法|数据安全|网络安全法|安全保护措施|(?:删除|销毁)[^。；]{0,12}(?:个人|客户|用户|消费者)?(?:信息|数据)|(?:个人|客户|用户|消费者)(?:信息|数据)[^。；]{0,30}(?:删除|销毁)|不得[^。；]{0,20}(?:泄露|出售|非法提供)[^。；]{0,10}(?:个人|客户|用户|消费者)?信息/;

/**
 * We hand our customers' or users' personal information to the other side (orders pushed to a dealer,
 * member details shared with a partner) and the draft says nothing of how it must be kept: no security
 * duty, no bar on passing it on, no deletion. Under the Personal Information Protection Law the one
 * that provides it must tell the people it concerns and get their separate consent (art. 23), and where
 * the recipient processes it on our behalf, agree those terms and supervise it (art. 21).
 */
export const personalInfoZh: Rule = (ctx) => {
  if (anyMatching(ctx.sentences, PIPL_TERMS)) return [];
  const passed = peoplePassed(ctx, true);
  if (passed.length === 0) return [];
  return [finding(ctx, { rule: 'missing.personal-information', topic: 'confidentiality', severity: 'medium', kind: 'missing', evidence: groupedEvidence(passed), noFix: true })];
};

// The people whose details they are, named as a party label in some drafts (客户), are no recipient.
const PEOPLE_WORD = /客户|用户|消费者|会员/;

/**
 * Where the draft hands people's details or orders to a party other than us: the first party named
 * after the handing over (推送至乙方), or right before it after 向/给 (向乙方提供用户信息). `placed`
 * asks that the party be known to be theirs; otherwise a party whose side is not read will do.
 */
function peoplePassed(ctx: ReviewContext, placed: boolean): Hit[] {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const theirs = (r: { text: string; side?: string }) => !PEOPLE_WORD.test(r.text) && r.side !== ours && r.side !== 'both' && (!placed || r.side !== undefined);
  return zhHits(ctx, PASSED, (h) => {
    const end = h.index + h.match[0].length;
    const after = zhPartyRefs(ctx, h.sentence.text.slice(end, end + 16)).find((r) => !PEOPLE_WORD.test(r.text));
    const lead = h.sentence.text.slice(Math.max(0, h.index - 14), h.index);
    const before = /[向给]([^向给]{1,12})$/.exec(lead);
    const to = after ?? (before ? zhPartyRefs(ctx, before[1]!)[0] : undefined);
    return to !== undefined && theirs(to);
  });
}

// The recipient sells to or serves those customers itself: 处理客户的售后问题, 向客户提供商品.
const SERVES = /售后|(?:向|为)[^。；]{0,6}(?:客户|消费者|用户)[^。；]{0,10}(?:销售|提供(?:商品|产品|服务)|开具发票)|与[^。；]{0,6}(?:客户|消费者)[^。；]{0,6}达成[^。；]{0,10}(?:销售|买卖)/;

/**
 * We pass the customers' orders to the one that sells to and serves them: the orders become its own
 * records of its own sales, kept for after-sales and invoices, not information lent to it to give
 * back. What they may do with them is a personal-information point, not a return duty.
 */
export function ordersToTheirSeller(ctx: ReviewContext): boolean {
  return peoplePassed(ctx, false).length > 0 && anyMatching(ctx.sentences, SERVES);
}
