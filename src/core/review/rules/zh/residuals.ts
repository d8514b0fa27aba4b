import type { Rule } from '../../context';
import { G, NOT } from '../../topics/zh/words';
import { finding } from '../finding';
import { ourSide, type PartyRef } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';
import { zhPartyBefore } from '../../zh/side';

const RESIDUALS = new RegExp(`残留信息|残存信息|剩余信息|残留知识|(?:未经辅助|未借助|不借助|凭借?${G(10)})的?记忆|头脑中${G(6)}(?:保留|记忆)`, 'g');
/** The draft rules residuals out: that protects the discloser and is no finding. */
const EXCLUDED = new RegExp(`${NOT}${G(20)}(?:使用|利用)${G(20)}(?:残留|残存|剩余信息|记忆)|(?:残留|残存)${G(20)}(?:不适用|不得使用)`);
/** The grant: 可以使用, 有权使用, 可自由使用. */
const USE_RIGHT = /(?:可以|有权|可|(?<![不未])得|仍可)[^。；]{0,12}?(?:自由)?(?:使用|利用)/;

/** A residuals clause in Chinese: the receiving side may use what its staff remember. */
export const residualsZh: Rule = (ctx) => {
  const uses = hits(ctx, RESIDUALS, (h) => !EXCLUDED.test(h.sentence.text) && USE_RIGHT.test(h.sentence.text));
  if (uses.length === 0) return [];
  const ours = ourSide(ctx);
  const against = uses.filter((h) => {
    const side = beneficiary(ctx, h)?.side;
    // We receive: only a right the discloser keeps for itself hurts us. We disclose: any right but our own.
    return ours === 'B' ? side === 'A' : ours === 'A' ? side !== 'A' : true;
  });
  if (against.length === 0) return [];
  const unknown = ours === undefined;
  return [
    finding(ctx, {
      rule: 'one-sided.residuals',
      key: unknown ? 'one-sided.residuals-unknown' : 'one-sided.residuals',
      topic: 'residuals',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(against),
      sideUnknown: unknown,
    }),
  ];
};

/** Who may use them: the party named last before the grant, else before the residuals. */
function beneficiary(ctx: Parameters<Rule>[0], h: Hit): PartyRef | undefined {
  const text = h.sentence.text;
  const grant = USE_RIGHT.exec(text);
  return (grant && zhPartyBefore(ctx, text, grant.index)) || zhPartyBefore(ctx, text, h.index);
}
