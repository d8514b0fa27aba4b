import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { zhPartyBefore, zhPartyRightAfter } from '../../zh/side';
import { finding } from '../finding';
import { ourSide } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';

/** A licence granted as revocable: 授予您非排他性、可撤销的许可, 授予乙方一项可撤回的使用许可. Not 不可撤销. */
const REVOCABLE = /(?=可)(?<![不非])可(?:撤销|撤回|收回)(?:的|之)?[^。；，、,]{0,6}?(?:许可|授权|使用权)/g;
/** Said of the licence: 本许可是可撤销的, 该授权可随时撤回 (at will: the next pattern's). */
const IS_REVOCABLE = new RegExp(`(?:本|该|此|上述)(?:许可|授权)${G(4)}(?:是|为|系)可(?:撤销|撤回)的`, 'g');
/** The grant it qualifies: a licence passes to the party right after 授予 or 许可. */
const GRANT = /授予|授权|许可/g;
/**
 * The licensor may end it when it likes: 许可方可随时撤销本许可, 有权随时终止本许可, 可以任何理由解除本授权,
 * 授权方有权随时终止 (no object: the deal itself), 可单方决定终止本协议 (in a licence, the agreement is the licence).
 * The verb is found first and the words of will read before it, so the pattern stays linear.
 */
const ENDS = /(?:撤销|撤回|收回|终止|解除)(?:(?:对您的|对乙方的|本|该|此|上述|其)?(?:协议(?:及|和|与))?(?:许可|授权|使用权)|(?:本|该|此)(?:协议|合同)|(?=[。；，,]|$))/g;
/** Words of will: at any time, for no reason, on its own decision or judgement (授权方认为…, 根据许可方的判断). */
const AT_WILL = /(?:随时|任何时候|无需(?:任何)?理由|无须(?:任何)?理由|无理由|(?:以|基于|出于)任何(?:其他)?理由|单方(?:面)?|自行决定|全权决定|自主决定|酌情|认为|判断)/;
/** A party named after 通知 is told, not the one that ends it: 许可方可随时书面通知被许可方终止本协议. */
const NOTICE_TO = /通知[^。；，,]{0,12}$/;
/** Ending it for our breach is a remedy, not will: 如您违反本协议, 乙方未按期付款的. */
const FOR_CAUSE = /违反|违约|未(?:能)?(?:遵守|履行|按[^。；]{0,6}?支付|支付)|不遵守|侵犯/;
/** How far before the verb the words of will and the party that holds the right are read. */
const BEFORE = 30;

/**
 * A Chinese licence to us that the licensor may revoke or end at will: granted as 可撤销的许可 with no
 * grounds, or a right to end it 随时 or for any reason. Where we build on the licensed technology, it
 * can be withdrawn whenever the licensor likes. The reading of `one-sided.licence-end` for a licensee.
 */
export const licenceEndZh: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const toUs = (h: Hit) => {
    const before = h.sentence.text.slice(0, h.index);
    GRANT.lastIndex = 0;
    for (let m = GRANT.exec(before); m; m = GRANT.exec(before)) if (zhPartyRightAfter(ctx, before, m.index + m[0].length)?.side === 'B') return true;
    return false;
  };
  const revocable = [...hits(ctx, REVOCABLE, toUs), ...hits(ctx, IS_REVOCABLE)];
  const atWill = hits(ctx, ENDS, (h) => {
    const lead = h.sentence.text.slice(Math.max(0, h.index - BEFORE), h.index);
    if (!AT_WILL.test(lead) || FOR_CAUSE.test(h.sentence.text.slice(0, h.index))) return false;
    // Held by the other side, named: a licensee may often end a licence when it likes.
    const told = NOTICE_TO.exec(h.sentence.text.slice(Math.max(0, h.index - BEFORE), h.index));
    const at = told ? h.index - told[0].length : h.index;
    return zhPartyBefore(ctx, h.sentence.text, at)?.side === 'A';
  });
  const found = [...revocable, ...atWill];
  if (found.length === 0) return [];
  return [finding(ctx, { rule: 'one-sided.licence-end', topic: 'background-license', severity: 'medium', kind: 'one-sided', evidence: groupedEvidence(found) })];
};
