import type { Rule } from '../../context';
import { G } from '../../topics/zh/words';
import { zhPartyBefore, zhPartyRightAfter } from '../../zh/side';
import { finding } from '../finding';
import { ADDED_LIMIT, indemnityCap } from '../liability-fix';
import { oursLimited } from '../liability-words';
import { ourSide } from '../side';
import { groupedEvidence, inHeading, zhHits, type Hit } from '../text';

/**
 * Our side takes every loss on itself: 乙方负全部责任, 承担一切法律责任, 赔偿甲方因此遭受的全部损失, or
 * 由此产生的一切责任由乙方承担. 全部货款 and the like are a refund, not liability, and are not read.
 */
const ALL = new RegExp(
  [
    `(?:负|承担)(?:全部|一切|所有|全额|完全)(?:的)?(?:法律|经济|赔偿|违约)?(?:赔偿)?责任`,
    `赔偿${G(30)}(?:全部|一切|所有)(?:的)?(?:直接和间接|直接或间接|经济)?(?:损失|损害)`,
  ].join('|'),
  'g',
);
/**
 * Held harmless from any loss: 被许可方应使许可方免受任何索赔和损失, 乙方保证甲方免受一切损害. The giver is
 * named before 使 or 保证, the party protected after it. Not 行使, 致使, 即使 or 使用.
 */
const HARMLESS = new RegExp(`(?:(?=使)(?<![行致促迫即假])使(?!用)|保证|确保)${G(40)}免(?:受|于)${G(40)}(?:任何|一切|所有|全部)${G(40)}(?:索赔|损失|损害|责任|主张)`, 'g');
/** The liability named first and its bearer after it: 一切责任由乙方承担. */
const ALL_BY = /(?:全部|一切|所有)(?:的)?(?:法律|经济|赔偿)?责任(?:均|概|全部)?由/g;

/** Where the draft puts every loss on our side: the evidence of the finding below, and of none for the no-cap rule. */
export function bearsAll(ctx: Parameters<Rule>[0], ours: 'A' | 'B'): Hit[] {
  // A clause binding both (双方, 任何一方, 违约方) names no one side and is not read as ours.
  const first = zhHits(ctx, ALL, (h) => !inHeading(ctx, h.sentence) && zhPartyBefore(ctx, h.sentence.text, h.index)?.side === ours);
  const after = zhHits(ctx, ALL_BY, (h) => !inHeading(ctx, h.sentence) && zhPartyRightAfter(ctx, h.sentence.text, h.index + h.text.length)?.side === ours);
  const harmless = zhHits(ctx, HARMLESS, (h) => !inHeading(ctx, h.sentence) && zhPartyBefore(ctx, h.sentence.text, h.index)?.side === ours);
  return [...first, ...after, ...harmless];
}

/**
 * 如发生版权纠纷，乙方负全部责任，并对甲方因此受到的损失予以赔偿, or 乙方应使甲方免受任何索赔: our side
 * answers for every loss, with nothing in the draft to cap what it pays. A supplier's warranty of its own rights is usual; "all
 * liability" for any dispute, without a ceiling or a say in the defence, is not. Quiet where the
 * clause binds both sides or no one named, and where something in the draft caps or excludes ours.
 */
export const allLiabilityZh: Rule = (ctx) => {
  const ours = ourSide(ctx);
  if (!ours) return [];
  const found = bearsAll(ctx, ours);
  if (found.length === 0 || oursLimited(ctx, ours)) return [];
  const evidence = groupedEvidence(found);
  // A hold-harmless is an indemnity, which the added mutual limit leaves uncapped: the cap on our indemnity answers it.
  const held = found.some((h) => /免[受于]/.test(h.text));
  return [
    finding(ctx, {
      rule: 'one-sided.all-liability',
      topic: 'liability',
      severity: 'medium',
      kind: 'one-sided',
      evidence,
      ...(held ? indemnityCap(ours) : ADDED_LIMIT),
    }),
  ];
};
