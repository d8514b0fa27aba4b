import type { Rule } from '../context';
import { zhPartyBefore } from '../zh/side';
import { finding } from './finding';
import { ourSide, partyBefore, partyRefs, type Side } from './side';
import { groupedEvidence, hits, inHeading, paragraphText, substantive, type Hit } from './text';

// A change of control: "a Change of Control of the Licensee", "undergoes a change in control", "is
// acquired by", "merges with or into another entity".
const CONTROL = /\bchange\s+(?:of|in)\s+(?:the\s+)?control\b|\b(?:is|are|becomes?)\s+acquired\s+by\b|\bmerges?\s+(?:with|into)\b/gi;
// Then the licence goes: the other side may end it ("the Licensor may terminate this Agreement"), it
// ends by itself ("the licences granted hereunder shall automatically terminate"), or it goes on only
// if the other side agrees ("continued license rights ... are subject to the agreement of the other Party").
const ENDS =
  /\bmay\s+(?:immediately\s+|forthwith\s+)?(?:terminate|revoke|cancel|end)\b|\b(?:licen[cs]es?|rights?|agreement)\b[^.;]{0,100}?\b(?:shall|will)\s+(?:automatically\s+|immediately\s+|thereupon\s+)?(?:terminate|lapse|cease|end|be\s+(?:terminated|revoked|cancell?ed))\b|\b(?:licen[cs]es?|rights?)\b[^.;]{0,80}?\b(?:subject\s+to|conditional\s+(?:up)?on|contingent\s+(?:up)?on)\s+(?:the\s+)?(?:prior\s+)?(?:written\s+)?(?:agreement|consent|approval)\b/i;
const ENDS_ALL = new RegExp(ENDS.source, 'gi');
/** How far from the change of control its consequence is read, in characters. */
const NEAR = 200;
// Whose control changes: the party named right after the words, or the subject before them.
const OF_PARTY = /^\s*(?:of|in)\s+(?:the\s+)?$/i;

/**
 * The licence goes by the other side's act or by itself. "The Licensee may terminate" on its own change
 * of control is our exit, not a loss: a "may" whose subject is our side does not count.
 */
function endsForUs(ctx: Parameters<Rule>[0], h: Hit, near: string): boolean {
  const from = Math.max(0, h.index - NEAR);
  for (const m of near.matchAll(ENDS_ALL)) {
    if (!/^may/i.test(m[0]) || partyBefore(ctx, h.sentence.text, from + m.index)?.side !== 'B') return true;
  }
  return false;
}

/** The side whose control changes, where the sentence says. */
function whoseControl(ctx: Parameters<Rule>[0], h: Hit): Side | undefined {
  const text = h.sentence.text;
  const after = text.slice(h.index + h.text.length, h.index + h.text.length + 60);
  const next = partyRefs(ctx, after)[0];
  if (next && OF_PARTY.test(after.slice(0, next.index))) return /\b(?:any|either|each|a)\s+party\b/i.test(after.slice(0, next.index + next.text.length)) ? 'both' : next.side;
  if (/^\s*(?:of|in)\s+(?:any|either|each|a)\s+party\b/i.test(after)) return 'both';
  return partyBefore(ctx, text, h.index)?.side;
}

// Or the change of control is an assignment, and we may not assign without the licensor's consent:
// "a change in control ... is considered an assignment for the purpose of this Section".
// Bounded gaps: "\s+(?:deemed)?\s*" would try every split of a run of spaces (quadratic). Exported for its timing test.
export const DEEMED =
  /\b(?:is|are|shall\s{1,3}be|will\s{1,3}be|constitutes?)\s{1,3}(?:(?:considered|deemed|treated\s{1,3}as)\s{1,3})?(?:to\s{1,3}be\s{1,3})?(?:an?\s{1,3})?(?:assignment|transfer)\b/i;
const ASSIGN_BAR = /\b(?:may|shall|will|must)\s+not\s+(?:\w+\s+){0,2}?assign\b[^.;]{0,160}?\bconsent\b/gi;

