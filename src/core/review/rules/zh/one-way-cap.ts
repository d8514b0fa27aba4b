import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { zhPartyBefore } from '../../zh/side';
import { finding } from '../finding';
import { ourSide } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';

/**
 * A cap on what a party pays for its liability: 赔偿责任总额不超过合同价款, 责任以已收取的费用为限,
 * 责任仅限于……许可费金额, 不承担金额超过……购买价的损害赔偿. A penalty for lateness alone
 * (违约金不超过) is no cap on liability and is not read here.
 */
const CAP = new RegExp(
  [
    `(?:责任|赔偿)${G(40)}(?:最高)?不(?:得|应)?超过`,
    `(?:责任|赔偿)${G(40)}以${G(30)}为限`,
    `(?:责任|赔偿)${G(20)}限于${G(30)}(?:金额|价款|费用|价格|总额|款项|使用费|收入)`,
    `不承担(?:金额|数额)?超过${G(40)}赔偿`,
  ].join('|'),
  'g',
);

/** A cap on the penalty for lateness (逾期交货的赔偿总额不超过): a term of delivery or payment, not of liability. */
const LATENESS = /逾期|迟延|延迟|延误|滞纳/;
/** How far before the cap the lateness is looked for, in characters: the clause that sets the penalty. */
const LATE_REACH = 40;

/**
 * 乙方的赔偿责任不超过……, 卖方在任何情况下均不承担金额超过……的损害赔偿: the cap in a Chinese
 * draft protects only the other side, and nothing caps ours, so what we owe has no limit while what
 * they owe does. Quiet where a cap reaches both sides (双方, 任何一方) or names no side, and where a
 * cap protects us.
 */
export const oneWayCapZh: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const caps = hits(ctx, CAP, (h) => !LATENESS.test(h.sentence.text.slice(Math.max(0, h.index - LATE_REACH), h.index + h.text.length)));
  if (caps.length === 0) return [];
  const theirs: Hit[] = [];
  for (const h of caps) {
    const side = zhPartyBefore(ctx, h.sentence.text, h.index)?.side;
    // A cap for us, for both or for no one named: what we owe is bounded too, or the cap is the deal's.
    if (side === undefined || side === ours || side === 'both') return [];
    theirs.push(h);
  }
  const evidence = groupedEvidence(theirs);
  return [
    finding(ctx, {
      rule: 'one-sided.one-way-cap',
      topic: 'liability',
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      noFix: true,
    }),
  ];
};
