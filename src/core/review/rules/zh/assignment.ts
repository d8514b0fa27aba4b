import type { Rule, RuleFinding } from '../../context';
import { G } from '../../topics/zh/words';
import { finding } from '../finding';
import { prcNote } from '../prc';
import { ourSide, verdict, type PartyRef } from '../side';
import { groupedEvidence, hits, type Hit } from '../text';
import { zhPartyBefore, zhPartyRefs, zhPartyRightAfter } from '../../zh/side';
import { derivedZh, licensedBackZh } from './grant-back';

/** Ownership landing: 归甲方所有, 属于乙方, 转让给甲方, 提供给甲方, with the owner named right after. */
const TO_OWNER = /(?:归|属于|属|转让给|转让予|让与|无偿提供给|提供给|交付给|授予)/g;
/** The owner named before: 由甲方享有, 甲方享有…的全部权利. */
const OWNER_FIRST = /(?:享有|拥有|取得)[^。；]{0,8}?(?:全部|一切|所有)?(?:权利|所有权|知识产权)/g;
const IMPROVED = new RegExp(`(?:改进|改良|衍生|演绎)${G(60)}$`);
const IMPROVED_WORD = /改进|改良|衍生|演绎/;
/** What is improved is what one side brought or licensed: the technology, samples or results. */
const SHARED = /许可|样品|样机|背景|技术|专利|产品|软件|成果|后续改进/;

interface Transfer {
  hit: Hit;
  owner: PartyRef;
}

function transfers(ctx: Parameters<Rule>[0]): Transfer[] {
  const out: Transfer[] = [];
  for (const hit of hits(ctx, TO_OWNER)) {
    const owner = zhPartyRightAfter(ctx, hit.sentence.text, hit.index + hit.text.length);
    if (owner) out.push({ hit, owner });
  }
  for (const hit of hits(ctx, OWNER_FIRST)) {
    const before = hit.sentence.text.slice(Math.max(0, hit.index - 6), hit.index);
    const owner = /由/.test(before) || /^[^，,]*$/.test(before) ? zhPartyBefore(ctx, hit.sentence.text, hit.index) : undefined;
    if (owner) out.push({ hit, owner });
  }
  return out;
}

/**
 * Improvements in a Chinese draft that land with the other side: 改进成果归甲方所有 when we are 乙方
 * (a grant-back, which PRC law may void) or when we share the technology and 乙方 keeps them.
 */
export const assignmentZh: Rule = (ctx) => {
  const ours = ourSide(ctx);
  const against: Hit[] = [];
  const unknown: Transfer[] = [];
  for (const t of transfers(ctx)) {
    const text = t.hit.sentence.text;
    if (!IMPROVED.test(text.slice(0, t.hit.index)) || !SHARED.test(text)) continue;
    // Who makes them, the subject of their clause: "甲方对许可专利所作的后续改进，归甲方所有" keeps a
    // party's own improvements with it; "乙方对甲方背景技术所作的改进" are 乙方's.
    const at = IMPROVED_WORD.exec(text)?.index ?? t.hit.index;
    const clause = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at)) + 1;
    const maker = zhPartyRefs(ctx, text.slice(clause, at))[0];
    if (maker && maker.text === t.owner.text) continue;
    const v = verdict(ctx, t.owner.side);
    if (v === 'against') against.push(t.hit);
    // Without both sides known we can still say who gets them: 甲方 and 乙方 carry no role of their own.
    else if (v === 'unknown' && t.owner.side !== 'both') unknown.push(t);
  }
  // What is taken whoever makes it covers the improvements in it; a licence back stands beside an
  // assignment only where it is another clause.
  const derived = derivedZh(ctx);
  if (derived.length > 0) return derived;
  const out: RuleFinding[] = licensedBackZh(ctx).filter(
    (f) => !f.evidence.some((e) => against.some((h) => h.sentence.paragraph === e.paragraph && e.start >= h.sentence.start && e.start < h.sentence.end)),
  );
  if (against.length > 0) {
    out.push(
      finding(ctx, {
        rule: 'one-sided.assignment',
        key: ours === 'B' ? 'one-sided.assignment.grant-back' : 'one-sided.assignment.improvements',
        topic: 'improvements',
        severity: ours === 'B' ? 'medium' : 'high',
        kind: 'one-sided',
        evidence: groupedEvidence(against),
        ...(ours === 'B' ? prcNote(ctx) : {}),
      }),
    );
  } else if (unknown.length > 0 && out.length === 0) {
    out.push(
      finding(ctx, {
        rule: 'one-sided.assignment',
        key: 'one-sided.assignment.improvements-unknown',
        topic: 'improvements',
        severity: 'medium',
        kind: 'one-sided',
        params: { party: unknown[0]!.owner.text },
        evidence: groupedEvidence(unknown.map((u) => u.hit)),
        sideUnknown: true,
      }),
    );
  }
  return out;
};