/** A change of control that the draft makes an assignment, where assigning needs the other side's consent and the bar binds us. */
function deemedAssignment(ctx: Parameters<Rule>[0], h: Hit, near: string): Side | undefined {
  if (!DEEMED.test(near)) return undefined;
  const clause = paragraphText(ctx, h.sentence.paragraph) || h.sentence.text;
  for (const m of clause.matchAll(ASSIGN_BAR)) {
    const bound = partyBefore(ctx, clause, m.index)?.side;
    if (bound === 'B' || bound === 'both') return bound;
  }
  return undefined;
}

/**
 * We hold the licence, and a change of our own control lets the licensor end it, ends it by itself,
 * or keeps it only with the licensor's consent: a sale of our company, or a new shareholder at the
 * top of our group, can cost the technology our products are built on, and the licensor can use the
 * consent to hold up the deal. Quiet where only the licensor's control is meant, and for the licensor.
 */
export const controlEndsLicence: Rule = (ctx) => {
  if (ourSide(ctx) !== 'B' || ctx.scenario !== 'technology-license') return [];
  const viaAssignment = new Set<Hit>();
  const found = hits(ctx, CONTROL, (h) => {
    // The loss is read near the change of control: a long sentence may end the licence for another
    // cause and name a change of control only in a proviso that protects us ("Licensor may not terminate").
    const near = h.sentence.text.slice(Math.max(0, h.index - NEAR), h.index + h.text.length + NEAR);
    if (!substantive(ctx, h.sentence)) return false;
    const whose = whoseControl(ctx, h);
    if (endsForUs(ctx, h, near)) return whose === 'B' || whose === 'both';
    // Made an assignment: ours where the change is named as ours, or named as no one's beside a bar on our assigning.
    const bar = whose === 'A' ? undefined : deemedAssignment(ctx, h, near);
    if (bar) viaAssignment.add(h);
    return bar !== undefined;
  });
  const zh = found.length > 0 ? [] : hits(ctx, ZH_CONTROL, (h) => !inHeading(ctx, h.sentence) && zhEnds(ctx, h));
  const all = [...found, ...zh];
  if (all.length === 0) return [];
  return [
    finding(ctx, {
      rule: 'one-sided.control-ends-licence',
      topic: 'background-license',
      severity: 'medium',
      kind: 'one-sided',
      evidence: groupedEvidence(all),
      // Where the assignment clause holds the right, a clause saying a change of control ends nothing and
      // needs no consent; else termination for an uncured breach or insolvency only.
      ...(all.every((h) => viaAssignment.has(h))
        ? { fixClause: 'general-provisions', fixVariant: 'control-continues' }
        : { fixClause: 'termination', fixVariant: 'for-cause-sell-off' }),
    }),
  ];
};

// 控制权变更, 控制权发生变化, 被收购, 被并购: a change of control in a Chinese draft.
const ZH_CONTROL = /控制权(?:发生)?(?:变更|变化|转移)|(?:被|遭)(?:收购|并购|兼并)/g;
// 许可方有权终止本协议, 本许可自动终止, 须经许可方书面同意方可继续: the licence goes with it (可 not the one in 许可方).
const ZH_ENDS = /(?:有权|可以|(?<!许)可)[^。；，,]{0,12}?(?:终止|解除|撤销|收回)|(?:许可|授权|协议|合同)(?:即|将|应)?(?:自动|立即|当然)(?:终止|失效|解除)|(?:须|需|应)(?:经|取得|获得)[^。；]{0,12}同意/;

/** 被许可方控制权变更的，许可方有权终止本协议: our control changes (the subject before it is ours). */
function zhEnds(ctx: Parameters<Rule>[0], h: Hit): boolean {
  const tail = h.sentence.text.slice(h.index);
  const end = ZH_ENDS.exec(tail);
  if (!end) return false;
  // 被许可方有权终止: our own exit on our change of control, not a loss.
  if (/^(?:有权|可以|可)/.test(end[0]) && zhPartyBefore(ctx, h.sentence.text, h.index + end.index)?.side === 'B') return false;
  const whose = zhPartyBefore(ctx, h.sentence.text, h.index)?.side;
  return whose === 'B' || whose === 'both';
}
