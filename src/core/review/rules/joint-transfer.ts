import type { Rule } from '../context';
import { zhPartyRightAfter } from '../zh/side';
import { finding } from './finding';
import { partyAfterTo, verdict, type PartyRef } from './side';
import { groupedEvidence, hitsWhere, type Hit } from './text';

// A share of ownership handed over: "assigns to the Foundation joint ownership of", "transfers an undivided
// one-half interest in", "将贡献的共同所有权转让给乙方".
const JOINT_EN =
  /\b(?:assigns?|transfers?|conveys?)\b[^.;]{0,60}?\b(?:joint\s+ownership|co-?ownership|an\s+undivided\s+(?:(?:one-half|equal|joint)\s+)?(?:interest|share|ownership))\b/gi;
const JOINT_ZH = /共同所有权[^。；]{0,6}?(?:转让给|转让予|让与)/g;
// The rare words, looked for first.
const CUE = /joint|co-?owner|undivided|共同所有权/i;

/**
 * Joint ownership of what we make or contribute is handed to the other side: under most laws (and PRC
 * practice where the parties agree so) each co-owner may use and license the work without the other's
 * consent or a share of the money, so the other side gets everything an owner has while we lose the
 * sole right to decide who else may use it. Quiet where the share goes to us, and hedged (low) where
 * the draft does not let us tell whose side takes it.
 */
export const jointTransfer: Rule = (ctx) => {
  const against: Hit[] = [];
  const unknown: Hit[] = [];
  const weigh = (h: Hit, to: PartyRef | undefined) => {
    const v = verdict(ctx, to?.side);
    if (v === 'against') against.push(h);
    else if (v === 'unknown' && to && to.side !== 'both') unknown.push(h);
  };
  for (const h of hitsWhere(ctx, CUE, JOINT_EN)) weigh(h, partyAfterTo(ctx, h.sentence.text, h.index));
  for (const h of hitsWhere(ctx, CUE, JOINT_ZH)) weigh(h, zhPartyRightAfter(ctx, h.sentence.text, h.index + h.text.length));
  const found = against.length > 0 ? against : unknown;
  if (found.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.joint-transfer',
      topic: 'joint-ownership',
      severity: 'high',
      kind: 'one-sided',
      evidence: groupedEvidence(found),
      ...(against.length === 0 ? { sideUnknown: true } : {}),
    }),
  ];
};
